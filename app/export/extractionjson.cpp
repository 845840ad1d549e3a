#include "extractionjson.h"

#include "article/article.h"
#include "text/textchars.h"

#include <charconv>
#include <cstring>

namespace {

// Writes into a byte array through a cursor: the array is grown ahead (geometrically, by
// QByteArray::resize) and cut to what was written at the end, so that each piece of the object is a
// memcpy instead of a QByteArray::append with its checks. A string is encoded from UTF-16 and
// escaped in one pass, without the UTF-8 copy QString::toUtf8 makes.
class JsonBuffer
{
public:
    explicit JsonBuffer(QByteArray &out)
        : m_out(out), m_used(out.size())
    {
    }
    ~JsonBuffer() { m_out.resize(m_used); }
    JsonBuffer(const JsonBuffer &) = delete;
    JsonBuffer &operator=(const JsonBuffer &) = delete;

    qsizetype size() const { return m_used; }
    template<qsizetype N>
    void raw(const char (&literal)[N]) { raw(literal, N - 1); }
    void raw(const char *data, qsizetype length)
    {
        char *at = room(length);
        std::memcpy(at, data, size_t(length));
        m_used += length;
    }
    void raw(char c)
    {
        *room(1) = c;
        ++m_used;
    }
    void number(qint64 v)
    {
        char *at = room(24);
        m_used = std::to_chars(at, at + 24, v).ptr - m_out.data();
    }
    void string(QStringView s);
    void slowString(QStringView s);
    // Hands the bytes written so far to out (a file) and starts again at the front.
    void spill(FILE *file)
    {
        fwrite(m_out.constData(), 1, size_t(m_used), file);
        m_used = 0;
    }

private:
    char *room(qsizetype length)
    {
        if (m_used + length > m_out.size())
            m_out.resize(std::max(m_used + length, m_out.size() * 2 + 256));
        return m_out.data() + m_used;
    }

    QByteArray &m_out;
    qsizetype m_used;
};

void JsonBuffer::string(QStringView s)
{
    // A lone surrogate is rare and QString::toUtf8 has its own way with it: such a string takes
    // the path through toUtf8, so every byte stays as it was.
    static constexpr char hex[] = "0123456789abcdef";
    // Room is made a piece at a time, so that a long quotation does not need six bytes a unit
    // (an escaped control character, the longest) all at once.
    constexpr qsizetype kPiece = 4096;
    const qsizetype start = m_used;
    raw('"');
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p < end) {
        const char16_t *const pieceEnd = p + std::min<qsizetype>(kPiece, end - p);
        char *out = room(kPiece * 6);
        char *const begin = out;
        while (p < pieceEnd) {
            // The printable ASCII units that need no escape (most of a quotation) in one run.
            const qsizetype plain = TextChars::findControlOrNonAscii(
                reinterpret_cast<const QChar *>(p), 0, pieceEnd - p, u'"', u'\\');
            for (qsizetype k = 0; k < plain; ++k)
                out[k] = char(p[k]);
            out += plain;
            p += plain;
            if (p == pieceEnd)
                break;
            const char16_t u = *p++;
            if (u < 0x80) {
                if (u >= 0x20 && u != '"' && u != '\\') {
                    *out++ = char(u);
                    continue;
                }
                *out++ = '\\';
                switch (u) {
                case '"': *out++ = '"'; break;
                case '\\': *out++ = '\\'; break;
                case '\n': *out++ = 'n'; break;
                case '\r': *out++ = 'r'; break;
                case '\t': *out++ = 't'; break;
                case '\b': *out++ = 'b'; break;
                case '\f': *out++ = 'f'; break;
                default:
                    *out++ = 'u';
                    *out++ = '0';
                    *out++ = '0';
                    *out++ = hex[u >> 4];
                    *out++ = hex[u & 15];
                }
            } else if (u < 0x800) {
                *out++ = char(0xC0 | (u >> 6));
                *out++ = char(0x80 | (u & 0x3F));
            } else if (u < 0xD800 || u > 0xDFFF) {
                *out++ = char(0xE0 | (u >> 12));
                *out++ = char(0x80 | ((u >> 6) & 0x3F));
                *out++ = char(0x80 | (u & 0x3F));
            } else if (u < 0xDC00 && p < end && *p >= 0xDC00 && *p <= 0xDFFF) {
                // A pair may end one unit past the piece: its four bytes fit the room of two units.
                const char32_t c = 0x10000 + ((char32_t(u) - 0xD800) << 10) + (char32_t(*p++) - 0xDC00);
                *out++ = char(0xF0 | (c >> 18));
                *out++ = char(0x80 | ((c >> 12) & 0x3F));
                *out++ = char(0x80 | ((c >> 6) & 0x3F));
                *out++ = char(0x80 | (c & 0x3F));
            } else {
                m_used = start;
                slowString(s);
                return;
            }
        }
        m_used += out - begin;
    }
    raw('"');
}

