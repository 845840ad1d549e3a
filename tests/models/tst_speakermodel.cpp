// SpeakerModel: the sidebar's rows, roles and lookups, checked on a hand-made extraction and on the
// bundled sample run through the real extractor.
#include "load/articleloader.h"
#include "extract/extractor.h"
#include "models/speakermodel.h"
#include "testarticles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QPixmap>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace TestArticles;

class TestSpeakerModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shouldListSpeakersInOrderWithQuotesAsChildren();
    void shouldAddUnattributedGroupOnlyWhenNeeded_data();
    void shouldAddUnattributedGroupOnlyWhenNeeded();
    void shouldExposeQuoteDetailsThroughRoles();
    void shouldMarkUncertainAttributions();
    void shouldMarkTheQuotesTheReaderCorrected();
    void shouldGiveOrganisationsTheirOwnIcon();
    void shouldElideLongQuotesAtAWord_data();
    void shouldElideLongQuotesAtAWord();
    void shouldFindInnermostQuoteAtPosition_data();
    void shouldFindInnermostQuoteAtPosition();
    void shouldMapQuotesToRowsAndBack();
    void shouldStepToTheNextOrPreviousQuote_data();
    void shouldStepToTheNextOrPreviousQuote();
    void shouldNotStepFromNowhere();
    void shouldSumUpTheExtractionInALine_data();
    void shouldSumUpTheExtractionInALine();
    void shouldTellWhereTheReaderIsInTheSelection_data();
    void shouldTellWhereTheReaderIsInTheSelection();
    void shouldExplainTheAttributionInWords_data();
    void shouldExplainTheAttributionInWords();
    void shouldFormatCitations_data();
    void shouldFormatCitations();
    void shouldResetWhenArticleChanges();
    void shouldListTheSampleSpeakers();
};

void TestSpeakerModel::shouldListSpeakersInOrderWithQuotesAsChildren()
{
    // Given
    const Fixture f = council();
    SpeakerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // When
    model.setArticle(f.article, f.extraction);

    // Then
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Lotte Brandvik"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("The port authority"));
    QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Tomas Varga"));
    QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Unattributed"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 3);
    QCOMPARE(model.index(0, 0).data(SpeakerModel::QuoteCountRole).toInt(), 3);
    QCOMPARE(model.index(0, 0).data(SpeakerModel::SpeakerTitleRole).toString(), QStringLiteral("Mayor"));
    // The second line tells who the speaker is, not the count the badge shows already.
    QCOMPARE(model.index(0, 0).data(SpeakerModel::SecondLineRole).toString(), QStringLiteral("Mayor"));
    QCOMPARE(model.index(1, 0).data(SpeakerModel::SecondLineRole).toString(), QString());
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Mayor")));
    // A source named by its role says it once.
    Fixture described = council();
    described.extraction.speakers[2].name = QStringLiteral("Harbour Ferries spokesman");
    described.extraction.speakers[2].role = QStringLiteral("Harbour Ferries spokesman");
    described.extraction.speakers[2].described = true;
    model.setArticle(described.article, described.extraction);
    QCOMPARE(model.index(2, 0).data(SpeakerModel::SecondLineRole).toString(), QString());
    QCOMPARE(model.index(2, 0).data(Qt::ToolTipRole).toString().count(QStringLiteral("spokesman")), 1);
    model.setArticle(f.article, f.extraction);
    // Children are the speaker's quotes in text order.
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data().toString(),
             QStringLiteral("We will rebuild the pier within a year,"));
    QCOMPARE(model.index(2, 0, model.index(0, 0)).data().toString(), QStringLiteral("tight but honest"));
    QCOMPARE(model.index(0, 0, model.index(3, 0)).data().toString(), QStringLiteral("Nobody asked the fishermen,"));
    QCOMPARE(model.parent(model.index(1, 0, model.index(0, 0))), model.index(0, 0));
    QVERIFY(model.flags(model.index(0, 0, model.index(0, 0))) & Qt::ItemNeverHasChildren);
}

void TestSpeakerModel::shouldAddUnattributedGroupOnlyWhenNeeded_data()
{
    QTest::addColumn<bool>("withUnattributed");
    QTest::addColumn<int>("rows");
    QTest::newRow("some quotes without speaker") << true << 4;
    QTest::newRow("every quote attributed") << false << 3;
}

