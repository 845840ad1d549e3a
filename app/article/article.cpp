#include "article.h"

#include "text/textchars.h"
#include "text/whitespace.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace {

// QTextCursor::insertText, which builds the reading pane block by block, takes U+FDD0 and U+FDD1
// (QTextBeginningOfFrame, QTextEndOfFrame) as block boundaries. They are noncharacters no text
// needs, but a page can hold them ("&#xFDD0;"): left in, they give the document more blocks than
// the article. Found by the fuzzers.
bool isFrameMark(QChar c)
{
    return c.unicode() == 0xFDD0 || c.unicode() == 0xFDD1;
}

// Whether the text holds a frame mark: one pass that skips ASCII eight units at a time and looks
// only at the units outside it (and at NUL, the one unit the skip must be given to stop at too).
bool hasFrameMark(QStringView text)
{
    const QChar *chars = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = TextChars::findNonAsciiOr(chars, 0, n, u'\0'); i < n;
         i = TextChars::findNonAsciiOr(chars, i + 1, n, u'\0')) {
        if (isFrameMark(chars[i]))
            return true;
    }
    return false;
}

QString displayDate(const QString &date)
{
    QDateTime when = QDateTime::fromString(date, Qt::ISODateWithMs);
    if (!when.isValid())
        when = QDateTime::fromString(date, Qt::RFC2822Date);
    QDate day = when.isValid() ? when.date() : QDate::fromString(date.left(10), Qt::ISODate);
    return day.isValid() ? QLocale().toString(day, QStringLiteral("d MMMM yyyy")) : date;
}

} // namespace

void Article::appendHeader(const QString &title, const QString &byline, const QString &date, const QString &dateText)
{
    const QString cleanTitle = Whitespace::collapse(title);
    const QString cleanByline = Whitespace::collapse(byline);
    setTitle(cleanTitle);
    setByline(cleanByline);
    setDate(date.trimmed());
    if (!cleanTitle.isEmpty())
        appendBlock(cleanTitle, BlockKind::Title);
    QString line = cleanByline;
    if (!date.trimmed().isEmpty()) {
        const QString shown = dateText.isEmpty() ? displayDate(date.trimmed()) : Whitespace::collapse(dateText);
        if (!line.contains(shown))
            line = line.isEmpty() ? shown : line + QStringLiteral(" \u00b7 ") + shown;
    }
    if (!line.isEmpty())
        appendBlock(line, BlockKind::Byline);
}

void Article::appendBlock(const QString &text, BlockKind kind)
{
    QString clean = text;
    for (QChar &c : clean) {
        if (c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator || c == QChar::LineSeparator
            || c == u'\t' || c == u'\v' || c == u'\f' || isFrameMark(c))
            c = u' ';
    }
    if (!m_blocks.isEmpty())
        m_text += u'\n';
    Block block;
    block.start = int(m_text.size());
    block.length = int(clean.size());
    block.kind = kind;
    if (kind != BlockKind::Title && kind != BlockKind::Byline)
        block.paragraph = m_bodyBlocks++;
    m_text += clean;
    m_blocks.append(block);
}

void Article::adoptText(QString &&text, QList<Block> &&blocks)
{
    m_text = std::move(text);
    // Written only when a frame mark is there, so a large text that has none is never touched.
    if (hasFrameMark(m_text))
        std::replace_if(m_text.begin(), m_text.end(), isFrameMark, QChar(u' '));
    m_blocks = std::move(blocks);
    m_bodyBlocks = 0;
    for (Block &b : m_blocks)
        b.paragraph = (b.kind != BlockKind::Title && b.kind != BlockKind::Byline) ? m_bodyBlocks++ : -1;
}

QStringView Article::blockText(int index) const
{
    const Block &b = m_blocks.at(index);
    return QStringView(m_text).mid(b.start, b.length);
}

int Article::blockAt(int pos) const
{
    if (m_blocks.isEmpty())
        return -1;
    auto it = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), pos,
                               [](int p, const Block &b) { return p < b.start; });
    if (it == m_blocks.cbegin())
        return 0;
    return int(std::distance(m_blocks.cbegin(), it)) - 1;
}


QUrl Article::webAddress() const
{
    const QString link = m_link.trimmed();
    const QUrl url(link.startsWith(u"//") ? QStringLiteral("https:") + link : link, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https") || url.host().isEmpty())
        return {};
    return url;
}
