#include "charsetprescan.h"

#include <QList>

#include <algorithm>

namespace {

struct Label
{
    const char *label;
    const char *encoding;
};

// The Encoding standard's labels (https://encoding.spec.whatwg.org/#names-and-labels). A page is
// read by a handful of lookups, so a plain scan is quick enough.
constexpr Label kLabels[] = {
    {"unicode-1-1-utf-8", "UTF-8"}, {"unicode11utf8", "UTF-8"}, {"unicode20utf8", "UTF-8"}, {"utf-8", "UTF-8"},
    {"utf8", "UTF-8"}, {"x-unicode20utf8", "UTF-8"},
    {"866", "IBM866"}, {"cp866", "IBM866"}, {"csibm866", "IBM866"}, {"ibm866", "IBM866"},
    {"csisolatin2", "ISO-8859-2"}, {"iso-8859-2", "ISO-8859-2"}, {"iso-ir-101", "ISO-8859-2"},
    {"iso8859-2", "ISO-8859-2"}, {"iso88592", "ISO-8859-2"}, {"iso_8859-2", "ISO-8859-2"},
    {"iso_8859-2:1987", "ISO-8859-2"}, {"l2", "ISO-8859-2"}, {"latin2", "ISO-8859-2"},
    {"csisolatin3", "ISO-8859-3"}, {"iso-8859-3", "ISO-8859-3"}, {"iso-ir-109", "ISO-8859-3"},
    {"iso8859-3", "ISO-8859-3"}, {"iso88593", "ISO-8859-3"}, {"iso_8859-3", "ISO-8859-3"},
    {"iso_8859-3:1988", "ISO-8859-3"}, {"l3", "ISO-8859-3"}, {"latin3", "ISO-8859-3"},
    {"csisolatin4", "ISO-8859-4"}, {"iso-8859-4", "ISO-8859-4"}, {"iso-ir-110", "ISO-8859-4"},
    {"iso8859-4", "ISO-8859-4"}, {"iso88594", "ISO-8859-4"}, {"iso_8859-4", "ISO-8859-4"},
    {"iso_8859-4:1988", "ISO-8859-4"}, {"l4", "ISO-8859-4"}, {"latin4", "ISO-8859-4"},
    {"csisolatincyrillic", "ISO-8859-5"}, {"cyrillic", "ISO-8859-5"}, {"iso-8859-5", "ISO-8859-5"},
    {"iso-ir-144", "ISO-8859-5"}, {"iso8859-5", "ISO-8859-5"}, {"iso88595", "ISO-8859-5"},
    {"iso_8859-5", "ISO-8859-5"}, {"iso_8859-5:1988", "ISO-8859-5"},
    {"arabic", "ISO-8859-6"}, {"asmo-708", "ISO-8859-6"}, {"csiso88596e", "ISO-8859-6"},
    {"csiso88596i", "ISO-8859-6"}, {"csisolatinarabic", "ISO-8859-6"}, {"ecma-114", "ISO-8859-6"},
    {"iso-8859-6", "ISO-8859-6"}, {"iso-8859-6-e", "ISO-8859-6"}, {"iso-8859-6-i", "ISO-8859-6"},
    {"iso-ir-127", "ISO-8859-6"}, {"iso8859-6", "ISO-8859-6"}, {"iso88596", "ISO-8859-6"},
    {"iso_8859-6", "ISO-8859-6"}, {"iso_8859-6:1987", "ISO-8859-6"},
    {"csisolatingreek", "ISO-8859-7"}, {"ecma-118", "ISO-8859-7"}, {"elot_928", "ISO-8859-7"},
    {"greek", "ISO-8859-7"}, {"greek8", "ISO-8859-7"}, {"iso-8859-7", "ISO-8859-7"}, {"iso-ir-126", "ISO-8859-7"},
    {"iso8859-7", "ISO-8859-7"}, {"iso88597", "ISO-8859-7"}, {"iso_8859-7", "ISO-8859-7"},
    {"iso_8859-7:1987", "ISO-8859-7"}, {"sun_eu_greek", "ISO-8859-7"},
    {"csiso88598e", "ISO-8859-8"}, {"csisolatinhebrew", "ISO-8859-8"}, {"hebrew", "ISO-8859-8"},
    {"iso-8859-8", "ISO-8859-8"}, {"iso-8859-8-e", "ISO-8859-8"}, {"iso-ir-138", "ISO-8859-8"},
    {"iso8859-8", "ISO-8859-8"}, {"iso88598", "ISO-8859-8"}, {"iso_8859-8", "ISO-8859-8"},
    {"iso_8859-8:1988", "ISO-8859-8"}, {"visual", "ISO-8859-8"},
    {"csiso88598i", "ISO-8859-8-I"}, {"iso-8859-8-i", "ISO-8859-8-I"}, {"logical", "ISO-8859-8-I"},
    {"csisolatin6", "ISO-8859-10"}, {"iso-8859-10", "ISO-8859-10"}, {"iso-ir-157", "ISO-8859-10"},
    {"iso8859-10", "ISO-8859-10"}, {"iso885910", "ISO-8859-10"}, {"l6", "ISO-8859-10"}, {"latin6", "ISO-8859-10"},
    {"iso-8859-13", "ISO-8859-13"}, {"iso8859-13", "ISO-8859-13"}, {"iso885913", "ISO-8859-13"},
    {"iso-8859-14", "ISO-8859-14"}, {"iso8859-14", "ISO-8859-14"}, {"iso885914", "ISO-8859-14"},
    {"csisolatin9", "ISO-8859-15"}, {"iso-8859-15", "ISO-8859-15"}, {"iso8859-15", "ISO-8859-15"},
    {"iso885915", "ISO-8859-15"}, {"iso_8859-15", "ISO-8859-15"}, {"l9", "ISO-8859-15"},
    {"iso-8859-16", "ISO-8859-16"},
    {"cskoi8r", "KOI8-R"}, {"koi", "KOI8-R"}, {"koi8", "KOI8-R"}, {"koi8-r", "KOI8-R"}, {"koi8_r", "KOI8-R"},
    {"koi8-ru", "KOI8-U"}, {"koi8-u", "KOI8-U"},
    {"csmacintosh", "macintosh"}, {"mac", "macintosh"}, {"macintosh", "macintosh"}, {"x-mac-roman", "macintosh"},
    {"dos-874", "windows-874"}, {"iso-8859-11", "windows-874"}, {"iso8859-11", "windows-874"},
    {"iso885911", "windows-874"}, {"tis-620", "windows-874"}, {"windows-874", "windows-874"},
    {"cp1250", "windows-1250"}, {"windows-1250", "windows-1250"}, {"x-cp1250", "windows-1250"},
    {"cp1251", "windows-1251"}, {"windows-1251", "windows-1251"}, {"x-cp1251", "windows-1251"},
    {"ansi_x3.4-1968", "windows-1252"}, {"ascii", "windows-1252"}, {"cp1252", "windows-1252"},
    {"cp819", "windows-1252"}, {"csisolatin1", "windows-1252"}, {"ibm819", "windows-1252"},
    {"iso-8859-1", "windows-1252"}, {"iso-ir-100", "windows-1252"}, {"iso8859-1", "windows-1252"},
    {"iso88591", "windows-1252"}, {"iso_8859-1", "windows-1252"}, {"iso_8859-1:1987", "windows-1252"},
    {"l1", "windows-1252"}, {"latin1", "windows-1252"}, {"us-ascii", "windows-1252"},
    {"windows-1252", "windows-1252"}, {"x-cp1252", "windows-1252"},
    {"cp1253", "windows-1253"}, {"windows-1253", "windows-1253"}, {"x-cp1253", "windows-1253"},
    {"cp1254", "windows-1254"}, {"csisolatin5", "windows-1254"}, {"iso-8859-9", "windows-1254"},
    {"iso-ir-148", "windows-1254"}, {"iso8859-9", "windows-1254"}, {"iso88599", "windows-1254"},
    {"iso_8859-9", "windows-1254"}, {"iso_8859-9:1989", "windows-1254"}, {"l5", "windows-1254"},
    {"latin5", "windows-1254"}, {"windows-1254", "windows-1254"}, {"x-cp1254", "windows-1254"},
    {"cp1255", "windows-1255"}, {"windows-1255", "windows-1255"}, {"x-cp1255", "windows-1255"},
    {"cp1256", "windows-1256"}, {"windows-1256", "windows-1256"}, {"x-cp1256", "windows-1256"},
    {"cp1257", "windows-1257"}, {"windows-1257", "windows-1257"}, {"x-cp1257", "windows-1257"},
    {"cp1258", "windows-1258"}, {"windows-1258", "windows-1258"}, {"x-cp1258", "windows-1258"},
    {"x-mac-cyrillic", "x-mac-cyrillic"}, {"x-mac-ukrainian", "x-mac-cyrillic"},
    {"chinese", "GBK"}, {"csgb2312", "GBK"}, {"csiso58gb231280", "GBK"}, {"gb2312", "GBK"}, {"gb_2312", "GBK"},
    {"gb_2312-80", "GBK"}, {"gbk", "GBK"}, {"iso-ir-58", "GBK"}, {"x-gbk", "GBK"},
    {"gb18030", "gb18030"},
    {"big5", "Big5"}, {"big5-hkscs", "Big5"}, {"cn-big5", "Big5"}, {"csbig5", "Big5"}, {"x-x-big5", "Big5"},
    {"cseucpkdfmtjapanese", "EUC-JP"}, {"euc-jp", "EUC-JP"}, {"x-euc-jp", "EUC-JP"},
    {"csiso2022jp", "ISO-2022-JP"}, {"iso-2022-jp", "ISO-2022-JP"},
    {"csshiftjis", "Shift_JIS"}, {"ms932", "Shift_JIS"}, {"ms_kanji", "Shift_JIS"}, {"shift-jis", "Shift_JIS"},
    {"shift_jis", "Shift_JIS"}, {"sjis", "Shift_JIS"}, {"windows-31j", "Shift_JIS"}, {"x-sjis", "Shift_JIS"},
    {"cseuckr", "EUC-KR"}, {"csksc56011987", "EUC-KR"}, {"euc-kr", "EUC-KR"}, {"iso-ir-149", "EUC-KR"},
    {"korean", "EUC-KR"}, {"ks_c_5601-1987", "EUC-KR"}, {"ks_c_5601-1989", "EUC-KR"}, {"ksc5601", "EUC-KR"},
    {"ksc_5601", "EUC-KR"}, {"windows-949", "EUC-KR"},
    {"csiso2022kr", "replacement"}, {"hz-gb-2312", "replacement"}, {"iso-2022-cn", "replacement"},
    {"iso-2022-cn-ext", "replacement"}, {"iso-2022-kr", "replacement"}, {"replacement", "replacement"},
    {"unicodefffe", "UTF-16BE"}, {"utf-16be", "UTF-16BE"},
    {"csunicode", "UTF-16LE"}, {"iso-10646-ucs-2", "UTF-16LE"}, {"ucs-2", "UTF-16LE"}, {"unicode", "UTF-16LE"},
    {"unicodefeff", "UTF-16LE"}, {"utf-16", "UTF-16LE"}, {"utf-16le", "UTF-16LE"},
    {"x-user-defined", "x-user-defined"},
};

bool isSpace(char c)
{
    return c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D || c == 0x20;
}

bool isAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
}

