// Refreshing 200 subscriptions served on 127.0.0.1 (20 entries each, half of them summaries whose
// page must be fetched) must finish in 20 s or less on 2 cores, and the thread that runs it (the
// window's, in the program) must never stall for more than 100 ms. The server runs on a thread of
// its own, as a real one would be another process. Run by `make bench`.
#include "library/library.h"
#include "library/librarydatabase.h"
#include "library/subscriptions.h"
#include "network/feedrefresher.h"
#include "../network/testhttpserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

constexpr int kFeeds = 200;
constexpr int kEntries = 20;

QByteArray feedXml(int feed, const QString &base)
{
    QString xml = QStringLiteral("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Desk %1</title>").arg(feed);
    for (int e = 0; e < kEntries; ++e) {
        const QString speaker = QStringLiteral("Reporter%1 Vance").arg(QChar(u'A' + (feed + e) % 26));
        QString description;
        if (e % 2 == 0) {
            description = QStringLiteral("A short summary.");
        } else {
            description = QStringLiteral("\u201CThe plan %1 is ready,\u201D said %2. ").arg(e).arg(speaker)
                          + QStringLiteral("The committee discussed the plan for a long time. ").repeated(14);
        }
        xml += QStringLiteral("<item><title>Story %1-%2</title><link>%3/page/%1/%2</link><guid>s-%1-%2</guid>"
                              "<description>%4</description></item>")
                   .arg(feed)
                   .arg(e)
                   .arg(base, description.toHtmlEscaped());
    }
    return (xml + QStringLiteral("</channel></rss>")).toUtf8();
}

QByteArray pageHtml(const QByteArray &path)
{
    QString body;
    for (int p = 0; p < 8; ++p)
        body += QStringLiteral("<p>\u201CWe will vote on part %1 next week,\u201D said Ilse Marrow of the works office. "
                               "The council heard from residents about the cost of the plan and its timing.</p>")
                    .arg(p);
    return (QStringLiteral("<html><head><title>%1</title><script src=\"/x.js\"></script></head><body><article><h1>%1</h1>")
                .arg(QString::fromLatin1(path))
            + body + QStringLiteral("</article></body></html>"))
        .toUtf8();
}

} // namespace

class BenchFeeds : public QObject
{
    Q_OBJECT

private slots:
    void refreshTwoHundredFeeds()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir dir;
        // The server, on its own thread
        QThread serverThread;
        QObject onServerThread;
        onServerThread.moveToThread(&serverThread);
        serverThread.start();
        std::unique_ptr<TestHttpServer> server;
        QUrl base;
        QMetaObject::invokeMethod(
            &onServerThread,
            [&] {
                server = std::make_unique<TestHttpServer>();
                base = server->url(QString());
                const QString b = base.toString();
                for (int f = 0; f < kFeeds; ++f)
                    server->serve("/feed/" + QByteArray::number(f) + ".xml", feedXml(f, b));
            },
            Qt::BlockingQueuedConnection);
        QVERIFY(server && server->isListening());
        QMetaObject::invokeMethod(
            &onServerThread,
            [&] {
                for (int f = 0; f < kFeeds; ++f) {
                    for (int e = 0; e < kEntries; e += 2) {
                        const QByteArray path = "/page/" + QByteArray::number(f) + '/' + QByteArray::number(e);
                        server->serve(path, pageHtml(path), "text/html");
                    }
                }
            },
            Qt::BlockingQueuedConnection);

        LibraryDatabase db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("feeds.sqlite"))));
        Subscriptions subs(db);
        for (int f = 0; f < kFeeds; ++f)
            QVERIFY(subs.addFeed(base.resolved(QUrl(QStringLiteral("/feed/%1.xml").arg(f))).toString()));

        // The longest gap between ticks of a 10 ms timer is the longest stall of this thread.
        QElapsedTimer tick;
        qint64 longestStall = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestStall = std::max(longestStall, tick.restart());
        });

        FeedRefresher refresher(db);
        QSignalSpy finished(&refresher, &FeedRefresher::finished);
        QElapsedTimer timer;
        timer.start();
        tick.start();
        ticker.start();
        refresher.refresh();
        QVERIFY(finished.wait(120000));
        const qint64 ms = timer.elapsed();
        ticker.stop();

        int added = 0, failed = 0;
        for (const auto &r : finished.front().front().value<QList<FeedRefresher::FeedResult>>()) {
            added += r.added;
            failed += r.error.isEmpty() ? 0 : 1;
        }
        // What else ran on the machine meanwhile: the figures mean little on a busy one.
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readLine().trimmed() : QByteArray("?");
        qInfo("%d feeds, %d entries stored in %.2f s; longest stall %lld ms (%d cores, load average %s)", kFeeds, added,
              ms / 1000.0, longestStall, QThread::idealThreadCount(), load.constData());
        int pages = 0;
        QMetaObject::invokeMethod(
            &onServerThread,
            [&] {
                for (const QByteArray &path : server->paths())
                    pages += path.startsWith("/page/") ? 1 : 0;
                server.reset();
            },
            Qt::BlockingQueuedConnection);
        serverThread.quit();
        serverThread.wait();
        QCOMPARE(failed, 0);
        QCOMPARE(added, kFeeds * kEntries);
        // Every summary-only entry had its page fetched, once; no other entry did.
        QCOMPARE(pages, kFeeds * kEntries / 2);
        QVERIFY2(ms <= 20000, "refreshing 200 feeds took more than 20 s");
        QVERIFY2(longestStall <= 100, "the refreshing thread stalled for more than 100 ms");
    }
};

QTEST_GUILESS_MAIN(BenchFeeds)
#include "bench_feeds.moc"
