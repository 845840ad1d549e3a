// Reloading when the open file changes on disk: written in place, replaced by a new file the way
// saving editors do, or removed; the selected speaker stays selected.
#include "articleview.h"
#include "mainwindow.h"
#include "models/speakermodel.h"
#include "speakerpanel.h"
#include "windowhelpers.h"

#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace WindowHelpers;

class TestReload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldReloadAChangedFileKeepingTheSpeaker();
    void shouldReloadAfterTheFileIsReplacedAndKeepWatching();
    void shouldKeepTheArticleWhenTheFileIsRemoved();

private:
    QString shownText() const { return m_window->articleView()->document()->toPlainText(); }
    QString selectedSpeaker() const;

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_original;
    MainWindow *m_window = nullptr;
};

void TestReload::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_original = readFile(MainWindow::samplePath());
    QVERIFY(!m_original.isEmpty());
}

void TestReload::init()
{
    QSettings().clear();
    m_path = m_dir.filePath(QStringLiteral("article-%1.txt").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QVERIFY(writeFile(m_path, m_original));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(openAndWait(m_window, m_path));
}

void TestReload::cleanup()
{
    delete m_window;
}

QString TestReload::selectedSpeaker() const
{
    const QModelIndex selected = m_window->speakerPanel()->selectedSource();
    return selected.data(SpeakerModel::SpeakerNameRole).toString();
}

void TestReload::shouldReloadAChangedFileKeepingTheSpeaker()
{
    // Given Ban Ki-moon selected
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("speakerView"));
    clickRow(tree, findRow(tree->model(), QStringLiteral("Ban Ki-moon")));
    QCOMPARE(selectedSpeaker(), QStringLiteral("Ban Ki-moon"));
    QSignalSpy finished(m_window, &MainWindow::loadFinished);

    // When another program adds a paragraph to the file in place
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n\nA paragraph added while the article was open.\n");
    file.close();

    // Then the window reads it again and keeps the speaker and the highlights
    QVERIFY(finished.wait(15000));
    QVERIFY(finished.constFirst().constFirst().toBool());
    QVERIFY(shownText().contains(QStringLiteral("A paragraph added while the article was open.")));
    QCOMPARE(selectedSpeaker(), QStringLiteral("Ban Ki-moon"));
    const int quotes = m_window->speakerModel()->rowCount(m_window->speakerModel()->findSpeakerByName(QStringLiteral("Ban Ki-moon")));
    QCOMPARE(m_window->articleView()->extraSelections().size(), quotes);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Reloaded")));
}

void TestReload::shouldReloadAfterTheFileIsReplacedAndKeepWatching()
{
    QSignalSpy finished(m_window, &MainWindow::loadFinished);

    // Saved the way many editors save: a new file renamed over the old one.
    QSaveFile replacement(m_path);
    QVERIFY(replacement.open(QIODevice::WriteOnly));
    replacement.write(m_original + "\n\nFirst edit.\n");
    QVERIFY(replacement.commit());
    QVERIFY(finished.wait(15000));
    QVERIFY(shownText().contains(QStringLiteral("First edit.")));

    // The watch is armed again on the new file.
    finished.clear();
    QTest::qWait(50);
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::Append));
    file.write("\n\nSecond edit.\n");
    file.close();
    QVERIFY(finished.wait(15000));
    QVERIFY(shownText().contains(QStringLiteral("Second edit.")));
}

void TestReload::shouldKeepTheArticleWhenTheFileIsRemoved()
{
    const QString before = shownText();
    QSignalSpy finished(m_window, &MainWindow::loadFinished);
    QVERIFY(QFile::remove(m_path));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(QStringLiteral("removed")), 10000);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(shownText(), before);
    QVERIFY(!m_window->findChild<QWidget *>(QStringLiteral("errorMessage")));

    // Back again (restored from a backup, say): read again.
    QVERIFY(writeFile(m_path, m_original + "\n\nRestored.\n"));
    QVERIFY(finished.wait(15000));
    QVERIFY(shownText().contains(QStringLiteral("Restored.")));
}

QTEST_MAIN(TestReload)
#include "tst_reload.moc"