void TestSpeakerModel::shouldAddUnattributedGroupOnlyWhenNeeded()
{
    QFETCH(bool, withUnattributed);
    QFETCH(int, rows);
    Fixture f = council();
    if (!withUnattributed)
        f.extraction.quotes.removeIf([](const Quote &q) { return q.speaker < 0; });
    SpeakerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(f.article, f.extraction);

    QCOMPARE(model.rowCount(), rows);
    const QModelIndex last = model.index(rows - 1, 0);
    QCOMPARE(last.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Unattributed),
             withUnattributed);
    QCOMPARE(model.speakerRow(-1).isValid(), withUnattributed);
}

void TestSpeakerModel::shouldExposeQuoteDetailsThroughRoles()
{
    const Fixture f = council();
    SpeakerModel model;
    model.setArticle(f.article, f.extraction);

    const QModelIndex varga = model.index(2, 0);
    const QModelIndex quote = model.index(0, 0, varga);
    const Quote &expected = f.extraction.quotes.at(2);
    QCOMPARE(quote.data(SpeakerModel::RowTypeRole).toInt(), int(SpeakerModel::RowType::Quote));
    QCOMPARE(quote.data(SpeakerModel::QuoteIndexRole).toInt(), 2);
    QCOMPARE(quote.data(SpeakerModel::QuoteStartRole).toInt(), expected.start);
    QCOMPARE(quote.data(SpeakerModel::QuoteEndRole).toInt(), expected.end);
    QCOMPARE(quote.data(SpeakerModel::QuoteKindRole).toInt(), int(Quote::Kind::Partial));
    QCOMPARE(quote.data(SpeakerModel::SpeakerIndexRole).toInt(), 2);
    QCOMPARE(quote.data(SpeakerModel::SpeakerNameRole).toString(), QStringLiteral("Tomas Varga"));
    QCOMPARE(quote.data(SpeakerModel::QuoteTextRole).toString(), QStringLiteral("the old pilings are rotten"));
    QCOMPARE(quote.data(SpeakerModel::ConfidenceRole).toDouble(), 0.4);
    QCOMPARE(varga.data(SpeakerModel::SpeakerIndexRole).toInt(), 2);
    QCOMPARE(model.speakerRow(-1).data(SpeakerModel::SpeakerIndexRole).toInt(), -1);
    QCOMPARE(model.quotesOf(model.index(0, 0)), (QList<int>{0, 4, 5}));
    QCOMPARE(model.quotesOf(quote), QList<int>{2});
    QVERIFY(model.index(0, 0).data(SpeakerModel::SearchTextRole).toString().contains(QStringLiteral("Brandvik")));
}

