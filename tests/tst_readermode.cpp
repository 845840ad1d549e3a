// Specification of reader mode's clean-up of saved news pages: what stays of the article around
// paywall boxes and article headers, the title and metadata (JSON-LD first, the site's name taken
// out), embedded social-media posts quoted as their authors', and pages that hold no article.
#include "article/extraction.h"
#include "extract/extractor.h"
#include "load/articleloader.h"
#include "load/htmlreader.h"
#include "testhelpers.h"

#include <QTest>

namespace {

const QString kLong = QStringLiteral(
    "The district council met on Thursday evening, after a month of delay, to settle the budget for roads, "
    "schools and the new library, which has waited for a roof since spring.");

QString paragraphs(int from, int count)
{
    QString out;
    for (int i = from; i < from + count; ++i)
        out += QStringLiteral("<p>Paragraph %1 of the story, with enough words in it, and a comma or two, to read "
                              "as the body of an article.</p>").arg(i);
    return out;
}

int indexOf(const QStringList &blocks, const QString &start)
{
    for (int i = 0; i < blocks.size(); ++i) {
        if (blocks.at(i).startsWith(start))
            return i;
    }
    return -1;
}

} // namespace

class TestReaderMode : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepTheBodyInsideAPaywallBox();
    void shouldDropSmallSubscribeAndShareBoxes_data();
    void shouldDropSmallSubscribeAndShareBoxes();
    void shouldKeepTheStandfirstInTheArticlesHeader();
    void shouldTakeTheSiteNameOutOfTheTitle_data();
    void shouldTakeTheSiteNameOutOfTheTitle();
    void shouldReadTheMetadataFromJsonLd_data();
    void shouldReadTheMetadataFromJsonLd();
    void shouldQuoteAnEmbeddedPostAsItsAuthors_data();
    void shouldQuoteAnEmbeddedPostAsItsAuthors();
    void shouldCreditAnEmbeddedPostToItsAuthorNotTheSpeakerBefore();
    void shouldTellWhenAPageIsNotAnArticle_data();
    void shouldTellWhenAPageIsNotAnArticle();
};

void TestReaderMode::shouldKeepTheBodyInsideAPaywallBox()
{
    // Given a page saved by a subscriber: three paragraphs, then the rest of the body in a paywall box
    const QString html = QStringLiteral("<html><body><article class='story'><h1>Roads budget settled</h1>")
        + paragraphs(1, 3) + QStringLiteral("<div class='paywall'>") + paragraphs(4, 4)
        + QStringLiteral("</div></article></body></html>");

    // When it is read
    const Article article = HtmlReader::read(html);

    // Then all seven paragraphs are there, in order
    const QStringList blocks = blockTexts(article);
    int last = -1;
    for (int i = 1; i <= 7; ++i) {
        const int at = indexOf(blocks, QStringLiteral("Paragraph %1 ").arg(i));
        QVERIFY2(at > last, qPrintable(QStringLiteral("paragraph %1 missing or out of order").arg(i)));
        last = at;
    }
}

void TestReaderMode::shouldDropSmallSubscribeAndShareBoxes_data()
{
    QTest::addColumn<QString>("box");

    QTest::newRow("a paywall prompt")
        << QStringLiteral("<div class='paywall-prompt'><p>PROMPT-TEXT Subscribe to keep reading.</p>"
                          "<p>Already a subscriber? Sign in.</p></div>");
    QTest::newRow("a newsletter sign-up") << QStringLiteral("<div class='newsletter-signup'><p>PROMPT-TEXT Get the "
                                                            "morning briefing in your inbox.</p></div>");
    QTest::newRow("share buttons") << QStringLiteral("<div class='share-tools'><a href='#'>PROMPT-TEXT Share</a></div>");
    QTest::newRow("a subscribe box") << QStringLiteral("<aside class='subscribe'><p>PROMPT-TEXT Support local news.</p></aside>");
    QTest::newRow("a site header") << QStringLiteral("<div class='site-header'><p>PROMPT-TEXT The Valley Post, "
                                                     "since 1901.</p></div>");
}

void TestReaderMode::shouldDropSmallSubscribeAndShareBoxes()
{
    QFETCH(QString, box);
    const QString html = QStringLiteral("<html><body><article><h1>Roads budget settled</h1>") + paragraphs(1, 3) + box
        + paragraphs(4, 2) + QStringLiteral("</article></body></html>");

    const Article article = HtmlReader::read(html);

    QVERIFY2(!article.text().contains(QStringLiteral("PROMPT-TEXT")), qPrintable(article.text()));
    QVERIFY(article.text().contains(QStringLiteral("Paragraph 5 ")));
}

