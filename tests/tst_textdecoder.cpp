// Specification of TextDecoder: every encoding a text file may come in, the Windows-1252 fallback
// byte by byte, truncated input, binary data, and chunked decoding giving the same text as one-shot.
#include "load/textdecoder.h"

#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTest>

using Encoding = TextDecoder::Encoding;

namespace {

// The bytes of a literal, embedded NULs included.
template <size_t N>
QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

QByteArray utf16(const QString &text, bool bigEndian, bool bom)
{
    QByteArray out;
    if (bom)
        out += bigEndian ? QByteArray("\xFE\xFF") : QByteArray("\xFF\xFE");
    for (QChar c : text) {
        const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
        out += bigEndian ? hi : lo;
        out += bigEndian ? lo : hi;
    }
    return out;
}

QByteArray utf32(const QString &text, bool bigEndian)
{
    QByteArray out = bigEndian ? bytesOf("\0\0\xFE\xFF") : bytesOf("\xFF\xFE\0\0");
    for (char32_t cp : text.toUcs4()) {
        const char b[4] = {char(cp >> 24), char((cp >> 16) & 0xFF), char((cp >> 8) & 0xFF), char(cp & 0xFF)};
        const char r[4] = {b[3], b[2], b[1], b[0]};
        out.append(bigEndian ? b : r, 4);
    }
    return out;
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void shouldDecodeEachEncoding_data();
    void shouldDecodeEachEncoding();
    void shouldReadInvalidUtf8BytesAsWindows1252_data();
    void shouldReadInvalidUtf8BytesAsWindows1252();
    void shouldRefuseBinaryData_data();
    void shouldRefuseBinaryData();
    void shouldDropACharacterCutByTheEnd_data();
    void shouldDropACharacterCutByTheEnd();
    void shouldDecodeTheSameInChunksAsAtOnce_data();
    void shouldDecodeTheSameInChunksAsAtOnce();
    void shouldHonourADeclaredCharsetUnlessABomSaysOtherwise();
    void shouldDetectTheEncodingOfUndeclaredText_data();
    void shouldDetectTheEncodingOfUndeclaredText();
};

void TestTextDecoder::shouldDecodeEachEncoding_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("encoding");

    const QString sample = QStringLiteral("Caf\u00e9 \u201cquoted\u201d \u2014 \u65e5\u672c \U0001F600 end");
    QTest::newRow("utf-8") << sample.toUtf8() << sample << int(Encoding::Utf8);
    QTest::newRow("utf-8 with bom") << QByteArray(QByteArray("\xEF\xBB\xBF") + sample.toUtf8()) << sample << int(Encoding::Utf8);
    QTest::newRow("ascii") << QByteArray("plain ascii\n") << QStringLiteral("plain ascii\n") << int(Encoding::Utf8);
    QTest::newRow("utf-16le with bom") << utf16(sample, false, true) << sample << int(Encoding::Utf16LE);
    QTest::newRow("utf-16be with bom") << utf16(sample, true, true) << sample << int(Encoding::Utf16BE);
    const QString latin = QStringLiteral("A plain English sentence without a byte order mark.");
    QTest::newRow("utf-16le without bom") << utf16(latin, false, false) << latin << int(Encoding::Utf16LE);
    QTest::newRow("utf-16be without bom") << utf16(latin, true, false) << latin << int(Encoding::Utf16BE);
    QTest::newRow("utf-32le with bom") << utf32(sample, false) << sample << int(Encoding::Utf32LE);
    QTest::newRow("utf-32be with bom") << utf32(sample, true) << sample << int(Encoding::Utf32BE);
    QTest::newRow("windows-1252") << QByteArray("\x93" "Caf\xe9\x94 \x96 5\x80")
                                  << QStringLiteral("\u201cCaf\u00e9\u201d \u2013 5\u20ac") << int(Encoding::Windows1252);
}

void TestTextDecoder::shouldDecodeEachEncoding()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, encoding);

    const TextDecoder::Result result = TextDecoder::decode(bytes);

    QCOMPARE(result.text, text);
    QCOMPARE(int(result.encoding), encoding);
    QVERIFY(!result.binary);
    QVERIFY(!result.truncated);
}