bool startsWithNoCase(QByteArrayView s, qsizetype at, QByteArrayView word)
{
    if (at + word.size() > s.size())
        return false;
    for (qsizetype k = 0; k < word.size(); ++k) {
        if (lower(s[at + k]) != word[k])
            return false;
    }
    return true;
}

struct Attribute
{
    QByteArray name;
    QByteArray value;
};

// The standard's "get an attribute": reads one attribute at pos (names and values lower-cased),
// or returns false at '>' or the end of the bytes.
bool getAttribute(QByteArrayView in, qsizetype &pos, Attribute &attr)
{
    const qsizetype n = in.size();
    while (pos < n && (isSpace(in[pos]) || in[pos] == '/'))
        ++pos;
    if (pos >= n || in[pos] == '>')
        return false;
    attr.name.clear();
    attr.value.clear();
    for (;; ++pos) {
        if (pos >= n)
            return false;
        const char c = in[pos];
        if (c == '=' && !attr.name.isEmpty()) {
            ++pos;
            break;
        }
        if (isSpace(c)) {
            while (pos < n && isSpace(in[pos]))
                ++pos;
            if (pos >= n)
                return false;
            if (in[pos] != '=')
                return true;
            ++pos;
            break;
        }
        if (c == '/' || c == '>')
            return true;
        attr.name += lower(c);
    }
    while (pos < n && isSpace(in[pos]))
        ++pos;
    if (pos >= n)
        return false;
    if (in[pos] == '"' || in[pos] == '\'') {
        const char quote = in[pos];
        for (++pos; pos < n; ++pos) {
            if (in[pos] == quote) {
                ++pos;
                return true;
            }
            attr.value += lower(in[pos]);
        }
        return false;
    }
    if (in[pos] == '>')
        return true;
    for (; pos < n; ++pos) {
        if (isSpace(in[pos]) || in[pos] == '>')
            return true;
        attr.value += lower(in[pos]);
    }
    return false;
}

