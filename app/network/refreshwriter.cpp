#include "refreshwriter.h"

#include "httpfetcher.h"

#include "library/library.h"
#include "library/librarydatabase.h"
#include "library/sqlhelpers.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QUrl>

namespace {

// How many feeds one transaction takes at most: enough to share the commit, few enough that a
// reader's own write (an article opened) never waits long for the lock.
constexpr int MaxBatch = 16;

// An entry is known by its own address; one without a web address of its own by its feed and its
// id (or title and date).
QString sourceOf(const QString &feedUrl, const FeedEntry &e)
{
    if (HttpFetcher::isAllowed(QUrl(e.link)))
        return e.link;
    const QString key = !e.id.isEmpty() ? e.id : e.title + u'\n' + e.date;
    return feedUrl + QStringLiteral("#")
           + QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

RefreshWriter::Result writeJob(Library &library, Subscriptions &subscriptions, const RefreshWriter::Job &job)
{
    RefreshWriter::Result result;
    // Checked again here, where it is certain: a refresh cancelled a moment ago may have stored
    // these entries after the new one looked.
    const QSet<QString> stored = job.entries.isEmpty() ? QSet<QString>() : subscriptions.entryKeys(job.feed);
    for (const RefreshWriter::Entry &e : job.entries) {
        if ((!e.entry.id.isEmpty() && stored.contains(e.entry.id))
            || (!e.entry.link.isEmpty() && stored.contains(e.entry.link)))
            continue;
        const QString source = sourceOf(job.feedUrl, e.entry);
        qint64 article = 0;
        const auto status = library.add(source, e.article, e.extraction, &article);
        if (!status) {
            result.entryErrors.append(source + QStringLiteral(": ") + library.lastError());
            continue;
        }
        Subscriptions::Entry row;
        row.feed = job.feed;
        row.guid = e.entry.id;
        row.link = e.entry.link;
        row.title = e.entry.title;
        row.published = e.entry.date;
        row.article = article;
        if (subscriptions.addEntry(row) > 0)
            ++result.added;
        else
            result.entryErrors.append(source + QStringLiteral(": ") + subscriptions.lastError());
        if (*status == Library::AddStatus::Updated)
            ++result.updated;
    }
    if (!subscriptions.recordFetch(job.feed, job.outcome))
        result.error = subscriptions.lastError();
    if (const auto feed = subscriptions.feed(job.feed)) {
        result.url = feed->url;
        result.title = feed->title;
    }
    return result;
}

} // namespace

RefreshWriter::RefreshWriter(const QString &libraryPath)
    : m_path(libraryPath)
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("RefreshWriter"));
    m_thread->start();
}

RefreshWriter::~RefreshWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.wakeAll();
    m_thread->wait();
}

void RefreshWriter::write(Job job, Done done)
{
    {
        QMutexLocker lock(&m_mutex);
        m_queue.append({std::move(job), std::move(done)});
    }
    m_wake.wakeOne();
}

void RefreshWriter::discardQueued()
{
    QMutexLocker lock(&m_mutex);
    m_queue.clear();
}

void RefreshWriter::run()
{
    LibraryDatabase db;
    const bool open = db.open(m_path) && !db.isReadOnly();
    const QString openError = open ? QString() : (db.error().isEmpty() ? db.warning() : db.error());
    std::unique_ptr<Library> library;
    std::unique_ptr<Subscriptions> subscriptions;
    if (open) {
        library = std::make_unique<Library>(db);
        subscriptions = std::make_unique<Subscriptions>(db);
    }
    for (;;) {
        QList<Queued> batch;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.isEmpty() && !m_stopping)
                m_wake.wait(&m_mutex);
            if (m_stopping)
                return;
            while (!m_queue.isEmpty() && batch.size() < MaxBatch)
                batch.append(m_queue.takeFirst());
        }
        QList<Result> results;
        if (!open) {
            for (int i = 0; i < batch.size(); ++i) {
                Result failed;
                failed.error = openError;
                results.append(failed);
            }
        } else {
            // One commit for the batch; each article still rolls back alone (a savepoint) when it fails.
            SqlHelpers::Transaction transaction(db.connection());
            if (transaction.isOpen())
                library->beginBatch();
            for (const Queued &q : std::as_const(batch))
                results.append(writeJob(*library, *subscriptions, q.job));
            const bool counted = !transaction.isOpen() || library->endBatch();
            if (transaction.isOpen() && (!counted || !transaction.commit())) {
                const QString error = counted ? db.connection().lastError().text() : library->lastError();
                for (Result &r : results) {
                    r.error = error;
                    r.added = r.updated = 0;
                }
            }
        }
        for (int i = 0; i < batch.size(); ++i)
            batch.at(i).done(results.at(i));
    }
}
