#include "feedrepair.h"

#include "htmlentities.h"
#include "textdecoder.h"

#include <QRegularExpression>
#include <QSet>
#include <QString>

namespace {

// The encoding="..." of the XML declaration, if any.
QByteArray declaredEncoding(const QByteArray &xml)
{
    static const QRegularExpression declaration(
        QStringLiteral("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']"));
    const QRegularExpressionMatch m = declaration.match(QString::fromLatin1(xml.left(512)));
    return m.hasMatch() ? m.captured(1).toLatin1() : QByteArray();
}

bool isXmlNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u':';
}

// The entity names the internal DTD declares.
QSet<QString> declaredEntities(const QString &text)
{
    static const QRegularExpression entity(QStringLiteral("<!ENTITY\\s+([A-Za-z_:][\\w.:-]*)"));
    QSet<QString> names;
    const qsizetype subsetEnd = text.indexOf(QLatin1String("]>"));
    if (subsetEnd < 0)
        return names;
    for (auto it = entity.globalMatch(QStringView(text).first(subsetEnd)); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

// Whether the "&" at pos starts a reference XML (or the parser's HTML entity resolver) can read.
bool startsReference(const QString &text, qsizetype pos, const QSet<QString> &declared)
{
    qsizetype i = pos + 1;
    if (i < text.size() && text.at(i) == u'#') {
        ++i;
        const bool hex = i < text.size() && (text.at(i) == u'x' || text.at(i) == u'X');
        if (hex)
            ++i;
        const qsizetype digits = i;
        const auto isDigit = [hex](char16_t ch) {
            const char16_t lower = ch | 0x20;
            return (ch >= u'0' && ch <= u'9') || (hex && lower >= u'a' && lower <= u'f');
        };
        while (i < text.size() && isDigit(text.at(i).unicode()))
            ++i;
        return i > digits && i < text.size() && text.at(i) == u';';
    }
    const qsizetype nameStart = i;
    while (i < text.size() && i - nameStart < 64 && isXmlNameChar(text.at(i)))
        ++i;
    if (i == nameStart || i >= text.size() || text.at(i) != u';')
        return false;
    const QString name = text.mid(nameStart, i - nameStart);
    static const QSet<QString> predefined{QStringLiteral("amp"), QStringLiteral("lt"), QStringLiteral("gt"),
                                          QStringLiteral("quot"), QStringLiteral("apos")};
    return predefined.contains(name) || declared.contains(name) || !HtmlEntities::named(name).isEmpty();
}

bool isForbiddenControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0xFFFE || u == 0xFFFF;
}

} // namespace

QByteArray FeedRepair::repaired(const QByteArray &xml, Repairs *repairs)
{
    Repairs counts;
    TextDecoder::Result decoded = TextDecoder::decode(QByteArray(xml), declaredEncoding(xml));
    if (decoded.encoding == TextDecoder::Encoding::Utf8)
        counts.badBytes = int(decoded.fallbackBytes);
    const QString &text = decoded.text;
    const QSet<QString> declared = declaredEntities(text);

    QString out;
    out.reserve(text.size() + text.size() / 16);
    // CDATA sections and comments are left as they are: "&" means nothing there.
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'<' && QStringView(text).sliced(i).startsWith(u"<![CDATA[")) {
            const qsizetype close = text.indexOf(QLatin1String("]]>"), i);
            const qsizetype end = close < 0 ? text.size() : close + 3;
            out += QStringView(text).sliced(i, end - i);
            i = end;
            continue;
        }
        if (c == u'<' && QStringView(text).sliced(i).startsWith(u"<!--")) {
            const qsizetype close = text.indexOf(QLatin1String("-->"), i + 4);
            const qsizetype end = close < 0 ? text.size() : close + 3;
            out += QStringView(text).sliced(i, end - i);
            i = end;
            continue;
        }
        if (c == u'&' && !startsReference(text, i, declared)) {
            out += QLatin1String("&amp;");
            ++counts.ampersands;
        } else if (isForbiddenControl(c)) {
            ++counts.controls;
        } else {
            out += c;
        }
        ++i;
    }

    // The text is UTF-8 now, whatever the declaration said.
    static const QRegularExpression encoding(QStringLiteral("^(\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"'])[A-Za-z0-9._:-]+"));
    out.replace(encoding, QStringLiteral("\\1UTF-8"));
    if (repairs)
        *repairs = counts;
    return out.toUtf8();
}
