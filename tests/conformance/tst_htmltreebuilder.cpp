// HtmlDocument's tree construction where the gumbo comparison cannot check it: the parts of the
// HTML standard newer than gumbo 0.10.1, the tree's own layout (subtrees as index ranges after
// nodes were moved), and what Saywho does on purpose that the standard leaves open.

#include "load/htmldocument.h"

#include <QtTest>

using namespace Qt::StringLiterals;

class TestHtmlTreeBuilder : public QObject
{
    Q_OBJECT

private slots:
    void shouldBuildTheTreeTheStandardWay_data();
    void shouldBuildTheTreeTheStandardWay();
    void shouldKeepSubtreesContiguousAfterMovingNodes_data();
    void shouldKeepSubtreesContiguousAfterMovingNodes();
    void shouldMakeOneEmptyParagraphForARunOfStrayEndTags();
};

namespace {

// A compact picture of the tree from its parent and sibling links: name(children), text as
// written, white-space-only text left out, foreign elements marked with a colon.
QString shape(const HtmlDocument &doc, int index)
{
    QString out;
    for (int child = doc.node(index).firstChild; child >= 0; child = doc.node(child).nextSibling) {
        const HtmlDocument::Node &node = doc.node(child);
        QString item;
        if (node.isText) {
            if (node.text.trimmed().isEmpty())
                continue;
            item = node.text;
        } else {
            item = (node.foreign ? u":"_s : QString())
                + (node.tag == HtmlDocument::Tag::Other ? node.name : HtmlDocument::nameOf(node.tag).toString());
            if (node.firstChild >= 0)
                item += u'(' + shape(doc, child) + u')';
        }
        if (!out.isEmpty())
            out += u' ';
        out += item;
    }
    return out;
}

} // namespace

void TestHtmlTreeBuilder::shouldBuildTheTreeTheStandardWay_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("tree");

    QTest::newRow("a paragraph inside bold is split by the adoption agency")
        << u"<b>one<p>two</b>three</p>"_s << u"b(one) p(b(two) three)"_s;
    QTest::newRow("formatting left open reopens in the next paragraph")
        << u"<p><i>one<p>two"_s << u"p(i(one)) p(i(two))"_s;
    QTest::newRow("text inside a table but outside its cells goes before the table")
        << u"<!DOCTYPE html><table>one<tr><td>two</table>"_s << u"one table(tbody(tr(td(two))))"_s;
    QTest::newRow("an end tag for an element outside the table's scope is ignored")
        << u"<!DOCTYPE html><div><table><tr><td>one</div>two</table>"_s
        << u"div(table(tbody(tr(td(onetwo)))))"_s;
    QTest::newRow("in no-quirks mode a table closes the paragraph")
        << u"<!DOCTYPE html><p>one<table><tr><td>two</table>"_s << u"p(one) table(tbody(tr(td(two))))"_s;
    QTest::newRow("in quirks mode a table stays in the paragraph")
        << u"<p>one<table><tr><td>two</table>"_s << u"p(one table(tbody(tr(td(two)))))"_s;
    QTest::newRow("an end p inside svg ends the svg (newer than gumbo 0.10.1)")
        << u"<p>one<svg><g>two</p>three"_s << u"p(one :svg(:g(two))) three"_s;
    QTest::newRow("an end br inside math ends the math (newer than gumbo 0.10.1)")
        << u"<math><mrow>one</br>two"_s << u":math(:mrow(one)) br two"_s;
    QTest::newRow("mi is a text integration point only in MathML")
        << u"<svg><mi><textarea>one</textarea></svg>"_s << u":svg(:mi(:textarea(one)))"_s;
    QTest::newRow("CDATA is text in MathML's mi, though mi's start tags are HTML")
        << u"<math><mi><![CDATA[one]]><b>two</b></mi></math>"_s << u":math(:mi(one b(two)))"_s;
    QTest::newRow("CDATA is a comment outside SVG and MathML")
        << u"<p>one<![CDATA[two]]>three"_s << u"p(onethree)"_s;
    QTest::newRow("content ends an unclosed head")
        << u"<html><head><title>one</title><p>two"_s << u"html(head(title(one)) p(two))"_s;
    QTest::newRow("a self-closed unknown element is empty, as Saywho has always read it")
        << u"<p>one<custom-icon/>two"_s << u"p(one custom-icon two)"_s;
}

void TestHtmlTreeBuilder::shouldBuildTheTreeTheStandardWay()
{
    // Given a page
    QFETCH(QString, html);
    QFETCH(QString, tree);

    // When it is parsed
    const HtmlDocument doc = HtmlDocument::parse(html);

    // Then the tree is the standard's (without the implied html, head and body)
    QCOMPARE(shape(doc, 0), tree);
}

void TestHtmlTreeBuilder::shouldKeepSubtreesContiguousAfterMovingNodes_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("foster parenting") << u"<table>one<tr><td>two<b>three</table>four"_s;
    QTest::newRow("adoption agency") << u"<a href=x>one<div>two<p>three</a>four</p></div>five"_s;
    QTest::newRow("a form closed around an open div") << u"<form><div>one</form>two</div>three"_s;
}

void TestHtmlTreeBuilder::shouldKeepSubtreesContiguousAfterMovingNodes()
{
    // Given a page whose tree construction moves nodes
    QFETCH(QString, html);

    // When it is parsed
    const HtmlDocument doc = HtmlDocument::parse(html);

    // Then every node's subtree is the index range after it, and links agree with the ranges
    QCOMPARE(doc.node(0).end, doc.size());
    for (int i = 0; i < doc.size(); ++i) {
        const HtmlDocument::Node &node = doc.node(i);
        int expectedChild = i + 1;
        for (int child = node.firstChild; child >= 0; child = doc.node(child).nextSibling) {
            QCOMPARE(child, expectedChild);
            QCOMPARE(doc.node(child).parent, i);
            expectedChild = doc.node(child).end;
        }
        QCOMPARE(node.end, expectedChild);
    }
}

void TestHtmlTreeBuilder::shouldMakeOneEmptyParagraphForARunOfStrayEndTags()
{
    // Given a page with thousands of "</p>" and no paragraph open
    const QString html = u"<div>one"_s + u"</p>"_s.repeated(5000) + u"two</div>"_s;

    // When it is parsed
    const HtmlDocument doc = HtmlDocument::parse(html);

    // Then they make one empty paragraph between the texts, as the first of them does alone
    QCOMPARE(shape(doc, 0), u"div(one p two)"_s);
    QVERIFY(!doc.wasTruncated());
}

QTEST_GUILESS_MAIN(TestHtmlTreeBuilder)
#include "tst_htmltreebuilder.moc"
