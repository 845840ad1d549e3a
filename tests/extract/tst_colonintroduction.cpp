// Colon introductions alone: a paragraph closing with a colon introduces the next one.
#include "passfixture.h"

#include <QTest>

class TestColonIntroduction : public QObject
{
    Q_OBJECT

private slots:
    void shouldAttributeTheIntroducedParagraph_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("quotes");

        QTest::newRow("a subject, then a colon closing the paragraph")
            << QStringLiteral("Ana Ortiz then rose and read a short note to the council:\n\n"
                              "The harbour will stay open through the winter and the fees will not rise.")
            << QStringList {QStringLiteral(
                   "Ana Ortiz|The harbour will stay open through the winter and the fees will not rise.")};
        QTest::newRow("a colon inside the paragraph introduces nothing after it")
            << QStringLiteral("Ana Ortiz named three things: fees, boats and nets.\n\n"
                              "The harbour will stay open through the winter and the fees will not rise.")
            << QStringList {};
        QTest::newRow("a next paragraph that opens with a speaker's label")
            << QStringLiteral("Ana Ortiz then read the transcript of the meeting to the council:\n\n"
                              "LUND: The harbour will stay open through the winter and the fees will not rise.\n\n"
                              "ORTIZ: Thank you.\n\nLUND: Not at all.")
            << QStringList {};
        QTest::newRow("a next paragraph that reports speech of its own")
            << QStringLiteral("Ana Ortiz then rose and read a short note to the council:\n\n"
                              "The harbour master said the winter would be hard for every boat.")
            << QStringList {};
    }
    void shouldAttributeTheIntroducedParagraph()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, quotes);

        PassFixture run(text, ExtractionPipeline::Pass::ColonIntroductions);

        QCOMPARE(run.quotesBy(AttributionPass::ColonIntroduction), quotes);
    }
};

QTEST_GUILESS_MAIN(TestColonIntroduction)
#include "tst_colonintroduction.moc"
