// Specification of what reader mode writes of a page's content beyond its paragraphs: <q> in the
// quotation marks of the page's language, data tables and figure captions kept, blocks that are only
// an ad or loading label dropped, an article split into sections kept whole, and the address a
// saved page came from.
#include "article/article.h"
#include "article/extraction.h"
#include "extract/extractor.h"
#include "extract/quotefinder.h"
#include "load/htmlreader.h"
#include "testhelpers.h"

#include <QTest>
#include <QUrl>

#include <algorithm>

namespace {

const QString kOpening = QStringLiteral(
    "<p>The harbour board counted the ballots on Friday night, after a long day of queues at the ferry office, "
    "and the result surprised almost everyone who had followed the campaign.</p>");
const QString kClosing = QStringLiteral(
    "<p>The new timetable starts in spring, and the old pier will close for repairs once the summer season is "
    "over, the board confirmed in a short statement on Saturday.</p>");

// A saved news page whose article holds middle between two paragraphs of body text.
QString storyAround(const QString &middle, const QString &head = {})
{
    return QStringLiteral("<html><head>") + head
        + QStringLiteral("</head><body><nav><a href='/'>Home</a></nav><div id='page'><article class='story'>"
                         "<h1>Harbour vote counted</h1>")
        + kOpening + middle + kClosing + QStringLiteral("</article></div></body></html>");
}

// Whether expected appears in blocks as consecutive blocks, in order.
bool containsRun(const QStringList &blocks, const QStringList &expected)
{
    for (qsizetype i = 0; i + expected.size() <= blocks.size(); ++i) {
        if (blocks.mid(i, expected.size()) == expected)
            return true;
    }
    return false;
}

QString quoteTexts(const Article &article)
{
    QStringList out;
    for (const QuoteFinder::Span &span : QuoteFinder::find(article))
        out << article.text().mid(span.contentStart, span.contentEnd - span.contentStart);
    return out.join(u'|');
}

} // namespace

class TestReaderBlocks : public QObject
{
    Q_OBJECT

private slots:
    void shouldQuoteQInTheMarksOfThePagesLanguage_data();
    void shouldQuoteQInTheMarksOfThePagesLanguage();
    void shouldWriteADataTableARowABlock_data();
    void shouldWriteADataTableARowABlock();
    void shouldLeaveALayoutTableAsCells_data();
    void shouldLeaveALayoutTableAsCells();
    void shouldKeepAFigureCaptionAsItsOwnBlock_data();
    void shouldKeepAFigureCaptionAsItsOwnBlock();
    void shouldDropBlocksThatAreOnlyAnAdOrLoadingLabel_data();
    void shouldDropBlocksThatAreOnlyAnAdOrLoadingLabel();
    void shouldKeepAnArticleSplitIntoSectionsWhole();
    void shouldLeaveOutAHeadingThatRepeatsTheTitle_data();
    void shouldLeaveOutAHeadingThatRepeatsTheTitle();
    void shouldFindTheAddressASavedPageCameFrom_data();
    void shouldFindTheAddressASavedPageCameFrom();
    void shouldGiveOnlyAnAddressABrowserCanOpen_data();
    void shouldGiveOnlyAnAddressABrowserCanOpen();
    void shouldFindTheQuotationsOfAGermanPage();
};

