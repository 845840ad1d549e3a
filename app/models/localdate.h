#pragma once

#include <QString>

// Dates as the reader's locale writes them. The library and feeds keep ISO 8601 (a date, or a
// date and time in UTC); views show them in the short format of the locale, in local time.
namespace LocalDate {

// The ISO date or date-time as a short local date; text that is no ISO date comes back as it is.
QString shortDate(const QString &iso);

} // namespace LocalDate
