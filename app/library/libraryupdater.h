#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

// Renews, on a thread of its own and with a database connection of its own, the extractions of
// the library that an older engine made (Library::staleArticles), so that a new Saywho brings the
// whole library up to date while the reader reads. Corrections are kept (Library applies them
// over every new extraction). Signals reach the caller's thread queued.
class LibraryUpdater : public QObject
{
    Q_OBJECT

public:
    explicit LibraryUpdater(const QString &libraryPath, QObject *parent = nullptr);
    ~LibraryUpdater() override;

    void start();
    // Stops after the article being extracted; finished() still comes.
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    void articleUpdated(qint64 id);
    void finished(int updated);

private:
    QString m_path;
    std::atomic_bool m_cancelled{false};
    std::unique_ptr<QThread> m_thread;
};
