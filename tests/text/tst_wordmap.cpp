// WordMap: the extractor's map from words (as views) to values, through its growth.
#include "text/wordmap.h"

#include <QStringList>
#include <QTest>

class TestWordMap : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindWhatWasStoredUnderAWord_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("a few words, before any growth") << 10;
        QTest::newRow("thousands of words, after many growths") << 5000;
    }
    void shouldFindWhatWasStoredUnderAWord()
    {
        QFETCH(int, count);
        // Given count words, each stored with its number
        QStringList words;
        for (int i = 0; i < count; ++i)
            words << QStringLiteral("brask") + QString::number(i, 36);
        WordMap<int> map;
        for (int i = 0; i < count; ++i)
            map[words.at(i)] = i;
        // Then each word gives back its number, and the map holds count values
        QCOMPARE(map.size(), qsizetype(count));
        for (int i = 0; i < count; ++i) {
            const int *value = map.find(words.at(i));
            QVERIFY2(value, qPrintable(words.at(i)));
            QCOMPARE(*value, i);
        }
    }

    void shouldNotFindAWordNeverStored_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("a different word") << QStringLiteral("quillet");
        QTest::newRow("a stored word's prefix") << QStringLiteral("tamb");
        QTest::newRow("a stored word with one letter more") << QStringLiteral("tambors");
        QTest::newRow("the empty word") << QStringLiteral("");
    }
    void shouldNotFindAWordNeverStored()
    {
        QFETCH(QString, word);
        // Given a map of a few words
        WordMap<int> map;
        const QString stored[] = {QStringLiteral("tambor"), QStringLiteral("velk"), QStringLiteral("orrin")};
        for (const QString &w : stored)
            map[w] = 1;
        // Then a word not among them is not found
        QVERIFY(!map.contains(word));
        QCOMPARE(map.find(word), nullptr);
    }

    void shouldGiveTheSameValueForAWordStoredTwice()
    {
        // Given a word stored, then asked for again with operator[]
        WordMap<int> map;
        const QString word = QStringLiteral("fennow");
        map[word] = 7;
        map[QStringView(word)] += 1;
        // Then there is one value, changed in place
        QCOMPARE(map.size(), qsizetype(1));
        QCOMPARE(*map.find(u"fennow"), 8);
    }
};

QTEST_GUILESS_MAIN(TestWordMap)
#include "tst_wordmap.moc"
