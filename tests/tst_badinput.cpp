// Bad input of every kind gets a clear answer from the loader (and from `saywho --extract`), never
// a crash, a hang or unbounded memory. Every input is written by the test into a temporary folder.
#include "load/articleloader.h"
#include "article/extraction.h"
#include "extract/extractor.h"
#include "testhelpers.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>


#ifdef Q_OS_UNIX
#include <grp.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace {

// The bytes of a literal, embedded NULs included.
template <size_t N>
QByteArray bytesOf(const char (&literal)[N])
{
    return QByteArray(literal, qsizetype(N - 1));
}

QString loaderText(const char *text)
{
    return ArticleLoader::tr(text);
}

// What `saywho --extract FILE` prints on stderr and returns for this file.
std::pair<int, QString> extractCommand(const QString &path)
{
    const ExtractOutput r = runExtractCommand({path});
    return {r.status, QString::fromLocal8Bit(r.err)};
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldRefuseWithAClearReason_data();
    void shouldRefuseWithAClearReason();
    void shouldRefuseAFileWithoutReadPermission();
    void shouldRefuseAFileThatOpenRefusesEvenToRoot();
    void shouldRefuseAnUnreadableFileToAnUnprivilegedUser();
    void shouldNeverBlockOnAFifo();
    void shouldRefuseDeviceFiles_data();
    void shouldRefuseDeviceFiles();
    void shouldRefuseAHugeFileWithoutReadingIt();
    void shouldReadOnlyTheHeadOfALargeBinaryFile();
    void shouldReadDamagedTextAsWellAsItCan_data();
    void shouldReadDamagedTextAsWellAsItCan();
    void shouldReadHostileHtml_data();
    void shouldReadHostileHtml();
    void shouldAnswerHostileFeeds_data();
    void shouldAnswerHostileFeeds();
    void shouldReadAFeedWith100000Entries();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestBadInput::write(const QString &name, const QByteArray &bytes)
{
    return writeTestFile(m_dir.filePath(name), bytes);
}

void TestBadInput::shouldRefuseWithAClearReason_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");

    const QString binary = loaderText("Saywho cannot read this file: it holds binary data (%1), not text.");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("no-such-file.txt")) << loaderText("The file does not exist.");
    QTest::newRow("missing folder") << m_dir.filePath(QStringLiteral("nowhere/file.txt")) << loaderText("The file does not exist.");
    QTest::newRow("folder") << m_dir.path() << loaderText("This is a folder, not a file.");
    QTest::newRow("empty") << write(QStringLiteral("empty.txt"), {}) << loaderText("The file is empty.");
    QTest::newRow("only white space") << write(QStringLiteral("blank.txt"), " \n\t\r\n  \xC2\xA0 \n") << loaderText("The file holds no text, only white space.");
    QTest::newRow("empty markdown") << write(QStringLiteral("blank.md"), "\n\n   \n") << loaderText("The file holds no text, only white space.");
    QTest::newRow("html without text") << write(QStringLiteral("blank.html"), "<html><body><div><img src='x.png'></div></body></html>")
                                       << loaderText("The page holds no readable text.");
    QTest::newRow("png") << write(QStringLiteral("image.png"), bytesOf("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0"))
                         << binary.arg(QMimeDatabase().mimeTypeForName(QStringLiteral("image/png")).comment());
    QTest::newRow("png named .txt") << write(QStringLiteral("image.txt"), bytesOf("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10"))
                                    << binary.arg(QMimeDatabase().mimeTypeForName(QStringLiteral("image/png")).comment());
    QByteArray elf = bytesOf("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3E\0\x01\0\0\0");
    elf += QByteArray(200, '\0');
    QTest::newRow("executable") << write(QStringLiteral("program"), elf)
                                << binary.arg(QMimeDatabase().mimeTypeForData(elf).comment());
    QTest::newRow("nul bytes") << write(QStringLiteral("nul.txt"), bytesOf("Some text\0\0\0 and more text.\n"))
                               << loaderText("Saywho cannot read this file: it holds binary data, not text.");
    QTest::newRow("not a feed") << write(QStringLiteral("settings.xml"), "<?xml version=\"1.0\"?><settings><a>1</a></settings>")
                                << loaderText("This XML file is neither a news feed nor an article.");
}

void TestBadInput::shouldRefuseWithAClearReason()
{
    QFETCH(QString, path);
    QFETCH(QString, reason);

    // The loader says why...
    const ArticleLoader::Result r = ArticleLoader::loadFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error, reason);

    // ...and `saywho --extract` prints it as "saywho: FILE: reason" and exits 1.
    const auto [status, err] = extractCommand(path);
    QCOMPARE(status, 1);
    QCOMPARE(err, QStringLiteral("saywho: ") + path + QStringLiteral(": ") + reason + u'\n');
}

