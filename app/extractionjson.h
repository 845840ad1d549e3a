#pragma once

#include "extraction.h"

#include <QByteArray>
#include <QString>

class Article;
struct Feed;

// Writes an extraction as the JSON object of `saywho --extract` (one line, UTF-8). Streams into a
// byte array instead of building a QJsonDocument, so large articles need no second copy.
class ExtractionJson
{
public:
    static QByteArray articleObject(const QString &file, const Article &article, const Extraction &extraction);
    static void appendArticleFields(QByteArray &out, const Article &article, const Extraction &extraction);
    static void appendString(QByteArray &out, QStringView s);
};
