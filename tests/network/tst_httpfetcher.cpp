// HttpFetcher against a real HTTP server on 127.0.0.1 that the test starts: conditional requests,
// redirects, timeouts, size limits, every error a feed server gives, gzip, and what is never sent.
#include "network/httpfetcher.h"
#include "testhttpserver.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

namespace {

// Runs one fetch to its end.
HttpFetcher::Response fetchNow(HttpFetcher &fetcher, const HttpFetcher::Request &request)
{
    HttpFetcher::Response result;
    bool done = false;
    fetcher.fetch(request, [&](const HttpFetcher::Response &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        result.error = QStringLiteral("the test gave up waiting");
    return result;
}

HttpFetcher::Response fetchNow(HttpFetcher &fetcher, const QUrl &url)
{
    HttpFetcher::Request request;
    request.url = url;
    return fetchNow(fetcher, request);
}

const QByteArray kFeed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Courier</title></channel></rss>";

} // namespace

class TestHttpFetcher : public QObject
{
    Q_OBJECT

private slots:
    void shouldFetchAndThenAskOnlyForWhatChanged()
    {
        // Given a server that knows ETag and Last-Modified
        TestHttpServer server;
        QVERIFY(server.isListening());
        server.route("/feed.xml", [](const TestHttpServer::Request &r) {
            TestHttpServer::Reply reply;
            if (r.headers.value("if-none-match") == "\"v7\""
                || r.headers.value("if-modified-since") == "Tue, 01 Dec 2026 08:00:00 GMT") {
                reply.status = 304;
                return reply;
            }
            reply.body = kFeed;
            reply.headers = {{"ETag", "\"v7\""}, {"Last-Modified", "Tue, 01 Dec 2026 08:00:00 GMT"},
                             {"Content-Type", "application/rss+xml"}};
            return reply;
        });
        HttpFetcher fetcher;
        // When fetched the first time
        const auto first = fetchNow(fetcher, server.url(QStringLiteral("/feed.xml")));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.body, kFeed);
        QCOMPARE(first.etag, QStringLiteral("\"v7\""));
        QCOMPARE(first.lastModified, QStringLiteral("Tue, 01 Dec 2026 08:00:00 GMT"));
        // Then again with the validators: 304, no body
        HttpFetcher::Request again;
        again.url = server.url(QStringLiteral("/feed.xml"));
        again.etag = first.etag;
        const auto second = fetchNow(fetcher, again);
        QVERIFY(second.ok());
        QVERIFY(second.notModified);
        QVERIFY(second.body.isEmpty());
        HttpFetcher::Request byDate;
        byDate.url = again.url;
        byDate.lastModified = first.lastModified;
        QVERIFY(fetchNow(fetcher, byDate).notModified);
        // And every request named Saywho, asked for gzip and carried no cookie
        QCOMPARE(server.requests().size(), 3);
        for (const auto &r : server.requests()) {
            QVERIFY(r.headers.value("user-agent").startsWith("Saywho/"));
            QVERIFY(r.headers.value("accept-encoding").contains("gzip"));
            QVERIFY(!r.headers.contains("cookie"));
        }
        QCOMPARE(server.requests().at(1).headers.value("if-none-match"), QByteArray("\"v7\""));
    }

    void shouldNeverKeepOrSendCookies()
    {
        TestHttpServer server;
        server.route("/set", [](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.headers = {{"Set-Cookie", "tracker=abc; Path=/"}};
            reply.body = kFeed;
            return reply;
        });
        server.serve("/next", kFeed);
        HttpFetcher fetcher;
        QVERIFY(fetchNow(fetcher, server.url(QStringLiteral("/set"))).ok());
        QVERIFY(fetchNow(fetcher, server.url(QStringLiteral("/next"))).ok());
        QVERIFY(!server.requests().at(1).headers.contains("cookie"));
    }

    void shouldReadGzippedAnswers()
    {
        TestHttpServer server;
        server.route("/feed.xml", [](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.body = kFeed;
            reply.gzip = true;
            return reply;
        });
        HttpFetcher fetcher;
        const auto r = fetchNow(fetcher, server.url(QStringLiteral("/feed.xml")));
        QVERIFY(r.ok());
        QCOMPARE(r.body, kFeed);
    }

    void shouldFollowRedirectsAndSayWhenTheyArePermanent()
    {
        TestHttpServer server;
        const auto redirect = [&server](int status, const char *to) {
            return [&server, status, to](const TestHttpServer::Request &) {
                TestHttpServer::Reply reply;
                reply.status = status;
                reply.headers = {{"Location", server.url(QString::fromLatin1(to)).toEncoded()}};
                return reply;
            };
        };
        server.route("/old", redirect(301, "/older"));
        server.route("/older", redirect(308, "/feed.xml"));
        server.route("/moved-for-now", redirect(302, "/feed.xml"));
        server.serve("/feed.xml", kFeed);
        server.route("/loop-a", redirect(301, "/loop-b"));
        server.route("/loop-b", redirect(301, "/loop-a"));
        server.route("/to-ftp", [](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.status = 302;
            reply.headers = {{"Location", "ftp://127.0.0.1/feed.xml"}};
            return reply;
        });
        HttpFetcher fetcher;
        const auto moved = fetchNow(fetcher, server.url(QStringLiteral("/old")));
        QVERIFY(moved.ok());
        QCOMPARE(moved.body, kFeed);
        QCOMPARE(moved.finalUrl, server.url(QStringLiteral("/feed.xml")));
        QVERIFY(moved.movedPermanently);
        const auto temporary = fetchNow(fetcher, server.url(QStringLiteral("/moved-for-now")));
        QVERIFY(temporary.ok());
        QVERIFY(!temporary.movedPermanently);
        const auto loop = fetchNow(fetcher, server.url(QStringLiteral("/loop-a")));
        QCOMPARE(loop.failure, HttpFetcher::Failure::TooManyRedirects);
        QVERIFY(!loop.error.isEmpty());
        const auto ftp = fetchNow(fetcher, server.url(QStringLiteral("/to-ftp")));
        QCOMPARE(ftp.failure, HttpFetcher::Failure::NotAllowed);
    }

    void shouldRefuseAddressesThatAreNotHttp_data()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("a file on this machine") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/feed.xml");
        QTest::newRow("data") << QStringLiteral("data:text/plain,hello");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)");
    }

    void shouldRefuseAddressesThatAreNotHttp()
    {
        QFETCH(QString, address);
        HttpFetcher fetcher;
        const auto r = fetchNow(fetcher, QUrl(address));
        QCOMPARE(r.failure, HttpFetcher::Failure::NotAllowed);
        QVERIFY(!r.error.isEmpty());
    }

    void shouldGiveUpOnASlowServer()
    {
        TestHttpServer server;
        server.route("/slow", [](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.delayMs = 3000;
            reply.body = kFeed;
            return reply;
        });
        HttpFetcher fetcher;
        fetcher.setTimeout(500);
        const auto r = fetchNow(fetcher, server.url(QStringLiteral("/slow")));
        QCOMPARE(r.failure, HttpFetcher::Failure::Timeout);
    }

    void shouldStopReadingPastTheSizeLimit()
    {
        TestHttpServer server;
        server.serve("/huge", QByteArray(3 * 1024 * 1024, 'x'));
        HttpFetcher fetcher;
        fetcher.setSizeLimit(1024 * 1024);
        const auto r = fetchNow(fetcher, server.url(QStringLiteral("/huge")));
        QCOMPARE(r.failure, HttpFetcher::Failure::TooLarge);
        QVERIFY(r.body.isEmpty()); // nothing half-read is handed on

        // Without a declared length the limit holds too.
        server.route("/streamed", [](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.body = QByteArray(3 * 1024 * 1024, 'y');
            reply.noLength = true;
            return reply;
        });
        const auto streamed = fetchNow(fetcher, server.url(QStringLiteral("/streamed")));
        QCOMPARE(streamed.failure, HttpFetcher::Failure::TooLarge);
    }

    void shouldSayWhatTheServerAnswered_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::addColumn<bool>("hasRetryTime");
        QTest::newRow("404 not found") << 404 << QByteArray() << false;
        QTest::newRow("410 gone") << 410 << QByteArray() << false;
        QTest::newRow("429 with seconds to wait") << 429 << QByteArray("120") << true;
        // An HTTP date (RFC 9110) a day from now: a fixed date would pass and fail the test later.
        const QByteArray tomorrow = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addDays(1),
                                            QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                                        .toLatin1();
        QTest::newRow("503 with a date to wait for") << 503 << tomorrow << true;
        QTest::newRow("500 server error") << 500 << QByteArray() << false;
    }

    void shouldSayWhatTheServerAnswered()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, retryAfter);
        QFETCH(bool, hasRetryTime);
        TestHttpServer server;
        server.route("/feed.xml", [&](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.status = status;
            reply.body = "no";
            if (!retryAfter.isEmpty())
                reply.headers = {{"Retry-After", retryAfter}};
            return reply;
        });
        HttpFetcher fetcher;
        const auto r = fetchNow(fetcher, server.url(QStringLiteral("/feed.xml")));
        QCOMPARE(r.failure, HttpFetcher::Failure::HttpError);
        QCOMPARE(r.status, status);
        QVERIFY(r.error.contains(QString::number(status)));
        QCOMPARE(r.retryAfter.isValid(), hasRetryTime);
        if (hasRetryTime)
            QVERIFY(r.retryAfter > QDateTime::currentDateTimeUtc());
    }

    void shouldSayWhenNothingListens()
    {
        quint16 port = 0;
        {
            TestHttpServer closed;
            port = closed.port();
        }
        HttpFetcher fetcher;
        const auto r = fetchNow(fetcher, QUrl(QStringLiteral("http://127.0.0.1:%1/feed.xml").arg(port)));
        QCOMPARE(r.failure, HttpFetcher::Failure::ConnectionRefused);
    }

    void shouldSayWhenASecureConnectionFails()
    {
        // A server that answers a TLS handshake with bytes that are no TLS.
        TestHttpServer server;
        server.route("/", [](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.garbage = true;
            return reply;
        });
        HttpFetcher fetcher;
        fetcher.setTimeout(3000);
        const auto r = fetchNow(fetcher, QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(server.port())));
        QVERIFY(!r.ok());
        QVERIFY(r.failure == HttpFetcher::Failure::Tls || r.failure == HttpFetcher::Failure::Network
                || r.failure == HttpFetcher::Failure::Timeout);
        QVERIFY(!r.error.isEmpty());
    }

    void shouldAskOneHostForAtMostTwoThingsAtOnce()
    {
        TestHttpServer server;
        int inFlight = 0, most = 0;
        server.route("/item", [&](const TestHttpServer::Request &) {
            ++inFlight;
            most = std::max(most, inFlight);
            TestHttpServer::Reply reply;
            reply.delayMs = 100;
            reply.body = "x";
            QTimer::singleShot(100, [&] { --inFlight; });
            return reply;
        });
        HttpFetcher fetcher;
        int done = 0;
        for (int i = 0; i < 6; ++i)
            fetcher.fetch({server.url(QStringLiteral("/item")), {}, {}, {}}, [&](const HttpFetcher::Response &) { ++done; });
        QTRY_COMPARE_WITH_TIMEOUT(done, 6, 20000);
        QVERIFY(most <= HttpFetcher::PerHostLimit);
        QCOMPARE(server.requests().size(), 6);
    }

    void shouldCancelWhatIsQueuedAndUnderWay()
    {
        TestHttpServer server;
        server.route("/slow", [](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.delayMs = 2000;
            reply.body = kFeed;
            return reply;
        });
        HttpFetcher fetcher;
        QList<HttpFetcher::Failure> failures;
        for (int i = 0; i < 4; ++i)
            fetcher.fetch({server.url(QStringLiteral("/slow")), {}, {}, {}},
                          [&](const HttpFetcher::Response &r) { failures.append(r.failure); });
        QTest::qWait(200);
        fetcher.cancelAll();
        QTRY_COMPARE_WITH_TIMEOUT(failures.size(), 4, 5000);
        for (auto f : failures)
            QCOMPARE(f, HttpFetcher::Failure::Cancelled);
        QCOMPARE(fetcher.pending(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpFetcher)
#include "tst_httpfetcher.moc"
