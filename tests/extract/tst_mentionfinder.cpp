// The mention finder alone: which names a sentence holds, with which role and kind, and which of
// them are sentence subjects.
#include "passfixture.h"

#include <QTest>

namespace {

using Pass = ExtractionPipeline::Pass;

QString kindName(EntityRegistry::Kind kind)
{
    switch (kind) {
    case EntityRegistry::Kind::Person:
        return QStringLiteral("person");
    case EntityRegistry::Kind::Organization:
        return QStringLiteral("organization");
    case EntityRegistry::Kind::Other:
        return QStringLiteral("other");
    case EntityRegistry::Kind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

// The entity of that name, or -1.
int entityNamed(const ExtractWindow &window, const QString &name)
{
    for (int e = 0; e < window.registry.size(); ++e) {
        if (window.registry.find(e) == e && window.registry.entity(e).name == name)
            return e;
    }
    return -1;
}

} // namespace

class TestMentionFinder : public QObject
{
    Q_OBJECT

private slots:
    void shouldRegisterNamesWithTheirRoleAndKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("kind");

        QTest::newRow("a title before the name is the role")
            << QStringLiteral("Mayor Ana Ortiz opened the bridge on Monday.") << QStringLiteral("Ana Ortiz")
            << QStringLiteral("Mayor") << QStringLiteral("person");
        QTest::newRow("a middle initial that is also a word stays in the name")
            << QStringLiteral("Tomas A. Varga opened the bridge on Monday.") << QStringLiteral("Tomas A. Varga")
            << QString() << QStringLiteral("person");
        QTest::newRow("an appositive after the name is the role")
            << QStringLiteral("Jane Roe, a spokeswoman for the council, opened the meeting.")
            << QStringLiteral("Jane Roe") << QStringLiteral("spokeswoman for the council") << QStringLiteral("person");
        QTest::newRow("a reporting verb after a plural ends the role before a name")
            << QStringLiteral("Officials say front-runner Ana Ortiz will win.") << QStringLiteral("Ana Ortiz")
            << QStringLiteral("front-runner") << QStringLiteral("person");
        QTest::newRow("an honorific is neither name nor role")
            << QStringLiteral("Ms. Lena Varga opened the meeting.") << QStringLiteral("Lena Varga") << QString()
            << QStringLiteral("person");
        QTest::newRow("a region's dotted abbreviation alone is a place")
            << QStringLiteral("Crowds at a rally in Dunmore, N.H., cheered.") << QStringLiteral("N.H.") << QString()
            << QStringLiteral("other");
        QTest::newRow("a short acronym is an organisation")
            << QStringLiteral("Shares of the firm fell after NATO warned of delays.") << QStringLiteral("NATO")
            << QString() << QStringLiteral("organization");
        QTest::newRow("a name with an organisation noun after a determiner names that organisation")
            << QStringLiteral("The mayor met the Ortiz campaign on Monday.") << QStringLiteral("Ortiz campaign")
            << QString() << QStringLiteral("organization");
        QTest::newRow("a common word after a given name is the surname")
            << QStringLiteral("Columnist Maria Still opened the meeting.") << QStringLiteral("Maria Still")
            << QStringLiteral("Columnist")
            << QStringLiteral("person");
        QTest::newRow("an organisation noun in apposition before the name makes it an organisation")
            << QStringLiteral("The company, Brightline Foods, opened a plant on Monday.")
            << QStringLiteral("Brightline Foods") << QString() << QStringLiteral("organization");
        QTest::newRow("an organisation noun in apposition after the name makes it an organisation")
            << QStringLiteral("Brightline Foods, a family company, opened a plant on Monday.")
            << QStringLiteral("Brightline Foods") << QString() << QStringLiteral("organization");
        QTest::newRow("an organisation noun ending an opening phrase is no apposition")
            << QStringLiteral("During the whole campaign, Dana Pell kept her distance.")
            << QStringLiteral("Dana Pell") << QString() << QStringLiteral("person");
        QTest::newRow("an organisation noun in apposition with a name of its own is no apposition")
            << QStringLiteral("Voters in Valmore, a Harbour College poll, favoured the plan.")
            << QStringLiteral("Valmore") << QString() << QStringLiteral("other");
        QTest::newRow("the owner of the organisation noun in apposition is no organisation")
            << QStringLiteral("Dana Pell, the company's founder, opened a plant on Monday.")
            << QStringLiteral("Dana Pell") << QStringLiteral("company's founder") << QStringLiteral("person");
        QTest::newRow("a title word alone without an article is a surname")
            << QStringLiteral("Later King opened the harbour.") << QStringLiteral("King") << QString()
            << QStringLiteral("unknown");
        QTest::newRow("a company word ends the name of a company")
            << QStringLiteral("Shares of Kestrel Motors fell on Monday.") << QStringLiteral("Kestrel Motors") << QString()
            << QStringLiteral("organization");
        QTest::newRow("a nationality before a noun is an adjective, never a speaker")
            << QStringLiteral("Chilean officials opened the bridge on Monday.") << QStringLiteral("Chilean")
            << QString() << QStringLiteral("other");
        QTest::newRow("a nationality before a noun of no known kind is an adjective")
            << QStringLiteral("Lund praised the judge’s Chilean heritage.") << QStringLiteral("Chilean") << QString()
            << QStringLiteral("other");
        QTest::newRow("a nationality word alone may be a given name")
            << QStringLiteral("The show opened, and German laughed.") << QStringLiteral("German") << QString()
            << QStringLiteral("unknown");
        QTest::newRow("a label noun after a name word ends the name of an organisation")
            << QStringLiteral("The tenants joined Harbor Watch on Monday.") << QStringLiteral("Harbor Watch")
            << QString() << QStringLiteral("organization");
    }
    void shouldRegisterNamesWithTheirRoleAndKind()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, kind);