void TestReaderMode::shouldKeepTheStandfirstInTheArticlesHeader()
{
    // Given an article whose header holds the headline and a standfirst, and a site header with navigation
    const QString html = QStringLiteral(
        "<html><body><header><a href='/'>SITE-HEADER</a><nav><a href='/a'>News</a></nav></header>"
        "<article><header><h1>Roads budget settled</h1><p class='standfirst'>After a month of delay the council "
        "agrees how to pay for the roads, the schools and the library roof, with a rise in parking fees.</p>"
        "</header><div class='article-body'>") + paragraphs(1, 4) + QStringLiteral("</div></article></body></html>");

    // When it is read
    const Article article = HtmlReader::read(html);

    // Then the standfirst comes first in the body, the headline is the title (once), the site header is gone
    const QStringList blocks = blockTexts(article);
    QCOMPARE(article.title(), QStringLiteral("Roads budget settled"));
    QCOMPARE(blocks.count(QStringLiteral("Roads budget settled")), 1);
    QCOMPARE(indexOf(blocks, QStringLiteral("After a month of delay")), 1);
    QCOMPARE(indexOf(blocks, QStringLiteral("Paragraph 1 ")), 2);
    QVERIFY(!article.text().contains(QStringLiteral("SITE-HEADER")));
}

void TestReaderMode::shouldTakeTheSiteNameOutOfTheTitle_data()
{
    QTest::addColumn<QString>("head");
    QTest::addColumn<QString>("title");

    // Two <h1>s, so the <title> decides.
    QTest::newRow("the site name after a bar")
        << QStringLiteral("<title>Council approves new bus lanes | The Valley Courier</title>")
        << QStringLiteral("Council approves new bus lanes");
    QTest::newRow("the site name after a dash")
        << QStringLiteral("<title>Council approves new bus lanes - Valley Courier</title>")
        << QStringLiteral("Council approves new bus lanes");
    QTest::newRow("the site name before a double colon")
        << QStringLiteral("<title>The Valley Courier :: Council approves new bus lanes</title>")
        << QStringLiteral("Council approves new bus lanes");
    QTest::newRow("section and site after the headline")
        << QStringLiteral("<title>Council approves new bus lanes - Local | Valley Courier</title>")
        << QStringLiteral("Council approves new bus lanes - Local");
    QTest::newRow("the part that matches a heading wins")
        << QStringLiteral("<title>Buses :: Lanes approved</title><h2>Lanes approved</h2>") << QStringLiteral("Lanes approved");
    QTest::newRow("og:site_name taken out of og:title")
        << QStringLiteral("<meta property='og:site_name' content='Valley Courier'>"
                          "<meta property='og:title' content='Valley Courier: Council approves new bus lanes'>")
        << QStringLiteral("Council approves new bus lanes");
    QTest::newRow("a dash inside the headline stays")
        << QStringLiteral("<title>Mid-term vote - what the council decided</title>")
        << QStringLiteral("Mid-term vote - what the council decided");
}

void TestReaderMode::shouldTakeTheSiteNameOutOfTheTitle()
{
    QFETCH(QString, head);
    QFETCH(QString, title);
    const QString html = QStringLiteral("<html><head>") + head + QStringLiteral("</head><body><h1>One</h1><h1>Two</h1><p>")
        + kLong + QStringLiteral("</p></body></html>");

    const Article article = HtmlReader::read(html);

    QCOMPARE(article.title(), title);
}

