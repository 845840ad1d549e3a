#include "htmltokenizer.h"

#include "htmlentities.h"

#include <algorithm>

namespace {

// Real tags carry a handful of attributes; a tag with thousands is hostile and only the first are kept.
constexpr qsizetype kMaxAttributes = 64;

constexpr char16_t kReplacement = 0xFFFD;

bool isAsciiAlpha(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isHtmlSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\f' || u == u'\r';
}

char16_t lowerAscii(char16_t u)
{
    return (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
}

// Lower-cases into out, reusing its buffer: this runs once per tag. NUL becomes U+FFFD.
void lowerAscii(QStringView s, QString &out)
{
    out.resize(s.size());
    QChar *d = out.data();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t u = s[i].unicode();
        d[i] = QChar(u == 0 ? kReplacement : lowerAscii(u));
    }
}

// Outside the data state (and in attribute values and comments) NUL is read as U+FFFD.
void replaceNul(QString &s)
{
    if (s.contains(QChar(0)))
        s.replace(QChar(0), QChar(kReplacement));
}

void appendWithoutNul(QString &out, QStringView s)
{
    const qsizetype from = out.size();
    out += s;
    QChar *d = out.data();
    for (qsizetype i = from; i < out.size(); ++i) {
        if (d[i].unicode() == 0)
            d[i] = QChar(kReplacement);
    }
}

bool startsWithNoCase(QStringView s, qsizetype at, QStringView word)
{
    return at + word.size() <= s.size() && s.mid(at, word.size()).compare(word, Qt::CaseInsensitive) == 0;
}

QString normalizedLineBreaks(QStringView in)
{
    QString out;
    out.reserve(in.size());
    qsizetype from = 0;
    for (qsizetype cr = in.indexOf(u'\r'); cr >= 0; cr = in.indexOf(u'\r', from)) {
        out += in.mid(from, cr - from);
        out += u'\n';
        from = cr + 1;
        if (from < in.size() && in[from] == u'\n')
            ++from;
    }
    out += in.mid(from);
    return out;
}

} // namespace

HtmlTokenizer::HtmlTokenizer(QStringView input)
    : m_in(input)
{
    if (m_in.contains(u'\r')) {
        m_normalized = normalizedLineBreaks(input);
        m_in = m_normalized;
    }
}

