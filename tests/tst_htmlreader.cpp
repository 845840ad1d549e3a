// Specification of the HTML path: character references, the tolerant tree builder, and reader mode
// (what is kept of a saved page, what is dropped, and how quotations are marked).
#include "load/htmldocument.h"
#include "load/htmlentities.h"
#include "load/htmlreader.h"
#include "load/htmltokenizer.h"
#include "testhelpers.h"

#include <QTest>

Q_DECLARE_METATYPE(Article::BlockKind)

namespace {

QString markedText(const Article &article, int i)
{
    const Article::Span &s = article.markedQuotes().at(i);
    return article.text().mid(s.start, s.end - s.start);
}

int blockIndex(const Article &article, const QString &text)
{
    for (int i = 0; i < article.blocks().size(); ++i) {
        if (article.blockText(i) == text)
            return i;
    }
    return -1;
}

const QString kParagraph = QStringLiteral(
    "The committee met on Tuesday, after weeks of delay, to discuss the budget, the schedule and the staffing "
    "of the new office, which has been empty since spring.");

QString newsPage();

} // namespace

class TestHtmlReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldDecodeCharacterReferences_data();
    void shouldDecodeCharacterReferences();
    void shouldTokenizeRawTextElementsWithoutSeeingTags();
    void shouldRepairStructureAsBrowsersDo_data();
    void shouldRepairStructureAsBrowsersDo();
    void shouldKeepSubtreesContiguousAndCapDepth();
    void shouldReadForeignContentAsBrowsersDo_data();
    void shouldReadForeignContentAsBrowsersDo();
    void shouldKeepEveryParagraphAroundInlineSvgAndMath();
    void shouldExtractTheArticleOfANewsPage();
    void shouldLeaveOutEverythingAroundTheArticle_data();
    void shouldLeaveOutEverythingAroundTheArticle();
    void shouldMarkBlockquotesAndQAsQuotes();
    void shouldPutQuotationMarksAroundQ_data();
    void shouldPutQuotationMarksAroundQ();
    void shouldLeaveOutBoxesInsideAShortArticle();
    void shouldChooseTheTitle_data();
    void shouldChooseTheTitle();
    void shouldFindBylineAndDateInTheMarkup();
    void shouldReadMalformedHtml_data();
    void shouldReadMalformedHtml();
    void shouldReadHtmlNested100000LevelsDeep();
    void shouldReadAFragmentWhole();
    void shouldFindTheDeclaredCharset_data();
    void shouldFindTheDeclaredCharset();
    void shouldStopWhenCancelled();
};

void TestHtmlReader::shouldDecodeCharacterReferences_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("inAttribute");
    QTest::addColumn<QString>("expected");

    QTest::newRow("named") << QStringLiteral("caf&eacute; &amp; &lt;b&gt;") << false << QStringLiteral("caf\u00e9 & <b>");
    QTest::newRow("decimal") << QStringLiteral("&#233;&#8220;") << false << QStringLiteral("\u00e9\u201c");
    QTest::newRow("hexadecimal") << QStringLiteral("&#xE9;&#X1F600;") << false << QStringLiteral("\u00e9\U0001F600");
    QTest::newRow("windows-1252 range") << QStringLiteral("&#150;&#147;") << false << QStringLiteral("\u2013\u201c");
    QTest::newRow("nul, surrogate, too large") << QStringLiteral("&#0;&#xD800;&#99999999999;") << false
                                               << QStringLiteral("\ufffd\ufffd\ufffd");
    QTest::newRow("two code points") << QStringLiteral("&NotEqualTilde;") << false << QStringLiteral("\u2242\u0338");
    QTest::newRow("legacy without semicolon") << QStringLiteral("&copy 2024 &notit;") << false
                                              << QStringLiteral("\u00a9 2024 \u00acit;");
    QTest::newRow("unknown stays") << QStringLiteral("&bogus; AT&T & so") << false << QStringLiteral("&bogus; AT&T & so");
    QTest::newRow("attribute keeps query strings") << QStringLiteral("?a=1&copy=2&amp;b") << true
                                                   << QStringLiteral("?a=1&copy=2&b");
    QTest::newRow("numeric without semicolon") << QStringLiteral("&#65B") << false << QStringLiteral("AB");
}

