#include "libraryupdater.h"

#include "library.h"
#include "librarydatabase.h"

#include "extract/extractor.h"

LibraryUpdater::LibraryUpdater(const QString &libraryPath, QObject *parent)
    : QObject(parent)
    , m_path(libraryPath)
{
}

LibraryUpdater::~LibraryUpdater()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

bool LibraryUpdater::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void LibraryUpdater::cancel()
{
    m_cancelled = true;
}

void LibraryUpdater::start()
{
    if (isRunning())
        return;
    if (m_thread)
        m_thread->wait();
    m_cancelled = false;
    m_thread.reset(QThread::create([this] {
        int updated = 0;
        {
            LibraryDatabase db;
            if (db.open(m_path) && !db.isReadOnly()) {
                Library library(db);
                const QList<qint64> stale = library.staleArticles();
                const Extractor extractor;
                for (int i = 0; i < stale.size() && !m_cancelled; ++i) {
                    const auto stored = library.article(stale.at(i));
                    if (stored) {
                        const Extraction extraction = extractor.extract(stored->article, &m_cancelled);
                        if (!m_cancelled && library.replaceExtraction(stale.at(i), extraction)) {
                            ++updated;
                            emit articleUpdated(stale.at(i));
                        }
                    }
                    emit progress(i + 1, int(stale.size()));
                }
            }
        }
        emit finished(updated);
    }));
    m_thread->setObjectName(QStringLiteral("LibraryUpdater"));
    m_thread->start(QThread::LowPriority);
}
