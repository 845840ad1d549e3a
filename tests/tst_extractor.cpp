// Quote finding and attribution, rule by rule, on small texts written for the tests; then the
// sample article the product was specified with.
#include "article/article.h"
#include "article/extraction.h"
#include "extract/extractor.h"
#include "load/plaintextreader.h"

#include <QFile>
#include <QTest>

namespace {

Extraction run(const QString &text, Article *articleOut = nullptr)
{
    Article article = PlainTextReader::read(QString(text));
    Extraction e = Extractor().extract(article);
    if (articleOut)
        *articleOut = article;
    return e;
}

QString speakerOf(const Extraction &e, const Quote &q)
{
    return q.speaker >= 0 ? e.speakers.at(q.speaker).name : QStringLiteral("-");
}

// "Name|fragment": a quote whose text contains fragment is attributed to Name ("-" for nobody).
bool hasQuote(const Article &a, const Extraction &e, const QString &spec, QString *seen)
{
    const QString who = spec.section(u'|', 0, 0);
    const QString fragment = spec.section(u'|', 1);
    for (const Quote &q : e.quotes) {
        const QString text = Extraction::quoteText(a, q);
        if (text.contains(fragment)) {
            if (speakerOf(e, q) == who)
                return true;
            *seen = speakerOf(e, q);
        }
    }
    return false;
}

} // namespace

class TestExtractor : public QObject
{
    Q_OBJECT

private slots:
    void attributes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("quotes");      // "Speaker|fragment of the quote"
        QTest::addColumn<QStringList>("notSpeakers"); // names that must not be speakers

