// The rule data the lexicon reads: word endings and the abbreviations that often end a sentence come
// from the rule files, so that the rules name a part, never an English ending or abbreviation.
#include "extract/lexicon.h"

#include <QTest>

class TestLexicon : public QObject
{
    Q_OBJECT

private slots:
    void shouldTellAWordEnding_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("part");
        QTest::addColumn<bool>("has");
        QTest::newRow("an -ing form is a participle") << QStringLiteral("Wandering") << int(Lexicon::ParticipleEnding) << true;
        QTest::newRow("an -ed form is past") << QStringLiteral("Grumbled") << int(Lexicon::PastEnding) << true;
        QTest::newRow("an -en form is a past participle") << QStringLiteral("woven") << int(Lexicon::PastParticipleEnding) << true;
        QTest::newRow("an -en form is no regular past") << QStringLiteral("woven") << int(Lexicon::PastEnding) << false;
        QTest::newRow("an -ly word is an adverb") << QStringLiteral("Quietly") << int(Lexicon::AdverbEnding) << true;
        QTest::newRow("a name has none of the endings") << QStringLiteral("Vantresk") << int(Lexicon::AdverbEnding) << false;
        QTest::newRow("endings are compared as written") << QStringLiteral("WANDERING") << int(Lexicon::ParticipleEnding) << false;
    }

    void shouldTellAWordEnding()
    {
        QFETCH(QString, word);
        QFETCH(int, part);
        QFETCH(bool, has);
        // Given the lexicon of the rule files, when asked about the word, then it knows its ending
        QCOMPARE(Lexicon::instance().hasEnding(word, Lexicon::WordEnding(part)), has);
    }

    void shouldKnowWhichAbbreviationsOftenEndASentence_data()
    {
        QTest::addColumn<QString>("abbreviation");
        QTest::addColumn<bool>("endsOften");
        QTest::newRow("a company's suffix often ends a sentence") << QStringLiteral("Inc.") << true;
        QTest::newRow("a country's initials often end a sentence") << QStringLiteral("U.S.") << true;
        QTest::newRow("an honorific never ends one") << QStringLiteral("Mr.") << false;
        QTest::newRow("the case is kept") << QStringLiteral("inc.") << false;
    }

    void shouldKnowWhichAbbreviationsOftenEndASentence()
    {
        QFETCH(QString, abbreviation);
        QFETCH(bool, endsOften);
        QCOMPARE(Lexicon::instance().endsSentencesOften(abbreviation), endsOften);
    }

    void shouldKnowCountriesAndCapitalsFromTheGazetteer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("place");
        QTest::newRow("a country of one word") << QStringLiteral("Peru") << true;
        QTest::newRow("a country of two words") << QStringLiteral("South Korea") << true;
        QTest::newRow("a capital") << QStringLiteral("Lima") << true;
        QTest::newRow("a capital of two words") << QStringLiteral("Buenos Aires") << true;
        QTest::newRow("a nationality is no place") << QStringLiteral("Peruvian") << false;
        QTest::newRow("a person's name is no place") << QStringLiteral("Ana Ortiz") << false;
        QTest::newRow("the case is kept") << QStringLiteral("peru") << false;
    }

    void shouldKnowCountriesAndCapitalsFromTheGazetteer()
    {
        QFETCH(QString, name);
        QFETCH(bool, place);
        QCOMPARE(Lexicon::instance().isPlaceName(name), place);
    }

    void shouldFindThePlacesAmongCapitalisedWords_data()
    {
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QStringList>("places");
        QTest::newRow("a state of two words before a title")
            << QStringList {QStringLiteral("New"), QStringLiteral("Jersey"), QStringLiteral("Gov.")}
            << QStringList {QStringLiteral("new jersey")};
        QTest::newRow("a province") << QStringList {QStringLiteral("Ontario")} << QStringList {QStringLiteral("ontario")};
        QTest::newRow("a country and a capital")
            << QStringList {QStringLiteral("Peru"), QStringLiteral("and"), QStringLiteral("Lima")}
            << QStringList {QStringLiteral("peru"), QStringLiteral("lima")};
        QTest::newRow("no place") << QStringList {QStringLiteral("Harbour"), QStringLiteral("Board")} << QStringList {};
    }

    void shouldFindThePlacesAmongCapitalisedWords()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, places);
        QCOMPARE(Lexicon::instance().placesIn(words), places);
    }

    void shouldMarkPastParticiplesOfReportingVerbs_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("pastParticiple");
        QTest::newRow("a regular -ed form") << QStringLiteral("warned") << true;
        QTest::newRow("an irregular form named in the rule words") << QStringLiteral("told") << true;
        QTest::newRow("a present form") << QStringLiteral("tells") << false;
        QTest::newRow("the -ing form") << QStringLiteral("telling") << false;
    }

    void shouldMarkPastParticiplesOfReportingVerbs()
    {
        QFETCH(QString, form);
        QFETCH(bool, pastParticiple);
        // Given a one-word form of a reporting verb
        const QList<Lexicon::VerbForm> *forms = Lexicon::instance().verbForms(form);
        QVERIFY(forms);
        const auto single = std::find_if(forms->cbegin(), forms->cend(),
                                         [](const Lexicon::VerbForm &f) { return f.following.isEmpty(); });
        QVERIFY(single != forms->cend());
        // Then it is a past participle when its ending or the rule words say so
        QCOMPARE(single->pastParticiple, pastParticiple);
    }

    void shouldMakeTheNounLikeFormsOfAVerbWeak_data()
    {
        QTest::addColumn<QString>("form");
        QTest::addColumn<bool>("weak");
        QTest::newRow("the base form of a verb marked noun") << QStringLiteral("state") << true;
        QTest::newRow("the -s form of a verb marked noun") << QStringLiteral("states") << true;
        QTest::newRow("the past form of a verb marked noun") << QStringLiteral("stated") << false;
        QTest::newRow("the -ing form of a verb marked noun") << QStringLiteral("stating") << false;
        QTest::newRow("the -s form of a verb not marked noun") << QStringLiteral("says") << false;
    }

    void shouldMakeTheNounLikeFormsOfAVerbWeak()
    {
        QFETCH(QString, form);
        QFETCH(bool, weak);
        // Given a one-word form of a reporting verb
        const QList<Lexicon::VerbForm> *forms = Lexicon::instance().verbForms(form);
        QVERIFY(forms);
        const auto single = std::find_if(forms->cbegin(), forms->cend(),
                                         [](const Lexicon::VerbForm &f) { return f.following.isEmpty(); });
        QVERIFY(single != forms->cend());
        // Then it counts as weak exactly when it is the base or the -s form of a verb marked "noun"
        QCOMPARE(bool(single->frames & Lexicon::FrameWeak), weak);
    }

    void shouldKnowTheGenderOfGivenNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("gender");
        QTest::newRow("an English man's name") << QStringLiteral("John") << int(Lexicon::Gender::Male);
        QTest::newRow("an Akan man's name") << QStringLiteral("Kwame") << int(Lexicon::Gender::Male);
        QTest::newRow("a Dutch man's name") << QStringLiteral("Hendrik") << int(Lexicon::Gender::Male);
        QTest::newRow("an Italian woman's name") << QStringLiteral("Ilaria") << int(Lexicon::Gender::Female);
        QTest::newRow("a place that is also a name stays out")
            << QStringLiteral("Milan") << int(Lexicon::Gender::Unknown);
        QTest::newRow("a surname") << QStringLiteral("Vantresk") << int(Lexicon::Gender::Unknown);
        QTest::newRow("a name of either gender") << QStringLiteral("Chris") << int(Lexicon::Gender::Unknown);
    }
    void shouldKnowTheGenderOfGivenNames()
    {
        QFETCH(QString, name);
        QFETCH(int, gender);
        QCOMPARE(int(Lexicon::instance().givenName(name)), gender);
    }

    void shouldKnowGivenNamesOfEitherGender_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("given");
        QTest::newRow("a name of either gender") << QStringLiteral("Chris") << true;
        QTest::newRow("a man's name") << QStringLiteral("John") << true;
        QTest::newRow("a surname") << QStringLiteral("Vantresk") << false;
    }
    void shouldKnowGivenNamesOfEitherGender()
    {
        QFETCH(QString, word);
        QFETCH(bool, given);
        QCOMPARE(Lexicon::instance().isGivenName(word), given);
    }

    void shouldKnowRegionsByTheirAbbreviations_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("region");
        QTest::newRow("a news-agency abbreviation") << QStringLiteral("Fla.") << QStringLiteral("Florida");
        QTest::newRow("a postal code") << QStringLiteral("NY") << QStringLiteral("New York");
        QTest::newRow("a region written in full") << QStringLiteral("Iowa") << QStringLiteral("Iowa");
        QTest::newRow("no region") << QStringLiteral("Harbour") << QString();
    }
    void shouldKnowRegionsByTheirAbbreviations()
    {
        QFETCH(QString, written);
        QFETCH(QString, region);
        QCOMPARE(Lexicon::instance().regionNamed(written), region);
    }
};

QTEST_GUILESS_MAIN(TestLexicon)
#include "tst_lexicon.moc"