void HtmlTokenizer::setState(State state, QStringView lastStartTag)
{
    m_state = state;
    m_lastStartTag = lastStartTag.toString();
    m_switches = false;
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

void HtmlTokenizer::switchAfterStartTag(const Token &token)
{
    // A deep copy, and only when it can matter: sharing token.name would make the next tag's name
    // detach (an allocation per tag).
    if (!m_switches) {
        m_lastStartTag = QStringView(token.name).toString();
        return;
    }
    // In SVG and MathML nothing is raw text: <svg><style> holds elements, <svg><title/> is empty.
    if (!isRawTextElement(token.name) || m_foreign)
        return;
    m_lastStartTag = QStringView(token.name).toString();
    if (token.name == u"script")
        m_state = State::ScriptData;
    else if (token.name == u"title" || token.name == u"textarea")
        m_state = State::Rcdata;
    else if (token.name == u"plaintext")
        m_state = State::Plaintext;
    else
        m_state = State::Rawtext;
}

bool HtmlTokenizer::next(Token &token)
{
    token.attributes.clear();
    token.selfClosing = false;
    token.name.resize(0);
    token.text.clear();
    token.publicId.clear();
    token.systemId.clear();
    token.forceQuirks = false;
    while (m_pos < m_in.size()) {
        bool emitted = false;
        switch (m_state) {
        case State::Data:
            emitted = opensMarkup(m_pos) ? readMarkup(token) : readText(token);
            break;
        case State::Rcdata: case State::Rawtext: case State::Plaintext:
            emitted = readRawText(token);
            break;
        case State::ScriptData:
            emitted = readScriptData(token);
            break;
        case State::CdataSection:
            emitted = readCdata(token);
            break;
        }
        if (emitted)
            return true;
    }
    return false;
}

bool HtmlTokenizer::readText(Token &token)
{
    // Text runs to the next '<' that opens markup; a '<' that opens nothing is text. NUL stays:
    // the tree builder decides what to do with it.
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    while (i < m_in.size()) {
        i = m_in.indexOf(u'<', i);
        if (i < 0) {
            i = m_in.size();
            break;
        }
        if (opensMarkup(i))
            break;
        ++i;
    }
    m_pos = i;
    token.type = TokenType::Text;
    token.text = HtmlEntities::decode(m_in.mid(start, i - start));
    return true;
}

bool HtmlTokenizer::opensMarkup(qsizetype i) const
{
    if (m_in[i] != u'<' || i + 1 >= m_in.size())
        return false;
    const QChar c = m_in[i + 1];
    return isAsciiAlpha(c) || c == u'/' || c == u'!' || c == u'?';
}

bool HtmlTokenizer::readMarkup(Token &token)
{
    // m_in[m_pos] == '<' and something follows that opens markup (see readText).
    const qsizetype n = m_in.size();
    const QChar c = m_in[m_pos + 1];
    if (c == u'!') {
        const qsizetype at = m_pos + 2;
        if (m_in.mid(at, 2) == u"--") {
            m_pos = at + 2;
            return readComment(token);
        }
        if (startsWithNoCase(m_in, at, u"doctype")) {
            m_pos = at + 7;
            return readDoctype(token);
        }
        if (m_cdata && m_in.mid(at, 7) == u"[CDATA[") {
            m_pos = at + 7;
            m_state = State::CdataSection;
            return false;
        }
        return readBogusComment(token, at);
    }
    if (c == u'?')
        return readBogusComment(token, m_pos + 1);
    if (c == u'/') {
        const qsizetype at = m_pos + 2;
        if (at >= n) {
            m_pos = n;
            token.type = TokenType::Text;
            token.text = QStringLiteral("</");
            return true;
        }
        if (m_in[at] == u'>') {
            m_pos = at + 1; // "</>" is dropped
            return false;
        }
        if (!isAsciiAlpha(m_in[at]))
            return readBogusComment(token, at);
        return readTag(token, at, true);
    }
    return readTag(token, m_pos + 1, false);
}

bool HtmlTokenizer::readBogusComment(Token &token, qsizetype start)
{
    const qsizetype end = m_in.indexOf(u'>', start);
    const qsizetype stop = end < 0 ? m_in.size() : end;
    token.type = TokenType::Comment;
    appendWithoutNul(token.text, m_in.mid(start, stop - start));
    m_pos = end < 0 ? m_in.size() : end + 1;
    return true;
}

bool HtmlTokenizer::readComment(Token &token)
{
    // After "<!--": the comment start, comment and comment end states of the standard. Only
    // "-->", "--!>" and the abrupt "<!-->" and "<!--->" end a comment; the end of the input ends
    // it too, without the dashes read so far.
    const qsizetype n = m_in.size();
    token.type = TokenType::Comment;
    QString &data = token.text;
    qsizetype i = m_pos;
    if (i < n && m_in[i] == u'>') {
        m_pos = i + 1;
        return true;
    }
    enum class Part { Text, EndDash, End, EndBang };
    Part part = Part::Text;
    if (i < n && m_in[i] == u'-') {
        ++i;
        if (i >= n) {
            m_pos = n;
            return true;
        }
        if (m_in[i] == u'>') {
            m_pos = i + 1;
            return true;
        }
        if (m_in[i] == u'-') {
            ++i;
            part = Part::End;
        } else {
            data += u'-';
        }
    }
    while (i < n) {
        const QChar c = m_in[i];
        switch (part) {
        case Part::Text: {
            qsizetype j = i;
            while (j < n && m_in[j] != u'-')
                ++j;
            appendWithoutNul(data, m_in.mid(i, j - i));
            i = j + 1;
            part = Part::EndDash;
            break;
        }
        case Part::EndDash:
            if (c == u'-') {
                part = Part::End;
                ++i;
            } else {
                data += u'-';
                part = Part::Text;
            }
            break;
        case Part::End:
            if (c == u'>') {
                m_pos = i + 1;
                return true;
            }
            if (c == u'!') {
                part = Part::EndBang;
                ++i;
            } else if (c == u'-') {
                data += u'-';
                ++i;
            } else {
                data += u"--";
                part = Part::Text;
            }
            break;
        case Part::EndBang:
            if (c == u'>') {
                m_pos = i + 1;
                return true;
            }
            data += u"--!";
            if (c == u'-') {
                part = Part::EndDash;
                ++i;
            } else {
                part = Part::Text;
            }
            break;
        }
    }
    m_pos = n;
    return true;
}

bool HtmlTokenizer::readDoctype(Token &token)
{
    // After "<!doctype": the DOCTYPE states of the standard, one character at a time (a page has
    // one doctype, so there is nothing to gain from scanning ahead).
    const qsizetype n = m_in.size();
    token.type = TokenType::Doctype;
    token.name = QString();
    token.publicId = QString();
    token.systemId = QString();
    enum class Part {
        BeforeName, Name, AfterName, AfterPublicKeyword, BeforePublicId, PublicId, AfterPublicId,
        BetweenIds, AfterSystemKeyword, BeforeSystemId, SystemId, AfterSystemId, Bogus
    };
    Part part = Part::BeforeName;
    QChar quote;
    qsizetype i = m_pos;
    if (i < n && isHtmlSpace(m_in[i]))
        ++i;
    while (i < n) {
        const QChar c = m_in[i];
        const bool space = isHtmlSpace(c);
        switch (part) {
        case Part::BeforeName:
            if (space)
                break;
            if (c == u'>') {
                token.forceQuirks = true;
                m_pos = i + 1;
                return true;
            }
            token.name = QString(QChar(c.unicode() == 0 ? kReplacement : lowerAscii(c.unicode())));
            part = Part::Name;
            break;
        case Part::Name:
            if (space) {
                part = Part::AfterName;
            } else if (c == u'>') {
                m_pos = i + 1;
                return true;
            } else {
                token.name += QChar(c.unicode() == 0 ? kReplacement : lowerAscii(c.unicode()));
            }
            break;
        case Part::AfterName:
            if (space)
                break;
            if (c == u'>') {
                m_pos = i + 1;
                return true;
            }
            if (startsWithNoCase(m_in, i, u"public")) {
                part = Part::AfterPublicKeyword;
                i += 5;
            } else if (startsWithNoCase(m_in, i, u"system")) {
                part = Part::AfterSystemKeyword;
                i += 5;
            } else {
                token.forceQuirks = true;
                part = Part::Bogus;
            }
            break;
        case Part::AfterPublicKeyword: case Part::BeforePublicId:
        case Part::AfterSystemKeyword: case Part::BeforeSystemId: {
            const bool isPublic = part == Part::AfterPublicKeyword || part == Part::BeforePublicId;
            if (space) {
                part = isPublic ? Part::BeforePublicId : Part::BeforeSystemId;
            } else if (c == u'"' || c == u'\'') {
                quote = c;
                (isPublic ? token.publicId : token.systemId) = QStringLiteral("");
                part = isPublic ? Part::PublicId : Part::SystemId;
            } else if (c == u'>') {
                token.forceQuirks = true;
                m_pos = i + 1;
                return true;
            } else {
                token.forceQuirks = true;
                part = Part::Bogus;
            }
            break;
        }
        case Part::PublicId: case Part::SystemId: {
            QString &id = part == Part::PublicId ? token.publicId : token.systemId;
            if (c == quote) {
                part = part == Part::PublicId ? Part::AfterPublicId : Part::AfterSystemId;
            } else if (c == u'>') {
                token.forceQuirks = true;
                m_pos = i + 1;
                return true;
            } else {
                id += QChar(c.unicode() == 0 ? kReplacement : c.unicode());
            }
            break;
        }
        case Part::AfterPublicId: case Part::BetweenIds:
            if (space) {
                part = Part::BetweenIds;
            } else if (c == u'>') {
                m_pos = i + 1;
                return true;
            } else if (c == u'"' || c == u'\'') {
                quote = c;
                token.systemId = QStringLiteral("");
                part = Part::SystemId;
            } else {
                token.forceQuirks = true;
                part = Part::Bogus;
            }
            break;
        case Part::AfterSystemId:
            if (space)
                break;
            if (c == u'>') {
                m_pos = i + 1;
                return true;
            }
            part = Part::Bogus; // not forcing quirks: the identifiers were complete
            break;
        case Part::Bogus:
            if (c == u'>') {
                m_pos = i + 1;
                return true;
            }
            break;
        }
        ++i;
    }
    if (part != Part::Bogus)
        token.forceQuirks = true;
    m_pos = n;
    return true;
}

bool HtmlTokenizer::readTag(Token &token, qsizetype nameStart, bool endTag)
{
    // nameStart is at an ASCII letter. A tag cut by the end of the input is dropped, as browsers do.
    const qsizetype n = m_in.size();
    qsizetype i = nameStart;
    while (i < n && !isHtmlSpace(m_in[i]) && m_in[i] != u'/' && m_in[i] != u'>')
        ++i;
    token.type = endTag ? TokenType::EndTag : TokenType::StartTag;
    lowerAscii(m_in.mid(nameStart, i - nameStart), token.name);

    // Attributes (end tags may carry them too; they are read and dropped).
    for (;;) {
        while (i < n && isHtmlSpace(m_in[i]))
            ++i;
        if (i >= n) {
            m_pos = n;
            return false;
        }
        if (m_in[i] == u'>') {
            ++i;
            break;
        }
        if (m_in[i] == u'/') { // the self-closing start tag state
            ++i;
            if (i >= n) {
                m_pos = n;
                return false;
            }
            if (m_in[i] == u'>') {
                token.selfClosing = !endTag;
                ++i;
                break;
            }
            continue; // a stray '/' between attributes
        }
        const qsizetype attrStart = i;
        ++i; // the first character may be '='
        while (i < n && !isHtmlSpace(m_in[i]) && m_in[i] != u'/' && m_in[i] != u'>' && m_in[i] != u'=')
            ++i;
        const QStringView attrName = m_in.mid(attrStart, i - attrStart);
        while (i < n && isHtmlSpace(m_in[i]))
            ++i;
        QStringView rawValue;
        bool hasValue = false;
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
                // After a quoted value anything but a space, '/' or '>' starts the next attribute.
            } else {
                const qsizetype valueStart = i;
                while (i < n && !isHtmlSpace(m_in[i]) && m_in[i] != u'>')
                    ++i;
                rawValue = m_in.mid(valueStart, i - valueStart);
            }
            hasValue = true;
        }
        if (!endTag && token.attributes.size() < kMaxAttributes) {
            QString name;
            lowerAscii(attrName, name);
            const bool duplicate = std::any_of(token.attributes.cbegin(), token.attributes.cend(),
                                               [&name](const Attribute &a) { return a.name == name; });
            if (!duplicate) {
                QString value = hasValue ? HtmlEntities::decode(rawValue, true) : QString();
                replaceNul(value);
                token.attributes.append({std::move(name), std::move(value)});
            }
        }
    }
    m_pos = i;
    if (!endTag)
        switchAfterStartTag(token);
    return true;
}

