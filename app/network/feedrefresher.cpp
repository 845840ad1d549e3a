#include "feedrefresher.h"

#include "feeddiscovery.h"

#include "article/article.h"
#include "article/extraction.h"
#include "extract/extractor.h"
#include "library/librarydatabase.h"
#include "library/subscriptions.h"
#include "load/articleloader.h"
#include "load/feedparser.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

struct FeedRefresher::PendingEntry
{
    FeedEntry entry;
    Article article;
    Extraction extraction;
    bool wantsPage = false;
    QString pageError; // the page could not be fetched or read; the summary is kept
};

struct FeedRefresher::ParsedEntries
{
    bool isFeed = false;
    QString error;
    QString title;
    QString site;
    QList<std::shared_ptr<PendingEntry>> entries; // new ones only
};

struct FeedRefresher::FeedState
{
    Subscriptions::Feed feed;
    FeedResult result;
    Subscriptions::FetchOutcome outcome;
    QList<std::shared_ptr<PendingEntry>> ready; // extracted, waiting for the rest of the feed
    int pending = 0;      // entries being fetched or extracted
    bool read = false;    // the feed itself has been fetched and read
    bool done = false;
};

namespace {

// Loads fetched bytes as the loader would a file of that name (feeds, pages, JSON Feed alike).
ArticleLoader::Result loadFetched(const HttpFetcher::Response &response, const QString &fallbackName)
{
    QString name = QFileInfo(response.finalUrl.path()).fileName();
    if (name.isEmpty() || !name.contains(u'.'))
        name = fallbackName;
    return ArticleLoader::loadBytes(QByteArray(response.body), name);
}

// The feed in a fetched answer. An empty feed is a feed (the loader, made for files a reader
// opens, refuses one); anything else goes through the loader, which knows every feed format.
struct ParsedFeed
{
    bool isFeed = false;
    Feed feed;
    QString error;
    QString formatName;
};

ParsedFeed parseFeed(const HttpFetcher::Response &response)
{
    ParsedFeed parsed;
    if (FeedParser::looksLikeFeed(QByteArrayView(response.body.constData(), qMin<qsizetype>(response.body.size(), 4096)))) {
        FeedParser::Result result = FeedParser::parse(response.body);
        if (result.ok()) {
            parsed.isFeed = true;
            parsed.feed = std::move(result.feed);
            return parsed;
        }
    }
    ArticleLoader::Result loaded = loadFetched(response, QStringLiteral("feed.xml"));
    parsed.isFeed = loaded.ok() && loaded.format == ArticleLoader::Format::Feed;
    parsed.feed = std::move(loaded.feed);
    parsed.error = loaded.error;
    parsed.formatName = ArticleLoader::formatName(loaded.format);
    return parsed;
}

int bodyLength(const Article &article)
{
    int length = 0;
    for (int i = 0; i < article.blocks().size(); ++i) {
        if (article.blocks().at(i).paragraph >= 0)
            length += article.blocks().at(i).length;
    }
    return length;
}

} // namespace

