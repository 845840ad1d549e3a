// Direct attribution alone: quotations in quotation marks and who said them.
#include "passfixture.h"

#include <QTest>

class TestDirectAttribution : public QObject
{
    Q_OBJECT

private slots:
    void shouldAttributeQuotations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("quotes"); // "Speaker|quoted words"

        QTest::newRow("name and verb after the quotation") << QStringLiteral("“We will not pay,” Mayor Ana Ortiz said.")
                                                           << QStringList {QStringLiteral("Ana Ortiz|We will not pay")};
        QTest::newRow("a cue before a colon introduces the quotation after it, not the one before")
            << QStringLiteral("After Varga said that the ferry was “a floating ruin,” Lund said: “I do not agree.”")
            << QStringList {QStringLiteral("Lund|I do not agree.")};
        QTest::newRow("a name with a suffix and an appositive before the verb after the quotation")
            << QStringLiteral("“We will not pay,” Tomas Varga Jr., the director of the port, said in a speech.")
            << QStringList {QStringLiteral("Tomas Varga Jr|We will not pay")};
        QTest::newRow("a coordinated subject after the quotation is one group")
            << QStringLiteral("“We will not pay,” Ana and Luis Ortiz said.")
            << QStringList {QStringLiteral("Ana and Luis Ortiz|We will not pay")};
        QTest::newRow("a name and a time phrase calling something in quotation marks")
            << QStringLiteral("His ire fell on Varga, who Lund on Wednesday called “a harbour menace.”")
            << QStringList {QStringLiteral("Lund|a harbour menace.")};
        QTest::newRow("a quotation after a verb and its particle names no work")
            << QStringLiteral("Ortiz has also called for “ferries on the hour.”")
            << QStringList {QStringLiteral("Ortiz|ferries on the hour.")};
        QTest::newRow("a quotation after a work noun and an auxiliary is a title")
            << QStringLiteral("Her favourite book is “Harbour Lights.”") << QStringList {};
        QTest::newRow("verb and name after the quotation")
            << QStringLiteral("\"We will not pay,\" said Ana Ortiz, the mayor.")
            << QStringList {QStringLiteral("Ana Ortiz|We will not pay")};
        QTest::newRow("a description with a number before the name after the verb")
            << QStringLiteral("“We will not pay,” said 2019 champion Ana Ortiz.")
            << QStringList {QStringLiteral("Ana Ortiz|We will not pay")};
        QTest::newRow("an unnamed source with a number and a name before the role noun")
            << QStringLiteral("“We will not pay,” said a 2012 Ortiz campaign veteran.")
            << QStringList {QStringLiteral("2012 Ortiz campaign veteran|We will not pay")};
        QTest::newRow("a colon introduction before the quotation")
            << QStringLiteral("Ana Ortiz told the council: “We will not pay.”")
            << QStringList {QStringLiteral("Ana Ortiz|We will not pay.")};
        QTest::newRow("a pronoun after the quotation")
            << QStringLiteral("Ana Ortiz met the union on Monday. “We will not pay,” she said.")
            << QStringList {QStringLiteral("Ana Ortiz|We will not pay")};
        QTest::newRow("a dash and a name after the quotation")
            << QStringLiteral("“Nobody pays twice for one bridge” — Ana Ortiz")
            << QStringList {QStringLiteral("Ana Ortiz|Nobody pays twice for one bridge")};
        QTest::newRow("an unnamed source after the verb is named with the organisation it speaks for")
            << QStringLiteral("“We will not pay,” said a spokesman for the Harbour Board.")
            << QStringList {QStringLiteral("Harbour Board spokesman|We will not pay")};
        QTest::newRow("a long time phrase after the verb is no clause of its own")
            << QStringLiteral("“We will keep the harbour open all winter,” Ana Ortiz wrote the day after a storm sank two "
                              "boats.")
            << QStringList {QStringLiteral("Ana Ortiz|We will keep the harbour open all winter")};
        QTest::newRow("a cue opening the sentence with the speaker after it before the quotation")
            << QStringLiteral("Ana Ortiz said the vote was close. Said Ortiz, “The fares will not rise this year.”")
            << QStringList {QStringLiteral("Ana Ortiz|The fares will not rise this year.")};
        QTest::newRow("a cue after a comma with the speaker after it before the quotation")
            << QStringLiteral("Ana Ortiz spoke last. But, said Ortiz, “I will not fight the board over it.”")
            << QStringList {QStringLiteral("Ana Ortiz|I will not fight the board over it.")};
        QTest::newRow("the object of a cue inside a clause is the addressee, no speaker")
            << QStringLiteral("Then I ask the pilots, “Which route is the shortest?”") << QStringList {};
        QTest::newRow("a person named by their work and their employer is a speaker")
            << QStringLiteral("“It was a long night,” the Harbour Board employee wrote.")
            << QStringList {QStringLiteral("Harbour Board employee|It was a long night")};
        QTest::newRow("a person named by their part in an event is a speaker")
            << QStringLiteral("“We will vote for the fares,” said a Kestrel Party insider.")
            << QStringList {QStringLiteral("Kestrel Party insider|We will vote for the fares")};
        QTest::newRow("an unnamed source described by what it stands close to is a speaker")
            << QStringLiteral("Ana Ortiz is the mayor. “We will not pay,” a source close to the mayor said.")
            << QStringList {QStringLiteral("Source close to the mayor|We will not pay")};
        QTest::newRow("an unnamed source opening the clause before the quotation")
            << QStringLiteral("Another commenter said, “We all know how she feels about the fares.”")
            << QStringList {QStringLiteral("Another commenter|We all know how she feels about the fares.")};
        QTest::newRow("an unnamed source before a relative clause opening the clause before the quotation")
            << QStringLiteral("One attendee, who spoke on condition of anonymity, said, “We all know the fares.”")
            << QStringList {QStringLiteral("One attendee|We all know the fares.")};
        QTest::newRow("a time phrase after the verb is no clause of its own")
            << QStringLiteral("“I cannot believe how civil it has been,” Ana Ortiz said 30 minutes into the debate.")
            << QStringList {QStringLiteral("Ana Ortiz|I cannot believe how civil it has been")};
        QTest::newRow("the second half after a verb, a name and its appositive")
            << QStringLiteral("“The risk,” said Ana Ortiz, an economist at the institute, “is that fares will rise.”")
            << QStringList {QStringLiteral("Ana Ortiz|The risk"), QStringLiteral("Ana Ortiz|is that fares will rise.")};
        QTest::newRow("the second half after a name and a long appositive with a relative clause")
            << QStringLiteral("“The risk,” said Ana Ortiz, an economist who is the director of the Harbour Institute, "
                              "“is that fares will rise.”")
            << QStringList {QStringLiteral("Ana Ortiz|The risk"), QStringLiteral("Ana Ortiz|is that fares will rise.")};
        QTest::newRow("a colon after a verb that is no cue introduces the subject's words")
            << QStringLiteral(
                   "Later that day, Ana Ortiz went even further: “If he loses, it is the end of his career.”")
            << QStringList {QStringLiteral("Ana Ortiz|If he loses, it is the end of his career.")};
        QTest::newRow("a given name that is also a document word opens a person's name")
            << QStringLiteral("“We will not pay,” said Bill Ortega, president of the Harbour Traders.")
            << QStringList {QStringLiteral("Bill Ortega|We will not pay")};
        QTest::newRow("a surname that is also a document word, alone after the full name")
            << QStringLiteral("“It is fine,” said Steven Law, a former aide. “We will open,” Law said.")
            << QStringList {QStringLiteral("Steven Law|It is fine"), QStringLiteral("Steven Law|We will open")};
        QTest::newRow("an adviser to someone is a source of its own")
            << QStringLiteral("Ana Ortiz left early. “It is fine,” said a longtime adviser to Ortiz.")
            << QStringList {QStringLiteral("Longtime adviser to Ortiz|It is fine")};
        QTest::newRow("an unnamed source with a role noun before a colon") << QStringLiteral(
            "Another person tweeted: “It is fine.”") << QStringList {QStringLiteral("Another person|It is fine.")};
        QTest::newRow("an appositive with a bare apostrophe possessive between the name and the verb")
            << QStringLiteral("“We will not pay,” Tom Dale, Reyes’ campaign manager, said in a statement.")
            << QStringList {QStringLiteral("Tom Dale|We will not pay")};
        QTest::newRow("a name after a preposition before the colon is an object; the subject speaks")
            << QStringLiteral("Mayor Ana Ortiz delivered a blunt message to Tomas Rivera: “It is time to stop.”")
            << QStringList {QStringLiteral("Ana Ortiz|It is time to stop.")};
        QTest::newRow("a name after a preposition before the colon labels the quotation when no subject precedes")
            << QStringLiteral("More from Ana Ortiz: “It is time to stop.”")
            << QStringList {QStringLiteral("Ana Ortiz|It is time to stop.")};
        QTest::newRow("an organisation's name with a preposition inside labels the quotation with its member")
            << QStringLiteral("Chamber of Harbour Trades director Ana Ortiz: “It is time to stop.”")
            << QStringList {QStringLiteral("Ana Ortiz|It is time to stop.")};
        QTest::newRow("a name and any past-tense verb closing the sentence after the quotation")
            << QStringLiteral("Tomas Rivera spoke first. “That is not true,” Ana Ortiz chuckled softly.")
            << QStringList {QStringLiteral("Ana Ortiz|That is not true")};
        QTest::newRow("a name and any past-tense verb after a question ending its sentence")
            << QStringLiteral("Tomas Rivera spoke first. “Is that really the plan?” Ana Ortiz pressed.")
            << QStringList {QStringLiteral("Ana Ortiz|Is that really the plan?")};
        QTest::newRow("a question, a name and a reporting verb with an adverbial clause after its object")
            << QStringLiteral("Tomas Rivera spoke first. “Will the ferry run at all?” Ana Ortiz told the Harbour "
                              "radio station in an interview on Monday when asked how the fares would change.")
            << QStringList {QStringLiteral("Ana Ortiz|Will the ferry run at all?")};
        QTest::newRow("a question, a name and a reporting verb with a clause of its own is no attribution")
            << QStringLiteral("Tomas Rivera spoke first. “Will the ferry run at all?” Ana Ortiz told the Harbour "
                              "radio station on Monday that the fares would change.")
            << QStringList {};
        QTest::newRow("a statement the subject issued, with a participle before the quotation")
            << QStringLiteral("Tomas Rivera spoke first. Ana Ortiz issued a statement on Monday condemning “what "
                              "appears to be a deliberate attack on the ferry.”")
            << QStringList {QStringLiteral("Ana Ortiz|what appears to be a deliberate attack on the ferry.")};
        QTest::newRow("a participle after a medium named after on speaks for the subject")
            << QStringLiteral("Tomas Rivera spoke first. Ana Ortiz appeared on Harbour Radio on Monday saying, "
                              "“We will return.”")
            << QStringList {QStringLiteral("Ana Ortiz|We will return.")};
        QTest::newRow("a name in apposition after a role for an organisation in lower case")
            << QStringLiteral("“We will not pay,” said a former spokesman for the ministry, Oleg Varga, who left in May.")
            << QStringList {QStringLiteral("Oleg Varga|We will not pay")};
        QTest::newRow("a role for an organisation in lower case is a described source")
            << QStringLiteral("“We will not pay,” said a spokesman for the ministry.")
            << QStringList {QStringLiteral("Spokesman for the ministry|We will not pay")};
        QTest::newRow("a group before a participle phrase between commas")
            << QStringLiteral("Tomas Rivera spoke first. Others, reacting to the delay, shouted, “Stop the ferry!”")
            << QStringList {QStringLiteral("Others|Stop the ferry!")};
        QTest::newRow("a whole sentence quoted without its comma before the name and the cue")
            << QStringLiteral("“The fees are a burden for every family” Ana Ortiz said.")
            << QStringList {QStringLiteral("Ana Ortiz|The fees are a burden for every family")};
        QTest::newRow("a whole sentence quoted without its comma before the cue and the name")
            << QStringLiteral("“We will vote next week on the plan” said Ana Ortiz, the chair.")
            << QStringList {QStringLiteral("Ana Ortiz|We will vote next week on the plan")};
        QTest::newRow("a verb of the manner of speaking in the present before the speaker")
            << QStringLiteral("Tomas Rivera spoke first. “The boats are older than I am,” grumbles Ana Ortiz, a captain.")
            << QStringList {QStringLiteral("Ana Ortiz|The boats are older than I am")};
        QTest::newRow("a verb of the manner of speaking in the present after the speaker")
            << QStringLiteral("Tomas Rivera spoke first. “Nobody reads the timetable,” Ana Ortiz chuckles.")
            << QStringList {QStringLiteral("Ana Ortiz|Nobody reads the timetable")};
        QTest::newRow("a description with no article before the name after the cue")
            << QStringLiteral("“The crew is the first line of defense,” said retired harbor master Ana Ortiz.")
            << QStringList {QStringLiteral("Ana Ortiz|The crew is the first line of defense")};
        QTest::newRow("a description with no article before the name and a relative clause after it")
            << QStringLiteral("“Thanks for coming tonight,” said master of ceremonies Ana Ortiz, who runs the "
                              "ferry line.")
            << QStringList {QStringLiteral("Ana Ortiz|Thanks for coming tonight")};
        QTest::newRow("a sentence going on after the name and the verb is no attribution")
            << QStringLiteral("“Is that really the plan?” Ana Ortiz pressed the board for an answer on the fees.")
            << QStringList {};
        QTest::newRow("a name and a verb with a clause of its own after the quotation is no attribution")
            << QStringLiteral("“That is not true,” Ana Ortiz wanted to know.") << QStringList {};
        QTest::newRow("a role phrase no one was introduced with stays a description")
            << QStringLiteral(
                   "Ana Ortiz and Luis Pena spoke first. “I feel good about the race,” the Vermont senator said.")
            << QStringList {QStringLiteral("Vermont senator|I feel good about the race")};
        QTest::newRow("a participle after the quotation has no subject after it")
            << QStringLiteral("Ana Ortiz said, “It is time we change,” promising the Harbour Board a vote.")
            << QStringList {QStringLiteral("Ana Ortiz|It is time we change")};
        QTest::newRow("an infinitive cue after a verb and its particle speaks for the verb's subject")
            << QStringLiteral("Ana Ortiz went on to say, “I know this to be true.”")
            << QStringList {QStringLiteral("Ana Ortiz|I know this to be true.")};
        QTest::newRow("an infinitive cue after a passive speaks for the passive's subject")
            << QStringLiteral("The debate was so calm that Mr. Lund was prompted to say, “It has been civil.”")
            << QStringList {QStringLiteral("Lund|It has been civil.")};
        QTest::newRow("a quotation after a weak cue inside another verb's report is left to that report")
            << QStringLiteral("Lund said the executives were calling “every hour.”") << QStringList {};
        QTest::newRow("a quotation before a work noun is a title, no continuation")
            << QStringLiteral("“We will win,” Ana Ortiz said.\n\n“Harbour Hour’s Real” radio program listeners called in.")
            << QStringList {QStringLiteral("Ana Ortiz|We will win")};
        QTest::newRow("a title-cased quotation owned by a name is a title")
            << QStringLiteral("“We will win,” Ana Ortiz said.\n\nHarbour TV’s “Harbour at Nine” began at nine.")
            << QStringList {QStringLiteral("Ana Ortiz|We will win")};
        QTest::newRow("after an as-clause cue only the quoted words are the speaker's")
            << QStringLiteral("Varga urged a strong stand, saying the board would “run us over,” as Ortiz put it.")
            << QStringList {QStringLiteral("Ortiz|“run us over,”")};
        QTest::newRow("a cue opening the sentence before a name and its relative clause")
            << QStringLiteral("Said Ana Ortiz, who grew up in the port, “The port was our whole life.”")
            << QStringList {QStringLiteral("Ana Ortiz|The port was our whole life.")};
        QTest::newRow("the title of a work is no quotation")
            << QStringLiteral("Ana Ortiz read from the book “Harbour Lights” on Monday.") << QStringList {};
        QTest::newRow("scare quotes are no quotation")
            << QStringLiteral("The so-called “deal” collapsed on Monday.") << QStringList {};
        QTest::newRow("a short capitalised title is no quotation")
            << QStringLiteral("“Harbour Lights” opens on Friday.") << QStringList {};
    }
    void shouldAttributeQuotations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, quotes);

        // Given a paragraph, when the passes up to direct attribution have run
        PassFixture run(text, ExtractionPipeline::Pass::DirectQuotes);

        // Then the direct pass attributed these quotations
        QCOMPARE(run.quotesBy(AttributionPass::Direct), quotes);
    }

    void shouldNeverGiveSheToANameReferredBackToWithIts()
    {
        // Given a company named in words that say nothing of its kind, referred back to with "its"
        // by the reported speech of the sentence, and a quotation after it
        PassFixture run(QStringLiteral("Brightmoor Loom said on Tuesday that one of its founders, Ms. Ada Okafor, "
                                       "would leave. “I want to build something small again,” she said."),
            ExtractionPipeline::Pass::ReportedSpeech);

        // Then "she" is the founder, not the company
        QCOMPARE(run.quotesBy(AttributionPass::Direct),
            QStringList {QStringLiteral("Ada Okafor|I want to build something small again")});
    }

    void shouldContinueTheLastSpeaker()
    {
        // Given a quotation that opens a sentence right after one attributed
        PassFixture run(QStringLiteral("“We will not pay,” Ana Ortiz said. “The budget for the year is closed.”"),
            ExtractionPipeline::Pass::DirectQuotes);

        // Then the second is the same speaker's, decided as a continuation
        QCOMPARE(run.quotesBy(AttributionPass::Direct), QStringList {QStringLiteral("Ana Ortiz|We will not pay")});
        QCOMPARE(run.quotesBy(AttributionPass::Continuation),
            QStringList {QStringLiteral("Ana Ortiz|The budget for the year is closed.")});
    }

    void shouldLeaveQuotedWordsInReportedSpeechToTheIndirectPass()
    {
        // Given quoted words the sentence runs on after, with a cue before them
        PassFixture run(QStringLiteral("Ana Ortiz said the plan was “a costly mistake for the city” and left."),
            ExtractionPipeline::Pass::DirectQuotes);

        // Then the direct pass takes nothing, and the cue is still free
        QCOMPARE(run.quotesBy(AttributionPass::Direct), QStringList {});
        QCOMPARE(run.window().cues.size(), 1);
        QVERIFY(!run.window().cues.first().used);
    }
};

QTEST_GUILESS_MAIN(TestDirectAttribution)
#include "tst_directattribution.moc"
