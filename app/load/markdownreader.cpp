#include "markdownreader.h"

#include "htmlblockwriter.h"
#include "text/textchars.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>
#include <mutex>

namespace {

QtMessageHandler previousHandler = nullptr;

// Without a QGuiApplication there are no fonts; the Markdown importer still asks for a monospace
// font and Qt warns about it. The warning says nothing about the article, so it is dropped.
void dropFontWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QFont::setPixelSize")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        qt_message_output(type, context, message); // never reached: Qt always has a handler
}

void quietFontWarningsWhenHeadless()
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return;
    static std::once_flag once;
    std::call_once(once, [] { previousHandler = qInstallMessageHandler(dropFontWarnings); });
}

struct FrontMatter
{
    QString title;
    QString author;
    QString date;
    QString language;
};

QString unquoted(QStringView value)
{
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') && value.back() == value.front())
        value = value.mid(1, value.size() - 2);
    return value.toString();
}

// Removes a leading "---" YAML block (Jekyll, Hugo) and reads its title, author and date.
FrontMatter takeFrontMatter(QString &text)
{
    FrontMatter fm;
    if (!text.startsWith(QLatin1String("---\n")) && !text.startsWith(QLatin1String("---\r\n")))
        return fm;
    const qsizetype limit = std::min<qsizetype>(text.size(), 65536);
    qsizetype lineStart = text.indexOf(u'\n') + 1;
    while (lineStart > 0 && lineStart < limit) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart).trimmed();
        if (line == u"---" || line == u"...") {
            text.remove(0, std::min(lineEnd + 1, text.size()));
            return fm;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0) {
            const QStringView key = line.left(colon).trimmed();
            const QString value = unquoted(line.mid(colon + 1));
            if (key.compare(u"title", Qt::CaseInsensitive) == 0)
                fm.title = value;
            else if (key.compare(u"author", Qt::CaseInsensitive) == 0
                     || key.compare(u"authors", Qt::CaseInsensitive) == 0)
                fm.author = value;
            else if (key.compare(u"date", Qt::CaseInsensitive) == 0)
                fm.date = value;
            else if (key.compare(u"lang", Qt::CaseInsensitive) == 0
                     || key.compare(u"language", Qt::CaseInsensitive) == 0)
                fm.language = value;
        }
        lineStart = lineEnd + 1;
    }
    return {}; // no closing line: not front matter after all
}

// Builds one block's text: white space collapsed, images (object replacement characters) dropped,
// and inline HTML, which the Markdown reader was told to leave as text, taken out again: tags go,
// script and style content goes, and <q> gets the quotation marks a browser shows around it, in its
// lang's marks or the document's (as reader mode writes them, HtmlBlockWriter::quotationMarks).
class InlineText
{
public:
    QString text;

    InlineText(const QString &raw, const QString &language)
        : m_language(language)
    {
        qsizetype pos = 0;
        qsizetype from = 0;
        bool commentsClose = true;
        while (from < raw.size()) {
            const qsizetype lt = raw.indexOf(u'<', from);
            if (lt < 0)
                break;
            from = lt + 1;
            if (raw.mid(lt, 4) == u"<!--") {
                const qsizetype close = commentsClose ? raw.indexOf(u"-->", lt + 4) : -1;
                if (close < 0) {
                    commentsClose = false; // no later comment can close either
                    continue;
                }
                append(raw.mid(pos, lt - pos));
                pos = from = close + 3;
                continue;
            }
            bool closing = false;
            QStringView tagName;
            const qsizetype end = tagEnd(raw, lt, closing, tagName);
            if (end < 0)
                continue;
            append(raw.mid(pos, lt - pos));
            pos = from = end;
            const QString name = tagName.toString().toLower();
            if (name == u"q") {
                if (!closing)
                    openQuote(QStringView(raw).mid(lt, end - lt));
                else if (!m_quotes.isEmpty())
                    closeQuote();
            } else if (!closing && (name == u"script" || name == u"style" || name == u"iframe" || name == u"noscript"
                                    || name == u"template" || name == u"textarea" || name == u"title")) {
                const qsizetype endTag = raw.indexOf(QString(QStringLiteral("</") + name), pos, Qt::CaseInsensitive);
                const qsizetype close = endTag < 0 ? -1 : raw.indexOf(u'>', endTag);
                pos = from = close < 0 ? raw.size() : close + 1;
            } else if (name == u"br" || name == u"p" || name == u"div" || name == u"li") {
                m_space = !text.isEmpty();
            }
        }
        append(raw.mid(pos));
        // A <q> left open closes with its block, as a browser closes it with its paragraph.
        while (!m_quotes.isEmpty())
            closeQuote();
    }

private:
    // An open <q>: its opening mark waits for its first character, which may be a mark of its own.
    struct OpenQuote
    {
        QString language;
        QString closing;
        bool awaiting = true;
        bool added = false;
    };

