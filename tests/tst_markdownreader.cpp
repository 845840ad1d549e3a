// Specification of MarkdownReader: Qt's Markdown rendering turned into Article blocks, without a
// QGuiApplication (as `saywho --extract` runs), with raw HTML tamed.
#include "extract/quotefinder.h"
#include "load/markdownreader.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTest>

Q_DECLARE_METATYPE(Article::BlockKind)

namespace {

QList<Article::BlockKind> kinds(const Article &article)
{
    QList<Article::BlockKind> out;
    for (const Article::Block &b : article.blocks())
        out << b.kind;
    return out;
}

QStringList marked(const Article &article)
{
    QStringList out;
    for (const Article::Span &s : article.markedQuotes())
        out << article.text().mid(s.start, s.end - s.start);
    return out;
}

} // namespace

class TestMarkdownReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldRunWithoutAGuiApplication();
    void shouldTurnMarkdownIntoBlocks();
    void shouldReadFrontMatter();
    void shouldTakeRawHtmlOutAndQuoteQ();
    void shouldPutTheMarksOfItsLanguageAroundQ_data();
    void shouldPutTheMarksOfItsLanguageAroundQ();
    void shouldReadHostileMarkdown_data();
    void shouldReadHostileMarkdown();
};

void TestMarkdownReader::shouldRunWithoutAGuiApplication()
{
    // The test runs under QTEST_GUILESS_MAIN, as the command line does.
    QVERIFY(QCoreApplication::instance());
    QVERIFY(!qobject_cast<QGuiApplication *>(QCoreApplication::instance()));
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));

    const Article article = MarkdownReader::read(QStringLiteral("# Title\n\nText with `code`.\n\n```\nblock\n```\n"));

    QCOMPARE(blockTexts(article), (QStringList{QStringLiteral("Title"), QStringLiteral("Text with code."),
                                               QStringLiteral("block")}));
}

void TestMarkdownReader::shouldTurnMarkdownIntoBlocks()
{
    // Given a Markdown article with every block kind
    const QString markdown = QStringLiteral(
        "# Storm closes roads\n\n"
        "The storm *closed* roads across the region, and [officials](https://example.org) said more\n"
        "rain was expected.\n\n"
        "## Reactions\n\n"
        "> We have never seen water this high,\n"
        "> and we have lived here forty years.\n\n"
        "> \u2014 a resident\n\n"
        "- Schools closed\n"
        "- Trains delayed\n\n"
        "![map](https://example.org/map.png)\n\n"
        "A \u201cquoted\u201d line.\n");

    // When read
    const Article article = MarkdownReader::read(markdown);

    // Then headings, paragraphs, quotes and list items keep their kind; links and images leave text only
    QCOMPARE(blockTexts(article),
             (QStringList{QStringLiteral("Storm closes roads"),
                          QStringLiteral("The storm closed roads across the region, and officials said more rain was expected."),
                          QStringLiteral("Reactions"),
                          QStringLiteral("We have never seen water this high, and we have lived here forty years."),
                          QStringLiteral("\u2014 a resident"), QStringLiteral("Schools closed"),
                          QStringLiteral("Trains delayed"), QStringLiteral("A \u201cquoted\u201d line.")}));
    using K = Article::BlockKind;
    QCOMPARE(kinds(article), (QList<K>{K::Title, K::Paragraph, K::Heading, K::BlockQuote, K::Paragraph, K::ListItem,
                                       K::ListItem, K::Paragraph}));
    QCOMPARE(article.title(), QStringLiteral("Storm closes roads"));
    // The block quote is a marked quotation; its dash line names the source and is not.
    QCOMPARE(marked(article),
             QStringList{QStringLiteral("We have never seen water this high, and we have lived here forty years.")});
}

void TestMarkdownReader::shouldReadFrontMatter()
{
    const QString markdown = QStringLiteral("---\ntitle: \"Council votes\"\nauthor: Ann Writer\ndate: 2024-03-05\n---\n"
                                            "# Council votes\n\nThe council voted, and the motion passed.\n");

    const Article article = MarkdownReader::read(markdown);

    QCOMPARE(article.title(), QStringLiteral("Council votes"));
    QCOMPARE(article.byline(), QStringLiteral("Ann Writer"));
    QCOMPARE(article.date(), QStringLiteral("2024-03-05"));
    QCOMPARE(article.blocks().at(0).kind, Article::BlockKind::Title);
    QCOMPARE(article.blocks().at(1).kind, Article::BlockKind::Byline);
    QVERIFY(article.blockText(1).startsWith(QStringLiteral("Ann Writer \u00b7 ")));
    // The heading repeating the front matter's title is not shown twice.
    QCOMPARE(blockTexts(article).mid(2), QStringList{QStringLiteral("The council voted, and the motion passed.")});
}

