// Quotation spans: every quotation-mark style, apostrophes, mixed marks, quotes over paragraphs;
// and the quote-mark classes of the character tables they rest on.
#include "article/article.h"
#include "load/plaintextreader.h"
#include "extract/quotefinder.h"
#include "text/textchars.h"

#include <QTest>

Q_DECLARE_METATYPE(TextChars::QuoteMarkFamily)

class TestQuoteFinder : public QObject
{
    Q_OBJECT

private:
    static QStringList quotedTexts(const QString &text)
    {
        const Article article = PlainTextReader::read(QString(text));
        QStringList out;
        for (const QuoteFinder::Span &s : QuoteFinder::find(article))
            out << article.text().mid(s.contentStart, s.contentEnd - s.contentStart);
        return out;
    }

private slots:
    void shouldFindQuotations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("ascii double") << QStringLiteral("Headline\n\nShe said \"we will win\" today.")
                                      << QStringList{QStringLiteral("we will win")};
        QTest::newRow("a mark after a bidirectional embedding opens the paragraph's quotation")
            << QStringLiteral("Headline\n\n\u202a”We will win!” posted Ana Ortiz.")
            << QStringList {QStringLiteral("We will win!")};
        QTest::newRow("a mark before a zero-width space closes") << QStringLiteral("Headline\n\nShe said “we win”\u200b today.")
                                                          << QStringList {QStringLiteral("we win")};
        QTest::newRow("typographic double") << QStringLiteral("Headline\n\n“We will win,” she said.")
                                            << QStringList{QStringLiteral("We will win,")};
        QTest::newRow("british single") << QStringLiteral("Headline\n\n‘We will win,’ she said.")
                                        << QStringList{QStringLiteral("We will win,")};
        QTest::newRow("german") << QStringLiteral("Titel\n\nSie sagte: „Wir werden gewinnen.“")
                                << QStringList{QStringLiteral("Wir werden gewinnen.")};
        QTest::newRow("french guillemets") << QStringLiteral("Titre\n\nElle a dit : « Nous allons gagner. »")
                                           << QStringList{QStringLiteral(" Nous allons gagner. ")};
        QTest::newRow("french guillemets closed before a comma")
            << QStringLiteral("Headline\n\n« The trucks stand still », the spokeswoman said. « They are in order. »")
            << QStringList {QStringLiteral(" The trucks stand still "), QStringLiteral(" They are in order. ")};
        QTest::newRow("french guillemets opened inside a sentence")
            << QStringLiteral("Titre\n\nElle a dit « nous restons » et elle est partie.")
            << QStringList {QStringLiteral(" nous restons ")};
        QTest::newRow("single guillemets") << QStringLiteral("Titre\n\nIl a dit ‹ non › hier.")
                                           << QStringList{QStringLiteral(" non ")};
        QTest::newRow("german single low") << QStringLiteral("Titel\n\nEr nannte es ‚absurd‘ und ging.")
                                           << QStringList{QStringLiteral("absurd")};
        QTest::newRow("german nested single ending the outer quote")
            << QStringLiteral("Titel\n\n„Die Fähre ist sicher, sagte er ‚ohne Zweifel‘“, doch er blieb allein.")
            << QStringList{QStringLiteral("Die Fähre ist sicher, sagte er ‚ohne Zweifel‘")};
        QTest::newRow("japanese corners") << QStringLiteral("見出し\n\n彼は「勝つ」と言った。")
                                          << QStringList{QStringLiteral("勝つ")};
        QTest::newRow("apostrophes are not marks")
            << QStringLiteral("Headline\n\nIran’s envoy said he didn't know the voters’ choice.")
            << QStringList{};
        QTest::newRow("possessive inside a quote")
            << QStringLiteral("Headline\n\n\"The minister's plan is late,\" she said.")
            << QStringList{QStringLiteral("The minister's plan is late,")};
        QTest::newRow("mixed styles") << QStringLiteral("Headline\n\nHe said its \"program is peaceful.” Then he left.")
                                      << QStringList{QStringLiteral("program is peaceful.")};
        QTest::newRow("nested single inside double")
            << QStringLiteral("Headline\n\n\"They told us 'no' twice,\" he said.")
            << QStringList{QStringLiteral("They told us 'no' twice,")};
        QTest::newRow("two quotes in a sentence")
            << QStringLiteral("Headline\n\n\"Yes,\" he said, \"and no.\"")
            << QStringList{QStringLiteral("Yes,"), QStringLiteral("and no.")};
        QTest::newRow("typewriter doubled apostrophes")
            << QStringLiteral("Headline\n\n''It is over,'' he said.")
            << QStringList{QStringLiteral("It is over,")};
        QTest::newRow("three apostrophes close a single quote inside a doubled one, then the doubled one")
            << QStringLiteral("Headline\n\n''We keep hearing, 'The ferry is slow,''' said Ana Ortiz, a captain.")
            << QStringList{QStringLiteral("We keep hearing, 'The ferry is slow,'")};
        QTest::newRow("decade elision") << QStringLiteral("Headline\n\nIn the '90s the town grew.") << QStringList{};
    }

    void shouldFindQuotations()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(quotedTexts(text), expected);
    }

    void shouldJoinAQuoteRunningOverParagraphs()
    {
        // Given a quotation re-opened at each paragraph and closed once
        const QString text = QStringLiteral("Headline\n\n\"First part.\n\n\"Second part.\n\n\"Last part,\" she said.");
        // When / Then: one quotation spans all three paragraphs
        const QStringList quotes = quotedTexts(text);
        QCOMPARE(quotes.size(), 1);
        QVERIFY(quotes.first().startsWith(QStringLiteral("First part.")));
        QVERIFY(quotes.first().endsWith(QStringLiteral("Last part,")));
    }

    void shouldJoinABritishQuoteRunningOverParagraphs()
    {
        // Given a quotation in single marks re-opened at each paragraph and closed once
        const QString text = QStringLiteral("Headline\n\n‘First part.\n\n‘Second part.\n\n‘Last part,’ she said.");
        // When / Then: one quotation spans all three paragraphs
        const QStringList quotes = quotedTexts(text);
        QCOMPARE(quotes.size(), 1);
        QVERIFY2(quotes.first().startsWith(QStringLiteral("First part.")), qPrintable(quotes.first()));
        QVERIFY(quotes.first().endsWith(QStringLiteral("Last part,")));
    }

    void shouldEndAnUnclosedQuoteWithItsParagraph()
    {
        const QString text = QStringLiteral("Headline\n\nHe said \"this never closes\n\nA new paragraph.");
        const QStringList quotes = quotedTexts(text);
        QCOMPARE(quotes, QStringList{QStringLiteral("this never closes")});
    }

    void shouldNotContinueIntoAParagraphReopenedInAnotherStyle()
    {
        // A stray straight quote does not swallow the next paragraph's typographic quotation.
        const QString text = QStringLiteral("Headline\n\n\"Kevin was asleep.\n\n“We won,” she said.");
        const QStringList quotes = quotedTexts(text);
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(1), QStringLiteral("We won,"));
    }

    void shouldUseMarkedQuotesFromMarkup()
    {
        Article article;
        article.appendBlock(QStringLiteral("Body text with a quotation inside."));
        const int at = int(article.text().indexOf(QStringLiteral("a quotation")));
        article.addMarkedQuote(at, at + 11);
        const QList<QuoteFinder::Span> spans = QuoteFinder::find(article);
        QCOMPARE(spans.size(), 1);
        QVERIFY(spans.first().marked);
        QCOMPARE(article.text().mid(spans.first().contentStart, 11), QStringLiteral("a quotation"));
    }

    void shouldClassifyQuotationMarksByFamily_data()
    {
        QTest::addColumn<QChar>("mark");
        QTest::addColumn<TextChars::QuoteMarkFamily>("family");
        using Family = TextChars::QuoteMarkFamily;
        QTest::newRow("a typewriter double quote") << QChar(u'"') << Family::Double;
        QTest::newRow("an English opening double quote") << QChar(0x201C) << Family::Double;
        QTest::newRow("a German low opening quote") << QChar(0x201E) << Family::Double;
        QTest::newRow("a French guillemet") << QChar(0x00BB) << Family::Double;
        QTest::newRow("a Japanese corner bracket") << QChar(0x300C) << Family::Double;
        QTest::newRow("a typewriter apostrophe") << QChar(u'\'') << Family::Single;
        QTest::newRow("an English closing single quote") << QChar(0x2019) << Family::Single;
        QTest::newRow("a single low opening quote") << QChar(0x201A) << Family::Single;
        QTest::newRow("a single guillemet") << QChar(0x2039) << Family::Single;
        QTest::newRow("a white corner bracket") << QChar(0x300E) << Family::Single;
        QTest::newRow("a letter") << QChar(u'q') << Family::None;
        QTest::newRow("an em dash") << QChar(0x2014) << Family::None;
        QTest::newRow("a parenthesis") << QChar(u'(') << Family::None;
    }

    void shouldClassifyQuotationMarksByFamily()
    {
        QFETCH(QChar, mark);
        QFETCH(TextChars::QuoteMarkFamily, family);
        QCOMPARE(TextChars::quoteMarkFamily(mark), family);
        QCOMPARE(TextChars::isQuotationMark(mark), family != TextChars::QuoteMarkFamily::None);
    }

    void shouldTellApostrophesFromQuotationMarks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<bool>("apostrophe");
        QTest::newRow("inside a contraction") << QStringLiteral("they don't") << 8 << true;
        QTest::newRow("a curly possessive") << QStringLiteral("Velmora\u2019s port") << 7 << true;
        QTest::newRow("an elided decade") << QStringLiteral("the \u201990s") << 4 << true;
        QTest::newRow("opening a quotation") << QStringLiteral("he said \u2018no\u2019") << 8 << false;
        QTest::newRow("closing a quotation") << QStringLiteral("he said \u2018no\u2019") << 11 << false;
        QTest::newRow("a double mark is never one") << QStringLiteral("don\"t") << 3 << false;
    }

    void shouldTellApostrophesFromQuotationMarks()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(bool, apostrophe);
        QCOMPARE(TextChars::isApostrophe(text, position), apostrophe);
    }

    void shouldStayLinearOnManyMarks()
    {
        // 200,000 quotation marks must not blow up: an answer, and balanced spans.
        const QString text = QStringLiteral("Headline\n\n") + QString(200000, u'"');
        const Article article = PlainTextReader::read(QString(text));
        const QList<QuoteFinder::Span> spans = QuoteFinder::find(article);
        for (const QuoteFinder::Span &s : spans)
            QVERIFY(s.contentEnd >= s.contentStart);
    }
};

QTEST_GUILESS_MAIN(TestQuoteFinder)
#include "tst_quotefinder.moc"
