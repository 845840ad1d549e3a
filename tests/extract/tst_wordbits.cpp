// WordBits: which words an article holds, as a small table of word hashes that turns into the
// full bit set once an article has many words. Either way every word put in is found again.
#include "extract/wordbits.h"

#include <QStringList>
#include <QTest>

namespace {

QStringList inventedWords(int count, const QString &prefix)
{
    QStringList words;
    words.reserve(count);
    for (int i = 0; i < count; ++i)
        words << prefix + QString::number(i, 36);
    return words;
}

void insert(WordBits &bits, const QString &word)
{
    quint32 h = WordBits::kSeed;
    for (QChar c : word)
        h = WordBits::step(h, c.unicode());
    bits.insertHash(h);
}

} // namespace

class TestWordBits : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindEveryWordPutIn_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("a short article, kept in the small table") << 300;
        QTest::newRow("a long article, past the table into the bit set") << 60000;
    }
    void shouldFindEveryWordPutIn()
    {
        QFETCH(int, count);
        // Given a set holding count invented words
        WordBits bits;
        const QStringList words = inventedWords(count, QStringLiteral("zorv"));
        for (const QString &w : words)
            insert(bits, w);
        // When each is asked for, Then each is there
        for (const QString &w : words)
            QVERIFY2(bits.contains(w), qPrintable(w));
    }

    void shouldRarelyFindAWordNeverPutIn_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("a short article") << 300;
        QTest::newRow("a long article") << 60000;
    }
    void shouldRarelyFindAWordNeverPutIn()
    {
        QFETCH(int, count);
        // Given a set holding count invented words
        WordBits bits;
        for (const QString &w : inventedWords(count, QStringLiteral("zorv")))
            insert(bits, w);
        // When 2000 other words are asked for
        int found = 0;
        for (const QString &w : inventedWords(2000, QStringLiteral("quelt")))
            found += bits.contains(w);
        // Then hardly any is there (4 Mbit of hashes: about one in seventy at 60,000 words)
        QVERIFY2(found < 60, qPrintable(QString::number(found)));
    }

    void shouldTreatAWordPutInTwiceAsOne()
    {
        // Given a word put in twice
        WordBits bits;
        insert(bits, QStringLiteral("ambrel"));
        insert(bits, QStringLiteral("ambrel"));
        // Then it is there, and a different word is not
        QVERIFY(bits.contains(u"ambrel"));
        QVERIFY(!bits.contains(u"ambrelo"));
    }
};

QTEST_GUILESS_MAIN(TestWordBits)
#include "tst_wordbits.moc"
