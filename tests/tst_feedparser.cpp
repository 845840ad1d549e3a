// Specification of FeedParser: RSS 2.0, RSS 1.0 (RDF) and Atom read into entries, and the XML
// attacks (entity bombs, external entities) and damage (malformed XML) answered with a message.
#include "load/articleloader.h"
#include "load/feedparser.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadRss2();
    void shouldReadAtom();
    void shouldReadRss1();
    void shouldTurnEntriesIntoArticlesThroughReaderMode();
    void shouldRefuseEntityBombs_data();
    void shouldRefuseEntityBombs();
    void shouldNeverResolveExternalEntities();
    void shouldUnderstandUndeclaredHtmlEntities();
    void shouldRecoverWhatADamagedFeedHolds_data();
    void shouldRecoverWhatADamagedFeedHolds();
    void shouldExplainMalformedXml_data();
    void shouldExplainMalformedXml();
    void shouldRead100000Entries();
    void shouldStopWhenCancelled();
};

// (The class comes first: moc does not read the raw string literals below.)
namespace {

const QByteArray kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example News</title>
  <link>https://example.org/</link>
  <image><title>Not the feed title</title><url>https://example.org/logo.png</url></image>
  <item>
    <title>Budget &amp; fees approved</title>
    <link>https://example.org/budget</link>
    <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
    <author>desk@example.org (Jane Writer)</author>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>The mayor called it <q>a fair deal</q>, she said.</p><script>alert(1)</script>]]></content:encoded>
  </item>
  <item>
    <title>Second entry</title>
    <guid isPermaLink="true">https://example.org/second</guid>
    <dc:creator>Sam Reporter</dc:creator>
    <dc:date>2024-03-06T08:00:00Z</dc:date>
    <description>&lt;p&gt;Escaped &lt;b&gt;HTML&lt;/b&gt; description&amp;nbsp;here.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Plain entry</title>
    <description>Line one of a plain description.</description>
  </item>
</channel>
</rss>
)";

const QByteArray kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Atom Example</title>
  <link href="https://example.org/"/>
  <entry>
    <title type="html">A &amp;lt;b&amp;gt;tag&amp;lt;/b&amp;gt; in the title</title>
    <link rel="self" href="https://example.org/self"/>
    <link rel="alternate" href="https://example.org/a"/>
    <id>urn:uuid:1</id>
    <updated>2024-03-05T10:00:00Z</updated>
    <published>2024-03-04T09:00:00+01:00</published>
    <author><name>Ann Writer</name><email>ann@example.org</email></author>
    <summary>Summary only used without content.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First, with <q>marked words</q> &amp; an ampersand.</p><blockquote><p>A quoted block.</p></blockquote></div></content>
  </entry>
  <entry>
    <title>Text entry</title>
    <link href="https://example.org/b"/>
    <updated>2024-03-06T10:00:00Z</updated>
    <content type="text">Line one.

Line two &lt;not a tag&gt;.</content>
  </entry>
</feed>
)";

const QByteArray kRdf = R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.org/"><title>RDF Example</title><link>https://example.org/</link>
    <items><rdf:Seq><rdf:li resource="https://example.org/1"/></rdf:Seq></items></channel>
  <item rdf:about="https://example.org/1"><title>RDF item</title><link>https://example.org/1</link>
    <dc:creator>Rui Dee</dc:creator><dc:date>2024-01-02T03:04:05Z</dc:date>
    <description>Plain description of the item.</description></item>
</rdf:RDF>
)";

QByteArray billionLaughs()
{
    QByteArray dtd = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            dtd += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
        dtd += "\">\n";
    }
    return dtd + "]>\n<rss version=\"2.0\"><channel><title>Bomb</title><item><title>&lol9;</title></item></channel></rss>\n";
}

} // namespace