void TestHtmlReader::shouldDecodeCharacterReferences()
{
    QFETCH(QString, input);
    QFETCH(bool, inAttribute);
    QFETCH(QString, expected);

    QCOMPARE(HtmlEntities::decode(input, inAttribute), expected);
}

void TestHtmlReader::shouldTokenizeRawTextElementsWithoutSeeingTags()
{
    // Given a script holding markup, an unterminated comment-like string and a tricky end tag
    const QString html = QStringLiteral(
        "<script>if (a<b) document.write('<p>x</p>'); // </scripty> </SCRIPT >"
        "<title>A &amp; B <b>not bold</b></title><p id=x class='a b' hidden>text</p>");
    HtmlTokenizer tokenizer(html);
    HtmlTokenizer::Token token;
    QStringList seen;

    // When tokenized
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlTokenizer::TokenType::StartTag: seen << u'<' + token.name + u'>'; break;
        case HtmlTokenizer::TokenType::EndTag: seen << QStringLiteral("</") + token.name + u'>'; break;
        case HtmlTokenizer::TokenType::Text: seen << token.text; break;
        case HtmlTokenizer::TokenType::Comment: case HtmlTokenizer::TokenType::Doctype: break;
        }
    }

    // Then the script's content and the title's markup are text; references decode in the title only
    QCOMPARE(seen, (QStringList{QStringLiteral("<script>"),
                                QStringLiteral("if (a<b) document.write('<p>x</p>'); // </scripty> "),
                                QStringLiteral("</script>"), QStringLiteral("<title>"),
                                QStringLiteral("A & B <b>not bold</b>"), QStringLiteral("</title>"),
                                QStringLiteral("<p>"), QStringLiteral("text"), QStringLiteral("</p>")}));
}

void TestHtmlReader::shouldRepairStructureAsBrowsersDo_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("shape"); // element names by depth, text as "text"

    QTest::newRow("p closes p") << QStringLiteral("<p>a<p>b") << QStringLiteral("p(a) p(b)");
    QTest::newRow("div closes p") << QStringLiteral("<p>a<div>b</div>") << QStringLiteral("p(a) div(b)");
    QTest::newRow("li closes li") << QStringLiteral("<ul><li>a<li>b</ul>") << QStringLiteral("ul(li(a) li(b))");
    QTest::newRow("stray end tag ignored") << QStringLiteral("<div>a</span>b</div>") << QStringLiteral("div(ab)");
    QTest::newRow("end tag closes inner elements, and formatting reopens after it")
        << QStringLiteral("<div><b>a</div>b") << QStringLiteral("div(b(a)) b(b)");
    QTest::newRow("void elements take no children") << QStringLiteral("<p>a<br>b<img>c") << QStringLiteral("p(a br b img c)");
    QTest::newRow("unclosed at end") << QStringLiteral("<div><p>a") << QStringLiteral("div(p(a))");
    QTest::newRow("links do not nest") << QStringLiteral("<a>a<a>b") << QStringLiteral("a(a) a(b)");
    QTest::newRow("text after body") << QStringLiteral("<body><p>a</p></body>b") << QStringLiteral("body(p(a) b)");
}

