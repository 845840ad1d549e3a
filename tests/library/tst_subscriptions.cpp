// Feed subscriptions kept in the library: folders, entries, read state, what fetches said.
#include "library/librarydatabase.h"
#include "library/subscriptions.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSubscriptions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("subs-%1.sqlite").arg(++m_counter)); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void shouldSubscribeOnceToAnAddress()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        const auto first = subs.addFeed(QStringLiteral("http://127.0.0.1:1/feed.xml"), QStringLiteral("Harbour news"));
        QVERIFY(first);
        QCOMPARE(subs.addFeed(QStringLiteral("http://127.0.0.1:1/feed.xml")), first);
        QCOMPARE(subs.feeds().size(), 1);
        QVERIFY(subs.renameFeed(*first, QStringLiteral("  The   harbour ")));
        QCOMPARE(subs.feed(*first)->title, QStringLiteral("The harbour"));
        QVERIFY(subs.removeFeed(*first));
        QVERIFY(subs.feeds().isEmpty());
    }

    void shouldKeepFeedsInFoldersAndCountUnreadEntries()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        const qint64 news = subs.addFolder(QStringLiteral("News"));
        const qint64 local = subs.addFolder(QStringLiteral("Local"), news);
        QCOMPARE(subs.addFolder(QStringLiteral("News")), news);
        const qint64 a = *subs.addFeed(QStringLiteral("http://127.0.0.1:1/a"), QString(), news);
        const qint64 b = *subs.addFeed(QStringLiteral("http://127.0.0.1:1/b"), QString(), local);
        for (int i = 0; i < 3; ++i) {
            Subscriptions::Entry e;
            e.feed = i < 2 ? a : b;
            e.guid = QStringLiteral("entry-%1").arg(i);
            e.link = QStringLiteral("http://127.0.0.1:1/story/%1").arg(i);
            QVERIFY(subs.addEntry(e) > 0);
        }
        QCOMPARE(subs.feed(a)->unread, 2);
        QCOMPARE(subs.unreadInFolder(news), 3); // the folder inside it counts too
        QCOMPARE(subs.unreadInFolder(local), 1);
        QVERIFY(subs.setRead(subs.entries(a).front().id, true));
        QCOMPARE(subs.feed(a)->unread, 1);
        QVERIFY(subs.markAllRead(a));
        QCOMPARE(subs.feed(a)->unread, 0);
        QVERIFY(subs.markFolderRead(news));
        QCOMPARE(subs.feed(b)->unread, 0);
        // A removed folder keeps its feeds, out of any folder.
        QVERIFY(subs.removeFolder(news));
        QCOMPARE(subs.feeds().size(), 2);
        QCOMPARE(subs.feed(a)->folder, 0);
    }

    void shouldFindAnEntryByItsIdThenByItsLink()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        const qint64 feed = *subs.addFeed(QStringLiteral("http://127.0.0.1:1/a"));
        Subscriptions::Entry e;
        e.feed = feed;
        e.guid = QStringLiteral("tag:example,2026:1");
        e.link = QStringLiteral("http://127.0.0.1:1/one");
        const qint64 id = subs.addEntry(e);
        QCOMPARE(subs.findEntry(feed, e.guid, QString())->id, id);
        QCOMPARE(subs.findEntry(feed, QString(), e.link)->id, id);
        QCOMPARE(subs.findEntry(feed, QStringLiteral("other"), e.link)->id, id);
        QVERIFY(!subs.findEntry(feed, QStringLiteral("other"), QStringLiteral("http://127.0.0.1:1/two")));
    }

    void shouldRememberWhatTheLastFetchSaid()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Subscriptions subs(db);
        const qint64 feed = *subs.addFeed(QStringLiteral("http://127.0.0.1:1/old"));
        Subscriptions::FetchOutcome ok;
        ok.ok = true;
        ok.etag = QStringLiteral("\"v1\"");
        ok.lastModified = QStringLiteral("Tue, 01 Dec 2026 08:00:00 GMT");
        ok.title = QStringLiteral("The Courier");
        QVERIFY(subs.recordFetch(feed, ok));
        auto f = subs.feed(feed);
        QCOMPARE(f->etag, ok.etag);
        QCOMPARE(f->title, QStringLiteral("The Courier"));
        QVERIFY(!f->lastSuccess.isEmpty());
        QVERIFY(f->error.isEmpty());

        Subscriptions::FetchOutcome failed;
        failed.error = QStringLiteral("The server answered 500.");
        QVERIFY(subs.recordFetch(feed, failed));
        f = subs.feed(feed);
        QCOMPARE(f->error, failed.error);
        QCOMPARE(f->etag, ok.etag); // validators stay for the next try
        QVERIFY(!f->lastSuccess.isEmpty());

        Subscriptions::FetchOutcome moved = ok;
        moved.movedTo = QStringLiteral("http://127.0.0.1:1/new");
        moved.etag.clear();
        moved.lastModified.clear();
        QVERIFY(subs.recordFetch(feed, moved));
        QCOMPARE(subs.feed(feed)->url, moved.movedTo);
        QVERIFY(subs.feed(feed)->etag.isEmpty());

        Subscriptions::FetchOutcome gone;
        gone.error = QStringLiteral("gone");
        gone.gone = true;
        QVERIFY(subs.recordFetch(feed, gone));
        QVERIFY(subs.feed(feed)->gone);
    }
};

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "tst_subscriptions.moc"
