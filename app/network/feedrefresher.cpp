#include "feedrefresher.h"

#include "feeddiscovery.h"

#include "article/article.h"
#include "article/extraction.h"
#include "extract/extractor.h"
#include "library/library.h"
#include "library/librarydatabase.h"
#include "library/subscriptions.h"
#include "load/articleloader.h"
#include "load/feedparser.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QPointer>

struct FeedRefresher::PendingEntry
{
    FeedEntry entry;
    Article article;
    Extraction extraction;
};

struct FeedRefresher::FeedState
{
    Subscriptions::Feed feed;
    FeedResult result;
    Subscriptions::FetchOutcome outcome;
    QSet<QString> seen;   // guids and links of this fetch, so a feed listing one twice stores it once
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
    , m_library(std::make_unique<Library>(database))
    , m_subscriptions(std::make_unique<Subscriptions>(database))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<FeedRefresher::FeedResult>();
    // Extraction only; the window keeps a core of its own.
    m_pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

FeedRefresher::~FeedRefresher()
{
    *m_cancelled = true;
    m_fetcher.cancelAll();
    m_pool.waitForDone();
    qDeleteAll(m_feeds);
}

void FeedRefresher::cancel()
{
    if (!m_running)
        return;
    *m_cancelled = true;
    m_fetcher.cancelAll();
    // What is still extracting comes back and is dropped; the feeds not done end as cancelled.
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
    QList<qint64> ids = feeds;
    if (ids.isEmpty()) {
        for (const Subscriptions::Feed &f : m_subscriptions->feeds())
            ids.append(f.id);
    }
    m_running = true;
    *m_cancelled = false;
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    m_results.clear();
    qDeleteAll(m_feeds);
    m_feeds.clear();
    m_total = int(ids.size());
    emit progress(0, m_total);
    for (qint64 id : std::as_const(ids))
        startFeed(id);
    finishIfDone();
}

void FeedRefresher::startFeed(qint64 id)
{
    auto *state = new FeedState;
    m_feeds.append(state);
    const auto feed = m_subscriptions->feed(id);
    if (!feed) {
        state->result.feed = id;
        state->result.error = tr("No such subscription.");
        feedDone(state);
        return;
    }
    state->feed = *feed;
    state->result.feed = id;
    state->result.url = feed->url;
    state->result.title = feed->title;
    if (feed->gone) {
        state->result.error = tr("The feed is gone from its server (410); it is no longer fetched.");
        feedDone(state);
        return;
    }
    const QDateTime wait = QDateTime::fromString(feed->retryAfter, Qt::ISODate);
    if (wait.isValid() && wait > QDateTime::currentDateTimeUtc()) {
        state->result.error = tr("The server asked to wait until %1.")
                                  .arg(QLocale().toString(wait.toLocalTime(), QLocale::ShortFormat));
        feedDone(state);
        return;
    }
    HttpFetcher::Request request;
    request.url = QUrl(feed->url);
    request.etag = feed->etag;
    request.lastModified = feed->lastModified;
    m_fetcher.fetch(request, [this, state](const HttpFetcher::Response &r) { readFeed(state, r); });
}

void FeedRefresher::readFeed(FeedState *state, const HttpFetcher::Response &response)
{
    if (state->done)
        return;
    Subscriptions::FetchOutcome &outcome = state->outcome;
    if (!response.ok()) {
        outcome.error = response.error;
        outcome.gone = response.status == 410;
        if (response.retryAfter.isValid())
            outcome.retryAfter = response.retryAfter.toString(Qt::ISODate);
        state->result.error = response.error;
        m_subscriptions->recordFetch(state->feed.id, outcome);
        feedDone(state);
        return;
    }
    outcome.etag = response.etag;
    outcome.lastModified = response.lastModified;
    if (response.movedPermanently)
        outcome.movedTo = response.finalUrl.toString();
    if (response.notModified) {
        outcome.ok = true;
        m_subscriptions->recordFetch(state->feed.id, outcome);
        feedDone(state);
        return;
    }
    const ParsedFeed loaded = parseFeed(response);
    if (!loaded.isFeed) {
        outcome.error = loaded.error.isEmpty() ? tr("The address gives a %1, not a feed.").arg(loaded.formatName)
                                               : loaded.error;
        state->result.error = outcome.error;
        m_subscriptions->recordFetch(state->feed.id, outcome);
        feedDone(state);
        return;
    }
    outcome.ok = true;
    outcome.title = loaded.feed.title;
    outcome.site = loaded.feed.link;
    if (state->result.title.isEmpty())
        state->result.title = loaded.feed.title;
    for (const FeedEntry &entry : std::as_const(loaded.feed.entries)) {
        const bool seen = (!entry.id.isEmpty() && state->seen.contains(entry.id))
                          || (!entry.link.isEmpty() && state->seen.contains(entry.link));
        if (seen || m_subscriptions->findEntry(state->feed.id, entry.id, entry.link))
            continue;
        if (!entry.id.isEmpty())
            state->seen.insert(entry.id);
        if (!entry.link.isEmpty())
            state->seen.insert(entry.link);
        auto pending = std::make_shared<PendingEntry>();
        pending->entry = entry;
        ++state->pending;
        addEntry(state, pending);
    }
    state->read = true;
    if (state->pending == 0) {
        m_subscriptions->recordFetch(state->feed.id, outcome);
        feedDone(state);
    }
}

void FeedRefresher::addEntry(FeedState *state, std::shared_ptr<PendingEntry> entry)
{
    entry->article = ArticleLoader::articleFromFeedEntry(entry->entry);
    const QUrl link(entry->entry.link);
    const auto mode = state->feed.fullArticle;
    const bool wantsPage = mode == Subscriptions::FullArticle::Always
                           || (mode == Subscriptions::FullArticle::WhenShort
                               && bodyLength(entry->article) < ShortEntryLength);
    if (!wantsPage || !HttpFetcher::isAllowed(link)) {
        extract(state, entry);
        return;
    }
    HttpFetcher::Request request;
    request.url = link;
    request.accept = QByteArrayLiteral("text/html, application/xhtml+xml;q=0.9, */*;q=0.1");
    // Only the page itself: its scripts never run and nothing it refers to (images, styles,
    // frames) is asked for; reader mode reads the text out of it.
    m_fetcher.fetch(request, [this, state, entry](const HttpFetcher::Response &r) {
        if (state->done)
            return;
        ArticleLoader::Result page;
        if (r.ok() && !r.notModified)
            page = loadFetched(r, QStringLiteral("page.html"));
        if (r.ok() && page.ok() && page.format == ArticleLoader::Format::Html && !page.article.isEmpty()
            && bodyLength(page.article) > bodyLength(entry->article)) {
            Article full = std::move(page.article);
            if (full.title().isEmpty())
                full.setTitle(entry->entry.title);
            if (full.date().isEmpty())
                full.setDate(entry->entry.date);
            full.setLink(entry->entry.link);
            full.setFormatName(tr("web page"));
            entry->article = std::move(full);
        } else if (!r.ok() || !page.ok()) {
            state->result.entryErrors.append(entry->entry.link + QStringLiteral(": ")
                                             + (r.ok() ? page.error : r.error));
        }
        extract(state, entry);
    });
}

void FeedRefresher::extract(FeedState *state, std::shared_ptr<PendingEntry> entry)
{
    QPointer<FeedRefresher> self(this);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    m_pool.start([self, state, entry, cancelled] {
        static const Extractor extractor;
        if (*cancelled)
            return;
        entry->extraction = extractor.extract(entry->article, cancelled.get());
        if (*cancelled || !self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, state, entry, cancelled] {
                if (self && !*cancelled)
                    self->store(state, entry);
            },
            Qt::QueuedConnection);
    });
}