void TestHtmlReader::shouldRepairStructureAsBrowsersDo()
{
    QFETCH(QString, html);
    QFETCH(QString, shape);

    const HtmlDocument doc = HtmlDocument::parse(html);

    // Rebuild a compact picture of the tree from the flat node array, without recursion.
    QString out;
    QList<int> open;
    for (int i = 1; i < doc.size(); ++i) {
        while (!open.isEmpty() && doc.node(open.last()).end <= i) {
            open.removeLast();
            out += u')';
        }
        const HtmlDocument::Node &node = doc.node(i);
        if (!out.isEmpty() && !out.endsWith(u'('))
            out += u' ';
        if (node.isText) {
            out += node.text;
            continue;
        }
        const QString names[] = {QStringLiteral("p"), QStringLiteral("div"), QStringLiteral("ul"), QStringLiteral("li"),
                                 QStringLiteral("b"), QStringLiteral("br"), QStringLiteral("img"), QStringLiteral("a"),
                                 QStringLiteral("body"), QStringLiteral("span")};
        QString name = QStringLiteral("?");
        for (const QString &n : names) {
            if (HtmlDocument::tagForName(n) == node.tag)
                name = n;
        }
        out += name;
        if (node.end > i + 1) {
            out += u'(';
            open.append(i);
        }
    }
    while (!open.isEmpty()) {
        open.removeLast();
        out += u')';
    }
    QCOMPARE(out, shape);
}

void TestHtmlReader::shouldKeepSubtreesContiguousAndCapDepth()
{
    // Given markup nested far past the cap
    QString html;
    for (int i = 0; i < 2000; ++i)
        html += QStringLiteral("<div><span>");
    html += QStringLiteral("deep");

    const HtmlDocument doc = HtmlDocument::parse(html);

    // Then every subtree is an index range inside its parent's, and no chain is deeper than the cap
    int maxDepth = 0;
    for (int i = 1; i < doc.size(); ++i) {
        const HtmlDocument::Node &node = doc.node(i);
        const HtmlDocument::Node &parent = doc.node(node.parent);
        QVERIFY(node.parent < i);
        QVERIFY(node.end > i && node.end <= parent.end);
        int depth = 0;
        for (int p = node.parent; p > 0; p = doc.node(p).parent)
            ++depth;
        maxDepth = std::max(maxDepth, depth);
    }
    QVERIFY(maxDepth <= HtmlDocument::MaxDepth);
    QVERIFY(doc.wasTruncated());
    QVERIFY(doc.node(doc.size() - 1).isText);
    QCOMPARE(doc.node(doc.size() - 1).text, QStringLiteral("deep"));
}

void TestHtmlReader::shouldReadForeignContentAsBrowsersDo_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("a self-closing svg holds nothing")
        << QStringLiteral("<p>Icon <svg class=\"icon\"/> then words.</p><p>Second.</p>") << QStringLiteral("Icon then words.\nSecond.");
    QTest::newRow("a slash in an unquoted value does not close the svg")
        << QStringLiteral("<p>Icon <svg class=icon/> SVG-TEXT</svg> then words.</p>") << QStringLiteral("Icon then words.");
    QTest::newRow("an svg title is no text of the page")
        << QStringLiteral("<p>Before <svg><title>ICON-TITLE</title><desc>ICON-DESC</desc><path d='M0'/></svg> after.</p>")
        << QStringLiteral("Before after.");
    QTest::newRow("svg style and script are elements, not raw text")
        << QStringLiteral("<p>One <svg><style><rect/></style><script><text>SVG-TEXT</text></script></svg>two.</p>")
        << QStringLiteral("One two.");
    QTest::newRow("a paragraph tag ends an unclosed svg")
        << QStringLiteral("<p>First <svg><g><text>SVG-TEXT</text><p>Second, after the svg.</p>")
        << QStringLiteral("First\nSecond, after the svg.");
    QTest::newRow("a div ends an unclosed math")
        << QStringLiteral("<p>Area <math><mi>r</mi><mo>=</mo><mn>2</mn><div>Next block.</div>")
        << QStringLiteral("Area\nNext block.");
    QTest::newRow("an end tag inside svg closes only svg elements")
        << QStringLiteral("<div><p>Kept <svg><g></p></g></svg> also kept.</p></div>") << QStringLiteral("Kept\nalso kept.");
    QTest::newRow("html inside foreignObject stays inside the svg")
        << QStringLiteral("<p>A <svg><foreignObject><p>LABEL-TEXT</p><div>MORE</div></foreignObject></svg> B.</p>")
        << QStringLiteral("A B.");
    QTest::newRow("cdata is text only inside svg")
        << QStringLiteral("<p>X <svg><text><![CDATA[SVG-CDATA]]></text></svg>Y</p><p><![CDATA[gone]]>Z</p>")
        << QStringLiteral("X Y\nZ");
    QTest::newRow("a title outside svg is still the page's title")
        << QStringLiteral("<title>Page <b>title</b></title><svg><title>Icon</title></svg><p>Body.</p>")
        << QStringLiteral("Page <b>title</b>\nBody.");
}

