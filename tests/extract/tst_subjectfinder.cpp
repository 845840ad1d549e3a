// The subject finder alone: the phrase that names the speaker of a reporting cue.
#include "extract/subjectfinder.h"
#include "passfixture.h"

#include <QTest>

class TestSubjectFinder : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindTheSubjectBeforeACue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("type");

        QTest::newRow("a study released by a name speaks, with its author")
            << QStringLiteral("A study released by the Lindqvist Institute on Monday found that pupils sleep less.")
            << QStringLiteral("A study released by the Lindqvist Institute") << QStringLiteral("organisation");
        QTest::newRow("a name before a prepositional phrase whose object is a name")
            << QStringLiteral("Mr. Lund at a rally in Valmore said the plan was dead.") << QStringLiteral("Mr. Lund")
            << QStringLiteral("name");
        QTest::newRow("a surname before a prepositional phrase whose object is a name") << QStringLiteral(
            "Lund on Harbour Radio said the plan was dead.") << QStringLiteral("Lund") << QStringLiteral("name");
        QTest::newRow("a name right before the verb") << QStringLiteral("Ana Ortiz said the bridge was safe.")
                                                      << QStringLiteral("Ana Ortiz") << QStringLiteral("name");
        QTest::newRow("a name before its appositive")
            << QStringLiteral("Jane Roe, the campaign's spokeswoman, said the vote was fair.")
            << QStringLiteral("Jane Roe") << QStringLiteral("name");
        QTest::newRow("a name before an appositive ending in a quoted title with its comma inside")
            << QStringLiteral("Jane Roe, the host of the radio show “Harbour Lights,” said the vote was fair.")
            << QStringLiteral("Jane Roe") << QStringLiteral("name");
        QTest::newRow("a name before a clause ending in a quoted title is no subject")
            << QStringLiteral("Jane Roe was a guest on the radio show “Harbour Lights,” said the host.")
            << QString() << QStringLiteral("none");
        QTest::newRow("a name before a participle phrase with an object and a time phrase")
            << QStringLiteral("Kestrel Democrats trying to win the harbour seat in November say the ferry will run.")
            << QStringLiteral("Kestrel Democrats") << QStringLiteral("name");
        QTest::newRow("a group keeps the participle phrase describing it")
            << QStringLiteral("Council members supporting the bill have said the ferry will run.")
            << QStringLiteral("Council members supporting the bill") << QStringLiteral("group");
        QTest::newRow("a past-tense verb after a name and before a noun is no participle phrase")
            << QStringLiteral("Ana Ortiz and Luis Lund issued a statement describing the ferry as safe.")
            << QStringLiteral("a statement") << QStringLiteral("organisation");
        QTest::newRow("a name of a place before its appositive")
            << QStringLiteral("Sen. Ana Ortiz of Vermont, the presumptive leader next year, would not say how the "
                              "ferry would run.")
            << QStringLiteral("Sen. Ana Ortiz") << QStringLiteral("name");
        QTest::newRow("a group before an adverb of place")
            << QStringLiteral("Campaign workers here said the vote was fair.")
            << QStringLiteral("Campaign workers") << QStringLiteral("group");
        QTest::newRow("that before a plural is the complementizer, no part of the group")
            << QStringLiteral("The mayor spoke on Monday, and the board noted that donors say the fares are high.")
            << QStringLiteral("donors") << QStringLiteral("group");
        QTest::newRow("a name before a reflexive that stresses it")
            << QStringLiteral("Kestrel Motors itself said the plant would stay open.")
            << QStringLiteral("Kestrel Motors") << QStringLiteral("name");
        QTest::newRow("a name before a time phrase") << QStringLiteral("Ortiz on Tuesday said the vote was fair.")
                                                     << QStringLiteral("Ortiz") << QStringLiteral("name");
        QTest::newRow("a subject pronoun")
            << QStringLiteral("He said the vote was fair.") << QStringLiteral("He") << QStringLiteral("pronoun");
        QTest::newRow("a role noun with its determiner") << QStringLiteral("The spokesman said the vote was fair.")
                                                         << QStringLiteral("The spokesman") << QStringLiteral("role");
        QTest::newRow("a plural role noun is a group")
            << QStringLiteral("Federal and state officials said the vote was fair.")
            << QStringLiteral("Federal and state officials") << QStringLiteral("group");
        QTest::newRow("an organisation noun") << QStringLiteral("The newspaper said the vote was fair.")
                                              << QStringLiteral("The newspaper") << QStringLiteral("organisation");
        QTest::newRow("a source before the adjective, not the one it stands close to")
            << QStringLiteral("A source close to the mayor said the vote was fair.")
            << QStringLiteral("A source close to the mayor") << QStringLiteral("role");
        QTest::newRow("people are a group")
            << QStringLiteral("Some people familiar with the talks said the vote was fair.")
            << QStringLiteral("Some people familiar with the talks") << QStringLiteral("group");
        QTest::newRow("a name ending in an abbreviation")
            << QStringLiteral("Joseph Baker Jr. said the vote was fair.") << QStringLiteral("Joseph Baker Jr")
            << QStringLiteral("name");
        QTest::newRow("a name before an appositive whose closing comma is missing")
            << QStringLiteral("Luis Pena, a member of the board said the vote was fair.") << QStringLiteral("Luis Pena")
            << QStringLiteral("name");
        QTest::newRow("a name before an appositive ending in a participle and its object")
            << QStringLiteral(
                   "Luis Pena, a teacher from Valmore, Vt., attending the Harbour Trades Fair, said the vote was fair.")
            << QStringLiteral("Luis Pena") << QStringLiteral("name");
        QTest::newRow("a name before a participle phrase between commas")
            << QStringLiteral("Luis Pena, echoing Ana Ortiz, said the vote was fair.") << QStringLiteral("Luis Pena")
            << QStringLiteral("name");
        QTest::newRow("a name after a conjunction before a phrase opened by a reporting verb's participle")
            << QStringLiteral("The row began after Luis Pena, asked about the fees, said the vote was fair.")
            << QStringLiteral("Luis Pena") << QStringLiteral("name");
        QTest::newRow("a name before a participle phrase that holds an auxiliary")
            << QStringLiteral("Luis Pena, asked whether he would run, said the vote was fair.")
            << QStringLiteral("Luis Pena") << QStringLiteral("name");
        QTest::newRow("a name before the organisations it is of")
            << QStringLiteral("Tomas Varga of the Dunmore Institute for Harbour Studies said the vote was fair.")
            << QStringLiteral("Tomas Varga") << QStringLiteral("name");
        QTest::newRow("a role phrase before a relative clause between commas")
            << QStringLiteral("The harbour board, which runs six ferries, said the vote was fair.")
            << QStringLiteral("The harbour board") << QStringLiteral("organisation");
        QTest::newRow("a name before a relative clause holding a place and a date between commas")
            << QStringLiteral("Ana Ortiz, who moved to Dunmore, Maine, in July 2012, said the vote was fair.")
            << QStringLiteral("Ana Ortiz") << QStringLiteral("name");
        QTest::newRow("a relative clause between dashes stands for the name before the dashes")
            << QStringLiteral("Ana Ortiz - who said she would close the port - voted for the plan.")
            << QStringLiteral("Ana Ortiz") << QStringLiteral("name");
        QTest::newRow("a name before dashes holding a quotation")
            << QStringLiteral("Ana Ortiz - who once called the port “a ruin” - said the vote was fair.")
            << QStringLiteral("Ana Ortiz") << QStringLiteral("name");
        QTest::newRow("a group before a relative clause ending in a name after a preposition")
            << QStringLiteral("Officials who have worked with Ana Ortiz say she will run.")
            << QStringLiteral("Officials") << QStringLiteral("group");
        QTest::newRow("a group before a relative clause ending in an organisation after a preposition")
            << QStringLiteral("Current and former officials who spoke with The Harbour Post said the board is weak.")
            << QStringLiteral("Current and former officials") << QStringLiteral("group");
        QTest::newRow("a name as the object of a relative clause's verb stays the subject")
            << QStringLiteral("The boats that Ana Ortiz said were unsafe sank.") << QStringLiteral("Ana Ortiz")
            << QStringLiteral("name");
        QTest::newRow("the name in apposition to a role whose participle has a name as object")
            << QStringLiteral("One pastor backing Mr. Lund, Ana Ortiz of the Harbour Church in Dunmore, said the "
                              "vote was fair.")
            << QStringLiteral("Ana Ortiz") << QStringLiteral("name");
        QTest::newRow("a name before a participle quoting its object between commas")
            << QStringLiteral("Mr. Lund, citing “the unique magic of the port,” said the vote was fair.")
            << QStringLiteral("Mr. Lund") << QStringLiteral("name");
        QTest::newRow("a name before a participle whose object ends in a quotation between commas")
            << QStringLiteral("Ana Ortiz, citing a “grave threat,” said the vote was fair.")
            << QStringLiteral("Ana Ortiz") << QStringLiteral("name");
        QTest::newRow("a subject before an adverb between commas")
            << QStringLiteral("Experts and officials, however, said the vote was fair.")
            << QStringLiteral("Experts and officials") << QStringLiteral("group");
        QTest::newRow("the spokesman for a titled person of a place, not the person")
            << QStringLiteral("A spokesman for Mayor Ana Ortiz of Dunmore said the vote was fair.")
            << QStringLiteral("A spokesman for Mayor Ana Ortiz of Dunmore") << QStringLiteral("role");
        QTest::newRow("a name before its appositive whose object has a name in apposition")
            << QStringLiteral("Tomas Varga, the editor of the city's paper, The Harbour Post, said the vote was fair.")
            << QStringLiteral("Tomas Varga") << QStringLiteral("name");
        QTest::newRow("a name before its appositive whose object has a bare name in apposition")
            << QStringLiteral(
                   "Tomas Maria Varga, the editor of the city's paper, Harbour Post, said the vote was fair.")
            << QStringLiteral("Tomas Maria Varga") << QStringLiteral("name");
        QTest::newRow("a name in apposition to a role between dashes")
            << QStringLiteral("A former candidate -- Luis Lund, who lost the harbour race -- said the vote was fair.")
            << QStringLiteral("Luis Lund") << QStringLiteral("name");
        QTest::newRow("a group before a phrase opened by a preposition between commas")
            << QStringLiteral("Harbour candidates, including Ana Ortiz and Luis Lund, have proposed new fees.")
            << QStringLiteral("Harbour candidates") << QStringLiteral("group");
        QTest::newRow("a plural of no known role before a phrase including names is a group")
            << QStringLiteral("Several ferry captains, including The Harbour Post, have said the figure was wrong.")
            << QStringLiteral("Several ferry captains") << QStringLiteral("group");
        QTest::newRow("a time phrase with a comparison before the number, between subject and verb")
            << QStringLiteral("The Harbour Board less than two weeks ago said the vote was fair.")
            << QStringLiteral("The Harbour Board") << QStringLiteral("name");
        QTest::newRow("a name before a time phrase with a number")
            << QStringLiteral("The Harbour Board two weeks ago said the vote was fair.")
            << QStringLiteral("The Harbour Board") << QStringLiteral("name");
        QTest::newRow("an object pronoun after a preposition stays in the description")
            << QStringLiteral("A source close to him said the ferry was safe.")
            << QStringLiteral("A source close to him") << QStringLiteral("role");
        QTest::newRow("a subject before a long relative clause between commas")
            << QStringLiteral(
                   "Ana Ortiz's campaign, which has faced questions since the spring about the ferry contract that "
                   "the harbour board signed under her, said the emails were old.")
            << QStringLiteral("Ana Ortiz's campaign") << QStringLiteral("name");
        QTest::newRow("a subject pronoun before a contracted has")
            << QStringLiteral("He’s said the vote was fair.") << QStringLiteral("He") << QStringLiteral("pronoun");
        QTest::newRow("the role before its appositive name still gives way to the name")
            << QStringLiteral("The paper's editor, Tomas Varga, said the vote was fair.")
            << QStringLiteral("Tomas Varga") << QStringLiteral("name");
        QTest::newRow("no subject before a participle")
            << QStringLiteral("The vote was delayed, officials said, citing the storm.") << QString()
            << QStringLiteral("none");
    }
    void shouldFindTheSubjectBeforeACue()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QFETCH(QString, type);

        // Given a sentence whose mentions and cues are found
        PassFixture run(text, ExtractionPipeline::Pass::Cues);
        QVERIFY(!run.window().cues.isEmpty());
        const Cue &cue = run.window().cues.last();

        // When the subject of the last cue is looked for
        const PhraseParser parser(run.window());
        const SubjectFinder subjects(run.window(), parser);
        const SpeakerPhrase subject = subjects.subjectBefore(cue.first, run.sentenceOf(cue.first));

        // Then it is this phrase
        QCOMPARE(phraseTypeName(subject.type), type);
        if (!subject.isNone())
            QCOMPARE(run.window().textOf(subject.first, subject.last), phrase);
    }

    void shouldFindTheSpeakerAfterACue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("type");

        QTest::newRow("a titled name") << QStringLiteral("“We will not pay,” said Mayor Ana Ortiz.")
                                       << QStringLiteral("Mayor Ana Ortiz") << QStringLiteral("name");
        QTest::newRow("a role phrase") << QStringLiteral("“We will not pay,” said a spokeswoman, Ana Ortiz's aide.")
                                       << QStringLiteral("a spokeswoman") << QStringLiteral("role");
        QTest::newRow("a role phrase keeps an organisation named in lower case")
            << QStringLiteral("“We will not pay,” said a spokeswoman for the council.")
            << QStringLiteral("a spokeswoman for the council") << QStringLiteral("role");
        QTest::newRow("a role phrase keeps the organisation it speaks for")
            << QStringLiteral("“We will not pay,” said a spokeswoman for the Harbour Board.")
            << QStringLiteral("a spokeswoman for the Harbour Board") << QStringLiteral("role");
        QTest::newRow("a role phrase keeps the people it serves after a determiner")
            << QStringLiteral("“We will not pay,” said a former adviser to both Lunds.")
            << QStringLiteral("a former adviser to both Lunds") << QStringLiteral("role");
        QTest::newRow("a group keeps what it belongs to")
            << QStringLiteral("“We will not pay,” said the authors of the harbour study.")
            << QStringLiteral("the authors of the harbour study") << QStringLiteral("group");
        QTest::newRow("a name before a role noun modifies it")
            << QStringLiteral("“We will not pay,” said a Harbour Board spokesman.")
            << QStringLiteral("a Harbour Board spokesman") << QStringLiteral("role");
        QTest::newRow("a name before a plural role noun modifies it")
            << QStringLiteral("“We will not pay,” said two Harbour Board officials.")
            << QStringLiteral("two Harbour Board officials") << QStringLiteral("group");
        QTest::newRow("a number opening a described group")
            << QStringLiteral("“We will not pay,” said two sources familiar with the talks.")
            << QStringLiteral("two sources familiar with the talks") << QStringLiteral("group");
        QTest::newRow("the source of according to") << QStringLiteral("Fees will rise, according to Ana Ortiz.")
                                                    << QStringLiteral("Ana Ortiz") << QStringLiteral("name");
        QTest::newRow("a role opened by a possessive name, not its owner")
            << QStringLiteral("“We will not pay,” said Ortiz's campaign manager.")
            << QStringLiteral("Ortiz's campaign manager") << QStringLiteral("role");
        QTest::newRow("the name in apposition to a role opened by a possessive name")
            << QStringLiteral("“We will not pay,” said Ortiz's deputy campaign manager, Tomas Rivera, who ran it.")
            << QStringLiteral("Tomas Rivera") << QStringLiteral("name");
        QTest::newRow("a plain word before a title modifies the titled name")
            << QStringLiteral("Fees will rise, according to former Sen. Ana Ortiz.") << QStringLiteral("Sen. Ana Ortiz")
            << QStringLiteral("name");
        QTest::newRow("a role opened by a possessive pronoun")
            << QStringLiteral("“We will not pay,” said his lawyer.") << QStringLiteral("his lawyer")
            << QStringLiteral("role");
        QTest::newRow("the name a possessive pronoun's words describe")
            << QStringLiteral("“We will not pay,” said his friend Tomas Rivera.")
            << QStringLiteral("friend Tomas Rivera") << QStringLiteral("name");
        QTest::newRow("the name in apposition after a possessive pronoun's role")
            << QStringLiteral("“We will not pay,” said her lawyer, Tomas Rivera.") << QStringLiteral("Tomas Rivera")
            << QStringLiteral("name");
        QTest::newRow("the name in apposition to what a possessive name owns")
            << QStringLiteral("“We will not pay,” said Ortiz's introducer, actress Dana Pell.")
            << QStringLiteral("actress Dana Pell") << QStringLiteral("name");
        QTest::newRow("the name in apposition to what a possessive role owns")
            << QStringLiteral("“We will not pay,” said the mayor's introducer, Dana Pell.")
            << QStringLiteral("Dana Pell") << QStringLiteral("name");
        QTest::newRow("the name in apposition to what an organisation noun owns")
            << QStringLiteral("“We will not pay,” said the bureau's chief, Tomas Varga.")
            << QStringLiteral("Tomas Varga") << QStringLiteral("name");
        QTest::newRow("the name after an organisation's possessive is the person")
            << QStringLiteral("“We will not pay,” said Harbour Radio’s Dana Pell.") << QStringLiteral("Dana Pell")
            << QStringLiteral("name");
    }
    void shouldFindTheSpeakerAfterACue()
    {
        QFETCH(QString, text);
        QFETCH(QString, phrase);
        QFETCH(QString, type);

        PassFixture run(text, ExtractionPipeline::Pass::Cues);
        QVERIFY(!run.window().cues.isEmpty());
        const Cue &cue = run.window().cues.last();

        const PhraseParser parser(run.window());
        const SubjectFinder subjects(run.window(), parser);
        const SpeakerPhrase speaker = subjects.subjectAfter(cue.last + 1, run.sentenceOf(cue.first));

        QCOMPARE(phraseTypeName(speaker.type), type);
        QCOMPARE(run.window().textOf(speaker.first, speaker.last), phrase);
    }
};

QTEST_GUILESS_MAIN(TestSubjectFinder)
#include "tst_subjectfinder.moc"
