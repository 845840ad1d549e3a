// Where the file dialogs start, with the real QFileDialog of the window: Open in the open article's
// folder (never with a folder name typed in the name field), then in the folder last chosen;
// Export in the article's folder with "<article title> quotes.csv" as the name.
#include "mainwindow.h"
#include "windowhelpers.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>

using namespace WindowHelpers;

namespace {

struct DialogState
{
    QString folder;
    QString name; // what the file name field holds
};

// Triggers the action, and once its file dialog is up, reads where it starts and answers it.
DialogState runDialog(QAction *action, const std::function<void(QFileDialog *)> &answer)
{
    DialogState state;
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (!seen) {
            seen = true;
            state.folder = QDir(dialog->directory()).absolutePath();
            if (auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
                state.name = field->text();
        }
        // Again on the next tick if the dialog is still up (its folder may still be loading).
        answer(dialog);
    });
    poll.start();
    action->trigger();
    poll.stop();
    return state;
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldOpenWhereNoFolderIsTypedInTheName();
    void shouldOpenInTheArticlesFolderThenInTheOneLastChosen();
    void shouldExportBesideTheArticleUnderItsTitle();

private:
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }

    QTemporaryDir m_dir;
    QString m_articles; // where the article is
    QString m_elsewhere; // another folder the reader goes to
    QString m_article;
    MainWindow *m_window = nullptr;
};

void TestDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("articles")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("elsewhere")));
    m_articles = QDir(m_dir.filePath(QStringLiteral("articles"))).absolutePath();
    m_elsewhere = QDir(m_dir.filePath(QStringLiteral("elsewhere"))).absolutePath();
    m_article = QDir(m_articles).filePath(QStringLiteral("pier.txt"));
    QVERIFY(writeFile(m_article, "Pier repairs begin on Monday\n\n"
                                 "\"We start on the north side,\" engineer Tomas Varga said on Friday.\n\n"
                                 "\"The ferries keep running,\" harbour master Ilse Marwick said.\n"));
    QVERIFY(writeFile(QDir(m_elsewhere).filePath(QStringLiteral("other.txt")),
                      "\"Nothing changes for now,\" said Ruben Aster.\n"));
}

void TestDialogs::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void TestDialogs::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestDialogs::shouldOpenWhereNoFolderIsTypedInTheName()
{
    // Given nothing open yet
    // When File › Open is chosen
    const DialogState state = runDialog(action(QStringLiteral("openAction")), [](QFileDialog *d) { d->reject(); });
    // Then it starts in a folder that is there, with an empty name field
    QVERIFY2(QFileInfo(state.folder).isDir(), qPrintable(state.folder));
    QVERIFY2(state.name.isEmpty(), qPrintable(state.name));
}

void TestDialogs::shouldOpenInTheArticlesFolderThenInTheOneLastChosen()
{
    // Given an article open
    QVERIFY(openAndWait(m_window, m_article));

    // When File › Open is chosen, a file in another folder opened, and File › Open chosen again
    const QString other = QDir(m_elsewhere).filePath(QStringLiteral("other.txt"));
    QSignalSpy finished(m_window, &MainWindow::loadFinished);
    const DialogState first = runDialog(action(QStringLiteral("openAction")), [&](QFileDialog *d) {
        // Typed in, as a reader would: the dialog's own folder may still be loading.
        if (auto *field = d->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            field->setText(other);
        else
            d->selectFile(other);
        static_cast<QDialog *>(d)->accept(); // QFileDialog::accept is protected
    });
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_window->currentFile(), other);
    // and the first article opened again another way (Open Recent, a drop)
    QVERIFY(openAndWait(m_window, m_article));
    const DialogState second = runDialog(action(QStringLiteral("openAction")), [](QFileDialog *d) { d->reject(); });

    // Then the first starts in the article's folder, the second where the reader chose a file last
    QCOMPARE(first.folder, m_articles);
    QVERIFY(first.name.isEmpty());
    QCOMPARE(second.folder, m_elsewhere);
}

void TestDialogs::shouldExportBesideTheArticleUnderItsTitle()
{
    QVERIFY(openAndWait(m_window, m_article));

    const DialogState state = runDialog(action(QStringLiteral("exportAction")), [](QFileDialog *d) { d->reject(); });

    QCOMPARE(state.folder, m_articles);
    QCOMPARE(state.name, QStringLiteral("Pier repairs begin on Monday quotes.csv"));
}

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