void TestReaderBlocks::shouldQuoteQInTheMarksOfThePagesLanguage_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quotes");

    QTest::newRow("a page in German gets low and high marks")
        << QStringLiteral("<html lang='de'><body><p>Die Wirtin sagte <q>Wir öffnen morgen wieder</q> und ging.</p>")
        << QStringLiteral("Die Wirtin sagte \u201EWir öffnen morgen wieder\u201C und ging.")
        << QStringLiteral("Wir öffnen morgen wieder");
    QTest::newRow("a quotation inside a German one gets single low and high marks")
        << QStringLiteral("<html lang='de-DE'><body><p><q>Er rief <q>Halt</q> und lief weiter</q>, sagte sie.</p>")
        << QStringLiteral("\u201EEr rief \u201AHalt\u2018 und lief weiter\u201C, sagte sie.")
        << QStringLiteral("Er rief \u201AHalt\u2018 und lief weiter");
    QTest::newRow("a page in French gets guillemets set off by narrow spaces")
        << QStringLiteral("<html lang='fr'><body><p>Le maire a dit <q>Nous verrons demain</q> hier.</p>")
        << QStringLiteral("Le maire a dit \u00AB\u202FNous verrons demain\u202F\u00BB hier.")
        << QStringLiteral("\u202FNous verrons demain\u202F");
    QTest::newRow("Swiss French gets guillemets without spaces, and single ones inside")
        << QStringLiteral("<html lang='fr-CH'><body><p><q>Il a crié <q>Stop</q> deux fois</q>.</p>")
        << QStringLiteral("\u00ABIl a crié \u2039Stop\u203A deux fois\u00BB.")
        << QStringLiteral("Il a crié \u2039Stop\u203A deux fois");
    QTest::newRow("the nearest element with a language decides")
        << QStringLiteral("<html lang='en'><body><div lang='de'><p>Sie sagte <q>Nein danke</q> leise.</p></div>")
        << QStringLiteral("Sie sagte \u201ENein danke\u201C leise.") << QStringLiteral("Nein danke");
    QTest::newRow("a quotation in another language than its page gets its own marks")
        << QStringLiteral("<html lang='en'><body><p>The sign said <q lang='de'>Bitte warten</q> all day.</p>")
        << QStringLiteral("The sign said \u201EBitte warten\u201C all day.") << QStringLiteral("Bitte warten");
    QTest::newRow("the Content-Language header stands in for lang")
        << QStringLiteral("<html><head><meta http-equiv='Content-Language' content='de-AT, en'></head><body>"
                          "<p>Er meinte <q>Das passt schon</q> dazu.</p>")
        << QStringLiteral("Er meinte \u201EDas passt schon\u201C dazu.") << QStringLiteral("Das passt schon");
    QTest::newRow("a language tag in capitals is read all the same")
        << QStringLiteral("<html lang='DE'><body><p>Er sagte <q>Gut so</q> und nickte.</p>")
        << QStringLiteral("Er sagte \u201EGut so\u201C und nickte.") << QStringLiteral("Gut so");
    QTest::newRow("Japanese gets corner brackets")
        << QStringLiteral("<html lang='ja'><body><p>Sato <q>hai</q> said.</p>")
        << QStringLiteral("Sato \u300Chai\u300D said.") << QStringLiteral("hai");
    QTest::newRow("a page with no language gets English marks")
        << QStringLiteral("<html><body><p>The keeper said <q>not today</q> and left.</p>")
        << QStringLiteral("The keeper said \u201Cnot today\u201D and left.") << QStringLiteral("not today");
    QTest::newRow("a language nobody knows gets English marks")
        << QStringLiteral("<html lang='zz'><body><p>The keeper said <q>not today</q> and left.</p>")
        << QStringLiteral("The keeper said \u201Cnot today\u201D and left.") << QStringLiteral("not today");
    QTest::newRow("an empty lang says the language is unknown: English marks")
        << QStringLiteral("<html lang='de'><body><p lang=''>The keeper said <q>not today</q> and left.</p>")
        << QStringLiteral("The keeper said \u201Cnot today\u201D and left.") << QStringLiteral("not today");
}

void TestReaderBlocks::shouldQuoteQInTheMarksOfThePagesLanguage()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QFETCH(QString, quotes);

    // When a page with <q> is read
    const Article article = HtmlReader::read(html);

    // Then the text shows the marks of the quotation's language, and the quote finder pairs them
    QCOMPARE(article.text(), text);
    QCOMPARE(quoteTexts(article), quotes);
}

