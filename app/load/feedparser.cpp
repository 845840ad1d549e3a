#include "feedparser.h"

#include "feedrepair.h"
#include "htmlentities.h"
#include "htmlreader.h"
#include "jsonfeedparser.h"
#include "textdecoder.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QRegularExpression>
#include <QXmlStreamEntityResolver>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

const QLatin1String kAtomNs("http://www.w3.org/2005/Atom");
const QLatin1String kContentNs("http://purl.org/rss/1.0/modules/content/");
const QLatin1String kDcNs("http://purl.org/dc/elements/1.1/");
const QLatin1String kDcTermsNs("http://purl.org/dc/terms/");

// The most characters one entity may expand to (Qt's default, stated here on purpose).
constexpr int kEntityExpansionLimit = 4096;

// Feeds often use HTML's named entities without declaring them; external entities never resolve.
class HtmlEntityResolver : public QXmlStreamEntityResolver
{
public:
    QString resolveUndeclaredEntity(const QString &name) override { return HtmlEntities::named(name); }
};

// RFC 822 dates with zone names Qt does not know ("GMT", "EST") get a numeric offset.
QString normalizedDate(const QString &raw)
{
    QString s = raw.simplified();
    if (s.isEmpty())
        return s;
    QDateTime when = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!when.isValid()) {
        static const QRegularExpression zone(QStringLiteral("\\s([A-Z]{1,3})$"));
        static const QList<std::pair<QString, QString>> zones = {
            {QStringLiteral("GMT"), QStringLiteral("+0000")}, {QStringLiteral("UT"), QStringLiteral("+0000")},
            {QStringLiteral("UTC"), QStringLiteral("+0000")}, {QStringLiteral("Z"), QStringLiteral("+0000")},
            {QStringLiteral("EST"), QStringLiteral("-0500")}, {QStringLiteral("EDT"), QStringLiteral("-0400")},
            {QStringLiteral("CST"), QStringLiteral("-0600")}, {QStringLiteral("CDT"), QStringLiteral("-0500")},
            {QStringLiteral("MST"), QStringLiteral("-0700")}, {QStringLiteral("MDT"), QStringLiteral("-0600")},
            {QStringLiteral("PST"), QStringLiteral("-0800")}, {QStringLiteral("PDT"), QStringLiteral("-0700")},
        };
        QString rfc = s;
        const QRegularExpressionMatch m = zone.match(rfc);
        if (m.hasMatch()) {
            for (const auto &z : zones) {
                if (z.first == m.captured(1)) {
                    rfc.replace(m.capturedStart(1), m.capturedLength(1), z.second);
                    break;
                }
            }
        }
        when = QDateTime::fromString(rfc, Qt::RFC2822Date);
    }
    return when.isValid() ? when.toString(Qt::ISODate) : s;
}

// "jane@example.org (Jane Doe)" -> "Jane Doe"
QString authorName(const QString &raw)
{
    QString s = raw.simplified();
    const qsizetype open = s.indexOf(u'(');
    if (open > 0 && s.endsWith(u')') && s.left(open).contains(u'@'))
        return s.mid(open + 1, s.size() - open - 2).trimmed();
    return s;
}

bool looksLikeHtml(QStringView text)
{
    static const QRegularExpression tag(QStringLiteral("<(?:/?[a-zA-Z][a-zA-Z0-9]*[\\s/>]|!--)"));
    return tag.match(text).hasMatch() || text.contains(u"&#") || text.contains(u"&nbsp;");
}

void appendEscaped(QString &out, QStringView text)
{
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        default: out += c;
        }
    }
}

// Entity names referenced in text ("&name;"), character references left out.
QList<QStringView> entityReferences(QStringView text)
{
    QList<QStringView> names;
    for (qsizetype amp = text.indexOf(u'&'); amp >= 0; amp = text.indexOf(u'&', amp + 1)) {
        const qsizetype semi = text.indexOf(u';', amp + 1);
        if (semi < 0)
            break;
        const QStringView name = text.mid(amp + 1, semi - amp - 1);
        if (!name.isEmpty() && name.front() != u'#' && !name.contains(u'&') && !name.contains(u'<')
            && !name.contains(u' '))
            names.append(name);
    }
    return names;
}

