// Specification of ArticleLoader: the format of a file decided by name and content, each format
// loaded from a file the test writes, warnings, feeds, and the cancel flag.
#include "load/articleloader.h"
#include "testhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

Q_DECLARE_METATYPE(ArticleLoader::Format)

namespace {

using Format = ArticleLoader::Format;

const QByteArray kHtml = "<!DOCTYPE html><html><head><title>Council votes | Example</title></head><body>"
                         "<nav><a href='/'>Home</a></nav><article><h1>Council votes</h1>"
                         "<p>The council voted on Tuesday, after a long debate, to approve the plan.</p>"
                         "<p>\u201cIt is a fair deal,\u201d the mayor said, and the chamber applauded.</p>"
                         "</article><footer>Footer</footer></body></html>";
const QByteArray kRss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News</title>"
                        "<item><title>One</title><description>First entry text.</description></item>"
                        "<item><title>Two</title><description>Second entry text.</description></item>"
                        "</channel></rss>";
const QByteArray kAtom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>News</title>"
                         "<entry><title>One</title><content type=\"html\">&lt;p&gt;Text.&lt;/p&gt;</content></entry></feed>";
const QByteArray kMarkdown = "# Council votes\n\nThe council voted on *Tuesday*.\n\n> It is a fair deal.\n";
const QByteArray kText = "Council votes\n\nThe council voted on Tuesday.\n";

QByteArray utf16WithBom(const QString &text)
{
    QByteArray out("\xFF\xFE");
    for (QChar c : text) {
        out += char(c.unicode() & 0xFF);
        out += char(c.unicode() >> 8);
    }
    return out;
}

QByteArray utf32BigEndianWithBom(const QString &text)
{
    QByteArray out("\0\0\xFE\xFF", 4);
    for (char32_t c : text.toUcs4()) {
        const char bytes[4] = {char(c >> 24), char((c >> 16) & 0xFF), char((c >> 8) & 0xFF), char(c & 0xFF)};
        out.append(bytes, 4);
    }
    return out;
}

class Files
{
public:
    Files() { QVERIFY(m_dir.isValid()); }
    QString write(const QString &name, const QByteArray &bytes)
    {
        return writeTestFile(m_dir.filePath(name), bytes);
    }

private:
    QTemporaryDir m_dir;
};

} // namespace

class TestArticleLoader : public QObject
{
    Q_OBJECT

private slots:
    void shouldDetectTheFormatByNameAndContent_data();
    void shouldDetectTheFormatByNameAndContent();
    void shouldLoadEachFormat_data();
    void shouldLoadEachFormat();
    void shouldLoadTheSameFromBytesAsFromAFile();
    void shouldNameTheSourceAndTheFormat();
    void shouldLoadFromQtResources();
    void shouldWarnAboutACutCharacter();
    void shouldReadUndeclaredLegacyTextAndTheEncodingTheReaderChose_data();
    void shouldReadUndeclaredLegacyTextAndTheEncodingTheReaderChose();
    void shouldTurnFeedEntriesIntoArticles();
    void shouldExtractEveryFeedEntryOnTheCommandLine();
    void shouldStopWhenCancelledBeforeReading_data();
    void shouldStopWhenCancelledBeforeReading();
    void shouldNeverReturnHalfALoadWhenCancelledMidway();
    void shouldNeverWriteToTheFile();
};

void TestArticleLoader::shouldDetectTheFormatByNameAndContent_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Format>("format");

    QTest::newRow("txt") << kText << QStringLiteral("a.txt") << Format::PlainText;
    QTest::newRow("no extension, text") << kText << QStringLiteral("story") << Format::PlainText;
    QTest::newRow("html") << kHtml << QStringLiteral("a.html") << Format::Html;
    QTest::newRow("htm") << kHtml << QStringLiteral("a.htm") << Format::Html;
    QTest::newRow("xhtml") << kHtml << QStringLiteral("a.xhtml") << Format::Html;
    QTest::newRow("no extension, html") << kHtml << QStringLiteral("saved") << Format::Html;
    QTest::newRow("txt holding html") << kHtml << QStringLiteral("page.txt") << Format::Html;
    QTest::newRow("md") << kMarkdown << QStringLiteral("a.md") << Format::Markdown;
    QTest::newRow("markdown") << kMarkdown << QStringLiteral("a.markdown") << Format::Markdown;
    QTest::newRow("rss") << kRss << QStringLiteral("a.rss") << Format::Feed;
    QTest::newRow("atom") << kAtom << QStringLiteral("a.atom") << Format::Feed;
    QTest::newRow("xml holding rss") << kRss << QStringLiteral("news.xml") << Format::Feed;
    QTest::newRow("xml holding atom") << kAtom << QStringLiteral("news.xml") << Format::Feed;
    QTest::newRow("no extension, rss") << kRss << QStringLiteral("feed") << Format::Feed;
    QTest::newRow("xml, not a feed") << QByteArray("<?xml version=\"1.0\"?><config><feedback/></config>")
                                     << QStringLiteral("settings.xml") << Format::Unknown;
    QTest::newRow("pdf") << QByteArray("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj") << QStringLiteral("a.pdf") << Format::Unknown;
}

