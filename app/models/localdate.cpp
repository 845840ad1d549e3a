#include "localdate.h"

#include <QDateTime>
#include <QLocale>

QString LocalDate::shortDate(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (dt.isValid() && iso.size() > 10)
        return QLocale().toString(dt.toLocalTime().date(), QLocale::ShortFormat);
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : iso;
}
