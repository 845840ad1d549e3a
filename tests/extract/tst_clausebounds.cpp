// Clause bounds alone: where the speech a cue reports starts and ends.
#include "extract/clausebounds.h"
#include "extract/phraseparser.h"
#include "passfixture.h"

#include <QTest>

class TestClauseBounds : public QObject
{
    Q_OBJECT

private slots:
    void shouldBoundTheReportedClause_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("content"); // empty when the cue reports no clause after it

        QTest::newRow("that after a time phrase")
            << QStringLiteral("The company said on Tuesday that profits fell.") << QStringLiteral("profits fell");
        QTest::newRow("that after the addressee and a place")
            << QStringLiteral("Ortiz told reporters in Valmore that the bridge would reopen.")
            << QStringLiteral("the bridge would reopen");
        QTest::newRow("a bare clause") << QStringLiteral("Ortiz said the bridge would reopen.")
                                       << QStringLiteral("the bridge would reopen");
        QTest::newRow("the clause ends before a second cue")
            << QStringLiteral("Ortiz said the bridge would reopen, adding that repairs were finished.")
            << QStringLiteral("the bridge would reopen");
        QTest::newRow("an indirect question") << QStringLiteral("Ortiz asked whether the bridge would reopen.")
                                              << QStringLiteral("whether the bridge would reopen");
        QTest::newRow("a cue closing its sentence reports nothing after it")
            << QStringLiteral("The bridge will reopen, Ortiz said.") << QString();
    }
    void shouldBoundTheReportedClause()
    {
        QFETCH(QString, text);
        QFETCH(QString, content);

        // Given a sentence with one reporting cue
        PassFixture run(text, ExtractionPipeline::Pass::Cues);
        QVERIFY(!run.window().cues.isEmpty());
        const Cue &cue = run.window().cues.first();
        const Sentence &sentence = run.sentenceOf(cue.first);

        // When the bounds of what it reports are found
        const PhraseParser parser(run.window());
        const ClauseBounds bounds(run.window(), parser);
        const int from = bounds.contentStartAfterCue(cue, sentence);

        // Then they hold the reported clause
        if (content.isEmpty()) {
            QCOMPARE(from, -1);
            return;
        }
        QVERIFY(from >= 0);
        const int to = bounds.contentEnd(from, sentence);
        QCOMPARE(run.window().textOf(from, to - 1), content);
    }
};

QTEST_GUILESS_MAIN(TestClauseBounds)
#include "tst_clausebounds.moc"
