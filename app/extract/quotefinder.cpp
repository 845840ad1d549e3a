#include "quotefinder.h"

#include <algorithm>

namespace {

constexpr int kMaxDepth = 3;

bool isDash(QChar c)
{
    return c.category() == QChar::Punctuation_Dash || c == QChar(0x2015);
}

bool isOpeningContext(QChar prev)
{
    if (prev.isNull() || prev.isSpace())
        return true;
    const QChar::Category cat = prev.category();
    return cat == QChar::Punctuation_Open || cat == QChar::Punctuation_InitialQuote || isDash(prev)
        || prev == u'/' || TextChars::isQuotationMark(prev);
}

bool isClosingContext(QChar next)
{
    if (next.isNull() || next.isSpace())
        return true;
    switch (next.category()) {
    case QChar::Punctuation_Close:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other:
    case QChar::Punctuation_Dash:
        return true;
    default:
        break;
    }
    return TextChars::isQuotationMark(next);
}

// Glyph hint: +1 opens, -1 closes, 0 says nothing (ASCII marks and those used both ways).
int glyphDirection(QChar c)
{
    switch (c.unicode()) {
    case 0x201E: case 0x201A: case 0x300C: case 0x300E: // „ ‚ 「 『
        return 1;
    case 0x300D: case 0x300F: // 」 』
        return -1;
    default:
        break;
    }
    if (c.category() == QChar::Punctuation_InitialQuote)
        return 1;
    if (c.category() == QChar::Punctuation_FinalQuote)
        return -1;
    return 0;
}

struct Open
{
    int pos;
    QuoteFinder::MarkFamily family;
};

} // namespace

QList<QuoteFinder::Span> QuoteFinder::find(const Article &article)
{
    if (article.blocks().isEmpty())
        return {};
    return findInBlocks(article, 0, int(article.blocks().size()) - 1);
}

