#include "libraryservice.h"

#include "libraryupdater.h"

#include "extract/extractor.h"
#include "load/articleloader.h"

#include <QPointer>
#include <QThread>
#include <QThreadPool>

LibraryService::LibraryService(QObject *parent)
    : QObject(parent)
{
}

LibraryService::~LibraryService()
{
    // Background writes hold their own connections; let them finish before the file may go.
    while (m_keeping->load() > 0)
        QThread::msleep(5);
}

QString LibraryService::samplePath()
{
    return QStringLiteral(":/samples/almaty-talks.txt");
}

bool LibraryService::open(const QString &path)
{
    m_updater.reset();
    m_library.reset();
    m_subscriptions.reset();
    if (!m_database.open(path.isEmpty() ? LibraryDatabase::defaultPath() : path))
        return false;
    m_library = std::make_unique<Library>(m_database);
    m_subscriptions = std::make_unique<Subscriptions>(m_database);
    if (m_library->isWritable() && m_library->articleCount() == 0) {
        ArticleLoader::Result sample = ArticleLoader::loadFile(samplePath());
        if (sample.ok())
            m_library->add(samplePath(), sample.article, Extractor().extract(sample.article));
    }
    emit changed();
    return true;
}

qint64 LibraryService::keep(const QString &source, const Article &article, const Extraction &extraction)
{
    if (!m_library || !m_library->isWritable())
        return 0;
    qint64 id = 0;
    const auto status = m_library->add(source, article, extraction, &id);
    if (!status)
        return 0;
    if (*status != Library::AddStatus::Unchanged)
        emit changed();
    emit articleKept(id, source);
    return id;
}

void LibraryService::keepInBackground(const QString &source, const Article &article, const Extraction &extraction)
{
    if (!m_library || !m_library->isWritable())
        return;
    ++*m_keeping;
    QPointer<LibraryService> self(this);
    const QString path = m_database.path();
    QThreadPool::globalInstance()->start([self, keeping = m_keeping, path, source, article, extraction] {
        qint64 id = 0;
        bool changedAnything = false;
        {
            LibraryDatabase db;
            if (db.open(path)) {
                Library library(db);
                const auto status = library.add(source, article, extraction, &id);
                changedAnything = status && *status != Library::AddStatus::Unchanged;
                if (!status)
                    id = 0;
            }
        }
        --*keeping;
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, id, source, changedAnything] {
                if (!self)
                    return;
                if (changedAnything)
                    emit self->changed();
                if (id > 0)
                    emit self->articleKept(id, source);
            },
            Qt::QueuedConnection);
    });
}

void LibraryService::renewStaleExtractions()
{
    if (!m_library || !m_library->isWritable() || m_library->staleArticles().isEmpty())
        return;
    m_updater = std::make_unique<LibraryUpdater>(m_database.path());
    connect(m_updater.get(), &LibraryUpdater::progress, this, &LibraryService::renewing);
    connect(m_updater.get(), &LibraryUpdater::finished, this, [this](int updated) {
        if (updated > 0)
            emit changed();
    });
    m_updater->start();
}