void TestFeedParser::shouldReadRss2()
{
    const FeedParser::Result r = FeedParser::parse(kRss);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.feed.warning.isEmpty()); // well-formed: nothing was repaired
    QCOMPARE(r.feed.title, QStringLiteral("Example News"));
    QCOMPARE(r.feed.link, QStringLiteral("https://example.org/"));
    QCOMPARE(r.feed.entries.size(), 3);
    const FeedEntry &first = r.feed.entries.at(0);
    QCOMPARE(first.title, QStringLiteral("Budget & fees approved"));
    QCOMPARE(first.link, QStringLiteral("https://example.org/budget"));
    QCOMPARE(first.date, QStringLiteral("2024-03-05T10:00:00Z"));
    QCOMPARE(first.author, QStringLiteral("Jane Writer"));
    // The full content wins over the summary.
    QVERIFY(first.content.startsWith(QStringLiteral("<p>The mayor called it <q>a fair deal</q>")));
    QVERIFY(first.contentIsHtml);
    const FeedEntry &second = r.feed.entries.at(1);
    QCOMPARE(second.link, QStringLiteral("https://example.org/second"));
    QCOMPARE(second.author, QStringLiteral("Sam Reporter"));
    QCOMPARE(second.date, QStringLiteral("2024-03-06T08:00:00Z"));
    QCOMPARE(second.content, QStringLiteral("<p>Escaped <b>HTML</b> description&nbsp;here.</p>"));
    QVERIFY(second.contentIsHtml);
    QCOMPARE(r.feed.entries.at(2).content, QStringLiteral("Line one of a plain description."));
    QVERIFY(!r.feed.entries.at(2).contentIsHtml);
}

void TestFeedParser::shouldReadAtom()
{
    const FeedParser::Result r = FeedParser::parse(kAtom);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.feed.title, QStringLiteral("Atom Example"));
    QCOMPARE(r.feed.entries.size(), 2);
    const FeedEntry &first = r.feed.entries.at(0);
    // type="html": the title's text is markup, so the escaped tag is literal text once decoded.
    QCOMPARE(first.title, QStringLiteral("A <b>tag</b> in the title"));
    QCOMPARE(first.link, QStringLiteral("https://example.org/a"));
    QCOMPARE(first.date, QStringLiteral("2024-03-04T09:00:00+01:00"));
    QCOMPARE(first.author, QStringLiteral("Ann Writer"));
    QVERIFY(first.contentIsHtml);
    QVERIFY(first.content.contains(QStringLiteral("<p>First, with <q>marked words</q> &amp; an ampersand.</p>")));
    const FeedEntry &second = r.feed.entries.at(1);
    QCOMPARE(second.link, QStringLiteral("https://example.org/b"));
    QCOMPARE(second.date, QStringLiteral("2024-03-06T10:00:00Z"));
    QVERIFY(!second.contentIsHtml);
    QCOMPARE(second.content, QStringLiteral("Line one.\n\nLine two <not a tag>."));
}

void TestFeedParser::shouldReadRss1()
{
    const FeedParser::Result r = FeedParser::parse(kRdf);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.feed.title, QStringLiteral("RDF Example"));
    QCOMPARE(r.feed.entries.size(), 1);
    QCOMPARE(r.feed.entries.at(0).title, QStringLiteral("RDF item"));
    QCOMPARE(r.feed.entries.at(0).author, QStringLiteral("Rui Dee"));
    QCOMPARE(r.feed.entries.at(0).date, QStringLiteral("2024-01-02T03:04:05Z"));
    QCOMPARE(r.feed.entries.at(0).link, QStringLiteral("https://example.org/1"));
}

void TestFeedParser::shouldTurnEntriesIntoArticlesThroughReaderMode()
{
    const FeedParser::Result rss = FeedParser::parse(kRss);
    const FeedParser::Result atom = FeedParser::parse(kAtom);

    // HTML content: the title and byline head the article, the script is gone, <q> is in quotation marks.
    const Article first = ArticleLoader::articleFromFeedEntry(rss.feed.entries.at(0));
    QCOMPARE(blockTexts(first).at(0), QStringLiteral("Budget & fees approved"));
    QVERIFY(blockTexts(first).at(1).startsWith(QStringLiteral("Jane Writer \u00b7 ")));
    QCOMPARE(blockTexts(first).mid(2), QStringList{QStringLiteral("The mayor called it \u201ca fair deal\u201d, she said.")});
    QVERIFY(first.markedQuotes().isEmpty());
    QCOMPARE(first.link(), QStringLiteral("https://example.org/budget"));
    QCOMPARE(first.date(), QStringLiteral("2024-03-05T10:00:00Z"));

    // Escaped HTML in a description is HTML: tags gone, entities decoded.
    const Article second = ArticleLoader::articleFromFeedEntry(rss.feed.entries.at(1));
    QCOMPARE(blockTexts(second).last(), QStringLiteral("Escaped HTML description\u00a0here."));

    // XHTML content keeps its structure: paragraph, then a block quote.
    const Article xhtml = ArticleLoader::articleFromFeedEntry(atom.feed.entries.at(0));
    QCOMPARE(blockTexts(xhtml).mid(2), (QStringList{QStringLiteral("First, with \u201cmarked words\u201d & an ampersand."),
                                                    QStringLiteral("A quoted block.")}));
    QCOMPARE(xhtml.blocks().last().kind, Article::BlockKind::BlockQuote);

    // Text content keeps its paragraphs and its angle brackets.
    const Article text = ArticleLoader::articleFromFeedEntry(atom.feed.entries.at(1));
    QCOMPARE(blockTexts(text).mid(2), (QStringList{QStringLiteral("Line one."), QStringLiteral("Line two <not a tag>.")}));
}