void TestArticleLoader::shouldDetectTheFormatByNameAndContent()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(Format, format);

    QCOMPARE(ArticleLoader::detectFormat(head, name), format);
}

void TestArticleLoader::shouldLoadEachFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Format>("format");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("contains");

    QTest::newRow("plain text") << QStringLiteral("a.txt") << kText << Format::PlainText << QStringLiteral("Council votes")
                                << QStringLiteral("The council voted on Tuesday.");
    QTest::newRow("web page") << QStringLiteral("a.html") << kHtml << Format::Html << QStringLiteral("Council votes")
                              << QStringLiteral("\u201cIt is a fair deal,\u201d the mayor said");
    QTest::newRow("markdown") << QStringLiteral("a.md") << kMarkdown << Format::Markdown << QStringLiteral("Council votes")
                              << QStringLiteral("The council voted on Tuesday.");
    QTest::newRow("utf-16 web page") << QStringLiteral("b.html") << utf16WithBom(QString::fromUtf8(kHtml)) << Format::Html << QStringLiteral("Council votes") << QStringLiteral("the mayor said");
    QTest::newRow("utf-32 plain text") << QStringLiteral("d.txt") << utf32BigEndianWithBom(QString::fromUtf8(kText))
                                       << Format::PlainText << QStringLiteral("Council votes")
                                       << QStringLiteral("The council voted on Tuesday.");
    QTest::newRow("latin-1 web page") << QStringLiteral("c.html")
                                      << QByteArray("<html><head><meta charset=\"iso-8859-1\"><title>Caf\xe9</title></head>"
                                                    "<body><p>Le caf\xe9 a ferm\xe9, a-t-il dit, apr\xe8s trente ans.</p></body></html>")
                                      << Format::Html << QStringLiteral("Caf\u00e9") << QStringLiteral("Le caf\u00e9 a ferm\u00e9");
}

void TestArticleLoader::shouldLoadEachFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(Format, format);
    QFETCH(QString, title);
    QFETCH(QString, contains);
    Files files;
    const QString path = files.write(name, bytes);

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, format);
    QCOMPARE(r.article.title(), title);
    QVERIFY2(r.article.text().contains(contains), qPrintable(r.article.text()));
    QVERIFY(!r.article.text().contains(QStringLiteral("Footer")));
}

void TestArticleLoader::shouldLoadTheSameFromBytesAsFromAFile()
{
    Files files;
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("a.txt"), kText}, std::pair{QStringLiteral("a.html"), kHtml},
                                      std::pair{QStringLiteral("a.md"), kMarkdown}}) {
        const ArticleLoader::Result fromFile = ArticleLoader::loadFile(files.write(name, bytes));
        const ArticleLoader::Result fromBytes = ArticleLoader::loadBytes(QByteArray(bytes), name);
        QCOMPARE(fromBytes.format, fromFile.format);
        QCOMPARE(fromBytes.article.text(), fromFile.article.text());
        QCOMPARE(fromBytes.article.markedQuotes().size(), fromFile.article.markedQuotes().size());
    }
}

void TestArticleLoader::shouldNameTheSourceAndTheFormat()
{
    Files files;
    const QString path = files.write(QStringLiteral("story.txt"), kText);

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QCOMPARE(r.article.sourcePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(r.article.formatName(), ArticleLoader::formatName(Format::PlainText));
    QVERIFY(!r.article.formatName().isEmpty());
}

void TestArticleLoader::shouldLoadFromQtResources()
{
    // The sample article ships inside the program.
    const ArticleLoader::Result r = ArticleLoader::loadFile(QStringLiteral(":/samples/almaty-talks.txt"));

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, Format::PlainText);
    QVERIFY(r.article.blocks().size() > 3);
    QCOMPARE(ArticleLoader::loadFile(QStringLiteral(":/samples/no-such-sample.txt")).error,
             ArticleLoader::tr("The file does not exist."));
}

