#include "plaintextreader.h"

#include "text/textchars.h"

#include <algorithm>

namespace {

bool isLineBreak(QChar c)
{
    const char16_t u = c.unicode();
    if (u > u'\r' && u < 0x85)
        return false; // nearly every character: one test
    return u == u'\n' || u == u'\r' || u == QChar::ParagraphSeparator || u == QChar::LineSeparator || u == 0x0085;
}

// Tabs, form feeds, NULs and other control characters inside a line read as spaces.
bool readsAsSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7F || u == 0xFEFF;
}

bool isBlankChar(QChar c)
{
    return c.isSpace() || readsAsSpace(c) || c == QChar(0x200B);
}

// Closing quotation marks and brackets that may follow a sentence's final stop.
bool isTrailingCloser(QChar c)
{
    switch (c.category()) {
    case QChar::Punctuation_Close:
    case QChar::Punctuation_FinalQuote:
        return true;
    default:
        return c == u'"' || c == u'\'' || c == QChar(0x201C) || c == QChar(0x201D) || c == QChar(0x00BB)
            || c == QChar(0x2019);
    }
}

} // namespace

bool PlainTextReader::looksLikeTitle(QStringView line)
{
    line = line.trimmed();
    if (line.isEmpty() || line.size() > 160)
        return false;
    // "He said: “We will win.”" ends a sentence even though its last character is a mark.
    QStringView core = line;
    while (core.size() > 1 && isTrailingCloser(core.back()))
        core.chop(1);
    const QChar last = core.back();
    if (last == u',' || last == u';' || last == u':')
        return false;
    if (last != u'.' && last != QChar(0x2026))
        return true;
    // A headline written as a sentence ("Poll: Voters Abandon Party."): most words capitalised.
    int words = 0, capitalised = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && !line[i].isLetter())
            ++i;
        const qsizetype start = i;
        while (i < line.size() && (line[i].isLetterOrNumber() || line[i] == u'\'' || line[i] == u'-'))
            ++i;
        if (i - start >= 4) {
            ++words;
            capitalised += line[start].isUpper();
        }
    }
    return words >= 3 && capitalised * 10 >= words * 7;
}

Article PlainTextReader::read(QString &&input)
{
    QString text = std::move(input);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);

    // First pass: are paragraphs separated by blank lines, or is every line a paragraph?
    bool blankSeparators = false;
    {
        bool seenText = false, pendingBlank = false, lineHasText = false;
        for (qsizetype i = 0, n = text.size(); i <= n && !blankSeparators; ++i) {
            if (i == n || isLineBreak(text[i])) {
                if (lineHasText) {
                    if (pendingBlank && seenText)
                        blankSeparators = true;
                    seenText = true;
                    pendingBlank = false;
                } else if (seenText) {
                    pendingBlank = true;
                }
                lineHasText = false;
                if (i < n && text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                    ++i;
            } else if (!isBlankChar(text[i])) {
                lineHasText = true;
            }
        }
    }

    // Second pass, in place: the output never runs ahead of the input.
    QList<Article::Block> blocks;
    QChar *data = text.data();
    const qsizetype n = text.size();
    qsizetype w = 0;
    qsizetype r = 0;
    bool paragraphOpen = false;
    int firstBlockLines = 0;
    while (r < n) {
        // Only the units that are no printable ASCII can end the line or read as a space.
        qsizetype lineEnd = r;
        bool hasSpaceLike = false;
        for (;;) {
            lineEnd = TextChars::findControlOrNonAscii(data, lineEnd, n);
            if (lineEnd == n || isLineBreak(data[lineEnd]))
                break;
            hasSpaceLike = hasSpaceLike || readsAsSpace(data[lineEnd]);
            ++lineEnd;
        }
        qsizetype s = r, e = lineEnd;
        while (s < e && isBlankChar(data[s]))
            ++s;
        while (e > s && isBlankChar(data[e - 1]))
            --e;
        if (s == e) {
            paragraphOpen = false;
        } else {
            if (paragraphOpen && blankSeparators) {
                data[w++] = u' ';
            } else {
                if (!blocks.isEmpty())
                    data[w++] = u'\n';
                blocks.append({int(w), 0, Article::BlockKind::Paragraph, -1});
                paragraphOpen = true;
            }
            if (blocks.size() == 1)
                ++firstBlockLines;
            if (w != s)
                std::copy(data + s, data + e, data + w);
            if (hasSpaceLike)
                std::replace_if(data + w, data + w + (e - s), readsAsSpace, QChar(u' '));
            w += e - s;
            blocks.last().length = int(w - blocks.last().start);
        }
        r = lineEnd;
        if (r < n) {
            if (data[r] == u'\r' && r + 1 < n && data[r + 1] == u'\n')
                ++r;
            ++r;
        }
    }
    text.truncate(w);
    text.squeeze();

    if (blocks.size() > 1 && firstBlockLines == 1
        && looksLikeTitle(QStringView(text).mid(blocks.first().start, blocks.first().length)))
        blocks.first().kind = Article::BlockKind::Title;

    Article article;
    const bool hasTitle = !blocks.isEmpty() && blocks.first().kind == Article::BlockKind::Title;
    const QString title = hasTitle ? text.mid(blocks.first().start, blocks.first().length) : QString();
    article.adoptText(std::move(text), std::move(blocks));
    article.setTitle(title);
    return article;
}
