// Sentences: SentenceSplitter asks QTextBoundaryFinder about windows around possible sentence ends
// only; the breaks must be exactly those the finder makes in the whole paragraph. Then the
// splitter's own corrections: abbreviations, initials and lower-case continuations keep a sentence
// whole.
#include "extract/lexicon.h"
#include "extract/sentencesplitter.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>
#include <QTextBoundaryFinder>

namespace {

QList<int> finderBreaks(QStringView para)
{
    QList<int> breaks;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, para);
    for (qsizetype p = finder.toNextBoundary(); p > 0 && p < para.size(); p = finder.toNextBoundary())
        breaks.append(int(p));
    return breaks;
}

QList<int> splitterBreaks(QStringView para)
{
    QList<int> breaks;
    SentenceSplitter::boundaries(para, breaks);
    return breaks;
}

QStringList sentences(const QString &text)
{
    QList<SentenceSplitter::Range> ranges;
    SentenceSplitter::split(text, 0, int(text.size()), Lexicon::instance(), ranges);
    QStringList out;
    for (const auto &r : ranges)
        out.append(text.mid(r.start, r.end - r.start));
    return out;
}

} // namespace

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private slots:
    void shouldBreakWhereTheFinderBreaks_data();
    void shouldBreakWhereTheFinderBreaks();
    void shouldBreakWhereTheFinderBreaksInTheProjectsArticles();
    void shouldBreakWhereTheFinderBreaksInRandomText();
    void shouldKeepAbbreviationsAndInitialsInside_data();
    void shouldKeepAbbreviationsAndInitialsInside();
};

void TestSentenceSplitter::shouldBreakWhereTheFinderBreaks_data()
{
    QTest::addColumn<QString>("paragraph");
    QTest::newRow("plain") << QStringLiteral("The vote was close. The count took a day. Nobody left.");
    QTest::newRow("initialisms") << QStringLiteral("HARTWELL, N.Y., Sept. 26 (UPI) — The board met in the U.S. capital. It voted.");
    QTest::newRow("lower case after a stop") << QStringLiteral("He met Gov. ellis and the mayor. then left.");
    QTest::newRow("numbers") << QStringLiteral("Prices rose 3.5 percent in 2020. 15 people were hired. 2.4 million left.");
    QTest::newRow("quotes and brackets") << QStringLiteral("“We will win.” He smiled. (It was late.) “Why?” she asked. ‘Now!’ Then silence.");
    QTest::newRow("question and exclamation") << QStringLiteral("Why now?! Nobody knows?? Wait!!! It is over.");
    QTest::newRow("ellipsis") << QStringLiteral("He paused… Then he went on... and on. … Fine.");
    QTest::newRow("line breaks") << QStringLiteral("First line\nSecond line.\u2029Third\r\nFourth.");
    QTest::newRow("cjk") << QStringLiteral("会议结束了。他说：“我们会继续。”大家都走了！真的吗？是的。");
    QTest::newRow("arabic and devanagari") << QStringLiteral("هل انتهى الاجتماع؟ نعم. यह खत्म हुआ। फिर से।");
    QTest::newRow("long run of marks") << QStringLiteral("Done.......... Really. !!!!!!!! ?.?.?. End");
    QTest::newRow("no letter after a stop") << QStringLiteral("It ended. 12 34 56 -- 78 ... ) ] 99. more text here.");
    QTest::newRow("stop at the very end") << QStringLiteral("It ended.");
    QTest::newRow("marks and spaces ending the paragraph")
        << QStringLiteral("It ended.” Then “No?!”) Or was it. ) \" Done. ?  . ’”");
    QTest::newRow("a closing mark after spaces at the paragraph's end") << QStringLiteral("It ended. ”");
    QTest::newRow("a space before a terminator at the paragraph's end") << QStringLiteral("Was it ? !");
    QTest::newRow("stop at the very start") << QStringLiteral(". Then it began.");
    QTest::newRow("closing marks and spaces before a capital")
        << QStringLiteral("She left.”  Then he spoke.) Next one! Another?' Final.’ Last.\" Done’s. Ok");
    QTest::newRow("surrogates") << QStringLiteral("Rockets 🚀. Then 😀! More 𝐁old. end");
}

void TestSentenceSplitter::shouldBreakWhereTheFinderBreaks()
{
    QFETCH(QString, paragraph);
    QCOMPARE(splitterBreaks(paragraph), finderBreaks(paragraph));
}

