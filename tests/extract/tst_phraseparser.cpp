// The phrase parser alone: the noun phrase that ends at a word, and what kind of speaker it names.
#include "extract/phraseparser.h"
#include "passfixture.h"

#include <QTest>

class TestPhraseParser : public QObject
{
    Q_OBJECT

private slots:
    void shouldReadTheNounPhraseEndingAtAWord_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("lastWord"); // the phrase ends at the last occurrence of this word
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("type");

        QTest::newRow("a titled name") << QStringLiteral("The pier closed. Mayor Ana Ortiz said it would reopen.")
                                       << QStringLiteral("Ortiz") << QStringLiteral("Mayor Ana Ortiz")
                                       << QStringLiteral("name");
        QTest::newRow("a subject pronoun")
            << QStringLiteral("The pier closed. She said it would reopen.") << QStringLiteral("She")
            << QStringLiteral("She") << QStringLiteral("pronoun");
        QTest::newRow("a role noun and its modifiers")
            << QStringLiteral("The pier closed. The union spokesman said it would reopen.")
            << QStringLiteral("spokesman") << QStringLiteral("The union spokesman") << QStringLiteral("role");
        QTest::newRow("a common word capitalised as the sentence's first word modifies the group")
            << QStringLiteral("The pier closed. Top advisers said it would reopen.") << QStringLiteral("advisers")
            << QStringLiteral("Top advisers") << QStringLiteral("group");
        QTest::newRow("an organisation noun")
            << QStringLiteral("The pier closed. The company said it would reopen.") << QStringLiteral("company")
            << QStringLiteral("The company") << QStringLiteral("organisation");
        QTest::newRow("a plural noun of people")
            << QStringLiteral("The pier closed. The residents said it would reopen.") << QStringLiteral("residents")
            << QStringLiteral("The residents") << QStringLiteral("group");
        QTest::newRow("a bare singular noun as the subject of a reporting verb")
            << QStringLiteral("The pier closed, police said.") << QStringLiteral("police")
            << QStringLiteral("police") << QStringLiteral("organisation");
        QTest::newRow("a bare singular noun before a headline's present verb")
            << QStringLiteral("Fares will fall, analyst says.") << QStringLiteral("analyst")
            << QStringLiteral("analyst") << QStringLiteral("role");
        QTest::newRow("a bare singular noun before a participle names nobody")
            << QStringLiteral("Posters went up, campaign calling the pier unsafe.") << QStringLiteral("campaign") << QString()
            << QStringLiteral("none");
        QTest::newRow("a word that names nobody") << QStringLiteral("The pier closed. The weather said little.")
                                                  << QStringLiteral("weather") << QString() << QStringLiteral("none");
    }
    void shouldReadTheNounPhraseEndingAtAWord()
    {
        QFETCH(QString, text);
        QFETCH(QString, lastWord);
        QFETCH(QString, phrase);
        QFETCH(QString, type);

        // Given a paragraph whose mentions are found
        PassFixture run(text, ExtractionPipeline::Pass::Cues);
        int at = -1;
        for (int i = 0; i < run.window().tokens.size(); ++i) {
            if (run.window().tokenView(i) == lastWord)
                at = i;
        }
        QVERIFY(at >= 0);

        // When the parser reads the noun phrase ending at the word
        const PhraseParser parser(run.window());
        const SpeakerPhrase found = parser.nounPhraseEndingAt(at, run.sentenceOf(at));

        // Then it is this phrase, of this kind
        QCOMPARE(phraseTypeName(found.type), type);
        if (!found.isNone())
            QCOMPARE(run.window().textOf(found.first, found.last), phrase);
    }
};

QTEST_GUILESS_MAIN(TestPhraseParser)
#include "tst_phraseparser.moc"
