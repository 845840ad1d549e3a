// What the reader remembers between sessions: Open Recent (newest first, ten at most, missing files
// dropped), the article to reopen on start (the sample only the very first time), and the window's
// geometry, splitter, zoom, line width and speaker order.
#include "articleview.h"
#include "mainwindow.h"
#include "settings/recentfiles.h"
#include "speakerpanel.h"
#include "windowhelpers.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace WindowHelpers;

class TestReaderState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void shouldListRecentFilesNewestFirst();
    void shouldKeepAtMostTenRecentFiles();
    void shouldOpenARecentFileFromTheMenu();
    void shouldDropMissingRecentFiles();
    void shouldOpenTheSampleOnlyOnTheFirstStart();
    void shouldRememberTheViewBetweenSessions();
    void shouldUseDefaultsForValuesItCannotUse();
    void shouldKeepTheSettingsWarningInSightWhileTheArticleLoads();

private:
    QString article(const QString &name, const QString &speaker);
    QStringList recentMenuPaths(MainWindow *window);

    QTemporaryDir m_dir;
};

void TestReaderState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestReaderState::article(const QString &name, const QString &speaker)
{
    const QString path = m_dir.filePath(name);
    const QString text = QStringLiteral("Notes from the harbour\n\n\"The pier will reopen in June,\" said %1 on Monday.\n")
                             .arg(speaker);
    writeFile(path, text.toUtf8());
    return path;
}

QStringList TestReaderState::recentMenuPaths(MainWindow *window)
{
    auto *menu = window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    emit menu->aboutToShow();
    QStringList paths;
    for (QAction *action : menu->actions()) {
        if (!action->data().toString().isEmpty())
            paths.append(action->data().toString());
    }
    return paths;
}

void TestReaderState::shouldListRecentFilesNewestFirst()
{
    const QString a = article(QStringLiteral("a.txt"), QStringLiteral("Ilse Brandt"));
    const QString b = article(QStringLiteral("b.txt"), QStringLiteral("Oskar Lind"));
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(&window, a));
    QVERIFY(openAndWait(&window, b));
    QVERIFY(openAndWait(&window, a));

    QCOMPARE(RecentFiles::files(), (QStringList{a, b}));
    QCOMPARE(recentMenuPaths(&window), (QStringList{a, b}));
    // The bundled sample is not a file the user can find again.
    QVERIFY(openAndWait(&window, MainWindow::samplePath()));
    QCOMPARE(RecentFiles::files(), (QStringList{a, b}));
}

void TestReaderState::shouldKeepAtMostTenRecentFiles()
{
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        paths.prepend(article(QStringLiteral("many-%1.txt").arg(i), QStringLiteral("Ilse Brandt")));
        RecentFiles::add(paths.constFirst());
    }
    QCOMPARE(RecentFiles::files().size(), RecentFiles::MaxCount);
    QCOMPARE(RecentFiles::files(), paths.mid(0, RecentFiles::MaxCount));
}

void TestReaderState::shouldOpenARecentFileFromTheMenu()
{
    const QString a = article(QStringLiteral("menu-a.txt"), QStringLiteral("Ilse Brandt"));
    const QString b = article(QStringLiteral("menu-b.txt"), QStringLiteral("Oskar Lind"));
    RecentFiles::add(a);
    RecentFiles::add(b);
    MainWindow window;
    window.show();
    auto *menu = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
    emit menu->aboutToShow();
    QAction *second = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->data().toString() == a)
            second = action;
    }
    QVERIFY(second);
    QVERIFY(second->text().startsWith(QStringLiteral("&2")));
    QSignalSpy finished(&window, &MainWindow::loadFinished);
    second->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(window.currentFile(), a);
}

void TestReaderState::shouldDropMissingRecentFiles()
{
    const QString kept = article(QStringLiteral("kept.txt"), QStringLiteral("Ilse Brandt"));
    const QString gone = article(QStringLiteral("gone.txt"), QStringLiteral("Oskar Lind"));
    RecentFiles::add(kept);
    RecentFiles::add(gone);
    QVERIFY(QFile::remove(gone));
    MainWindow window;
    QCOMPARE(recentMenuPaths(&window), QStringList{kept});
    QCOMPARE(QSettings().value(QStringLiteral("recentFiles")).toStringList(), QStringList{kept});
}

