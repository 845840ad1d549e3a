#include "textdecoder.h"

#include "charsetdetector.h"

#include <cstring>

#include <algorithm>

namespace {

// Windows-1252 code points for bytes 0x80..0x9F, as the WHATWG Encoding Standard maps them (the five
// undefined bytes become the C1 controls of the same value); the rest of the range is Latin-1.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

constexpr qsizetype kBinaryProbe = 65536;

// UTF-16 without a BOM shows NUL bytes in every other position for Latin text.
int utf16WithoutBomOrder(QByteArrayView bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 8)
        return 0;
    qsizetype evenZero = 0, oddZero = 0;
    const char *data = bytes.data();
    qsizetype i = 0;
    // Eight bytes at a time: text that is not UTF-16 has no NUL byte in nearly every word.
    constexpr quint64 kOnes = 0x0101010101010101u;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (((word - kOnes) & ~word & (kOnes * 0x80)) == 0)
            continue;
        for (qsizetype k = i; k < i + 8; k += 2) {
            evenZero += data[k] == 0;
            oddZero += data[k + 1] == 0;
        }
    }
    for (; i < n; i += 2) {
        evenZero += data[i] == 0;
        oddZero += data[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 10 >= pairs * 7 && evenZero * 10 <= pairs)
        return 1; // little endian: ASCII byte then 0
    if (evenZero * 10 >= pairs * 7 && oddZero * 10 <= pairs)
        return 2; // big endian
    return 0;
}

bool isTextControl(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == u'\t' || c == u'\f' || c == u'\v' || c == 0x1B;
}

// The beginning decides, as for file(1): any NUL, or more than 1% other control characters.
bool hasBinaryCharacters(QStringView text)
{
    const qsizetype n = std::min<qsizetype>(text.size(), kBinaryProbe);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0)
            return true;
        if (c < 0x20 && !isTextControl(c))
            ++controls;
    }
    return controls > 8 && controls * 100 > n;
}

QByteArray normalizedCharset(QByteArrayView charset)
{
    QByteArray name = charset.toByteArray().trimmed().toLower();
    if (name.size() >= 2 && (name.front() == '"' || name.front() == '\''))
        name = name.mid(1, name.size() - 2).trimmed();
    return name;
}

bool isUtf8Name(const QByteArray &name)
{
    return name == "utf-8" || name == "utf8" || name == "unicode-1-1-utf-8" || name == "x-unicode20utf8";
}

bool isUtf16Name(const QByteArray &name)
{
    return name.startsWith("utf-16") || name.startsWith("utf16") || name == "unicode" || name == "ucs-2";
}

// Labels the WHATWG Encoding Standard maps to windows-1252 (browsers read "Latin-1" that way).
bool isWindows1252Name(const QByteArray &name)
{
    static const char *const names[] = {
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
        "l1", "ascii", "us-ascii", "ansi_x3.4-1968", "iso-ir-100", "cp819", "ibm819", "csisolatin1",
        "iso88591", "iso_8859-1:1987",
    };
    return std::any_of(std::begin(names), std::end(names), [&name](const char *n) { return name == n; });
}

// A legacy encoding other than Windows-1252 for a head that declares none and is not UTF-8; empty
// when UTF-8 with Windows-1252 for its stray bytes reads it as well (the usual case).
QByteArray detectedLegacyEncoding(QByteArrayView head)
{
    const QByteArray detected = CharsetDetector::detect(head);
    if (detected.isEmpty() || detected == "windows-1252" || !QStringDecoder(detected.constData()).isValid())
        return {};
    return detected;
}

} // namespace

char16_t TextDecoder::windows1252(unsigned char byte)
{
    return (byte >= 0x80 && byte < 0xA0) ? kCp1252High[byte - 0x80] : char16_t(byte);
}

bool TextDecoder::looksBinary(QByteArrayView bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
        || bytes.startsWith(QByteArrayView("\0\0\xFE\xFF", 4)) || utf16WithoutBomOrder(bytes))
        return false; // UTF-16 and UTF-32 hold NUL bytes; their decoded text is checked instead
    const qsizetype n = std::min<qsizetype>(bytes.size(), kBinaryProbe);
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    if (std::memchr(data, 0, size_t(n)))
        return true;
    // Eight bytes at a time: a word none of whose bytes is below 0x20 (most of them: text has a
    // line break now and then) is passed over whole.
    constexpr quint64 kOnes = 0x0101010101010101u;
    qsizetype controls = 0;
    qsizetype i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (((word - kOnes * 0x20) & ~word & (kOnes * 0x80)) == 0)
            continue;
        for (qsizetype k = i; k < i + 8; ++k)
            controls += data[k] < 0x20 && !isTextControl(data[k]);
    }
    for (; i < n; ++i)
        controls += data[i] < 0x20 && !isTextControl(data[i]);
    return controls > 8 && controls * 100 > n;
}

TextDecoder::TextDecoder(QByteArrayView charset)
    : m_charset(normalizedCharset(charset))
{
}

void TextDecoder::reserve(qsizetype bytes)
{
    m_expectedBytes = std::max<qsizetype>(bytes, 0);
}