void TestReaderMode::shouldReadTheMetadataFromJsonLd_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("date");

    QTest::newRow("a NewsArticle object")
        << QStringLiteral(R"({"@context":"https://schema.org","@type":"NewsArticle","headline":"Bus lanes approved",
            "author":[{"@type":"Person","name":"Hana Osk"},{"@type":"Person","name":"Leo Brant"}],
            "datePublished":"2025-05-06T08:00:00Z","publisher":{"@type":"Organization","name":"Valley Courier"}})")
        << QStringLiteral("Bus lanes approved") << QStringLiteral("Hana Osk, Leo Brant") << QStringLiteral("2025-05-06T08:00:00Z");
    QTest::newRow("an article in a @graph, after the site")
        << QStringLiteral(R"({"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Valley Courier"},
            {"@type":["Article","ReportageNewsArticle"],"headline":"Quarry to close","author":{"name":"Ruth Calder"},
            "datePublished":"2025-01-02"}]})")
        << QStringLiteral("Quarry to close") << QStringLiteral("Ruth Calder") << QStringLiteral("2025-01-02");
    QTest::newRow("a list of objects, the article second")
        << QStringLiteral(R"([{"@type":"BreadcrumbList"},{"@type":"BlogPosting","headline":"Garden notes","author":"Ivo Marsh"}])")
        << QStringLiteral("Garden notes") << QStringLiteral("Ivo Marsh") << QStringLiteral("2024-02-02");
    QTest::newRow("JSON that does not parse is passed over")
        << QStringLiteral(R"({"@type":"NewsArticle","headline":"Broken)") << QStringLiteral("Meta title")
        << QStringLiteral("Meta Author") << QStringLiteral("2024-02-02");
    QTest::newRow("an object that is no article is passed over")
        << QStringLiteral(R"({"@type":"WebPage","name":"Front page","author":"Web Team"})") << QStringLiteral("Meta title")
        << QStringLiteral("Meta Author") << QStringLiteral("2024-02-02");
}

void TestReaderMode::shouldReadTheMetadataFromJsonLd()
{
    QFETCH(QString, script);
    QFETCH(QString, title);
    QFETCH(QString, byline);
    QFETCH(QString, date);
    // Given a page whose <meta> tags say something else
    const QString html = QStringLiteral("<html><head><meta property='og:title' content='Meta title'>"
                                        "<meta name='author' content='Meta Author'>"
                                        "<meta property='article:published_time' content='2024-02-02'>"
                                        "<script type='application/ld+json'>")
        + script + QStringLiteral("</script></head><body><p>") + kLong + QStringLiteral("</p></body></html>");

    // When it is read
    const Article article = HtmlReader::read(html);

    // Then JSON-LD's article comes first, and the block itself is no text of the article
    QCOMPARE(article.title(), title);
    QCOMPARE(article.byline(), byline);
    QCOMPARE(article.date(), date);
    QVERIFY(!article.text().contains(QStringLiteral("@type")));
}

void TestReaderMode::shouldQuoteAnEmbeddedPostAsItsAuthors_data()
{
    QTest::addColumn<QString>("embed");
    QTest::addColumn<QString>("block"); // empty: the embed leaves nothing

    QTest::newRow("a tweet")
        << QStringLiteral("<blockquote class='twitter-tweet'><p lang='en' dir='ltr'>The new quay opens to everyone by "
                          "summer. <a href='https://t.co/x1'>pic.twitter.com/x1</a></p>&mdash; Boris Lantern (@blantern) "
                          "<a href='https://twitter.com/blantern/status/1'>March 3, 2025</a></blockquote>")
        << QStringLiteral("Boris Lantern posted: \u201cThe new quay opens to everyone by summer.\u201d");
    QTest::newRow("an Instagram post with a caption")
        << QStringLiteral("<blockquote class='instagram-media'><div><a href='https://instagram.example/p/1'>View this "
                          "post</a><p>First ferry of the season, right on time.</p><p><a href='https://instagram.example/p/1'>"
                          "A post shared by Ona Brisk (@onabrisk)</a></p></div></blockquote>")
        << QStringLiteral("Ona Brisk posted: \u201cFirst ferry of the season, right on time.\u201d");
    QTest::newRow("a toot named only by its account")
        << QStringLiteral("<blockquote class='mastodon-embed'><p>Harbour fog again this morning.</p>"
                          "&mdash; (@tern@social.example) 4 May</blockquote>")
        << QStringLiteral("@tern@social.example posted: \u201cHarbour fog again this morning.\u201d");
    QTest::newRow("a picture alone leaves nothing")
        << QStringLiteral("<blockquote class='instagram-media'><div><a href='https://instagram.example/p/2'>View this "
                          "post</a><p><a href='https://instagram.example/p/2'>A post shared by Ona Brisk (@onabrisk)</a>"
                          "</p></div></blockquote>")
        << QString();
}