void TestBadInput::shouldRefuseAFileWithoutReadPermission()
{
#ifdef Q_OS_UNIX
    if (::geteuid() == 0)
        QSKIP("Running as root, which reads any file whatever its permission bits; "
              "shouldRefuseAFileThatOpenRefusesEvenToRoot and shouldRefuseAnUnreadableFileToAnUnprivilegedUser "
              "check the same path as root");
#endif
    const QString path = write(QStringLiteral("secret.txt"), "Private text.\n");
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QCOMPARE(r.error, loaderText("You do not have permission to read this file."));
    QCOMPARE(extractCommand(path).first, 1);
}

void TestBadInput::shouldRefuseAFileThatOpenRefusesEvenToRoot()
{
    // Write-only sysctl files: procfs checks their mode bits for root too, so open() fails for anyone.
    const QString path = QStringLiteral("/proc/sys/vm/drop_caches");
    if (!QFileInfo::exists(path))
        QSKIP("Needs the Linux /proc/sys file system");

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QCOMPARE(r.error, loaderText("You do not have permission to read this file."));
    const auto [status, err] = extractCommand(path);
    QCOMPARE(status, 1);
    QCOMPARE(err, QStringLiteral("saywho: ") + path + QStringLiteral(": ") + r.error + u'\n');
}

void TestBadInput::shouldRefuseAnUnreadableFileToAnUnprivilegedUser()
{
    // Given a file only its owner may write, in a folder others may pass through
    const QString path = write(QStringLiteral("owner-only.txt"), "Private text.\n");
    QVERIFY(QFile::setPermissions(path, QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                    | QFileDevice::ExeGroup | QFileDevice::ExeOther));
#ifdef Q_OS_UNIX
    if (::geteuid() == 0) {
        // When run as root, load it as an unprivileged user in a child process.
        int fds[2];
        QVERIFY(::pipe(fds) == 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(fds[0]);
            QByteArray answer;
            if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0)
                answer = "cannot drop privileges";
            else
                answer = ArticleLoader::loadFile(path).error.toUtf8();
            (void)!::write(fds[1], answer.constData(), size_t(answer.size()));
            ::_exit(0);
        }
        ::close(fds[1]);
        QByteArray answer;
        char buf[512];
        ssize_t n;
        while ((n = ::read(fds[0], buf, sizeof buf)) > 0)
            answer.append(buf, n);
        ::close(fds[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(QString::fromUtf8(answer), loaderText("You do not have permission to read this file."));
        return;
    }
#endif
    QCOMPARE(ArticleLoader::loadFile(path).error, loaderText("You do not have permission to read this file."));
}

void TestBadInput::shouldNeverBlockOnAFifo()
{
#ifdef Q_OS_UNIX
    // Given a named pipe nobody writes to (opening it for reading would block forever)
    const QString path = m_dir.filePath(QStringLiteral("pipe.txt"));
    QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);

    // When it is loaded, then it is refused at once
    const ArticleLoader::Result r = ArticleLoader::loadFile(path);
    QCOMPARE(r.error, loaderText("This is not a regular file (a pipe, socket or device); Saywho only opens files."));
    QCOMPARE(extractCommand(path).first, 1);
#else
    QSKIP("Named pipes are a Unix thing");
#endif
}

void TestBadInput::shouldRefuseDeviceFiles_data()
{
    QTest::addColumn<QString>("path");
    // /dev/zero never ends, /dev/null is empty, /dev/urandom is endless binary data.
    for (const char *device : {"/dev/zero", "/dev/null", "/dev/urandom", "/dev/tty"})
        QTest::newRow(device) << QString::fromLatin1(device);
}

void TestBadInput::shouldRefuseDeviceFiles()
{
    QFETCH(QString, path);
    if (!QFileInfo::exists(path))
        QSKIP("Device not present on this system");

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QCOMPARE(r.error, loaderText("This is not a regular file (a pipe, socket or device); Saywho only opens files."));
}

void TestBadInput::shouldRefuseAHugeFileWithoutReadingIt()
{
    // Given a sparse file past the limit (no disk space used, instant to make)
    const QString path = m_dir.filePath(QStringLiteral("huge.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Text at the start.\n");
        QVERIFY(file.resize(ArticleLoader::MaxFileSize + 1));
    }

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QCOMPARE(r.error, loaderText("The file is %1 MB; Saywho opens articles up to %2 MB.").arg(512).arg(512));
    QCOMPARE(extractCommand(path).first, 1);
    QFile::remove(path);
}