void TestHtmlReader::shouldReadForeignContentAsBrowsersDo()
{
    QFETCH(QString, html);
    QFETCH(QString, text);

    const Article article = HtmlReader::read(html);

    QCOMPARE(article.text(), text);
}

void TestHtmlReader::shouldKeepEveryParagraphAroundInlineSvgAndMath()
{
    // Given an article whose first paragraph holds a self-closing SVG icon and whose third holds MathML
    QString html = QStringLiteral("<html><body><article><h1>Ferry fares rise</h1>"
                                  "<p><svg viewBox='0 0 10 10' class='icon'/> Fares on the island ferry rise in June, "
                                  "the operator said, after two years without a change.</p>"
                                  "<p>\u201cWe held them as long as we could,\u201d said Ona Brisk, who runs the line.</p>"
                                  "<p>The new fare is <math><mi>x</mi><mo>+</mo><mn>2</mn></math> euros, "
                                  "about a tenth more than before, she said.</p>"
                                  "<p>\u201cIt is still cheaper than the bridge,\u201d a regular passenger said.</p>"
                                  "</article></body></html>");

    // When it is read
    const Article article = HtmlReader::read(html);

    // Then all four paragraphs survive, in order, with no text from inside the SVG or MathML
    const QStringList blocks = blockTexts(article);
    QCOMPARE(blocks.mid(1), (QStringList{
                                QStringLiteral("Fares on the island ferry rise in June, the operator said, after two "
                                               "years without a change."),
                                QStringLiteral("\u201cWe held them as long as we could,\u201d said Ona Brisk, who "
                                               "runs the line."),
                                QStringLiteral("The new fare is euros, about a tenth more than before, she said."),
                                QStringLiteral("\u201cIt is still cheaper than the bridge,\u201d a regular passenger said."),
                            }));
}

void TestHtmlReader::shouldExtractTheArticleOfANewsPage()
{
    const Article article = HtmlReader::read(newsPage());

    QCOMPARE(article.title(), QStringLiteral("Council approves budget after long debate"));
    QCOMPARE(article.byline(), QStringLiteral("Jane Q. Writer"));
    QCOMPARE(article.date(), QStringLiteral("2024-03-05T09:30:00Z"));
    QCOMPARE(article.link(), QStringLiteral("https://example.org/news/budget"));

    const QStringList blocks = blockTexts(article);
    QCOMPARE(article.blocks().at(0).kind, Article::BlockKind::Title);
    QCOMPARE(blocks.at(0), article.title());
    QCOMPARE(article.blocks().at(1).kind, Article::BlockKind::Byline);
    QVERIFY2(blocks.at(1).startsWith(QStringLiteral("Jane Q. Writer \u00b7 ")), qPrintable(blocks.at(1)));
    // The page's own h1 repeats the title: shown once.
    QCOMPARE(blocks.count(article.title()), 1);

    const QStringList expected{
        kParagraph,
        QStringLiteral("The mayor said the plan was \u201ca fair compromise for every district\u201d, and the vote "
                       "passed easily, with two abstentions."),
        QStringLiteral("We will publish every line of this budget online, so that residents can check it themselves."),
        QStringLiteral("\u2014 Council statement"),
        QStringLiteral("Opponents argued that the increase in fees, first proposed in January, would hurt small shops "
                       "& caf\u00e9s, and said they would appeal."),
        QStringLiteral("The new budget takes effect in April, and the council will review it again, as required by "
                       "law, next year."),
    };
    int last = -1;
    for (const QString &paragraph : expected) {
        const int at = blockIndex(article, paragraph);
        QVERIFY2(at > last, qPrintable(QString(QStringLiteral("missing or out of order: ") + paragraph)));
        last = at;
    }
    QCOMPARE(article.blocks().at(blockIndex(article, expected.at(2))).kind, Article::BlockKind::BlockQuote);
    QCOMPARE(article.blocks().at(blockIndex(article, expected.at(3))).kind, Article::BlockKind::Paragraph);
}

