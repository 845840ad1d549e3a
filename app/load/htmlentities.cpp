#include "htmlentities.h"

#include "textdecoder.h"

#include <algorithm>
#include <cstring>

namespace {

struct Entity
{
    const char *name;
    char32_t first;
    char32_t second;
    bool legacy;
};

constexpr Entity kEntities[] = {
#include "htmlentitytable.inc"
};

constexpr qsizetype kLongestName = 32;

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

const Entity *find(const char *name)
{
    const auto end = std::end(kEntities);
    const auto it = std::lower_bound(std::begin(kEntities), end, name,
                                     [](const Entity &e, const char *n) { return std::strcmp(e.name, n) < 0; });
    return (it != end && std::strcmp(it->name, name) == 0) ? it : nullptr;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp >= 0x10000) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(char16_t(cp));
    }
}

void appendEntity(QString &out, const Entity &e)
{
    appendCodePoint(out, e.first);
    if (e.second)
        appendCodePoint(out, e.second);
}

qsizetype decodeNumeric(QStringView text, qsizetype pos, QString &out)
{
    // text[pos] == '&', text[pos + 1] == '#'
    qsizetype i = pos + 2;
    const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
    if (hex)
        ++i;
    const qsizetype digitsStart = i;
    char32_t value = 0;
    bool overflow = false;
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (hex && c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (hex && c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0)
            break;
        if (value > 0x10FFFF)
            overflow = true;
        else
            value = value * (hex ? 16 : 10) + char32_t(digit);
        ++i;
    }
    if (i == digitsStart)
        return 0;
    if (i < text.size() && text[i] == u';')
        ++i;
    if (overflow || value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        value = QChar::ReplacementCharacter;
    else if (value >= 0x80 && value <= 0x9F)
        value = TextDecoder::windows1252(static_cast<unsigned char>(value));
    appendCodePoint(out, value);
    return i - pos;
}

} // namespace

QString HtmlEntities::named(QStringView name)
{
    if (name.isEmpty() || name.size() > kLongestName)
        return {};
    char buf[kLongestName + 1];
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (!isAsciiAlnum(name[i]))
            return {};
        buf[i] = char(name[i].unicode());
    }
    buf[name.size()] = 0;
    const Entity *e = find(buf);
    if (!e)
        return {};
    QString out;
    appendEntity(out, *e);
    return out;
}

qsizetype HtmlEntities::decodeAt(QStringView text, qsizetype pos, QString &out, bool inAttribute)
{
    if (pos + 1 >= text.size())
        return 0;
    if (text[pos + 1] == u'#')
        return decodeNumeric(text, pos, out);

    char buf[kLongestName + 1];
    qsizetype len = 0;
    while (len < kLongestName && pos + 1 + len < text.size() && isAsciiAlnum(text[pos + 1 + len])) {
        buf[len] = char(text[pos + 1 + len].unicode());
        ++len;
    }
    if (len == 0)
        return 0;
    const qsizetype after = pos + 1 + len;
    if (after < text.size() && text[after] == u';') {
        buf[len] = 0;
        if (const Entity *e = find(buf)) {
            appendEntity(out, *e);
            return len + 2;
        }
    }
    // Legacy references may stand without a semicolon: the longest one that prefixes the name.
    for (qsizetype n = len; n >= 2; --n) {
        buf[n] = 0;
        const Entity *e = find(buf);
        if (!e || !e->legacy)
            continue;
        const qsizetype next = pos + 1 + n;
        if (inAttribute && next < text.size() && (text[next] == u'=' || isAsciiAlnum(text[next])))
            return 0;
        appendEntity(out, *e);
        return n + 1;
    }
    return 0;
}

QString HtmlEntities::decode(QStringView text, bool inAttribute)
{
    qsizetype amp = text.indexOf(u'&');
    if (amp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (amp >= 0) {
        out += text.mid(i, amp - i);
        const qsizetype used = decodeAt(text, amp, out, inAttribute);
        if (!used)
            out += u'&';
        i = amp + std::max<qsizetype>(used, 1);
        amp = text.indexOf(u'&', i);
    }
    out += text.mid(i);
    return out;
}