void TestTextDecoder::shouldReadInvalidUtf8BytesAsWindows1252_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("fallbackBytes");

    // Valid UTF-8 stays UTF-8; each byte that is not part of a valid sequence is read as Windows-1252.
    QTest::newRow("stray byte in utf-8") << QByteArray("caf\xC3\xA9 and \x93quoted\x94")
                                         << QStringLiteral("caf\u00e9 and \u201cquoted\u201d") << 2;
    QTest::newRow("overlong encoding") << QByteArray("a\xC0\xAF") << QStringLiteral("a\u00c0\u00af") << 2;
    QTest::newRow("encoded surrogate") << QByteArray("\xED\xA0\x80") << QStringLiteral("\u00ed\u00a0\u20ac") << 3;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << QStringLiteral("\u00f4\u0090\u20ac\u20ac") << 4;
    QTest::newRow("sequence cut by the end") << QByteArray("end \xE2\x80") << QStringLiteral("end \u00e2\u20ac") << 2;
    QTest::newRow("undefined 1252 bytes are C1 controls") << QByteArray("\x81\x8D\x8F\x90\x9D")
                                                          << QStringLiteral("\u0081\u008d\u008f\u0090\u009d") << 5;
}

void TestTextDecoder::shouldReadInvalidUtf8BytesAsWindows1252()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(int, fallbackBytes);

    const TextDecoder::Result result = TextDecoder::decode(bytes);

    QCOMPARE(result.text, text);
    QCOMPARE(result.fallbackBytes, qsizetype(fallbackBytes));
    QVERIFY(!result.binary);
}

void TestTextDecoder::shouldRefuseBinaryData_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("png") << bytesOf("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10");
    QTest::newRow("elf") << bytesOf("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3E\0");
    QTest::newRow("nul in text") << bytesOf("Some text\0with a NUL byte");
    QTest::newRow("control characters") << QByteArray(200, '\x01');
    QTest::newRow("utf-16 holding NULs") << utf16(QStringLiteral("text\0\0\0\0 more"), false, true);
}

void TestTextDecoder::shouldRefuseBinaryData()
{
    QFETCH(QByteArray, bytes);

    const TextDecoder::Result result = TextDecoder::decode(bytes);

    QVERIFY(result.binary);
    QVERIFY(result.text.isEmpty());
}

void TestTextDecoder::shouldDropACharacterCutByTheEnd_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");

    QTest::newRow("odd byte count") << QByteArray(utf16(QStringLiteral("Hello"), false, true) + QByteArray("W"))
                                    << QStringLiteral("Hello");
    QByteArray cutPair = utf16(QStringLiteral("Hi \U0001F600"), true, true);
    cutPair.chop(2); // the low surrogate
    QTest::newRow("surrogate pair cut") << cutPair << QStringLiteral("Hi ");
    QByteArray cut32 = utf32(QStringLiteral("Hello"), false);
    cut32.chop(1);
    QTest::newRow("utf-32 unit cut") << cut32 << QStringLiteral("Hell");
}

void TestTextDecoder::shouldDropACharacterCutByTheEnd()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);

    const TextDecoder::Result result = TextDecoder::decode(bytes);

    QCOMPARE(result.text, text);
    QVERIFY(result.truncated);
    QVERIFY(!result.binary);
}

void TestTextDecoder::shouldDecodeTheSameInChunksAsAtOnce_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QString text;
    for (int i = 0; i < 3000; ++i)
        text += QStringLiteral("Ligne %1: caf\u00e9 \u201c\u65e5\u672c\u201d \U0001F600. ").arg(i);
    QTest::newRow("utf-8") << text.toUtf8();
    QTest::newRow("utf-16le") << utf16(text, false, true);
    QTest::newRow("utf-32be") << utf32(text, true);
    QTest::newRow("mixed 1252 and utf-8") << QByteArray(text.toUtf8() + QByteArray("\x93tail\x94") + text.toUtf8());
}

void TestTextDecoder::shouldDecodeTheSameInChunksAsAtOnce()
{
    QFETCH(QByteArray, bytes);
    const TextDecoder::Result whole = TextDecoder::decode(bytes);

    // Every split point inside multi-byte sequences must give the same text.
    QRandomGenerator random(42);
    for (int round = 0; round < 20; ++round) {
        TextDecoder decoder;
        decoder.reserve(bytes.size());
        const qsizetype first = 65536 + random.bounded(7);
        decoder.addData(QByteArrayView(bytes).first(std::min(first, bytes.size())));
        for (qsizetype pos = first; pos < bytes.size();) {
            const qsizetype n = std::min<qsizetype>(1 + random.bounded(5000), bytes.size() - pos);
            QVERIFY(decoder.addData(QByteArrayView(bytes).sliced(pos, n)));
            pos += n;
        }
        const TextDecoder::Result chunked = decoder.finish();
        QCOMPARE(chunked.text, whole.text);
        QCOMPARE(chunked.encoding, whole.encoding);
        QCOMPARE(chunked.fallbackBytes, whole.fallbackBytes);
    }
}