void TestReaderBlocks::shouldWriteADataTableARowABlock_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("rows");

    QTest::newRow("a table with a caption and header cells")
        << QStringLiteral("<table><caption>Votes by ward</caption><thead><tr><th>Ward</th><th>Yes</th><th>No</th></tr>"
                          "</thead><tbody><tr><td>North Quay</td><td>412</td><td>388</td></tr>"
                          "<tr><td>Mill Lane</td><td>290</td><td>301</td></tr></tbody></table>")
        << QStringList {QStringLiteral("Votes by ward"), QStringLiteral("Ward | Yes | No"),
               QStringLiteral("North Quay | 412 | 388"), QStringLiteral("Mill Lane | 290 | 301")};
    QTest::newRow("a tiny table of numbers, kept for its header cells however short")
        << QStringLiteral("<table><tr><th>Year</th><th>Boats</th></tr><tr><td>2019</td><td>7</td></tr></table>")
        << QStringList {QStringLiteral("Year | Boats"), QStringLiteral("2019 | 7")};
    QTest::newRow("five columns and no header are data")
        << QStringLiteral("<table><tr><td>Mon</td><td>Tue</td><td>Wed</td><td>Thu</td><td>Fri</td></tr>"
                          "<tr><td>06:10</td><td>06:40</td><td>07:10</td><td>07:40</td><td>08:10</td></tr></table>")
        << QStringList {
               QStringLiteral("Mon | Tue | Wed | Thu | Fri"), QStringLiteral("06:10 | 06:40 | 07:10 | 07:40 | 08:10")};
    QTest::newRow("four rows of three cells are data")
        << QStringLiteral("<table><tr><td>Pier</td><td>open</td><td>May</td></tr><tr><td>Quay</td><td>shut</td>"
                          "<td>June</td></tr><tr><td>Slip</td><td>open</td><td>July</td></tr><tr><td>Dock</td>"
                          "<td>shut</td><td>August</td></tr></table>")
        << QStringList {QStringLiteral("Pier | open | May"), QStringLiteral("Quay | shut | June"),
               QStringLiteral("Slip | open | July"), QStringLiteral("Dock | shut | August")};
    QTest::newRow("a summary says a small table is data")
        << QStringLiteral("<table summary='Fares by zone'><tr><td>Zone A</td><td>2.10</td></tr>"
                          "<tr><td>Zone B</td><td>2.90</td></tr></table>")
        << QStringList {QStringLiteral("Zone A | 2.10"), QStringLiteral("Zone B | 2.90")};
    QTest::newRow("a cell's paragraphs and links run on in its row")
        << QStringLiteral("<table><tr><th>Stop</th><th>Note</th></tr><tr><td><a href='/n'>North Quay</a></td>"
                          "<td><p>Step-free.</p><p>Café open.</p></td></tr></table>")
        << QStringList {QStringLiteral("Stop | Note"), QStringLiteral("North Quay | Step-free. Café open.")};
}

void TestReaderBlocks::shouldWriteADataTableARowABlock()
{
    QFETCH(QString, table);
    QFETCH(QStringList, rows);

    // When a story with a table of data in its middle is read
    const QStringList blocks = blockTexts(HtmlReader::read(storyAround(table)));

    // Then the table is there a row a block, its cells set apart, between the paragraphs around it
    QVERIFY2(containsRun(blocks, rows), qPrintable(blocks.join(u'\n')));
    QVERIFY(blocks.indexOf(rows.first()) > 0 && blocks.indexOf(rows.first()) < blocks.size() - 1);
    QVERIFY(blocks.last().startsWith(QStringLiteral("The new timetable")));
}

void TestReaderBlocks::shouldLeaveALayoutTableAsCells_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("cells");

    const QString left
        = QStringLiteral("The pier has stood for ninety years, and the board says it can stand for ten more.");
    const QString right = QStringLiteral("Repairs will cost less than a new pier would, according to the engineers.");
    QTest::newRow("two cells side by side")
        << QStringLiteral("<table><tr><td>%1</td><td>%2</td></tr></table>").arg(left, right)
        << QStringList {left, right};
    QTest::newRow("role=presentation, header cells and all")
        << QStringLiteral("<table role='presentation'><tr><th>%1</th></tr><tr><td>%2</td></tr></table>")
               .arg(left, right)
        << QStringList {left, right};
    QTest::newRow("datatable=0, header cells and all")
        << QStringLiteral("<table datatable='0'><tr><th>%1</th></tr><tr><td>%2</td></tr></table>").arg(left, right)
        << QStringList {left, right};
    QTest::newRow("a table that holds a table")
        << QStringLiteral("<table><tr><td>%1</td><td><table><tr><td>%2</td></tr></table></td></tr><tr><td>a</td>"
                          "<td>b</td></tr><tr><td>c</td><td>d</td></tr></table>")
               .arg(left, right)
        << QStringList {left, right};
}

void TestReaderBlocks::shouldLeaveALayoutTableAsCells()
{
    QFETCH(QString, table);
    QFETCH(QStringList, cells);

    // When a story with a table used for layout is read
    const QStringList blocks = blockTexts(HtmlReader::read(storyAround(table)));

    // Then its cells are blocks of their own, as before, and nothing reads as a row
    for (const QString &cell : cells)
        QVERIFY2(blocks.contains(cell), qPrintable(blocks.join(u'\n')));
    QVERIFY2(!blocks.join(u'\n').contains(QStringLiteral(" | ")), qPrintable(blocks.join(u'\n')));
}

