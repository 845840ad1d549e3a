// The library's command line, run as a user would: the real program in child processes, on
// articles written for the test.
#include "library/librarydatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QList<QJsonObject> lines;
    QByteArray err;
};

QList<QJsonObject> jsonLines(const QByteArray &out)
{
    QList<QJsonObject> lines;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            lines.append(QJsonDocument::fromJson(line).object());
    }
    return lines;
}

Result runSaywho(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SAYWHO_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.exitStatus(), jsonLines(p.readAllStandardOutput()), p.readAllStandardError()};
}

void writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.toUtf8());
}

// An invented article in which `speaker` is quoted twice.
QString article(const QString &title, const QString &speaker, const QString &topic)
{
    return title + QStringLiteral("\n\n\u201CThe %1 will be ready by spring,\u201D %2 said on Tuesday.\n\n"
                                  "\u201CNobody should worry about the %1,\u201D %2 told reporters later.\n")
                       .arg(topic, speaker);
}

} // namespace

class TestLibraryCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_library;
    QStringList m_articles;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const QStringList files = {QStringLiteral("bridge.txt"), QStringLiteral("school.txt"),
                                   QStringLiteral("harbour.txt")};
        writeFile(m_dir.filePath(files.at(0)),
                  article(QStringLiteral("Bridge repairs begin"), QStringLiteral("Ines Carvalho"), QStringLiteral("bridge")));
        writeFile(m_dir.filePath(files.at(1)),
                  article(QStringLiteral("New school opens"), QStringLiteral("Tomas Lehto"), QStringLiteral("school")));
        writeFile(m_dir.filePath(files.at(2)),
                  article(QStringLiteral("Harbour dredging planned"), QStringLiteral("Ines Carvalho"),
                          QStringLiteral("harbour")));
        for (const QString &f : files)
            m_articles.append(m_dir.filePath(f));
    }

    void shouldAddArticlesAndSayWhatItDid()
    {
        const Result r = runSaywho(QStringList{QStringLiteral("--library"), m_library, QStringLiteral("--add")} + m_articles);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(r.lines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject o = r.lines.at(i);
            QCOMPARE(o.value(QStringLiteral("file")).toString(), m_articles.at(i)); // in input order
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("added"));
            QCOMPARE(o.value(QStringLiteral("speakers")).toInt(), 1);
            QCOMPARE(o.value(QStringLiteral("quotes")).toInt(), 2);
            QVERIFY(o.value(QStringLiteral("id")).toInteger() > 0);
        }
        QCOMPARE(r.lines.at(1).value(QStringLiteral("title")).toString(), QStringLiteral("New school opens"));

        // Added again: nothing changes, nothing is duplicated.
        const Result again = runSaywho(QStringList{QStringLiteral("--library"), m_library, QStringLiteral("--add")} + m_articles);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.lines.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(again.lines.at(i).value(QStringLiteral("status")).toString(), QStringLiteral("unchanged"));
            QCOMPARE(again.lines.at(i).value(QStringLiteral("id")), r.lines.at(i).value(QStringLiteral("id")));
        }
    }

    void shouldListPeopleAcrossArticles()
    {
        const Result r = runSaywho(QStringList{QStringLiteral("--library"), m_library, QStringLiteral("--people")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines.size(), 2);
        const QJsonObject first = r.lines.at(0);
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Ines Carvalho"));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("person"));
        QCOMPARE(first.value(QStringLiteral("articles")).toInt(), 2);
        QCOMPARE(first.value(QStringLiteral("quotes")).toInt(), 4);
        QVERIFY(first.value(QStringLiteral("roles")).isArray());
        QVERIFY(!first.value(QStringLiteral("first")).toString().isEmpty());
        QVERIFY(!first.value(QStringLiteral("last")).toString().isEmpty());
        QCOMPARE(r.lines.at(1).value(QStringLiteral("name")).toString(), QStringLiteral("Tomas Lehto"));
    }

    void shouldPrintOnePersonsQuotes()
    {
        const Result r = runSaywho(
            {QStringLiteral("--library"), m_library, QStringLiteral("--quotes-by"), QStringLiteral("ines carvalho")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines.size(), 4);
        QSet<QString> titles;
        for (const QJsonObject &o : r.lines) {
            QCOMPARE(o.value(QStringLiteral("speaker")).toString(), QStringLiteral("Ines Carvalho"));
            QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("direct"));
            QVERIFY(o.value(QStringLiteral("text")).toString().contains(QStringLiteral("bridge"))
                    || o.value(QStringLiteral("text")).toString().contains(QStringLiteral("harbour")));
            QVERIFY(o.value(QStringLiteral("end")).toInt() > o.value(QStringLiteral("start")).toInt());
            QCOMPARE(o.value(QStringLiteral("corrected")).toBool(), false);
            titles.insert(o.value(QStringLiteral("title")).toString());
            QVERIFY(m_articles.contains(o.value(QStringLiteral("article")).toString()));
        }
        QCOMPARE(titles, (QSet<QString>{QStringLiteral("Bridge repairs begin"), QStringLiteral("Harbour dredging planned")}));

        const Result nobody = runSaywho(
            {QStringLiteral("--library"), m_library, QStringLiteral("--quotes-by"), QStringLiteral("Nobody Atall")});
        QCOMPARE(nobody.exitCode, 1);
        QVERIFY(nobody.err.contains("Nobody Atall"));
    }

    void shouldSearchQuoteTexts()
    {
        const Result r = runSaywho(QStringList{QStringLiteral("--library"), m_library, QStringLiteral("--search"),
                                    QStringLiteral("worry AND school")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.lines.size(), 1);
        QCOMPARE(r.lines.front().value(QStringLiteral("speaker")).toString(), QStringLiteral("Tomas Lehto"));
        QCOMPARE(r.lines.front().value(QStringLiteral("text")).toString(),
                 QStringLiteral("Nobody should worry about the school"));

        const Result bad = runSaywho(QStringList{QStringLiteral("--library"), m_library, QStringLiteral("--search"),
                                      QStringLiteral("\"unbalanced")});
        QCOMPARE(bad.status, QProcess::NormalExit);
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.startsWith("saywho: "));
    }

    void shouldReportBadFilesAndAddTheRest()
    {
        const QString library = m_dir.filePath(QStringLiteral("bad.sqlite"));
        const QString missing = m_dir.filePath(QStringLiteral("missing.txt"));
        const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
        writeFile(empty, QString());
        const Result r = runSaywho(QStringList{QStringLiteral("--library"), library, QStringLiteral("--add"), missing,
                                    m_articles.at(0), empty});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.lines.size(), 1);
        QCOMPARE(r.lines.front().value(QStringLiteral("file")).toString(), m_articles.at(0));
        const QList<QByteArray> errors = r.err.trimmed().split('\n');
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).startsWith(QByteArray("saywho: " + missing.toLocal8Bit() + ": ")));
        QVERIFY(errors.at(1).startsWith(QByteArray("saywho: " + empty.toLocal8Bit() + ": ")));
    }

    void shouldLoseNothingPrintedWhenKilledWhileAdding()
    {
        // Given 500 articles being added
        QTemporaryDir many;
        QStringList files;
        for (int i = 0; i < 500; ++i) {
            const QString path = many.filePath(QStringLiteral("a%1.txt").arg(i, 3, 10, QLatin1Char('0')));
            writeFile(path, article(QStringLiteral("Report number %1").arg(i),
                                    QStringLiteral("Speaker%1 Okonkwo").arg(QChar(u'A' + i % 26)),
                                    QStringLiteral("plan %1").arg(i)));
            files.append(path);
        }
        const QString library = many.filePath(QStringLiteral("killed.sqlite"));
        QProcess p;
        p.start(QStringLiteral(SAYWHO_BINARY),
                QStringList{QStringLiteral("--library"), library, QStringLiteral("--jobs"), QStringLiteral("2"),
                 QStringLiteral("--add")} + files);
        QVERIFY(p.waitForStarted());
        // When it is killed (SIGKILL) after it has printed some of them
        QByteArray out;
        while (out.count('\n') < 60 && p.state() == QProcess::Running) {
            p.waitForReadyRead(10000);
            out += p.readAllStandardOutput();
        }
        p.kill();
        p.waitForFinished();
        out += p.readAllStandardOutput();
        const QList<QJsonObject> printed = jsonLines(out.left(out.lastIndexOf('\n') + 1));
        QVERIFY(printed.size() >= 60);
        QVERIFY(printed.size() < 500);

        // Then the library opens, passes the integrity check and holds every printed article
        LibraryDatabase db;
        QVERIFY2(db.open(library), qPrintable(db.error()));
        QVERIFY(db.warning().isEmpty());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        for (const QJsonObject &o : printed) {
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM quotes WHERE article = ?"));
            q.addBindValue(o.value(QStringLiteral("id")).toInteger());
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        // And adding again finishes the job without duplicating what was there
        const Result rest = runSaywho(QStringList{QStringLiteral("--library"), library, QStringLiteral("--add")} + files);
        QCOMPARE(rest.exitCode, 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) && q.next());
        QCOMPARE(q.value(0).toInt(), 500);
    }

    void shouldOpenTheWindowOnTheLibraryNamed()
    {
        // --library alone goes with the window: the program must start it, not run headless.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(SAYWHO_BINARY), {QStringLiteral("--new-window"), QStringLiteral("--library"),
                                                m_dir.filePath(QStringLiteral("window.sqlite"))});
        QVERIFY(p.waitForStarted());
        QVERIFY(!p.waitForFinished(3000)); // still running: a window, no crash
        p.kill();
        p.waitForFinished();
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("window.sqlite"))));
    }

    void shouldLetTwoProcessesAddToOneLibrary()
    {
        QTemporaryDir dir;
        QStringList first, second;
        for (int i = 0; i < 60; ++i) {
            const QString path = dir.filePath(QStringLiteral("b%1.txt").arg(i));
            writeFile(path, article(QStringLiteral("Bulletin %1").arg(i), QStringLiteral("Vera Duarte"),
                                    QStringLiteral("road %1").arg(i)));
            (i % 2 ? second : first).append(path);
        }
        const QString library = dir.filePath(QStringLiteral("shared.sqlite"));
        QProcess a, b;
        a.start(QStringLiteral(SAYWHO_BINARY), QStringList{QStringLiteral("--library"), library, QStringLiteral("--jobs"),
                                                QStringLiteral("1"), QStringLiteral("--add")} + first);
        b.start(QStringLiteral(SAYWHO_BINARY), QStringList{QStringLiteral("--library"), library, QStringLiteral("--jobs"),
                                                QStringLiteral("1"), QStringLiteral("--add")} + second);
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        QCOMPARE(jsonLines(a.readAllStandardOutput()).size(), 30);
        QCOMPARE(jsonLines(b.readAllStandardOutput()).size(), 30);
        const Result people = runSaywho(QStringList{QStringLiteral("--library"), library, QStringLiteral("--people")});
        QCOMPARE(people.lines.size(), 1);
        QCOMPARE(people.lines.front().value(QStringLiteral("articles")).toInt(), 60);
        QCOMPARE(people.lines.front().value(QStringLiteral("quotes")).toInt(), 120);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCommand)
#include "tst_librarycommand.moc"
