// TextChars::findNonAsciiOr and findControlOrNonAscii: the skips over plain ASCII text that the
// quotation and sentence passes and the plain-text reader use, eight units at a time with a tail
// unit by unit.
#include "text/textchars.h"

#include <QString>
#include <QTest>

class TestTextChars : public QObject
{
    Q_OBJECT

private slots:
    void shouldStopAtTheFirstWantedOrNonAsciiUnit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("expected");
        QTest::newRow("a quotation mark in the first eight units") << QStringLiteral("He said \"no\"") << 0 << 8;
        QTest::newRow("an apostrophe after the first eight units")
            << QStringLiteral("the keeper's lamp") << 0 << 10;
        QTest::newRow("a typographic mark is outside ASCII")
            << QStringLiteral("Torvel asked \u201cwhy\u201d") << 0 << 13;
        QTest::newRow("an accented letter is outside ASCII") << QStringLiteral("the caf\u00e9 opened") << 0 << 7;
        QTest::newRow("the search starts at from") << QStringLiteral("\"a\" and \"b\"") << 1 << 2;
        QTest::newRow("plain text has nothing to stop at") << QStringLiteral("plain words only, no marks") << 0 << 26;
        QTest::newRow("an empty range") << QStringLiteral("\"") << 1 << 1;
    }
    void shouldStopAtTheFirstWantedOrNonAsciiUnit()
    {
        QFETCH(QString, text);
        QFETCH(int, from);
        QFETCH(int, expected);
        // When the text is searched for double quotation marks and apostrophes
        const qsizetype at = TextChars::findNonAsciiOr(text.constData(), from, text.size(), u'"', u'\'');
        // Then the search stops at the first of them or of the units outside ASCII, else at the end
        QCOMPARE(at, qsizetype(expected));
    }

    void shouldFindAMarkAtEveryPositionAndStopAtTheRangeEnd()
    {
        // Given plain text of every length up to three blocks of eight, with one mark at each position
        for (int length = 0; length <= 24; ++length) {
            for (int mark = 0; mark <= length; ++mark) {
                QString text(length + 8, u'x');
                if (mark < length)
                    text[mark] = u'!';
                text[length] = u'?'; // just past the range: never to be reported
                // When the range [0, length) is searched
                const qsizetype at = TextChars::findNonAsciiOr(text.constData(), 0, length, u'!');
                // Then the mark is found where it was put, or the search ends at the range's end
                QCOMPARE(at, qsizetype(mark));
            }
        }
    }

    void shouldStopAtUnitsFarOutsideAscii()
    {
        // Given plain text with a unit above 0x7FFF (a sign test would take it for a small one)
        QString text(20, u'y');
        text[11] = QChar(0xFF02);
        // Then the search stops there
        QCOMPARE(TextChars::findNonAsciiOr(text.constData(), 0, text.size(), u'"'), qsizetype(11));
    }

    void shouldStopAtTheFirstControlOrNonAsciiUnit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("expected");
        QTest::newRow("a line feed after the first eight units") << QStringLiteral("The tide came\nin") << 0 << 13;
        QTest::newRow("a tab in the first eight units") << QStringLiteral("one\ttwo three four") << 0 << 3;
        QTest::newRow("the delete character is a control") << QStringLiteral("harbour wall\x7f") << 0 << 12;
        QTest::newRow("a nul unit is a control") << QString(QStringLiteral("0123456789") + QChar(0) + u'x') << 0 << 10;
        QTest::newRow("a space and a tilde are printable") << QStringLiteral(" ~ ~ ~ ~ ~ ~ ~ ~ ~ ~") << 0 << 20;
        QTest::newRow("an accented letter is outside ASCII") << QStringLiteral("the caf\u00e9 opened") << 0 << 7;
        QTest::newRow("a unit above 0x7FFF is outside ASCII") << QStringLiteral("plain words\uff02") << 0 << 11;
        QTest::newRow("the search starts at from") << QStringLiteral("\n\nboats") << 1 << 1;
        QTest::newRow("printable text has nothing to stop at") << QStringLiteral("plain words only, no marks") << 0 << 26;
    }
    void shouldStopAtTheFirstControlOrNonAsciiUnit()
    {
        QFETCH(QString, text);
        QFETCH(int, from);
        QFETCH(int, expected);
        // When the text is searched for units that are no printable ASCII
        const qsizetype at = TextChars::findControlOrNonAscii(text.constData(), from, text.size());
        // Then the search stops at the first of them, else at the end
        QCOMPARE(at, qsizetype(expected));
    }

    void shouldFindEveryUnitThatIsNoPrintableAsciiAtEveryPosition()
    {
        // Given printable text of every length up to three blocks of eight, with one unit at each
        // position that lies just outside the printable range, or a printable unit at its edge
        const char16_t outside[] = {0x00, 0x1F, 0x7F, 0x80, 0xFFFF};
        const char16_t edges[] = {0x20, 0x7E};
        for (int length = 0; length <= 24; ++length) {
            for (int at = 0; at <= length; ++at) {
                for (const char16_t unit : outside) {
                    QString text(length + 8, u'x');
                    if (at < length)
                        text[at] = QChar(unit);
                    text[length] = u'\n'; // just past the range: never to be reported
                    // Then it is found where it was put, or the search ends at the range's end
                    QCOMPARE(TextChars::findControlOrNonAscii(text.constData(), 0, length), qsizetype(at));
                }
                for (const char16_t unit : edges) {
                    QString text(length, u'x');
                    if (at < length)
                        text[at] = QChar(unit);
                    // Then the printable edge units are passed over
                    QCOMPARE(TextChars::findControlOrNonAscii(text.constData(), 0, length), qsizetype(length));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTextChars)
#include "tst_textchars.moc"
