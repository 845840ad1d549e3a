// Specification of MarkdownReader: Qt's Markdown rendering turned into Article blocks, without a
// QGuiApplication (as `saywho --extract` runs), with raw HTML tamed.
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
    void shouldTakeRawHtmlOutAndMarkQ();
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

void TestMarkdownReader::shouldTakeRawHtmlOutAndMarkQ()
{
    const QString markdown = QStringLiteral(
        "She called it <q>a fair deal</q> and left.<br>Then <b>more</b> text.<!-- a note -->\n\n"
        "<div class=\"x\">\n<p>Inside a block.</p>\n</div>\n\n"
        "<script>alert('SCRIPT-TEXT')</script>\n\nAfter, 1 < 2.\n");

    const Article article = MarkdownReader::read(markdown);

    QCOMPARE(blockTexts(article), (QStringList{QStringLiteral("She called it a fair deal and left. Then more text."),
                                               QStringLiteral("Inside a block."), QStringLiteral("After, 1 < 2.")}));
    QCOMPARE(marked(article), QStringList{QStringLiteral("a fair deal")});
    QVERIFY(!article.text().contains(QStringLiteral("SCRIPT-TEXT")));
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
