#include "subscriptions.h"

#include "librarydatabase.h"
#include "sqlhelpers.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using SqlHelpers::nowUtc;
using SqlHelpers::run;

namespace {


QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}


const char *const kFeedColumns =
    "SELECT f.id, f.url, f.title, f.site, f.folder, f.etag, f.last_modified, f.last_fetch, f.last_success,"
    " f.error, f.retry_after, f.gone, f.full_article,"
    " (SELECT COUNT(*) FROM entries e WHERE e.feed = f.id),"
    " (SELECT COUNT(*) FROM entries e WHERE e.feed = f.id AND e.read = 0) FROM feeds f";

Subscriptions::Feed feedFrom(const QSqlQuery &q)
{
    Subscriptions::Feed f;
    f.id = q.value(0).toLongLong();
    f.url = q.value(1).toString();
    f.title = q.value(2).toString();
    f.site = q.value(3).toString();
    f.folder = q.value(4).toLongLong();
    f.etag = q.value(5).toString();
    f.lastModified = q.value(6).toString();
    f.lastFetch = q.value(7).toString();
    f.lastSuccess = q.value(8).toString();
    f.error = q.value(9).toString();
    f.retryAfter = q.value(10).toString();
    f.gone = q.value(11).toBool();
    f.fullArticle = Subscriptions::FullArticle(q.value(12).toInt());
    f.entries = q.value(13).toInt();
    f.unread = q.value(14).toInt();
    return f;
}

Subscriptions::Entry entryFrom(const QSqlQuery &q)
{
    Subscriptions::Entry e;
    e.id = q.value(0).toLongLong();
    e.feed = q.value(1).toLongLong();
    e.guid = q.value(2).toString();
    e.link = q.value(3).toString();
    e.title = q.value(4).toString();
    e.published = q.value(5).toString();
    e.added = q.value(6).toString();
    e.article = q.value(7).toLongLong();
    e.read = q.value(8).toBool();
    return e;
}

const char *const kEntryColumns = "SELECT id, feed, guid, link, title, published, added, article, read FROM entries";

} // namespace

Subscriptions::Subscriptions(LibraryDatabase &database)
    : m_database(database)
{
}

bool Subscriptions::fail(const QString &what) const
{
    m_error = what;
    return false;
}

std::optional<qint64> Subscriptions::addFeed(const QString &url, const QString &title, qint64 folder)
{
    if (const auto existing = feedByUrl(url))
        return existing->id;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO feeds (url, title, folder) VALUES (?, ?, ?)"));
    if (!run(q, {url, title, idOrNull(folder)})) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

bool Subscriptions::renameFeed(qint64 id, const QString &title)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE feeds SET title = ? WHERE id = ?"));
    return run(q, {title.simplified(), id}) || fail(q.lastError().text());
}

bool Subscriptions::moveFeed(qint64 id, qint64 folder)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE feeds SET folder = ? WHERE id = ?"));
    return run(q, {idOrNull(folder), id}) || fail(q.lastError().text());
}

bool Subscriptions::removeFeed(qint64 id)
{
    // The feed's entries go with it; the articles they became stay in the library.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM feeds WHERE id = ?"));
    return run(q, {id}) || fail(q.lastError().text());
}

bool Subscriptions::setFullArticle(qint64 id, FullArticle mode)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE feeds SET full_article = ? WHERE id = ?"));
    return run(q, {int(mode), id}) || fail(q.lastError().text());
}

QList<Subscriptions::Feed> Subscriptions::feeds() const
{
    QList<Feed> list;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QLatin1String(kFeedColumns) + QStringLiteral(" ORDER BY f.folder, f.title COLLATE NOCASE, f.id"))) {
        fail(q.lastError().text());
        return list;
    }
    while (q.next())
        list.append(feedFrom(q));
    return list;
}

std::optional<Subscriptions::Feed> Subscriptions::feed(qint64 id) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QLatin1String(kFeedColumns) + QStringLiteral(" WHERE f.id = ?"));
    if (!run(q, {id}) || !q.next())
        return std::nullopt;
    return feedFrom(q);
}

std::optional<Subscriptions::Feed> Subscriptions::feedByUrl(const QString &url) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QLatin1String(kFeedColumns) + QStringLiteral(" WHERE f.url = ?"));
    if (!run(q, {url}) || !q.next())
        return std::nullopt;
    return feedFrom(q);
}

bool Subscriptions::recordFetch(qint64 id, const FetchOutcome &outcome)
{
    QSqlDatabase &db = m_database.connection();
    QSqlQuery q(db);
    const QString now = nowUtc();
    q.prepare(QStringLiteral("UPDATE feeds SET last_fetch = ?, error = ?, retry_after = ?, gone = ? WHERE id = ?"));
    if (!run(q, {now, outcome.ok ? QString() : outcome.error, outcome.retryAfter, outcome.gone ? 1 : 0, id}))
        return fail(q.lastError().text());
    if (outcome.ok) {
        q.prepare(QStringLiteral("UPDATE feeds SET last_success = ? WHERE id = ?"));
        if (!run(q, {now, id}))
            return fail(q.lastError().text());
    }
    if (!outcome.etag.isEmpty() || !outcome.lastModified.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE feeds SET etag = ?, last_modified = ? WHERE id = ?"));
        if (!run(q, {outcome.etag, outcome.lastModified, id}))
            return fail(q.lastError().text());
    }
    if (!outcome.title.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE feeds SET title = ? WHERE id = ? AND title = ''"));
        if (!run(q, {outcome.title.simplified(), id}))
            return fail(q.lastError().text());
    }
    if (!outcome.site.isEmpty()) {
        q.prepare(QStringLiteral("UPDATE feeds SET site = ? WHERE id = ?"));
        if (!run(q, {outcome.site, id}))
            return fail(q.lastError().text());
    }
    if (!outcome.movedTo.isEmpty() && !feedByUrl(outcome.movedTo)) {
        q.prepare(QStringLiteral("UPDATE feeds SET url = ?, etag = '', last_modified = '' WHERE id = ?"));
        if (!run(q, {outcome.movedTo, id}))
            return fail(q.lastError().text());
    }
    return true;
}