void TestHtmlReader::shouldLeaveOutEverythingAroundTheArticle_data()
{
    QTest::addColumn<QString>("marker");

    for (const char *marker : {"SCRIPT-TEXT", "WRITTEN-BY-SCRIPT", "secret-style", "ADVERT-TEXT", "SHARE-TEXT",
                               "IMAGE-ALT", "tracker.example.com", "IFRAME-TEXT", "HIDDEN-TEXT", "NEWSLETTER-TEXT",
                               "Subscribe", "RELATED-TEXT", "COMMENT-TEXT", "FOOTER-TEXT", "COMMENT-NODE-TEXT",
                               "Sport", "Share on social", "http"})
        QTest::newRow(marker) << QString::fromLatin1(marker);
}

void TestHtmlReader::shouldLeaveOutEverythingAroundTheArticle()
{
    QFETCH(QString, marker);

    const Article article = HtmlReader::read(newsPage());

    QVERIFY2(!article.text().contains(marker, Qt::CaseInsensitive), qPrintable(article.text()));
}

void TestHtmlReader::shouldMarkBlockquotesAndQAsQuotes()
{
    const Article article = HtmlReader::read(newsPage());

    // <q> is in quotation marks; the blockquote marks its paragraph but not the dash line naming the source.
    QStringList marked;
    for (int i = 0; i < article.markedQuotes().size(); ++i)
        marked << markedText(article, i);
    QCOMPARE(marked, (QStringList{
                         QStringLiteral("We will publish every line of this budget online, so that residents can "
                                        "check it themselves."),
                     }));
    QVERIFY(article.text().contains(QStringLiteral("\u201ca fair compromise for every district\u201d")));

    // A quotation that carries its own quotation marks is left to them.
    const Article own = HtmlReader::read(
        QStringLiteral("<p>She said <q>\u201cnever again\u201d</q> twice.</p><blockquote>\u201cDone,\u201d he said.</blockquote>"));
    QVERIFY(own.markedQuotes().isEmpty());
}

void TestHtmlReader::shouldPutQuotationMarksAroundQ_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("a quotation gets double marks")
        << QStringLiteral("<p>The keeper called it <q>a long winter</q> again.</p>")
        << QStringLiteral("The keeper called it \u201ca long winter\u201d again.");
    QTest::newRow("a quotation inside a quotation gets single marks")
        << QStringLiteral("<p><q>She told me <q>wait here</q> and left</q>, he said.</p>")
        << QStringLiteral("\u201cShe told me \u2018wait here\u2019 and left\u201d, he said.");
    QTest::newRow("three levels alternate back to double marks")
        << QStringLiteral("<p><q>a <q>b <q>c</q></q></q></p>")
        << QStringLiteral("\u201ca \u2018b \u201cc\u201d\u2019\u201d");
    QTest::newRow("white space at the edges stays outside the marks")
        << QStringLiteral("<p>He said<q> not now </q>and went.</p>")
        << QStringLiteral("He said \u201cnot now\u201d and went.");
    QTest::newRow("markup inside the quotation is read through")
        << QStringLiteral("<p>Signs read <q><b>closed</b> for <i>repairs</i></q> all week.</p>")
        << QStringLiteral("Signs read \u201cclosed for repairs\u201d all week.");
    QTest::newRow("a quotation with its own marks keeps only those")
        << QStringLiteral("<p>She said <q>\u201cnever again\u201d</q> twice.</p>")
        << QStringLiteral("She said \u201cnever again\u201d twice.");
    QTest::newRow("an empty quotation adds nothing")
        << QStringLiteral("<p>Nothing <q> </q>here.</p>") << QStringLiteral("Nothing here.");
    QTest::newRow("a quotation over two paragraphs is closed and reopened")
        << QStringLiteral("<div><q>First part.<p>Second part.</p></q></div>")
        << QStringLiteral("\u201cFirst part.\u201d\n\u201cSecond part.\u201d");
}

