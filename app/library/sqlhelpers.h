#pragma once

#include <QDateTime>
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

} // namespace SqlHelpers
