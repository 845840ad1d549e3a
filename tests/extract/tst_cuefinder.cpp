// The cue finder alone: which words of a sentence are reporting cues.
#include "passfixture.h"

#include <QTest>

class TestCueFinder : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindReportingCues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("cues");

        QTest::newRow("a finite reporting verb")
            << QStringLiteral("The company said on Tuesday that profits fell.") << QStringList {QStringLiteral("said")};
        QTest::newRow("a base form after a share of a number")
            << QStringLiteral("Nearly nine out of 10 say the ferry is late.") << QStringList {QStringLiteral("say")};
        QTest::newRow("a base form after a number is a noun")
            << QStringLiteral("The 10 report cards were late.") << QStringList {};
        QTest::newRow("a past form after a quantifier after an opening phrase") << QStringLiteral(
            "In many ways, all agreed that the ferry was late.") << QStringList {QStringLiteral("agreed")};
        QTest::newRow("according to names a source") << QStringLiteral("Profits fell, according to the company.")
                                                     << QStringList {QStringLiteral("according to")};
        QTest::newRow("a verb before an auxiliary after a relative word and its subject")
            << QStringLiteral("She ran a fund that inspectors said was short of cash.")
            << QStringList {QStringLiteral("said")};
        QTest::newRow("a reporting word used as a noun after a relative word is no cue")
            << QStringLiteral("The fund that claims were false about closed.") << QStringList {};
        QTest::newRow("a form in -s after a preposition and an adjective is a plural noun")
            << QStringLiteral("The ferry won in coastal states that have moved to the left.") << QStringList {};
        QTest::newRow("a form in -s after a preposition and a pronoun is its verb")
            << QStringLiteral("The ferry left as he urges riders to wait.") << QStringList {QStringLiteral("urges")};
        QTest::newRow("a base form after a number word and before a content word is a noun")
            << QStringLiteral("Ortiz backed eight state harbour candidates.") << QStringList {};
        QTest::newRow("a base form after a share of a group and before a pronoun is its verb")
            << QStringLiteral("Nearly one in five say they will stay.") << QStringList {QStringLiteral("say")};
        QTest::newRow("a form in -s between a reporting verb and a preposition is a noun")
            << QStringLiteral("Lund said reports of the storm were false.") << QStringList {QStringLiteral("said")};
        QTest::newRow("a form in -s after a past reporting verb before no preposition is a verb")
            << QStringLiteral("What got answered says something.")
            << QStringList {QStringLiteral("answered"), QStringLiteral("says")};
        QTest::newRow("a verb before an auxiliary's -ing form opening a gerund")
            << QStringLiteral("Lund said having Ortiz on the ticket helps.") << QStringList {QStringLiteral("said")};
        QTest::newRow("a form in -s before a possessive mark is a noun")
            << QStringLiteral("The vote could shake up states’ harbour budgets.") << QStringList {};
        QTest::newRow("a past form after a preposition and before a noun qualifies it")
            << QStringLiteral("Ortiz has a majority of pledged members.") << QStringList {};
        QTest::newRow("a past form after as before a preposition stays a cue")
            << QStringLiteral("The port, as noted by Lund, was closed.") << QStringList {QStringLiteral("noted")};
        QTest::newRow("a noun-marked -s form after an adjective is a plural noun")
            << QStringLiteral("The race moves to coastal ferry states that Lund is counting on.") << QStringList {};
        QTest::newRow("a noun-marked -s form after a singular document noun is its verb")
            << QStringLiteral("The report states that the port is safe.") << QStringList {QStringLiteral("states")};
        QTest::newRow("a noun-marked -s form after an aside between dashes is its verb")
            << QStringLiteral("Lund — who was posted at the door — states that the port is safe.")
            << QStringList {QStringLiteral("states")};
        QTest::newRow("a verb after a subject pronoun's contracted has is a cue")
            << QStringLiteral("He’s said the port is safe.") << QStringList {QStringLiteral("said")};
        QTest::newRow("a verb after a relative pronoun's contracted has is a cue")
            << QStringLiteral("Lund, who’s argued since May that the port is safe, spoke.")
            << QStringList {QStringLiteral("argued")};
        QTest::newRow("a reporting word used as a noun is no cue")
            << QStringLiteral("The claims were false.") << QStringList {};
        QTest::newRow("a form in -s after a determiner and an adjective is a plural noun")
            << QStringLiteral("The false claims came to nothing.") << QStringList {};
        QTest::newRow("a form in -s after an organisation noun is its verb")
            << QStringLiteral("The council says the school can close.") << QStringList {QStringLiteral("says")};
        QTest::newRow("a form in -s after a role noun is its verb")
            << QStringLiteral("The mayor claims the fares will fall.") << QStringList {QStringLiteral("claims")};
        QTest::newRow("a verb after a quantifier floating after its subject") << QStringLiteral(
            "Ana Ortiz and Luis Lund all said the fares would rise.") << QStringList {QStringLiteral("said")};
        QTest::newRow("a verb of saying declined before a question is a cue")
            << QStringLiteral("Ortiz declined to say whether the ferry would run.") << QStringList {QStringLiteral("say")};
        QTest::newRow("a verb of saying declined before its object is no cue")
            << QStringLiteral("Ortiz declined to say anything about the ferry.") << QStringList {};
        QTest::newRow("a passive is no cue") << QStringLiteral("He was told about the delay.") << QStringList {};
        QTest::newRow("a statement noun before that")
            << QStringLiteral("Ortiz's statement that the bridge was safe surprised nobody.")
            << QStringList {QStringLiteral("statement")};
        QTest::newRow("a statement noun before a closing colon")
            << QStringLiteral("Ortiz made the following statement:") << QStringList {QStringLiteral("statement")};
        QTest::newRow("words inside quotation marks are no cues")
            << QStringLiteral("“We said no,” Ortiz recalled.") << QStringList {QStringLiteral("recalled")};
        QTest::newRow("a form in -s after a number word is a plural noun")
            << QStringLiteral("Voters in six states going to the polls said they backed the levy.")
            << QStringList {QStringLiteral("said")};
        QTest::newRow("a form in -s after a preposition is a plural noun")
            << QStringLiteral("Turnout rose in states with early voting, Ortiz reports.")
            << QStringList {QStringLiteral("reports")};
        QTest::newRow("a capitalised word inside a name is no verb")
            << QStringLiteral("The Harbour Report Council met on Monday.") << QStringList {};
    }
    void shouldFindReportingCues()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, cues);

        // Given a sentence, when the passes up to the cue finder have run
        PassFixture run(text, ExtractionPipeline::Pass::Cues);

        // Then its cues are these, in text order
        QStringList found;
        for (const Cue &c : run.window().cues)
            found << run.window().textOf(c.first, c.last);
        QCOMPARE(found, cues);
    }

    void shouldTellSourceCuesFromVerbs()
    {
        // Given "according to" and a verb in one sentence
        PassFixture run(QStringLiteral("According to the council, Ortiz said the fees would rise."),
            ExtractionPipeline::Pass::Cues);

        // Then only "according to" is a source cue
        QCOMPARE(run.window().cues.size(), 2);
        QVERIFY(run.window().cues.at(0).source);
        QVERIFY(!run.window().cues.at(1).source);
        QVERIFY(run.window().cues.at(1).form);
    }
};

QTEST_GUILESS_MAIN(TestCueFinder)
#include "tst_cuefinder.moc"