void TestHtmlReader::shouldPutQuotationMarksAroundQ()
{
    QFETCH(QString, html);
    QFETCH(QString, text);

    // When a page with <q> is read
    const Article article = HtmlReader::read(html);

    // Then the text shows the marks a browser shows, and the quote needs no marking besides them
    QCOMPARE(article.text(), text);
    QVERIFY(article.markedQuotes().isEmpty());
}

void TestHtmlReader::shouldLeaveOutBoxesInsideAShortArticle()
{
    // Given a short blog post whose content holds a share box and a "related" box
    const QString html = QStringLiteral(
        "<body><main><article class='post'><h1 class='entry-title'>Bypass plan opposed</h1>"
        "<div class='entry-meta'><span class='byline'>by Tom Field</span></div><div class='entry-content'>"
        "<p>Residents packed the hall on Tuesday night to oppose the plan, which they said would split the village.</p>"
        "<p>\u201cWe were never asked,\u201d said one resident, who has lived on the high street for forty years.</p>"
        "<div class='sharedaddy'><h3>Share this:</h3><ul><li><a href='#'>Twitter</a></li></ul></div>"
        "<p>The council defended the scheme, saying traffic had doubled in ten years.</p>"
        "<div id='jp-relatedposts' class='jp-relatedposts'><h3><em>Related</em></h3><p>Bridge repairs delayed again</p></div>"
        "</div></article><div id='comments' class='comments-area'><p>I disagree with all of this, strongly.</p></div>"
        "</main></body>");

    const Article article = HtmlReader::read(html);

    QCOMPARE(blockTexts(article).mid(2),
             (QStringList{QStringLiteral("Residents packed the hall on Tuesday night to oppose the plan, which they said "
                                         "would split the village."),
                          QStringLiteral("\u201cWe were never asked,\u201d said one resident, who has lived on the high "
                                         "street for forty years."),
                          QStringLiteral("The council defended the scheme, saying traffic had doubled in ten years.")}));
    QCOMPARE(article.byline(), QStringLiteral("by Tom Field"));
}

void TestHtmlReader::shouldChooseTheTitle_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");

    const QString body = QStringLiteral("<p>") + kParagraph + QStringLiteral("</p>");
    QTest::newRow("og:title first") << QString(QStringLiteral("<title>Page | Site</title><meta property='og:title' content='Open Graph title'><h1>Heading</h1>") + body)
                                    << QStringLiteral("Open Graph title");
    QTest::newRow("single h1 next") << QString(QStringLiteral("<title>Page title here | Site</title><h1>The heading</h1>") + body)
                                    << QStringLiteral("The heading");
    QTest::newRow("title without site name")
        << QStringLiteral("<title>Storm closes roads across the region | The Example Post</title><h1>a</h1><h1>b</h1>") + body
        << QStringLiteral("Storm closes roads across the region");
    QTest::newRow("title with og:site_name")
        << QStringLiteral("<meta property='og:site_name' content='Example Post'><title>Example Post - Storm</title>") + body
        << QStringLiteral("Storm");
    QTest::newRow("no title at all") << body << QString();
}

void TestHtmlReader::shouldChooseTheTitle()
{
    QFETCH(QString, html);
    QFETCH(QString, title);

    const Article article = HtmlReader::read(html);

    QCOMPARE(article.title(), title);
    if (!title.isEmpty())
        QCOMPARE(article.blockText(0).toString(), title);
}

