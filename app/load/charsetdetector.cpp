#include "charsetdetector.h"

#include <QString>
#include <QStringDecoder>

#include <algorithm>

namespace {

constexpr qsizetype kProbe = 64 * 1024;

// How well decoded text reads as words of one script: letters above ASCII inside words count for
// it, a case change in the middle of a word or a symbol between letters against it.
double readability(QStringView text)
{
    double score = 0;
    QChar previous;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.unicode() < 0x80) {
            previous = c;
            continue;
        }
        if (c.isLetter()) {
            score += c.isLower() ? 1.0 : 0.5;
            if (previous.isLetter() && previous.isLower() && c.isUpper())
                score -= 2; // "ÏðèâÅò": a capital inside a word
        } else if (previous.isLetter() && i + 1 < text.size() && text.at(i + 1).isLetter()) {
            score -= 3; // a symbol or an unmapped byte between letters
        } else if (c == QChar::ReplacementCharacter || c.category() == QChar::Other_Control) {
            score -= 3;
        }
        previous = c;
    }
    return score;
}

// Whether text decoded as Windows-1252 has its high letters inside ASCII words (Latin: "café"), or
// in words of their own (another script shown as Latin-1 letters: "Ïðèâåò").
bool looksLatin(QStringView text)
{
    int mixedWords = 0, highWords = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isLetter()) {
            ++i;
            continue;
        }
        int ascii = 0, high = 0;
        for (; i < text.size() && text.at(i).isLetter(); ++i)
            (text.at(i).unicode() < 0x80 ? ascii : high) += 1;
        if (high > 0 && ascii > 0)
            ++mixedWords;
        else if (high >= 2)
            ++highWords;
    }
    return highWords <= mixedWords;
}

} // namespace

bool CharsetDetector::isValidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + length > n)
            return true; // cut by the end of the probe, not invalid
        char32_t code = b & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            const auto c = static_cast<unsigned char>(bytes[i + k]);
            if ((c & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (c & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

QByteArray CharsetDetector::detect(QByteArrayView bytes)
{
    const QByteArrayView probe = bytes.first(std::min(bytes.size(), kProbe));
    if (isValidUtf8(probe))
        return {};
    QStringDecoder western("windows-1252");
    const QString asWestern = western.isValid() ? western.decode(probe) : QString::fromLatin1(probe);
    if (looksLatin(asWestern))
        return QByteArrayLiteral("windows-1252");

    // Another script: the candidates compete, and a tie goes to the first (the most common).
    QByteArray best = QByteArrayLiteral("windows-1252");
    double bestScore = -1e300;
    for (const char *candidate : {"windows-1251", "KOI8-R", "windows-1253"}) {
        QStringDecoder decoder(candidate);
        if (!decoder.isValid())
            continue;
        const double score = readability(QString(decoder.decode(probe)));
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}