void TestReaderBlocks::shouldKeepAFigureCaptionAsItsOwnBlock_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("caption");

    QTest::newRow("a photograph and its caption") << QStringLiteral(
        "<figure><img src='ferry.jpg' alt=''><figcaption>The ferry at dawn, before the count "
        "began.</figcaption></figure>") << QStringLiteral("The ferry at dawn, before the count began.");
    QTest::newRow("a caption with a credit in its own element")
        << QStringLiteral("<figure class='photo'><picture><source srcset='a.webp'><img src='a.jpg'></picture>"
                          "<figcaption><span class='text'>Queues outside the ferry office.</span> "
                          "<span class='credit'>Photo: Ada Wren</span></figcaption></figure>")
        << QStringLiteral("Queues outside the ferry office. Photo: Ada Wren");
    QTest::newRow("a short caption, with a link") << QStringLiteral(
        "<figure><img src='map.png'><figcaption><a href='/map'>The four wards</a></figcaption>"
        "</figure>") << QStringLiteral("The four wards");
}

void TestReaderBlocks::shouldKeepAFigureCaptionAsItsOwnBlock()
{
    QFETCH(QString, figure);
    QFETCH(QString, caption);

    // When a story with a figure in its middle is read
    const QStringList blocks = blockTexts(HtmlReader::read(storyAround(figure)));

    // Then the caption is a block of its own, after the paragraph before it
    QVERIFY2(blocks.contains(caption), qPrintable(blocks.join(u'\n')));
    QCOMPARE(blocks.indexOf(caption), blocks.size() - 2);
}

void TestReaderBlocks::shouldDropBlocksThatAreOnlyAnAdOrLoadingLabel_data()
{
    QTest::addColumn<QString>("block");
    QTest::addColumn<bool>("kept");

    QTest::newRow("Advertisement") << QStringLiteral("<p>Advertisement</p>") << false;
    QTest::newRow("ADVERTISEMENT in a div") << QStringLiteral("<div class='slot-label'>ADVERTISEMENT</div>") << false;
    QTest::newRow("Loading with an ellipsis") << QStringLiteral("<p>Loading\u2026</p>") << false;
    QTest::newRow("Loading with three dots") << QStringLiteral("<div>Loading...</div>") << false;
    QTest::newRow("Sponsored") << QStringLiteral("<p><small>Sponsored</small></p>") << false;
    QTest::newRow("story continues below advertisement")
        << QStringLiteral("<p>Story continues below advertisement</p>") << false;
    QTest::newRow("an advertisement label between dashes")
        << QStringLiteral("<p>\u2014 Advertisement \u2014</p>") << false;
    QTest::newRow("German Anzeige") << QStringLiteral("<p>Anzeige</p>") << false;
    QTest::newRow("French publicité") << QStringLiteral("<p>PUBLICITÉ</p>") << false;
    QTest::newRow("Russian loading") << QStringLiteral("<p>Загрузка...</p>") << false;
    QTest::newRow("a sentence about advertising stays")
        << QStringLiteral("<p>Advertisement revenue fell by a third this year.</p>") << true;
    QTest::newRow("a heading that only starts with the word stays")
        << QStringLiteral("<h2>Loading the ferries</h2>") << true;
}

void TestReaderBlocks::shouldDropBlocksThatAreOnlyAnAdOrLoadingLabel()
{
    QFETCH(QString, block);
    QFETCH(bool, kept);

    // When a story with a label block in its middle is read
    const QStringList blocks = blockTexts(HtmlReader::read(storyAround(block)));

    // Then the label is gone and the paragraphs around it are not; a block that is more than a label stays
    QCOMPARE(blocks.size(), kept ? 4 : 3);
    QVERIFY(blocks.at(1).startsWith(QStringLiteral("The harbour board")));
    QVERIFY(blocks.last().startsWith(QStringLiteral("The new timetable")));
}

