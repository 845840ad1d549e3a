// TextChars::findNonAsciiOr: the skip over plain ASCII text that the quotation and sentence passes
// use, eight units at a time with a tail unit by unit.
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
};

QTEST_GUILESS_MAIN(TestTextChars)
#include "tst_textchars.moc"
