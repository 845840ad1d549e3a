// The extraction builder alone: from the quotes the passes found to the Extraction.
#include "extract/extractionbuilder.h"
#include "passfixture.h"

#include <QTest>

namespace {

FoundQuote found(int start, int end, Quote::Kind kind, int entity)
{
    FoundQuote q;
    q.start = start;
    q.end = end;
    q.kind = kind;
    q.entity = entity;
    q.confidence = entity >= 0 ? 0.9 : 0;
    return q;
}

int person(ExtractWindow &window, const QString &name, int pos)
{
    EntityRegistry::NameInfo info;
    info.kind = EntityRegistry::Kind::Person;
    return window.registry.addName(name.split(u' '), info, pos);
}

} // namespace

class TestExtractionBuilder : public QObject
{
    Q_OBJECT

private slots:
    void shouldKeepTheDirectQuoteWhereAnIndirectOneOverlapsIt()
    {
        // Given an indirect quote found first and a direct one inside it
        PassFixture run(QStringLiteral("A paragraph long enough to hold both quotes of this test."),
            ExtractionPipeline::Pass::Mentions);
        ExtractWindow &w = run.window();
        const int ortiz = person(w, QStringLiteral("Ana Ortiz"), 0);
        w.quotes = {found(20, 60, Quote::Kind::Indirect, ortiz), found(30, 50, Quote::Kind::Direct, ortiz)};

        // When the extraction is built
        const Extraction e = ExtractionBuilder::build(w);

        // Then only the direct quote is left
        QCOMPARE(e.quotes.size(), 1);
        QCOMPARE(e.quotes.first().kind, Quote::Kind::Direct);
        QCOMPARE(e.quotes.first().start, 30);
    }

    void shouldKeepTheEarlierQuoteOfTwoDirectOnes()
    {
        PassFixture run(QStringLiteral("A paragraph long enough to hold both quotes of this test."),
            ExtractionPipeline::Pass::Mentions);
        ExtractWindow &w = run.window();
        w.quotes = {found(20, 40, Quote::Kind::Direct, -1), found(30, 50, Quote::Kind::Direct, -1)};

        const Extraction e = ExtractionBuilder::build(w);

        QCOMPARE(e.quotes.size(), 1);
        QCOMPARE(e.quotes.first().start, 20);
    }

    void shouldLeaveOutAnAliasThatIsTheNameAfterAnArticle()
    {
        // Given a described organisation named from "the harbour budget office"
        PassFixture run(QStringLiteral("The bridge opened. The harbour budget office said it was safe."),
            ExtractionPipeline::Pass::ColonIntroductions);

        // When the extraction is built
        const Extraction e = ExtractionBuilder::build(run.window());

        // Then the speaker is named once, without "the harbour budget office" as another name
        QCOMPARE(e.speakers.size(), 1);
        QCOMPARE(e.speakers.first().name, QStringLiteral("Harbour budget office"));
        QVERIFY2(e.speakers.first().aliases.isEmpty(), qPrintable(e.speakers.first().aliases.join(u'|')));
    }

    void shouldNumberSpeakersInOrderOfFirstMention()
    {
        // Given quotes of a speaker mentioned late, then of one mentioned early
        PassFixture run(QStringLiteral("A paragraph long enough to hold both quotes of this test."),
            ExtractionPipeline::Pass::Mentions);
        ExtractWindow &w = run.window();
        const int berg = person(w, QStringLiteral("Tomas Berg"), 40);
        const int ortiz = person(w, QStringLiteral("Ana Ortiz"), 5);
        w.quotes = {found(10, 20, Quote::Kind::Direct, berg), found(30, 35, Quote::Kind::Direct, ortiz),
            found(40, 45, Quote::Kind::Direct, berg), found(50, 55, Quote::Kind::Direct, -1)};

        // When the extraction is built
        const Extraction e = ExtractionBuilder::build(w);

        // Then the speaker mentioned first is s1, quotes keep text order, and each speaker counts its quotes
        QCOMPARE(e.speakers.size(), 2);
        QCOMPARE(e.speakers.at(0).id, QStringLiteral("s1"));
        QCOMPARE(e.speakers.at(0).name, QStringLiteral("Ana Ortiz"));
        QCOMPARE(e.speakers.at(0).quoteCount, 1);
        QCOMPARE(e.speakers.at(1).name, QStringLiteral("Tomas Berg"));
        QCOMPARE(e.speakers.at(1).quoteCount, 2);
        QCOMPARE(e.quotes.size(), 4);
        QCOMPARE(e.quotes.at(0).speaker, 1);
        QCOMPARE(e.quotes.at(1).speaker, 0);
        QCOMPARE(e.quotes.at(3).speaker, -1);
        QCOMPARE(e.unattributedCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestExtractionBuilder)
#include "tst_extractionbuilder.moc"