        QTest::newRow("said after the quote")
            << QStringLiteral("Budget vote delayed\n\n\"We need another week,\" said Marta Ilves, the city treasurer.")
            << QStringList{QStringLiteral("Marta Ilves|We need another week")} << QStringList{};
        QTest::newRow("name then said after the quote")
            << QStringLiteral("Budget vote delayed\n\n“We need another week,” Marta Ilves said on Monday.")
            << QStringList{QStringLiteral("Marta Ilves|We need another week")} << QStringList{};
        QTest::newRow("colon introduction")
            << QStringLiteral("Budget vote delayed\n\nMayor Joran Teppo told reporters: \"The budget is balanced.\"")
            << QStringList{QStringLiteral("Joran Teppo|The budget is balanced")} << QStringList{};
        QTest::newRow("british single quotes")
            << QStringLiteral("Rail strike ends\n\n‘The drivers have accepted the offer,’ said union leader Dana Okoro.")
            << QStringList{QStringLiteral("Dana Okoro|The drivers have accepted the offer")} << QStringList{};
        QTest::newRow("mixed opening and closing marks")
            << QStringLiteral("Talks resume\n\nEnvoy Pavel Drozd said the program \"is genuinely peaceful.” He did not elaborate.")
            << QStringList{QStringLiteral("Pavel Drozd|is genuinely peaceful")} << QStringList{};
        QTest::newRow("apostrophes are not quotes")
            << QStringLiteral("Port reopens\n\nThe port’s director, Lise Harlow, said the city's ships can't wait.")
            << QStringList{QStringLiteral("Lise Harlow|the city's ships can't wait")} << QStringList{};
        QTest::newRow("pronoun resolves to the last speaker, not a mentioned person")
            << QStringLiteral("Talks resume\n\nFinance Minister Arvid Lund said the deal was close.\n\n"
                              "\"We are nearly there,\" he told reporters after meeting Prime Minister Tomas Berg.")
            << QStringList{QStringLiteral("Arvid Lund|We are nearly there")} << QStringList{QStringLiteral("Tomas Berg")};
        QTest::newRow("pronoun with gender evidence")
            << QStringLiteral("Council split\n\nMr. Ivo Marek and Ms. Hana Kovar met on Tuesday. "
                              "She said the vote should wait.")
            << QStringList{QStringLiteral("Hana Kovar|the vote should wait")} << QStringList{QStringLiteral("Ivo Marek")};
        QTest::newRow("role noun refers back to the titled person")
            << QStringLiteral("Water plan\n\nUN Secretary General Koffi Aberu met regional leaders on Friday.\n\n"
                              "The UN chief told the assembly that the plan would save lives.")
            << QStringList{QStringLiteral("Koffi Aberu|the plan would save lives")} << QStringList{};
        QTest::newRow("short form joins the full name")
            << QStringLiteral("Harbour deal\n\nSenator Ruth Calloway criticised the deal.\n\nCalloway warned that costs would rise.")
            << QStringList{QStringLiteral("Ruth Calloway|costs would rise")} << QStringList{};
        QTest::newRow("honorific short form")
            << QStringLiteral("Harbour deal\n\nGeorge Ashby runs the port.\n\n\"It works,\" Mr. Ashby said.")
            << QStringList{QStringLiteral("George Ashby|It works")} << QStringList{};
        QTest::newRow("urged to")
            << QStringLiteral("Climate talks\n\nDelegate Noor Haddad urged richer nations to cut emissions faster.")
            << QStringList{QStringLiteral("Noor Haddad|richer nations to cut emissions faster")} << QStringList{};
        QTest::newRow("called on")
            << QStringLiteral("Climate talks\n\nDelegate Noor Haddad called on the group to recognise the deal.")
            << QStringList{QStringLiteral("Noor Haddad|the group to recognise the deal")} << QStringList{};
        QTest::newRow("reaffirmed")
            << QStringLiteral("Climate talks\n\nMinister Omar Selim reaffirmed the right of every state to build reactors.")
            << QStringList{QStringLiteral("Omar Selim|the right of every state to build reactors")} << QStringList{};
        QTest::newRow("expressed a partial quote")
            << QStringLiteral("Climate talks\n\nAt the summit, Selma Roos expressed “cautious optimism” about the outcome.")
            << QStringList{QStringLiteral("Selma Roos|cautious optimism")} << QStringList{};
        QTest::newRow("partial quote inside a sentence")
            << QStringLiteral("Climate talks\n\nMinister Omar Selim hoped for \"very real progress\" from the talks.")
            << QStringList{QStringLiteral("Omar Selim|very real progress")} << QStringList{};
        QTest::newRow("according to")
            << QStringLiteral("Budget vote delayed\n\nThe vote will take place in May, according to Treasurer Marta Ilves.")
            << QStringList{QStringLiteral("Marta Ilves|The vote will take place in May")} << QStringList{};
        QTest::newRow("adding that")
            << QStringLiteral("Budget vote delayed\n\nMarta Ilves said the vote would wait, adding that the council agreed.")
            << QStringList{QStringLiteral("Marta Ilves|the vote would wait"), QStringLiteral("Marta Ilves|the council agreed")}
            << QStringList{};
        QTest::newRow("continuation in the next paragraph")
            << QStringLiteral("Budget vote delayed\n\n\"We need time,\" said Marta Ilves.\n\n\"The numbers are not ready.\"")
            << QStringList{QStringLiteral("Marta Ilves|The numbers are not ready")} << QStringList{};
        QTest::newRow("organisation as speaker")
            << QStringLiteral("Budget vote delayed\n\nThe Harbor Tribune reported that the vote was postponed.")
            << QStringList{QStringLiteral("Harbor Tribune|the vote was postponed")} << QStringList{};
        QTest::newRow("places and treaties are not speakers")
            << QStringLiteral("Treaty review\n\nIn Geneva, envoy Karim Nassar said the Arms Control Treaty still held.")
            << QStringList{QStringLiteral("Karim Nassar|the Arms Control Treaty still held")}
            << QStringList{QStringLiteral("Geneva"), QStringLiteral("Arms Control Treaty")};
        QTest::newRow("scare quotes are not quotations")
            << QStringLiteral("Budget vote delayed\n\nThe so-called \"reform\" package was shelved on Friday.")
            << QStringList{} << QStringList{};
        QTest::newRow("title of a work is not a quotation")
            << QStringLiteral("Book fair\n\nHer favourite book is \"The Long Road Home\", which sold well last year.")
            << QStringList{} << QStringList{};
        QTest::newRow("a show's title with grammar words between its capitalised words is not a quotation")
            << QStringLiteral("Ferry talks\n\nAna Ortiz appeared on \"Supper with Tomas Rivera\" on Friday.")
            << QStringList{} << QStringList{};
        QTest::newRow("an exclamation in title case is someone speaking")
            << QStringLiteral("Ferry talks\n\n\"We will fight,\" said Ana Ortiz, the mayor. \"Keep Fares Low!\"")
            << QStringList{QStringLiteral("Ana Ortiz|We will fight"), QStringLiteral("Ana Ortiz|Keep Fares Low!")}
            << QStringList{};
        QTest::newRow("a verb of saying in a title-case headline ends the name and reports the rest")
            << QStringLiteral("Ferry talks\n\nAna Ortiz spoke on Monday.\n\nAna Ortiz Says The Ferry Will Stay\n\n"
                              "The vote is on Friday.")
            << QStringList{QStringLiteral("Ana Ortiz|The Ferry Will Stay")} << QStringList{};
        QTest::newRow("a capitalised verb form inside a name in a sentence is part of the name")
            << QStringLiteral("Troops\n\nThe United States Special Operations Command said the troops had left.")
            << QStringList{QStringLiteral("United States Special Operations Command|the troops had left")}
            << QStringList{};
        QTest::newRow("a group opening the clause speaks as the text names it")
            << QStringLiteral("Ferry fares\n\nMany commuters have said the new fares are too high.")
            << QStringList{QStringLiteral("Many commuters|the new fares are too high")} << QStringList{};
        QTest::newRow("an unnamed source described with a bare apostrophe's possessive keeps its description")
            << QStringLiteral("Ferry fares\n\nPeople with direct knowledge of Reyes' work said that the plan was sound.")
            << QStringList{QStringLiteral("People with direct knowledge of Reyes' work|the plan was sound")}
            << QStringList{};
        QTest::newRow("an unnamed source with a prepositional phrase keeps its description")
            << QStringLiteral("Ferry fares\n\nMembers of the harbour board warned that the service could close.")
            << QStringList{QStringLiteral("Members of the harbour board|the service could close")} << QStringList{};
        QTest::newRow("a quantifier opening the sentence is the subject of the cue")
            << QStringLiteral("Ferry fares\n\nSome say the timetable was never realistic.")
            << QStringList{QStringLiteral("Some|the timetable was never realistic")} << QStringList{};
        QTest::newRow("a quantifier before a noun leaves the noun a noun")
            << QStringLiteral("Ferry fares\n\nSome reports reached the harbour office on Monday.")
            << QStringList{} << QStringList{};
        QTest::newRow("a cue form after a number and before a noun is no cue")
            << QStringLiteral("Primary count\n\nThe mayor leads by 120 pledged delegates in 9 states counting ballots.")
            << QStringList{} << QStringList{};
        QTest::newRow("a cue form after a number and before a pronoun is a cue, and the share its speaker")
            << QStringLiteral("Primary count\n\nAbout two in 5 said they would vote for the mayor again.")
            << QStringList{QStringLiteral("About two in 5|they would vote for the mayor again")} << QStringList{};
        QTest::newRow("state before a title is a noun")
            << QStringLiteral("Primary count\n\nThe endorsements include state Rep. Ivo Brandt, a farmer from the valley.")
            << QStringList{} << QStringList{};
        QTest::newRow("a person of a place speaks, not the place")
            << QStringLiteral("Rail subsidy\n\nSenator Hilde Marsh of Ruritania said the night trains would pay for themselves.")
            << QStringList{QStringLiteral("Hilde Marsh|the night trains would pay for themselves")}
            << QStringList{QStringLiteral("Ruritania")};
        QTest::newRow("a place modifying a noun is no antecedent of a pronoun")
            << QStringLiteral("Bakery reopens\n\nGreta Holm reopened her bakery on Monday. The cheerful Dunmarsh native "
                              "thanked her neighbours.\n\n\"We are back,\" she said.")
            << QStringList{QStringLiteral("Greta Holm|We are back")} << QStringList{QStringLiteral("Dunmarsh")};
        QTest::newRow("a name in apposition after the role in an inverted cue is the speaker")
            << QStringLiteral("Ferry fares\n\nThe fares rose again.\n\n“We are anxious,” said a local teacher, Johanna Birk.")
            << QStringList{QStringLiteral("Johanna Birk|We are anxious")} << QStringList{};
        QTest::newRow("a name in apposition after an unlisted description is the speaker")
            << QStringLiteral("Ferry fares\n\nThe fares rose again.\n\n“We are anxious,” said another Harbour commuter, Johanna Birk.")
            << QStringList{QStringLiteral("Johanna Birk|We are anxious")} << QStringList{};
        QTest::newRow("a report named by an organisation is the source of according to")
            << QStringLiteral("Ferry fares\n\nFares rose by a third last year, according to a 2024 Harbour Institute survey.")
            << QStringList{QStringLiteral("2024 Harbour Institute survey|Fares rose by a third last year")} << QStringList{};
        QTest::newRow("an unnamed report stays without a speaker")
            << QStringLiteral("Ferry fares\n\nFares rose by a third last year, according to the latest survey.")
            << QStringList{QStringLiteral("-|Fares rose by a third last year")} << QStringList{};
        QTest::newRow("an unnamed source after an opening adverbial speaks as written")
            << QStringLiteral("Ferry fares\n\nAfter the hearing, three former harbour pilots said the ferries ran late.")
            << QStringList{QStringLiteral("Three former harbour pilots|the ferries ran late")} << QStringList{};
        QTest::newRow("a couple named together is one speaker")
            << QStringLiteral("Orchard gift\n\nMira and Tomas Velde said they would give the orchard to the school.")
            << QStringList{QStringLiteral("Mira and Tomas Velde|they would give the orchard to the school")} << QStringList{};
        QTest::newRow("a list of countries and their allies is one group")
            << QStringLiteral("Launch site\n\nThe US, Borduria and some of their allies claim that the site is military.")
            << QStringList{QStringLiteral("US, Borduria and some of their allies|the site is military")} << QStringList{};
        QTest::newRow("a capital as the subject of the main verb speaks through a participle")
            << QStringLiteral("Quota row\n\nOslo rejects the proposal over its fleet, maintaining that the science behind it is out of date.")
            << QStringList{QStringLiteral("Oslo|the science behind it is out of date")} << QStringList{};
        QTest::newRow("the share opening the sentence is part of the group's name")
            << QStringLiteral("Ferry poll\n\nAlmost six of 10 voters say the ferries are too crowded.")
            << QStringList{QStringLiteral("Almost six of 10 voters|the ferries are too crowded")} << QStringList{};
        QTest::newRow("a spokeswoman for an organisation is named after the organisation")
            << QStringLiteral("Pipe scare\n\nA spokeswoman for Harwick Water said the pipes were safe.")
            << QStringList{QStringLiteral("Harwick Water spokeswoman|the pipes were safe")} << QStringList{};
        QTest::newRow("a statement speaks for whoever issued it")
            << QStringLiteral("Pipe scare\n\nThe Ruritania Rail board met on Monday.\n\n"
                              "Harwick Water issued a statement saying the pipes were safe.")
            << QStringList{QStringLiteral("Harwick Water|the pipes were safe")} << QStringList{};
        QTest::newRow("quoted words in a relative clause on the addressee leave the quotation its cue")
            << QStringLiteral("Ferry fares\n\n“The fares will stay,” Marta Ilves told the pilots who could guess "
                              "the “one boat” she meant.")
            << QStringList{QStringLiteral("Marta Ilves|The fares will stay")} << QStringList{};
        QTest::newRow("a name ending like a participle opens the sentence")
            << QStringLiteral("Port dispute\n\nKeeling warned that the strike would spread to other ports.\n\n"
                              "Addressed to the ministry, the letter asked for talks.")
            << QStringList{QStringLiteral("Keeling|the strike would spread")} << QStringList{QStringLiteral("Addressed")};
    }

    void attributes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, quotes);
        QFETCH(QStringList, notSpeakers);
        Article article;
        const Extraction e = run(text, &article);
        for (const QString &spec : quotes) {
            QString seen;
            QVERIFY2(hasQuote(article, e, spec, &seen),
                     qPrintable(QStringLiteral("missing %1 (attributed to %2)").arg(spec, seen.isEmpty() ? QStringLiteral("nothing") : seen)));
        }
        for (const QString &name : notSpeakers)
            QVERIFY2(e.speakerByName(name) < 0, qPrintable(name + QStringLiteral(" must not be a speaker")));
        if (quotes.isEmpty())
            QCOMPARE(e.quotes.size(), 0);
    }

    void tellsDescribedSourcesFromNamedOnes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("speaker");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("described");

        QTest::newRow("a named person")
            << QStringLiteral("Ferry fares\n\nMarta Lindqvist said the fares would rise in May.")
            << QStringLiteral("Marta Lindqvist") << QStringLiteral("person") << false;
        QTest::newRow("a named organisation")
            << QStringLiteral("Ferry fares\n\nThe Harbour Ferry Company said the fares would rise in May.")
            << QStringLiteral("Harbour Ferry Company") << QStringLiteral("organization") << false;
        QTest::newRow("an unnamed spokesman of an organisation")
            << QStringLiteral("Ferry fares\n\nA spokesman for Harbour Ferries said the fares would rise in May.")
            << QStringLiteral("Harbour Ferries spokesman") << QStringLiteral("person") << true;
        QTest::newRow("officials somewhere are a described group")
            << QStringLiteral("Ferry fares\n\nOfficials in the port said the fares would rise in May.")
            << QStringLiteral("Officials in the port") << QStringLiteral("group") << true;
        QTest::newRow("a plural role noun opening the sentence is a group, not a name")
            << QStringLiteral("Ferry fares\n\nOfficials said the fares would rise in May.")
            << QStringLiteral("Officials") << QStringLiteral("group") << true;
        QTest::newRow("residents of a place are a described group")
            << QStringLiteral("Ferry fares\n\nResidents of Harbour Bay said the fares would rise in May.")
            << QStringLiteral("Residents of Harbour Bay") << QStringLiteral("group") << true;
        QTest::newRow("a plural title before names is their title")
            << QStringLiteral("Ferry fares\n\nProfessors Lund and Berg said the fares would rise in May.")
            << QStringLiteral("Professors Lund and Berg") << QStringLiteral("group") << false;
        QTest::newRow("a coordinated subject is a named group")
            << QStringLiteral("Ferry fares\n\nAna and Luis Ortiz said the fares would rise in May.")
            << QStringLiteral("Ana and Luis Ortiz") << QStringLiteral("group") << false;
        QTest::newRow("a study speaks named after its author")
            << QStringLiteral("Ferry fares\n\nA study released by the Lindqvist Institute on Monday found that "
                              "the fares would rise in May.")
            << QStringLiteral("Study by Lindqvist Institute") << QStringLiteral("organization") << true;
    }

    void tellsDescribedSourcesFromNamedOnes()
    {
        QFETCH(QString, text);
        QFETCH(QString, speaker);
        QFETCH(QString, kind);
        QFETCH(bool, described);
        Article article;
        const Extraction e = run(text, &article);
        QCOMPARE(e.quotes.size(), 1);
        QCOMPARE(Extraction::quoteText(article, e.quotes.first()), QStringLiteral("the fares would rise in May"));
        QVERIFY(e.quotes.first().speaker >= 0);
        const Speaker &s = e.speakers.at(e.quotes.first().speaker);
        QCOMPARE(s.name, speaker);
        QCOMPARE(Speaker::kindName(s.kind), kind);
        QCOMPARE(s.described, described);
    }

    void findsNonEnglishQuotationMarks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("words");
        QTest::newRow("german") << QStringLiteral("Titel\n\n„Wir haben uns geeinigt“, sagte Ilse Brandauer.")
                                << QStringLiteral("Wir haben uns geeinigt");
        QTest::newRow("french") << QStringLiteral("Titre\n\n« Nous avons gagné », a déclaré Jeanne Morel.")
                                << QStringLiteral("Nous avons gagné");
        QTest::newRow("japanese") << QStringLiteral("見出し\n\n「会議は延期された」と田中氏は述べた。")
                                  << QStringLiteral("会議は延期された");
    }

    void findsNonEnglishQuotationMarks()
    {
        QFETCH(QString, text);
        QFETCH(QString, words);
        Article article;
        const Extraction e = run(text, &article);
        bool found = false;
        for (const Quote &q : e.quotes)
            found = found || Extraction::quoteText(article, q).contains(words);
        QVERIFY2(found, qPrintable(words));
    }

    void quoteOffsetsPointIntoTheArticleText()
    {
        Article article;
        const Extraction e = run(QStringLiteral("Headline here\n\n\"Quoted words,\" said Ana Reyes."), &article);
        QCOMPARE(e.quotes.size(), 1);
        const Quote &q = e.quotes.first();
        QCOMPARE(article.text().mid(q.start, q.end - q.start), QStringLiteral("Quoted words"));
        QCOMPARE(article.text().mid(q.cueStart, q.cueEnd - q.cueStart), QStringLiteral("said"));
        QCOMPARE(q.kind, Quote::Kind::Direct);
        QVERIFY(q.confidence >= Extraction::LowConfidence);
    }

    void cancelledExtractionReturnsNothing()
    {
        const Article article = PlainTextReader::read(QStringLiteral("Headline\n\n\"Words,\" said Ana Reyes."));
        const std::atomic_bool cancelled(true);
        const Extraction e = Extractor().extract(article, &cancelled);
        QVERIFY(e.quotes.isEmpty());
        QVERIFY(e.speakers.isEmpty());
    }

    void sampleArticleHasExactlyThreePeopleAndEveryQuoteItsSpeaker()
    {
        // The article the product was specified with.
        QFile file(QStringLiteral(SAYWHO_SOURCE_DIR "/resources/samples/almaty-talks.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Article article = PlainTextReader::read(QString::fromUtf8(file.readAll()));
        const Extraction e = Extractor().extract(article);

        QStringList people;
        for (const Speaker &s : e.speakers) {
            if (s.kind == Speaker::Kind::Person)
                people << s.name;
        }
        QCOMPARE(people, (QStringList{QStringLiteral("Ban Ki-moon"), QStringLiteral("Catherine Ashton"),
                                      QStringLiteral("Saeed Jalili")}));
        QVERIFY(e.speakerByName(QStringLiteral("Mariano Rajoy")) < 0);
        QVERIFY(e.speakerByName(QStringLiteral("Ahmet Davutoglu")) < 0);

        const int ban = e.speakerByName(QStringLiteral("Ban Ki-moon"));
        const int ashton = e.speakerByName(QStringLiteral("Catherine Ashton"));
        const int jalili = e.speakerByName(QStringLiteral("Saeed Jalili"));
        auto saidBy = [&](int speaker, const QString &words) {
            for (int i : e.quotesOf(speaker)) {
                if (Extraction::quoteText(article, e.quotes.at(i)).contains(words))
                    return true;
            }
            return false;
        };
        QVERIFY(saidBy(ban, QStringLiteral("I sincerely hope")));           // through "he told"
        QVERIFY(saidBy(ban, QStringLiteral("he has held talks")));          // through "The UN chief"
        QVERIFY(saidBy(ashton, QStringLiteral("cautious optimism")));
        QVERIFY(saidBy(jalili, QStringLiteral("the inalienable right of Iran")));
        // A coordinated subject speaks as one group, a capital as the subject of a verb of saying as
        // its government; every quote of the article has its speaker.
        const int allies = e.speakerByName(QStringLiteral("US, Israel and some of their allies"));
        const int tehran = e.speakerByName(QStringLiteral("Tehran"));
        QVERIFY(allies >= 0 && tehran >= 0);
        QCOMPARE(e.speakers.at(allies).kind, Speaker::Kind::Group);
        QVERIFY(!e.speakers.at(allies).described);
        QCOMPARE(e.speakers.at(tehran).kind, Speaker::Kind::Organization);
        QVERIFY(saidBy(allies, QStringLiteral("Iran is pursuing non-civilian objectives")));
        QVERIFY(saidBy(tehran, QStringLiteral("it has the right to use nuclear technology for peaceful purposes")));
        QCOMPARE(e.quotes.size(), 13);
        for (const Quote &q : e.quotes)
            QVERIFY2(q.speaker >= 0, qPrintable(Extraction::quoteText(article, q)));
        QCOMPARE(e.speakers.at(ban).role, QStringLiteral("UN Secretary General"));
        QVERIFY(e.speakers.at(ban).aliases.contains(QStringLiteral("Ban")));
        QVERIFY(e.speakers.at(ban).aliases.contains(QStringLiteral("the UN chief")));
    }
};

QTEST_GUILESS_MAIN(TestExtractor)
#include "tst_extractor.moc"
