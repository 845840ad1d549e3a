// Specification of MhtmlArchive and of saved web archives through the loader: the root part of a
// multipart/related message found, its quoted-printable or base64 undone, its charset honoured, the
// page read through reader mode, and archives that hold no page refused with a reason.
#include "load/articleloader.h"
#include "load/mhtmlarchive.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(ArticleLoader::Format)

namespace {

const QByteArray kPage = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Quarry to close | Valley Post</title>"
                         "</head><body><nav><a href='/'>Home</a></nav><article><h1>Quarry to close</h1>"
                         "<p>The quarry above the village will close in May, the owners said on Monday.</p>"
                         "<p>\xe2\x80\x9cWe have dug the last good stone,\xe2\x80\x9d said the manager, Ruth Calder.</p>"
                         "<img src=\"cid:img1@archive\"></article></body></html>";

// A message the way a browser saves one: headers, then the parts between boundary lines.
QByteArray archive(const QByteArray &rootHeaders, const QByteArray &rootBody, const QByteArray &contentType =
                       "multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----=_Part_7_x\"")
{
    return "From: <Saved by a browser>\r\n"
           "Snapshot-Content-Location: https://example.org/quarry\r\n"
           "Subject: Quarry to close\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: " + contentType + "\r\n\r\n"
           "------=_Part_7_x\r\n"
           + rootHeaders + "\r\n\r\n" + rootBody + "\r\n"
           "------=_Part_7_x\r\n"
           "Content-Type: image/png\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-ID: <img1@archive>\r\n\r\n"
           "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==\r\n"
           "------=_Part_7_x--\r\n";
}

QByteArray quotedPrintable(const QByteArray &bytes)
{
    // Every '=' and byte above 0x7E escaped, lines cut with soft breaks at 70 characters.
    QByteArray out;
    int column = 0;
    for (char c : bytes) {
        const unsigned char u = static_cast<unsigned char>(c);
        const QByteArray piece = (u == '=' || u > 0x7E) ? "=" + QByteArray::number(u, 16).toUpper().rightJustified(2, '0')
                                                         : QByteArray(1, c);
        if (column + piece.size() > 70) {
            out += "=\r\n";
            column = 0;
        }
        out += piece;
        column += int(piece.size());
    }
    return out;
}

} // namespace

class TestMhtmlArchive : public QObject
{
    Q_OBJECT

private slots:
    void shouldDecodeQuotedPrintable_data();
    void shouldDecodeQuotedPrintable();
    void shouldReadTheRootPageOfAnArchive_data();
    void shouldReadTheRootPageOfAnArchive();
    void shouldHonourThePartsCharset();
    void shouldFindTheRootPartNamedByStart();
    void shouldOpenAnArchiveFileThroughTheLoader();
    void shouldRecogniseAnArchiveByContent_data();
    void shouldRecogniseAnArchiveByContent();
    void shouldRefuseArchivesWithoutAPage_data();
    void shouldRefuseArchivesWithoutAPage();
};

void TestMhtmlArchive::shouldDecodeQuotedPrintable_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QByteArray>("decoded");

    QTest::newRow("escapes") << QByteArray("caf=C3=A9 =3D equal") << QByteArray("caf\xc3\xa9 = equal");
    QTest::newRow("lower-case escapes") << QByteArray("=e2=80=9c") << QByteArray("\xe2\x80\x9c");
    QTest::newRow("soft line break, crlf") << QByteArray("long li=\r\nne") << QByteArray("long line");
    QTest::newRow("soft line break, lf and blanks") << QByteArray("long li=  \nne") << QByteArray("long line");
    QTest::newRow("hard line breaks stay") << QByteArray("one\r\ntwo") << QByteArray("one\r\ntwo");
    QTest::newRow("a malformed escape is kept") << QByteArray("5=ZZ and =4") << QByteArray("5=ZZ and =4");
    QTest::newRow("an equals sign at the very end") << QByteArray("end=") << QByteArray("end=");
}

void TestMhtmlArchive::shouldDecodeQuotedPrintable()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QByteArray, decoded);

    QCOMPARE(MhtmlArchive::decodeQuotedPrintable(encoded), decoded);
}

void TestMhtmlArchive::shouldReadTheRootPageOfAnArchive_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("quoted-printable, as Chrome saves")
        << archive("Content-Type: text/html\r\nContent-ID: <frame-1@archive>\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                   "Content-Location: https://example.org/quarry",
                   quotedPrintable(kPage));
    QTest::newRow("base64, as older browsers save .mht")
        << archive("Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64",
                   kPage.toBase64(QByteArray::Base64Encoding));
    QTest::newRow("8bit with lf line ends")
        << QByteArray(archive("Content-Type: text/html\r\nContent-Transfer-Encoding: 8bit", kPage)).replace("\r\n", "\n");
    QTest::newRow("cut off before the closing boundary")
        << archive("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable", quotedPrintable(kPage))
               .left(archive("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable",
                             quotedPrintable(kPage)).indexOf("\r\n------=_Part_7_x\r\nContent-Type: image"));
}

