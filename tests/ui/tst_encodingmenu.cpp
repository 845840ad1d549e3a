// View › Encoding: a file that declares no encoding is read in the one it looks like, the reader can
// have it read again in another, and a file opened afresh is read as it says again.
#include "articleview.h"
#include "encodingmenu.h"
#include "mainwindow.h"
#include "windowhelpers.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace WindowHelpers;

namespace {

// "Привет, сказал он, и ушёл домой." in Windows-1251, with no declaration.
const QByteArray kCyrillic = "\xcf\xf0\xe8\xe2\xe5\xf2, \xf1\xea\xe0\xe7\xe0\xeb \xee\xed, \xe8 \xf3\xf8\xb8\xeb "
                             "\xe4\xee\xec\xee\xe9.\n";
const QString kAsCyrillic = QStringLiteral("\u041f\u0440\u0438\u0432\u0435\u0442, \u0441\u043a\u0430\u0437\u0430\u043b");
const QString kAsWestern = QStringLiteral("\u00cf\u00f0\u00e8\u00e2\u00e5\u00f2, \u00f1\u00ea\u00e0\u00e7\u00e0\u00eb");

QAction *actionFor(EncodingMenu *menu, const QByteArray &encoding)
{
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (action->isCheckable() && action->data().toByteArray() == encoding)
            return action;
    }
    return nullptr;
}

} // namespace

class TestEncodingMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldReadTheFileAgainInTheEncodingChosen();
    void shouldGoBackToAutomaticForAnotherFile();

private:
    QString shownText() const { return m_window->articleView()->document()->toPlainText(); }
    bool choose(const QByteArray &encoding);

    QTemporaryDir m_dir;
    QString m_path;
    MainWindow *m_window = nullptr;
    EncodingMenu *m_menu = nullptr;
};

void TestEncodingMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("cyrillic.txt"));
    QVERIFY(writeFile(m_path, kCyrillic));
}

void TestEncodingMenu::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_menu = m_window->findChild<EncodingMenu *>(QStringLiteral("encodingMenu"));
    QVERIFY(m_menu);
    QVERIFY(openAndWait(m_window, m_path));
}

void TestEncodingMenu::cleanup()
{
    delete m_window;
}

bool TestEncodingMenu::choose(const QByteArray &encoding)
{
    QAction *action = actionFor(m_menu, encoding);
    if (!action)
        return false;
    QSignalSpy finished(m_window, &MainWindow::loadFinished);
    action->trigger();
    return finished.wait(30000) && finished.constFirst().constFirst().toBool();
}

void TestEncodingMenu::shouldReadTheFileAgainInTheEncodingChosen()
{
    // Given the file read in the encoding it looks like, with Automatic checked
    QVERIFY2(shownText().contains(kAsCyrillic), qPrintable(shownText()));
    QCOMPARE(m_menu->encoding(), QByteArray());

    // When Western is chosen, then the same bytes read as Latin letters
    QVERIFY(choose("windows-1252"));
    QVERIFY2(shownText().contains(kAsWestern), qPrintable(shownText()));
    QCOMPARE(m_menu->encoding(), QByteArray("windows-1252"));

    // And Automatic reads them as before
    QVERIFY(choose(QByteArray()));
    QVERIFY(shownText().contains(kAsCyrillic));
}

void TestEncodingMenu::shouldGoBackToAutomaticForAnotherFile()
{
    // Given the file read as Western
    QVERIFY(choose("windows-1252"));

    // When another file is opened
    const QString other = m_dir.filePath(QStringLiteral("other.txt"));
    QVERIFY(writeFile(other, kCyrillic));
    QVERIFY(openAndWait(m_window, other));

    // Then it is read as it says, and the menu says Automatic
    QCOMPARE(m_menu->encoding(), QByteArray());
    QVERIFY(shownText().contains(kAsCyrillic));
}

QTEST_MAIN(TestEncodingMenu)
#include "tst_encodingmenu.moc"
