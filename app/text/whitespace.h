#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

// White space as markup writes it: HTML's ASCII white space (space, tab, LF, FF, CR), whose runs
// read as one space.
namespace Whitespace {

inline bool isAscii(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

// The text with runs of white space and no-break spaces made one space, and none at either end.
QString collapse(QStringView text);

// Characters of text once runs of ASCII white space are collapsed (a no-break space counts as text,
// as it does when a page's paragraphs are measured).
int collapsedLength(QStringView text);

} // namespace Whitespace
