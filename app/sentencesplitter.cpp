#include "sentencesplitter.h"

#include "lexicon.h"
#include "quotefinder.h"

#include <QTextBoundaryFinder>
#include <QVarLengthArray>

namespace {

// Abbreviations that often end a sentence too; a break after them is kept before a word that
// usually opens one.
bool endsSentencesOften(QStringView abbreviation)
{
    return abbreviation == u"U.S." || abbreviation == u"U.K." || abbreviation == u"U.N."
        || abbreviation == u"D.C." || abbreviation == u"etc." || abbreviation == u"a.m."
        || abbreviation == u"p.m." || abbreviation == u"Inc." || abbreviation == u"Co."
        || abbreviation == u"Jr." || abbreviation == u"Sr." || abbreviation == u"Corp."
        || abbreviation == u"Ltd." || abbreviation == u"E.U.";
}

QStringView firstWord(QStringView text, int pos, int to)
{
    while (pos < to && !text[pos].isLetterOrNumber())
        ++pos;
    int end = pos;
    while (end < to && (text[end].isLetterOrNumber() || text[end] == u'\''))
        ++end;
    return text.mid(pos, end - pos);
}

// Whether the break at `boundary` (start of the next sentence) follows an abbreviation or initial.
bool breakIsFalse(QStringView text, int sentenceStart, int boundary, int to, const Lexicon &lexicon)
{
    int e = boundary;
    while (e > sentenceStart && text[e - 1].isSpace())
        --e;
    const QStringView following = firstWord(text, boundary, to);
    // A sentence does not open in lower case ("R-Wis., said", "“Why?” he asked").
    if (!following.isEmpty() && following.front().isLower())
        return true;
    // Closing quotes or brackets before the period mean a real end.
    if (e <= sentenceStart || text[e - 1] != u'.')
        return false;
    int s = e - 1;
    while (s > sentenceStart && !text[s - 1].isSpace() && text[s - 1] != u'(' && text[s - 1] != u'"'
           && text[s - 1] != QChar(0x201C))
        --s;
    const QStringView word = text.mid(s, e - s);
    const QStringView next = firstWord(text, boundary, to);
    if (next.isEmpty())
        return false;
    if (next.front().isLower())
        return true;
    if (word.size() == 2 && word.front().isUpper())
        return true; // an initial: "George W. Bush"
    // Initials run together ("G.K. Butterfield") before a name.
    bool initials = word.size() >= 4;
    for (qsizetype k = 0; k < word.size() && initials; ++k)
        initials = (k % 2 == 0) ? word[k].isUpper() : word[k] == u'.';
    if (initials && !lexicon.isCommonWord(next) && !lexicon.isAbbreviation(word))
        return true;
    if (lexicon.isAbbreviation(word)) {
        if (!endsSentencesOften(word))
            return true;
        return !lexicon.isCommonWord(next);
    }
    return false;
}

} // namespace

void SentenceSplitter::split(QStringView text, int from, int to, const Lexicon &lexicon, QList<Range> &out)
{
    if (to <= from)
        return;
    auto add = [&](int s, int e) {
        while (e > s && text[e - 1].isSpace())
            --e;
        if (e > s)
            out.append({s, e});
    };
    const QStringView para = text.mid(from, to - from);
    // A paragraph with no sentence-ending mark before its last characters is one sentence; only
    // the others need the boundary finder.
    bool inner = false;
    for (qsizetype k = 0; k + 2 < para.size() && !inner; ++k) {
        const QChar c = para[k];
        inner = (c == u'.' || c == u'!' || c == u'?' || c == QChar(0x2026) || c.unicode() >= 0x3000)
            && (para[k + 1].isSpace() || QuoteFinder::family(para[k + 1]) != QuoteFinder::MarkFamily::None
                || para[k + 1] == u')');
    }
    if (!inner) {
        add(from, to);
        return;
    }
    // A working buffer kept between calls spares the finder an allocation per paragraph.
    static thread_local QVarLengthArray<unsigned char, 4096> buffer;
    buffer.resize(para.size() + 1);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, para, buffer.data(), buffer.size());
    int start = from;
    for (qsizetype pos = finder.toNextBoundary(); pos > 0 && pos < para.size(); pos = finder.toNextBoundary()) {
        const int boundary = from + int(pos);
        if (!breakIsFalse(text, start, boundary, to, lexicon)) {
            add(start, boundary);
            start = boundary;
        }
    }
    add(start, to);
}