void TestReaderState::shouldOpenTheSampleOnlyOnTheFirstStart()
{
    // First start: the sample.
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openStartupArticle();
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.currentFile(), MainWindow::samplePath());
        QVERIFY(openAndWait(&window, article(QStringLiteral("last.txt"), QStringLiteral("Ilse Brandt"))));
        window.close();
    }
    // Next start: the article read last.
    const QString last = m_dir.filePath(QStringLiteral("last.txt"));
    {
        MainWindow window;
        window.show();
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openStartupArticle();
        QVERIFY(finished.wait(30000));
        QCOMPARE(window.currentFile(), last);
    }
    // The last article is gone: an empty window, not the sample again.
    QVERIFY(QFile::remove(last));
    {
        MainWindow window;
        window.show();
        window.openStartupArticle();
        QVERIFY(!window.isLoading());
        QVERIFY(window.currentFile().isEmpty());
        QVERIFY(window.articleView()->document()->toPlainText().contains(QStringLiteral("No article open")));
    }
}

void TestReaderState::shouldRememberTheViewBetweenSessions()
{
    {
        MainWindow window;
        window.resize(900, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("zoomInAction"))->trigger();
        window.findChild<QAction *>(QStringLiteral("zoomInAction"))->trigger();
        window.findChild<QAction *>(QStringLiteral("readableWidthAction"))->trigger();
        window.speakerPanel()->setOrder(SpeakerFilterModel::Order::Name);
        window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->setSizes({250, 280, 370});
        window.close();
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(900, 640));
    QCOMPARE(window.articleView()->zoom(), 120);
    QVERIFY(!window.articleView()->readableWidth());
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("readableWidthAction"))->isChecked());
    QCOMPARE(window.speakerPanel()->order(), SpeakerFilterModel::Order::Name);
    QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes().value(1), 280);
}

void TestReaderState::shouldUseDefaultsForValuesItCannotUse()
{
    // Values of the wrong type or out of range, as a hand edit or another version may leave them.
    const QString a = article(QStringLiteral("a.txt"), QStringLiteral("Ilse Brandt"));
    {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), QByteArray("not a geometry"));
        settings.setValue(QStringLiteral("window/state"), 42);
        settings.setValue(QStringLiteral("window/splitter"), QStringLiteral("wide"));
        settings.setValue(QStringLiteral("view/zoom"), QStringLiteral("large"));
        settings.setValue(QStringLiteral("view/speakerOrder"), 99);
        settings.setValue(QStringLiteral("recentFiles"), QVariantList{7, a, QString(), QStringLiteral("/no/such/file.txt")});
        settings.setValue(QStringLiteral("lastArticle"), 3.5);
        settings.setValue(QStringLiteral("started"), true);
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openStartupArticle();
    QCOMPARE(window.articleView()->zoom(), 100);
    QCOMPARE(window.speakerPanel()->order(), SpeakerFilterModel::Order::Appearance);
    QCOMPARE(RecentFiles::files(), QStringList{a});
    QCOMPARE(recentMenuPaths(&window), QStringList{a});
    QVERIFY(openAndWait(&window, a));
    QCOMPARE(RecentFiles::files(), QStringList{a});
}

void TestReaderState::shouldKeepTheSettingsWarningInSightWhileTheArticleLoads()
{
    // Saywho shows the warning as it starts, while the first article is still loading: the load's
    // own status messages must not hide it.
    const QString a = article(QStringLiteral("a.txt"), QStringLiteral("Ilse Brandt"));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString warning = QStringLiteral("The settings file /x/saywho.conf was unusable.");
    window.showSettingsWarning(warning);
    QVERIFY(openAndWait(&window, a));

    auto *box = window.findChild<QMessageBox *>(QStringLiteral("settingsWarning"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->informativeText(), warning);
    box->close();
}

QTEST_MAIN(TestReaderState)
#include "tst_readerstate.moc"
