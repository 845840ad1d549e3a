#pragma once

#include <QChar>

#include <array>

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

} // namespace TextChars
