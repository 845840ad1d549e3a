// Quotation spans: every quotation-mark style, apostrophes, mixed marks, quotes over paragraphs.
#include "article/article.h"
#include "load/plaintextreader.h"
#include "extract/quotefinder.h"

#include <QTest>

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
        QTest::newRow("typographic double") << QStringLiteral("Headline\n\n“We will win,” she said.")
                                            << QStringList{QStringLiteral("We will win,")};
        QTest::newRow("british single") << QStringLiteral("Headline\n\n‘We will win,’ she said.")
                                        << QStringList{QStringLiteral("We will win,")};
        QTest::newRow("german") << QStringLiteral("Titel\n\nSie sagte: „Wir werden gewinnen.“")
                                << QStringList{QStringLiteral("Wir werden gewinnen.")};
        QTest::newRow("french guillemets") << QStringLiteral("Titre\n\nElle a dit : « Nous allons gagner. »")
                                           << QStringList{QStringLiteral(" Nous allons gagner. ")};
        QTest::newRow("single guillemets") << QStringLiteral("Titre\n\nIl a dit ‹ non › hier.")
                                           << QStringList{QStringLiteral(" non ")};
        QTest::newRow("german single low") << QStringLiteral("Titel\n\nEr nannte es ‚absurd‘ und ging.")
                                           << QStringList{QStringLiteral("absurd")};
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
