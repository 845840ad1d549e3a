#pragma once

#include "article/article.h"

#include <QList>

// Finds the top-level quotations of an article: text between quotation marks of any common style
// ("…", “…”, ‘…’, „…“, «…», ‹…›, 「…」), tolerating a quote opened with one style and closed with
// another, skipping apostrophes, and joining a quote that runs over several paragraphs (each
// paragraph re-opened, closed once). Spans the source marked as quotations are included.
class QuoteFinder
{
public:
    struct Span
    {
        int open = -1;         // position of the opening mark, -1 when the source marked the span
        int close = -1;        // position of the closing mark, -1 when unclosed or marked
        int contentStart = 0;  // first character inside the marks
        int contentEnd = 0;    // one past the last character inside the marks
        bool unclosed = false; // ran to the end of its paragraph without a closing mark
        bool marked = false;   // from <q>/<blockquote>, not from quotation marks
        int openWidth = 1;     // ''…'' marks are two characters wide
        int closeWidth = 1;
        int outerStart() const { return open >= 0 ? open : contentStart; }
        int outerEnd() const { return close >= 0 ? close + closeWidth : contentEnd; }
    };

    enum class MarkFamily { None, Double, Single };

    static QList<Span> find(const Article &article);
    // Finds quotes in paragraphs [firstBlock, lastBlock] only; a quote still open at the end of
    // lastBlock is reported as unclosed unless continueAfter tells the caller to read on.
    static QList<Span> findInBlocks(const Article &article, int firstBlock, int lastBlock);

    static MarkFamily family(QChar c);
    // Whether the quotation mark at pos is an apostrophe (Peru’s, don't, the voters’ choice).
    static bool isApostrophe(QStringView text, qsizetype pos);
};
