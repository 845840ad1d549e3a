#include "sentencesplitter.h"

#include "lexicon.h"
#include "quotefinder.h"
#include "text/textchars.h"

#include <QTextBoundaryFinder>
#include <QVarLengthArray>

#include <algorithm>

namespace {

QStringView firstWord(QStringView text, int pos, int to)
{
    while (pos < to && !text[pos].isLetterOrNumber())
        ++pos;
    int end = pos;
    while (end < to && (text[end].isLetterOrNumber() || text[end] == u'\''))
        ++end;
    return text.mid(pos, end - pos);
}

// Whether a given name and a capitalised word after it start at `at` ("Ana Varga").
bool opensWithFullName(QStringView text, int at, int to, const Lexicon &lexicon)
{
    const QStringView name = firstWord(text, at, to);
    const qsizetype nameEnd = name.data() - text.data() + name.size();
    return !name.isEmpty() && name.data() - text.data() == at && lexicon.isGivenName(name) && nameEnd + 1 < to
        && text[nameEnd] == u' ' && text[nameEnd + 1].isUpper();
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
    // "the U.S.-Canada border": a hyphen right after the full stop joins the words around it.
    if (e == boundary && e - 2 > sentenceStart && (text[e - 1] == u'-' || text[e - 1] == QChar(0x2010))
        && text[e - 2] == u'.')
        return true;
    // Closing quotes or brackets before the period mean a real end.
    if (e <= sentenceStart || text[e - 1] != u'.')
        return false;
    // "the U.S.-Canada border": a hyphen right after the full stop joins the next word to it.
    if (e == boundary && boundary < to && (text[boundary] == u'-' || text[boundary] == QChar(0x2010)))
        return true;
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
        if (!lexicon.endsSentencesOften(word))
            return true;
        return !lexicon.isCommonWord(next) && !opensWithFullName(text, int(next.data() - text.data()), to, lexicon);
    }
    return false;
}

// Whether c can end a sentence: a sentence terminator or a line or paragraph separator.
inline bool mayEndSentence(QChar c)
{
    if (c.unicode() >= u'A' && c.unicode() < 0x80)
        return false; // letters and most punctuation, the common case
    switch (c.unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u'\n':
    case u'\r':
    case 0x0085: // next line
    case 0x2028: // line separator
    case 0x2029: // paragraph separator
        return true;
    default:
        // Unicode's other sentence terminators (the ellipsis, "。", "؟", "।", ...) are all "other
        // punctuation"; asking about those is cheaper than asking for the sentence-break class.
        return c.unicode() >= 0x80 && c.category() == QChar::Punctuation_Other;
    }
}

// A closing quotation mark or bracket (Unicode's sentence-break class Close) of ASCII and the
// common typographic ones.
inline bool isClosingMark(QChar c)
{
    switch (c.unicode()) {
    case u'"':
    case u'\'':
    case u')':
    case 0x2019: // ’
    case 0x201D: // ”
        return true;
    default:
        return false;
    }
}

// A full stop, question or exclamation mark (Unicode's sentence-break classes ATerm and STerm, of ASCII).
inline bool isTerminator(QChar c)
{
    return c == u'.' || c == u'?' || c == u'!';
}

// "… into the U.S. Ana Varga added …": the sentence rules never break after a capital's full stop
// before a capital, but after an abbreviation that often ends sentences, a given name and another
// capitalised word open one; nothing "U.S." modifies starts with a person's full name. Adds those
// breaks (offsets from `from`) to the sorted list.
void addBreaksBeforeNames(QStringView text, int from, int to, const Lexicon &lexicon, QList<int> &breaks)
{
    const QStringView part = text.mid(from, to - from);
    // (A search for the one character is many times cheaper than one for ". ".)
    for (qsizetype dot = part.indexOf(u'.'); dot >= 0; dot = part.indexOf(u'.', dot + 1)) {
        if (dot == 0 || dot + 2 >= part.size() || part[dot + 1] != u' ' || !part[dot - 1].isUpper()
            || !part[dot + 2].isUpper())
            continue;
        qsizetype s = dot;
        while (s > 0 && !part[s - 1].isSpace() && part[s - 1] != u'(')
            --s;
        const QStringView word = part.mid(s, dot + 1 - s);
        if (!lexicon.isAbbreviation(word) || !lexicon.endsSentencesOften(word))
            continue;
        if (!opensWithFullName(part, int(dot + 2), int(part.size()), lexicon))
            continue;
        const int at = int(dot + 2);
        const auto it = std::lower_bound(breaks.begin(), breaks.end(), at);
        if (it == breaks.end() || *it != at)
            breaks.insert(it, at);
    }
}

} // namespace

