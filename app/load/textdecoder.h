#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

// Turns the bytes of a text file into a QString: UTF-8 (with or without BOM), UTF-16 with BOM (or
// without, when the byte pattern is unmistakable), UTF-32 with BOM, a charset the file declares,
// and Windows-1252 for each byte that is not part of valid UTF-8. Reports binary data instead of
// decoding it. Works incrementally, so a large file is decoded chunk by chunk straight into the
// final string and never held twice.
class TextDecoder
{
public:
    enum class Encoding { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Windows1252, Declared };

    struct Result
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
        bool binary = false;          // NUL bytes or control characters: not a text file
        bool truncated = false;       // an incomplete final character was dropped (UTF-16/32)
        qsizetype fallbackBytes = 0;  // bytes that were not valid UTF-8, read as Windows-1252
        QByteArray detected;          // the encoding CharsetDetector chose (encoding is Declared), or empty
    };

    // Decodes by detection; charset, when given (an HTML <meta charset> or a protocol hint), is
    // used unless a byte order mark says otherwise.
    explicit TextDecoder(QByteArrayView charset = {});

    // Reserves room for a file of this many bytes, so the text is not reallocated while it grows.
    void reserve(qsizetype bytes);
    // Decodes the next chunk. The encoding and the binary check are decided on the first chunk,
    // which should hold the first 64 KB of the file (or all of it). Returns false once the data
    // turned out to be binary; feeding more is then pointless.
    bool addData(QByteArrayView chunk);
    bool isBinary() const { return m_result.binary; }
    // Flushes a pending incomplete character and hands over the result.
    Result finish();

    // One-shot decoding; consumes the bytes.
    static Result decode(QByteArray &&bytes, QByteArrayView charset = {});
    static Result decode(const QByteArray &bytes) { return decode(QByteArray(bytes)); }

    static bool looksBinary(QByteArrayView bytes);
    static QString encodingName(Encoding encoding);
    // Maps the bytes 0x00-0xFF as Windows-1252 does (what browsers use for "ISO-8859-1" too).
    static char16_t windows1252(unsigned char byte);

private:
    enum class Mode { Undecided, Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE, Declared };

    void decide(QByteArrayView head, qsizetype &skip);
    // The chunk with the incomplete character the previous one left prepended (in joined).
    QByteArrayView withPending(QByteArrayView in, QByteArray &joined);
    void appendUtf8(QByteArrayView bytes, bool final);
    void appendWide(QByteArrayView bytes, int width, bool bigEndian);
    void appendDeclared(QByteArrayView bytes);
    QChar *grow(qsizetype maxChars);

    Mode m_mode = Mode::Undecided;
    QByteArray m_charset;
    QStringDecoder m_declared;
    QByteArray m_pending;   // an incomplete character carried over to the next chunk
    qsizetype m_validMultibyte = 0;
    qsizetype m_expectedBytes = 0;
    qsizetype m_used = 0;   // characters of m_result.text in use (the rest is reserved room)
    Result m_result;
};
