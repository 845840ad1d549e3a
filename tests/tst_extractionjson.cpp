// The JSON of `saywho --extract`: strings are UTF-8 with JSON's escapes, whatever the text holds.
#include "export/extractionjson.h"

#include <QTest>

class TestExtractionJson : public QObject
{
    Q_OBJECT

private slots:
    void shouldEncodeAStringAsJson_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("plain words stay as they are") << QStringLiteral("The ferry runs") << QByteArray("\"The ferry runs\"");
        QTest::newRow("an empty string is two quotation marks") << QString() << QByteArray("\"\"");
        QTest::newRow("quotation marks and backslashes are escaped")
            << QStringLiteral("a \"b\" \\c") << QByteArray("\"a \\\"b\\\" \\\\c\"");
        QTest::newRow("line breaks and tabs get their short escapes")
            << QStringLiteral("a\nb\rc\td\be\ff") << QByteArray("\"a\\nb\\rc\\td\\be\\ff\"");
        QTest::newRow("other control characters get a \\u escape")
            << QString(QChar(0x01)) + QChar(0x1F) << QByteArray("\"\\u0001\\u001f\"");
        QTest::newRow("a control character in the middle of plain text")
            << QStringLiteral("abcdefg") + QChar(0x02) + QStringLiteral("hijklmn") << QByteArray("\"abcdefg\\u0002hijklmn\"");
        QTest::newRow("a quotation mark and a backslash in the middle of plain text")
            << QStringLiteral("abcdef\"ghijklm\\nopq") << QByteArray("\"abcdef\\\"ghijklm\\\\nopq\"");
        QTest::newRow("the last printable ASCII character and DEL")
            << QStringLiteral("~~~~") + QChar(0x7F) + QStringLiteral("~~~") << QByteArray("\"~~~~\x7f~~~\"");
        QTest::newRow("two-byte letters") << QStringLiteral("caf\u00e9 \u00fc") << QByteArray("\"caf\xc3\xa9 \xc3\xbc\"");
        QTest::newRow("three-byte marks") << QStringLiteral("\u201cyes\u201d") << QByteArray("\"\xe2\x80\x9cyes\xe2\x80\x9d\"");
        QTest::newRow("a character outside the basic plane, from its surrogate pair")
            << QString::fromUcs4(U"\U0001F600") << QByteArray("\"\xf0\x9f\x98\x80\"");
        QTest::newRow("a lone surrogate becomes a question mark, as in QString::toUtf8")
            << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b") << QByteArray("\"a?b\"");
        QTest::newRow("a text longer than one piece of the encoder")
            << QStringLiteral("\u00e9").repeated(5000) + QStringLiteral("\"")
            << QByteArray("\"") + QByteArray("\xc3\xa9").repeated(5000) + QByteArray("\\\"\"");
    }

    void shouldEncodeAStringAsJson()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, json);
        // Given a buffer that already holds the start of a line
        QByteArray out = "{\"file\":";
        // When the string is appended
        ExtractionJson::appendString(out, text);
        // Then it follows what was there, encoded
        QCOMPARE(out, QByteArray("{\"file\":") + json);
    }
};

QTEST_GUILESS_MAIN(TestExtractionJson)
#include "tst_extractionjson.moc"
