// File › Open Original in Browser: enabled only for an article that came from a web address (a
// saved page, a web archive, a feed entry), and handing that address to the desktop's browser, from
// the menu and from its shortcut. The test takes the place of the browser: nothing is opened or
// fetched.
#include "mainwindow.h"
#include "windowhelpers.h"

#include <QAction>
#include <QDesktopServices>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace WindowHelpers;

// Stands in for the web browser: QDesktopServices hands it the addresses it would open.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void openUrl(const QUrl &url) { opened.append(url); }
};

class TestOriginalAddress : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void shouldOpenTheAddressTheArticleCameFrom_data();
    void shouldOpenTheAddressTheArticleCameFrom();
    void shouldOpenItWithItsShortcut();

private:
    QAction *action() const { return m_window->findChild<QAction *>(QStringLiteral("openOriginalAction")); }

    QTemporaryDir m_dir;
    BrowserStandIn m_browser;
    MainWindow *m_window = nullptr;
};

namespace {

const QByteArray kBody
    = "<body><div class='story'><p>The harbour board counted the ballots on Friday night, after a long day of "
      "queues at the ferry office, and the result surprised almost everyone.</p><p>\xe2\x80\x9cWe will open the "
      "new route in spring,\xe2\x80\x9d said Ada Wren, who chairs the board.</p></div></body></html>";

} // namespace

void TestOriginalAddress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_browser, "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
}

void TestOriginalAddress::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void TestOriginalAddress::init()
{
    QSettings().clear();
    m_browser.opened.clear();
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestOriginalAddress::cleanup()
{
    delete m_window;
}

void TestOriginalAddress::shouldOpenTheAddressTheArticleCameFrom_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QUrl>("address");

    QTest::newRow("a saved page with a canonical link")
        << QStringLiteral("canonical.html")
        << QByteArray("<html><head><link rel='canonical' href='https://news.example.org/harbour-vote'></head>") + kBody
        << QUrl(QStringLiteral("https://news.example.org/harbour-vote"));
    QTest::newRow("a page saved by a browser that wrote where it came from")
        << QStringLiteral("saved.htm")
        << QByteArray("<!-- saved from url=(0028)http://example.net/p/harbour -->\n<html><head></head>") + kBody
        << QUrl(QStringLiteral("http://example.net/p/harbour"));
    QTest::newRow("a web archive")
        << QStringLiteral("page.mhtml")
        << QByteArray("From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/ferry\r\n"
                      "Subject: Harbour vote\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n"
                      "\ttype=\"text/html\";\r\n\tboundary=\"----b\"\r\n\r\n------b\r\nContent-Type: text/html\r\n"
                      "Content-Location: https://example.org/ferry\r\n\r\n<html><head></head>")
            + kBody + QByteArray("\r\n------b--\r\n")
        << QUrl(QStringLiteral("https://example.org/ferry"));
    QTest::newRow("a page that names no address")
        << QStringLiteral("plain.html") << QByteArray("<html><head></head>") + kBody << QUrl();
    QTest::newRow("a text file") << QStringLiteral("note.txt")
                                 << QByteArray("Ferry vote counted\n\nThe board said the new route opens in spring.\n")
                                 << QUrl();
}

void TestOriginalAddress::shouldOpenTheAddressTheArticleCameFrom()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(QUrl, address);

    // Given an article opened from a file
    const QString path = m_dir.filePath(name);
    QVERIFY(writeFile(path, bytes));
    QVERIFY(openAndWait(m_window, path));

    // Then Open Original in Browser is there when the article came from a web address, and names it
    QVERIFY(action());
    QCOMPARE(action()->isEnabled(), !address.isEmpty());
    if (address.isEmpty())
        return;
    QVERIFY2(action()->statusTip().contains(address.toString()), qPrintable(action()->statusTip()));

    // When it is chosen
    action()->trigger();

    // Then the browser is asked for that address, once
    QCOMPARE(m_browser.opened, QList<QUrl> {address});
}

void TestOriginalAddress::shouldOpenItWithItsShortcut()
{
    // Given a saved page with its address open, and then a text file with none
    const QString page = m_dir.filePath(QStringLiteral("shortcut.html"));
    QVERIFY(writeFile(page,
        QByteArray("<html><head><meta property='og:url' content='https://example.org/a/1'>"
                   "</head>")
            + kBody));
    QVERIFY(openAndWait(m_window, page));

    // When Ctrl+Shift+B is pressed
    QTest::keyClick(m_window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);

    // Then the page's address is opened
    QCOMPARE(m_browser.opened, QList<QUrl> {QUrl(QStringLiteral("https://example.org/a/1"))});

    // And once an article without an address is shown, the key does nothing
    const QString text = m_dir.filePath(QStringLiteral("shortcut.txt"));
    QVERIFY(writeFile(text, QByteArray("The board said the new route opens in spring, after the repairs.\n")));
    QVERIFY(openAndWait(m_window, text));
    QVERIFY(!action()->isEnabled());
    QTest::keyClick(m_window, Qt::Key_B, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_browser.opened.size(), 1);
}

QTEST_MAIN(TestOriginalAddress)
#include "tst_originaladdress.moc"
