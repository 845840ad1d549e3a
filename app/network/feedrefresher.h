#pragma once

#include "httpfetcher.h"
#include "refreshwriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

class LibraryDatabase;
class Subscriptions;

// Refreshes subscriptions into the library: fetches each feed (conditionally, politely, through
// HttpFetcher), reads its entries, fetches the linked page through reader mode when an entry
// carries only a summary, extracts who said what, and stores each new entry as a library article.
// Feeds that answered 410 are not asked again; 429 and 503 are asked again only after their
// Retry-After. Errors belong to their feed: the rest of the refresh goes on. The caller's thread
// (the window's) only starts requests and hands work on: feeds and pages are read and extracted
// on a thread pool, and everything is written by a RefreshWriter on a thread and a connection of
// its own, a feed in one transaction, many feeds to a commit.
class FeedRefresher : public QObject
{
    Q_OBJECT

public:
    // Text below this many characters makes an entry "summary only": its page is fetched.
    static constexpr int ShortEntryLength = 600;

    struct FeedResult
    {
        qint64 feed = 0;
        QString url;
        QString title;
        int added = 0;      // new entries stored
        int updated = 0;    // entries whose article changed
        QString error;      // why the feed could not be read, empty when it was
        QStringList entryErrors; // pages of entries that could not be fetched (the summary was kept)
    };

    FeedRefresher(LibraryDatabase &database, QObject *parent = nullptr);
    ~FeedRefresher() override;

    HttpFetcher &fetcher() { return m_fetcher; }

    // Refreshes the given feeds, or every subscription when the list is empty. Ignored while a
    // refresh runs.
    void refresh(const QList<qint64> &feeds = {});
    // Subscribes to an address: a feed, or a web page that names its feed (auto-discovery);
    // then refreshes it. subscribed() tells the outcome.
    void subscribe(const QUrl &address, qint64 folder = 0);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void subscribed(qint64 feed, const QString &title, const QString &error);
    void feedFinished(const FeedRefresher::FeedResult &result);
    void progress(int done, int total);
    void finished(const QList<FeedRefresher::FeedResult> &results);

private:
    struct PendingEntry;
    struct FeedState;
    struct ParsedEntries;

    void subscribeStep(const QUrl &address, qint64 folder, bool mayDiscover);
    void subscribeParsed(const QUrl &address, const HttpFetcher::Response &response, qint64 folder, bool mayDiscover,
                         bool isFeed, const QString &title);
    void startFeed(FeedState *state);
    void readFeed(FeedState *state, const HttpFetcher::Response &response);
    void feedParsed(FeedState *state, const std::shared_ptr<ParsedEntries> &parsed);
    void fetchPage(FeedState *state, const std::shared_ptr<PendingEntry> &entry);
    void extract(FeedState *state, const std::shared_ptr<PendingEntry> &entry, const HttpFetcher::Response &page);
    void entryReady(FeedState *state, const std::shared_ptr<PendingEntry> &entry);
    void writeFeed(FeedState *state);
    void feedDone(FeedState *state);
    void finishIfDone();
    // Runs work on the pool and then on this thread, unless the refresh was cancelled or
    // replaced by then.
    void offThread(std::function<void()> work, std::function<void()> then);

    LibraryDatabase &m_database;
    std::unique_ptr<Subscriptions> m_subscriptions;
    HttpFetcher m_fetcher;
    QThreadPool m_pool;
    std::unique_ptr<RefreshWriter> m_writer;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QList<FeedState *> m_feeds;
    QList<FeedResult> m_results;
    int m_generation = 0;
    int m_total = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(FeedRefresher::FeedResult)
