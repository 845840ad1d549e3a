#pragma once

#include "article/article.h"

// Splits decoded plain text into an Article: CRLF and lone CR line ends, blank lines (spaces or
// no-break spaces only) between paragraphs, and a short first line that reads as a headline becomes
// the title. Works in place on the string it is given so a large file is not held twice.
class PlainTextReader
{
public:
    static Article read(QString &&text);
    // True for a line that can serve as a title: short, one line, and not a sentence.
    static bool looksLikeTitle(QStringView line);
};