void TestArticleLoader::shouldWarnAboutACutCharacter()
{
    // Given UTF-16 whose last character lost a byte
    Files files;
    QByteArray bytes("\xFF\xFE");
    for (char c : QByteArray("Text that was cut short."))
        bytes += QByteArray(1, c) + QByteArray(1, '\0');
    bytes += 'X';
    const QString path = files.write(QStringLiteral("cut.txt"), bytes);

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    // Then it loads what is whole, and says what was dropped
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article.text(), QStringLiteral("Text that was cut short."));
    QVERIFY(!r.warning.isEmpty());
}

void TestArticleLoader::shouldReadUndeclaredLegacyTextAndTheEncodingTheReaderChose_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("warning");

    // "Привет, сказал он." and so on, in Windows-1251, with no declaration.
    const QByteArray cyrillic = "\xcf\xf0\xe8\xe2\xe5\xf2, \xf1\xea\xe0\xe7\xe0\xeb \xee\xed, \xe8 \xf3\xf8\xb8\xeb "
                                "\xe4\xee\xec\xee\xe9.";
    const QString asCyrillic = QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442, \u0441\u043a\u0430\u0437\u0430\u043b");
    const QString asLatin = QStringLiteral("\u00cf\u00f0\u00e8\u00e2\u00e5\u00f2, \u00f1\u00ea\u00e0\u00e7\u00e0\u00eb");
    QTest::newRow("a text file is read in the encoding it looks like")
        << QStringLiteral("a.txt") << QByteArray(cyrillic + "\n") << QByteArray() << asCyrillic << QStringLiteral("windows-1251");
    QTest::newRow("a web page without a declaration too")
        << QStringLiteral("a.html") << QByteArray("<html><body><p>" + cyrillic + "</p></body></html>") << QByteArray()
        << asCyrillic << QStringLiteral("windows-1251");
    QTest::newRow("the reader's choice comes before the guess")
        << QStringLiteral("a.txt") << QByteArray(cyrillic + "\n") << QByteArray("windows-1252") << asLatin
        << QStringLiteral("as chosen");
    QTest::newRow("and before a page's own declaration")
        << QStringLiteral("b.html")
        << QByteArray("<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + cyrillic + "</p></body></html>")
        << QByteArray("windows-1251") << asCyrillic << QStringLiteral("as chosen");
}

void TestArticleLoader::shouldReadUndeclaredLegacyTextAndTheEncodingTheReaderChose()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, encoding);
    QFETCH(QString, contains);
    QFETCH(QString, warning);
    Files files;
    const QString path = files.write(name, bytes);

    const ArticleLoader::Result fromFile = ArticleLoader::loadFile(path, nullptr, encoding);
    const ArticleLoader::Result fromBytes = ArticleLoader::loadBytes(QByteArray(bytes), name, nullptr, encoding);

    QVERIFY2(fromFile.ok(), qPrintable(fromFile.error));
    QVERIFY2(fromFile.article.text().contains(contains), qPrintable(fromFile.article.text()));
    QVERIFY2(fromFile.warning.contains(warning), qPrintable(fromFile.warning));
    QCOMPARE(fromBytes.article.text(), fromFile.article.text());
    QCOMPARE(fromBytes.warning, fromFile.warning);
}

void TestArticleLoader::shouldTurnFeedEntriesIntoArticles()
{
    Files files;
    const QString path = files.write(QStringLiteral("news.xml"), kRss);

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.format, Format::Feed);
    QVERIFY(r.article.isEmpty());
    QCOMPARE(r.feed.title, QStringLiteral("News"));
    QCOMPARE(r.feed.entries.size(), 2);
    const Article second = ArticleLoader::articleFromFeedEntry(r.feed.entries.at(1));
    QCOMPARE(second.title(), QStringLiteral("Two"));
    QCOMPARE(second.text(), QStringLiteral("Two\nSecond entry text."));
    QCOMPARE(second.formatName(), ArticleLoader::tr("feed entry"));
}

