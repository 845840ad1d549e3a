#include "htmlblockwriter.h"

#include "embeddedpost.h"
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

// <q> at an even depth (the outermost) gets double marks, inside it single ones, as browsers show them.
QChar openingMark(int level)
{
    return level % 2 == 0 ? QChar(0x201C) : QChar(0x2018);
}

QChar closingMark(int level)
{
    return level % 2 == 0 ? QChar(0x201D) : QChar(0x2019);
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
            if (EmbeddedPost::isEmbed(m_doc, i)) {
                writeEmbeddedPost(i);
                i = node.end - 1;
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

void HtmlBlockWriter::writeEmbeddedPost(int blockquote)
{
    // One paragraph that says who posted what, in quotation marks; an embed that says nothing (a
    // picture alone) leaves nothing behind, not its "view this post" links.
    flush();
    const std::optional<EmbeddedPost> post = EmbeddedPost::read(m_doc, blockquote);
    if (post)
        m_article->appendBlock(post->sentence(), Article::BlockKind::Paragraph);
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
        m_quotes.append(QuoteMarks::Awaiting);
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
    if (tag == Tag::Q && !m_quotes.isEmpty()) {
        closeQuote(int(m_quotes.size()) - 1);
        m_quotes.removeLast();
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
        if (!m_quotes.isEmpty() && m_quotes.last() == QuoteMarks::Awaiting)
            openQuotes(c);
        m_buf += c.unicode() == 0 ? QChar(QChar::ReplacementCharacter) : c;
    }
}

void HtmlBlockWriter::openQuotes(QChar first)
{
    // A <q> whose text brings its own marks keeps them: two pairs would read as two quotations.
    const bool own = TextChars::isQuotationMark(first);
    for (int level = 0; level < m_quotes.size(); ++level) {
        if (m_quotes.at(level) != QuoteMarks::Awaiting)
            continue;
        m_quotes[level] = own ? QuoteMarks::OwnMarks : QuoteMarks::Added;
        if (!own)
            m_buf += openingMark(level);
    }
}

void HtmlBlockWriter::closeQuote(int level)
{
    // The closing mark goes right after the last word; the space that may follow stays pending.
    if (m_quotes.at(level) == QuoteMarks::Added)
        m_buf += closingMark(level);
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
    // A quotation that runs on into the next block is closed here and opened again there, as a
    // quotation of several paragraphs is printed.
    for (int level = int(m_quotes.size()) - 1; level >= 0; --level) {
        closeQuote(level);
        m_quotes[level] = QuoteMarks::Awaiting;
    }
    m_pendingSpace = false;
    m_afterBreak = false;
    if (m_buf.isEmpty())
        return;
    const QString text = std::exchange(m_buf, QString());
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
    if (blockKind == Article::BlockKind::BlockQuote && !TextChars::hasDoubleQuotationMark(text))
        m_article->addMarkedQuote(start, start + int(text.size()));
}