// The characters the document's own entity references may expand to, going by the entities its
// internal DTD declares. Computed before parsing, because QXmlStreamReader expands a whole run of
// references into one token: a few hundred kilobytes of "&big;" would otherwise become gigabytes
// before any check could see them. Over-counts (references in comments count too), never under.
qint64 declaredExpansion(const QByteArray &bytes)
{
    QXmlStreamReader probe(bytes);
    QXmlStreamEntityDeclarations declarations;
    while (!probe.atEnd()) {
        const QXmlStreamReader::TokenType type = probe.readNext();
        if (type == QXmlStreamReader::DTD) {
            declarations = probe.entityDeclarations();
            break;
        }
        if (type == QXmlStreamReader::StartElement || type == QXmlStreamReader::Invalid)
            break;
    }
    if (declarations.isEmpty())
        return 0;

    QHash<QString, QString> values;
    for (const QXmlStreamEntityDeclaration &d : std::as_const(declarations))
        values.insert(d.name().toString(), d.value().toString()); // external entities: empty, never resolved
    // Expanded length of each entity, depth first without recursion; beyond the per-entity limit
    // QXmlStreamReader stops anyway, and a cycle counts as that limit.
    QHash<QString, qint64> expanded;
    QSet<QString> visiting;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QList<QString> stack{it.key()};
        while (!stack.isEmpty()) {
            const QString name = stack.last();
            if (expanded.contains(name)) {
                stack.removeLast();
                continue;
            }
            const QString &value = values[name];
            const QList<QStringView> refs = entityReferences(value);
            if (!visiting.contains(name)) {
                visiting.insert(name);
                for (QStringView r : refs) {
                    const QString ref = r.toString();
                    if (!values.contains(ref) || expanded.contains(ref))
                        continue;
                    if (visiting.contains(ref))
                        expanded.insert(ref, kEntityExpansionLimit);
                    else
                        stack.append(ref);
                }
                continue;
            }
            stack.removeLast();
            visiting.remove(name);
            qint64 length = value.size();
            for (QStringView r : refs)
                length += expanded.value(r.toString(), 1) - (r.size() + 2);
            expanded.insert(name, std::clamp<qint64>(length, 0, kEntityExpansionLimit));
        }
    }

    // References after the internal subset (it ends at the first "]>") in the document's text.
    const QString text = TextDecoder::decode(bytes).text;
    const qsizetype doctype = text.indexOf(QLatin1String("<!DOCTYPE"));
    const qsizetype subsetEnd = doctype < 0 ? -1 : text.indexOf(QLatin1String("]>"), doctype);
    qint64 total = 0;
    for (QStringView r : entityReferences(QStringView(text).mid(subsetEnd < 0 ? 0 : subsetEnd)))
        total += expanded.value(r.toString(), 1);
    return total;
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(FeedParser)

public:
    Parser(const QByteArray &bytes, const std::atomic_bool *cancelled)
        : m_bytes(bytes), m_xml(bytes), m_cancelled(cancelled)
        // Text beyond what the bytes could hold without entities means an expansion attack.
        , m_budget(qint64(bytes.size()) * 2 + qint64(1024) * 1024)
    {
        m_xml.setNamespaceProcessing(true);
        m_xml.setEntityResolver(&m_resolver);
        m_xml.setEntityExpansionLimit(kEntityExpansionLimit);
    }

    FeedParser::Result run();
    // Whether run() failed because the XML is not well-formed (not for an attack or a wrong root).
    bool isMalformed() const { return m_malformed; }
    // The entries read in full before the XML broke, with the feed's title.
    Feed takeFeedBeforeDamage() { return std::move(m_feed); }
    QString damage() const { return m_damage; }

