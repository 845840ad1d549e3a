#pragma once

#include "article/extraction.h"

#include <QByteArray>
#include <QString>

#include <cstdio>

class Article;
struct Feed;

// Writes an extraction as the JSON object of `saywho --extract` (one line, UTF-8). Streams into a
// byte array instead of building a QJsonDocument, so large articles need no second copy.
class ExtractionJson
{
public:
    static QByteArray articleObject(const QString &file, const Article &article, const Extraction &extraction);
    // Appends "title", "speakers" and "quotes". With spill set, the buffer is written out and
    // emptied whenever it grows past a megabyte, so a huge article streams in bounded memory.
    static void appendArticleFields(QByteArray &out, const Article &article, const Extraction &extraction,
                                    FILE *spill = nullptr);
    static void appendString(QByteArray &out, QStringView s);
};
