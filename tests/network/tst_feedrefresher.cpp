// Subscriptions refreshed into the library from a real HTTP server on 127.0.0.1 that the test
// starts: conditional re-fetches, no duplicates, full pages for summary-only entries (and nothing
// else of those pages fetched), errors that stay with their feed, 410, 429, 301, cancel,
// auto-discovery, OPML, and the command line. Every feed and page is invented for the test.
#include "library/library.h"
#include "library/librarydatabase.h"
#include "library/opml.h"
#include "library/subscriptions.h"
#include "network/addressloader.h"
#include "network/feedrefresher.h"
#include "testhttpserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray rss(const QString &title, const QList<QPair<QString, QString>> &items, const QString &base)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>%1</title>"
                                 "<link>%2/</link>")
                      .arg(title, base);
    for (const auto &item : items) {
        xml += QStringLiteral("<item><title>%1</title><link>%2/story/%3</link><guid isPermaLink=\"false\">id-%3</guid>"
                              "<pubDate>Tue, 01 Dec 2026 08:00:00 GMT</pubDate><description>%4</description></item>")
                   .arg(item.first, base, item.first.toLower().replace(u' ', u'-'), item.second.toHtmlEscaped());
    }
    xml += QStringLiteral("</channel></rss>");
    return xml.toUtf8();
}

// A full article page, with the things a saved page has and reader mode must never fetch.
QByteArray page(const QString &speaker, const QString &topic)
{
    return QStringLiteral(
               "<!DOCTYPE html><html><head><title>%2 plans</title>"
               "<link rel=\"stylesheet\" href=\"/style.css\"><script src=\"/tracker.js\"></script></head><body>"
               "<nav><a href=\"/\">Home</a></nav><article><h1>%2 plans</h1>"
               "<img src=\"/photo.jpg\" alt=\"\"><iframe src=\"/embed.html\"></iframe>"
               "<p>The city council met on Monday to discuss the %2 and the money it will need in the coming years.</p>"
               "<p>\u201CThe %2 will be finished before the winter,\u201D said %1, who leads the works department.</p>"
               "<p>Residents have waited a long time for the work to begin, and many came to hear the debate.</p>"
               "<p>\u201CWe will publish every figure,\u201D %1 told the meeting.</p>"
               "<script>document.write('<img src=/script-image.png>')</script></article></body></html>")
        .arg(speaker, topic)
        .toUtf8();
}

} // namespace