qint64 Subscriptions::addFolder(const QString &name, qint64 parent)
{
    if (const auto existing = folderByName(name, parent))
        return existing->id;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO folders (name, parent) VALUES (?, ?)"));
    if (!run(q, {name.simplified(), idOrNull(parent)})) {
        fail(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool Subscriptions::renameFolder(qint64 id, const QString &name)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE folders SET name = ? WHERE id = ?"));
    return run(q, {name.simplified(), id}) || fail(q.lastError().text());
}

bool Subscriptions::removeFolder(qint64 id)
{
    // Its feeds are kept, out of any folder (ON DELETE SET NULL); folders inside it go with it.
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM folders WHERE id = ?"));
    return run(q, {id}) || fail(q.lastError().text());
}

QList<Subscriptions::Folder> Subscriptions::folders() const
{
    QList<Folder> list;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT id, name, parent FROM folders ORDER BY parent, name COLLATE NOCASE")))
        return list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()});
    return list;
}

std::optional<Subscriptions::Folder> Subscriptions::folderByName(const QString &name, qint64 parent) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT id, name, parent FROM folders WHERE name = ? AND COALESCE(parent, 0) = ?"));
    if (!run(q, {name.simplified(), parent}) || !q.next())
        return std::nullopt;
    return Folder{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
}

std::optional<Subscriptions::Entry> Subscriptions::findEntry(qint64 feed, const QString &guid, const QString &link) const
{
    QSqlQuery q(m_database.connection());
    if (!guid.isEmpty()) {
        q.prepare(QLatin1String(kEntryColumns) + QStringLiteral(" WHERE feed = ? AND guid = ? LIMIT 1"));
        if (run(q, {feed, guid}) && q.next())
            return entryFrom(q);
    }
    if (!link.isEmpty()) {
        q.prepare(QLatin1String(kEntryColumns) + QStringLiteral(" WHERE feed = ? AND link = ? LIMIT 1"));
        if (run(q, {feed, link}) && q.next())
            return entryFrom(q);
    }
    return std::nullopt;
}

QSet<QString> Subscriptions::entryKeys(qint64 feed) const
{
    QSet<QString> keys;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT guid, link FROM entries WHERE feed = ?"));
    if (!run(q, {feed}))
        return keys;
    while (q.next()) {
        for (int column = 0; column < 2; ++column) {
            const QString key = q.value(column).toString();
            if (!key.isEmpty())
                keys.insert(key);
        }
    }
    return keys;
}

qint64 Subscriptions::addEntry(const Entry &e)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO entries (feed, guid, link, title, published, added, article, read)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!run(q, {e.feed, e.guid, e.link, e.title, e.published, e.added.isEmpty() ? nowUtc() : e.added,
                 idOrNull(e.article), e.read ? 1 : 0})) {
        fail(q.lastError().text());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool Subscriptions::setEntryArticle(qint64 entry, qint64 article)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE entries SET article = ? WHERE id = ?"));
    return run(q, {idOrNull(article), entry}) || fail(q.lastError().text());
}

QList<Subscriptions::Entry> Subscriptions::entries(qint64 feed) const
{
    QList<Entry> list;
    QSqlQuery q(m_database.connection());
    q.prepare(QLatin1String(kEntryColumns)
              + QStringLiteral(" WHERE feed = ? ORDER BY COALESCE(NULLIF(published, ''), added) DESC, id DESC"));
    if (!run(q, {feed}))
        return list;
    while (q.next())
        list.append(entryFrom(q));
    return list;
}

bool Subscriptions::setRead(qint64 entry, bool read)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE entries SET read = ? WHERE id = ?"));
    return run(q, {read ? 1 : 0, entry}) || fail(q.lastError().text());
}

bool Subscriptions::markAllRead(qint64 feed)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE entries SET read = 1 WHERE feed = ?"));
    return run(q, {feed}) || fail(q.lastError().text());
}

bool Subscriptions::markFolderRead(qint64 folder)
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT f.id FROM folders f JOIN tree t"
                             " ON f.parent = t.id) UPDATE entries SET read = 1"
                             " WHERE feed IN (SELECT id FROM feeds WHERE folder IN (SELECT id FROM tree))"));
    return run(q, {folder}) || fail(q.lastError().text());
}

int Subscriptions::unreadInFolder(qint64 folder) const
{
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("WITH RECURSIVE tree(id) AS (SELECT ? UNION SELECT f.id FROM folders f JOIN tree t"
                             " ON f.parent = t.id) SELECT COUNT(*) FROM entries WHERE read = 0"
                             " AND feed IN (SELECT id FROM feeds WHERE folder IN (SELECT id FROM tree))"));
    if (!run(q, {folder}) || !q.next())
        return 0;
    return q.value(0).toInt();
}
