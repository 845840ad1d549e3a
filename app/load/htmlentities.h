#pragma once

#include <QString>
#include <QStringView>

// Decodes HTML character references as browsers do: the named references of the HTML standard
// (with the legacy ones that may omit the semicolon), and decimal or hexadecimal numeric ones with
// the standard's repairs (NUL, surrogates and out-of-range values become U+FFFD, 0x80-0x9F are read
// as Windows-1252).
class HtmlEntities
{
public:
    // The text of a named reference given without '&' and ';' ("amp"), or a null string.
    static QString named(QStringView name);
    // Decodes the reference at text[pos] == '&' into out and returns the characters consumed, or 0
    // when there is none (the '&' is then literal). In attribute values a legacy reference followed
    // by '=' or an alphanumeric is left alone, as in browsers ("?a=1&copy=2").
    static qsizetype decodeAt(QStringView text, qsizetype pos, QString &out, bool inAttribute = false);
    // Decodes every reference in text.
    static QString decode(QStringView text, bool inAttribute = false);
};
