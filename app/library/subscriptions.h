#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class LibraryDatabase;

// The feeds a reader subscribes to, in folders, with their entries and what the last fetch of
// each said (validators for conditional requests, the last error and success, when to try again).
// Entries point at the library articles they became; read state and unread counts live here.
class Subscriptions
{
    Q_DECLARE_TR_FUNCTIONS(Subscriptions)

public:
    explicit Subscriptions(LibraryDatabase &database);

    enum class FullArticle { WhenShort = 0, Always = 1, Never = 2 };

    struct Folder
    {
        qint64 id = 0;
        QString name;
        qint64 parent = 0;
    };

    struct Feed
    {
        qint64 id = 0;
        QString url;
        QString title;
        QString site;
        qint64 folder = 0;
        QString etag;
        QString lastModified;
        QString lastFetch;     // ISO 8601, UTC
        QString lastSuccess;
        QString error;         // what the last fetch went wrong with, empty when it went well
        QString retryAfter;    // do not ask before this time (429, 503), ISO 8601
        bool gone = false;     // 410: the feed is no more; not polled again
        FullArticle fullArticle = FullArticle::WhenShort;
        int entries = 0;
        int unread = 0;
    };

    struct Entry
    {
        qint64 id = 0;
        qint64 feed = 0;
        QString guid;
        QString link;
        QString title;
        QString published;
        QString added;
        qint64 article = 0;
        bool read = false;
    };

    // What one fetch of a feed found out.
    struct FetchOutcome
    {
        bool ok = false;           // fetched and read (or not modified)
        QString error;
        QString etag;              // new validators; empty leaves the stored ones
        QString lastModified;
        QString retryAfter;
        bool gone = false;
        QString title;             // the feed's own title, used while the reader has not renamed it
        QString site;
        QString movedTo;           // a permanent redirect: the subscription's new address
    };

    QString lastError() const { return m_error; }

    // Returns the feed's id; an address already subscribed gives the existing feed.
    std::optional<qint64> addFeed(const QString &url, const QString &title = {}, qint64 folder = 0);
    bool renameFeed(qint64 id, const QString &title);
    bool moveFeed(qint64 id, qint64 folder);
    bool removeFeed(qint64 id);
    bool setFullArticle(qint64 id, FullArticle mode);
    QList<Feed> feeds() const;
    std::optional<Feed> feed(qint64 id) const;
    std::optional<Feed> feedByUrl(const QString &url) const;
    bool recordFetch(qint64 id, const FetchOutcome &outcome);

    qint64 addFolder(const QString &name, qint64 parent = 0);
    bool renameFolder(qint64 id, const QString &name);
    bool removeFolder(qint64 id);
    QList<Folder> folders() const;
    std::optional<Folder> folderByName(const QString &name, qint64 parent = 0) const;

    // The stored entry with this guid, else this link.
    std::optional<Entry> findEntry(qint64 feed, const QString &guid, const QString &link) const;
    // The guids and links of every stored entry of the feed, to tell new entries in one query.
    QSet<QString> entryKeys(qint64 feed) const;
    qint64 addEntry(const Entry &entry);
    bool setEntryArticle(qint64 entry, qint64 article);
    QList<Entry> entries(qint64 feed) const;
    bool setRead(qint64 entry, bool read);
    bool markAllRead(qint64 feed);
    bool markFolderRead(qint64 folder);
    int unreadInFolder(qint64 folder) const;

private:
    bool fail(const QString &what) const;

    LibraryDatabase &m_database;
    mutable QString m_error;
};
