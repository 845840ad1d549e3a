#include "articlesession.h"

#include "models/feedentrymodel.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>

namespace {

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// What tells one version of a file from the next without reading it.
QString fileStamp(const QString &path)
{
    const QFileInfo info(path);
    return info.lastModified().toString(Qt::ISODateWithMs) + u' ' + QString::number(info.size());
}

} // namespace

ArticleSession::ArticleSession(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    // Saving editors write several times in a row; read the file once they are done.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &ArticleSession::fileChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
}

ArticleSession::~ArticleSession()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_job)
        m_job->waitForFinished();
}

void ArticleSession::openFile(const QString &path, const QFont &font)
{
    openFile(path, font, ReaderPlace());
}

void ArticleSession::openFile(const QString &path, const QFont &font, const ReaderPlace &place)
{
    m_keep = place;
    start(Mode::Open, tr("Opening %1…").arg(displayName(path)), font,
          [path, font](ArticleJob::Promise &promise, const ArticleJob::CancelFlag &cancel) {
              ArticleJob::openFile(promise, path, font, cancel);
          });
}

void ArticleSession::reload(const QFont &font, const ReaderPlace &place)
{
    if (m_path.isEmpty())
        return;
    m_keep = place;
    start(Mode::Reload, tr("Reloading %1…").arg(displayName(m_path)), font,
          [path = m_path, font, encoding = m_encoding](ArticleJob::Promise &promise,
                                                       const ArticleJob::CancelFlag &cancel) {
              ArticleJob::openFile(promise, path, font, cancel, encoding);
          });
}

void ArticleSession::openFeedEntry(int row, const QFont &font)
{
    if (row < 0 || row >= m_feed.entries.size())
        return;
    if (m_mode != Mode::Reload)
        m_keep = {};
    m_entry = row;
    emit entryChanged(row);
    const FeedEntry &entry = m_feed.entries.at(row);
    start(Mode::FeedEntry, tr("Opening “%1”…").arg(FeedEntryModel::title(entry)), font,
          [entry, path = m_path, font](ArticleJob::Promise &promise, const ArticleJob::CancelFlag &cancel) {
              ArticleJob::openFeedEntry(promise, entry, path, font, cancel);
          });
}

void ArticleSession::openStored(const Article &article, const Extraction &extraction, const QString &source,
                                const QFont &font)
{
    m_keep = {};
    start(Mode::Stored, tr("Opening %1…").arg(article.title().isEmpty() ? displayName(source) : article.title()), font,
          [article, extraction, source, font](ArticleJob::Promise &promise, const ArticleJob::CancelFlag &cancel) {
              ArticleJob::openStored(promise, article, extraction, source, font, cancel);
          });
}

void ArticleSession::start(Mode mode, const QString &what, const QFont &font, Work work)
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    if (m_job) {
        // The old job sees its cancel flag soon; whatever it still reports is dropped.
        m_job->disconnect(this);
        connect(m_job, &QFutureWatcherBase::finished, m_job, &QObject::deleteLater);
    }
    m_job = new QFutureWatcher<ArticleJobResult>(this);
    m_mode = mode;
    m_font = font;
    m_shownText = false;
    m_ok = false;
    auto *watcher = m_job;
    connect(watcher, &QFutureWatcherBase::resultsReadyAt, this,
            [this, watcher](int begin, int end) { jobResults(watcher, begin, end); });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { jobFinished(watcher); });
    watcher->setFuture(QtConcurrent::run(
        [work = std::move(work), cancel = m_cancel](ArticleJob::Promise &promise) { work(promise, cancel); }));
    emit started(what);
}

void ArticleSession::cancel()
{
    if (!m_job)
        return;
    m_cancel->store(true);
    m_job->disconnect(this);
    connect(m_job, &QFutureWatcherBase::finished, m_job, &QObject::deleteLater);
    if (m_job->isFinished())
        m_job->deleteLater();
    m_job = nullptr;
    emit cancelled(m_shownText);
}