void TestSpeakerModel::shouldMarkTheQuotesTheReaderCorrected()
{
    // Given the council article with its second quote corrected by the reader
    const Fixture f = council();
    SpeakerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(f.article, f.extraction);
    QList<bool> corrected(f.extraction.quotes.size(), false);
    corrected[1] = true;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // When the model is told
    model.setCorrectedQuotes(corrected);

    // Then that quote's row says so, in its tooltip too, and only that one
    QVERIFY(changed.count() > 0);
    for (int quote = 0; quote < f.extraction.quotes.size(); ++quote) {
        const QModelIndex row = model.quoteRow(quote);
        QCOMPARE(row.data(SpeakerModel::CorrectedRole).toBool(), quote == 1);
        QCOMPARE(row.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Corrected by you")), quote == 1);
    }
    // And a new article starts uncorrected; a list that does not fit is not taken
    model.setArticle(f.article, f.extraction);
    QVERIFY(!model.quoteRow(1).data(SpeakerModel::CorrectedRole).toBool());
    model.setCorrectedQuotes({true});
    QVERIFY(!model.quoteRow(0).data(SpeakerModel::CorrectedRole).toBool());
}

void TestSpeakerModel::shouldMarkUncertainAttributions()
{
    const Fixture f = council();
    SpeakerModel model;
    model.setArticle(f.article, f.extraction);

    const QModelIndex uncertain = model.index(0, 0, model.index(2, 0)); // confidence 0.4
    const QModelIndex certain = model.index(0, 0, model.index(0, 0));   // confidence 0.9
    QVERIFY(f.extraction.quotes.at(2).confidence < Extraction::LowConfidence);
    QVERIFY(uncertain.data(SpeakerModel::UncertainRole).toBool());
    QVERIFY(uncertain.data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(uncertain.data(Qt::ToolTipRole).toString().contains(QStringLiteral("uncertain")));
    QVERIFY(!certain.data(SpeakerModel::UncertainRole).toBool());
    QVERIFY(!certain.data(Qt::FontRole).isValid());
    QVERIFY(!certain.data(Qt::ToolTipRole).toString().contains(QStringLiteral("uncertain")));
    // A speaker known only through uncertain attributions is marked as well.
    QVERIFY(model.index(2, 0).data(SpeakerModel::UncertainRole).toBool());
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1 attribution uncertain")));
    QVERIFY(!model.index(0, 0).data(SpeakerModel::UncertainRole).toBool());
    // Without a speaker there is no attribution to doubt.
    QVERIFY(!model.index(0, 0, model.speakerRow(-1)).data(SpeakerModel::UncertainRole).toBool());
}

void TestSpeakerModel::shouldGiveOrganisationsTheirOwnIcon()
{
    Fixture f = council();
    f.extraction.speakers[2].kind = Speaker::Kind::Group;
    f.extraction.speakers[2].described = true;
    SpeakerModel model;
    QPixmap red(8, 8), blue(8, 8), green(8, 8), grey(8, 8);
    red.fill(Qt::red);
    blue.fill(Qt::blue);
    green.fill(Qt::green);
    grey.fill(Qt::gray);
    model.setIcons(QIcon(red), QIcon(blue), QIcon(green), QIcon(grey));
    model.setArticle(f.article, f.extraction);

    auto colorOf = [](const QModelIndex &i) {
        return i.data(Qt::DecorationRole).value<QIcon>().pixmap(8, 8).toImage().pixelColor(4, 4);
    };
    QCOMPARE(model.index(1, 0).data(SpeakerModel::SpeakerKindRole).toInt(), int(Speaker::Kind::Organization));
    QCOMPARE(colorOf(model.index(0, 0)), QColor(Qt::red));
    QCOMPARE(colorOf(model.index(1, 0)), QColor(Qt::blue));
    QCOMPARE(colorOf(model.index(2, 0)), QColor(Qt::green));
    QCOMPARE(colorOf(model.speakerRow(-1)), QColor(Qt::gray));
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("organisation")));
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("group")));
    // Only the described source says so, in its tooltip and its role.
    QVERIFY(model.index(2, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not named")));
    QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not named")));
    QVERIFY(model.index(2, 0).data(SpeakerModel::DescribedRole).toBool());
    QVERIFY(!model.index(0, 0).data(SpeakerModel::DescribedRole).toBool());
    QVERIFY(!model.speakerRow(-1).data(SpeakerModel::DescribedRole).toBool());
}

void TestSpeakerModel::shouldElideLongQuotesAtAWord_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("expected");
    QTest::newRow("short stays whole") << QStringLiteral("We will win.") << 20 << QStringLiteral("We will win.");
    QTest::newRow("cut at a word") << QStringLiteral("one two three four five six") << 14 << QStringLiteral("one two three…");
    QTest::newRow("trailing comma dropped") << QStringLiteral("alpha, beta, gamma, delta") << 13 << QStringLiteral("alpha, beta…");
    QTest::newRow("white space folded") << QStringLiteral("a\n  b\tc") << 20 << QStringLiteral("a b c");
}

void TestSpeakerModel::shouldElideLongQuotesAtAWord()
{
    QFETCH(QString, text);
    QFETCH(int, length);
    QFETCH(QString, expected);
    QCOMPARE(SpeakerModel::elide(text, length), expected);
}

void TestSpeakerModel::shouldFindInnermostQuoteAtPosition_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("expectedQuote");
    QTest::newRow("inside a direct quote") << QStringLiteral("pier") << 0;
    QTest::newRow("partial inside indirect") << QStringLiteral("honest") << 5;
    QTest::newRow("indirect around it") << QStringLiteral("budget") << 4;
    QTest::newRow("outside any quote") << QStringLiteral("Monday") << -1;
}

