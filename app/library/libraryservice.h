#pragma once

#include "library.h"
#include "librarydatabase.h"
#include "subscriptions.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class LibraryUpdater;

// The window's one library: opens it (the default one or the file named with --library), keeps
// every article the reader opens, tells the views when what they show has changed, and renews the
// extractions of an older engine in the background (LibraryUpdater, a connection of its own).
// Everything here runs on the caller's (the GUI) thread; each write is one short transaction.
class LibraryService : public QObject
{
    Q_OBJECT

public:
    explicit LibraryService(QObject *parent = nullptr);
    ~LibraryService() override;

    // The sample article is the first entry of a new library.
    static QString samplePath();

    // Opens the library; false when none could be opened (error() says why, and the window goes
    // on without one). warning() tells what the user should know (moved aside, read-only).
    bool open(const QString &path = {});
    bool isOpen() const { return m_database.isOpen(); }
    QString error() const { return m_database.error(); }
    QString warning() const { return m_database.warning(); }
    QString path() const { return m_database.path(); }

    Library *library() { return m_library.get(); }
    Subscriptions *subscriptions() { return m_subscriptions.get(); }
    LibraryDatabase &database() { return m_database; }

    // Keeps an article just read; returns its id (0 when the library is closed or read-only).
    qint64 keep(const QString &source, const Article &article, const Extraction &extraction);
    // The same on a thread of its own with a connection of its own, so that storing a large
    // article never holds up the window; articleKept() tells when it is done.
    void keepInBackground(const QString &source, const Article &article, const Extraction &extraction);
    // Starts renewing stale extractions, if there are any.
    void renewStaleExtractions();

    // A correction was made or undone, or articles were added elsewhere: views refresh.
    void notifyChanged() { emit changed(); }

signals:
    void changed();
    void articleKept(qint64 id, const QString &source);
    void renewing(int done, int total);

private:
    LibraryDatabase m_database;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<Subscriptions> m_subscriptions;
    std::unique_ptr<LibraryUpdater> m_updater;
    std::shared_ptr<std::atomic_int> m_keeping = std::make_shared<std::atomic_int>(0); // background writes under way
};
