#include "htmltokenizer.h"

#include "htmlentities.h"

#include <algorithm>

namespace {

// Real tags carry a handful of attributes; a tag with thousands is hostile and only the first are kept.
constexpr qsizetype kMaxAttributes = 64;

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f';
}

// Lower-cases into out, reusing its buffer: this runs once per tag.
void lowerAscii(QStringView s, QString &out)
{
    out.resize(s.size());
    QChar *d = out.data();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        if (u >= u'A' && u <= u'Z')
            d[i] = QChar(char16_t(u + 32));
        else
            d[i] = u == 0 ? QChar(QChar::ReplacementCharacter) : s[i];
    }
}

} // namespace

HtmlTokenizer::HtmlTokenizer(QStringView input)
    : m_in(input)
{
    if (m_in.startsWith(QChar(0xFEFF)))
        m_pos = 1;
}

bool HtmlTokenizer::isRawTextElement(QStringView name)
{
    if (name.size() < 3 || name.size() > 9)
        return false; // the usual case, decided without comparing strings
    static constexpr QStringView names[] = {
        u"script", u"style", u"xmp", u"iframe", u"noembed", u"noframes", u"noscript", u"title", u"textarea",
        u"plaintext",
    };
    for (QStringView n : names) {
        if (name == n)
            return true;
    }
    return false;
}

bool HtmlTokenizer::next(Token &token)
{
    token.attributes.clear();
    token.selfClosing = false;
    token.name.resize(0);
    token.text.clear();
    while (m_pos < m_in.size()) {
        if (!m_rawTextEnd.isEmpty()) {
            if (readRawText(token))
                return true;
            continue;
        }
        if (m_in[m_pos] != u'<')
            return readText(token);
        if (readTag(token))
            return true;
    }
    return false;
}

bool HtmlTokenizer::readText(Token &token)
{
    // Text runs to the next '<' that opens markup; a '<' that opens nothing is text.
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    while (i < m_in.size()) {
        i = m_in.indexOf(u'<', i);
        if (i < 0) {
            i = m_in.size();
            break;
        }
        if (i + 1 < m_in.size()) {
            const QChar c = m_in[i + 1];
            if (isAsciiAlpha(c) || c == u'/' || c == u'!' || c == u'?')
                break;
        }
        ++i;
    }
    m_pos = i;
    token.type = TokenType::Text;
    token.text = HtmlEntities::decode(m_in.mid(start, i - start));
    return true;
}

void HtmlTokenizer::skipUntil(QStringView terminator)
{
    const qsizetype end = m_in.indexOf(terminator, m_pos);
    m_pos = end < 0 ? m_in.size() : end + terminator.size();
}