void TestBadInput::shouldReadOnlyTheHeadOfALargeBinaryFile()
{
    // Given a 400 MB sparse file of NUL bytes, below the limit
    const QString path = m_dir.filePath(QStringLiteral("zeros.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(400) * 1024 * 1024));
    }

    // Then the first 64 KB decide it is binary; the rest is never read or held
    const ArticleLoader::Result r = ArticleLoader::loadFile(path);
    QCOMPARE(r.error, loaderText("Saywho cannot read this file: it holds binary data, not text."));
    QFile::remove(path);
}

void TestBadInput::shouldReadDamagedTextAsWellAsItCan_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("warned");

    QTest::newRow("invalid utf-8") << write(QStringLiteral("latin.txt"), "Caf\xe9 \x93quoted\x94 and na\xefve.\n")
                                   << QStringLiteral("Caf\u00e9 \u201cquoted\u201d and na\u00efve.") << false;
    QTest::newRow("utf-8 with stray bytes") << write(QStringLiteral("mixed.txt"), "Caf\xc3\xa9 and \x93quoted\x94.\n")
                                            << QStringLiteral("Caf\u00e9 and \u201cquoted\u201d.") << true;
    QByteArray utf16("\xFF\xFE");
    for (char c : QByteArray("Cut short"))
        utf16 += QByteArray(1, c) + QByteArray(1, '\0');
    utf16 += 'X';
    QTest::newRow("truncated utf-16") << write(QStringLiteral("cut16.txt"), utf16) << QStringLiteral("Cut short") << true;
    const QByteArray pair = bytesOf("\xFE\xFF\0H\0i\xD8\x3D");
    QTest::newRow("utf-16 cut inside a surrogate pair") << write(QStringLiteral("pair16.txt"), pair) << QStringLiteral("Hi") << true;
}

void TestBadInput::shouldReadDamagedTextAsWellAsItCan()
{
    QFETCH(QString, path);
    QFETCH(QString, text);
    QFETCH(bool, warned);

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.article.text(), text);
    QCOMPARE(!r.warning.isEmpty(), warned);
}

void TestBadInput::shouldReadHostileHtml_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("html");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QStringList>("absent");

    QByteArray deep = "<html><body>";
    for (int i = 0; i < 100000; ++i)
        deep += "<div>";
    deep += "<p>Text at the bottom of 100,000 levels.</p>";
    for (int i = 0; i < 100000; ++i)
        deep += "</div>";
    QTest::newRow("nested 100,000 levels") << QStringLiteral("deep.html") << deep
                                           << QStringLiteral("Text at the bottom of 100,000 levels.") << QStringList();
    QByteArray deepInline = "<p>Start, then ";
    for (int i = 0; i < 100000; ++i)
        deepInline += "<b><i><span><q>";
    deepInline += "deep words";
    QTest::newRow("inline nesting without end") << QStringLiteral("inline.html") << deepInline << QStringLiteral("deep words")
                                                << QStringList();
    const QByteArray active = "<html><head><script src='https://evil.example.com/x.js'></script>"
                              "<script>document.body.innerHTML='SCRIPT-RAN'</script>"
                              "<meta http-equiv='refresh' content='0;url=https://evil.example.com/'>"
                              "<link rel='stylesheet' href='https://evil.example.com/s.css'></head><body>"
                              "<p onclick=\"alert('HANDLER')\">The visible paragraph, with enough text to be the article.</p>"
                              "<iframe src='https://evil.example.com/frame'>IFRAME-FALLBACK</iframe>"
                              "<img src='https://evil.example.com/pixel.gif' alt='IMAGE-ALT' onerror='alert(1)'>"
                              "<object data='https://evil.example.com/o'>OBJECT-TEXT</object>"
                              "<svg><script>SVG-SCRIPT</script><text>SVG-TEXT</text></svg>"
                              "<noscript><img src='https://evil.example.com/noscript.gif'>NOSCRIPT-TEXT</noscript>"
                              "<form action='https://evil.example.com/post'><input value='FORM-VALUE'></form>"
                              "<style>@import url(https://evil.example.com/i.css); .x{}</style></body></html>";
    QTest::newRow("scripts, frames, remote images")
        << QStringLiteral("active.html") << active << QStringLiteral("The visible paragraph")
        << QStringList{QStringLiteral("evil.example.com"), QStringLiteral("SCRIPT-RAN"), QStringLiteral("HANDLER"),
                       QStringLiteral("IFRAME-FALLBACK"), QStringLiteral("IMAGE-ALT"), QStringLiteral("OBJECT-TEXT"),
                       QStringLiteral("SVG-SCRIPT"), QStringLiteral("SVG-TEXT"), QStringLiteral("NOSCRIPT-TEXT"),
                       QStringLiteral("FORM-VALUE"), QStringLiteral("http"), QStringLiteral("@import")};
    QTest::newRow("malformed") << QStringLiteral("broken.html")
                               << QByteArray("<html><body><p>First, kept.<div><p>Second <b>bold <i>both</p></b> tail"
                                             "</i></span></div></td><!-- open comment <p>lost")
                               << QStringLiteral("First, kept.") << QStringList{QStringLiteral("lost")};
    QTest::newRow("one huge attribute") << QStringLiteral("attr.html")
                                        << QByteArray("<p class=\"" + QByteArray(qsizetype(5) * 1024 * 1024, 'x') + "\">Text after a huge attribute.</p>")
                                        << QStringLiteral("Text after a huge attribute.") << QStringList{QStringLiteral("xxx")};
}