void FeedRefresher::store(FeedState *state, std::shared_ptr<PendingEntry> entry)
{
    if (state->done)
        return;
    const FeedEntry &e = entry->entry;
    QString source = e.link;
    if (!HttpFetcher::isAllowed(QUrl(source))) {
        // An entry with no web address of its own is known by its feed and its id (or title).
        const QString key = !e.id.isEmpty() ? e.id : e.title + u'\n' + e.date;
        source = state->feed.url + QStringLiteral("#")
                 + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    }
    qint64 article = 0;
    const auto status = m_library->add(source, entry->article, entry->extraction, &article);
    if (!status) {
        state->result.entryErrors.append(source + QStringLiteral(": ") + m_library->lastError());
    } else {
        Subscriptions::Entry stored;
        stored.feed = state->feed.id;
        stored.guid = e.id;
        stored.link = e.link;
        stored.title = e.title;
        stored.published = e.date;
        stored.article = article;
        if (m_subscriptions->addEntry(stored) > 0)
            ++state->result.added;
        if (*status == Library::AddStatus::Updated)
            ++state->result.updated;
    }
    if (--state->pending == 0 && state->read) {
        m_subscriptions->recordFetch(state->feed.id, state->outcome);
        feedDone(state);
    }
}

void FeedRefresher::feedDone(FeedState *state)
{
    if (state->done)
        return;
    state->done = true;
    if (const auto feed = m_subscriptions->feed(state->feed.id)) {
        state->result.url = feed->url;
        if (!feed->title.isEmpty())
            state->result.title = feed->title;
    }
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
        const ParsedFeed loaded = parseFeed(r);
        if (loaded.isFeed) {
            const QString url = (r.movedPermanently ? r.finalUrl : address).toString();
            const auto id = m_subscriptions->addFeed(url, loaded.feed.title.simplified(), folder);
            if (!id) {
                emit subscribed(0, QString(), m_subscriptions->lastError());
                return;
            }
            emit subscribed(*id, loaded.feed.title.simplified(), QString());
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
    });
}