bool HtmlTokenizer::readTag(Token &token)
{
    // m_in[m_pos] == '<' and something follows that opens markup (see readText).
    const qsizetype n = m_in.size();
    if (m_pos + 1 >= n) {
        m_pos = n;
        return false;
    }
    const QChar c = m_in[m_pos + 1];
    if (c == u'!') {
        if (m_in.mid(m_pos + 2, 2) == u"--") {
            // A comment ends at "-->" (or at the end of the input); "<!-->" is an empty comment.
            m_pos += 4;
            if (m_pos < n && m_in[m_pos] == u'>') {
                ++m_pos;
                return false;
            }
            if (m_in.mid(m_pos, 2) == u"->") {
                m_pos += 2;
                return false;
            }
            const qsizetype end = m_in.indexOf(u"--", m_pos);
            qsizetype e = end;
            while (e >= 0) {
                if (e + 2 < n && m_in[e + 2] == u'>') {
                    m_pos = e + 3;
                    return false;
                }
                if (e + 3 < n && m_in[e + 2] == u'!' && m_in[e + 3] == u'>') {
                    m_pos = e + 4;
                    return false;
                }
                e = m_in.indexOf(u"--", e + 1);
            }
            m_pos = n;
            return false;
        }
        skipUntil(u">"); // doctype, CDATA outside foreign content, bogus comment
        return false;
    }
    if (c == u'?') {
        skipUntil(u">");
        return false;
    }
    const bool endTag = c == u'/';
    qsizetype i = m_pos + (endTag ? 2 : 1);
    if (endTag && (i >= n || !isAsciiAlpha(m_in[i]))) {
        if (i < n && m_in[i] == u'>')
            m_pos = i + 1; // "</>" is dropped
        else
            skipUntil(u">");
        return false;
    }
    const qsizetype nameStart = i;
    while (i < n && !isHtmlSpace(m_in[i]) && m_in[i] != u'/' && m_in[i] != u'>')
        ++i;
    token.type = endTag ? TokenType::EndTag : TokenType::StartTag;
    lowerAscii(m_in.mid(nameStart, i - nameStart), token.name);

    // Attributes (end tags may carry them too; they are read and dropped).
    for (;;) {
        while (i < n && (isHtmlSpace(m_in[i]) || (m_in[i] == u'/' && !(i + 1 < n && m_in[i + 1] == u'>'))))
            ++i;
        if (i >= n) {
            m_pos = n; // a tag cut by the end of the input is dropped, as browsers do
            return false;
        }
        if (m_in[i] == u'>') {
            ++i;
            break;
        }
        if (m_in[i] == u'/') { // "/>"
            token.selfClosing = true;
            i += 2;
            break;
        }
        const qsizetype attrStart = i;
        ++i; // the first character may be '='
        while (i < n && !isHtmlSpace(m_in[i]) && m_in[i] != u'/' && m_in[i] != u'>' && m_in[i] != u'=')
            ++i;
        const QStringView attrName = m_in.mid(attrStart, i - attrStart);
        while (i < n && isHtmlSpace(m_in[i]))
            ++i;
        QStringView rawValue;
        if (i < n && m_in[i] == u'=') {
            ++i;
            while (i < n && isHtmlSpace(m_in[i]))
                ++i;
            if (i < n && (m_in[i] == u'"' || m_in[i] == u'\'')) {
                const QChar quote = m_in[i];
                const qsizetype valueStart = ++i;
                const qsizetype close = m_in.indexOf(quote, i);
                if (close < 0) {
                    m_pos = n;
                    return false;
                }
                rawValue = m_in.mid(valueStart, close - valueStart);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isHtmlSpace(m_in[i]) && m_in[i] != u'>')
                    ++i;
                rawValue = m_in.mid(valueStart, i - valueStart);
            }
        }
        if (!endTag && token.attributes.size() < kMaxAttributes) {
            QString name;
            lowerAscii(attrName, name);
            const bool duplicate = std::any_of(token.attributes.cbegin(), token.attributes.cend(),
                                               [&name](const Attribute &a) { return a.name == name; });
            if (!duplicate)
                token.attributes.append({std::move(name), HtmlEntities::decode(rawValue, true)});
        }
    }
    m_pos = i;
    if (!endTag && isRawTextElement(token.name)) {
        m_rawTextEnd = token.name;
        m_rcdata = token.name == u"title" || token.name == u"textarea";
    }
    return true;
}

bool HtmlTokenizer::readRawText(Token &token)
{
    // Raw text runs to "</name" followed by a space, '/' or '>' (any case); plaintext never ends.
    const qsizetype n = m_in.size();
    const qsizetype start = m_pos;
    qsizetype end = n;
    if (m_rawTextEnd != u"plaintext") {
        qsizetype i = m_pos;
        while ((i = m_in.indexOf(u"</", i)) >= 0) {
            const qsizetype after = i + 2 + m_rawTextEnd.size();
            if (after <= n && m_in.mid(i + 2, m_rawTextEnd.size()).compare(m_rawTextEnd, Qt::CaseInsensitive) == 0
                && (after == n || isHtmlSpace(m_in[after]) || m_in[after] == u'/' || m_in[after] == u'>')) {
                end = i;
                break;
            }
            i += 2;
        }
    }
    m_pos = end;
    const bool rcdata = m_rcdata;
    m_rawTextEnd.clear();
    m_rcdata = false;
    if (end == start)
        return false;
    token.type = TokenType::Text;
    const QStringView raw = m_in.mid(start, end - start);
    token.text = rcdata ? HtmlEntities::decode(raw) : raw.toString();
    return true;
}