void TestReaderMode::shouldQuoteAnEmbeddedPostAsItsAuthors()
{
    QFETCH(QString, embed);
    QFETCH(QString, block);
    const QString html = QStringLiteral("<html><body><article><p>") + kLong + QStringLiteral("</p>") + embed
        + QStringLiteral("<p>The board expects the work to take a year, according to its report on the harbour.</p>"
                         "</article></body></html>");

    const Article article = HtmlReader::read(html);

    const QStringList blocks = blockTexts(article);
    if (block.isEmpty()) {
        QCOMPARE(blocks.size(), 2);
        QVERIFY(!article.text().contains(QStringLiteral("post")));
    } else {
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(1), block);
        QCOMPARE(article.blocks().at(1).kind, Article::BlockKind::Paragraph);
    }
}

void TestReaderMode::shouldCreditAnEmbeddedPostToItsAuthorNotTheSpeakerBefore()
{
    // Given a quotation by one person and then an embedded post by another
    const QString html = QStringLiteral(
        "<html><body><article><p>\u201cThis is a good day for the town,\u201d said Mayor Tilda Crane, who backed "
        "the plan.</p><blockquote class='twitter-tweet'><p>The new quay opens to everyone by summer.</p>&mdash; "
        "Boris Lantern (@blantern) <a href='https://twitter.com/blantern/status/1'>March 3, 2025</a></blockquote>"
        "</article></body></html>");

    // When the article is read and its quotes found
    const Article article = HtmlReader::read(html);
    const Extraction extraction = Extractor().extract(article);

    // Then the post is a direct quote of its author, cued by "posted"
    const auto quote = std::find_if(extraction.quotes.cbegin(), extraction.quotes.cend(), [&](const Quote &q) {
        return article.text().mid(q.start, q.length()).startsWith(QStringLiteral("The new quay"));
    });
    QVERIFY(quote != extraction.quotes.cend());
    QCOMPARE(quote->kind, Quote::Kind::Direct);
    QCOMPARE(quote->cue, QStringLiteral("posted"));
    QVERIFY(quote->speaker >= 0);
    QCOMPARE(extraction.speakers.at(quote->speaker).name, QStringLiteral("Boris Lantern"));
}

void TestReaderMode::shouldTellWhenAPageIsNotAnArticle_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<bool>("article");

    QString index = QStringLiteral("<h1>Latest news</h1><ul>");
    for (int i = 1; i <= 24; ++i)
        index += QStringLiteral("<li><h3><a href='/story/%1'>Headline number %1 about the valley</a></h3>"
                                "<p>A short teaser.</p></li>").arg(i);
    index += QStringLiteral("</ul>");
    QTest::newRow("a front page of headlines is no article") << index << false;

    QString results = QStringLiteral("<form><input name='q'></form><ol>");
    for (int i = 1; i <= 15; ++i)
        results += QStringLiteral("<li><a href='/r/%1'>Result %1: bus lanes in the valley</a> <a href='/r/%1#more'>more</a></li>").arg(i);
    results += QStringLiteral("</ol>");
    QTest::newRow("search results are no article") << results << false;

    QTest::newRow("a short article is one") << QString(QStringLiteral("<h1>Fog</h1><p>Fog closed the harbour on Monday."
                                                                      "</p><p>It lifted by noon.</p>"))
                                            << true;
    QString linked = QStringLiteral("<article>") + paragraphs(1, 6) + QStringLiteral("</article><ul>");
    for (int i = 1; i <= 20; ++i)
        linked += QStringLiteral("<li><a href='/more/%1'>Another story from the valley, number %1</a></li>").arg(i);
    linked += QStringLiteral("</ul>");
    QTest::newRow("a long article with many links beside it is one") << QString(linked.replace(
        QStringLiteral("enough words in it"), QStringLiteral("enough words in it, more than a line of them, as "
                                                             "articles have, and then some more words again")))
                                                                     << true;
}

void TestReaderMode::shouldTellWhenAPageIsNotAnArticle()
{
    QFETCH(QString, body);
    QFETCH(bool, article);
    const QByteArray html = QString(QStringLiteral("<!DOCTYPE html><html><body>") + body + QStringLiteral("</body></html>")).toUtf8();

    const ArticleLoader::Result r = ArticleLoader::loadBytes(QByteArray(html), QStringLiteral("page.html"));

    QCOMPARE(r.ok(), article);
    if (!article)
        QVERIFY2(r.error.contains(QStringLiteral("not an article")), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestReaderMode)
#include "tst_readermode.moc"
