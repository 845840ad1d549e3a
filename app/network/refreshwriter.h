#pragma once

#include "article/article.h"
#include "article/extraction.h"
#include "article/feed.h"
#include "library/subscriptions.h"

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>
#include <QWaitCondition>

#include <functional>
#include <memory>

// Writes what a refresh found into the library, on a thread of its own with a database connection
// of its own, so that the thread that fetches (the window's) never waits for SQLite: for each feed,
// its new entries as library articles with their extraction, their rows in Subscriptions, and what
// the fetch said (validators, error, last success), all in one transaction, so a feed is stored
// whole or not at all. Feeds queued while one batch is written go into the next batch together:
// one commit (and one flush of the full-text index) serves many feeds.
class RefreshWriter
{
public:
    struct Entry
    {
        FeedEntry entry;
        Article article;
        Extraction extraction;
    };

    struct Job
    {
        qint64 feed = 0;
        QString feedUrl;
        Subscriptions::FetchOutcome outcome;
        QList<Entry> entries;
    };

    struct Result
    {
        int added = 0;            // new entries stored
        int updated = 0;          // entries whose article changed
        QStringList entryErrors;  // entries that could not be stored
        QString error;            // the feed's fetch could not be recorded
        QString url;              // the feed's address and title after the write (a 301 moves it)
        QString title;
    };

    // Called on the writer's thread when a job is written; the caller takes it to its own thread.
    using Done = std::function<void(const Result &)>;

    explicit RefreshWriter(const QString &libraryPath);
    // Writes the batch under way, drops the jobs still queued.
    ~RefreshWriter();

    void write(Job job, Done done);
    // Drops the jobs not yet begun (their done is never called).
    void discardQueued();

private:
    struct Queued
    {
        Job job;
        Done done;
    };

    void run();

    QString m_path;
    QMutex m_mutex;
    QWaitCondition m_wake;
    QList<Queued> m_queue;
    bool m_stopping = false;
    std::unique_ptr<QThread> m_thread;
};