bool HtmlTokenizer::isAppropriateEndTag(qsizetype lessThan) const
{
    // "</" and the name of the last start tag in any case, then a space, '/' or '>'.
    const qsizetype len = m_lastStartTag.size();
    const qsizetype after = lessThan + 2 + len;
    if (len == 0 || after >= m_in.size() || m_in[lessThan + 1] != u'/')
        return false;
    for (qsizetype k = 0; k < len; ++k) {
        const QChar c = m_in[lessThan + 2 + k];
        if (!isAsciiAlpha(c) || lowerAscii(c.unicode()) != m_lastStartTag[k].unicode())
            return false;
    }
    const QChar c = m_in[after];
    return isHtmlSpace(c) || c == u'/' || c == u'>';
}

bool HtmlTokenizer::readRawText(Token &token)
{
    // RCDATA and RAWTEXT run to the appropriate end tag; PLAINTEXT never ends.
    const qsizetype n = m_in.size();
    const qsizetype start = m_pos;
    const bool rcdata = m_state == State::Rcdata;
    qsizetype end = n;
    if (m_state != State::Plaintext) {
        for (qsizetype i = m_in.indexOf(u"</", m_pos); i >= 0; i = m_in.indexOf(u"</", i + 2)) {
            if (isAppropriateEndTag(i)) {
                end = i;
                m_state = State::Data;
                break;
            }
        }
    }
    m_pos = end;
    if (end == start)
        return false;
    token.type = TokenType::Text;
    const QStringView raw = m_in.mid(start, end - start);
    token.text = rcdata ? HtmlEntities::decode(raw) : raw.toString();
    replaceNul(token.text);
    return true;
}

