// Every input a fuzzer ever crashed, hung or broke an invariant with (tests/fuzz/regressions/<target>/)
// and every seed of the corpora (tests/fuzz/corpus/<target>/), replayed through the same code path as
// the libFuzzer target of that name, so a fixed bug stays fixed in the normal suite (and under the
// sanitizers in `make test-asan`).
#include "article/article.h"
#include "articledocument.h"
#include "article/extraction.h"
#include "fuzzdriver.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QTest>
#include <QTextDocument>

#include <algorithm>
#include <memory>

namespace {

const QString kFuzzDir = QStringLiteral(SAYWHO_FUZZ_DIR);

// The target directories under regressions/ or corpus/, each with its files.
void addRows(const QString &kind)
{
    const QDir root(kFuzzDir + u'/' + kind);
    const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &dir : dirs) {
        const QStringList files = QDir(root.filePath(dir)).entryList(QDir::Files | QDir::Hidden, QDir::Name);
        for (const QString &file : files) {
            const QString relative = kind + u'/' + dir + u'/' + file;
            QTest::newRow(qPrintable(relative)) << dir << root.filePath(dir + u'/' + file);
        }
    }
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void shouldNameAKnownTargetForEveryDirectory_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("regressions") << QStringLiteral("regressions");
        QTest::newRow("corpus") << QStringLiteral("corpus");
    }

    void shouldNameAKnownTargetForEveryDirectory()
    {
        // Given the directories of inputs kept for the fuzz targets
        QFETCH(QString, kind);
        const QStringList dirs = QDir(kFuzzDir + u'/' + kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot);

        // Then each is named after a target, so none of its inputs is silently left out
        for (const QString &dir : dirs)
            QVERIFY2(FuzzDriver::fromName(dir).has_value(), qPrintable(kind + u'/' + dir));
    }

    void shouldHaveSeedsForEveryTarget()
    {
        for (const QString &name : FuzzDriver::names()) {
            const QDir dir(kFuzzDir + QStringLiteral("/corpus/") + name);
            QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(name));
        }
    }

    void shouldKeepEveryInvariantOnKeptInputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        addRows(QStringLiteral("regressions"));
        addRows(QStringLiteral("corpus"));
    }

    void shouldKeepEveryInvariantOnKeptInputs()
    {
        // Given an input kept for a fuzz target
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray input = file.readAll();

        // When it runs through that target's code path
        const QString broken = FuzzDriver::run(*FuzzDriver::fromName(target), input);

        // Then nothing crashed and every promise held
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
    }

    void shouldBuildOneDocumentBlockPerArticleBlock_data() { shouldKeepEveryInvariantOnKeptInputs_data(); }

    // What checkArticle stands in for, checked for real: the reading pane's document has one block
    // per article block and the same number of characters, so its positions are text offsets.
    void shouldBuildOneDocumentBlockPerArticleBlock()
    {
        // Given the articles a kept input reads as
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QList<Article> articles;
        const QString broken = FuzzDriver::load(*FuzzDriver::fromName(target), file.readAll(), articles);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));

        for (const Article &article : std::as_const(articles)) {
            // When the reading pane's document is built from each
            const std::unique_ptr<QTextDocument> doc(ArticleDocument::build(article, QFont()));

            // Then it matches the article block for block and character for character
            QVERIFY(doc);
            QCOMPARE(doc->blockCount(), std::max(1, int(article.blocks().size())));
            QCOMPARE(doc->characterCount(), int(article.text().size()) + 1);
        }
    }

    void shouldPickTheFeedFileNameFromTheFirstByte()
    {
        QCOMPARE(FuzzDriver::fileName(FuzzDriver::Target::Feed, "<rss"), QStringLiteral("feed.rss"));   // '<' is even
        QCOMPARE(FuzzDriver::fileName(FuzzDriver::Target::Feed, "=<feed"), QStringLiteral("feed.atom")); // '=' is odd
        QCOMPARE(FuzzDriver::fileName(FuzzDriver::Target::Html, "x"), QStringLiteral("article.html"));
    }

    // The checks are what turns a quiet wrong answer into a finding, so they must fail when they should.
    void shouldReportBlocksThatDoNotTileTheText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("secondStart");
        QTest::addColumn<QString>("expected");
        QTest::newRow("well-formed") << QStringLiteral("Title\nBody") << 6 << QString();
        QTest::newRow("gap") << QStringLiteral("Title\n\nBody") << 7 << QStringLiteral("does not follow");
        QTest::newRow("carriage return inside") << QStringLiteral("Tit\rle\nBody") << 7 << QStringLiteral("U+000d");
        QTest::newRow("paragraph separator inside") << QStringLiteral("Title\nBo\u2029dy") << 6 << QStringLiteral("U+2029");
    }

    void shouldReportBlocksThatDoNotTileTheText()
    {
        // Given an article of two blocks: the first up to the first line break, the second from secondStart
        QFETCH(QString, text);
        QFETCH(int, secondStart);
        QFETCH(QString, expected);
        QList<Article::Block> blocks(2);
        blocks[0].length = int(text.indexOf(u'\n'));
        blocks[0].kind = Article::BlockKind::Title;
        blocks[1].start = secondStart;
        blocks[1].length = int(text.size()) - secondStart;
        Article article;
        article.adoptText(QString(text), std::move(blocks));

        // When it is checked
        const QString broken = FuzzDriver::checkArticle(article, QStringLiteral("test"));

        // Then a broken tiling is named, a sound one passes
        if (expected.isEmpty())
            QVERIFY2(broken.isEmpty(), qPrintable(broken));
        else
            QVERIFY2(broken.contains(expected), qPrintable(broken));
    }

    void shouldReportQuotesOutsideTheTextOrWithAWrongCount()
    {
        // Given an article and an extraction that agree
        Article article;
        article.appendBlock(QStringLiteral("\u201cYes,\u201d she said."));
        Extraction extraction;
        Speaker speaker;
        speaker.id = QStringLiteral("s1");
        speaker.name = QStringLiteral("She");
        speaker.quoteCount = 1;
        extraction.speakers.append(speaker);
        Quote quote;
        quote.speaker = 0;
        quote.start = 1;
        quote.end = 4;
        quote.confidence = 0.9;
        extraction.quotes.append(quote);
        QVERIFY2(FuzzDriver::checkExtraction(article, extraction, QStringLiteral("test")).isEmpty(),
                 qPrintable(FuzzDriver::checkExtraction(article, extraction, QStringLiteral("test"))));

        // When a quote runs past the end, names a missing speaker, or the count disagrees
        Extraction pastEnd = extraction;
        pastEnd.quotes[0].end = int(article.text().size()) + 1;
        Extraction noSpeaker = extraction;
        noSpeaker.quotes[0].speaker = 1;
        Extraction wrongCount = extraction;
        wrongCount.speakers[0].quoteCount = 2;

        // Then each is reported
        QVERIFY(FuzzDriver::checkExtraction(article, pastEnd, QStringLiteral("test")).contains(u"outside the text"));
        QVERIFY(FuzzDriver::checkExtraction(article, noSpeaker, QStringLiteral("test")).contains(u"names speaker 1"));
        QVERIFY(FuzzDriver::checkExtraction(article, wrongCount, QStringLiteral("test")).contains(u"counts 2 quotes"));
    }
};

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
