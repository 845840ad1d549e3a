#include "textdecoder.h"

#include <QStringDecoder>

namespace {

// Windows-1252 code points for bytes 0x80..0x9F; the rest of the range is Latin-1.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0xFFFD,
};

QString decodeCp1252(const char *data, qsizetype size)
{
    QString out(size, Qt::Uninitialized);
    QChar *dst = out.data();
    for (qsizetype i = 0; i < size; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        dst[i] = (b >= 0x80 && b < 0xA0) ? QChar(kCp1252High[b - 0x80]) : QChar(char16_t(b));
    }
    return out;
}

// UTF-16 without a BOM shows NUL bytes in every other position for Latin text.
int utf16WithoutBomOrder(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 4096) & ~qsizetype(1);
    if (n < 8)
        return 0;
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes.at(i) == 0;
        oddZero += bytes.at(i + 1) == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZero * 10 >= pairs * 7 && evenZero * 10 <= pairs)
        return 1; // little endian: ASCII byte then 0
    if (evenZero * 10 >= pairs * 7 && oddZero * 10 <= pairs)
        return 2; // big endian
    return 0;
}

bool hasBinaryCharacters(QStringView text)
{
    // Inspect the beginning, as file(1) does; a few stray control characters are tolerated.
    const qsizetype n = std::min<qsizetype>(text.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c == 0)
            return true;
        if (c < 0x20 && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f' && c != u'\v' && c != 0x1B)
            ++controls;
    }
    return controls > 8 && controls * 100 > n;
}

} // namespace

bool TextDecoder::looksBinary(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF") || utf16WithoutBomOrder(bytes))
        return false;
    const qsizetype n = std::min<qsizetype>(bytes.size(), 65536);
    qsizetype controls = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != 0x1B)
            ++controls;
    }
    return controls > 8 && controls * 100 > n;
}

TextDecoder::Result TextDecoder::decode(QByteArray &&bytes)
{
    Result result;
    QByteArray data = std::move(bytes);

    int utf16 = 0;
    qsizetype skip = 0;
    if (data.startsWith("\xEF\xBB\xBF")) {
        skip = 3;
    } else if (data.startsWith("\xFF\xFE")) {
        utf16 = 1;
        skip = 2;
    } else if (data.startsWith("\xFE\xFF")) {
        utf16 = 2;
        skip = 2;
    } else {
        utf16 = utf16WithoutBomOrder(data);
    }

    if (utf16) {
        result.encoding = utf16 == 1 ? Encoding::Utf16LE : Encoding::Utf16BE;
        qsizetype size = data.size() - skip;
        if (size % 2) {
            result.truncated = true;
            --size;
        }
        QStringDecoder decoder(utf16 == 1 ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless);
        result.text = decoder.decode(QByteArrayView(data.constData() + skip, size));
        data = QByteArray();
        result.binary = hasBinaryCharacters(result.text);
        if (result.binary)
            result.text.clear();
        return result;
    }

    if (looksBinary(data)) {
        result.binary = true;
        return result;
    }

    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    result.text = utf8.decode(QByteArrayView(data.constData() + skip, data.size() - skip));
    if (utf8.hasError()) {
        result.encoding = Encoding::Windows1252;
        result.text = decodeCp1252(data.constData() + skip, data.size() - skip);
    }
    return result;
}

QString TextDecoder::encodingName(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf8: return QStringLiteral("UTF-8");
    case Encoding::Utf16LE: return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE: return QStringLiteral("UTF-16BE");
    case Encoding::Windows1252: return QStringLiteral("Windows-1252");
    }
    return {};
}