void TestArticleLoader::shouldExtractEveryFeedEntryOnTheCommandLine()
{
    // Given a feed whose first entry has a link and a quote, and whose second has neither
    Files files;
    const QString path = files.write(QStringLiteral("news.rss"),
        "<rss version=\"2.0\"><channel><title>News</title>"
        "<item><title>One</title><link>https://example.org/1</link>"
        "<description>&lt;p&gt;\xe2\x80\x9cWe will rebuild the bridge,\xe2\x80\x9d said Mayor Ann Example.&lt;/p&gt;</description></item>"
        "<item><title>Two</title><description>No quotes here.</description></item></channel></rss>");

    // When `saywho --extract` runs on it
    const ExtractOutput run = runExtractCommand({path});
    const int status = run.status;
    const QByteArray json = run.out;

    // Then one line holds the feed and one article object per entry
    QCOMPARE(status, 0);
    QCOMPARE(json.count('\n'), 1);
    const QJsonObject feed = QJsonDocument::fromJson(json).object();
    QCOMPARE(feed.value(QStringLiteral("file")).toString(), path);
    QCOMPARE(feed.value(QStringLiteral("title")).toString(), QStringLiteral("News"));
    const QJsonArray articles = feed.value(QStringLiteral("articles")).toArray();
    QCOMPARE(articles.size(), 2);
    const QJsonObject first = articles.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("link")).toString(), QStringLiteral("https://example.org/1"));
    QCOMPARE(first.value(QStringLiteral("title")).toString(), QStringLiteral("One"));
    const QJsonArray quotes = first.value(QStringLiteral("quotes")).toArray();
    QCOMPARE(quotes.size(), 1);
    QVERIFY(quotes.at(0).toObject().value(QStringLiteral("text")).toString().startsWith(QStringLiteral("We will rebuild")));
    QVERIFY(articles.at(1).toObject().value(QStringLiteral("link")).isNull());
    QVERIFY(articles.at(1).toObject().value(QStringLiteral("quotes")).toArray().isEmpty());
}

void TestArticleLoader::shouldStopWhenCancelledBeforeReading_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("plain text") << QStringLiteral("a.txt") << kText;
    QTest::newRow("web page") << QStringLiteral("a.html") << kHtml;
    QTest::newRow("markdown") << QStringLiteral("a.md") << kMarkdown;
    QTest::newRow("feed") << QStringLiteral("a.rss") << kRss;
}

void TestArticleLoader::shouldStopWhenCancelledBeforeReading()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    Files files;
    const QString path = files.write(name, bytes);
    const std::atomic_bool cancelled{true};

    const ArticleLoader::Result r = ArticleLoader::loadFile(path, &cancelled);

    QVERIFY(r.cancelled);
    QVERIFY(!r.ok());
    QVERIFY(r.article.isEmpty());
}

void TestArticleLoader::shouldNeverReturnHalfALoadWhenCancelledMidway()
{
    // Given a large page and a flag raised from another thread while it loads
    Files files;
    QByteArray html = "<html><body>";
    for (int i = 0; i < 400000; ++i)
        html += "<p>Paragraph " + QByteArray::number(i) + ", with a comma and a <a href='#'>link</a>.</p>";
    const QString path = files.write(QStringLiteral("big.html"), html);
    std::atomic_bool cancelled{false};
    std::atomic_bool started{false};
    ArticleLoader::Result r;
    QThread *loader = QThread::create([&] {
        started = true;
        r = ArticleLoader::loadFile(path, &cancelled);
    });
    loader->start();
    QTRY_VERIFY(started.load());
    cancelled = true;
    QVERIFY(loader->wait(60000));
    delete loader;

    // Then the load either finished before the flag was seen or stopped with the cancelled state,
    // never half-done
    if (r.cancelled) {
        QVERIFY(r.article.isEmpty());
        QVERIFY(!r.ok());
    } else {
        QVERIFY(r.ok());
        QVERIFY(r.article.text().contains(QStringLiteral("Paragraph 399999,")));
    }
}

void TestArticleLoader::shouldNeverWriteToTheFile()
{
    Files files;
    const QString path = files.write(QStringLiteral("a.html"), kHtml);
    const QDateTime before = QFileInfo(path).lastModified();
    QFile::setPermissions(path, QFileDevice::ReadOwner);

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QVERIFY(r.ok());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), kHtml);
    QCOMPARE(QFileInfo(path).lastModified(), before);
}

QTEST_GUILESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
