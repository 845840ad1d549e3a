#pragma once

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <memory>

// Small helpers the library's classes share for talking to SQLite.
namespace SqlHelpers {

// Binds the values and runs the query. A null QString is bound as '' (the text columns are NOT
// NULL); SQL NULL is written as a null QVariant of another type.
inline bool run(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values) {
        if (v.metaType() == QMetaType::fromType<QString>() && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    return query.exec();
}

// Prepared statements kept per connection (on the thread that uses it): preparing costs more than
// running for the small statements written for every article (an insert into quotes compiles its
// full-text triggers too). Only for statements that are run and done with before the same one runs
// again; a query reading rows is read to its end.
namespace Detail {
inline QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> &preparedStatements()
{
    static thread_local QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> statements;
    return statements;
}
} // namespace Detail

// The connection's prepared statement for sql; it stays where it is until the connection closes.
inline QSqlQuery &prepared(QSqlDatabase &db, const QString &sql)
{
    QHash<QString, std::shared_ptr<QSqlQuery>> &statements = Detail::preparedStatements()[db.connectionName()];
    std::shared_ptr<QSqlQuery> &statement = statements[sql];
    if (!statement) {
        statement = std::make_shared<QSqlQuery>(db);
        statement->prepare(sql);
    }
    return *statement;
}

// Before a connection closes: its statements go with it.
inline void forgetPrepared(const QString &connectionName)
{
    Detail::preparedStatements().remove(connectionName);
}

inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// A write transaction that rolls back unless committed. BEGIN IMMEDIATE takes the write lock before
// the first read: a deferred transaction that read and then writes fails at once (without waiting
// out the busy timeout) when another process wrote in between. Inside another Transaction on the
// same connection it is a savepoint, so that many writes can share one commit (one WAL write and
// one full-text index flush for a whole batch) while each still rolls back on its own.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_depth(depths().value(db.connectionName()))
    {
        m_open = QSqlQuery(db).exec(m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                                 : QStringLiteral("SAVEPOINT nested%1").arg(m_depth));
        if (m_open)
            depths()[db.connectionName()] = m_depth + 1;
    }
    ~Transaction()
    {
        if (!m_open)
            return;
        if (m_depth == 0) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        } else {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK TO nested%1").arg(m_depth));
            QSqlQuery(m_db).exec(QStringLiteral("RELEASE nested%1").arg(m_depth));
        }
        close();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_open; }
    bool commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(m_depth == 0 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE nested%1").arg(m_depth)))
            return false;
        close();
        return true;
    }

private:
    // Open transactions per connection; a connection is used on one thread only.
    static QHash<QString, int> &depths()
    {
        static thread_local QHash<QString, int> open;
        return open;
    }
    void close()
    {
        m_open = false;
        if (m_depth == 0)
            depths().remove(m_db.connectionName());
        else
            depths()[m_db.connectionName()] = m_depth;
    }

    QSqlDatabase &m_db;
    int m_depth;
    bool m_open = false;
};

} // namespace SqlHelpers
