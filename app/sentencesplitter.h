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

    static void split(QStringView text, int from, int to, const Lexicon &lexicon, QList<Range> &out);
};