QChar *TextDecoder::grow(qsizetype maxChars)
{
    QString &text = m_result.text;
    const qsizetype needed = m_used + maxChars;
    if (needed > text.capacity())
        text.reserve(std::max(needed, text.capacity() + text.capacity() / 2));
    if (needed > text.size())
        text.resize(needed);
    return text.data() + m_used;
}

void TextDecoder::decide(QByteArrayView head, qsizetype &skip)
{
    skip = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_mode = Mode::Utf8;
        skip = 3;
    } else if (head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4))) {
        m_mode = Mode::Utf32LE;
        skip = 4;
    } else if (head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))) {
        m_mode = Mode::Utf32BE;
        skip = 4;
    } else if (head.startsWith("\xFF\xFE")) {
        m_mode = Mode::Utf16LE;
        skip = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        m_mode = Mode::Utf16BE;
        skip = 2;
    } else if (const int order = utf16WithoutBomOrder(head)) {
        m_mode = order == 1 ? Mode::Utf16LE : Mode::Utf16BE;
    } else if (const QByteArray detected = m_charset.isEmpty() ? detectedLegacyEncoding(head) : QByteArray();
               !detected.isEmpty()) {
        m_declared = QStringDecoder(detected.constData());
        m_mode = Mode::Declared;
        m_result.encoding = Encoding::Declared;
        m_result.detected = detected;
    } else if (m_charset.isEmpty() || isUtf8Name(m_charset) || isUtf16Name(m_charset)) {
        // A byte stream that declares UTF-16 in ASCII cannot be UTF-16 (the HTML rule): use UTF-8.
        m_mode = Mode::Utf8;
    } else if (isWindows1252Name(m_charset)) {
        m_mode = Mode::Declared;
        m_result.encoding = Encoding::Windows1252;
    } else {
        m_declared = QStringDecoder(m_charset.constData());
        m_mode = m_declared.isValid() ? Mode::Declared : Mode::Utf8;
        if (m_mode == Mode::Declared)
            m_result.encoding = Encoding::Declared;
    }
    switch (m_mode) {
    case Mode::Utf16LE: m_result.encoding = Encoding::Utf16LE; break;
    case Mode::Utf16BE: m_result.encoding = Encoding::Utf16BE; break;
    case Mode::Utf32LE: m_result.encoding = Encoding::Utf32LE; break;
    case Mode::Utf32BE: m_result.encoding = Encoding::Utf32BE; break;
    default: break;
    }
}

bool TextDecoder::addData(QByteArrayView chunk)
{
    if (m_result.binary)
        return false;
    if (m_mode == Mode::Undecided) {
        qsizetype skip = 0;
        decide(chunk, skip);
        chunk = chunk.sliced(skip);
        const bool bytewise = m_mode == Mode::Utf8
            || (m_mode == Mode::Declared && m_result.encoding == Encoding::Windows1252);
        if (bytewise && looksBinary(chunk)) {
            m_result.binary = true;
            return false;
        }
        // UTF-8 and single-byte charsets give at most one UTF-16 unit per byte, UTF-16/32 one per two.
        const bool wide = !bytewise && m_mode != Mode::Declared;
        m_result.text.reserve(wide ? m_expectedBytes / 2 + 1 : m_expectedBytes);
        const qsizetype before = m_used;
        addData(chunk);
        if (!bytewise && hasBinaryCharacters(QStringView(m_result.text).mid(before, m_used - before))) {
            m_result.binary = true;
            m_result.text.clear();
            m_used = 0;
            return false;
        }
        return true;
    }
    switch (m_mode) {
    case Mode::Utf8: appendUtf8(chunk, false); break;
    case Mode::Utf16LE: appendWide(chunk, 2, false); break;
    case Mode::Utf16BE: appendWide(chunk, 2, true); break;
    case Mode::Utf32LE: appendWide(chunk, 4, false); break;
    case Mode::Utf32BE: appendWide(chunk, 4, true); break;
    case Mode::Declared: appendDeclared(chunk); break;
    case Mode::Undecided: break;
    }
    return true;
}

QByteArrayView TextDecoder::withPending(QByteArrayView in, QByteArray &joined)
{
    if (m_pending.isEmpty())
        return in;
    joined = m_pending + in;
    m_pending.clear();
    return joined;
}