void TestSentenceSplitter::shouldBreakWhereTheFinderBreaksInTheProjectsArticles()
{
    QStringList files{QStringLiteral(SAYWHO_SOURCE_DIR "/resources/samples/almaty-talks.txt")};
    const QDir annotated(QStringLiteral(SAYWHO_TEST_DATA_DIR "/annotated"));
    for (const QString &name : annotated.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name))
        files.append(annotated.filePath(name));
    QVERIFY(files.size() > 20);
    int paragraphs = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &para : text.split(u'\n')) {
            ++paragraphs;
            QVERIFY2(splitterBreaks(para) == finderBreaks(para), qPrintable(path + u": " + para));
        }
    }
    QVERIFY(paragraphs > 200);
}

void TestSentenceSplitter::shouldBreakWhereTheFinderBreaksInRandomText()
{
    // Text made of the pieces sentence rules care about, in every order: letters of both cases,
    // digits, spaces, terminators, closing marks, separators and non-Latin terminators.
    const QStringList pieces{QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("word"), QStringLiteral("Name"),
                             QStringLiteral("7"), QStringLiteral(" "), QStringLiteral("  "), QStringLiteral("."),
                             QStringLiteral("?"), QStringLiteral("!"), QStringLiteral("…"), QStringLiteral("。"),
                             QStringLiteral("”"), QStringLiteral("\""), QStringLiteral(")"), QStringLiteral("’"),
                             QStringLiteral(","), QStringLiteral(":"), QStringLiteral("\n"), QStringLiteral("-"),
                             QStringLiteral("é"), QStringLiteral("Ü"), QStringLiteral("؟"), QStringLiteral("中")};
    QRandomGenerator random(20261128); // fixed: the same texts on every run
    for (int round = 0; round < 3000; ++round) {
        QString para;
        const int length = int(random.bounded(1, 120));
        for (int k = 0; k < length; ++k)
            para += pieces.at(int(random.bounded(pieces.size())));
        QVERIFY2(splitterBreaks(para) == finderBreaks(para), qPrintable(QStringLiteral("round %1: [%2]").arg(round).arg(para)));
    }
}

void TestSentenceSplitter::shouldKeepAbbreviationsAndInitialsInside_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("title abbreviation") << QStringLiteral("Sen. Ilse Marr spoke. She left.")
                                        << QStringList{QStringLiteral("Sen. Ilse Marr spoke."), QStringLiteral("She left.")};
    QTest::newRow("initial") << QStringLiteral("Anna J. Berg won. The count ended.")
                             << QStringList{QStringLiteral("Anna J. Berg won."), QStringLiteral("The count ended.")};
    QTest::newRow("run-together initials") << QStringLiteral("Author T.R. Holm wrote it.")
                                           << QStringList{QStringLiteral("Author T.R. Holm wrote it.")};
    QTest::newRow("question inside a quote") << QStringLiteral("“Why?” he asked. Nobody knew.")
                                             << QStringList{QStringLiteral("“Why?” he asked."), QStringLiteral("Nobody knew.")};
    QTest::newRow("abbreviation joined by a hyphen to a name")
        << QStringLiteral("They crossed the U.S.-Canada border. The move was hard.")
        << QStringList{QStringLiteral("They crossed the U.S.-Canada border."), QStringLiteral("The move was hard.")};
    QTest::newRow("abbreviation ending a sentence") << QStringLiteral("They moved to the U.S. The move was hard.")
                                                    << QStringList{QStringLiteral("They moved to the U.S."), QStringLiteral("The move was hard.")};
    QTest::newRow("abbreviation before a full name ending a sentence")
        << QStringLiteral("The ferry sailed to the U.S. Ana Varga said it was late.")
        << QStringList{QStringLiteral("The ferry sailed to the U.S."), QStringLiteral("Ana Varga said it was late.")};
    QTest::newRow("abbreviation before a full name with a given name of either gender")
        << QStringLiteral("The ferry sailed to the U.S. Chris Varga said it was late.")
        << QStringList {
               QStringLiteral("The ferry sailed to the U.S."), QStringLiteral("Chris Varga said it was late.")};
    QTest::newRow("abbreviation before a title stays inside")
        << QStringLiteral("She met the U.S. Ambassador Ana Varga.")
        << QStringList{QStringLiteral("She met the U.S. Ambassador Ana Varga.")};
}

void TestSentenceSplitter::shouldKeepAbbreviationsAndInitialsInside()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(sentences(text), expected);
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
