#pragma once

#include "article/article.h"
#include "text/textchars.h"

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

    // The quote-mark classes live with the character tables; these names keep the extractor's.
    using MarkFamily = TextChars::QuoteMarkFamily;

    static QList<Span> find(const Article &article);
    // Finds quotes in paragraphs [firstBlock, lastBlock] only; a quote still open at the end of
    // lastBlock is reported as unclosed unless continueAfter tells the caller to read on.
    static QList<Span> findInBlocks(const Article &article, int firstBlock, int lastBlock);

    static MarkFamily family(QChar c) { return TextChars::quoteMarkFamily(c); }
    static bool isApostrophe(QStringView text, qsizetype pos) { return TextChars::isApostrophe(text, pos); }
};
