#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

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

inline QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// A write transaction that rolls back unless committed. BEGIN IMMEDIATE takes the write lock before
// the first read: a deferred transaction that read and then writes fails at once (without waiting
// out the busy timeout) when another process wrote in between.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db)
        : m_db(db)
        , m_open(QSqlQuery(db).exec(QStringLiteral("BEGIN IMMEDIATE")))
    {
    }
    ~Transaction()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isOpen() const { return m_open; }
    bool commit()
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("COMMIT")))
            return false;
        m_open = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_open;
};

} // namespace SqlHelpers