void ArticleSession::jobResults(QFutureWatcher<ArticleJobResult> *watcher, int begin, int end)
{
    if (watcher != m_job)
        return;
    for (int i = begin; i < end; ++i) {
        ArticleJobResult result = watcher->resultAt(i);
        switch (result.kind) {
        case ArticleJobResult::Kind::Error:
            emit failed(result.path, result.error, m_mode == Mode::Reload);
            break;
        case ArticleJobResult::Kind::Feed:
            showFeed(result.feed, result.path, m_font);
            return; // the feed's first entry is on its way in a job of its own
        case ArticleJobResult::Kind::Article:
            showArticleText(result);
            break;
        case ArticleJobResult::Kind::Quotes:
            showQuotes(result);
            break;
        }
    }
}

void ArticleSession::jobFinished(QFutureWatcher<ArticleJobResult> *watcher)
{
    watcher->deleteLater();
    if (watcher != m_job)
        return;
    m_job = nullptr;
    emit finished(m_ok, m_mode == Mode::Reload);
}

void ArticleSession::showArticleText(ArticleJobResult &result)
{
    if (m_mode != Mode::FeedEntry && result.format != ArticleLoader::Format::Feed) {
        m_feed = Feed();
        m_entry = -1;
        emit feedClosed();
    }
    m_path = result.path;
    m_shownText = true;
    m_stored = m_mode == Mode::Stored;
    const bool localFile = QFileInfo(m_path).isFile();
    if (!m_path.isEmpty() && m_mode != Mode::Reload && (m_mode != Mode::Stored || localFile)) {
        m_encoding.clear(); // another file: read as it says
        emit opened(m_path);
    }
    if (m_mode == Mode::Stored && !localFile) {
        watchFile(QString());
    } else if (m_mode != Mode::FeedEntry) {
        m_fileStamp = fileStamp(m_path);
        watchFile(m_path);
    }
    emit textShown(result.article, result.takeDocument(), m_keep.topPosition);
}

void ArticleSession::showQuotes(const ArticleJobResult &result)
{
    m_ok = true;
    const QString speaker = m_keep.speaker;
    m_keep = {};
    // A feed's entry carries what the feed's reading had to repair, until another file is opened.
    const QString warning = result.warning.isEmpty() && m_entry >= 0 ? m_feed.warning : result.warning;
    emit quotesFound(result.article, result.extraction, warning, speaker);
}

void ArticleSession::showFeed(const Feed &feed, const QString &path, const QFont &font)
{
    const int keep = m_mode == Mode::Reload ? m_entry : m_keep.entry;
    const ReaderPlace place = m_keep;
    m_path = path;
    m_feed = feed;
    m_entry = -1;
    if (m_mode != Mode::Reload) {
        m_encoding.clear();
        emit opened(path);
    }
    m_fileStamp = fileStamp(path);
    watchFile(path);
    emit feedShown(m_feed, path);
    if (m_feed.entries.isEmpty()) {
        m_ok = true;
        return;
    }
    const int row = std::clamp(keep, 0, int(m_feed.entries.size()) - 1);
    openFeedEntry(row, font);
    // The reading position belongs to the entry it was read in.
    if (row == keep)
        m_keep = place;
}

void ArticleSession::watchFile(const QString &path)
{
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (path.isEmpty() || path.startsWith(u':'))
        return;
    m_watcher->addPath(path);
    // Editors that save by writing a new file and renaming it over the old one leave the watch on a
    // file that is gone; watching the folder too notices the new one.
    m_watcher->addPath(QFileInfo(path).absolutePath());
}

void ArticleSession::fileChanged()
{
    if (m_path.isEmpty() || m_path.startsWith(u':'))
        return;
    const QFileInfo info(m_path);
    if (!info.isFile()) {
        emit message(tr("%1 was removed; showing the last version read.").arg(displayName(m_path)), 8000);
        return;
    }
    if (!m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path); // re-arm after a replace
    const QString stamp = fileStamp(m_path);
    if (stamp == m_fileStamp)
        return; // another file in the folder changed, or nothing did
    m_fileStamp = stamp;
    emit changedOnDisk();
}
