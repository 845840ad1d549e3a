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

// Invented articles, one speaker each. The first is much longer than the rest, so that with several
// jobs the short ones after it are done first and the order has to be restored.
QStringList writeArticles(const QTemporaryDir &dir, int count)
{
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QString paragraph = QStringLiteral("\"The ferry to the north shore will run every hour from May,\" "
                                                 "said Oriel Vantresk, the harbour master of Port %1.\n\n")
                                      .arg(i);
        const QString path = dir.filePath(QStringLiteral("article-%1.txt").arg(i, 2, 10, QLatin1Char('0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(paragraph.repeated(i == 0 ? 4000 : 1 + i % 3).toUtf8());
        paths << path;
    }
    return paths;
}

QStringList fileFields(const QByteArray &out)
{
    QStringList files;
    for (const QByteArray &line : out.trimmed().split('\n'))
        files << QJsonDocument::fromJson(line).object().value(QStringLiteral("file")).toString();
    return files;
}

} // namespace

class TestExtractCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldPrintTheSampleAsJson()
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
        QFile sample(kSample);
        QVERIFY2(sample.open(QIODevice::ReadOnly), qPrintable(kSample));
        const Article article = PlainTextReader::read(QString::fromUtf8(sample.readAll()));
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

    void shouldPrintOneLinePerFile()
    {
        const Result r = runSaywho({QStringLiteral("--extract"), kSample, kSample});
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray &line : lines)
            QVERIFY(QJsonDocument::fromJson(line).isObject());
    }

    void shouldReportAMissingFileOnOneLine()
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

    void shouldKeepGoingAfterABadFile()
    {
        QTemporaryDir dir;
        const Result r = runSaywho({QStringLiteral("--extract"), dir.filePath(QStringLiteral("gone.txt")), kSample});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.trimmed().split('\n').size(), 1);
    }

    void shouldPrintInTheOrderOfTheFilesWithSeveralJobs_data()
    {
        QTest::addColumn<QString>("jobs");
        QTest::newRow("two jobs") << QStringLiteral("2");
        QTest::newRow("three jobs") << QStringLiteral("3");
        QTest::newRow("more jobs than files") << QStringLiteral("64");
    }

    void shouldPrintInTheOrderOfTheFilesWithSeveralJobs()
    {
        // Given twelve articles, the first one long
        QTemporaryDir dir;
        const QStringList files = writeArticles(dir, 12);
        if (files.size() != 12)
            QFAIL("could not write the test articles");

        // When they are extracted with several jobs and with one
        QFETCH(QString, jobs);
        const Result parallel = runSaywho(QStringList{QStringLiteral("--extract"), QStringLiteral("--jobs"), jobs} + files);
        const Result single = runSaywho(QStringList{QStringLiteral("--extract"), QStringLiteral("--jobs"), QStringLiteral("1")} + files);

        // Then there is one line per file, in the order given, and the same bytes as with one job
        QCOMPARE(parallel.exitCode, 0);
        QVERIFY(parallel.err.isEmpty());
        QCOMPARE(fileFields(parallel.out), files);
        QCOMPARE(single.exitCode, 0);
        QCOMPARE(parallel.out, single.out);
        QVERIFY(parallel.out.contains("Oriel Vantresk"));
    }

    void shouldReportEveryBadFileWithSeveralJobs()
    {
        // Given good articles with missing files between them
        QTemporaryDir dir;
        const QStringList good = writeArticles(dir, 4);
        if (good.size() != 4)
            QFAIL("could not write the test articles");
        const QString missing1 = dir.filePath(QStringLiteral("missing-1.txt"));
        const QString missing2 = dir.filePath(QStringLiteral("missing-2.txt"));
        const QStringList files{good.at(0), missing1, good.at(1), good.at(2), missing2, good.at(3)};

        // When they are extracted with two jobs
        const Result r = runSaywho(QStringList{QStringLiteral("--extract"), QStringLiteral("--jobs"), QStringLiteral("2")} + files);

        // Then each missing file has its line on stderr, in order, the rest are printed, and the exit code is 1
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> errors = r.err.trimmed().split('\n');
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(0).startsWith(QByteArray("saywho: " + missing1.toLocal8Bit() + ": ")));
        QVERIFY(errors.at(1).startsWith(QByteArray("saywho: " + missing2.toLocal8Bit() + ": ")));
        QCOMPARE(fileFields(r.out), good);
    }

    void shouldRefuseABadJobCount_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no jobs at all") << QStringList{QStringLiteral("--extract"), QStringLiteral("--jobs"), QStringLiteral("0"), kSample};
        QTest::newRow("a negative count") << QStringList{QStringLiteral("--extract"), QStringLiteral("--jobs=-2"), kSample};
        QTest::newRow("a word for a count") << QStringList{QStringLiteral("--extract"), QStringLiteral("--jobs"), QStringLiteral("many"), kSample};
        QTest::newRow("jobs without extract") << QStringList{QStringLiteral("--jobs"), QStringLiteral("2"), kSample};
    }

    void shouldRefuseABadJobCount()
    {
        QFETCH(QStringList, args);
        const Result r = runSaywho(args);
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.startsWith("saywho: "));
    }

    void shouldNeedAFile()
    {
        const Result r = runSaywho({QStringLiteral("--extract")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.startsWith("saywho: "));
    }

    void shouldAnswerHelpAndVersion()
    {
        const Result help = runSaywho({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--extract"));
        QVERIFY(help.out.contains("--jobs"));
        const Result version = runSaywho({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.contains(SAYWHO_VERSION));
    }
};

QTEST_GUILESS_MAIN(TestExtractCommand)
#include "tst_extractcommand.moc"
