// Transcript labels alone: a paragraph opening with a speaker label the article repeats.
#include "passfixture.h"

#include <QTest>

class TestTranscriptLabels : public QObject
{
    Q_OBJECT

private slots:
    void shouldAttributeTheTurnsOfATranscript_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("quotes");

        QTest::newRow("shouted labels join the people the article named")
            << QStringLiteral("Mayor Ana Ortiz met the union on Monday. Tomas Berg spoke for the union.\n\n"
                              "ORTIZ: We will not pay.\n\nBERG: Then we strike.\n\nORTIZ: So be it.\n\nBERG: Fine.")
            << QStringList {QStringLiteral("Ana Ortiz|We will not pay."), QStringLiteral("Tomas Berg|Then we strike."),
                   QStringLiteral("Ana Ortiz|So be it."), QStringLiteral("Tomas Berg|Fine.")};
        QTest::newRow("a turn after a colon introducing the transcript is the label's")
            << QStringLiteral("Lund said the port was safe. Partial transcript as follows:\n\n"
                              "ANA ORTIZ: The harbour board met on Friday to talk about the fares.\n\n"
                              "LUND: We will see about that.\n\nORTIZ: Thank you, sir, for coming.")
            << QStringList {QStringLiteral("Ana Ortiz|The harbour board met on Friday to talk about the fares."),
                   QStringLiteral("Lund|We will see about that."), QStringLiteral("Ana Ortiz|Thank you, sir, for coming.")};
        QTest::newRow("a label naming nobody the article named stays as written")
            << QStringLiteral("ORTIZ: We will not pay.\n\nORTIZ: Not this year.")
            << QStringList {QStringLiteral("ORTIZ|We will not pay."), QStringLiteral("ORTIZ|Not this year.")};
        QTest::newRow("a label after an honorific")
            << QStringLiteral("Ms. Ortiz: We will not pay.\n\nMs. Ortiz: Not this year.")
            << QStringList {QStringLiteral("Ortiz|We will not pay."), QStringLiteral("Ortiz|Not this year.")};
        QTest::newRow("a full name for the first turn and the surname after are one speaker")
            << QStringLiteral("DANA PELL: Why not debate?\n\nTOMAS RIVERA: We will.\n\nPELL: When?\n\nRIVERA: Soon.")
            << QStringList {QStringLiteral("Dana Pell|Why not debate?"), QStringLiteral("Tomas Rivera|We will."),
                   QStringLiteral("Dana Pell|When?"), QStringLiteral("Tomas Rivera|Soon.")};
        QTest::newRow("in a transcript a label used once names someone the article named")
            << QStringLiteral("Moderator Dana Pell questioned Tomas Rivera.\n\nPELL: Will fares rise?\n\n"
                              "RIVERA: Not this year.\n\nPELL: Thank you.")
            << QStringList {QStringLiteral("Dana Pell|Will fares rise?"), QStringLiteral("Tomas Rivera|Not this year."),
                   QStringLiteral("Dana Pell|Thank you.")};
        QTest::newRow("in a transcript a label used once naming nobody the article named is no turn")
            << QStringLiteral("Moderator Dana Pell opened.\n\nPELL: Will fares rise?\n\nGUEST: Not this year.\n\n"
                              "PELL: Thank you.")
            << QStringList {QStringLiteral("Dana Pell|Will fares rise?"), QStringLiteral("Dana Pell|Thank you.")};
        QTest::newRow("a tally after names is no transcript")
            << QStringLiteral("Ana Ortiz: 1,769.\n\nTomas Rivera: 1,501.\n\nOrtiz: 2,001.\n\nRivera: 1,600.")
            << QStringList {};
        QTest::newRow("a label used once is no transcript")
            << QStringLiteral("Ortiz: We will not pay.\n\nThe council met later.") << QStringList {};
        QTest::newRow("a common word before a colon is no label")
            << QStringLiteral("Note: the vote was delayed.\n\nNote: the vote was held.") << QStringList {};
        QTest::newRow("the answers of an interview are the interviewee's")
            << QStringLiteral(
                   "Ana Ortiz took over the harbour in May. She spoke about ferries.\n\nQ: What comes first?\n\n"
                   "A: Dredging the channel.\n\nQ: And the ferries?\n\nA: Two more next summer.")
            << QStringList {QStringLiteral("Ana Ortiz|Dredging the channel."),
                   QStringLiteral("Ana Ortiz|Two more next summer.")};
        QTest::newRow("answers without questions are no interview")
            << QStringLiteral("Ana Ortiz took over the harbour in May.\n\nA: Dredging the channel.\n\nA: Two more.")
            << QStringList {};
        QTest::newRow("an interview with nobody named before it gives its answers to nobody")
            << QStringLiteral("The harbour reopened in May.\n\nQ: What comes first?\n\nA: Dredging the channel.")
            << QStringList {};
        QTest::newRow("a clock time is no label")
            << QStringLiteral("At 10:30 the vote began.\n\nAt 10:30 the vote ended.") << QStringList {};
    }
    void shouldAttributeTheTurnsOfATranscript()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, quotes);

        PassFixture run(text, ExtractionPipeline::Pass::TranscriptLabels);

        QCOMPARE(run.quotesBy(AttributionPass::TranscriptLabel), quotes);
    }

    void shouldTakeAHeadlineOpeningWithANameAsTheirClaim_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("quotes");

        QTest::newRow("a headline opening with a name and a colon is that person's claim")
            << QStringLiteral("Ortiz: Lund needs to 'get away from the fare stuff' with Varga.\n\n"
                              "Mayor Ana Ortiz spoke on Friday.")
            << QStringList {QStringLiteral("Ana Ortiz|Lund needs to 'get away from the fare stuff' with Varga")};
        QTest::newRow("a headline's claim ends at the semicolon before its deck")
            << QStringLiteral("Ortiz: The ferry will run; the mayor takes her plan to the council.\n\n"
                              "Mayor Ana Ortiz spoke on Friday.")
            << QStringList {QStringLiteral("Ana Ortiz|The ferry will run")};
        QTest::newRow("a rubric in capitals before the colon of a headline is no speaker")
            << QStringLiteral("EXCLUSIVE: Harbour board plans to sell the ferry line.\n\nThe board met on Friday.")
            << QStringList {};
        QTest::newRow("a common noun before the colon of a headline is no speaker")
            << QStringLiteral("Newspaper: Harbour board plans to sell the ferry line.\n\nThe board met on Friday.")
            << QStringList {};
        QTest::newRow("a name and a colon in the body is no headline")
            << QStringLiteral("The council met.\n\nOrtiz: The ferry will run on time.\n\nThe council met later.")
            << QStringList {};
    }
    void shouldTakeAHeadlineOpeningWithANameAsTheirClaim()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, quotes);

        // Given an article opening with a one-sentence paragraph, its headline
        PassFixture run(text, ExtractionPipeline::Pass::TranscriptLabels, PassFixture::Headline::OwnFirstParagraph);

        // Then a name and a colon opening it give the claim after them to that person
        QCOMPARE(run.quotesBy(AttributionPass::TranscriptLabel), quotes);
    }
};

QTEST_GUILESS_MAIN(TestTranscriptLabels)
#include "tst_transcriptlabels.moc"