private:
    enum class Kind { Rss, Rdf, Atom };
    enum class TextType { Text, Html, Xhtml };

    // How an element's content is read: as text (markup inside dropped), as HTML source (its text is
    // markup already, as in an RSS description; stray child elements are kept as tags), or as XHTML
    // (child elements are the markup and their text is escaped).
    enum class Content { Text, HtmlSource, Xhtml };

    QXmlStreamReader::TokenType next();
    bool failed() const { return m_xml.hasError() || !m_error.isEmpty() || m_stopped; }
    // Reads the current element's content up to its end tag.
    QString readContent(Content mode);
    void skipElement() { readContent(Content::Text); }
    void readEntry();
    TextType atomTextType() const;
    QString readTitle();

    const QByteArray &m_bytes;
    QXmlStreamReader m_xml;
    HtmlEntityResolver m_resolver;
    const std::atomic_bool *m_cancelled;
    qint64 m_budget;
    qint64 m_used = 0;
    quint32 m_tokens = 0;
    bool m_stopped = false;
    Kind m_kind = Kind::Rss;
    QString m_error;
    Feed m_feed;
    bool m_malformed = false;
    QString m_damage; // where and how the XML broke
};

QXmlStreamReader::TokenType Parser::next()
{
    const QXmlStreamReader::TokenType type = m_xml.readNext();
    if (type == QXmlStreamReader::Characters) {
        m_used += m_xml.text().size();
    } else if (type == QXmlStreamReader::StartElement) {
        for (const QXmlStreamAttribute &a : m_xml.attributes())
            m_used += a.value().size();
    }
    if (m_used > m_budget && m_error.isEmpty())
        m_error = tr("Its entities expand to far more text than the file holds, so it was not read.");
    if (m_cancelled && (++m_tokens & 0x3FF) == 0 && m_cancelled->load(std::memory_order_relaxed))
        m_stopped = true;
    return failed() ? QXmlStreamReader::Invalid : type;
}

QString Parser::readContent(Content mode)
{
    const bool keepMarkup = mode != Content::Text;
    QString out;
    int depth = 1;
    while (depth > 0) {
        switch (next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (keepMarkup) {
                out += u'<';
                out += m_xml.name();
                for (const QXmlStreamAttribute &a : m_xml.attributes()) {
                    out += u' ';
                    out += a.name();
                    out += QLatin1String("=\"");
                    appendEscaped(out, a.value());
                    out += u'"';
                }
                out += u'>';
            }
            break;
        case QXmlStreamReader::EndElement:
            if (--depth > 0 && keepMarkup) {
                out += QLatin1String("</");
                out += m_xml.name();
                out += u'>';
            }
            break;
        case QXmlStreamReader::Characters:
            if (mode == Content::Xhtml)
                appendEscaped(out, m_xml.text());
            else
                out += m_xml.text();
            break;
        case QXmlStreamReader::Invalid:
            return {};
        default:
            break;
        }
    }
    return out;
}

Parser::TextType Parser::atomTextType() const
{
    const QStringView type = m_xml.attributes().value(QLatin1String("type"));
    if (type == u"html" || type == u"text/html")
        return TextType::Html;
    if (type == u"xhtml" || type == u"application/xhtml+xml")
        return TextType::Xhtml;
    return TextType::Text;
}

QString Parser::readTitle()
{
    // Titles are text, but RSS titles often carry escaped markup or entities, and Atom says so.
    const TextType type = m_kind == Kind::Atom ? atomTextType() : TextType::Html;
    const QString raw = readContent(type == TextType::Xhtml ? Content::Xhtml : Content::Text);
    if (type == TextType::Text)
        return raw.simplified();
    return HtmlReader::toPlainText(raw);
}