QList<QuoteFinder::Span> QuoteFinder::findInBlocks(const Article &article, int firstBlock, int lastBlock)
{
    QList<Span> spans;
    const QString &text = article.text();
    const QStringView view(text);
    const auto &blocks = article.blocks();

    // Marked spans (from markup) inside the range are quotations as they stand.
    QList<Span> marked;
    if (!article.markedQuotes().isEmpty()) {
        const int from = blocks.at(firstBlock).start;
        const int to = blocks.at(lastBlock).end();
        for (const Article::Span &m : article.markedQuotes()) {
            if (m.start >= from && m.end <= to && m.end > m.start) {
                Span s;
                s.contentStart = m.start;
                s.contentEnd = m.end;
                s.marked = true;
                marked.append(s);
            }
        }
    }

    QList<Open> stack;
    Span current;          // the top-level quote being built when stack is not empty
    bool continuing = false;

    auto closeTopLevel = [&](int closePos, int contentEnd, bool unclosed, int closeWidth = 1) {
        current.close = closePos;
        current.closeWidth = closeWidth;
        current.contentEnd = contentEnd;
        current.unclosed = unclosed;
        if (current.contentEnd > current.contentStart)
            spans.append(current);
        stack.clear();
        continuing = false;
    };

    for (int b = firstBlock; b <= lastBlock; ++b) {
        const Article::Block &block = blocks.at(b);
        const int start = block.start;
        const int end = block.end();
        int i = start;
        bool reopened = false; // the quotation of the previous paragraph, re-opened at this one's start
        if (continuing) {
            // The quote open at the end of the previous paragraph continues if this one re-opens it.
            while (i < end && text[i].isSpace())
                ++i;
            const bool doubledOpen = i + 1 < end && (text[i] == u'\'' || text[i] == u'`')
                && (text[i + 1] == u'\'' || text[i + 1] == u'`');
            if (doubledOpen && stack.first().family == MarkFamily::Double) {
                i += 2;
                stack.resize(1);
            } else if (i < end && family(text[i]) == stack.first().family && glyphDirection(text[i]) >= 0
                       && (text[i] == u'"') == (text[stack.first().pos] == u'"')) {
                // Re-opened in the same style: straight quotes continue straight ones, typographic
                // ones typographic ones. A change of style means the earlier mark was stray.
                ++i;
                stack.resize(1);
                reopened = true;
            } else {
                // Not re-opened: the quote ended with the previous paragraph.
                const Article::Block &prev = blocks.at(b - 1);
                closeTopLevel(-1, prev.end(), true);
                i = start;
            }
        }
        for (; i < end; ++i) {
            // The hot path: ordinary ASCII text, skipped eight units at a time.
            i = int(TextChars::findNonAsciiOr(text.constData(), i, end, u'"', u'\'', u'`'));
            if (i == end)
                break;
            const QChar c = text[i];
            const char16_t cu = c.unicode();
            // ''…'' and ``…'' (typewriter style) are double quotation marks two characters wide.
            bool doubled = (c == u'\'' || c == u'`') && i + 1 < end && (text[i + 1] == u'\'' || text[i + 1] == u'`');
            // Three marks after a single quotation inside a doubled one ("''…, '…,''' she said")
            // close the inner one first, then the outer.
            if (doubled && c == u'\'' && i + 2 < end && text[i + 2] == u'\'' && !stack.isEmpty()
                && stack.last().family == MarkFamily::Single)
                doubled = false;
            const int width = doubled ? 2 : 1;
            MarkFamily fam = doubled ? MarkFamily::Double : family(c);
            if (c == u'`' && !doubled)
                fam = MarkFamily::Single;
            if (fam == MarkFamily::None)
                continue;
            if (fam == MarkFamily::Single && isApostrophe(view, i))
                continue;
            // Invisible format characters (a bidirectional embedding, a zero-width space) say
            // nothing about the mark's side: its neighbours are the characters beyond them.
            int before = i - 1;
            while (before >= start && text[before].category() == QChar::Other_Format)
                --before;
            int after = i + width;
            while (after < end && text[after].category() == QChar::Other_Format)
                ++after;
            const QChar prev = before >= start ? text[before] : QChar();
            const QChar next = after < end ? text[after] : QChar();
            // At the very start of a paragraph any mark opens ("” … he delivered a mix", „ Text).
            bool canOpen = isOpeningContext(prev) && !next.isNull() && (!next.isSpace() || prev.isNull());
            bool canClose = !prev.isNull() && !prev.isSpace() && isClosingContext(next);
            // French spacing, « … »: a space before the closing guillemet of a quotation a « opened.
            if ((cu == 0x00BB || cu == 0x203A) && prev.isSpace() && isClosingContext(next)) {
                const char16_t opener = cu == 0x00BB ? 0x00AB : 0x2039;
                for (int k = int(stack.size()) - 1; k >= 0; --k) {
                    if (stack.at(k).family == fam) {
                        if (text[stack.at(k).pos].unicode() == opener) {
                            canClose = true;
                            canOpen = false;
                        }
                        break;
                    }
                }
            }
            if (canOpen == canClose) {
                int dir = glyphDirection(c);
                // „…“ and ‚…‘: after a low opening mark, “ and ‘ close ("‚ohne Zweifel‘“,").
                if ((cu == 0x201C || cu == 0x2018) && !stack.isEmpty()) {
                    for (int k = int(stack.size()) - 1; k >= 0; --k) {
                        if (stack.at(k).family == fam) {
                            const char16_t opener = text[stack.at(k).pos].unicode();
                            if (opener == 0x201E || opener == 0x201A)
                                dir = -1;
                            break;
                        }
                    }
                }
                if (dir != 0) {
                    canOpen = dir > 0;
                    canClose = dir < 0;
                } else {
                    // An ASCII mark with no telling context: close what is open, else open.
                    const bool anyOpen = std::any_of(stack.cbegin(), stack.cend(),
                                                     [fam](const Open &o) { return o.family == fam; });
                    canOpen = !anyOpen;
                    canClose = anyOpen;
                }
            }
            if (canClose) {
                int found = -1;
                for (int k = int(stack.size()) - 1; k >= 0; --k) {
                    if (stack.at(k).family == fam) {
                        found = k;
                        break;
                    }
                }
                if (found == 0) {
                    closeTopLevel(i, i, false, width);
                    i += width - 1;
                    continue;
                }
                if (found > 0) {
                    stack.resize(found);
                    i += width - 1;
                    continue;
                }
            }
            if (canOpen && fam == MarkFamily::Single && !stack.isEmpty()
                && stack.last().family == MarkFamily::Single) {
                continue; // single inside single: an apostrophe we could not tell apart
            }
            if (canOpen && stack.size() < kMaxDepth) {
                if (stack.isEmpty()) {
                    current = Span();
                    current.open = i;
                    current.openWidth = width;
                    current.contentStart = i + width;
                }
                stack.append({i, fam});
                i += width - 1;
            }
        }
        if (!stack.isEmpty()) {
            // Keep only the outer quote; an inner one left open at a paragraph end was an apostrophe.
            stack.resize(1);
            // A single mark that opened and never closed in its paragraph is most often an elision,
            // unless it is a left single quotation mark opening the paragraph: British style runs a
            // quotation over paragraphs as ‘… ‘… ‘…’.
            int first = start;
            while (first < end && text[first].isSpace())
                ++first;
            const bool opensParagraph
                = (stack.first().pos == first || reopened) && text[stack.first().pos] == QChar(0x2018);
            const bool strayApostrophe = stack.first().family == MarkFamily::Single && !opensParagraph;
            if (b < lastBlock && !strayApostrophe) {
                continuing = true;
            } else if (strayApostrophe) {
                stack.clear();
                continuing = false;
            } else {
                closeTopLevel(-1, end, true);
            }
        }
    }

    if (!marked.isEmpty()) {
        // A marked span replaces quotation-mark spans inside it.
        for (const Span &m : std::as_const(marked)) {
            spans.erase(std::remove_if(spans.begin(), spans.end(),
                                       [&m](const Span &s) {
                                           return s.outerStart() >= m.contentStart
                                               && s.outerEnd() <= m.contentEnd;
                                       }),
                        spans.end());
            spans.append(m);
        }
        std::sort(spans.begin(), spans.end(),
                  [](const Span &a, const Span &b) { return a.outerStart() < b.outerStart(); });
    }
    return spans;
}