        // Given a sentence, when only the mention finder has run
        PassFixture run(text, Pass::Mentions);

        // Then the name is registered with its role and kind
        const int e = entityNamed(run.window(), name);
        QVERIFY2(e >= 0, qPrintable(name + QStringLiteral(" is not registered")));
        const EntityRegistry &registry = run.window().registry;
        QCOMPARE(registry.entity(e).role, role);
        QCOMPARE(kindName(registry.speakerKind(e)), kind);
    }

    void shouldFileAnOrganisationUnderItsHeadWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("category");

        QTest::newRow("the last organisation word of a compound")
            << QStringLiteral("The Coastal Survey Agency reported a rise.") << QStringLiteral("Coastal Survey Agency")
            << QStringLiteral("body");
        QTest::newRow("a poll named as one") << QStringLiteral("The Northfield Survey found a rise.")
                                             << QStringLiteral("Northfield Survey") << QStringLiteral("poll");
        QTest::newRow("the head before of") << QStringLiteral("The Agency of Survey Studies reported a rise.")
                                            << QStringLiteral("Agency of Survey Studies") << QStringLiteral("body");
    }
    void shouldFileAnOrganisationUnderItsHeadWord()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(QString, category);

        // Given a sentence, when only the mention finder has run
        PassFixture run(text, Pass::Mentions);

        // Then the organisation is filed under the kind its head word names
        const int e = entityNamed(run.window(), name);
        QVERIFY2(e >= 0, qPrintable(name + QStringLiteral(" is not registered")));
        QCOMPARE(run.window().registry.entity(e).orgCategory, category);
    }

    void shouldNotTakeOtherCapitalisedWordsForNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("word");

        QTest::newRow("a word completing a lower-case title after of")
            << QStringLiteral("The state budget passed. Lund, the former secretary of State, spoke.")
            << QStringLiteral("State");
        QTest::newRow("a hashtag") << QStringLiteral("The hashtag #HarbourDoor spread on Monday.")
                                   << QStringLiteral("HarbourDoor");
        QTest::newRow("a handle") << QStringLiteral("The ferry was praised by @HarbourPost on Monday.")
                                  << QStringLiteral("HarbourPost");
        QTest::newRow("an adjective opening the sentence before a plural")
            << QStringLiteral("Local officials were closing the gates.") << QStringLiteral("Local");
        QTest::newRow("a dateline opening the paragraph is a place")
            << QStringLiteral("VALMORE — The harbour reopened on Monday.") << QStringLiteral("VALMORE");
        QTest::newRow("a verb form opening the sentence")
            << QStringLiteral("Speaking on Monday, the mayor praised the workers.") << QStringLiteral("Speaking");
        QTest::newRow("a verb form opening the sentence before a preposition that opens a source phrase")
            << QStringLiteral("Weighing in on the vote, the mayor praised the workers.") << QStringLiteral("Weighing");
        QTest::newRow("an adverb alone before a comma opening the sentence")
            << QStringLiteral("Essentially, the lawyers read the files and found one address.")
            << QStringLiteral("Essentially");
        QTest::newRow("a past participle alone before a comma opening the sentence")
            << QStringLiteral("Frustrated, the mayor left the room.") << QStringLiteral("Frustrated");
        QTest::newRow("a capitalised adjective between a determiner and a noun")
            << QStringLiteral("The Swiss delegation arrived late.") << QStringLiteral("Swiss");
        QTest::newRow("a word the article also writes in lower case, opening a sentence")
            << QStringLiteral("Harbour fees rose. The harbour board met.") << QStringLiteral("Harbour");
        QTest::newRow("a capitalised word with a long lower-case part after its hyphen")
            << QStringLiteral("Lund cannot match Ortiz's Web-savvy staff.") << QStringLiteral("Web-savvy");
        QTest::newRow("two titles alone are a role")
            << QStringLiteral("The Prime Minister opened the harbour.") << QStringLiteral("Minister");
        QTest::newRow("a title alone after the article is a role")
            << QStringLiteral("Later the President opened the harbour.") << QStringLiteral("President");
        QTest::newRow("a label noun standing alone before a colon")
            << QStringLiteral("Valmore Watch: the harbour reopened on Monday.") << QStringLiteral("Watch");
    }
    void shouldNotTakeOtherCapitalisedWordsForNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, word);

        PassFixture run(text, Pass::Mentions);

        for (const Mention &m : run.window().mentions)
            QVERIFY2(
                !run.window().textOf(m.first, m.last).contains(word), qPrintable(run.window().textOf(m.first, m.last)));
    }

    void shouldMarkSentenceSubjects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("subject");

        QTest::newRow("a name in apposition to a role noun before the verb")
            << QStringLiteral("The head teacher, Mrs Ana Ortiz, read a letter to parents.")
            << QStringLiteral("Ana Ortiz") << true;
        QTest::newRow("a name in apposition to an object before a preposition")
            << QStringLiteral("Lund met the head teacher, Ana Ortiz, at noon.") << QStringLiteral("Ana Ortiz") << false;
        QTest::newRow("a titled name with a modifier in apposition to a role noun before the verb")
            << QStringLiteral("The other candidate, former Gov. Ana Ortiz, made her case.")
            << QStringLiteral("Ana Ortiz") << true;
        QTest::newRow("a titled name with a modifier before its verb")
            << QStringLiteral("On Monday former Gov. Ana Ortiz made her case.") << QStringLiteral("Ana Ortiz")
            << true;
        QTest::newRow("a name after a possessive before a noun modifies it")
            << QStringLiteral("Lund downplayed the judge’s Kestrel heritage.") << QStringLiteral("Kestrel") << false;
        QTest::newRow("a name before its verb")
            << QStringLiteral("Ana Ortiz visited the harbour.") << QStringLiteral("Ana Ortiz") << true;
        QTest::newRow("a name past its appositive")
            << QStringLiteral("Ana Ortiz, the city's mayor, visited the harbour.") << QStringLiteral("Ana Ortiz")
            << true;
        QTest::newRow("a name before the place it is of and its verb")
            << QStringLiteral("On Tuesday, Senator Ana Ortiz of Vermont visited the harbour.")
            << QStringLiteral("Ana Ortiz") << true;
        QTest::newRow("a name before the organisations it is of and its verb")
            << QStringLiteral("Ana Ortiz of the Harbour Church of Dunmore visited the port.")
            << QStringLiteral("Ana Ortiz") << true;
        QTest::newRow("the object of a verb")
            << QStringLiteral("The council thanked Ana Ortiz for her work.") << QStringLiteral("Ana Ortiz") << false;
        QTest::newRow("a name after a preposition")
            << QStringLiteral("The letter from Ana Ortiz arrived late.") << QStringLiteral("Ana Ortiz") << false;
        QTest::newRow("a name after a preposition and a determiner")
            << QStringLiteral("Lund, an advocate of a Harbour Board plan to build ferries, smiled.")
            << QStringLiteral("Harbour Board") << false;
    }
    void shouldMarkSentenceSubjects()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QFETCH(bool, subject);

        PassFixture run(text, Pass::Mentions);

        bool found = false;
        for (const Mention &m : run.window().mentions) {
            if (run.window().textOf(m.first, m.last) == name) {
                found = true;
                QCOMPARE(m.subject, subject);
            }
        }
        QVERIFY2(found, qPrintable(name + QStringLiteral(" is no mention")));
    }
};

QTEST_GUILESS_MAIN(TestMentionFinder)
#include "tst_mentionfinder.moc"
