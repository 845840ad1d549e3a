// Specification of CharsetPrescan beyond the html5lib cases: the declarations saved pages carry,
// the ones browsers ignore, and the Encoding standard's label mapping.
#include "load/charsetprescan.h"

#include <QTest>

class TestCharsetPrescan : public QObject
{
    Q_OBJECT

private slots:
    void shouldFindTheDeclaredEncoding_data();
    void shouldFindTheDeclaredEncoding();
    void shouldMapLabelsAsTheEncodingStandardDoes_data();
    void shouldMapLabelsAsTheEncodingStandardDoes();
};

void TestCharsetPrescan::shouldFindTheDeclaredEncoding_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("encoding");

    QTest::newRow("a meta charset names the encoding")
        << QByteArray("<!doctype html><html><head><meta charset=\"koi8-r\"><title>x</title>") << QByteArray("KOI8-R");
    QTest::newRow("an http-equiv content-type pragma names it in its content")
        << QByteArray("<meta http-equiv=Content-Type content=\"text/html; charset=windows-1251\">")
        << QByteArray("windows-1251");
    QTest::newRow("a content charset without the pragma is ignored")
        << QByteArray("<meta name=description content=\"charset=windows-1251\">") << QByteArray();
    QTest::newRow("a declaration inside a comment is ignored")
        << QByteArray("<!-- <meta charset=shift_jis> --><p>Plain page</p>") << QByteArray();
    QTest::newRow("a declaration inside another tag's attribute is ignored")
        << QByteArray("<div title='<meta charset=euc-jp>'><meta charset=gbk>") << QByteArray("GBK");
    QTest::newRow("the first meta that declares one wins")
        << QByteArray("<meta charset=iso-8859-7><meta charset=utf-8>") << QByteArray("ISO-8859-7");
    QTest::newRow("a UTF-16 declaration in ASCII bytes means UTF-8")
        << QByteArray("<meta charset=utf-16le>") << QByteArray("UTF-8");
    QTest::newRow("x-user-defined means windows-1252")
        << QByteArray("<meta charset=x-user-defined>") << QByteArray("windows-1252");
    QTest::newRow("an unknown label declares nothing, and the next meta is read")
        << QByteArray("<meta charset=klingon><meta charset=latin2>") << QByteArray("ISO-8859-2");
    QTest::newRow("a declaration after a long script in the head is still found")
        << (QByteArray("<script>") + QByteArray(3000, 'x') + QByteArray("</script><meta charset=big5>"))
        << QByteArray("Big5");
    QTest::newRow("a page without a declaration declares nothing")
        << QByteArray("<html><body><p>Ordinary words.</p></body></html>") << QByteArray();
}

void TestCharsetPrescan::shouldFindTheDeclaredEncoding()
{
    // Given the head of a page
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, encoding);

    // When prescanned, then the encoding is the one a browser picks
    QCOMPARE(CharsetPrescan::encodingOf(head), encoding);
}

void TestCharsetPrescan::shouldMapLabelsAsTheEncodingStandardDoes_data()
{
    QTest::addColumn<QByteArray>("label");
    QTest::addColumn<QByteArray>("encoding");

    QTest::newRow("latin1 is windows-1252, as in browsers") << QByteArray("latin1") << QByteArray("windows-1252");
    QTest::newRow("labels are trimmed and case-insensitive") << QByteArray(" \tUTF8 ") << QByteArray("UTF-8");
    QTest::newRow("iso-8859-9 is windows-1254") << QByteArray("ISO-8859-9") << QByteArray("windows-1254");
    QTest::newRow("gb2312 is GBK") << QByteArray("gb2312") << QByteArray("GBK");
    QTest::newRow("sjis is Shift_JIS") << QByteArray("sjis") << QByteArray("Shift_JIS");
    QTest::newRow("iso-2022-kr is the replacement encoding") << QByteArray("iso-2022-kr") << QByteArray("replacement");
    QTest::newRow("a label no browser knows names nothing") << QByteArray("utf-9") << QByteArray();
}

void TestCharsetPrescan::shouldMapLabelsAsTheEncodingStandardDoes()
{
    QFETCH(QByteArray, label);
    QFETCH(QByteArray, encoding);
    QCOMPARE(CharsetPrescan::encodingForLabel(label), encoding);
}

QTEST_GUILESS_MAIN(TestCharsetPrescan)
#include "tst_charsetprescan.moc"
