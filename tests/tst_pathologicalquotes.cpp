// Quotation marks in numbers and shapes no article has, through the loader and the extractor: each
// must finish and give sane output (offsets inside the text, speakers that exist, counts that add up).
// Inputs are written by the test into a temporary folder.
#include "load/articleloader.h"
#include "article/extraction.h"
#include "extract/extractor.h"
#include "testhelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestPathologicalQuotes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void shouldExtractFromPathologicalQuoting_data();
    void shouldExtractFromPathologicalQuoting();

private:
    QTemporaryDir m_dir;
};

void TestPathologicalQuotes::shouldExtractFromPathologicalQuoting_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");

    // A single line of 20 MB: words, commas and quoted phrases, no line break at all.
    QByteArray line;
    line.reserve(qsizetype(21) * 1024 * 1024);
    const QByteArray unit = "The minister said \xe2\x80\x9cthe talks went well\xe2\x80\x9d, and the envoy agreed, ";
    while (line.size() < qsizetype(20) * 1024 * 1024)
        line += unit;
    QTest::newRow("single 20 MB line") << QStringLiteral("line.txt") << line;
    QTest::newRow("200,000 quotation marks") << QStringLiteral("marks.txt") << QByteArray(200000, '"');
    QByteArray words;
    for (int i = 0; i < 100000; ++i)
        words += "\"word\" ";
    QTest::newRow("100,000 quoted words") << QStringLiteral("words.txt") << words;
    QByteArray opening;
    for (int i = 0; i < 100000; ++i)
        opening += "\xe2\x80\x9c" "a ";
    QTest::newRow("100,000 opening marks") << QStringLiteral("open.txt") << opening;
    QByteArray closing;
    for (int i = 0; i < 100000; ++i)
        closing += "b\xe2\x80\x9d ";
    QTest::newRow("100,000 closing marks") << QStringLiteral("close.txt") << closing;
    QByteArray nested;
    for (int i = 0; i < 50000; ++i)
        nested += "\xe2\x80\x9cHe said \xe2\x80\x98she said ";
    QTest::newRow("nested marks never closed") << QStringLiteral("nested.txt") << nested;
    QByteArray unclosed = "Headline\n\n\xe2\x80\x9cThis quote opens here and never closes.\n\n";
    for (int i = 0; i < 20000; ++i)
        unclosed += "Another paragraph follows, said the spokesman, with more words in it.\n\n";
    QTest::newRow("a quote that never closes") << QStringLiteral("unclosed.txt") << unclosed;
}

void TestPathologicalQuotes::shouldExtractFromPathologicalQuoting()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(name);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    const Extraction x = Extractor().extract(r.article);

    verifySane(r.article, x);
    QFile::remove(path);
}

QTEST_GUILESS_MAIN(TestPathologicalQuotes)
#include "tst_pathologicalquotes.moc"
