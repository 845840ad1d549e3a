// The speaker resolver alone: which entity the subject of a cue refers to.
#include "extract/phraseparser.h"
#include "extract/speakerresolver.h"
#include "extract/subjectfinder.h"
#include "passfixture.h"

#include <QTest>

class TestSpeakerResolver : public QObject
{
    Q_OBJECT

private slots:
    void shouldReferPoliceBackOnlyToPolice()
    {
        // Given an organisation whose kind the article never said, named before
        PassFixture run(QStringLiteral("A sentence long enough for the test."), ExtractionPipeline::Pass::Mentions);
        EntityRegistry &registry = run.window().registry;
        const int front = registry.addOrganization(QStringLiteral("Kestrel Front"), QString(), 0);

        // When "police" and "the company" are resolved later
        EntityRegistry::RoleQuery police;
        police.head = QStringLiteral("police");
        police.orgCategory = run.window().lexicon.orgNounKind(police.head);
        EntityRegistry::RoleQuery company;
        company.head = QStringLiteral("company");
        company.orgCategory = run.window().lexicon.orgNounKind(company.head);

        // Then the police are nobody named before, while the company may be that organisation
        QVERIFY(!police.orgCategory.isEmpty());
        QCOMPARE(registry.resolveRole(police, 100), -1);
        QCOMPARE(registry.resolveRole(company, 100), front);
    }
    void shouldResolveTheSubjectOfTheLastCue_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker"); // "-" for nobody

