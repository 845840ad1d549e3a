// Specification of JsonFeedParser: JSON Feed 1.0 and 1.1 read into the entries an RSS or Atom feed
// gives, recognised by content whatever the file is called, and damage answered with a message.
#include "load/articleloader.h"
#include "load/feedparser.h"
#include "load/jsonfeedparser.h"
#include "testhelpers.h"

#include <QTest>

Q_DECLARE_METATYPE(ArticleLoader::Format)

class TestJsonFeedParser : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadAVersion11Feed();
    void shouldReadAVersion10Feed();
    void shouldTurnItemsIntoArticles();
    void shouldRecogniseAJsonFeedByContent_data();
    void shouldRecogniseAJsonFeedByContent();
    void shouldExplainWhatIsWrong_data();
    void shouldExplainWhatIsWrong();
    void shouldStopWhenCancelled();
};

// (The class comes first: moc does not read the raw string literals below.)
namespace {

const QByteArray kFeed11 = R"({
  "version": "https://jsonfeed.org/version/1.1",
  "title": "The Harbour Gazette",
  "home_page_url": "https://example.org/",
  "authors": [{"name": "Gazette Desk"}],
  "items": [
    {
      "id": "2",
      "url": "https://example.org/ferry",
      "title": "Ferry timetable &amp; fares change",
      "content_html": "<p>The ferry will leave an hour earlier, the operator said.</p><p><q>It suits the tides</q>, a captain said.</p><script>alert(1)</script>",
      "date_published": "2025-04-02T07:30:00+01:00",
      "authors": [{"name": "Mira Tallow"}, {"name": "Oskar Venn"}]
    },
    {
      "id": 17,
      "external_url": "https://elsewhere.example.net/lighthouse",
      "title": "Lighthouse repainted",
      "content_text": "The lighthouse is white again.\n\nVolunteers did the work in a week.",
      "date_modified": "2025-04-01T18:00:00Z"
    },
    "not an item",
    {
      "id": "3",
      "title": "Only a summary",
      "summary": "A short summary of the market day."
    }
  ]
})";

const QByteArray kFeed10 = R"({"title":"Old Mill News","items":[{"id":"a","title":"Mill reopens",
"content_text":"The mill opened its doors again.","author":{"name":"Ida Brook"},"url":"https:\/\/example.org\/mill"}],
"version":"https:\/\/jsonfeed.org\/version\/1"})";

} // namespace

void TestJsonFeedParser::shouldReadAVersion11Feed()
{
    // When a JSON Feed 1.1 is parsed
    const FeedParser::Result r = FeedParser::parse(kFeed11);

    // Then its title, link and every object item are read, in order
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.feed.title, QStringLiteral("The Harbour Gazette"));
    QCOMPARE(r.feed.link, QStringLiteral("https://example.org/"));
    QCOMPARE(r.feed.entries.size(), 3);

    const FeedEntry &first = r.feed.entries.at(0);
    QCOMPARE(first.id, QStringLiteral("2"));
    QCOMPARE(first.title, QStringLiteral("Ferry timetable & fares change"));
    QCOMPARE(first.link, QStringLiteral("https://example.org/ferry"));
    QCOMPARE(first.author, QStringLiteral("Mira Tallow, Oskar Venn"));
    QCOMPARE(first.date, QStringLiteral("2025-04-02T07:30:00+01:00"));
    QVERIFY(first.contentIsHtml);

    // The second has only an external link, a numeric id and a modification date; its author is the feed's.
    const FeedEntry &second = r.feed.entries.at(1);
    QCOMPARE(second.id, QStringLiteral("17"));
    QCOMPARE(second.link, QStringLiteral("https://elsewhere.example.net/lighthouse"));
    QCOMPARE(second.date, QStringLiteral("2025-04-01T18:00:00Z"));
    QCOMPARE(second.author, QStringLiteral("Gazette Desk"));
    QVERIFY(!second.contentIsHtml);

    QCOMPARE(r.feed.entries.at(2).content, QStringLiteral("A short summary of the market day."));
}

void TestJsonFeedParser::shouldReadAVersion10Feed()
{
    const FeedParser::Result r = FeedParser::parse(kFeed10);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.feed.entries.size(), 1);
    QCOMPARE(r.feed.entries.at(0).author, QStringLiteral("Ida Brook"));
    QCOMPARE(r.feed.entries.at(0).link, QStringLiteral("https://example.org/mill"));
    QCOMPARE(r.feed.entries.at(0).content, QStringLiteral("The mill opened its doors again."));
}

