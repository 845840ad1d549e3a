// Specification of HtmlTokenizer as the reader drives it, without a tree builder: the switches to
// raw text it makes by itself after script, style, title and the like, which html5lib-tests
// leave to the tree builder, and the tokens the reader now sees (comments, doctypes).
#include "load/htmltokenizer.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// One line per token: <name a="v"/>, </name>, "text", <!--data-->, <!DOCTYPE name>.
QStringList tokensOf(const QString &html)
{
    HtmlTokenizer tokenizer(html);
    HtmlTokenizer::Token token;
    QStringList seen;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case HtmlTokenizer::TokenType::StartTag: {
            QString tag = u'<' + token.name;
            for (const HtmlTokenizer::Attribute &a : std::as_const(token.attributes))
                tag += u' ' + a.name + u"=\"" + a.value + u'"';
            seen << tag + (token.selfClosing ? u"/>"_s : u">"_s);
            break;
        }
        case HtmlTokenizer::TokenType::EndTag: seen << u"</"_s + token.name + u'>'; break;
        case HtmlTokenizer::TokenType::Text: seen << u'"' + token.text + u'"'; break;
        case HtmlTokenizer::TokenType::Comment: seen << u"<!--"_s + token.text + u"-->"_s; break;
        case HtmlTokenizer::TokenType::Doctype: seen << u"<!DOCTYPE "_s + token.name + u'>'; break;
        }
    }
    return seen;
}

} // namespace

class TestHtmlTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void shouldTokenizeAsTheReaderNeeds_data();
    void shouldTokenizeAsTheReaderNeeds();
};

void TestHtmlTokenizer::shouldTokenizeAsTheReaderNeeds_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("tokens");

    QTest::newRow("a script's markup is text up to its end tag")
        << u"<script>if (a<b) x = '<p>';</script><p>"_s
        << QStringList{u"<script>"_s, u"\"if (a<b) x = '<p>';\""_s, u"</script>"_s, u"<p>"_s};
    QTest::newRow("an escaped script inside a script does not end it at its own end tag")
        << u"<script><!-- w('<script>inner</script>'); --></script>after"_s
        << QStringList{u"<script>"_s, u"\"<!-- w('<script>inner</script>'); -->\""_s, u"</script>"_s,
                       u"\"after\""_s};
    QTest::newRow("a title decodes references and keeps tags as text")
        << u"<title>Bread &amp; <b>butter</b></title>"_s
        << QStringList{u"<title>"_s, u"\"Bread & <b>butter</b>\""_s, u"</title>"_s};
    QTest::newRow("a style's references stay as written")
        << u"<style>a::after{content:'&amp;'}</style>"_s
        << QStringList{u"<style>"_s, u"\"a::after{content:'&amp;'}\""_s, u"</style>"_s};
    QTest::newRow("a textarea cut by the end of the file keeps its text, end tag name included")
        << u"<textarea>draft</textarea"_s << QStringList{u"<textarea>"_s, u"\"draft</textarea\""_s};
    QTest::newRow("comments and the doctype are tokens of their own")
        << u"<!DOCTYPE html><!-- ad slot --><p>x"_s
        << QStringList{u"<!DOCTYPE html>"_s, u"<!-- ad slot -->"_s, u"<p>"_s, u"\"x\""_s};
    QTest::newRow("carriage returns become line feeds")
        << u"<pre>one\r\ntwo\rthree</pre>"_s << QStringList{u"<pre>"_s, u"\"one\ntwo\nthree\""_s, u"</pre>"_s};
    QTest::newRow("a self-closing svg is reported as self-closing")
        << u"<p>Icon <svg viewBox=\"0 0 1 1\"/> here"_s
        << QStringList{u"<p>"_s, u"\"Icon \""_s, u"<svg viewbox=\"0 0 1 1\"/>"_s, u"\" here\""_s};
    QTest::newRow("a CDATA section outside foreign content is a bogus comment")
        << u"<![CDATA[x]]>y"_s << QStringList{u"<!--[CDATA[x]]-->"_s, u"\"y\""_s};
}

void TestHtmlTokenizer::shouldTokenizeAsTheReaderNeeds()
{
    // Given a page fragment
    QFETCH(QString, html);
    QFETCH(QStringList, tokens);

    // When tokenized with no tree builder switching states, then the tokens are as a browser's
    QCOMPARE(tokensOf(html), tokens);
}

QTEST_GUILESS_MAIN(TestHtmlTokenizer)
#include "tst_htmltokenizer.moc"