        QTest::newRow("a pronoun to the subject before it")
            << QStringLiteral("Ana Ortiz opened the bridge. She said it was safe.") << QStringLiteral("Ana Ortiz");
        QTest::newRow("a pronoun skips a person of the other gender")
            << QStringLiteral("Mr. Tomas Berg met Ms. Ana Ortiz. She said it was safe.") << QStringLiteral("Ana Ortiz");
        QTest::newRow("a surname to the full name")
            << QStringLiteral("Ana Ortiz opened the bridge. Ortiz said it was safe.") << QStringLiteral("Ana Ortiz");
        QTest::newRow("a role noun to the entity introduced with it")
            << QStringLiteral("Ana Ortiz, the city's mayor, opened the bridge. The mayor said it was safe.")
            << QStringLiteral("Ana Ortiz");
        QTest::newRow("a described organisation with no antecedent of its kind speaks as described")
            << QStringLiteral("The bridge opened. The harbour budget office said it was safe.")
            << QStringLiteral("Harbour budget office");
        QTest::newRow("an organisation noun to the organisation introduced before it")
            << QStringLiteral("Kestrel Ferries Inc. opened the bridge. The ferry company said it was safe.")
            << QStringLiteral("Kestrel Ferries Inc");
        QTest::newRow("a bare definite organisation noun names nobody")
            << QStringLiteral("The bridge opened. The company said it was safe.") << QStringLiteral("-");
        QTest::newRow("bare police are the police")
            << QStringLiteral("The bridge opened. Police said it was safe.") << QStringLiteral("Police");
        QTest::newRow("a bare indefinite role names nobody")
            << QStringLiteral("A spokesman said it was safe.") << QStringLiteral("-");
        QTest::newRow("a pronoun never to a country")
            << QStringLiteral("Tomas Rivera spoke on Monday. Peru has long wanted the port. He said it was too late.")
            << QStringLiteral("Tomas Rivera");
        QTest::newRow("a country as the subject of a verb of saying speaks for its government")
            << QStringLiteral("Peru said it would reopen the port.") << QStringLiteral("Peru");
        QTest::newRow("a definite role phrase never to a lone capitalised word in focus")
            << QStringLiteral("Sooner or later, the senator said, the bridge will reopen.") << QStringLiteral("-");
        QTest::newRow("a role with a place never to someone whose role names another place")
            << QStringLiteral("Iowa Sen. Ana Ortiz spoke first. The Florida senator said it was safe.")
            << QStringLiteral("Florida senator");
        QTest::newRow("a role with a place to someone whose role names the same place")
            << QStringLiteral("New Jersey Gov. Ana Ortiz spoke first. The New Jersey governor said it was safe.")
            << QStringLiteral("Ana Ortiz");
        QTest::newRow("a title standing alone to the person introduced with it")
            << QStringLiteral("Prime Minister Luis Brandt opened the port. The Prime Minister said it was safe.")
            << QStringLiteral("Luis Brandt");
        QTest::newRow("a native of a place is a person in focus, not an organisation")
            << QStringLiteral("Ana Ortiz grew up in Valmore. The Valmore native said it was safe.")
            << QStringLiteral("Ana Ortiz");
        QTest::newRow("a role a possessive pronoun opens is named after the person it finds")
            << QStringLiteral("Mr. Carl Mendez was charged. His lawyer said it was safe.") << QStringLiteral("Mendez's lawyer");
        QTest::newRow("a role a possessive pronoun opens is named after the surname, not a suffix")
            << QStringLiteral("Mr. Carl Mendez Jr. was charged. His lawyer said it was safe.")
            << QStringLiteral("Mendez's lawyer");
        QTest::newRow("a role a possessive pronoun opens with nobody before it names nobody")
            << QStringLiteral("His lawyer said it was safe.") << QStringLiteral("-");
        QTest::newRow("the organisation a definite role owns")
            << QStringLiteral("The governor's office said it was safe.") << QStringLiteral("governor's office");
        QTest::newRow("an organisation introduced in apposition to the company")
            << QStringLiteral("The company, Brightline Foods, opened a plant. The company said it was safe.")
            << QStringLiteral("Brightline Foods");
        QTest::newRow("a role with a place goes to the senator whose party tag names it") << QStringLiteral(
            "Sen. Dan Cole (R-Fla.) spoke. Later Sen. Paula Marsh, R-Iowa, spoke. The Florida senator said "
            "the vote would pass.") << QStringLiteral("Dan Cole");
        QTest::newRow("a role with a place is not the senator of another state") << QStringLiteral(
            "Sen. Dan Cole spoke. Later Sen. Paula Marsh, R-Iowa, spoke. The Florida senator said "
            "the vote would pass.") << QStringLiteral("Dan Cole");
        QTest::newRow("a description with an age refers back to the person in focus")
            << QStringLiteral(
                   "Vasko Teodorov reopened his shop. The 52-year-old owner of the shop said the ovens worked.")
            << QStringLiteral("Vasko Teodorov");
        QTest::newRow("a lone capitalised word is no rival to the person in focus") << QStringLiteral(
            "Talks went on late. Teodor Vasko reopened his shop. The 52-year-old owner of the shop "
            "said the ovens worked.") << QStringLiteral("Teodor Vasko");
        QTest::newRow("a pronoun with nobody before it")
            << QStringLiteral("She said it was safe.") << QStringLiteral("-");
    }
    void shouldResolveTheSubjectOfTheLastCue()
    {
        QFETCH(QString, text);
        QFETCH(QString, speaker);

        // Given a paragraph whose mentions and cues are found
        PassFixture run(text, ExtractionPipeline::Pass::Cues);
        QVERIFY(!run.window().cues.isEmpty());
        const Cue &cue = run.window().cues.last();
        const Sentence &sentence = run.sentenceOf(cue.first);
        const PhraseParser parser(run.window());
        const SpeakerPhrase subject = SubjectFinder(run.window(), parser).subjectBefore(cue.first, sentence);

        // When the subject of the last cue is resolved
        SpeakerResolver resolver(run.window());
        const ResolvedSpeaker who = resolver.resolve(subject, sentence, true);

        // Then it is this speaker
        QCOMPARE(run.speakerName(who.entity), speaker);
    }

    void shouldTrustANameMoreThanAPronoun()
    {
        PassFixture named(
            QStringLiteral("Ana Ortiz opened the bridge. Ortiz said it was safe."), ExtractionPipeline::Pass::Cues);
        PassFixture pronoun(
            QStringLiteral("Ana Ortiz opened the bridge. She said it was safe."), ExtractionPipeline::Pass::Cues);
        const auto confidence = [](PassFixture &run) {
            const Cue &cue = run.window().cues.last();
            const Sentence &sentence = run.sentenceOf(cue.first);
            const PhraseParser parser(run.window());
            SpeakerResolver resolver(run.window());
            return resolver
                .resolve(SubjectFinder(run.window(), parser).subjectBefore(cue.first, sentence), sentence, true)
                .confidence;
        };
        QVERIFY(confidence(named) > confidence(pronoun));
        QVERIFY(confidence(pronoun) > 0);
    }

    void shouldAddTheSourceAsAnAliasWhenRecording()
    {
        // Given a resolved role phrase
        PassFixture run(QStringLiteral("Ana Ortiz, the city's mayor, opened the bridge. The mayor said it was safe."),
            ExtractionPipeline::Pass::Cues);
        const Cue &cue = run.window().cues.last();
        const Sentence &sentence = run.sentenceOf(cue.first);
        const PhraseParser parser(run.window());
        SpeakerResolver resolver(run.window());
        const ResolvedSpeaker who
            = resolver.resolve(SubjectFinder(run.window(), parser).subjectBefore(cue.first, sentence), sentence, true);
        QVERIFY(who.entity >= 0);

        // When a quote is recorded with it
        FoundQuote q;
        q.start = run.window().token(cue.last + 1).start;
        q.end = run.window().token(sentence.endToken - 1).start;
        q.kind = Quote::Kind::Indirect;
        resolver.record(q, who, sentence.serial);

        // Then the phrase is an alias, written as it reads mid-sentence, and the speaker is the last one
        QVERIFY(run.window().registry.entity(who.entity).aliases.contains(QStringLiteral("the mayor")));
        QCOMPARE(run.window().lastAttribution.entity, who.entity);
        QCOMPARE(run.window().quotes.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSpeakerResolver)
#include "tst_speakerresolver.moc"
