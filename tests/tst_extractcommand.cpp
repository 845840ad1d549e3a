// `saywho --extract`, run as a user would: the real program in a child process.
#include "article/article.h"
#include "load/plaintextreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSample = QStringLiteral(SAYWHO_SOURCE_DIR "/resources/samples/almaty-talks.txt");

struct Result
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

Result runSaywho(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SAYWHO_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.exitStatus(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

class TestExtractCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void printsTheSampleAsJson()
    {
        const Result r = runSaywho({QStringLiteral("--extract"), kSample});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.isEmpty());
        QCOMPARE(r.out.count('\n'), 1); // one object, one line

        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("file")).toString(), kSample);
        QVERIFY(root.contains(QStringLiteral("title")));

        // The speakers: exactly the three people of the sample, each with the fields of the format.
        QStringList people;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : root.value(QStringLiteral("speakers")).toArray()) {
            const QJsonObject s = v.toObject();
            QVERIFY(s.value(QStringLiteral("id")).toString().startsWith(u's'));
            QVERIFY(s.value(QStringLiteral("aliases")).isArray());
            QVERIFY(s.value(QStringLiteral("role")).isString() || s.value(QStringLiteral("role")).isNull());
            if (s.value(QStringLiteral("kind")).toString() == u"person")
                people << s.value(QStringLiteral("name")).toString();
            byId.insert(s.value(QStringLiteral("id")).toString(), s);
        }
        QCOMPARE(people, (QStringList{QStringLiteral("Ban Ki-moon"), QStringLiteral("Catherine Ashton"),
                                      QStringLiteral("Saeed Jalili")}));

        // The quotes: offsets into the text as the reading pane shows it, counts that add up.
        const Article article = [] {
            QFile f(kSample);
            f.open(QIODevice::ReadOnly);
            return PlainTextReader::read(QString::fromUtf8(f.readAll()));
        }();
        QHash<QString, int> counted;
        const QJsonArray quotes = root.value(QStringLiteral("quotes")).toArray();
        QVERIFY(!quotes.isEmpty());
        for (const QJsonValue &v : quotes) {
            const QJsonObject q = v.toObject();
            const int start = q.value(QStringLiteral("start")).toInt();
            const int end = q.value(QStringLiteral("end")).toInt();
            QVERIFY(start >= 0 && end > start && end <= article.text().size());
            QCOMPARE(q.value(QStringLiteral("text")).toString(), article.text().mid(start, end - start));
            const QString kind = q.value(QStringLiteral("kind")).toString();
            QVERIFY(kind == u"direct" || kind == u"partial" || kind == u"indirect");
            QVERIFY(q.value(QStringLiteral("confidence")).isDouble());
            QVERIFY(q.value(QStringLiteral("paragraph")).toInt() >= 0);
            if (q.value(QStringLiteral("speaker")).isString())
                ++counted[q.value(QStringLiteral("speaker")).toString()];
        }
        for (auto it = byId.cbegin(); it != byId.cend(); ++it)
            QCOMPARE(it->value(QStringLiteral("quotes")).toInt(), counted.value(it.key()));
    }

    void printsOneLinePerFile()
    {
        const Result r = runSaywho({QStringLiteral("--extract"), kSample, kSample});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray &line : lines)
            QVERIFY(QJsonDocument::fromJson(line).isObject());
    }

    void reportsAMissingFileOnOneLine()
    {
        QTemporaryDir dir;
        const QString missing = dir.filePath(QStringLiteral("no-such-article.txt"));
        const Result r = runSaywho({QStringLiteral("--extract"), missing});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        const QByteArray message = r.err.trimmed();
        QCOMPARE(message.count('\n'), 0);
        QVERIFY(message.startsWith(QByteArray("saywho: " + missing.toLocal8Bit() + ": ")));
    }

    void keepsGoingAfterABadFile()
    {
        QTemporaryDir dir;
        const Result r = runSaywho({QStringLiteral("--extract"), dir.filePath(QStringLiteral("gone.txt")), kSample});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.trimmed().split('\n').size(), 1);
    }

    void needsAFile()
    {
        const Result r = runSaywho({QStringLiteral("--extract")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("saywho: "));
    }

    void answersHelpAndVersion()
    {
        const Result help = runSaywho({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--extract"));
        const Result version = runSaywho({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(SAYWHO_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestExtractCommand)
#include "tst_extractcommand.moc"
