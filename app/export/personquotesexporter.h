#pragma once

#include "quoteexporter.h"

#include "library/library.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Writes quotes gathered from across the library (one person's, or a search's results) as CSV,
// JSON or Markdown, each quote with its article's title, date and address and whether a reader's
// correction gave it its speaker. Files are written atomically (QSaveFile).
class PersonQuotesExporter
{
    Q_DECLARE_TR_FUNCTIONS(PersonQuotesExporter)

public:
    // The same formats, chosen by file name the same way, as an article's export.
    using Format = QuoteExporter::Format;
    static Format formatForFileName(const QString &fileName, Format fallback = Format::Csv)
    {
        return QuoteExporter::formatForFileName(fileName, fallback);
    }

    static QByteArray toCsv(const QList<Library::QuoteHit> &quotes, bool byteOrderMark = false);
    static QByteArray toJson(const QString &heading, const QList<Library::QuoteHit> &quotes);
    static QByteArray toMarkdown(const QString &heading, const QList<Library::QuoteHit> &quotes);

    // heading names what was exported ("Ana Ortiz", "search: bridge"); on failure returns false
    // and sets error to a user-facing reason.
    static bool write(const QString &path, Format format, const QString &heading,
                      const QList<Library::QuoteHit> &quotes, QString *error = nullptr);
};