void TestHtmlReader::shouldFindBylineAndDateInTheMarkup()
{
    // Given a page with no metadata, a byline element and a <time>
    const QString html = QStringLiteral(
        "<article><h1>Heading</h1><div class='article-byline'>By Sam Example</div>"
        "<time datetime='2023-11-02'>2 November 2023</time><p>") + kParagraph + QStringLiteral("</p></article>");

    const Article article = HtmlReader::read(html);

    QCOMPARE(article.byline(), QStringLiteral("By Sam Example"));
    QCOMPARE(article.date(), QStringLiteral("2023-11-02"));
    QCOMPARE(article.blockText(1).toString(), QStringLiteral("By Sam Example \u00b7 2 November 2023"));
    QCOMPARE(article.blocks().at(1).kind, Article::BlockKind::Byline);
    // The byline element itself is not repeated as a paragraph.
    QCOMPARE(blockTexts(article).count(QStringLiteral("By Sam Example")), 0);
}

void TestHtmlReader::shouldReadMalformedHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::newRow("unclosed tags") << QStringLiteral("<div><p>One, two.<p>Three, four.<div>") << QStringLiteral("One, two.\nThree, four.");
    QTest::newRow("stray end tags") << QStringLiteral("</p></div><p>Kept text.</b></i></p></html></body>") << QStringLiteral("Kept text.");
    QTest::newRow("unterminated comment") << QStringLiteral("<p>Before.</p><!-- never closed <p>After</p>") << QStringLiteral("Before.");
    QTest::newRow("unterminated attribute quote") << QStringLiteral("<p>Before.</p><a href=\"x>lost</a>") << QStringLiteral("Before.");
    QTest::newRow("stray less-than signs") << QStringLiteral("<p>1 < 2 and 3 <= 4, a <> b.</p>") << QStringLiteral("1 < 2 and 3 <= 4, a <> b.");
    QTest::newRow("tag cut by the end") << QStringLiteral("<p>Text.</p><div class=") << QStringLiteral("Text.");
    QTest::newRow("nul characters") << QString(QStringLiteral("<p>A") + QChar(0) + QStringLiteral("B.</p>")) << QStringLiteral("A\ufffdB.");
    QTest::newRow("misnested inline") << QStringLiteral("<p><b>Bold <i>both</b> italic</i>.</p>") << QStringLiteral("Bold both italic.");
    QTest::newRow("only markup") << QStringLiteral("<div><span></span></div>") << QString();
}

void TestHtmlReader::shouldReadMalformedHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, text);

    const Article article = HtmlReader::read(html);

    QCOMPARE(article.text(), text);
}

void TestHtmlReader::shouldReadHtmlNested100000LevelsDeep()
{
    // Given 100,000 unclosed <div>s and as many closing tags, with text at the bottom
    QString html;
    html.reserve(1200000);
    for (int i = 0; i < 100000; ++i)
        html += QStringLiteral("<div>");
    html += QStringLiteral("<p>The text at the bottom, far down, is still read.</p>");
    for (int i = 0; i < 100000; ++i)
        html += QStringLiteral("</div>");

    // When read (no recursion: this would overflow the stack if any walk recursed)
    const Article article = HtmlReader::read(html);

    // Then the text is there
    QCOMPARE(article.text(), QStringLiteral("The text at the bottom, far down, is still read."));
}