void TestReaderBlocks::shouldKeepAnArticleSplitIntoSectionsWhole()
{
    // Given an article in six sections, the first longer than the others, each section in a wrapper
    // of its own with a rule after it, and a sidebar beside the article
    QString sections;
    const QStringList parts = {QStringLiteral("North"), QStringLiteral("Centre"), QStringLiteral("South"),
        QStringLiteral("East"), QStringLiteral("West"), QStringLiteral("Islands")};
    QStringList starts;
    for (const QString &part : parts) {
        sections += QStringLiteral("<div class='wrap'><section><h2>%1</h2>").arg(part);
        const int paragraphs = part == parts.first() ? 4 : 2;
        for (int i = 1; i <= paragraphs; ++i) {
            starts << QStringLiteral("In the %1, paragraph %2 ").arg(part).arg(i);
            sections += QStringLiteral("<p>In the %1, paragraph %2 tells how the ferry vote went, street by "
                                       "street, with the turnout, the queues and what people said.</p>")
                            .arg(part)
                            .arg(i);
        }
        sections += QStringLiteral("</section><hr></div>");
    }
    const QString html = QStringLiteral("<html><body><div class='box'>") + sections
        + QStringLiteral("</div><div class='rail'><p>Weather: bright, with a breeze off the water in the afternoon, "
                         "and rain later.</p></div></body></html>");

    // When it is read
    const QStringList blocks = blockTexts(HtmlReader::read(html));

    // Then every paragraph of every section is there, in order, and the sidebar is not
    int last = -1;
    for (const QString &start : starts) {
        const auto at
            = std::find_if(blocks.cbegin(), blocks.cend(), [&](const QString &b) { return b.startsWith(start); });
        QVERIFY2(at != blocks.cend(), qPrintable(start + u'\n' + blocks.join(u'\n')));
        QVERIFY(int(at - blocks.cbegin()) > last);
        last = int(at - blocks.cbegin());
    }
    QVERIFY(!blocks.join(u'\n').contains(QStringLiteral("Weather")));
}

void TestReaderBlocks::shouldLeaveOutAHeadingThatRepeatsTheTitle_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<bool>("kept");

    QTest::newRow("the same words but one")
        << QStringLiteral("<meta property='og:title' content='Harbour board approves new ferry route'>")
        << QStringLiteral("<h2>Board approves new ferry route</h2>") << false;
    QTest::newRow("the same words, other punctuation and case")
        << QStringLiteral("<meta property='og:title' content='Ferry route approved, at last'>")
        << QStringLiteral("<h2>FERRY ROUTE APPROVED \u2013 AT LAST!</h2>") << false;
    QTest::newRow("a heading of its own")
        << QStringLiteral("<meta property='og:title' content='Harbour board approves new ferry route'>")
        << QStringLiteral("<h2>What the new timetable means for commuters</h2>") << true;
}

void TestReaderBlocks::shouldLeaveOutAHeadingThatRepeatsTheTitle()
{
    QFETCH(QString, head);
    QFETCH(QString, heading);
    QFETCH(bool, kept);

    // Given a page whose title is in its metadata, and a heading at the top of its text
    const QString html = QStringLiteral("<html><head>") + head + QStringLiteral("</head><body><div class='story'>")
        + heading + kOpening + kClosing + QStringLiteral("</div></body></html>");

    // When it is read
    const Article article = HtmlReader::read(html);

    // Then a heading that says the title again is not shown under it; another heading is
    const QStringList blocks = blockTexts(article);
    QCOMPARE(blocks.first(), article.title());
    QVERIFY2(blocks.at(1).startsWith(kept ? QStringLiteral("What the new") : QStringLiteral("The harbour board")),
        qPrintable(blocks.join(u'\n')));
}

