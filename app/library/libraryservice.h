#pragma once

#include "library.h"
#include "librarydatabase.h"
#include "subscriptions.h"

#include <QObject>
#include <QString>

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
    // Starts renewing stale extractions, if there are any.
    void renewStaleExtractions();

    // A correction was made or undone, or articles were added elsewhere: views refresh.
    void notifyChanged() { emit changed(); }

signals:
    void changed();
    void articleKept(qint64 id);
    void renewing(int done, int total);

private:
    LibraryDatabase m_database;
    std::unique_ptr<Library> m_library;
    std::unique_ptr<Subscriptions> m_subscriptions;
    std::unique_ptr<LibraryUpdater> m_updater;
};