qsizetype HtmlTokenizer::scriptDataEnd(qsizetype i) const
{
    // The script data states of the standard: "<!--" escapes the script, and inside an escape
    // "<script" starts a double escape in which "</script>" does not end the element.
    const qsizetype n = m_in.size();
    enum class Part { Data, Escaped, DoubleEscaped };
    Part part = Part::Data;
    int dashes = 0;
    auto isTagEnd = [](QChar c) { return isHtmlSpace(c) || c == u'/' || c == u'>'; };
    auto isScriptName = [this](qsizetype from, qsizetype to) {
        return to - from == 6 && m_in.mid(from, 6).compare(u"script", Qt::CaseInsensitive) == 0;
    };
    while (i < n) {
        if (part == Part::Data) {
            i = m_in.indexOf(u'<', i);
            if (i < 0)
                return n;
            if (isAppropriateEndTag(i))
                return i;
            if (m_in.mid(i + 1, 3) == u"!--") {
                part = Part::Escaped;
                dashes = 2;
                i += 4;
            } else {
                ++i;
            }
            continue;
        }
        const QChar c = m_in[i];
        if (c == u'-') {
            dashes = std::min(dashes + 1, 2);
            ++i;
            continue;
        }
        if (c == u'>' && dashes == 2) {
            part = Part::Data;
            ++i;
            continue;
        }
        dashes = 0;
        if (c != u'<') {
            ++i;
            continue;
        }
        if (part == Part::Escaped) {
            if (isAppropriateEndTag(i))
                return i;
            if (i + 1 < n && isAsciiAlpha(m_in[i + 1])) {
                qsizetype j = i + 1;
                while (j < n && isAsciiAlpha(m_in[j]))
                    ++j;
                if (j < n && isTagEnd(m_in[j])) {
                    if (isScriptName(i + 1, j))
                        part = Part::DoubleEscaped;
                    ++j;
                }
                i = j;
                continue;
            }
            ++i;
            continue;
        }
        // Double escaped: only "</script" and a space, '/' or '>' returns to the escape.
        if (i + 1 < n && m_in[i + 1] == u'/') {
            qsizetype j = i + 2;
            while (j < n && isAsciiAlpha(m_in[j]))
                ++j;
            if (j < n && isTagEnd(m_in[j])) {
                if (isScriptName(i + 2, j))
                    part = Part::Escaped;
                ++j;
            }
            i = j;
            continue;
        }
        ++i;
    }
    return n;
}

bool HtmlTokenizer::readScriptData(Token &token)
{
    const qsizetype start = m_pos;
    const qsizetype end = scriptDataEnd(m_pos);
    if (end < m_in.size())
        m_state = State::Data;
    m_pos = end;
    if (end == start)
        return false;
    token.type = TokenType::Text;
    token.text = m_in.mid(start, end - start).toString();
    replaceNul(token.text);
    return true;
}

bool HtmlTokenizer::readCdata(Token &token)
{
    // NUL stays as it is here: a CDATA section is foreign content's literal text.
    const qsizetype start = m_pos;
    const qsizetype end = m_in.indexOf(u"]]>", m_pos);
    m_state = State::Data;
    m_pos = end < 0 ? m_in.size() : end + 3;
    const qsizetype stop = end < 0 ? m_in.size() : end;
    if (stop == start)
        return false;
    token.type = TokenType::Text;
    token.text = m_in.mid(start, stop - start).toString();
    return true;
}