void TestTextDecoder::shouldHonourADeclaredCharsetUnlessABomSaysOtherwise()
{
    // Given bytes that are valid UTF-8 but declared as ISO-8859-1 (read as Windows-1252, as browsers do)
    const QByteArray bytes("caf\xC3\xA9 \x93");

    // Then the declaration wins...
    QCOMPARE(TextDecoder::decode(QByteArray(bytes), "iso-8859-1").text, QStringLiteral("caf\u00c3\u00a9 \u201c"));
    QCOMPARE(TextDecoder::decode(QByteArray(bytes), "UTF-8").text, QStringLiteral("caf\u00e9 \u201c"));
    // ...an unknown name falls back to detection...
    QCOMPARE(TextDecoder::decode(QByteArray(bytes), "no-such-charset").text, QStringLiteral("caf\u00e9 \u201c"));
    // ...and a byte order mark beats the declaration.
    QCOMPARE(TextDecoder::decode(QByteArray("\xEF\xBB\xBF") + bytes, "iso-8859-1").text,
             QStringLiteral("caf\u00e9 \u201c"));
}

void TestTextDecoder::shouldDetectTheEncodingOfUndeclaredText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("detected");

    const auto encoded = [](const char *encoding, const QString &text) {
        QStringEncoder encoder(encoding);
        return QByteArray(encoder.encode(text));
    };
    const QString russian = QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442, \u0441\u043a\u0430\u0437\u0430\u043b "
                                           "\u043e\u043d, \u0438 \u0443\u0448\u0451\u043b \u0434\u043e\u043c\u043e\u0439. "
                                           "\u0412\u0435\u0447\u0435\u0440\u043e\u043c \u0431\u044b\u043b \u0434\u043e\u0436\u0434\u044c.");
    const QString greek = QStringLiteral("\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1, \u03b5\u03af\u03c0\u03b5 "
                                         "\u03bf \u03c8\u03b1\u03c1\u03ac\u03c2 \u03c3\u03c4\u03bf \u03bb\u03b9\u03bc\u03ac\u03bd\u03b9.");
    const QString french = QStringLiteral("Le caf\u00e9 a ferm\u00e9 apr\u00e8s trente ans, a dit la g\u00e9rante, "
                                          "\u00e9mue. \u00ab C\u2019est fini \u00bb.");

    QTest::newRow("Russian in Windows-1251") << encoded("windows-1251", russian) << russian << QByteArray("windows-1251");
    QTest::newRow("Russian in KOI8-R") << encoded("KOI8-R", russian) << russian << QByteArray("KOI8-R");
    QTest::newRow("Greek in Windows-1253") << encoded("windows-1253", greek) << greek << QByteArray("windows-1253");
    QTest::newRow("French in Windows-1252 needs no guess") << encoded("windows-1252", french) << french << QByteArray();
    QTest::newRow("UTF-8 needs no guess") << russian.toUtf8() << russian << QByteArray();
    QTest::newRow("plain ASCII needs no guess") << QByteArray("Plain words.") << QStringLiteral("Plain words.") << QByteArray();
}

void TestTextDecoder::shouldDetectTheEncodingOfUndeclaredText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QByteArray, detected);

    // When text that declares no encoding is decoded, at once and in chunks
    const TextDecoder::Result whole = TextDecoder::decode(QByteArray(bytes));
    TextDecoder chunked;
    chunked.addData(QByteArrayView(bytes).first(bytes.size() / 2));
    chunked.addData(QByteArrayView(bytes).sliced(bytes.size() / 2));
    const TextDecoder::Result parts = chunked.finish();

    // Then it reads as written, in the encoding it looks like
    QCOMPARE(whole.text, text);
    QCOMPARE(whole.detected, detected);
    QCOMPARE(parts.text, text);

    // And a declared charset is taken as said, never guessed over
    const TextDecoder::Result declared = TextDecoder::decode(QByteArray(bytes), "windows-1252");
    QVERIFY(declared.detected.isEmpty());
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