void TestJsonFeedParser::shouldTurnItemsIntoArticles()
{
    // Given the loader's result for a JSON Feed saved as .json
    ArticleLoader::Result loaded = ArticleLoader::loadBytes(QByteArray(kFeed11), QStringLiteral("gazette.json"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    QCOMPARE(loaded.format, ArticleLoader::Format::Feed);

    // When its items become articles
    const Article html = ArticleLoader::articleFromFeedEntry(loaded.feed.entries.at(0));
    const Article text = ArticleLoader::articleFromFeedEntry(loaded.feed.entries.at(1));

    // Then HTML goes through reader mode (no script, <q> in marks) and text keeps its paragraphs
    QCOMPARE(blockTexts(html).mid(2),
             (QStringList{QStringLiteral("The ferry will leave an hour earlier, the operator said."),
                          QStringLiteral("\u201cIt suits the tides\u201d, a captain said.")}));
    QVERIFY(blockTexts(html).at(1).startsWith(QStringLiteral("Mira Tallow, Oskar Venn \u00b7 ")));
    QCOMPARE(blockTexts(text).mid(2), (QStringList{QStringLiteral("The lighthouse is white again."),
                                                   QStringLiteral("Volunteers did the work in a week.")}));
}

void TestJsonFeedParser::shouldRecogniseAJsonFeedByContent_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("name");
    QTest::addColumn<ArticleLoader::Format>("format");

    QTest::newRow("a .json file holding a feed") << kFeed11 << QStringLiteral("feed.json") << ArticleLoader::Format::Feed;
    QTest::newRow("version last and slashes escaped") << kFeed10 << QStringLiteral("feed.json") << ArticleLoader::Format::Feed;
    QTest::newRow("a feed with no extension") << kFeed11 << QStringLiteral("download") << ArticleLoader::Format::Feed;
    QTest::newRow("a feed called .txt") << kFeed11 << QStringLiteral("feed.txt") << ArticleLoader::Format::Feed;
    QTest::newRow("a byte order mark first") << QByteArray("\xEF\xBB\xBF" + kFeed10) << QStringLiteral("feed.json")
                                             << ArticleLoader::Format::Feed;
    QTest::newRow("other JSON is text, not a feed")
        << QByteArray(R"({"version": "2.1", "items": [1, 2]})") << QStringLiteral("data.json") << ArticleLoader::Format::PlainText;
    QTest::newRow("a text that mentions the address is text")
        << QByteArray("See \"version\": \"https://jsonfeed.org/version/1.1\" for the format.\n")
        << QStringLiteral("notes.txt") << ArticleLoader::Format::PlainText;
}

void TestJsonFeedParser::shouldRecogniseAJsonFeedByContent()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, name);
    QFETCH(ArticleLoader::Format, format);

    QCOMPARE(ArticleLoader::detectFormat(bytes, name), format);
}

void TestJsonFeedParser::shouldExplainWhatIsWrong_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("cut off in the middle")
        << kFeed11.left(kFeed11.size() / 2) << QStringLiteral("not valid JSON");
    QTest::newRow("items is not a list")
        << QByteArray(R"({"version":"https://jsonfeed.org/version/1.1","title":"x","items":{"id":"1"}})")
        << QStringLiteral("no list of items");
}

void TestJsonFeedParser::shouldExplainWhatIsWrong()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    const FeedParser::Result r = FeedParser::parse(bytes);

    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
    QVERIFY(r.feed.entries.isEmpty());
}

void TestJsonFeedParser::shouldStopWhenCancelled()
{
    // Given a feed of many items and a raised cancel flag
    QByteArray json = R"({"version":"https://jsonfeed.org/version/1.1","items":[)";
    for (int i = 0; i < 5000; ++i)
        json += QByteArray(i ? "," : "") + R"({"id":")" + QByteArray::number(i) + R"(","content_text":"Some text."})";
    json += "]}";
    const std::atomic_bool cancelled{true};

    const FeedParser::Result r = JsonFeedParser::parse(json, &cancelled);

    QVERIFY(r.cancelled);
    QVERIFY(r.feed.entries.isEmpty());
}

QTEST_GUILESS_MAIN(TestJsonFeedParser)
#include "tst_jsonfeedparser.moc"