// After "<meta" and a space or '/': the attributes decide whether the element declares an encoding.
QByteArray metaEncoding(QByteArrayView in, qsizetype &pos)
{
    QList<QByteArray> seen;
    bool gotPragma = false;
    enum class Pragma { Unset, Needed, NotNeeded } needPragma = Pragma::Unset;
    QByteArray charset;
    bool charsetSet = false;
    Attribute attr;
    while (getAttribute(in, pos, attr)) {
        if (seen.contains(attr.name))
            continue;
        seen.append(attr.name);
        if (attr.name == "http-equiv") {
            if (attr.value == "content-type")
                gotPragma = true;
        } else if (attr.name == "content") {
            const QByteArray fromContent = CharsetPrescan::encodingFromContent(attr.value);
            if (!fromContent.isEmpty() && !charsetSet) {
                charset = fromContent;
                charsetSet = true;
                needPragma = Pragma::Needed;
            }
        } else if (attr.name == "charset") {
            charset = CharsetPrescan::encodingForLabel(attr.value);
            charsetSet = true;
            needPragma = Pragma::NotNeeded;
        }
    }
    if (needPragma == Pragma::Unset || (needPragma == Pragma::Needed && !gotPragma) || charset.isEmpty())
        return {};
    if (charset == "UTF-16BE" || charset == "UTF-16LE")
        return QByteArrayLiteral("UTF-8");
    if (charset == "x-user-defined")
        return QByteArrayLiteral("windows-1252");
    return charset;
}

} // namespace