void TestReaderBlocks::shouldFindTheAddressASavedPageCameFrom_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("address");

    const QString body
        = QStringLiteral("<body><div class='story'>") + kOpening + kClosing + QStringLiteral("</div></body>");
    QTest::newRow("the comment a browser writes when it saves a page")
        << QStringLiteral("<!DOCTYPE html>\n<!-- saved from url=(0042)https://news.example.org/harbour-vote.html -->\n"
                          "<html><head></head>")
            + body
        << QStringLiteral("https://news.example.org/harbour-vote.html");
    QTest::newRow("the canonical link comes before the comment")
        << QStringLiteral("<!-- saved from url=(0035)https://m.example.org/harbour?amp=1 --><html><head>"
                          "<link rel='canonical' href='https://example.org/harbour'></head>")
            + body
        << QStringLiteral("https://example.org/harbour");
    QTest::newRow("a relative canonical link is read against the saved address")
        << QStringLiteral("<!-- saved from url=(0032)https://example.org/news/1?ref=a --><html><head>"
                          "<link rel='canonical' href='/news/harbour-vote'></head>")
            + body
        << QStringLiteral("https://example.org/news/harbour-vote");
    QTest::newRow("og:url") << QStringLiteral(
                                   "<html><head><meta property='og:url' content='https://example.net/p/77'></head>")
            + body << QStringLiteral("https://example.net/p/77");
    QTest::newRow("a page that names no address has none") << QStringLiteral("<html><head></head>") + body << QString();
    QTest::newRow("a relative link and nothing to read it against is no web address")
        << QStringLiteral("<html><head><link rel='canonical' href='/news/harbour-vote'></head>") + body << QString();
    QTest::newRow("a page saved from a local file has no web address")
        << QStringLiteral("<!-- saved from url=(0023)file:///home/ada/a.html --><html><head></head>") + body
        << QString();
}

void TestReaderBlocks::shouldFindTheAddressASavedPageCameFrom()
{
    QFETCH(QString, html);
    QFETCH(QString, address);

    // When a saved page is read (as a file's text is, and as a view of it)
    const Article moved = HtmlReader::read(QString(html));
    const Article viewed = HtmlReader::read(QStringView(html));

    // Then its web address is the one the page names, or none
    QCOMPARE(moved.webAddress(), QUrl(address));
    QCOMPARE(viewed.webAddress(), QUrl(address));
}

void TestReaderBlocks::shouldGiveOnlyAnAddressABrowserCanOpen_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QUrl>("address");

    QTest::newRow("https") << QStringLiteral("https://example.org/a?b=1#c")
                           << QUrl(QStringLiteral("https://example.org/a?b=1#c"));
    QTest::newRow("http, with white space around")
        << QStringLiteral("  http://example.org/a \n") << QUrl(QStringLiteral("http://example.org/a"));
    QTest::newRow("scheme-relative, as https")
        << QStringLiteral("//example.org/a") << QUrl(QStringLiteral("https://example.org/a"));
    QTest::newRow("relative") << QStringLiteral("/news/a") << QUrl();
    QTest::newRow("a local file") << QStringLiteral("file:///home/ada/a.html") << QUrl();
    QTest::newRow("script") << QStringLiteral("javascript:alert(1)") << QUrl();
    QTest::newRow("mail") << QStringLiteral("mailto:desk@example.org") << QUrl();
    QTest::newRow("no host") << QStringLiteral("https:///a") << QUrl();
    QTest::newRow("none") << QString() << QUrl();
}

void TestReaderBlocks::shouldGiveOnlyAnAddressABrowserCanOpen()
{
    QFETCH(QString, link);
    QFETCH(QUrl, address);

    // Given an article with a link (a feed entry's, a page's)
    Article article;
    article.setLink(link);

    // Then its web address is the link when a browser can open it, else none
    QCOMPARE(article.webAddress(), address);
}

void TestReaderBlocks::shouldFindTheQuotationsOfAGermanPage()
{
    // Given a German page whose quotations are all <q>, one inside another
    const QString html = QStringLiteral(
        "<html lang='de'><body><article><p>Der Hafenrat hat am Freitag nach langer Sitzung entschieden, dass die "
        "neue Fähre im Frühjahr fährt.</p><p>Die Vorsitzende Ida Kranz sagte <q>Wir haben lange genug gewartet</q> "
        "und bekam Applaus.</p><p>Ole Brandt rief <q>Der Prüfer sagte mir <q>ohne Zweifel</q> gestern</q> in den "
        "Saal.</p></article></body></html>");

    // When it is read and its quotations found
    const Article article = HtmlReader::read(html);
    const Extraction extraction = Extractor().extract(article);

    // Then both outer quotations are found whole, in their German marks
    QStringList quotes;
    for (const Quote &quote : extraction.quotes)
        quotes << article.text().mid(quote.start, quote.length());
    QCOMPARE(quotes,
        (QStringList {QStringLiteral("Wir haben lange genug gewartet"),
            QStringLiteral("Der Prüfer sagte mir \u201Aohne Zweifel\u2018 gestern")}));
}

QTEST_GUILESS_MAIN(TestReaderBlocks)
#include "tst_readerblocks.moc"