void TestFeedParser::shouldRefuseEntityBombs_data()
{
    QTest::addColumn<QByteArray>("xml");

    QTest::newRow("billion laughs") << billionLaughs();
    // One entity of 4,000 characters used 100,000 times: each use within the per-entity limit, the
    // whole 400 million characters from a 500 KB file.
    QByteArray quadratic = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"" + QByteArray(4000, 'x')
        + "\">]>\n<rss version=\"2.0\"><channel><title>Q</title><item><title>t</title><description>";
    for (int i = 0; i < 100000; ++i)
        quadratic += "&a;";
    quadratic += "</description></item></channel></rss>\n";
    QTest::newRow("quadratic blowup") << quadratic;
    QByteArray inAttributes = "<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY a \"" + QByteArray(4000, 'x')
        + "\">]>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Q</title>";
    for (int i = 0; i < 20000; ++i)
        inAttributes += "<link href=\"&a;&a;&a;&a;\"/>";
    inAttributes += "</feed>\n";
    QTest::newRow("blowup in attributes") << inAttributes;
}

void TestFeedParser::shouldRefuseEntityBombs()
{
    QFETCH(QByteArray, xml);

    const FeedParser::Result r = FeedParser::parse(xml);

    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
    QVERIFY(r.feed.entries.isEmpty());
}

void TestFeedParser::shouldNeverResolveExternalEntities()
{
    // Given a local file with a secret and a feed whose DTD points an entity at it
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString secretPath = dir.filePath(QStringLiteral("secret.txt"));
    QFile secret(secretPath);
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("SECRET-CONTENT");
    secret.close();
    const QByteArray url = QUrl::fromLocalFile(secretPath).toEncoded();
    const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY secret SYSTEM \"" + url + "\">"
                           "<!ENTITY % remote SYSTEM \"" + url + "\">]>\n"
                           "<rss version=\"2.0\"><channel><title>T &secret;</title><item><title>A &secret; B</title>"
                           "<description>Text &secret; more.</description></item></channel></rss>\n";

    // When parsed
    const FeedParser::Result r = FeedParser::parse(xml);

    // Then nothing of the file appears anywhere
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.feed.entries.size(), 1);
    QVERIFY(!r.feed.title.contains(QStringLiteral("SECRET")));
    QVERIFY(!r.feed.entries.at(0).title.contains(QStringLiteral("SECRET")));
    QVERIFY(!r.feed.entries.at(0).content.contains(QStringLiteral("SECRET")));
    QCOMPARE(r.feed.entries.at(0).title, QStringLiteral("A B"));
}

void TestFeedParser::shouldUnderstandUndeclaredHtmlEntities()
{
    const QByteArray xml = "<rss version=\"0.91\"><channel><title>Caf&eacute;&nbsp;news</title>"
                           "<item><title>&ldquo;Quoted&rdquo; &amp; more</title></item></channel></rss>";

    const FeedParser::Result r = FeedParser::parse(xml);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.feed.title, QStringLiteral("Caf\u00e9 news"));
    QCOMPARE(r.feed.entries.at(0).title, QStringLiteral("\u201cQuoted\u201d & more"));
}

