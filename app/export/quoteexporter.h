#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Article;
class Extraction;

// Writes quotes (all of an article's, or a chosen few such as one speaker's) as CSV (RFC 4180,
// UTF-8), JSON (the shape of `saywho --extract`, restricted to the quotes written) or Markdown
// (a section per speaker, each quote a block quote). Files are written atomically with QSaveFile,
// so a failed export never leaves half a file behind.
class QuoteExporter
{
    Q_DECLARE_TR_FUNCTIONS(QuoteExporter)

public:
    enum class Format { Csv, Json, Markdown };

    // By the file's suffix; fallback when it has none of .csv, .json, .md/.markdown.
    static Format formatForFileName(const QString &fileName, Format fallback = Format::Csv);
    static QString suffix(Format format);

    static QByteArray toCsv(const Article &article, const Extraction &extraction, const QList<int> &quotes);
    static QByteArray toJson(const QString &file, const Article &article, const Extraction &extraction,
                             const QList<int> &quotes);
    static QByteArray toMarkdown(const QString &file, const Article &article, const Extraction &extraction,
                                 const QList<int> &quotes);

    // Writes the quotes (indexes into extraction.quotes, in any order) to path; on failure returns
    // false and sets error to a user-facing reason. byteOrderMark starts a CSV file with the UTF-8
    // mark that spreadsheet programs need to read it as UTF-8.
    static bool write(const QString &path, Format format, const Article &article, const Extraction &extraction,
                      const QList<int> &quotes, QString *error = nullptr, bool byteOrderMark = false);
};