void Parser::readEntry()
{
    FeedEntry entry;
    QString summary, updated, alternateLink, anyLink, guid;
    bool summaryIsHtml = true;
    bool contentIsHtml = true;
    QString content;
    while (!failed()) {
        const QXmlStreamReader::TokenType type = next();
        if (type == QXmlStreamReader::EndElement || type == QXmlStreamReader::Invalid)
            break;
        if (type != QXmlStreamReader::StartElement)
            continue;
        const QStringView ns = m_xml.namespaceUri();
        const QString name = m_xml.name().toString();
        const bool dc = ns == kDcNs || ns == kDcTermsNs;
        if (name == u"title" && !dc) {
            entry.title = readTitle();
        } else if (name == u"link" && ns == kAtomNs) {
            const QXmlStreamAttributes attrs = m_xml.attributes();
            const QStringView rel = attrs.value(QLatin1String("rel"));
            const QString href = attrs.value(QLatin1String("href")).trimmed().toString();
            if ((rel.isEmpty() || rel == u"alternate") && alternateLink.isEmpty())
                alternateLink = href;
            else if (anyLink.isEmpty())
                anyLink = href;
            skipElement();
        } else if (name == u"link") {
            const QString href = readContent(Content::Text).trimmed();
            if (alternateLink.isEmpty())
                alternateLink = href;
        } else if (name == u"guid" || (name == u"id" && ns == kAtomNs)) {
            const bool permalink = m_xml.attributes().value(QLatin1String("isPermaLink")) != u"false";
            const QString id = readContent(Content::Text).trimmed();
            if (entry.id.isEmpty())
                entry.id = id;
            if (permalink && (id.startsWith(u"http://") || id.startsWith(u"https://")))
                guid = id;
        } else if ((name == u"pubDate" || name == u"published" || name == u"issued" || name == u"created"
                    || (dc && name == u"date"))
                   && entry.date.isEmpty()) {
            entry.date = normalizedDate(readContent(Content::Text));
        } else if (name == u"updated" || name == u"modified") {
            updated = normalizedDate(readContent(Content::Text));
        } else if (name == u"author" && ns == kAtomNs) {
            // <author><name>…</name><email>…</email></author>
            QString authorText;
            while (!failed()) {
                const QXmlStreamReader::TokenType t = next();
                if (t == QXmlStreamReader::EndElement || t == QXmlStreamReader::Invalid)
                    break;
                if (t == QXmlStreamReader::StartElement) {
                    if (m_xml.name() == u"name")
                        authorText = readContent(Content::Text).simplified();
                    else
                        skipElement();
                }
            }
            if (entry.author.isEmpty())
                entry.author = authorText;
        } else if (name == u"author" || (dc && name == u"creator")) {
            const QString author = authorName(readContent(Content::Text));
            if (entry.author.isEmpty())
                entry.author = author;
        } else if (name == u"encoded" && ns == kContentNs) {
            content = readContent(Content::HtmlSource);
            contentIsHtml = true;
        } else if (name == u"content" && ns == kAtomNs) {
            if (m_xml.attributes().hasAttribute(QLatin1String("src"))) {
                skipElement();
                continue;
            }
            const TextType t = atomTextType();
            content = readContent(t == TextType::Xhtml ? Content::Xhtml
                                  : t == TextType::Html ? Content::HtmlSource : Content::Text);
            contentIsHtml = t != TextType::Text;
        } else if (name == u"description" || (name == u"summary" && ns == kAtomNs)) {
            const TextType t = m_kind == Kind::Atom ? atomTextType() : TextType::Html;
            // Unescaped markup inside an RSS description is taken as the HTML it was meant to be.
            summary = readContent(t == TextType::Xhtml ? Content::Xhtml
                                  : t == TextType::Html ? Content::HtmlSource : Content::Text);
            // RSS says a description may hold HTML; one that holds no markup reads better as text.
            summaryIsHtml = t == TextType::Xhtml
                || (t == TextType::Html && (m_kind == Kind::Atom || looksLikeHtml(summary)));
        } else {
            skipElement();
        }
    }
    if (content.trimmed().isEmpty()) {
        content = summary;
        contentIsHtml = summaryIsHtml;
    }
    entry.content = content;
    entry.contentIsHtml = contentIsHtml;
    entry.link = !alternateLink.isEmpty() ? alternateLink : !anyLink.isEmpty() ? anyLink : guid;
    if (entry.date.isEmpty())
        entry.date = updated;
    if (!failed()) // an entry the damage cut into is not read at all
        m_feed.entries.append(std::move(entry));
}

