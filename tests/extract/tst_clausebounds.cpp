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

        QTest::newRow("a relative word before the subject leaves the clause its verb")
            << QStringLiteral("She ran a fund that inspectors said was short of cash.")
            << QStringLiteral("was short of cash");
        QTest::newRow("a relative pronoun after a comma before the subject")
            << QStringLiteral("Ortiz kept the donations, which she said were small.") << QStringLiteral("were small");
        QTest::newRow("a report in a relative clause between dashes ends at the closing dash")
            << QStringLiteral("Ana Ortiz - who said the port would close - voted for the plan.")
            << QStringLiteral("the port would close");
        QTest::newRow("a report between dashes opened by no relative pronoun runs on")
            << QStringLiteral("The plan - Ortiz said the port would close - was voted down.")
            << QStringLiteral("the port would close - was voted down");
        QTest::newRow("a report ends before while and a reporting participle")
            << QStringLiteral("Lund insisted it was too early to back the plan while adding that he had no doubt.")
            << QStringLiteral("it was too early to back the plan");
        QTest::newRow("a report runs on past such as and a participle")
            << QStringLiteral("Lund proposed new limits on fees, such as cracking down on the port.")
            << QStringLiteral("new limits on fees, such as cracking down on the port");
        QTest::newRow("a region after the addressee's place is part of the addressee")
            << QStringLiteral("Lund ended his campaign, telling supporters in Dunmore, Maine, that he had faith.")
            << QStringLiteral("he had faith");
        QTest::newRow("a report ends before but, a possessive subject and its verb")
            << QStringLiteral(
                   "The firm printed the tour dates, noting her busy diary, but Ortiz's team denied that she would go.")
            << QStringLiteral("her busy diary");
        QTest::newRow("a report ends before a second subject, its prepositional phrase and its cue")
            << QStringLiteral("Ortiz proposed a new agency, while Luis Lund in a blog post said he would wait.")
            << QStringLiteral("a new agency");
        QTest::newRow("a report ends before two coordinated subjects and their cue")
            << QStringLiteral(
                   "Ortiz said she would vote, while Sen. Ana Varga and Rep. Luis Lund suggested they would not.")
            << QStringLiteral("she would vote");
        QTest::newRow("a subject pronoun it before a present verb after a prepositional phrase opens the clause")
            << QStringLiteral("Lund said in shipping it takes years to build trust.")
            << QStringLiteral("it takes years to build trust");
        QTest::newRow("a report ends before a relative clause on it that holds a report of its own")
            << QStringLiteral("Ortiz said the fares were fair, to which Lund replied: “They are not.”")
            << QStringLiteral("the fares were fair");
        QTest::newRow("a relative clause after a preposition inside the report runs on")
            << QStringLiteral("Ortiz found that interviews, in which riders are asked questions, were helpful.")
            << QStringLiteral("interviews, in which riders are asked questions, were helpful");
        QTest::newRow("a cue in a subordinate clause after an opening phrase reports no main clause")
            << QStringLiteral("In 2013, when Ortiz testified, Lund asked her about the ferry.") << QString();
        QTest::newRow("a report ends before but, a named subject and its past verb")
            << QStringLiteral("Lund argued that fares should rise, but Kestrel Democrats have pushed for a freeze.")
            << QStringLiteral("fares should rise");
        QTest::newRow("a report runs on past but and a pronoun's verb")
            << QStringLiteral("Lund said the fares were high, but they had worked.")
            << QStringLiteral("the fares were high, but they had worked");
        QTest::newRow("a weak cue in an as-clause reports nothing after its comma")
            << QStringLiteral("As the race began, Lund was a litigator in the port.") << QString();
        QTest::newRow("a possessive pronoun whose noun has a verb opens the clause after the addressee")
            << QStringLiteral("Ortiz told them their fares had risen.") << QStringLiteral("their fares had risen");
        QTest::newRow("a possessive pronoun after an object pronoun addressee before a present verb")
            << QStringLiteral("Lund told me his budget for the pier looks thin.")
            << QStringLiteral("his budget for the pier looks thin");
        QTest::newRow("a pronoun after a verb inside a phrase after the cue opens no clause")
            << QStringLiteral("“No,” Lund said after Varga failed to show up at the hearing he was called to.")
            << QString();
        QTest::newRow("a report ends before a dash, a name and its cue")
            << QStringLiteral("The two issued a statement praising the talks – Lund saying he was pleased.")
            << QStringLiteral("the talks");
        QTest::newRow("a second report after though ends the first")
            << QStringLiteral("Lund said the port was safe, though Ortiz said it was not.")
            << QStringLiteral("the port was safe");
        QTest::newRow("a second report after although ends the first")
            << QStringLiteral("Lund said the port was safe, although he acknowledged it was old.")
            << QStringLiteral("the port was safe");
        QTest::newRow("an auxiliary's -ing form opens a gerund clause")
            << QStringLiteral("Lund said having Ortiz on the ticket helps the port.")
            << QStringLiteral("having Ortiz on the ticket helps the port");
        QTest::newRow("a share word before a share opens the clause")
            << QStringLiteral("The harbour office said about half of the boats reached port late.")
            << QStringLiteral("about half of the boats reached port late");
        QTest::newRow("that after a time phrase")
            << QStringLiteral("The company said on Tuesday that profits fell.") << QStringLiteral("profits fell");
        QTest::newRow("that after an abbreviated month and its day") << QStringLiteral(
            "Ortiz said Nov. 4 that the bridge would reopen.") << QStringLiteral("the bridge would reopen");
        QTest::newRow("that after a month, its day and the year")
            << QStringLiteral("Ortiz said March 3, 2019, that the bridge would reopen.")
            << QStringLiteral("the bridge would reopen");
        QTest::newRow("a date after the cue closing a quotation reports nothing")
            << QStringLiteral("\"The bridge will reopen,\" Ortiz said Oct. 9 at the pier.") << QString();
        QTest::newRow("a comma inside a closing quotation mark before a participle cue ends the clause")
            << QStringLiteral("Ortiz said the plan was “dead on arrival,” adding that it would fail.")
            << QStringLiteral("the plan was “dead on arrival,”");
        QTest::newRow("a comma inside a closing quotation mark before a speaker and a cue ends the clause")
            << QStringLiteral("Asked why she had missed “the ferry vote,” Ortiz said she was away.")
            << QStringLiteral("why she had missed “the ferry vote,”");
        QTest::newRow("a demonstrative after the addressee is the subject, not a time word") << QStringLiteral(
            "Ortiz told reporters this was the last ferry.") << QStringLiteral("this was the last ferry");
        QTest::newRow("a share word before a number opens the clause") << QStringLiteral(
            "Ortiz said nearly 40 boats had been sold.") << QStringLiteral("nearly 40 boats had been sold");
        QTest::newRow("a clause opening with quoted words runs on after them")
            << QStringLiteral("Ortiz said that “the old pier” had been sold to a builder.")
            << QStringLiteral("“the old pier” had been sold to a builder");
        QTest::newRow("that after the addressee and a place")
            << QStringLiteral("Ortiz told reporters in Valmore that the bridge would reopen.")
            << QStringLiteral("the bridge would reopen");
        QTest::newRow("a bare clause") << QStringLiteral("Ortiz said the bridge would reopen.")
                                       << QStringLiteral("the bridge would reopen");
        QTest::newRow("that after a place and its region")
            << QStringLiteral("Ortiz says at a rally in Valmore, Vt., that the bridge would reopen.")
            << QStringLiteral("the bridge would reopen");
        QTest::newRow("a subject pronoun after a prepositional phrase opens the clause")
            << QStringLiteral("Ortiz said after the vote she would reopen the bridge.")
            << QStringLiteral("she would reopen the bridge");
        QTest::newRow("the bare form of a verb of saying before a preposition is a noun")
            << QStringLiteral("Ortiz said praise for the plan had been rare.")
            << QStringLiteral("praise for the plan had been rare");
        QTest::newRow("a determiner after the addressee opens the clause")
            << QStringLiteral("Ortiz told Valmore Radio the bridge would reopen.") << QStringLiteral("the bridge would reopen");
        QTest::newRow("it before a verb opens the clause after a prepositional phrase")
            << QStringLiteral("The council said in a statement it regretted the delay.")
            << QStringLiteral("it regretted the delay");
        QTest::newRow("a verb of saying that is no cue here is a noun opening the clause")
            << QStringLiteral("The company said demand had fallen.") << QStringLiteral("demand had fallen");
        QTest::newRow("a demonstrative that before an auxiliary is the subject")
            << QStringLiteral("Ortiz said that would pay for the bridge.") << QStringLiteral("that would pay for the bridge");
        QTest::newRow("a pronoun object of the preposition opens nothing")
            << QStringLiteral("Ortiz spoke with reporters about it and said nothing.") << QString();
        QTest::newRow("the words after a cue closing a quotation name its speaker")
            << QStringLiteral("“The bridge is safe,” said the 52-year-old.") << QString();
        QTest::newRow("the words after a cue closing a quotation name its speaker before a relative clause")
            << QStringLiteral("“The bridge is safe,” said one adviser, who spoke on condition of anonymity.") << QString();
        QTest::newRow("a participle closing a quotation reports its own clause")
            << QStringLiteral("Then “the bridge is safe,” adding that the fees would stay low.")
            << QStringLiteral("the fees would stay low");
        QTest::newRow("the clause ends before a second cue")
            << QStringLiteral("Ortiz said the bridge would reopen, adding that repairs were finished.")
            << QStringLiteral("the bridge would reopen");
        QTest::newRow("an indirect question") << QStringLiteral("Ortiz asked whether the bridge would reopen.")
                                              << QStringLiteral("whether the bridge would reopen");
        QTest::newRow("an indirect question with a question word")
            << QStringLiteral("Ortiz asked how the bridge would be paid for.")
            << QStringLiteral("how the bridge would be paid for");
        QTest::newRow("an indirect question after the addressee")
            << QStringLiteral("A reporter asked Ana Ortiz why the bridge was closed.")
            << QStringLiteral("why the bridge was closed");
        QTest::newRow("a yes-no question after the addressee")
            << QStringLiteral("Ortiz asked the pilots if they would strike.") << QStringLiteral("if they would strike");
        QTest::newRow("a condition after the object of a verb that takes that is no question")
            << QStringLiteral("Ortiz warned the pilots if the talks failed.") << QString();
        QTest::newRow("a relative clause on the addressee is no content; that opens it")
            << QStringLiteral("Ortiz told the pilots who had backed the strike that the talks would fail.")
            << QStringLiteral("the talks would fail");
        QTest::newRow("a relative clause on a named addressee is no content")
            << QStringLiteral("Ortiz told Lund, who had asked about the fees, the bridge would reopen.")
            << QStringLiteral("the bridge would reopen");
        QTest::newRow("a relative clause on the addressee with no that after it reports nothing")
            << QStringLiteral("Ortiz told the pilots who could guess the name she meant.") << QString();
        QTest::newRow("a relative clause on what is told belongs to it")
            << QStringLiteral("Ortiz told reporters the story of a pilot who had saved the ferry.")
            << QStringLiteral("the story of a pilot who had saved the ferry");
        QTest::newRow("a clause led by while with a subject and a cue of its own ends the content")
            << QStringLiteral("Rivera said the plan would fail, while Ortiz said it would work.")
            << QStringLiteral("the plan would fail");
        QTest::newRow("an adverbial clause after the addressee of told is no content")
            << QStringLiteral("Ortiz told her closest advisers as she worked on the speech.") << QString();
        QTest::newRow("an abbreviated month and its day after a preposition before that")
            << QStringLiteral("The weather service warned on Dec. 3 that gusts would reach the coast.")
            << QStringLiteral("gusts would reach the coast");
        QTest::newRow("a day after a preposition before the infinitive")
            << QStringLiteral("Ortiz promised on Tuesday to keep the ferry running.")
            << QStringLiteral("to keep the ferry running");
        QTest::newRow("an adverbial between commas before that")
            << QStringLiteral("Ortiz insisted, most recently in an interview with Harbour Radio, that the fares "
                              "would fall.")
            << QStringLiteral("the fares would fall");
        QTest::newRow("a condition between commas opens the clause after it")
            << QStringLiteral("Ortiz said, if elected, she would keep the ferry running.")
            << QStringLiteral("she would keep the ferry running");
        QTest::newRow("a question word after a denied verb of saying opens what was not said")
            << QStringLiteral("Lund would not say how the fares would change.")
            << QStringLiteral("how the fares would change");
        QTest::newRow("when after a denied verb of saying, with an alternative between commas")
            << QStringLiteral("Lund wouldn’t say when, or if, the council will vote on the plan.")
            << QStringLiteral("when, or if, the council will vote on the plan");
        QTest::newRow("a share of a group with a cue of its own after while ends the content")
            << QStringLiteral("Rivera said the plan would fail, while only 49 percent of captains say it will.")
            << QStringLiteral("the plan would fail");
        QTest::newRow("a participle led by while ends the content")
            << QStringLiteral("Rivera promised to build a pier along the harbour, while also suggesting that fares "
                              "would rise.")
            << QStringLiteral("to build a pier along the harbour");
        QTest::newRow("a clause led by but with a pronoun and a cue of its own ends the content")
            << QStringLiteral("Rivera said the plan would fail, but he said it was worth a try.")
            << QStringLiteral("the plan would fail");
        QTest::newRow("and with a subject and a cue of its own ends the content")
            << QStringLiteral("Rivera said the plan would fail and Ortiz said it would work.")
            << QStringLiteral("the plan would fail");
        QTest::newRow("and between two names joins them in the content")
            << QStringLiteral("Rivera said both Ortiz and Lund were referring to the old plan.")
            << QStringLiteral("both Ortiz and Lund were referring to the old plan");
        QTest::newRow("a cue closing its sentence reports nothing after it")
            << QStringLiteral("The bridge will reopen, Ortiz said.") << QString();
        QTest::newRow("an aside between dashes after the verb and before that")
            << QStringLiteral("Lund said — in a radio interview, no less — that the ferry was late.")
            << QStringLiteral("the ferry was late");
        QTest::newRow("an -ing clause after a finite verb that takes one is the content")
            << QStringLiteral("The board reported raising $4 million for the port in May.")
            << QStringLiteral("raising $4 million for the port in May");
        QTest::newRow("an -ing clause after a verb of memory is the content")
            << QStringLiteral("Ortiz recalled seeing the ferry sink in the storm.")
            << QStringLiteral("seeing the ferry sink in the storm");
        QTest::newRow("an -ing clause after the verb's own -ing form is no content")
            << QStringLiteral("Lund began reporting, covering the port for the paper.") << QString();
        QTest::newRow("a reported question with which after the addressee")
            << QStringLiteral("Varga asked Lund which ferry he would take to the island.")
            << QStringLiteral("which ferry he would take to the island");
        QTest::newRow("an amount opens the object a verb reports")
            << QStringLiteral("Lund calls for $40 million in new spending on the port.")
            << QStringLiteral("$40 million in new spending on the port");
        QTest::newRow("a verb of naming reports its object and what it is called")
            << QStringLiteral("Lund called him a reckless spender who ignored the port.")
            << QStringLiteral("him a reckless spender who ignored the port");
        QTest::newRow("a verb of naming with a noun phrase object and a description")
            << QStringLiteral("Ortiz called the ferry plan and its budget a waste of money.")
            << QStringLiteral("the ferry plan and its budget a waste of money");
        QTest::newRow("a verb of naming with an adjective")
            << QStringLiteral("Ortiz called it reckless.") << QStringLiteral("it reckless");
        QTest::newRow("a verb of naming with an object only names nothing")
            << QStringLiteral("Ortiz called the harbour master.") << QString();
        QTest::newRow("a verb of naming with a particle names nothing")
            << QStringLiteral("Ortiz called her back.") << QString();
        QTest::newRow("a verb of naming with a time phrase names nothing")
            << QStringLiteral("Ortiz called the office a day later.") << QString();
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

    void shouldTellAnAdverbialTailFromAClause_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("adverbial");

        QTest::newRow("a time phrase") << QStringLiteral("The bridge is safe, Ortiz said on Monday.") << true;
        QTest::newRow("a place phrase") << QStringLiteral("The bridge is safe, Ortiz said in the council room.") << true;
        QTest::newRow("a clause with a subject pronoun")
            << QStringLiteral("The bridge is safe, Ortiz said it was.") << false;
        QTest::newRow("a that clause") << QStringLiteral("The bridge is safe, Ortiz said that fees rise.") << false;
        QTest::newRow("a clause with a past-tense verb")
            << QStringLiteral("The bridge is safe, Ortiz said tolls jumped.") << false;
        QTest::newRow("a quotation") << QStringLiteral("The bridge is safe, Ortiz said “on the whole”.") << false;
        QTest::newRow("a possessive with a bare apostrophe")
            << QStringLiteral("The bridge is safe, Ortiz said at Reyes’ farm.") << true;
        QTest::newRow("a participle after the object of a preposition modifies it")
            << QStringLiteral("The bridge is safe, Ortiz said in minutes published on Monday.") << true;
        QTest::newRow("an adverbial clause opened by as, however long")
            << QStringLiteral("The bridge is safe, Ortiz said as she left the hall on a cold and windy morning.")
            << true;
        QTest::newRow("an addressee and an adverbial clause opened by while")
            << QStringLiteral("The bridge is safe, Ortiz told reporters while the ferry waited at the old pier.")
            << true;
        QTest::newRow("as before no clause is no adverbial clause")
            << QStringLiteral("The bridge is safe, Ortiz said as much to the board on a cold and windy morning.")
            << false;
        QTest::newRow("too long for an adverbial")
            << QStringLiteral("The bridge is safe, Ortiz said on a cold and windy morning in the old harbour town.")
            << false;
    }
    void shouldTellAnAdverbialTailFromAClause()
    {
        QFETCH(QString, text);
        QFETCH(bool, adverbial);

        // Given a sentence whose cue ends it but for a few words
        PassFixture run(text, ExtractionPipeline::Pass::Cues);
        QVERIFY(!run.window().cues.isEmpty());
        const Cue &cue = run.window().cues.last();
        const Sentence &sentence = run.sentenceOf(cue.first);

        // When the words after the cue up to the full stop are asked about
        const PhraseParser parser(run.window());
        const ClauseBounds bounds(run.window(), parser);
        const bool answer = bounds.isAdverbialTail(cue.last + 1, sentence.endToken - 1, sentence);

        // Then only adverbials count as a tail
        QCOMPARE(answer, adverbial);
    }
};

QTEST_GUILESS_MAIN(TestClauseBounds)
#include "tst_clausebounds.moc"
