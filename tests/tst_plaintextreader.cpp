// Specification of PlainTextReader: how lines and blank lines become paragraphs, which first line is
// a title, and that the blocks always tile the article's text.
#include "load/plaintextreader.h"
#include "testhelpers.h"

#include <QTest>

Q_DECLARE_METATYPE(Article::BlockKind)

class TestPlainTextReader : public QObject
{
    Q_OBJECT

private slots:
    void shouldSplitParagraphs_data();
    void shouldSplitParagraphs();
    void shouldTakeAShortFirstLineAsTitle_data();
    void shouldTakeAShortFirstLineAsTitle();
    void shouldTileTheTextWithBlocks();
};

void TestPlainTextReader::shouldSplitParagraphs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("blocks");

    const QStringList two{QStringLiteral("First paragraph here."), QStringLiteral("Second one.")};
    QTest::newRow("blank line") << QStringLiteral("First paragraph here.\n\nSecond one.\n") << two;
    QTest::newRow("crlf") << QStringLiteral("First paragraph here.\r\n\r\nSecond one.\r\n") << two;
    QTest::newRow("lone cr") << QStringLiteral("First paragraph here.\r\rSecond one.\r") << two;
    QTest::newRow("blank line of spaces") << QStringLiteral("First paragraph here.\n   \t \nSecond one.") << two;
    QTest::newRow("blank line of no-break spaces")
        << QStringLiteral("First paragraph here.\n\u00a0\u00a0\nSecond one.") << two;
    QTest::newRow("unicode paragraph separator") << QStringLiteral("First paragraph here.\u2029\u2029Second one.") << two;
    QTest::newRow("hard-wrapped lines join") << QStringLiteral("First paragraph\nhere.\n\nSecond\none.")
                                             << QStringList{QStringLiteral("First paragraph here."),
                                                            QStringLiteral("Second one.")};
    QTest::newRow("one paragraph per line without blank lines")
        << QStringLiteral("First paragraph here.\nSecond one.\n") << two;
    QTest::newRow("leading and trailing space trimmed") << QStringLiteral("  First paragraph here.  \n\n\tSecond one.\t")
                                                        << two;
    QTest::newRow("byte order mark dropped") << QStringLiteral("\ufeffFirst paragraph here.\n\nSecond one.") << two;
    QTest::newRow("tabs and controls read as spaces") << QStringLiteral("A\tB\x01" "C\x7f" "D.")
                                                      << QStringList{QStringLiteral("A B C D.")};
    QTest::newRow("controls deep in a long line read as spaces, after a removed blank line")
        << QStringLiteral("Lanterns were lit.\n\nThe harbour keeper\ttold the\x0b" "crew\x7f" "to wait\x0c" "ashore.")
        << QStringList{QStringLiteral("Lanterns were lit."), QStringLiteral("The harbour keeper told the crew to wait ashore.")};
    QTest::newRow("a zero-width no-break space inside a long line reads as a space")
        << QStringLiteral("The ferry to Osterholm\ufeffleft late.") << QStringList{QStringLiteral("The ferry to Osterholm left late.")};
    QTest::newRow("line and next-line separators end long lines")
        << QStringLiteral("The first long line of text\u2028goes on here.\u0085\u0085A second long paragraph.")
        << QStringList{QStringLiteral("The first long line of text goes on here."), QStringLiteral("A second long paragraph.")};
    QTest::newRow("the two frame marks read as spaces")
        << QStringLiteral("The quay\ufdd0was quiet\ufdd1today.") << QStringList{QStringLiteral("The quay was quiet today.")};
    QTest::newRow("letters outside ASCII do not end a long line")
        << QStringLiteral("The caf\u00e9 on the quay served \u201cbread\u201d.\n\nThen it closed.")
        << QStringList{QStringLiteral("The caf\u00e9 on the quay served \u201cbread\u201d."), QStringLiteral("Then it closed.")};
}

void TestPlainTextReader::shouldSplitParagraphs()
{
    QFETCH(QString, input);
    QFETCH(QStringList, blocks);

    const Article article = PlainTextReader::read(QString(input));

    QCOMPARE(blockTexts(article), blocks);
    QCOMPARE(article.text(), blocks.join(u'\n'));
}

void TestPlainTextReader::shouldTakeAShortFirstLineAsTitle_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("title");

    const QString body = QStringLiteral("\n\nThe body of the article follows here.");
    QTest::newRow("short line without full stop") << QString(QStringLiteral("Talks resume in the capital") + body) << true;
    QTest::newRow("question") << QString(QStringLiteral("Will the talks resume?") + body) << true;
    QTest::newRow("ends with a quoted word") << QString(QStringLiteral("Minister calls plan \u201cunworkable\u201d") + body) << true;
    QTest::newRow("sentence with full stop") << QString(QStringLiteral("The talks resumed on Monday.") + body) << false;
    QTest::newRow("sentence ending inside quotation marks")
        << QString(QStringLiteral("He said: \u201cWe will win.\u201d") + body) << false;
    QTest::newRow("headline style with full stop") << QString(QStringLiteral("Voters Abandon Ruling Party Again.") + body) << true;
    QTest::newRow("ends with a colon") << QString(QStringLiteral("The minister said the following:") + body) << false;
    QTest::newRow("ends with a comma") << QString(QStringLiteral("In the morning,") + body) << false;
    QTest::newRow("too long") << QString(QString(200, u'x') + body) << false;
    QTest::newRow("first paragraph of two lines") << QString(QStringLiteral("Talks resume\nin the capital") + body) << false;
    QTest::newRow("only one block") << QStringLiteral("Talks resume in the capital") << false;
}

void TestPlainTextReader::shouldTakeAShortFirstLineAsTitle()
{
    QFETCH(QString, input);
    QFETCH(bool, title);

    const Article article = PlainTextReader::read(QString(input));

    QVERIFY(!article.isEmpty());
    QCOMPARE(article.blocks().first().kind == Article::BlockKind::Title, title);
    QCOMPARE(article.title().isEmpty(), !title);
    if (title) {
        QCOMPARE(article.title(), article.blockText(0).toString());
        QCOMPARE(article.blocks().first().paragraph, -1);
        QCOMPARE(article.blocks().at(1).paragraph, 0);
    }
}

void TestPlainTextReader::shouldTileTheTextWithBlocks()
{
    // Given text with every kind of line end and blank line mixed
    const QString input = QStringLiteral("Title line\r\n\r\nOne\ntwo.\r\r\u00a0\nThree.\u2028Four.\n\n\n");

    // When it is read
    const Article article = PlainTextReader::read(QString(input));

    // Then blocks follow each other with exactly one '\n' between them, covering the whole text
    int pos = 0;
    for (const Article::Block &block : article.blocks()) {
        QCOMPARE(block.start, pos);
        QVERIFY(block.length > 0);
        QVERIFY(!article.text().mid(block.start, block.length).contains(u'\n'));
        pos = block.end() + 1;
    }
    QCOMPARE(pos - 1, int(article.text().size()));
}

QTEST_GUILESS_MAIN(TestPlainTextReader)
#include "tst_plaintextreader.moc"
