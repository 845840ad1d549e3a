// The tokenizer alone: how a range of text splits into words, numbers, marks and possessives.
#include "extract/token.h"

#include <QTest>

namespace {

QString kindName(Token::Type type)
{
    switch (type) {
    case Token::Type::Word:
        return QStringLiteral("w");
    case Token::Type::Number:
        return QStringLiteral("n");
    case Token::Type::Punct:
        return QStringLiteral("p");
    case Token::Type::QuoteMark:
        return QStringLiteral("q");
    case Token::Type::Possessive:
        return QStringLiteral("s");
    }
    return QString();
}

} // namespace

class TestTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void shouldSplitTextIntoTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens"); // "kind:text", kind w, n, p, q or s

        QTest::newRow("words and a full stop")
            << QStringLiteral("Ortiz spoke.") << QStringLiteral("w:Ortiz|w:spoke|p:.").split(u'|');
        QTest::newRow("invisible format characters are no tokens")
            << QStringLiteral("\u202aOrtiz\u200b spoke\u2060.") << QStringLiteral("w:Ortiz|w:spoke|p:.").split(u'|');
        QTest::newRow("a possessive splits off")
            << QStringLiteral("Ortiz's plan") << QStringLiteral("w:Ortiz|s:'s|w:plan").split(u'|');
        QTest::newRow("an apostrophe inside a word stays")
            << QStringLiteral("don't O'Neill") << QStringLiteral("w:don't|w:O'Neill").split(u'|');
        QTest::newRow("an initialism is one word")
            << QStringLiteral("the U.S. said") << QStringLiteral("w:the|w:U.S.|w:said").split(u'|');
        QTest::newRow("a number with its separators") << QStringLiteral(
            "1,100 jobs at 3.5 percent") << QStringLiteral("n:1,100|w:jobs|w:at|n:3.5|w:percent").split(u'|');
        QTest::newRow("a number joined to a word by a hyphen is one word")
            << QStringLiteral("the 52-year-old owner") << QStringLiteral("w:the|w:52-year-old|w:owner").split(u'|');
        QTest::newRow("a number before a dash stays a number")
            << QStringLiteral("won 52 - 40") << QStringLiteral("w:won|n:52|p:-|n:40").split(u'|');
        QTest::newRow("a quotation mark")
            << QStringLiteral("“Yes,” she said") << QStringLiteral("q:“|w:Yes|p:,|q:”|w:she|w:said").split(u'|');
    }
    void shouldSplitTextIntoTokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);

        // When the text is split
        TokenList out;
        Tokenizer::tokenize(text, 0, int(text.size()), out);

        // Then these are its tokens
        QStringList found;
        for (qsizetype i = 0; i < out.size(); ++i)
            found << kindName(out.at(i).type) + u':' + text.mid(out.at(i).start, out.at(i).length());
        QCOMPARE(found, tokens);
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