void JsonBuffer::slowString(QStringView s)
{
    raw('"');
    const QByteArray utf8 = s.toUtf8();
    const char *p = utf8.constData();
    const char *end = p + utf8.size();
    while (p < end) {
        const char *run = p;
        while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20)
            ++p;
        if (p > run)
            raw(run, p - run);
        if (p == end)
            break;
        const char c = *p++;
        switch (c) {
        case '"': raw("\\\""); break;
        case '\\': raw("\\\\"); break;
        case '\n': raw("\\n"); break;
        case '\r': raw("\\r"); break;
        case '\t': raw("\\t"); break;
        case '\b': raw("\\b"); break;
        case '\f': raw("\\f"); break;
        default: {
            char buf[8];
            qsnprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
            raw(buf, qsizetype(std::strlen(buf)));
        }
        }
    }
    raw('"');
}

// The confidences an article's quotes take are a handful of values: each is formatted once, by
// QByteArray::number as before, and its text reused. Values are told apart by their bits, so that
// no two values that format differently can share a text.
class ConfidenceTexts
{
public:
    const QByteArray &text(double value)
    {
        quint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        for (int i = 0; i < m_count; ++i) {
            if (m_bits[i] == bits)
                return m_texts[i];
        }
        const int slot = m_count < kSlots ? m_count++ : int(m_next++ % kSlots);
        m_bits[slot] = bits;
        m_texts[slot] = QByteArray::number(value, 'g', 3);
        return m_texts[slot];
    }

private:
    static constexpr int kSlots = 8;
    quint64 m_bits[kSlots] = {};
    QByteArray m_texts[kSlots];
    int m_count = 0;
    unsigned m_next = 0;
};

void appendNullableString(JsonBuffer &out, const QString &s)
{
    if (s.isEmpty())
        out.raw("null");
    else
        out.string(s);
}

} // namespace

void ExtractionJson::appendString(QByteArray &out, QStringView s)
{
    JsonBuffer(out).string(s);
}

void ExtractionJson::appendArticleFields(QByteArray &bytes, const Article &article, const Extraction &extraction,
                                         FILE *spill)
{
    constexpr qsizetype spillAt = 1 << 20;
    JsonBuffer out(bytes);
    out.raw("\"title\":");
    appendNullableString(out, article.title());
    out.raw(",\"speakers\":[");
    for (int i = 0; i < extraction.speakers.size(); ++i) {
        const Speaker &s = extraction.speakers.at(i);
        if (i)
            out.raw(',');
        out.raw("{\"id\":");
        out.string(s.id);
        out.raw(",\"name\":");
        out.string(s.name);
        out.raw(",\"kind\":");
        out.string(Speaker::kindName(s.kind));
        if (s.described)
            out.raw(",\"described\":true");
        else
            out.raw(",\"described\":false");
        out.raw(",\"role\":");
        appendNullableString(out, s.role);
        out.raw(",\"aliases\":[");
        for (int a = 0; a < s.aliases.size(); ++a) {
            if (a)
                out.raw(',');
            out.string(s.aliases.at(a));
        }
        out.raw("],\"quotes\":");
        out.number(s.quoteCount);
        out.raw('}');
    }
    out.raw("],\"quotes\":[");
    const QString &text = article.text();
    ConfidenceTexts confidences;
    for (int i = 0; i < extraction.quotes.size(); ++i) {
        const Quote &q = extraction.quotes.at(i);
        if (i)
            out.raw(',');
        out.raw("{\"speaker\":");
        if (q.speaker >= 0)
            out.string(extraction.speakers.at(q.speaker).id);
        else
            out.raw("null");
        out.raw(",\"kind\":");
        out.string(Quote::kindName(q.kind));
        out.raw(",\"text\":");
        out.string(QStringView(text).mid(q.start, q.end - q.start));
        out.raw(",\"cue\":");
        appendNullableString(out, q.cue);
        out.raw(",\"source\":");
        appendNullableString(out, q.source);
        out.raw(",\"start\":");
        out.number(q.start);
        out.raw(",\"end\":");
        out.number(q.end);
        out.raw(",\"paragraph\":");
        out.number(q.paragraph);
        out.raw(",\"confidence\":");
        const QByteArray &confidence = confidences.text(q.confidence);
        out.raw(confidence.constData(), confidence.size());
        out.raw('}');
        if (spill && out.size() >= spillAt)
            out.spill(spill);
    }
    out.raw(']');
}

QByteArray ExtractionJson::articleObject(const QString &file, const Article &article, const Extraction &extraction)
{
    QByteArray out;
    out.reserve(256 + extraction.quotes.size() * 160);
    out += "{\"file\":";
    appendString(out, file);
    out += ',';
    appendArticleFields(out, article, extraction);
    out += '}';
    return out;
}
