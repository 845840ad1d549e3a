#include "libraryservice.h"

#include "libraryupdater.h"

LibraryService::LibraryService(QObject *parent)
    : QObject(parent)
{
}

LibraryService::~LibraryService() = default;

bool LibraryService::open(const QString &path)
{
    m_updater.reset();
    m_library.reset();
    m_subscriptions.reset();
    if (!m_database.open(path.isEmpty() ? LibraryDatabase::defaultPath() : path))
        return false;
    m_library = std::make_unique<Library>(m_database);
    m_subscriptions = std::make_unique<Subscriptions>(m_database);
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
    emit articleKept(id);
    return id;
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