void TestMarkdownReader::shouldTakeRawHtmlOutAndQuoteQ()
{
    const QString markdown = QStringLiteral(
        "She called it <q>a fair deal</q> and left.<br>Then <b>more</b> text.<!-- a note -->\n\n"
        "<div class=\"x\">\n<p>Inside a block.</p>\n</div>\n\n"
        "<script>alert('SCRIPT-TEXT')</script>\n\nAfter, 1 < 2.\n");

    const Article article = MarkdownReader::read(markdown);

    QCOMPARE(blockTexts(article),
             (QStringList{QStringLiteral("She called it \u201Ca fair deal\u201D and left. Then more text."),
                          QStringLiteral("Inside a block."), QStringLiteral("After, 1 < 2.")}));
    QVERIFY(marked(article).isEmpty()); // the marks say it
    QVERIFY(!article.text().contains(QStringLiteral("SCRIPT-TEXT")));
}

void TestMarkdownReader::shouldPutTheMarksOfItsLanguageAroundQ_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");

    QTest::newRow("English marks when nothing names a language")
        << QStringLiteral("The keeper said <q>not today</q> twice.\n")
        << QStringLiteral("The keeper said \u201Cnot today\u201D twice.");
    QTest::newRow("single marks inside a quotation")
        << QStringLiteral("<q>She told me <q>wait here</q> and left</q>, he said.\n")
        << QStringLiteral("\u201CShe told me \u2018wait here\u2019 and left\u201D, he said.");
    QTest::newRow("the front matter's language")
        << QStringLiteral("---\ntitle: Hafen\nlang: de\n---\nSie sagte <q>Wir öffnen morgen</q> und ging.\n")
        << QStringLiteral("Hafen\nSie sagte \u201EWir öffnen morgen\u201C und ging.");
    QTest::newRow("the quotation's own lang, and its quotations in it")
        << QStringLiteral("The sign said <q lang=\"fr-CH\">Il a dit <q>stop</q> hier</q> all day.\n")
        << QStringLiteral("The sign said \u00ABIl a dit \u2039stop\u203A hier\u00BB all day.");
    QTest::newRow("markup and emphasis inside the quotation are read through")
        << QStringLiteral("Signs read <q>**closed** for <i>repairs</i></q> all week.\n")
        << QStringLiteral("Signs read \u201Cclosed for repairs\u201D all week.");
    QTest::newRow("a quotation with its own marks keeps only those")
        << QStringLiteral("She said <q>\u201Cnever again\u201D</q> twice.\n")
        << QStringLiteral("She said \u201Cnever again\u201D twice.");
    QTest::newRow("a quotation left open closes with its paragraph")
        << QStringLiteral("He said <q>not now\n\nand went.\n")
        << QStringLiteral("He said \u201Cnot now\u201D\nand went.");
}

void TestMarkdownReader::shouldPutTheMarksOfItsLanguageAroundQ()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);

    // When Markdown with <q> in its inline HTML is read
    const Article article = MarkdownReader::read(markdown);

    // Then the text shows the marks a browser shows around it, and the quote finder finds the quotation
    QCOMPARE(article.text(), text);
    QVERIFY(!QuoteFinder::find(article).isEmpty());
}

void TestMarkdownReader::shouldReadHostileMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("contains");

    QTest::newRow("100,000 nested block quotes") << QString(QString(100000, u'>') + QStringLiteral(" deep")) << QStringLiteral("deep");
    QString divs;
    for (int i = 0; i < 100000; ++i)
        divs += QStringLiteral("<div>");
    QTest::newRow("100,000 nested raw html divs") << QString(divs + QStringLiteral("inner")) << QStringLiteral("inner");
    QTest::newRow("100,000 brackets") << QString(QString(100000, u'[') + QStringLiteral("x") + QString(100000, u']'))
                                      << QStringLiteral("x");
    QTest::newRow("unclosed comments") << QString(QStringLiteral("kept ") + QStringLiteral("<!-- a").repeated(50000))
                                       << QStringLiteral("kept");
}

void TestMarkdownReader::shouldReadHostileMarkdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, contains);

    const Article article = MarkdownReader::read(markdown);

    QVERIFY(article.text().contains(contains));
}

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