void TextDecoder::appendUtf8(QByteArrayView in, bool final)
{
    QByteArray joined;
    in = withPending(in, joined);
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const qsizetype n = in.size();
    char16_t *o = reinterpret_cast<char16_t *>(grow(n));
    qsizetype i = 0, w = 0;
    while (i < n) {
        // Runs of ASCII, most of any news text, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 eight;
            std::memcpy(&eight, p + i, 8);
            if (eight & 0x8080808080808080ULL)
                break;
            for (int k = 0; k < 8; ++k)
                o[w + k] = p[i + k];
            i += 8;
            w += 8;
        }
        if (i >= n)
            break;
        const unsigned char b = p[i];
        if (b < 0x80) {
            o[w++] = b;
            ++i;
            continue;
        }
        // Well-formed sequences only (no overlong forms, surrogates or values past U+10FFFF).
        int len = 0;
        unsigned char lo = 0x80, hi = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            len = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            len = 3;
            if (b == 0xE0)
                lo = 0xA0;
            else if (b == 0xED)
                hi = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            len = 4;
            if (b == 0xF0)
                lo = 0x90;
            else if (b == 0xF4)
                hi = 0x8F;
        }
        if (len) {
            int k = 1;
            while (k < len && i + k < n) {
                const unsigned char c = p[i + k];
                if (c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF))
                    break;
                ++k;
            }
            if (k == len) {
                char32_t cp = b & (0xFF >> (len + 1));
                for (int j = 1; j < len; ++j)
                    cp = (cp << 6) | (p[i + j] & 0x3F);
                if (cp >= 0x10000) {
                    o[w++] = QChar::highSurrogate(cp);
                    o[w++] = QChar::lowSurrogate(cp);
                } else {
                    o[w++] = char16_t(cp);
                }
                ++m_validMultibyte;
                i += len;
                continue;
            }
            if (i + k == n && !final) {
                // Cut by the end of the chunk: finish it with the next one.
                m_pending = QByteArray(in.data() + i, n - i);
                break;
            }
        }
        o[w++] = windows1252(b);
        ++m_result.fallbackBytes;
        ++i;
    }
    m_used += w;
}

void TextDecoder::appendWide(QByteArrayView in, int width, bool bigEndian)
{
    QByteArray joined;
    in = withPending(in, joined);
    const auto *p = reinterpret_cast<const unsigned char *>(in.data());
    const qsizetype units = in.size() / width;
    char16_t *o = reinterpret_cast<char16_t *>(grow(width == 2 ? units : units * 2));
    qsizetype w = 0;
    for (qsizetype u = 0; u < units; ++u) {
        const unsigned char *q = p + u * width;
        if (width == 2) {
            o[w++] = bigEndian ? char16_t((q[0] << 8) | q[1]) : char16_t((q[1] << 8) | q[0]);
            continue;
        }
        const char32_t cp = bigEndian ? (char32_t(q[0]) << 24) | (char32_t(q[1]) << 16) | (char32_t(q[2]) << 8) | q[3]
                                      : (char32_t(q[3]) << 24) | (char32_t(q[2]) << 16) | (char32_t(q[1]) << 8) | q[0];
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            o[w++] = QChar::ReplacementCharacter;
        } else if (cp >= 0x10000) {
            o[w++] = QChar::highSurrogate(cp);
            o[w++] = QChar::lowSurrogate(cp);
        } else {
            o[w++] = char16_t(cp);
        }
    }
    m_used += w;
    if (const qsizetype rest = in.size() - units * width)
        m_pending = QByteArray(in.data() + units * width, rest);
}

void TextDecoder::appendDeclared(QByteArrayView in)
{
    if (m_result.encoding == Encoding::Windows1252) {
        char16_t *o = reinterpret_cast<char16_t *>(grow(in.size()));
        for (qsizetype i = 0; i < in.size(); ++i)
            o[i] = windows1252(static_cast<unsigned char>(in[i]));
        m_used += in.size();
        return;
    }
    const QString part = m_declared.decode(in);
    std::copy(part.cbegin(), part.cend(), grow(part.size()));
    m_used += part.size();
}

TextDecoder::Result TextDecoder::finish()
{
    if (m_mode == Mode::Utf8) {
        if (!m_pending.isEmpty())
            appendUtf8({}, true);
        if (m_result.fallbackBytes > 0 && m_validMultibyte == 0)
            m_result.encoding = Encoding::Windows1252;
    } else if (!m_pending.isEmpty()) {
        m_result.truncated = true; // an odd byte at the end of UTF-16, or a partial UTF-32 unit
    }
    m_pending.clear();
    QString &text = m_result.text;
    text.resize(m_used);
    if (m_mode == Mode::Utf16LE || m_mode == Mode::Utf16BE) {
        // Unpaired surrogates become U+FFFD; one left dangling at the very end is a cut character.
        QChar *d = text.data();
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n; ++i) {
            if (d[i].isHighSurrogate() && i + 1 < n && d[i + 1].isLowSurrogate()) {
                ++i;
            } else if (d[i].isHighSurrogate() && i + 1 == n) {
                text.chop(1);
                m_result.truncated = true;
                break;
            } else if (d[i].isSurrogate()) {
                d[i] = QChar::ReplacementCharacter;
            }
        }
    }
    m_used = 0;
    m_mode = Mode::Undecided;
    Result result = std::move(m_result);
    m_result = Result();
    return result;
}

TextDecoder::Result TextDecoder::decode(QByteArray &&bytes, QByteArrayView charset)
{
    const QByteArray data = std::move(bytes);
    TextDecoder decoder(charset);
    decoder.reserve(data.size());
    decoder.addData(data);
    return decoder.finish();
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Utf32LE: return QStringLiteral("UTF-32LE");
    case Encoding::Utf32BE: return QStringLiteral("UTF-32BE");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    case Encoding::Declared: return QStringLiteral("declared");
    }
    return {};
}
