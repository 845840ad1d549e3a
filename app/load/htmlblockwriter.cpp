#include "htmlblockwriter.h"

#include "text/textchars.h"
#include "text/whitespace.h"

#include <utility>

namespace {

using Tag = HtmlDocument::Tag;
using Node = HtmlDocument::Node;

bool startsBlock(Tag t, bool inBlockquote)
{
    return HtmlDocument::isBlock(t) || t == Tag::Br || (inBlockquote && t == Tag::Cite);
}

bool isDash(QChar c)
{
    return c == u'-' || c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2015);
}

} // namespace

HtmlBlockWriter::HtmlBlockWriter(const HtmlDocument &doc)
    : m_doc(doc)
{
}

void HtmlBlockWriter::write(const QList<int> &roots, const std::vector<bool> &hidden, Article &article,
                            const QStringList &skip)
{
    m_article = &article;
    for (const QString &text : skip) {
        if (!text.isEmpty())
            m_skip.append(Whitespace::collapse(text).toLower());
    }
    for (int root : roots) {
        const int end = m_doc.node(root).end;
        for (int i = root; i < end; ++i) {
            while (!m_open.isEmpty() && m_open.last().end <= i)
                leave(m_open.takeLast().tag);
            const Node &node = m_doc.node(i);
            if (hidden[size_t(i)]) {
                if (!node.isText)
                    i = node.end - 1;
                continue;
            }
            if (node.isText) {
                appendText(node.text);
                continue;
            }
            enter(node.tag);
            if (node.end > i + 1)
                m_open.append({node.end, node.tag});
            else
                leave(node.tag);
        }
        while (!m_open.isEmpty())
            leave(m_open.takeLast().tag);
        flush();
    }
}

void HtmlBlockWriter::enter(Tag tag)
{
    if (tag == Tag::Br) {
        if (m_pre || m_afterBreak) {
            flush();
        } else {
            m_pendingSpace = !m_buf.isEmpty();
            m_afterBreak = true;
        }
        return;
    }
    if (startsBlock(tag, m_blockquote > 0))
        flush();
    switch (tag) {
    case Tag::Pre: ++m_pre; break;
    case Tag::Blockquote: ++m_blockquote; break;
    case Tag::Li: case Tag::Dd: ++m_listItem; break;
    case Tag::Footer: case Tag::Cite: case Tag::Figcaption:
        if (m_blockquote)
            ++m_attribution;
        break;
    case Tag::Q:
        if (m_q++ == 0)
            m_qStart = -1;
        break;
    default:
        if (HtmlDocument::isHeading(tag))
            ++m_heading;
        break;
    }
}

void HtmlBlockWriter::leave(Tag tag)
{
    if (tag == Tag::Br)
        return;
    switch (tag) {
    case Tag::Q:
        if (--m_q == 0 && m_qStart >= 0 && m_qStart < m_buf.size())
            m_spans.append({m_qStart, int(m_buf.size())});
        break;
    default:
        break;
    }
    if (startsBlock(tag, m_blockquote > 0))
        flush();
    switch (tag) {
    case Tag::Pre: --m_pre; break;
    case Tag::Blockquote: --m_blockquote; break;
    case Tag::Li: case Tag::Dd: --m_listItem; break;
    case Tag::Footer: case Tag::Cite: case Tag::Figcaption:
        if (m_attribution)
            --m_attribution;
        break;
    default:
        if (HtmlDocument::isHeading(tag))
            --m_heading;
        break;
    }
}

void HtmlBlockWriter::appendText(QStringView text)
{
    for (QChar c : text) {
        if (m_pre && (c == u'\n' || c == u'\r')) {
            flush();
            continue;
        }
        if (Whitespace::isAscii(c)) {
            m_pendingSpace = !m_buf.isEmpty();
            continue;
        }
        if (m_pendingSpace)
            m_buf += u' ';
        m_pendingSpace = false;
        m_afterBreak = false;
        if (m_q > 0 && m_qStart < 0)
            m_qStart = int(m_buf.size());
        m_buf += c.unicode() == 0 ? QChar(QChar::ReplacementCharacter) : c;
    }
}

Article::BlockKind HtmlBlockWriter::kind() const
{
    if (m_heading)
        return Article::BlockKind::Heading;
    if (m_blockquote && !m_attribution)
        return Article::BlockKind::BlockQuote;
    if (m_listItem)
        return Article::BlockKind::ListItem;
    return Article::BlockKind::Paragraph;
}

void HtmlBlockWriter::flush()
{
    if (m_q > 0 && m_qStart >= 0 && m_qStart < m_buf.size())
        m_spans.append({m_qStart, int(m_buf.size())});
    m_qStart = -1;
    m_pendingSpace = false;
    m_afterBreak = false;
    if (m_buf.isEmpty()) {
        m_spans.clear();
        return;
    }
    const QString text = std::exchange(m_buf, QString());
    const QList<std::pair<int, int>> spans = std::exchange(m_spans, {});
    Article::BlockKind blockKind = kind();
    // The dash line that closes an embedded quotation names its source; it is not quoted.
    if (blockKind == Article::BlockKind::BlockQuote && text.size() > 1 && isDash(text.front()))
        blockKind = Article::BlockKind::Paragraph;

    const QString key = text.toLower();
    const qsizetype skip = m_skip.indexOf(key);
    if (skip >= 0 && (blockKind == Article::BlockKind::Heading || blockKind == Article::BlockKind::Paragraph)) {
        m_skip.removeAt(skip);
        return;
    }
    m_article->appendBlock(text, blockKind);
    const int start = m_article->blocks().last().start;
    if (blockKind == Article::BlockKind::BlockQuote) {
        if (!TextChars::hasDoubleQuotationMark(text))
            m_article->addMarkedQuote(start, start + int(text.size()));
        return;
    }
    for (const auto &span : spans) {
        if (!TextChars::hasDoubleQuotationMark(QStringView(text).mid(span.first, span.second - span.first)))
            m_article->addMarkedQuote(start + span.first, start + span.second);
    }
}