class TestFeedRefresher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("feeds-%1.sqlite").arg(++m_counter)); }

    static QList<FeedRefresher::FeedResult> refreshNow(FeedRefresher &refresher, const QList<qint64> &feeds = {})
    {
        QSignalSpy finished(&refresher, &FeedRefresher::finished);
        refresher.refresh(feeds);
        if (finished.isEmpty() && !finished.wait(30000))
            return {};
        return finished.front().front().value<QList<FeedRefresher::FeedResult>>();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void shouldStoreNewEntriesOnceAndAskAgainConditionally()
    {
        // Given a feed with two full entries, served with an ETag
        TestHttpServer server;
        const QString base = server.url(QString()).toString();
        const QString longText = QStringLiteral("\u201CThe harbour will open in May,\u201D said Ines Carvalho. ")
                                 + QStringLiteral("The port authority has spent two years on the work. ").repeated(12);
        const QByteArray feed = rss(QStringLiteral("Harbour Courier"),
                                    {{QStringLiteral("Harbour opens"), longText},
                                     {QStringLiteral("Harbour delay"), longText + QStringLiteral(" More.")}},
                                    base);
        server.route("/feed.xml", [feed](const TestHttpServer::Request &r) {
            TestHttpServer::Reply reply;
            if (r.headers.value("if-none-match") == "\"a1\"") {
                reply.status = 304;
                return reply;
            }
            reply.body = feed;
            reply.headers = {{"ETag", "\"a1\""}, {"Content-Type", "application/rss+xml"}};
            return reply;
        });
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        const qint64 id = *subs.addFeed(server.url(QStringLiteral("/feed.xml")).toString());
        FeedRefresher refresher(db);

        // When refreshed
        auto results = refreshNow(refresher);
        // Then both entries are stored as articles, with their speaker, and the feed is named
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.front().error.isEmpty(), qPrintable(results.front().error));
        QCOMPARE(results.front().added, 2);
        QCOMPARE(subs.feed(id)->title, QStringLiteral("Harbour Courier"));
        QCOMPARE(subs.feed(id)->unread, 2);
        Library library(db);
        QCOMPARE(library.articleCount(), 2);
        QCOMPARE(library.quotesBy(library.peopleNamed(QStringLiteral("Ines Carvalho")).value(0)).size(), 2);
        // The entries were long enough: no page was fetched
        QCOMPARE(server.paths(), (QList<QByteArray>{"/feed.xml"}));

        // And refreshed again, the server is asked conditionally and nothing is duplicated
        results = refreshNow(refresher);
        QCOMPARE(results.front().added, 0);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(server.requests().at(1).headers.value("if-none-match"), QByteArray("\"a1\""));
        QCOMPARE(library.articleCount(), 2);
        QCOMPARE(subs.entries(id).size(), 2);
    }

    void shouldNotDuplicateEntriesWhenTheServerHasNoValidators()
    {
        TestHttpServer server;
        const QString base = server.url(QString()).toString();
        const QString text = QStringLiteral("\u201CAll trains run,\u201D said Tomas Lehto. ") + QStringLiteral("Words. ").repeated(100);
        server.serve("/feed.xml", rss(QStringLiteral("Rail"), {{QStringLiteral("Trains"), text}}, base));
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        const qint64 id = *subs.addFeed(server.url(QStringLiteral("/feed.xml")).toString());
        FeedRefresher refresher(db);
        QCOMPARE(refreshNow(refresher).front().added, 1);
        QCOMPARE(refreshNow(refresher).front().added, 0);
        QCOMPARE(subs.entries(id).size(), 1);
    }

    void shouldFetchTheFullPageOfSummaryOnlyEntriesAndNothingElse()
    {
        // Given a feed whose entries carry one line each, and their pages full of things to fetch
        TestHttpServer server;
        const QString base = server.url(QString()).toString();
        server.serve("/feed.xml", rss(QStringLiteral("City desk"),
                                      {{QStringLiteral("Bridge"), QStringLiteral("Works on the bridge.")},
                                       {QStringLiteral("Library"), QStringLiteral("A new library.")}},
                                      base));
        server.serve("/story/bridge", page(QStringLiteral("Marta Vidal"), QStringLiteral("bridge")), "text/html");
        server.serve("/story/library", page(QStringLiteral("Jonas Berg"), QStringLiteral("library")), "text/html");
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        const qint64 id = *subs.addFeed(server.url(QStringLiteral("/feed.xml")).toString());
        FeedRefresher refresher(db);
        const auto results = refreshNow(refresher);
        QCOMPARE(results.front().added, 2);
        QVERIFY(results.front().entryErrors.isEmpty());

        // Then the pages were read through reader mode: the quotes of the page are the article's
        Library library(db);
        const QList<qint64> vidal = library.peopleNamed(QStringLiteral("Marta Vidal"));
        QCOMPARE(vidal.size(), 1);
        const auto quotes = library.quotesBy(vidal.front());
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.front().source, base + QStringLiteral("/story/bridge"));
        QCOMPARE(library.peopleNamed(QStringLiteral("Jonas Berg")).size(), 1);
        // And nothing but the feed and the two pages was asked for: no script, style, image, frame
        QList<QByteArray> paths = server.paths();
        std::sort(paths.begin(), paths.end());
        QCOMPARE(paths, (QList<QByteArray>{"/feed.xml", "/story/bridge", "/story/library"}));
        QCOMPARE(subs.feed(id)->unread, 2);
    }

    void shouldKeepEachFeedsErrorToItselfAndGoOn()
    {
        TestHttpServer server;
        const QString base = server.url(QString()).toString();
        const QString text = QStringLiteral("\u201COpen on Sunday,\u201D said Vera Duarte. ") + QStringLiteral("Words. ").repeated(100);
        server.serve("/good.xml", rss(QStringLiteral("Good"), {{QStringLiteral("Market"), text}}, base));
        server.serve("/broken.xml", "oops", "text/plain", 500);
        server.serve("/notafeed.xml", "<html><body><p>Just a page, no feed here.</p></body></html>", "text/html");
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        const qint64 good = *subs.addFeed(server.url(QStringLiteral("/good.xml")).toString());
        const qint64 broken = *subs.addFeed(server.url(QStringLiteral("/broken.xml")).toString());
        const qint64 notFeed = *subs.addFeed(server.url(QStringLiteral("/notafeed.xml")).toString());
        FeedRefresher refresher(db);
        const auto results = refreshNow(refresher);
        QCOMPARE(results.size(), 3);
        QHash<qint64, FeedRefresher::FeedResult> byFeed;
        for (const auto &r : results)
            byFeed.insert(r.feed, r);
        QCOMPARE(byFeed.value(good).added, 1);
        QVERIFY(byFeed.value(good).error.isEmpty());
        QVERIFY(byFeed.value(broken).error.contains(QStringLiteral("500")));
        QVERIFY(!byFeed.value(notFeed).error.isEmpty());
        QVERIFY(subs.feed(broken)->error.contains(QStringLiteral("500")));
        QVERIFY(subs.feed(broken)->lastSuccess.isEmpty());
        QVERIFY(!subs.feed(good)->lastSuccess.isEmpty());
    }

    void shouldStopAskingAFeedThatIsGoneAndWaitWhenAskedTo()
    {
        TestHttpServer server;
        server.serve("/gone.xml", "", "text/plain", 410);
        server.route("/busy.xml", [](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.status = 429;
            reply.headers = {{"Retry-After", "3600"}};
            return reply;
        });
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        const qint64 gone = *subs.addFeed(server.url(QStringLiteral("/gone.xml")).toString());
        const qint64 busy = *subs.addFeed(server.url(QStringLiteral("/busy.xml")).toString());
        FeedRefresher refresher(db);
        refreshNow(refresher);
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(subs.feed(gone)->gone);
        QVERIFY(!subs.feed(busy)->retryAfter.isEmpty());
        // The next refresh asks neither, and says why.
        const auto results = refreshNow(refresher);
        QCOMPARE(server.requests().size(), 2);
        for (const auto &r : results)
            QVERIFY(!r.error.isEmpty());
    }

    void shouldFollowAFeedThatMovedForGood()
    {
        TestHttpServer server;
        const QString base = server.url(QString()).toString();
        server.route("/old.xml", [&server](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.status = 301;
            reply.headers = {{"Location", server.url(QStringLiteral("/new.xml")).toEncoded()}};
            return reply;
        });
        server.serve("/new.xml", rss(QStringLiteral("Moved"), {}, base));
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        const qint64 id = *subs.addFeed(server.url(QStringLiteral("/old.xml")).toString());
        FeedRefresher refresher(db);
        const auto moved = refreshNow(refresher);
        QVERIFY(!moved.isEmpty());
        QVERIFY2(moved.front().error.isEmpty(), qPrintable(moved.front().error));
        QCOMPARE(subs.feed(id)->url, server.url(QStringLiteral("/new.xml")).toString());
    }

    void shouldStopWhenCancelled()
    {
        TestHttpServer server;
        server.route("/slow.xml", [](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.delayMs = 5000;
            return reply;
        });
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        for (int i = 0; i < 3; ++i)
            subs.addFeed(server.url(QStringLiteral("/slow.xml?%1").arg(i)).toString());
        FeedRefresher refresher(db);
        QSignalSpy finished(&refresher, &FeedRefresher::finished);
        refresher.refresh();
        QVERIFY(refresher.isRunning());
        QTest::qWait(200);
        QVERIFY(finished.isEmpty());
        refresher.cancel();
        QVERIFY(finished.wait(2000));
        QVERIFY(!refresher.isRunning());
        const auto results = finished.front().front().value<QList<FeedRefresher::FeedResult>>();
        QCOMPARE(results.size(), 3);
        for (const auto &r : results)
            QVERIFY(!r.error.isEmpty());
    }

    void shouldSubscribeToTheFeedAWebPageNames()
    {
        TestHttpServer server;
        const QString base = server.url(QString()).toString();
        server.serve("/", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" title=\"News\" href=\"/news.xml\">"
                          "</head><body>Front page</body></html>", "text/html");
        server.serve("/news.xml", rss(QStringLiteral("Valley News"), {}, base));
        server.serve("/plain", "<html><body>No feed</body></html>", "text/html");
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        FeedRefresher refresher(db);
        QSignalSpy subscribed(&refresher, &FeedRefresher::subscribed);
        refresher.subscribe(server.url(QStringLiteral("/")));
        QVERIFY(subscribed.wait(10000));
        QVERIFY2(subscribed.front().at(0).toLongLong() > 0, qPrintable(subscribed.front().at(2).toString()));
        QCOMPARE(subscribed.front().at(1).toString(), QStringLiteral("Valley News"));
        Subscriptions subs(db);
        QCOMPARE(subs.feeds().front().url, server.url(QStringLiteral("/news.xml")).toString());

        refresher.subscribe(server.url(QStringLiteral("/plain")));
        QVERIFY(subscribed.wait(10000));
        QCOMPARE(subscribed.at(1).at(0).toLongLong(), 0);
        QVERIFY(!subscribed.at(1).at(2).toString().isEmpty());
    }

    void shouldOpenASingleAddressAsAnArticle()
    {
        // Given a page with things on it that must never be fetched
        TestHttpServer server;
        server.serve("/story", page(QStringLiteral("Odile Marchand"), QStringLiteral("tram")), "text/html; charset=utf-8");
        server.serve("/list.xml", rss(QStringLiteral("Trams"), {{QStringLiteral("Tram"), QStringLiteral("Soon.")}},
                                      server.url(QString()).toString()));
        AddressLoader loader;
        QSignalSpy loaded(&loader, &AddressLoader::loaded);
        // When it is opened by its address
        loader.load(server.url(QStringLiteral("/story")));
        QVERIFY(loaded.wait(10000));
        // Then it is read through reader mode, knows where it came from, and only it was fetched
        const auto result = loaded.front().at(2).value<ArticleLoader::Result>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.format, ArticleLoader::Format::Html);
        QVERIFY(result.article.text().contains(QStringLiteral("The tram will be finished before the winter")));
        QVERIFY(!result.article.text().contains(QStringLiteral("Home")));
        QCOMPARE(result.article.link(), server.url(QStringLiteral("/story")).toString());
        QCOMPARE(server.paths(), (QList<QByteArray>{"/story"}));

        loader.load(server.url(QStringLiteral("/list.xml")));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.at(1).at(2).value<ArticleLoader::Result>().format, ArticleLoader::Format::Feed);

        loader.load(QUrl(QStringLiteral("file:///etc/hostname")));
        QVERIFY(loaded.wait(10000));
        QVERIFY(!loaded.at(2).at(2).value<ArticleLoader::Result>().error.isEmpty());
    }

    void shouldRoundTripSubscriptionsThroughOpml()
    {
        const QByteArray opml =
            "<?xml version=\"1.0\"?><opml version=\"2.0\"><head><title>Mine</title></head><body>"
            "<outline text=\"News\"><outline text=\"Local\">"
            "<outline type=\"rss\" text=\"Harbour\" xmlUrl=\"http://127.0.0.1:9/harbour.xml\"/></outline>"
            "<outline type=\"rss\" text=\"Rail\" xmlUrl=\"https://127.0.0.1:9/rail.xml\" htmlUrl=\"https://127.0.0.1:9/\"/>"
            "</outline><outline type=\"rss\" text=\"Top\" xmlUrl=\"http://127.0.0.1:9/top.xml\"/>"
            "<outline type=\"rss\" text=\"Local file\" xmlUrl=\"file:///etc/passwd\"/></body></opml>";
        const Opml::ReadResult read = Opml::read(opml);
        QVERIFY(read.ok());
        QCOMPARE(read.feeds.size(), 3); // the file: address is not taken in
        QCOMPARE(read.feeds.at(0).folders, (QStringList{QStringLiteral("News"), QStringLiteral("Local")}));
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        QCOMPARE(Opml::import(subs, read.feeds), 3);
        QCOMPARE(Opml::import(subs, read.feeds), 0);
        QCOMPARE(subs.folders().size(), 2);

        const Opml::ReadResult again = Opml::read(Opml::write(subs));
        QVERIFY(again.ok());
        QCOMPARE(again.feeds.size(), 3);
        QSet<QString> before, after;
        for (const auto &o : read.feeds)
            before.insert(o.folders.join(u'/') + u'|' + o.title + u'|' + o.xmlUrl);
        for (const auto &o : again.feeds)
            after.insert(o.folders.join(u'/') + u'|' + o.title + u'|' + o.xmlUrl);
        QCOMPARE(after, before);
        QVERIFY(!Opml::read("<html>no</html>").ok());
    }

    void shouldSubscribeAndRefreshFromTheCommandLine()
    {
        TestHttpServer server;
        const QString base = server.url(QString()).toString();
        const QString text = QStringLiteral("\u201CThe pool reopens,\u201D said Rosa Lindqvist. ") + QStringLiteral("Words. ").repeated(100);
        server.serve("/feed.xml", rss(QStringLiteral("Pool news"), {{QStringLiteral("Pool"), text}}, base));
        server.serve("/dead.xml", "", "text/plain", 404);
        const QString library = freshPath();
        const auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral(SAYWHO_BINARY), QStringList{QStringLiteral("--library"), library} + args);
            // The server answers from this process's event loop while the child runs.
            if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000))
                p.kill();
            return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
        };
        auto [code, out, err] = run({QStringLiteral("--subscribe"), server.url(QStringLiteral("/feed.xml")).toString()});
        QCOMPARE(code, 0);
        QJsonObject line = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(line.value(QStringLiteral("title")).toString(), QStringLiteral("Pool news"));
        QCOMPARE(line.value(QStringLiteral("status")).toString(), QStringLiteral("subscribed"));

        std::tie(code, out, err) = run({QStringLiteral("--subscribe"), server.url(QStringLiteral("/dead.xml")).toString()});
        QCOMPARE(code, 1);
        QVERIFY(err.contains("404"));

        std::tie(code, out, err) = run({QStringLiteral("--refresh")});
        QCOMPARE(code, 0);
        line = QJsonDocument::fromJson(out.trimmed()).object();
        QCOMPARE(line.value(QStringLiteral("new")).toInt(), 1);
        QVERIFY(line.value(QStringLiteral("error")).isNull());

        std::tie(code, out, err) = run({QStringLiteral("--people")});
        QVERIFY(out.contains("Rosa Lindqvist"));

        std::tie(code, out, err) = run({QStringLiteral("--export-opml"), QStringLiteral("-")});
        QCOMPARE(code, 0);
        QVERIFY(out.contains(QByteArray("xmlUrl=\"" + server.url(QStringLiteral("/feed.xml")).toEncoded() + "\"")));
    }
};

QTEST_GUILESS_MAIN(TestFeedRefresher)
#include "tst_feedrefresher.moc"