    // The end of a complete tag "<name ...>" or "</name>" starting at lt, or -1.
    static qsizetype tagEnd(QStringView s, qsizetype lt, bool &closing, QStringView &name)
    {
        auto isLetter = [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
        qsizetype i = lt + 1;
        closing = i < s.size() && s[i] == u'/';
        if (closing)
            ++i;
        if (i >= s.size() || !isLetter(s[i]))
            return -1;
        const qsizetype nameStart = i;
        while (i < s.size() && (isLetter(s[i]) || s[i].isDigit() || s[i] == u'-'))
            ++i;
        name = s.mid(nameStart, i - nameStart);
        if (i < s.size() && s[i].isSpace()) {
            while (i < s.size() && s[i] != u'<' && s[i] != u'>')
                ++i;
        } else if (i < s.size() && s[i] == u'/') {
            ++i;
        }
        return (i < s.size() && s[i] == u'>') ? i + 1 : -1;
    }

    void openQuote(QStringView tag)
    {
        static const QRegularExpression lang(QStringLiteral("[\\s:]lang\\s*=\\s*[\"']?([A-Za-z0-9-]*)"),
                                             QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = lang.match(tag);
        OpenQuote quote;
        quote.language = m.hasMatch() ? m.captured(1)
            : m_quotes.isEmpty()      ? m_language
                                      : m_quotes.last().language;
        m_quotes.append(quote);
    }

    void closeQuote()
    {
        // The closing mark goes right after the last word; the space that may follow stays pending.
        const OpenQuote quote = m_quotes.takeLast();
        if (quote.added)
            text += quote.closing;
    }

    void openAwaitingQuotes(QChar first)
    {
        // A <q> whose text brings its own marks keeps them: two pairs would read as two quotations.
        const bool own = TextChars::isQuotationMark(first);
        for (int level = 0; level < m_quotes.size(); ++level) {
            OpenQuote &quote = m_quotes[level];
            if (!quote.awaiting)
                continue;
            quote.awaiting = false;
            if (own)
                continue;
            const auto [opening, closing] = HtmlBlockWriter::quotationMarks(quote.language, level);
            text += opening;
            quote.closing = closing;
            quote.added = true;
        }
    }

    void append(QStringView part)
    {
        for (QChar c : part) {
            if (c.isSpace() || c == QChar::ObjectReplacementCharacter || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator || c.unicode() < 0x20) {
                m_space = !text.isEmpty();
                continue;
            }
            if (m_space)
                text += u' ';
            m_space = false;
            if (!m_quotes.isEmpty() && m_quotes.last().awaiting)
                openAwaitingQuotes(c);
            text += c;
        }
    }

    QString m_language;
    bool m_space = false;
    QList<OpenQuote> m_quotes; // outermost first
};

bool startsWithDash(QStringView text)
{
    return text.size() > 1
        && (text.front() == u'-' || text.front() == QChar(0x2013) || text.front() == QChar(0x2014)
            || text.front() == QChar(0x2015));
}

} // namespace

Article MarkdownReader::read(const QString &markdown, const std::atomic_bool *cancelled)
{
    quietFontWarningsWhenHeadless();
    QString text = markdown;
    const FrontMatter fm = takeFrontMatter(text);

    QTextDocument doc;
    // Raw HTML stays text here (Qt's HTML import is neither reader mode nor safe on hostile markup);
    // InlineText takes the tags out again.
    doc.setMarkdown(text, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                          | QTextDocument::MarkdownNoHTML));
    text.clear();
    if (cancelled && cancelled->load())
        return {};

    Article article;
    article.appendHeader(fm.title, fm.author, fm.date);
    const QString fmTitle = article.title();
    bool seenBody = false;
    bool titleTaken = !fmTitle.isEmpty();
    int count = 0;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        if (cancelled && (++count & 0x3FF) == 0 && cancelled->load())
            return {};
        const InlineText inline_(block.text(), fm.language);
        const QString &line = inline_.text;
        if (line.isEmpty())
            continue;
        const QTextBlockFormat format = block.blockFormat();
        Article::BlockKind kind = Article::BlockKind::Paragraph;
        if (format.headingLevel() > 0) {
            kind = Article::BlockKind::Heading;
            if (format.headingLevel() == 1 && !seenBody && !titleTaken) {
                kind = Article::BlockKind::Title;
                titleTaken = true;
                article.setTitle(line);
            } else if (!seenBody && line.compare(fmTitle, Qt::CaseInsensitive) == 0) {
                continue; // the front matter's title repeated as the first heading
            }
        } else if (format.intProperty(QTextFormat::BlockQuoteLevel) > 0) {
            kind = startsWithDash(line) ? Article::BlockKind::Paragraph : Article::BlockKind::BlockQuote;
        } else if (block.textList()) {
            kind = Article::BlockKind::ListItem;
        }
        if (kind != Article::BlockKind::Title)
            seenBody = true;
        article.appendBlock(line, kind);
        const Article::Block &b = article.blocks().last();
        if (kind == Article::BlockKind::BlockQuote && !TextChars::hasDoubleQuotationMark(line))
            article.addMarkedQuote(b.start, b.end());
    }
    return article;
}
