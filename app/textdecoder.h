#pragma once

#include <QByteArray>
#include <QString>

// Turns the bytes of a text file into a QString: UTF-8 (with or without BOM), UTF-16 with BOM
// (or without, when the byte pattern is unmistakable), and Windows-1252 for bytes that are not
// valid UTF-8. Reports binary data instead of decoding it.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Windows1252 };

    struct Result
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        bool binary = false;      // NUL bytes or control characters: not a text file
        bool truncated = false;   // an incomplete final character was dropped (odd-length UTF-16)
    };

    // Decodes and consumes the bytes (they are released as early as possible to bound memory).
    static Result decode(QByteArray &&bytes);
    static Result decode(const QByteArray &bytes) { return decode(QByteArray(bytes)); }

    static bool looksBinary(const QByteArray &bytes);
    static QString encodingName(Encoding encoding);
};
