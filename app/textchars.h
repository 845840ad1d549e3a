#pragma once

#include <QChar>

// Character classes with an ASCII fast path: most news text is ASCII, and QChar's Unicode
// property lookups dominate a tokenizer's time otherwise.
namespace TextChars {

inline bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u == u' ' || (u >= 0x09 && u <= 0x0D);
    return c.isSpace();
}

inline bool isLetter(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u | 0x20) >= u'a' && (u | 0x20) <= u'z';
    return c.isLetter();
}

inline bool isDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'0' && u <= u'9';
    return c.isDigit();
}

inline bool isLetterOrNumber(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return ((u | 0x20) >= u'a' && (u | 0x20) <= u'z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber();
}

inline bool isUpper(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'A' && u <= u'Z';
    return c.isUpper() || c.isTitleCase();
}

inline bool isLower(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return u >= u'a' && u <= u'z';
    return c.isLower();
}

} // namespace TextChars