void TestSpeakerModel::shouldFindInnermostQuoteAtPosition()
{
    QFETCH(QString, word);
    QFETCH(int, expectedQuote);
    const Fixture f = council();
    SpeakerModel model;
    model.setArticle(f.article, f.extraction);
    const int position = int(f.article.text().indexOf(word)) + 1;
    const QModelIndex found = model.quoteAt(position);
    QCOMPARE(found.isValid() ? found.data(SpeakerModel::QuoteIndexRole).toInt() : -1, expectedQuote);
}

void TestSpeakerModel::shouldMapQuotesToRowsAndBack()
{
    const Fixture f = council();
    SpeakerModel model;
    model.setArticle(f.article, f.extraction);
    for (int q = 0; q < f.extraction.quotes.size(); ++q) {
        const QModelIndex row = model.quoteRow(q);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(SpeakerModel::QuoteIndexRole).toInt(), q);
        QCOMPARE(SpeakerModel::speakerOf(row), f.extraction.quotes.at(q).speaker);
    }
    QVERIFY(!model.quoteRow(99).isValid());
    QCOMPARE(model.findSpeakerByName(QStringLiteral("Tomas Varga")), model.index(2, 0));
    QVERIFY(!model.findSpeakerByName(QStringLiteral("Nobody")).isValid());
}

void TestSpeakerModel::shouldStepToTheNextOrPreviousQuote_data()
{
    // The mayor (group 0) has three quotes: "We will rebuild…" in the first paragraph, "the budget
    // was…" in the last, and "tight but honest" inside that one. The reading position is the start of
    // the words in `at`; an empty `at` is the start of the article.
    QTest::addColumn<int>("group");
    QTest::addColumn<int>("fromQuote"); // row of the quote the step starts from; -1: the speaker row
    QTest::addColumn<QString>("at");
    QTest::addColumn<bool>("forward");
    QTest::addColumn<int>("expectedRow");
    QTest::addColumn<bool>("expectedWrapped");

    QTest::newRow("from a speaker at the top, forward: the speaker's first quote")
        << 0 << -1 << QString() << true << 0 << false;
    QTest::newRow("from a speaker between two quotes, forward: the one after the position")
        << 0 << -1 << QStringLiteral("Brandvik added") << true << 1 << false;
    QTest::newRow("from a speaker between two quotes, backward: the one before the position")
        << 0 << -1 << QStringLiteral("Brandvik added") << false << 0 << false;
    QTest::newRow("a quote starting right at the position is ahead of it, not behind")
        << 0 << -1 << QStringLiteral("the budget was") << false << 0 << false;
    QTest::newRow("from a speaker past the last quote, forward: wraps to the first")
        << 0 << -1 << QStringLiteral("honest") << true << 0 << true;
    QTest::newRow("from a speaker at the top, backward: wraps to the last")
        << 0 << -1 << QString() << false << 2 << true;
    QTest::newRow("from a quote, forward: the next one, wherever the reader is")
        << 0 << 0 << QStringLiteral("honest") << true << 1 << false;
    QTest::newRow("from a quote, backward: the previous one")
        << 0 << 2 << QString() << false << 1 << false;
    QTest::newRow("from the last quote, forward: wraps to the first")
        << 0 << 2 << QString() << true << 0 << true;
    QTest::newRow("from the first quote, backward: wraps to the last")
        << 0 << 0 << QString() << false << 2 << true;
    QTest::newRow("the unattributed group's single quote leads back to itself")
        << 3 << 0 << QString() << true << 0 << true;
}

void TestSpeakerModel::shouldStepToTheNextOrPreviousQuote()
{
    QFETCH(int, group);
    QFETCH(int, fromQuote);
    QFETCH(QString, at);
    QFETCH(bool, forward);
    QFETCH(int, expectedRow);
    QFETCH(bool, expectedWrapped);

    // Given
    const Fixture f = council();
    SpeakerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArticle(f.article, f.extraction);
    const QModelIndex groupRow = model.index(group, 0);
    const QModelIndex from = fromQuote < 0 ? groupRow : model.index(fromQuote, 0, groupRow);
    const int position = at.isEmpty() ? 0 : int(f.article.text().indexOf(at));
    QVERIFY(position >= 0);

    // When
    const SpeakerModel::QuoteStep step = model.stepQuote(
        from, position, forward ? SpeakerModel::Direction::Forward : SpeakerModel::Direction::Backward);

    // Then
    QCOMPARE(step.quote, model.index(expectedRow, 0, groupRow));
    QCOMPARE(step.wrapped, expectedWrapped);
}