QByteArray CharsetPrescan::encodingForLabel(QByteArrayView label)
{
    qsizetype from = 0;
    qsizetype to = label.size();
    while (from < to && isSpace(label[from]))
        ++from;
    while (to > from && isSpace(label[to - 1]))
        --to;
    QByteArray key = label.sliced(from, to - from).toByteArray();
    for (char &c : key)
        c = lower(c);
    const auto it = std::find_if(std::begin(kLabels), std::end(kLabels),
                                 [&key](const Label &l) { return key == l.label; });
    return it == std::end(kLabels) ? QByteArray() : QByteArray(it->encoding);
}

QByteArray CharsetPrescan::encodingFromContent(QByteArrayView content)
{
    // The standard's "extracting a character encoding from a meta element".
    const qsizetype n = content.size();
    qsizetype pos = 0;
    for (;;) {
        qsizetype found = -1;
        for (qsizetype i = pos; i + 7 <= n; ++i) {
            if (startsWithNoCase(content, i, "charset")) {
                found = i;
                break;
            }
        }
        if (found < 0)
            return {};
        pos = found + 7;
        while (pos < n && isSpace(content[pos]))
            ++pos;
        if (pos < n && content[pos] == '=')
            break;
    }
    ++pos;
    while (pos < n && isSpace(content[pos]))
        ++pos;
    if (pos >= n)
        return {};
    if (content[pos] == '"' || content[pos] == '\'') {
        const qsizetype close = content.indexOf(content[pos], pos + 1);
        return close < 0 ? QByteArray() : encodingForLabel(content.sliced(pos + 1, close - pos - 1));
    }
    qsizetype end = pos;
    while (end < n && !isSpace(content[end]) && content[end] != ';')
        ++end;
    return encodingForLabel(content.sliced(pos, end - pos));
}

QByteArray CharsetPrescan::encodingOf(QByteArrayView bytes)
{
    const QByteArrayView in = bytes;
    const qsizetype n = in.size();
    qsizetype pos = 0;
    while (pos < n) {
        if (in[pos] != '<') {
            ++pos;
            continue;
        }
        if (in.sliced(pos).startsWith("<!--")) {
            const qsizetype end = in.indexOf("-->", pos + 2);
            if (end < 0)
                return {};
            pos = end + 3;
            continue;
        }
        if (startsWithNoCase(in, pos, "<meta") && pos + 5 < n && (isSpace(in[pos + 5]) || in[pos + 5] == '/')) {
            pos += 6;
            const QByteArray charset = metaEncoding(in, pos);
            if (!charset.isEmpty())
                return charset;
            continue;
        }
        const bool endTag = pos + 1 < n && in[pos + 1] == '/';
        const qsizetype letter = pos + (endTag ? 2 : 1);
        if (letter < n && isAlpha(in[letter])) {
            pos = letter;
            while (pos < n && !isSpace(in[pos]) && in[pos] != '>')
                ++pos;
            Attribute ignored;
            while (getAttribute(in, pos, ignored)) {
            }
            continue;
        }
        if (pos + 1 < n && (in[pos + 1] == '!' || in[pos + 1] == '/' || in[pos + 1] == '?')) {
            const qsizetype end = in.indexOf('>', pos + 1);
            if (end < 0)
                return {};
            pos = end + 1;
            continue;
        }
        ++pos;
    }
    return {};
}