FeedParser::Result Parser::run()
{
    FeedParser::Result result;
    if (declaredExpansion(m_bytes) > m_budget) {
        result.error = tr("Its entities expand to far more text than the file holds, so it was not read.");
        return result;
    }
    // The root element decides the kind of feed.
    while (!failed() && next() != QXmlStreamReader::StartElement) {
        if (m_xml.atEnd())
            break;
    }
    if (!failed() && m_xml.tokenType() == QXmlStreamReader::StartElement) {
        const QStringView root = m_xml.name();
        if (root == u"rss")
            m_kind = Kind::Rss;
        else if (root == u"RDF")
            m_kind = Kind::Rdf;
        else if (root == u"feed")
            m_kind = Kind::Atom;
        else
            m_error = tr("This XML file is not a news feed (its root element is <%1>).").arg(root.toString());

        QList<QString> path{root.toString()};
        while (!failed() && !path.isEmpty()) {
            const QXmlStreamReader::TokenType type = next();
            if (type == QXmlStreamReader::EndElement) {
                path.removeLast();
                continue;
            }
            if (type != QXmlStreamReader::StartElement)
                continue;
            const QStringView name = m_xml.name();
            const QStringView parent = path.last();
            if ((name == u"item" && m_kind != Kind::Atom) || (name == u"entry" && m_kind == Kind::Atom)) {
                readEntry();
            } else if (name == u"title" && (parent == u"channel" || (m_kind == Kind::Atom && path.size() == 1))) {
                m_feed.title = readTitle();
            } else if (name == u"link" && m_feed.link.isEmpty()
                       && (parent == u"channel" || (m_kind == Kind::Atom && path.size() == 1))) {
                const QString href = m_xml.attributes().value(QLatin1String("href")).toString();
                const QString text = readContent(Content::Text).trimmed();
                m_feed.link = href.isEmpty() ? text : href;
            } else if (name == u"channel" || name == u"items") {
                path.append(name.toString());
            } else {
                skipElement();
            }
        }
    }

    if (m_stopped) {
        result.cancelled = true;
        return result;
    }
    if (m_error.isEmpty() && m_xml.hasError()) {
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && m_xml.lineNumber() <= 1
            && m_xml.columnNumber() == 0)
            m_error = tr("The file holds no XML.");
        else {
            m_malformed = true;
            m_damage = tr("line %1, column %2: %3").arg(m_xml.lineNumber()).arg(m_xml.columnNumber()).arg(m_xml.errorString());
            m_error = tr("The feed is not well-formed XML (%1)").arg(m_damage);
        }
    }
    result.error = m_error;
    if (result.error.isEmpty())
        result.feed = std::move(m_feed);
    return result;
}

} // namespace

FeedParser::Result FeedParser::parse(const QByteArray &xml, const std::atomic_bool *cancelled)
{
    if (JsonFeedParser::looksLikeJsonFeed(xml))
        return JsonFeedParser::parse(xml, cancelled);
    Parser strict(xml, cancelled);
    Result result = strict.run();
    if (!strict.isMalformed())
        return result;

    // Repaired and read again; what is still broken then costs only the entries from there on.
    FeedRepair::Repairs repairs;
    const QByteArray fixed = FeedRepair::repaired(xml, &repairs);
    Parser lenient(fixed, cancelled);
    Result second = lenient.run();
    if (second.cancelled)
        return second;
    if (second.ok() && !second.feed.entries.isEmpty()) {
        second.feed.warning = tr("The feed is not well-formed XML (%1); it was read after %n repair(s) of stray \"&\", "
                            "bad bytes or control characters.", "", repairs.total()).arg(strict.damage());
        return second;
    }
    Parser &damaged = lenient.isMalformed() ? lenient : strict;
    Feed before = damaged.takeFeedBeforeDamage();
    if (before.entries.isEmpty())
        return result;
    Result partial;
    before.warning = tr("The feed is damaged (%1): only the %n entries before the damage were read.", "",
                         int(before.entries.size())).arg(damaged.damage());
    partial.feed = std::move(before);
    return partial;
}

bool FeedParser::looksLikeFeed(QByteArrayView head)
{
    static const QRegularExpression root(QStringLiteral("<(?:[A-Za-z_][\\w.-]*:)?(?:rss|feed|RDF)[\\s>/]"));
    return root.match(QString::fromLatin1(head.first(std::min<qsizetype>(head.size(), 4096)))).hasMatch();
}