void TestSpeakerModel::shouldNotStepFromNowhere()
{
    // Given
    const Fixture f = council();
    SpeakerModel model;
    model.setArticle(f.article, f.extraction);
    SpeakerModel other;
    other.setArticle(f.article, f.extraction);

    // Then no selection, or a row of another model, leads nowhere
    QVERIFY(!model.stepQuote(QModelIndex(), 0, SpeakerModel::Direction::Forward).quote.isValid());
    QVERIFY(!model.stepQuote(other.index(0, 0), 0, SpeakerModel::Direction::Forward).quote.isValid());
}

void TestSpeakerModel::shouldSumUpTheExtractionInALine_data()
{
    // How many of the hand-made quotes to keep, first to last: the first is the mayor's, the second
    // the port authority's, the fourth has no speaker.
    QTest::addColumn<QList<int>>("kept");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no quotes at all") << QList<int>{} << QStringLiteral("No quotes found.");
    QTest::newRow("one quote of one speaker, in the singular")
        << QList<int>{0} << QStringLiteral("1 quote from 1 speaker.");
    QTest::newRow("speakers in the plural") << QList<int>{0, 1} << QStringLiteral("2 quotes from 2 speakers.");
    QTest::newRow("the speakers' quotes are counted without the unattributed one")
        << QList<int>{0, 3} << QStringLiteral("1 quote from 1 speaker, 1 unattributed.");
    QTest::newRow("all quotes without a speaker") << QList<int>{3} << QStringLiteral("1 quote, unattributed.");
}

void TestSpeakerModel::shouldSumUpTheExtractionInALine()
{
    QFETCH(QList<int>, kept);
    QFETCH(QString, expected);

    // Given the hand-made extraction cut down to the kept quotes and the speakers they name
    Fixture f = council();
    Extraction extraction;
    QList<int> speakerOf(f.extraction.speakers.size(), -1);
    for (int q : kept) {
        Quote quote = f.extraction.quotes.at(q);
        if (quote.speaker >= 0) {
            if (speakerOf[quote.speaker] < 0) {
                speakerOf[quote.speaker] = int(extraction.speakers.size());
                extraction.speakers.append(f.extraction.speakers.at(quote.speaker));
            }
            quote.speaker = speakerOf[quote.speaker];
        }
        extraction.quotes.append(quote);
    }
    SpeakerModel model;

    // When
    model.setArticle(f.article, extraction);

    // Then
    QCOMPARE(model.summary(), expected);
}

void TestSpeakerModel::shouldTellWhereTheReaderIsInTheSelection_data()
{
    QTest::addColumn<int>("speakerRow");
    QTest::addColumn<int>("quoteRow"); // -1: the speaker row itself
    QTest::addColumn<QString>("expected");
    QTest::newRow("a speaker row counts the speaker's quotes") << 0 << -1 << QStringLiteral("Lotte Brandvik: 3 quotes");
    QTest::newRow("the first quote of three") << 0 << 0 << QStringLiteral("Lotte Brandvik: quote 1 of 3");
    QTest::newRow("the last quote of three") << 0 << 2 << QStringLiteral("Lotte Brandvik: quote 3 of 3");
    QTest::newRow("an organisation's only quote") << 1 << 0 << QStringLiteral("The port authority: quote 1 of 1");
    QTest::newRow("the unattributed group") << 3 << 0 << QStringLiteral("Unattributed: quote 1 of 1");
}

void TestSpeakerModel::shouldTellWhereTheReaderIsInTheSelection()
{
    QFETCH(int, speakerRow);
    QFETCH(int, quoteRow);
    QFETCH(QString, expected);
    // Given the hand-made article in the model
    const Fixture f = council();
    SpeakerModel model;
    model.setArticle(f.article, f.extraction);
    const QModelIndex speaker = model.index(speakerRow, 0);
    // When a row is chosen
    const QModelIndex chosen = quoteRow < 0 ? speaker : model.index(quoteRow, 0, speaker);
    // Then
    QCOMPARE(model.selectionSummary(chosen), expected);
    QVERIFY(model.selectionSummary(QModelIndex()).isEmpty());
}

