#pragma once

#include <QByteArray>

// The repairs feed readers make to a feed that is not well-formed XML, so that a single stray "&"
// in a title no longer costs the whole feed: every "&" that starts no character reference, no
// entity the feed declares and no HTML entity becomes "&amp;"; bytes that are not valid in the
// declared encoding (a Windows-1252 byte in a UTF-8 feed) are read as Windows-1252; characters XML
// forbids (most C0 controls) are dropped. The result is UTF-8 with its declaration saying so.
class FeedRepair
{
public:
    struct Repairs
    {
        int ampersands = 0;   // escaped "&"s
        int badBytes = 0;     // bytes read as Windows-1252
        int controls = 0;     // dropped control characters
        int total() const { return ampersands + badBytes + controls; }
    };

    static QByteArray repaired(const QByteArray &xml, Repairs *repairs = nullptr);
};