void SentenceSplitter::boundaries(QStringView para, QList<int> &out)
{
    // Unicode's sentence rules (UAX #29) decide a break from the terminator, the closing marks and
    // spaces after it, what follows up to the next letter, and the word it ends. So
    // QTextBoundaryFinder is asked about windows only: from the start of the word holding a
    // possible terminator to the first letter after it, windows that touch joined into one. That
    // gives the breaks it finds in the whole paragraph at a fraction of the cost, as it classifies
    // every character it is given.
    constexpr qsizetype kLookahead = 256; // letters this far after a terminator decide nothing
    constexpr qsizetype kLookbehind = 64; // a "word" this long is no word; start inside it
    // A working buffer kept between calls spares the finder an allocation per window.
    static thread_local QVarLengthArray<unsigned char, 1024> buffer;
    const qsizetype n = para.size();
    qsizetype windowFrom = -1;
    qsizetype windowTo = -1;
    qsizetype firstTerminator = -1;
    const auto flush = [&] {
        if (windowFrom < 0)
            return;
        // The common window, "word. Next" or "word?” Next": ASCII letters, a full stop, question
        // or exclamation mark after a lower-case one, closing marks, spaces, a capital. The
        // sentence rules break before the capital there (SB9-SB11: closing marks and spaces stay
        // with the sentence, nothing after them continues it; SB8 wants a lower-case letter, SB7
        // no space), which is what the finder would say, at many times the cost.
        {
            const qsizetype k = firstTerminator;
            qsizetype m = k + 1;
            while (m < windowTo && isClosingMark(para[m]))
                ++m;
            const qsizetype spaces = m;
            while (m < windowTo && para[m] == u' ')
                ++m;
            const auto asciiLetter = [](char16_t u) { return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z'); };
            bool simple = (para[k] == u'.' || para[k] == u'?' || para[k] == u'!') && k > windowFrom && m > spaces
                && m + 1 == windowTo
                && para[k - 1].unicode() >= u'a' && para[k - 1].unicode() <= u'z' && para[m].unicode() >= u'A'
                && para[m].unicode() <= u'Z';
            for (qsizetype x = windowFrom; simple && x < k; ++x)
                simple = asciiLetter(para[x].unicode());
            if (simple) {
                if (m < n)
                    out.append(int(m));
                return;
            }
        }
        // The window that ends a paragraph, "word.” " or "word?!": after the first terminator only
        // terminators, closing marks and spaces, in the order the sentence rules keep together
        // (SB8a: a terminator after closing marks and spaces; SB9, SB10: closing marks, then
        // spaces). The rules then break only at the paragraph's end, which is no break to report.
        if (windowTo == n && isTerminator(para[firstTerminator])) {
            bool afterSpace = false;
            bool tailOnly = true;
            for (qsizetype x = firstTerminator + 1; tailOnly && x < n; ++x) {
                const QChar c = para[x];
                if (isTerminator(c))
                    afterSpace = false;
                else if (c == u' ')
                    afterSpace = true;
                else
                    tailOnly = !afterSpace && isClosingMark(c);
            }
            if (tailOnly)
                return;
        }
        const QStringView window = para.mid(windowFrom, windowTo - windowFrom);
        buffer.resize(window.size() + 1);
        QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, window, buffer.data(), buffer.size());
        for (qsizetype pos = finder.toNextBoundary(); pos > 0; pos = finder.toNextBoundary()) {
            const qsizetype at = windowFrom + pos;
            // The window's end is a break only because the text given ends there.
            if (at >= windowTo && windowTo < n)
                break;
            if (at > firstTerminator && at < n)
                out.append(int(at));
        }
    };
    for (qsizetype k = 0; k < n; ++k) {
        // Plain ASCII text up to the next possible terminator, skipped eight units at a time.
        k = TextChars::findNonAsciiOr(para.data(), k, n, u'.', u'!', u'?', u'\n', u'\r');
        if (k == n)
            break;
        if (!mayEndSentence(para[k]))
            continue;
        qsizetype from = k;
        const qsizetype earliest = std::max<qsizetype>(0, k - kLookbehind);
        while (from > earliest && !para[from - 1].isSpace())
            --from;
        qsizetype to = k + 1;
        const qsizetype limit = std::min(n, k + 1 + kLookahead);
        while (to < limit && !para[to].isLetter())
            ++to;
        to = std::min(n, to + 1);
        if (windowFrom >= 0 && from <= windowTo) {
            windowTo = std::max(windowTo, to);
        } else {
            flush();
            windowFrom = from;
            windowTo = to;
            firstTerminator = k;
        }
    }
    flush();
}

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
    static thread_local QList<int> breaks;
    breaks.clear();
    boundaries(text.mid(from, to - from), breaks);
    addBreaksBeforeNames(text, from, to, lexicon, breaks);
    int start = from;
    for (const int pos : std::as_const(breaks)) {
        const int boundary = from + pos;
        if (!breakIsFalse(text, start, boundary, to, lexicon)) {
            add(start, boundary);
            start = boundary;
        }
    }
    add(start, to);
}