FeedRefresher::FeedRefresher(LibraryDatabase &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_subscriptions(std::make_unique<Subscriptions>(database))
    , m_writer(std::make_unique<RefreshWriter>(database.path()))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<FeedRefresher::FeedResult>();
    // Reading and extraction; the writer and the window have a thread each besides.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

FeedRefresher::~FeedRefresher()
{
    *m_cancelled = true;
    m_fetcher.cancelAll();
    m_pool.waitForDone();
    m_writer.reset();
    qDeleteAll(m_feeds);
}

void FeedRefresher::offThread(std::function<void()> work, std::function<void()> then)
{
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    const int generation = m_generation;
    m_pool.start([this, work = std::move(work), then = std::move(then), cancelled, generation] {
        if (*cancelled)
            return;
        work();
        if (*cancelled)
            return;
        // Queued to this object: dropped unsaid if it is gone by then (its destructor waits for
        // the pool, so it is alive while this runs).
        QMetaObject::invokeMethod(
            this,
            [this, then, cancelled, generation] {
                if (!*cancelled && generation == m_generation)
                    then();
            },
            Qt::QueuedConnection);
    });
}

void FeedRefresher::cancel()
{
    if (!m_running)
        return;
    *m_cancelled = true;
    m_writer->discardQueued();
    m_fetcher.cancelAll();
    // What is still extracting or being written comes back and is dropped; the feeds not done
    // end as cancelled.
    for (FeedState *state : std::as_const(m_feeds)) {
        if (!state->done) {
            state->result.error = tr("Cancelled.");
            state->pending = 0;
            feedDone(state);
        }
    }
}

void FeedRefresher::refresh(const QList<qint64> &feeds)
{
    if (m_running)
        return;
    // One query for every subscription, not one per feed.
    QHash<qint64, Subscriptions::Feed> known;
    QList<qint64> ids = feeds;
    for (const Subscriptions::Feed &f : m_subscriptions->feeds()) {
        known.insert(f.id, f);
        if (feeds.isEmpty())
            ids.append(f.id);
    }
    m_running = true;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    ++m_generation;
    m_results.clear();
    qDeleteAll(m_feeds);
    m_feeds.clear();
    m_total = int(ids.size());
    emit progress(0, m_total);
    for (qint64 id : std::as_const(ids)) {
        auto *state = new FeedState;
        m_feeds.append(state);
        state->result.feed = id;
        const auto feed = known.constFind(id);
        if (feed == known.cend()) {
            state->result.error = tr("No such subscription.");
            feedDone(state);
            continue;
        }
        state->feed = *feed;
        startFeed(state);
    }
    finishIfDone();
}

void FeedRefresher::startFeed(FeedState *state)
{
    const Subscriptions::Feed &feed = state->feed;
    state->result.url = feed.url;
    state->result.title = feed.title;
    if (feed.gone) {
        state->result.error = tr("The feed is gone from its server (410); it is no longer fetched.");
        feedDone(state);
        return;
    }
    const QDateTime wait = QDateTime::fromString(feed.retryAfter, Qt::ISODate);
    if (wait.isValid() && wait > QDateTime::currentDateTimeUtc()) {
        state->result.error = tr("The server asked to wait until %1.")
                                  .arg(QLocale().toString(wait.toLocalTime(), QLocale::ShortFormat));
        feedDone(state);
        return;
    }
    HttpFetcher::Request request;
    request.url = QUrl(feed.url);
    request.etag = feed.etag;
    request.lastModified = feed.lastModified;
    m_fetcher.fetch(request, [this, state](const HttpFetcher::Response &r) { readFeed(state, r); });
}

void FeedRefresher::readFeed(FeedState *state, const HttpFetcher::Response &response)
{
    if (state->done)
        return;
    if (response.failure == HttpFetcher::Failure::Cancelled) {
        state->result.error = response.error;
        feedDone(state);
        return;
    }
    Subscriptions::FetchOutcome &outcome = state->outcome;
    if (!response.ok()) {
        outcome.error = response.error;
        outcome.gone = response.status == 410;
        if (response.retryAfter.isValid())
            outcome.retryAfter = response.retryAfter.toString(Qt::ISODate);
        state->result.error = response.error;
        state->read = true;
        writeFeed(state);
        return;
    }
    outcome.etag = response.etag;
    outcome.lastModified = response.lastModified;
    if (response.movedPermanently)
        outcome.movedTo = response.finalUrl.toString();
    if (response.notModified) {
        outcome.ok = true;
        state->read = true;
        writeFeed(state);
        return;
    }
    // What is stored already, in one small query; the feed itself is read on the pool.
    const QSet<QString> known = m_subscriptions->entryKeys(state->feed.id);
    const Subscriptions::FullArticle mode = state->feed.fullArticle;
    auto parsed = std::make_shared<ParsedEntries>();
    offThread(
        [parsed, response, known, mode] {
            ParsedFeed loaded = parseFeed(response);
            parsed->isFeed = loaded.isFeed;
            if (!loaded.isFeed) {
                parsed->error = loaded.error.isEmpty()
                                    ? FeedRefresher::tr("The address gives a %1, not a feed.").arg(loaded.formatName)
                                    : loaded.error;
                return;
            }
            parsed->title = loaded.feed.title;
            parsed->site = loaded.feed.link;
            // A feed listing an entry twice stores it once.
            QSet<QString> seen = known;
            for (FeedEntry &entry : loaded.feed.entries) {
                if ((!entry.id.isEmpty() && seen.contains(entry.id)) || (!entry.link.isEmpty() && seen.contains(entry.link)))
                    continue;
                if (!entry.id.isEmpty())
                    seen.insert(entry.id);
                if (!entry.link.isEmpty())
                    seen.insert(entry.link);
                auto pending = std::make_shared<PendingEntry>();
                pending->article = ArticleLoader::articleFromFeedEntry(entry);
                pending->wantsPage = mode == Subscriptions::FullArticle::Always
                                     || (mode == Subscriptions::FullArticle::WhenShort
                                         && bodyLength(pending->article) < ShortEntryLength);
                pending->entry = std::move(entry);
                parsed->entries.append(pending);
            }
        },
        [this, state, parsed] { feedParsed(state, parsed); });
}

void FeedRefresher::feedParsed(FeedState *state, const std::shared_ptr<ParsedEntries> &parsed)
{
    if (state->done)
        return;
    Subscriptions::FetchOutcome &outcome = state->outcome;
    if (!parsed->isFeed) {
        outcome.error = parsed->error;
        state->result.error = parsed->error;
        state->read = true;
        writeFeed(state);
        return;
    }
    outcome.ok = true;
    outcome.title = parsed->title;
    outcome.site = parsed->site;
    if (state->result.title.isEmpty())
        state->result.title = parsed->title;
    state->pending = int(parsed->entries.size());
    state->read = true;
    for (const std::shared_ptr<PendingEntry> &entry : std::as_const(parsed->entries)) {
        if (entry->wantsPage && HttpFetcher::isAllowed(QUrl(entry->entry.link)))
            fetchPage(state, entry);
        else
            extract(state, entry, HttpFetcher::Response());
    }
    if (state->pending == 0)
        writeFeed(state);
}

void FeedRefresher::fetchPage(FeedState *state, const std::shared_ptr<PendingEntry> &entry)
{
    HttpFetcher::Request request;
    request.url = QUrl(entry->entry.link);
    request.accept = QByteArrayLiteral("text/html, application/xhtml+xml;q=0.9, */*;q=0.1");
    // Only the page itself: its scripts never run and nothing it refers to (images, styles,
    // frames) is asked for; reader mode reads the text out of it.
    m_fetcher.fetch(request, [this, state, entry](const HttpFetcher::Response &r) {
        if (state->done)
            return;
        extract(state, entry, r);
    });
}

void FeedRefresher::extract(FeedState *state, const std::shared_ptr<PendingEntry> &entry,
                            const HttpFetcher::Response &page)
{
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    const bool fetched = entry->wantsPage && !page.requested.isEmpty();
    offThread(
        [entry, page, fetched, cancelled] {
            static const Extractor extractor;
            if (fetched) {
                ArticleLoader::Result loaded;
                if (page.ok() && !page.notModified)
                    loaded = loadFetched(page, QStringLiteral("page.html"));
                if (page.ok() && loaded.ok() && loaded.format == ArticleLoader::Format::Html
                    && !loaded.article.isEmpty() && bodyLength(loaded.article) > bodyLength(entry->article)) {
                    Article full = std::move(loaded.article);
                    if (full.title().isEmpty())
                        full.setTitle(entry->entry.title);
                    if (full.date().isEmpty())
                        full.setDate(entry->entry.date);
                    full.setLink(entry->entry.link);
                    full.setFormatName(FeedRefresher::tr("web page"));
                    entry->article = std::move(full);
                } else if (!page.ok() || !loaded.ok()) {
                    entry->pageError = entry->entry.link + QStringLiteral(": ") + (page.ok() ? loaded.error : page.error);
                }
            }
            entry->extraction = extractor.extract(entry->article, cancelled.get());
        },
        [this, state, entry] { entryReady(state, entry); });
}

void FeedRefresher::entryReady(FeedState *state, const std::shared_ptr<PendingEntry> &entry)
{
    if (state->done)
        return;
    if (!entry->pageError.isEmpty())
        state->result.entryErrors.append(entry->pageError);
    state->ready.append(entry);
    if (--state->pending == 0)
        writeFeed(state);
}

void FeedRefresher::writeFeed(FeedState *state)
{
    RefreshWriter::Job job;
    job.feed = state->feed.id;
    job.feedUrl = state->feed.url;
    job.outcome = state->outcome;
    for (const std::shared_ptr<PendingEntry> &e : std::as_const(state->ready))
        job.entries.append({std::move(e->entry), std::move(e->article), std::move(e->extraction)});
    state->ready.clear();
    const int generation = m_generation;
    m_writer->write(std::move(job), [this, state, generation](const RefreshWriter::Result &written) {
        // On the writer's thread; the rest happens on ours (the writer is gone before we are).
        QMetaObject::invokeMethod(
            this,
            [this, state, generation, written] {
                if (generation != m_generation || state->done)
                    return;
                state->result.added += written.added;
                state->result.updated += written.updated;
                state->result.entryErrors += written.entryErrors;
                if (!written.error.isEmpty() && state->result.error.isEmpty())
                    state->result.error = tr("The library could not store the feed: %1").arg(written.error);
                if (!written.url.isEmpty())
                    state->result.url = written.url;
                if (!written.title.isEmpty())
                    state->result.title = written.title;
                feedDone(state);
            },
            Qt::QueuedConnection);
    });
}

void FeedRefresher::feedDone(FeedState *state)
{
    if (state->done)
        return;
    state->done = true;
    state->ready.clear();
    m_results.append(state->result);
    emit feedFinished(state->result);
    emit progress(int(m_results.size()), m_total);
    // Called from inside refresh() too: finishing waits until every feed has been started.
    QMetaObject::invokeMethod(this, &FeedRefresher::finishIfDone, Qt::QueuedConnection);
}

void FeedRefresher::finishIfDone()
{
    if (!m_running || m_results.size() < m_total)
        return;
    m_running = false;
    const QList<FeedResult> results = m_results;
    emit finished(results);
}

void FeedRefresher::subscribe(const QUrl &address, qint64 folder)
{
    subscribeStep(address, folder, true);
}

void FeedRefresher::subscribeStep(const QUrl &address, qint64 folder, bool mayDiscover)
{
    HttpFetcher::Request request;
    request.url = address;
    m_fetcher.fetch(request, [this, address, folder, mayDiscover](const HttpFetcher::Response &r) {
        if (!r.ok()) {
            emit subscribed(0, QString(), r.error);
            return;
        }
        // Read on the pool, as in a refresh (the destructor waits for it), but not part of one:
        // not dropped when a refresh is cancelled or begins.
        auto result = std::make_shared<ParsedFeed>();
        m_pool.start([this, r, result, address, folder, mayDiscover] {
            *result = parseFeed(r);
            QMetaObject::invokeMethod(
                this,
                [this, r, result, address, folder, mayDiscover] {
                    subscribeParsed(address, r, folder, mayDiscover, result->isFeed, result->feed.title.simplified());
                },
                Qt::QueuedConnection);
        });
    });
}

void FeedRefresher::subscribeParsed(const QUrl &address, const HttpFetcher::Response &r, qint64 folder,
                                    bool mayDiscover, bool isFeed, const QString &title)
{
    if (isFeed) {
        const QString url = (r.movedPermanently ? r.finalUrl : address).toString();
        const auto id = m_subscriptions->addFeed(url, title, folder);
        if (!id) {
            emit subscribed(0, QString(), m_subscriptions->lastError());
            return;
        }
        emit subscribed(*id, title, QString());
        return;
    }
    // A web page: the feed it names for itself, if any.
    const QList<QUrl> links = FeedDiscovery::feedLinks(r.body, r.finalUrl);
    if (!mayDiscover || links.isEmpty()) {
        emit subscribed(0, QString(), tr("No feed was found at %1.").arg(address.toDisplayString()));
        return;
    }
    // One step only: the page's feed must be a feed, not another page.
    subscribeStep(links.front(), folder, false);
}
