#pragma once

#include <QChar>
#include <QStringView>
#include <QtAlgorithms>

#include <algorithm>

#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

// Character classes with an ASCII fast path: most news text is ASCII, and QChar's Unicode
// property lookups dominate a tokenizer's time otherwise. ASCII goes through one table lookup.
namespace TextChars {

namespace Detail {

enum Class : unsigned char { Space = 1, Upper = 2, Lower = 4, Digit = 8 };

constexpr std::array<unsigned char, 128> makeAsciiTable()
{
    std::array<unsigned char, 128> table{};
    table[u' '] = Space;
    for (int c = 0x09; c <= 0x0D; ++c)
        table[c] = Space;
    for (int c = u'A'; c <= u'Z'; ++c)
        table[c] = Upper;
    for (int c = u'a'; c <= u'z'; ++c)
        table[c] = Lower;
    for (int c = u'0'; c <= u'9'; ++c)
        table[c] = Digit;
    return table;
}

inline constexpr std::array<unsigned char, 128> kAscii = makeAsciiTable();

} // namespace Detail

inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return Detail::kAscii[u] & Detail::Space;
    return c.isSpace();
}

inline bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return Detail::kAscii[u] & (Detail::Upper | Detail::Lower);
    return c.isLetter();
}

inline bool isDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return Detail::kAscii[u] & Detail::Digit;
    return c.isDigit();
}

inline bool isLetterOrNumber(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return Detail::kAscii[u] & (Detail::Upper | Detail::Lower | Detail::Digit);
    return c.isLetterOrNumber();
}

inline bool isUpper(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return Detail::kAscii[u] & Detail::Upper;
    return c.isUpper() || c.isTitleCase();
}

inline bool isLower(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return Detail::kAscii[u] & Detail::Lower;
    return c.isLower();
}

// The first position in [from, to) holding a unit outside ASCII or one of the given ASCII units,
// or to: the passes that look for a few marks in mostly plain text (quotation marks, sentence
// terminators) skip the rest of it eight units at a time.
template <typename... Units>
inline qsizetype findNonAsciiOr(const QChar *chars, qsizetype from, qsizetype to, Units... units)
{
    static_assert(sizeof...(Units) >= 1, "at least one unit to look for");
    const char16_t *s = reinterpret_cast<const char16_t *>(chars);
    qsizetype i = from;
#if defined(__SSE2__)
    const __m128i highBits = _mm_set1_epi16(short(0xFF80));
    const __m128i zero = _mm_setzero_si128();
    for (; i + 8 <= to; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        __m128i wanted = zero;
        ((wanted = _mm_or_si128(wanted, _mm_cmpeq_epi16(v, _mm_set1_epi16(short(units))))), ...);
        const int ascii = _mm_movemask_epi8(_mm_cmpeq_epi16(_mm_and_si128(v, highBits), zero));
        const int mask = _mm_movemask_epi8(wanted) | (ascii ^ 0xFFFF);
        if (mask)
            return i + qCountTrailingZeroBits(quint32(mask)) / 2;
    }
#endif
    for (; i < to; ++i) {
        const char16_t u = s[i];
        if (u >= 0x80 || ((u == char16_t(units)) || ...))
            return i;
    }
    return to;
}

// The first position in [from, to) holding a unit that is no printable ASCII (a control character
// below U+0020, U+007F, or a unit outside ASCII) or is one of the given units, or to: the
// plain-text reader skips the printable part of a line eight units at a time and looks only at the
// units where a line may end or a character must be replaced; the JSON writer copies the units that
// need no escape.
template <typename... Units>
inline qsizetype findControlOrNonAscii(const QChar *chars, qsizetype from, qsizetype to, Units... units)
{
    const char16_t *s = reinterpret_cast<const char16_t *>(chars);
    qsizetype i = from;
#if defined(__SSE2__)
    // u - 0x20 < 0x5F, unsigned, is printable ASCII; flipping the sign bit makes it a signed test.
    const __m128i space = _mm_set1_epi16(short(0x20));
    const __m128i signBit = _mm_set1_epi16(short(0x8000));
    const __m128i limit = _mm_set1_epi16(short(0x805F));
    for (; i + 8 <= to; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(s + i));
        __m128i plain = _mm_cmpgt_epi16(limit, _mm_xor_si128(_mm_sub_epi16(v, space), signBit));
        ((plain = _mm_andnot_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16(short(units))), plain)), ...);
        const int mask = _mm_movemask_epi8(plain) ^ 0xFFFF;
        if (mask)
            return i + qCountTrailingZeroBits(quint32(mask)) / 2;
    }
#endif
    for (; i < to; ++i) {
        const char16_t u = s[i];
        if (u < 0x20 || u >= 0x7F || ((u == char16_t(units)) || ...))
            return i;
    }
    return to;
}

// Quotation marks by family: a quotation opened with one mark of a family may be closed by another
// of the same family („…“, “…", «…»), never by one of the other family.
enum class QuoteMarkFamily { None, Double, Single };

inline QuoteMarkFamily quoteMarkFamily(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) // the hot path: plain ASCII text
        return u == u'"' ? QuoteMarkFamily::Double : (u == u'\'' ? QuoteMarkFamily::Single : QuoteMarkFamily::None);
    switch (u) {
    case 0x0022: case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
    case 0xFF02: case 0x300C: case 0x300D: case 0x2E42: case 0x301D: case 0x301E: case 0x301F:
        return QuoteMarkFamily::Double;
    case 0x0027: case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039: case 0x203A:
    case 0x300E: case 0x300F:
        return QuoteMarkFamily::Single;
    default:
        break;
    }
    if (u < 0x2E00 || c.isLetterOrNumber())
        return QuoteMarkFamily::None; // every quotation mark below U+2E00 is listed above
    const QChar::Category cat = c.category();
    if (cat == QChar::Punctuation_InitialQuote || cat == QChar::Punctuation_FinalQuote)
        return QuoteMarkFamily::Double;
    return QuoteMarkFamily::None;
}

inline bool isQuotationMark(QChar c)
{
    return quoteMarkFamily(c) != QuoteMarkFamily::None;
}

// Whether the quotation mark at pos is an apostrophe (Peru’s, don't, the voters’ choice).
inline bool isApostrophe(QStringView text, qsizetype pos)
{
    const QChar c = text[pos];
    if (c != u'\'' && c != QChar(0x2019) && c != QChar(0x2018) && c != QChar(0x201B))
        return false;
    const QChar prev = pos > 0 ? text[pos - 1] : QChar();
    const QChar next = pos + 1 < text.size() ? text[pos + 1] : QChar();
    if (prev.isLetterOrNumber() && next.isLetter())
        return true; // don't, Peru’s, O'Neill
    // '90s, ’til: an elision before digits or a short lower-case word.
    if (!prev.isLetterOrNumber() && next.isDigit() && pos + 2 < text.size() && text[pos + 2].isDigit()
        && (pos + 3 >= text.size() || !text[pos + 3].isDigit()))
        return true;
    return false;
}

// A text that holds a double quotation mark quotes inside itself: the readers then leave the marks,
// not the markup, to say where its quotations are.
inline bool hasDoubleQuotationMark(QStringView text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return quoteMarkFamily(c) == QuoteMarkFamily::Double; });
}

} // namespace TextChars
