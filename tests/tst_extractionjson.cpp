// The JSON of `saywho --extract`: strings are UTF-8 with JSON's escapes, whatever the text holds.
#include "export/extractionjson.h"

#include "article/article.h"
#include "article/extraction.h"

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
        QTest::newRow("marks, controls and letters outside ASCII after long plain runs")
            << QStringLiteral("the harbour keeper\\the lamp \"lit\" at nine\x7f" "and then\tthe caf\u00e9 closed")
            << QByteArray("\"the harbour keeper\\\\the lamp \\\"lit\\\" at nine\x7f" "and then\\tthe caf\xc3\xa9 closed\"");
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

    void shouldWriteEachQuotesConfidenceWithThreeSignificantDigits()
    {
        // Given an article whose quotes take more distinct confidences than a handful, some again
        Article article;
        article.appendBlock(QStringLiteral("The keeper said the lamp was lit."));
        const QList<double> confidences = {0.95, 0.9, 0.95, 0.5, 1.0, 0.0, 0.85, 0.123456, 0.7, 0.6, 0.4, 0.35,
                                           0.95, 0.9, 0.0, 0.85, 0.123456};
        Extraction extraction;
        for (const double c : confidences) {
            Quote q;
            q.start = 4;
            q.end = 10;
            q.confidence = c;
            extraction.quotes.append(q);
        }
        // When its JSON object is written
        const QByteArray json = ExtractionJson::articleObject(QStringLiteral("a.txt"), article, extraction);
        // Then every quote carries its own confidence, in the order of the quotes
        QByteArrayList written;
        for (qsizetype at = json.indexOf("\"confidence\":"); at >= 0; at = json.indexOf("\"confidence\":", at + 1)) {
            const qsizetype from = at + qsizetype(sizeof("\"confidence\":") - 1);
            written.append(json.mid(from, json.indexOf('}', from) - from));
        }
        const QByteArrayList expected = {"0.95", "0.9", "0.95", "0.5", "1", "0", "0.85", "0.123", "0.7", "0.6", "0.4",
                                         "0.35", "0.95", "0.9", "0", "0.85", "0.123"};
        QCOMPARE(written, expected);
    }
};

QTEST_GUILESS_MAIN(TestExtractionJson)
#include "tst_extractionjson.moc"