void TestBadInput::shouldReadHostileHtml()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, html);
    QFETCH(QString, kept);
    QFETCH(QStringList, absent);
    const QString path = write(name, html);

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY2(r.article.text().contains(kept), qPrintable(r.article.text().left(500)));
    for (const QString &marker : absent)
        QVERIFY2(!r.article.text().contains(marker, Qt::CaseInsensitive), qPrintable(marker));
    verifySane(r.article, Extractor().extract(r.article));
}

void TestBadInput::shouldAnswerHostileFeeds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<bool>("loads");

    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY l0 \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
        laughs += "<!ENTITY l" + QByteArray::number(i) + " \"";
        for (int k = 0; k < 10; ++k)
            laughs += "&l" + QByteArray::number(i - 1) + ";";
        laughs += "\">\n";
    }
    laughs += "]>\n<rss version=\"2.0\"><channel><title>&l9;</title><item><title>&l9;</title></item></channel></rss>\n";
    QTest::newRow("billion laughs") << QStringLiteral("laughs.rss") << laughs << false;
    QByteArray quadratic = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY a \"" + QByteArray(4000, 'x') + "\">]>\n"
                           "<rss version=\"2.0\"><channel><title>t</title><item><title>t</title><description>";
    for (int i = 0; i < 100000; ++i)
        quadratic += "&a;";
    quadratic += "</description></item></channel></rss>\n";
    QTest::newRow("quadratic blowup") << QStringLiteral("quadratic.xml") << quadratic << false;
    QTest::newRow("external entity") << QStringLiteral("external.rss")
                                     << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                                   "<rss version=\"2.0\"><channel><title>T</title><item><title>Entry</title>"
                                                   "<description>Before &x; after.</description></item></channel></rss>\n")
                                     << true;
    QTest::newRow("malformed") << QStringLiteral("malformed.rss")
                               << QByteArray("<?xml version=\"1.0\"?><rss><channel><title>T</title><item><title>x</item></rss>")
                               << false;
    QTest::newRow("cut short") << QStringLiteral("cut.atom")
                               << QByteArray("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>x")
                               << false;
    QTest::newRow("no entries") << QStringLiteral("none.rss")
                                << QByteArray("<rss version=\"2.0\"><channel><title>Empty</title></channel></rss>") << false;
}

void TestBadInput::shouldAnswerHostileFeeds()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, xml);
    QFETCH(bool, loads);
    const QString path = write(name, xml);

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QCOMPARE(r.ok(), loads);
    if (!loads) {
        QVERIFY(!r.error.isEmpty());
        const auto [status, err] = extractCommand(path);
        QCOMPARE(status, 1);
        QCOMPARE(err, QStringLiteral("saywho: ") + path + QStringLiteral(": ") + r.error + u'\n');
        return;
    }
    QCOMPARE(r.feed.entries.size(), 1);
    const Article article = ArticleLoader::articleFromFeedEntry(r.feed.entries.first());
    QVERIFY(!article.text().contains(QStringLiteral("root:")));
    QVERIFY(article.text().startsWith(QStringLiteral("Entry\nBefore")));
    QVERIFY(article.text().endsWith(QStringLiteral("after.")));
}

void TestBadInput::shouldReadAFeedWith100000Entries()
{
    QByteArray xml = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>\n";
    for (int i = 0; i < 100000; ++i)
        xml += "<item><title>Entry " + QByteArray::number(i) + "</title><description>Text " + QByteArray::number(i)
            + ", \xe2\x80\x9cquoted words\xe2\x80\x9d, she said.</description></item>\n";
    xml += "</channel></rss>\n";
    const QString path = write(QStringLiteral("many.rss"), xml);

    const ArticleLoader::Result r = ArticleLoader::loadFile(path);

    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.feed.entries.size(), 100000);
    const Article last = ArticleLoader::articleFromFeedEntry(r.feed.entries.last());
    QCOMPARE(last.text(), QStringLiteral("Entry 99999\nText 99999, \u201cquoted words\u201d, she said."));
    verifySane(last, Extractor().extract(last));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
