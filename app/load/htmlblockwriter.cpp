#include "htmlblockwriter.h"

#include "embeddedpost.h"
#include "text/textchars.h"
#include "text/whitespace.h"

#include <QFile>
#include <QLocale>
#include <QSet>

#include <utility>

namespace {

using Tag = HtmlDocument::Tag;
using Node = HtmlDocument::Node;

// The words of a text for comparing titles: lower case, split at anything not a letter or digit.
QStringList titleWords(QStringView text)
{
    QStringList words;
    QString word;
    for (QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

// Readability's textSimilarity: 1 less the share of b's text (by length) in words a does not have.
double textSimilarity(QStringView a, QStringView b)
{
    const QStringList left = titleWords(a);
    const QStringList right = titleWords(b);
    if (left.isEmpty() || right.isEmpty())
        return 0;
    QStringList unique;
    for (const QString &w : right) {
        if (!left.contains(w))
            unique.append(w);
    }
    return 1 - unique.join(u' ').size() / double(right.join(u' ').size());
}

const QSet<QString> &adLabels()
{
    static const QSet<QString> labels = [] {
        QSet<QString> out;
        QFile file(QStringLiteral(":/rules/ad-labels.txt"));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("Saywho: rule file ad-labels.txt is missing from the resources");
            return out;
        }
        const QString all = QString::fromUtf8(file.readAll());
        for (QStringView line : QStringView(all).split(u'\n')) {
            line = line.trimmed();
            if (!line.isEmpty() && !line.startsWith(u'#'))
                out.insert(Whitespace::collapse(line).toLower());
        }
        return out;
    }();
    return labels;
}

using Marks = std::pair<QString, QString>;

// The marks of a <q> in a language: Qt's (CLDR's) standard quotation marks outside, its alternate
// ones inside another quotation, as browsers alternate them. A page that names no language, or one
// Qt does not know, gets the English marks browsers default to.
Marks marksFor(const QString &language, bool inner)
{
    const QLocale locale = language.isEmpty() ? QLocale::c() : QLocale(language);
    if (locale.language() == QLocale::C)
        return inner ? Marks(QStringLiteral("\u2018"), QStringLiteral("\u2019"))
                     : Marks(QStringLiteral("\u201C"), QStringLiteral("\u201D"));
    const QChar placeholder(0xE000);
    const QString quoted = locale.quoteString(QString(placeholder),
                                              inner ? QLocale::AlternateQuotation : QLocale::StandardQuotation);
    const qsizetype at = quoted.indexOf(placeholder);
    Marks marks(quoted.left(at), quoted.mid(at + 1));
    // French sets its guillemets off with a narrow no-break space (Swiss French does not).
    if (locale.language() == QLocale::French && locale.territory() != QLocale::Switzerland
        && marks.first == QStringLiteral("\u00AB")) {
        marks.first += QChar(0x202F);
        marks.second.prepend(QChar(0x202F));
    }
    return marks;
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

void HtmlBlockWriter::write(const QList<int> &roots, const std::vector<bool> &hidden,
                            const std::vector<bool> &dataTables, Article &article, const QStringList &skip)
{
    m_article = &article;
    m_dataTables = dataTables.empty() ? nullptr : &dataTables;
    m_title = skip.value(0);
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
            enter(i, node.tag);
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

void HtmlBlockWriter::enter(int index, Tag tag)
{
    if (tag == Tag::Br) {
        if (!m_dataTable && (m_pre || m_afterBreak)) {
            flush();
        } else {
            m_pendingSpace = !m_buf.isEmpty();
            m_afterBreak = true;
        }
        return;
    }
    if (startsBlock(tag)) {
        flush();
    } else if (m_dataTable && (tag == Tag::Td || tag == Tag::Th)) {
        // Cells of one row share its line, set apart as a table is read aloud.
        if (m_cells++ > 0 && !m_buf.isEmpty())
            m_buf += QStringLiteral(" | ");
        m_pendingSpace = false;
    } else if (m_dataTable && HtmlDocument::isBlock(tag)) {
        m_pendingSpace = !m_buf.isEmpty() && !m_buf.endsWith(u' ');
    }
    switch (tag) {
    case Tag::Table:
        if (m_dataTable || (m_dataTables && (*m_dataTables)[size_t(index)]))
            ++m_dataTable;
        break;
    case Tag::Tr: m_cells = 0; break;
    case Tag::Pre: ++m_pre; break;
    case Tag::Blockquote: ++m_blockquote; break;
    case Tag::Li: case Tag::Dd: ++m_listItem; break;
    case Tag::Footer: case Tag::Cite: case Tag::Figcaption:
        if (m_blockquote)
            ++m_attribution;
        break;
    case Tag::Q:
        m_quotes.append({QuoteMarks::Awaiting, quoteMarks(index, int(m_quotes.size()))});
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
    if (startsBlock(tag))
        flush();
    else if (m_dataTable && HtmlDocument::isBlock(tag))
        m_pendingSpace = !m_buf.isEmpty() && !m_buf.endsWith(u' ');
    switch (tag) {
    case Tag::Table:
        if (m_dataTable)
            --m_dataTable;
        break;
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
        if (!m_quotes.isEmpty() && m_quotes.last().state == QuoteMarks::Awaiting)
            openQuotes(c);
        m_buf += c.unicode() == 0 ? QChar(QChar::ReplacementCharacter) : c;
    }
}

void HtmlBlockWriter::openQuotes(QChar first)
{
    // A <q> whose text brings its own marks keeps them: two pairs would read as two quotations.
    const bool own = TextChars::isQuotationMark(first);
    for (int level = 0; level < m_quotes.size(); ++level) {
        OpenQuote &quote = m_quotes[level];
        if (quote.state != QuoteMarks::Awaiting)
            continue;
        quote.state = own ? QuoteMarks::OwnMarks : QuoteMarks::Added;
        if (!own)
            m_buf += quote.marks.opening;
    }
}

void HtmlBlockWriter::closeQuote(int level)
{
    // The closing mark goes right after the last word; the space that may follow stays pending.
    if (m_quotes.at(level).state == QuoteMarks::Added)
        m_buf += m_quotes.at(level).marks.closing;
}

bool HtmlBlockWriter::startsBlock(Tag tag) const
{
    // Inside a data table only rows and the caption are blocks; a cell's paragraphs run on.
    if (m_dataTable)
        return tag == Tag::Tr || tag == Tag::Caption || tag == Tag::Table;
    return HtmlDocument::isBlock(tag) || tag == Tag::Br || (m_blockquote && tag == Tag::Cite);
}

std::pair<QString, QString> HtmlBlockWriter::quotationMarks(const QString &language, int level)
{
    return marksFor(language, level % 2 == 1);
}

bool HtmlBlockWriter::isTitleHeading(const QString &text) const
{
    return !m_titleHeadingSeen && !m_title.isEmpty() && textSimilarity(m_title, text) > 0.75;
}

bool HtmlBlockWriter::isAdOrLoadingLabel(QStringView text)
{
    // Labels are a few words; anything longer is content, whatever its words.
    if (text.size() > 64)
        return false;
    qsizetype from = 0, to = text.size();
    while (from < to && !text[from].isLetterOrNumber())
        ++from;
    while (to > from && !text[to - 1].isLetterOrNumber())
        --to;
    if (from == to)
        return false;
    return adLabels().contains(Whitespace::collapse(text.sliced(from, to - from)).toLower());
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
        m_quotes[level].state = QuoteMarks::Awaiting;
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
        if (blockKind == Article::BlockKind::Heading)
            m_titleHeadingSeen = true;
        return;
    }
    // The headline is shown as the title; a heading that repeats it in a few other words goes too.
    if (blockKind == Article::BlockKind::Heading && isTitleHeading(text)) {
        m_titleHeadingSeen = true;
        return;
    }
    if (isAdOrLoadingLabel(text))
        return;
    m_article->appendBlock(text, blockKind);
    const int start = m_article->blocks().last().start;
    if (blockKind == Article::BlockKind::BlockQuote && !TextChars::hasDoubleQuotationMark(text))
        m_article->addMarkedQuote(start, start + int(text.size()));
}

QString HtmlBlockWriter::languageOf(int index)
{
    // As for CSS's quotes: the nearest lang, the element's own first; lang="" says "unknown". Which
    // element holds it is remembered along the way up, so that many <q>s deep in a page cost one
    // walk, not one each.
    if (m_langHolder.empty())
        m_langHolder.assign(size_t(m_doc.size()), kUnknown);
    QList<int> path;
    int holder = kNone;
    for (int i = index; i > 0; i = m_doc.node(i).parent) {
        if (m_langHolder[size_t(i)] != kUnknown) {
            holder = m_langHolder[size_t(i)];
            break;
        }
        path.append(i);
        if (m_doc.hasAttribute(i, u"lang")) {
            holder = i;
            break;
        }
    }
    for (int i : std::as_const(path))
        m_langHolder[size_t(i)] = holder;
    if (holder != kNone)
        return m_doc.attribute(holder, u"lang").trimmed();
    if (!m_pageLanguageRead) {
        m_pageLanguageRead = true;
        for (int i = 1; i < m_doc.size(); ++i) {
            const Node &node = m_doc.node(i);
            if (node.tag == Tag::Body)
                break;
            if (node.tag == Tag::Meta
                && m_doc.attribute(i, u"http-equiv").compare(u"content-language", Qt::CaseInsensitive) == 0) {
                // "de, en" names the languages of a page for several readers: the first is its own.
                m_pageLanguage = m_doc.attribute(i, u"content").section(u',', 0, 0).trimmed();
                break;
            }
        }
    }
    return m_pageLanguage;
}

HtmlBlockWriter::MarkPair HtmlBlockWriter::quoteMarks(int index, int level)
{
    const bool inner = level % 2 == 1;
    const QString language = languageOf(index);
    const QString key = language.toLower() + (inner ? u'/' : u'|');
    if (const auto it = m_marksByLanguage.constFind(key); it != m_marksByLanguage.cend())
        return *it;
    const auto [opening, closing] = quotationMarks(language, level);
    return *m_marksByLanguage.insert(key, {opening, closing});
}