void TestSpeakerModel::shouldExplainTheAttributionInWords_data()
{
    QTest::addColumn<double>("confidence");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a low confidence with no name at the quote followed from before")
        << 0.4 << QString() << QStringLiteral("Attribution uncertain: followed from the previous paragraph");
    QTest::newRow("a pronoun is a name only in part")
        << 0.7 << QStringLiteral("she") << QStringLiteral("Attribution likely: named here only as “she”");
    QTest::newRow("the full name at the quote is sure")
        << 0.95 << QStringLiteral("Lotte Brandvik") << QStringLiteral("Attribution sure: named here as “Lotte Brandvik”");
}

void TestSpeakerModel::shouldExplainTheAttributionInWords()
{
    QFETCH(double, confidence);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    // Given the mayor's first quote, attributed with this confidence through these words
    Fixture f = council();
    f.extraction.quotes[0].confidence = confidence;
    f.extraction.quotes[0].source = source;
    SpeakerModel model;
    model.setArticle(f.article, f.extraction);
    // When the reader hovers over its row
    const QString tip = model.index(0, 0, model.index(0, 0)).data(Qt::ToolTipRole).toString();
    // Then the tooltip says what kind of quote it is and how sure its speaker is, in words
    QCOMPARE(model.attributionText(f.extraction.quotes.at(0)), expected);
    QVERIFY2(tip.contains(expected), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Quoted word for word")), qPrintable(tip));
}

void TestSpeakerModel::shouldFormatCitations_data()
{
    QTest::addColumn<int>("quote");
    QTest::addColumn<QString>("expected");
    QTest::newRow("direct, with role") << 0 << QStringLiteral("“We will rebuild the pier within a year” — Lotte Brandvik, Mayor");
    QTest::newRow("reported, without role")
        << 1 << QStringLiteral("the dredging would start in spring. (reported speech) — The port authority");
    QTest::newRow("no speaker") << 3 << QStringLiteral("“Nobody asked the fishermen”");
}

void TestSpeakerModel::shouldFormatCitations()
{
    QFETCH(int, quote);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const Fixture f = council();
    SpeakerModel model;
    model.setArticle(f.article, f.extraction);
    QCOMPARE(model.citation(quote), expected);
    QCOMPARE(model.quoteRow(quote).data(SpeakerModel::CitationRole).toString(), expected);
}

void TestSpeakerModel::shouldResetWhenArticleChanges()
{
    const Fixture f = council();
    SpeakerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setArticle(f.article, f.extraction);
    QCOMPARE(reset.count(), 1);
    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.quoteAt(5).isValid());
}

void TestSpeakerModel::shouldListTheSampleSpeakers()
{
    // Given the bundled sample through the real loader and extractor
    const ArticleLoader::Result loaded = ArticleLoader::loadFile(QStringLiteral(":/samples/almaty-talks.txt"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error));
    const Extraction extraction = Extractor().extract(loaded.article);
    SpeakerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // When
    model.setArticle(loaded.article, extraction);

    // Then every speaker has a row with all its quotes, each quote row pointing at its text
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex speaker = model.index(row, 0);
        if (speaker.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Speaker))
            names.append(speaker.data().toString());
        for (int q = 0; q < model.rowCount(speaker); ++q) {
            const QModelIndex quote = model.index(q, 0, speaker);
            const int start = quote.data(SpeakerModel::QuoteStartRole).toInt();
            const int end = quote.data(SpeakerModel::QuoteEndRole).toInt();
            QCOMPARE(quote.data(SpeakerModel::QuoteTextRole).toString(),
                     loaded.article.text().mid(start, end - start).simplified());
        }
    }
    QVERIFY(names.contains(QStringLiteral("Ban Ki-moon")));
    QVERIFY(names.contains(QStringLiteral("Catherine Ashton")));
    QVERIFY(names.contains(QStringLiteral("Saeed Jalili")));
    QVERIFY(names.indexOf(QStringLiteral("Ban Ki-moon")) < names.indexOf(QStringLiteral("Catherine Ashton")));
}

QTEST_MAIN(TestSpeakerModel)
#include "tst_speakermodel.moc"