void TestHtmlReader::shouldReadAFragmentWhole()
{
    // Given a feed entry's HTML, short and link-heavy, with a script and a tracking image
    const QString html = QStringLiteral(
        "<div><p>Read <a href='https://example.org/1'>the full report</a> on <a href='https://example.org/2'>our site</a>.</p>"
        "<script>alert('x')</script><img src='https://tracker.example.com/p.gif'><p>\u201cIt works,\u201d she said.</p></div>");

    Article article;
    article.appendHeader(QStringLiteral("Entry title"), QStringLiteral("Ann Author"), {});
    HtmlReader::appendFragment(article, html);

    QCOMPARE(blockTexts(article).mid(2), (QStringList{QStringLiteral("Read the full report on our site."),
                                                      QStringLiteral("\u201cIt works,\u201d she said.")}));
    QCOMPARE(article.blocks().at(0).kind, Article::BlockKind::Title);
    QCOMPARE(article.blockText(1).toString(), QStringLiteral("Ann Author"));
}

void TestHtmlReader::shouldFindTheDeclaredCharset_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("charset");

    QTest::newRow("meta charset") << QByteArray("<html><head><meta charset=\"ISO-8859-1\">") << QByteArray("iso-8859-1");
    QTest::newRow("http-equiv") << QByteArray("<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>")
                                << QByteArray("windows-1251");
    QTest::newRow("none") << QByteArray("<html><head><title>x</title>") << QByteArray();
    QTest::newRow("too late") << QByteArray(QByteArray(2000, ' ') + QByteArray("<meta charset=koi8-r>")) << QByteArray();
}

void TestHtmlReader::shouldFindTheDeclaredCharset()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, charset);

    QCOMPARE(HtmlReader::declaredCharset(head), charset);
}

void TestHtmlReader::shouldStopWhenCancelled()
{
    QString html;
    for (int i = 0; i < 20000; ++i)
        html += QStringLiteral("<p>Paragraph, with a comma.</p>");
    const std::atomic_bool cancelled{true};

    const Article article = HtmlReader::read(html, &cancelled);

    QVERIFY(article.isEmpty());
}

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"

// (Defined last: moc does not read raw string literals.)
namespace {

// A saved news page with everything reader mode must leave out around the article.
QString newsPage()
{
    return QStringLiteral(R"(<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Council approves budget | The Daily Example</title>
<meta property="og:title" content="Council approves budget after long debate">
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Q. Writer">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<style>p { color: red } .secret-style { }</style>
<script>var tracking = "SCRIPT-TEXT"; document.write("<p>WRITTEN-BY-SCRIPT</p>");</script>
<link rel="canonical" href="https://example.org/news/budget">
</head><body>
<header class="site-header"><a href="/">The Daily Example</a><nav><a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
<div class="ad ad-top">ADVERT-TEXT buy now</div>
<main>
<article class="story">
<h1>Council approves budget after long debate</h1>
<p class="byline">By Jane Q. Writer</p>
<div class="share-buttons"><a href="#">Share on social</a> <a href="#">SHARE-TEXT</a></div>
<p>)") + kParagraph + QStringLiteral(R"(</p>
<p>The mayor said the plan was <q>a fair compromise for every district</q>, and the vote passed easily, with two abstentions.</p>
<blockquote><p>We will publish every line of this budget online, so that residents can check it themselves.</p><footer>&mdash; Council statement</footer></blockquote>
<p>Opponents argued that the increase in fees, first proposed in January, would hurt small shops &amp; caf&eacute;s, and said they would appeal.</p>
<img src="https://tracker.example.com/pixel.gif" alt="IMAGE-ALT">
<iframe src="https://video.example.com/embed/1">IFRAME-TEXT</iframe>
<p style="display:none">HIDDEN-TEXT</p>
<form class="newsletter"><label>NEWSLETTER-TEXT</label><input type="email"><button>Subscribe</button></form>
<p>The new budget takes effect in April, and the council will review it again, as required by law, next year.</p>
</article>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/a">RELATED-TEXT one</a></li><li><a href="/b">Another story</a></li></ul></aside>
<section id="comments" class="comments"><p>COMMENT-TEXT: I disagree with this, strongly, and here is why, at length.</p></section>
</main>
<footer class="site-footer"><p>FOOTER-TEXT Copyright, all rights reserved, terms, privacy.</p></footer>
<!-- COMMENT-NODE-TEXT -->
</body></html>)");
}

} // namespace
