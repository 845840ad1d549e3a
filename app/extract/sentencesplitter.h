#pragma once

#include <QList>
#include <QStringView>

class Lexicon;

// Sentence boundaries of one paragraph, from QTextBoundaryFinder, with the breaks it makes after
// abbreviations ("Sen.", "U.S."), initials ("J.") and before a lower-case continuation undone.
class SentenceSplitter
{
public:
    struct Range
    {
        int start = 0;
        int end = 0;
    };

    // The sentences of text[from, to), appended to out.
    static void split(QStringView text, int from, int to, const Lexicon &lexicon, QList<Range> &out);

    // The positions inside a paragraph (after 0, before its end) where Unicode's sentence rules
    // break, as QTextBoundaryFinder finds them in the whole paragraph; appended to out.
    static void boundaries(QStringView paragraph, QList<int> &out);
};