void TestFeedParser::shouldRecoverWhatADamagedFeedHolds_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("warning");

    const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Harbour</title>\n";
    const QByteArray one = "<item><title>Ferry timetable</title><description>Boats leave earlier.</description></item>\n";
    const QByteArray two = "<item><title>Quay opens</title><description>Everyone may use it.</description></item>\n";
    const QByteArray end = "</channel></rss>\n";

    QTest::newRow("an unescaped ampersand in a title")
        << QByteArray(head + one + "<item><title>Fish & chips at the quay</title></item>\n" + two + end)
        << QStringList{QStringLiteral("Ferry timetable"), QStringLiteral("Fish & chips at the quay"), QStringLiteral("Quay opens")}
        << QStringLiteral("repair");
    QTest::newRow("an entity nobody declared")
        << QByteArray(head + "<item><title>Tides &tidetable; today</title></item>\n" + two + end)
        << QStringList{QStringLiteral("Tides &tidetable; today"), QStringLiteral("Quay opens")} << QStringLiteral("repair");
    QTest::newRow("a Windows-1252 byte in a UTF-8 feed")
        << QByteArray(head + "<item><title>Caf\xe9 reopens</title></item>\n" + two + end)
        << QStringList{QStringLiteral("Caf\u00e9 reopens"), QStringLiteral("Quay opens")} << QStringLiteral("repair");
    QTest::newRow("a control character")
        << QByteArray(head + "<item><title>Gale\x01 warning</title></item>\n" + end)
        << QStringList{QStringLiteral("Gale warning")} << QStringLiteral("repair");
    QTest::newRow("cut off in the third entry")
        << QByteArray(head + one + two + "<item><title>Lighthouse repai")
        << QStringList{QStringLiteral("Ferry timetable"), QStringLiteral("Quay opens")} << QStringLiteral("only the 2 entries");
    QTest::newRow("crossed tags in the third entry")
        << QByteArray(head + one + two + "<item><title>Storm</description></item>\n" + end)
        << QStringList{QStringLiteral("Ferry timetable"), QStringLiteral("Quay opens")} << QStringLiteral("line 5");
    QTest::newRow("ampersands inside CDATA are left alone")
        << QByteArray(head + "<item><title><![CDATA[Salt & pepper]]></title><description>A & B</description></item>\n" + end)
        << QStringList{QStringLiteral("Salt & pepper")} << QStringLiteral("repair");
}

void TestFeedParser::shouldRecoverWhatADamagedFeedHolds()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, titles);
    QFETCH(QString, warning);

    // When a feed that is not well-formed XML is read
    const FeedParser::Result r = FeedParser::parse(xml);

    // Then the entries it holds (up to the damage) are read, and the feed says what happened
    QVERIFY2(r.ok(), qPrintable(r.error));
    QStringList read;
    for (const FeedEntry &entry : r.feed.entries)
        read << entry.title;
    QCOMPARE(read, titles);
    QCOMPARE(r.feed.title, QStringLiteral("Harbour"));
    QVERIFY2(r.feed.warning.contains(QStringLiteral("not well-formed")) || r.feed.warning.contains(QStringLiteral("damaged")),
             qPrintable(r.feed.warning));
    QVERIFY2(r.feed.warning.contains(warning), qPrintable(r.feed.warning));

    // And the loader passes the note on
    const ArticleLoader::Result loaded = ArticleLoader::loadBytes(QByteArray(xml), QStringLiteral("harbour.rss"));
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.warning, r.feed.warning);
}

void TestFeedParser::shouldExplainMalformedXml_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("mismatched tag") << QByteArray("<rss><channel><title>T</title>\n<item><title>x</tit></item></channel></rss>")
                                    << QStringLiteral("line 2");
    QTest::newRow("cut short") << QByteArray("<rss><channel><title>T</title><item><title>x") << QStringLiteral("XML");
    QTest::newRow("not xml") << QByteArray("<rss> & < </rss>") << QStringLiteral("XML");
    QTest::newRow("not a feed") << QByteArray("<?xml version=\"1.0\"?><config><a/></config>") << QStringLiteral("<config>");
}

void TestFeedParser::shouldExplainMalformedXml()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, mentions);

    const FeedParser::Result r = FeedParser::parse(xml);

    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
}

void TestFeedParser::shouldRead100000Entries()
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>\n";
    xml.reserve(qsizetype(12) * 1024 * 1024);
    for (int i = 0; i < 100000; ++i) {
        const QByteArray n = QByteArray::number(i);
        xml += "<item><title>Entry " + n + "</title><link>https://example.org/" + n
            + "</link><description>&lt;p&gt;Text of entry " + n + ", &#8220;quoted&#8221;.&lt;/p&gt;</description></item>\n";
    }
    xml += "</channel></rss>\n";

    const FeedParser::Result r = FeedParser::parse(xml);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.feed.entries.size(), 100000);
    QCOMPARE(r.feed.entries.last().title, QStringLiteral("Entry 99999"));
    QCOMPARE(r.feed.entries.last().link, QStringLiteral("https://example.org/99999"));
}

void TestFeedParser::shouldStopWhenCancelled()
{
    QByteArray xml = "<rss version=\"2.0\"><channel><title>Many</title>";
    for (int i = 0; i < 5000; ++i)
        xml += "<item><title>Entry</title></item>";
    xml += "</channel></rss>";
    const std::atomic_bool cancelled{true};

    const FeedParser::Result r = FeedParser::parse(xml, &cancelled);

    QVERIFY(r.cancelled);
    QVERIFY(r.feed.entries.isEmpty());
}

QTEST_GUILESS_MAIN(TestFeedParser)
#include "tst_feedparser.moc"