void TestMhtmlArchive::shouldReadTheRootPageOfAnArchive()
{
    QFETCH(QByteArray, bytes);

    // When the archive is loaded
    ArticleLoader::Result r = ArticleLoader::loadBytes(QByteArray(bytes), QStringLiteral("quarry.mhtml"));

    // Then its page is read through reader mode, with the address it was saved from
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, ArticleLoader::Format::Mhtml);
    QCOMPARE(r.article.title(), QStringLiteral("Quarry to close"));
    QCOMPARE(blockTexts(r.article).mid(1),
             (QStringList{QStringLiteral("The quarry above the village will close in May, the owners said on Monday."),
                          QStringLiteral("\u201cWe have dug the last good stone,\u201d said the manager, Ruth Calder.")}));
    QCOMPARE(r.article.link(), QStringLiteral("https://example.org/quarry"));
    QCOMPARE(r.article.formatName(), ArticleLoader::formatName(ArticleLoader::Format::Mhtml));
}

void TestMhtmlArchive::shouldHonourThePartsCharset()
{
    // Given a page in windows-1251 that declares no charset itself; its part's header names it
    const QByteArray page = "<html><body><p>\xcf\xf0\xe8\xe2\xe5\xf2, \xf1\xea\xe0\xe7\xe0\xeb \xee\xed, "
                            "\xe8 \xf3\xf8\xb8\xeb \xe4\xee\xec\xee\xe9.</p></body></html>";
    const QByteArray bytes = archive("Content-Type: text/html; charset=windows-1251\r\nContent-Transfer-Encoding: quoted-printable",
                                     quotedPrintable(page));

    const ArticleLoader::Result r = ArticleLoader::loadBytes(QByteArray(bytes), QStringLiteral("page.mht"));

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article.text(), QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442, \u0441\u043a\u0430\u0437\u0430\u043b "
                                              "\u043e\u043d, \u0438 \u0443\u0448\u0451\u043b \u0434\u043e\u043c\u043e\u0439."));
}

void TestMhtmlArchive::shouldFindTheRootPartNamedByStart()
{
    // Given an archive whose first part is a frame and whose "start" names the second
    const QByteArray bytes =
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b1; start=\"<main@x>\"; type=\"text/html\"\r\n\r\n"
        "preamble text no reader sees\r\n"
        "--b1\r\nContent-Type: text/html\r\nContent-ID: <frame@x>\r\n\r\n<p>Frame content, not the page.</p>\r\n"
        "--b1\r\nContent-Type: text/html\r\nContent-ID: <main@x>\r\n\r\n<p>The page itself, with its one paragraph.</p>\r\n"
        "--b1--\r\nepilogue\r\n";

    const MhtmlArchive::Page page = MhtmlArchive::rootPage(bytes);

    QVERIFY2(page.ok(), qPrintable(page.error));
    QCOMPARE(page.html, QByteArray("<p>The page itself, with its one paragraph.</p>"));
}

void TestMhtmlArchive::shouldOpenAnArchiveFileThroughTheLoader()
{
    QTemporaryDir dir;
    const QString path = writeTestFile(dir.filePath(QStringLiteral("saved.mhtml")),
                                       archive("Content-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable",
                                               quotedPrintable(kPage)));

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article.title(), QStringLiteral("Quarry to close"));
    QCOMPARE(r.article.sourcePath(), path);
}

void TestMhtmlArchive::shouldRecogniseAnArchiveByContent_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<ArticleLoader::Format>("format");

    const QByteArray saved = archive("Content-Type: text/html", kPage);
    QTest::newRow(".mhtml") << saved << QStringLiteral("a.mhtml") << ArticleLoader::Format::Mhtml;
    QTest::newRow(".mht") << saved << QStringLiteral("a.mht") << ArticleLoader::Format::Mhtml;
    QTest::newRow("no extension") << saved << QStringLiteral("download") << ArticleLoader::Format::Mhtml;
    QTest::newRow("a mail message that is not a saved page")
        << QByteArray("From: someone\r\nContent-Type: text/plain\r\n\r\nHello there, see you at noon.\r\n")
        << QStringLiteral("note.txt") << ArticleLoader::Format::PlainText;
    QTest::newRow("a text that begins like a header")
        << QByteArray("Content-Type: multipart/related is what the format is called.\nIt is a saved page format.\n\nMore.")
        << QStringLiteral("notes.txt") << ArticleLoader::Format::PlainText;
}

void TestMhtmlArchive::shouldRecogniseAnArchiveByContent()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(ArticleLoader::Format, format);

    QCOMPARE(ArticleLoader::detectFormat(head, name), format);
}

void TestMhtmlArchive::shouldRefuseArchivesWithoutAPage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no boundary") << QByteArray("Content-Type: multipart/related\r\n\r\n<p>x</p>")
                                 << QStringLiteral("no boundary");
    QTest::newRow("only an image")
        << QByteArray("Content-Type: multipart/related; boundary=z\r\n\r\n--z\r\nContent-Type: image/png\r\n\r\nxx\r\n--z--\r\n")
        << QStringLiteral("no web page");
    QTest::newRow("boundary never appears")
        << QByteArray("Content-Type: multipart/related; boundary=z\r\n\r\n<p>Text outside any part.</p>")
        << QStringLiteral("no parts");
}

void TestMhtmlArchive::shouldRefuseArchivesWithoutAPage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);

    const ArticleLoader::Result r = ArticleLoader::loadBytes(QByteArray(bytes), QStringLiteral("x.mhtml"));

    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(reason), qPrintable(r.error));
}

QTEST_GUILESS_MAIN(TestMhtmlArchive)
#include "tst_mhtmlarchive.moc"
