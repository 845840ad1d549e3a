// Opening in the background: text before quotes, Cancel of a big load, a new file cancelling the
// one in flight, drag and drop, and the feed entry list opening entries as articles.
#include "load/articleloader.h"
#include "articleview.h"
#include "mainwindow.h"
#include "models/speakermodel.h"
#include "settings/recentfiles.h"
#include "windowhelpers.h"

#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace WindowHelpers;

namespace {

// Several megabytes of reporting, enough that loading and finding quotes takes a while.
QByteArray bigArticle()
{
    QByteArray text = "Harbour budget hearing\n\n";
    for (int i = 0; text.size() < 8 * 1024 * 1024; ++i) {
        text += "The committee reviewed item " + QByteArray::number(i)
                + " of the harbour budget in a long session. \"We need more time for item "
                + QByteArray::number(i) + ",\" said councillor Edda Rasmussen after the vote.\n\n";
    }
    return text;
}

QString documentText(const ArticleView *view)
{
    return view->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n');
}

} // namespace

class TestLoading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldShowTheTextBeforeTheQuotes();
    void shouldCancelABigLoadAndKeepTheArticle();
    void shouldCancelTheLoadInFlightWhenAnotherFileIsOpened();
    void shouldOpenADroppedFile();
    void shouldOpenTheFirstOfSeveralDroppedFilesAndListTheRest();
    void shouldOpenFeedEntriesAsArticles();
    void shouldTellWhatTheLoaderNoticed();

private:
    QTemporaryDir m_dir;
    QString m_big;
    MainWindow *m_window = nullptr;
    ArticleView *m_view = nullptr;
};

void TestLoading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_big = m_dir.filePath(QStringLiteral("big.txt"));
    QVERIFY(writeFile(m_big, bigArticle()));
}

void TestLoading::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    m_view = m_window->findChild<ArticleView *>(QStringLiteral("articleView"));
}

void TestLoading::cleanup()
{
    delete m_window;
}

void TestLoading::shouldShowTheTextBeforeTheQuotes()
{
    QStringList events;
    connect(m_window, &MainWindow::articleShown, this, [&] {
        events.append(QStringLiteral("text"));
        // At this point the speakers are still being looked for.
        auto *placeholder = m_window->findChild<QLabel *>(QStringLiteral("speakerPlaceholder"));
        if (placeholder->isVisible() && placeholder->text().contains(QStringLiteral("Finding")))
            events.append(QStringLiteral("busy"));
    });
    connect(m_window, &MainWindow::loadFinished, this, [&](bool ok) {
        events.append(ok ? QStringLiteral("quotes") : QStringLiteral("failed"));
    });
    QVERIFY(openAndWait(m_window, MainWindow::samplePath()));
    QCOMPARE(events, (QStringList{QStringLiteral("text"), QStringLiteral("busy"), QStringLiteral("quotes")}));
    QVERIFY(m_window->speakerModel()->rowCount() > 0);
}

void TestLoading::shouldCancelABigLoadAndKeepTheArticle()
{
    // Given the sample on screen
    QVERIFY(openAndWait(m_window, MainWindow::samplePath()));
    const QString before = documentText(m_view);
    const int speakers = m_window->speakerModel()->rowCount();
    auto *progress = m_window->findChild<QProgressBar *>(QStringLiteral("loadProgress"));
    auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("cancelLoadButton"));
    QSignalSpy finished(m_window, &MainWindow::loadFinished);
    QSignalSpy shown(m_window, &MainWindow::articleShown);

    // When a big file starts loading and Cancel is pressed
    m_window->openFile(m_big);
    QVERIFY(m_window->isLoading());
    QVERIFY(progress->isVisible());
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);

    // Then the load stops at once and the article stays, also once the worker has noticed
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().constFirst().toBool(), false);
    QVERIFY(!m_window->isLoading());
    QVERIFY(!progress->isVisible());
    QVERIFY(!cancel->isVisible());
    QTest::qWait(1500);
    QCOMPARE(shown.count(), 0);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(documentText(m_view), before);
    QCOMPARE(m_window->speakerModel()->rowCount(), speakers);
    QCOMPARE(m_window->currentFile(), MainWindow::samplePath());
}

void TestLoading::shouldCancelTheLoadInFlightWhenAnotherFileIsOpened()
{
    QSignalSpy shown(m_window, &MainWindow::articleShown);
    QSignalSpy finished(m_window, &MainWindow::loadFinished);
    m_window->openFile(m_big);
    m_window->openFile(MainWindow::samplePath());

    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.count(), 1);
    QVERIFY(finished.constFirst().constFirst().toBool());
    QCOMPARE(m_window->currentFile(), MainWindow::samplePath());
    QVERIFY(documentText(m_view).contains(QStringLiteral("cautious optimism")));
    QTest::qWait(1000);
    // The big file never reached the screen.
    QCOMPARE(shown.count(), 1);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(m_window->currentFile(), MainWindow::samplePath());
}

void TestLoading::shouldOpenADroppedFile()
{
    const QString path = m_dir.filePath(QStringLiteral("dropped.txt"));
    QVERIFY(writeFile(path, "Dropped article\n\n\"The ferry will run again in May,\" said harbour master Ilse Brandt.\n"));
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(m_window, &MainWindow::loadFinished);
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_window->currentFile(), path);
    QVERIFY(documentText(m_view).contains(QStringLiteral("ferry will run again")));
}

void TestLoading::shouldOpenTheFirstOfSeveralDroppedFilesAndListTheRest()
{
    // Given three article files and a folder, dragged together
    QStringList paths;
    for (const char *name : {"first.txt", "second.html", "third.md"}) {
        paths << m_dir.filePath(QString::fromLatin1(name));
        QVERIFY(writeFile(paths.last(), "Dropped together\n\n\"The quay opens in June,\" said harbour master Ilse Brandt.\n"));
    }
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(paths.at(0)), QUrl::fromLocalFile(m_dir.path()), QUrl::fromLocalFile(paths.at(1)),
                  QUrl::fromLocalFile(paths.at(2))});
    QSignalSpy finished(m_window, &MainWindow::loadFinished);

    // When they are dragged onto the window and dropped
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);

    // Then the first is read, and all three are in Open Recent in the order dropped
    QVERIFY(finished.wait(30000));
    QCOMPARE(m_window->currentFile(), paths.at(0));
    QCOMPARE(RecentFiles::files().mid(0, 3), paths);
}

void TestLoading::shouldOpenFeedEntriesAsArticles()
{
    // Given a feed with three entries
    Feed feed;
    feed.title = QStringLiteral("Harbour News");
    for (int i = 1; i <= 3; ++i) {
        FeedEntry entry;
        entry.title = QStringLiteral("Ferry report %1").arg(i);
        entry.date = QStringLiteral("2024-05-0%1").arg(i);
        entry.author = QStringLiteral("Desk");
        entry.contentIsHtml = false;
        entry.content = QStringLiteral("Ferry report %1\n\nThe ferry schedule changed for week %1. "
                                       "\"We expect delays in week %1,\" said harbour master Ilse Brandt.\n")
                            .arg(i);
        feed.entries.append(entry);
    }
    const QString path = m_dir.filePath(QStringLiteral("harbour.rss"));
    QSignalSpy finished(m_window, &MainWindow::loadFinished);

    // When it is shown
    m_window->showFeed(feed, path);

    // Then the entry list appears and the first entry is opened as an article
    auto *list = m_window->findChild<QListView *>(QStringLiteral("entryList"));
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Ferry report 1"));
    QVERIFY(finished.wait(30000));
    QVERIFY(documentText(m_view).contains(QStringLiteral("week 1")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Harbour News")));

    // When another entry is chosen in the list
    finished.clear();
    const QModelIndex third = list->model()->index(2, 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(third).center());

    // Then it replaces the article, and the list stays
    QVERIFY(finished.wait(30000));
    QVERIFY(documentText(m_view).contains(QStringLiteral("week 3")));
    QVERIFY(!documentText(m_view).contains(QStringLiteral("week 1")));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Ferry report 3")));
    QVERIFY(list->isVisible());

    // A plain article afterwards hides the feed list again.
    QVERIFY(openAndWait(m_window, MainWindow::samplePath()));
    QVERIFY(!list->isVisible());
}

void TestLoading::shouldTellWhatTheLoaderNoticed()
{
    // Given UTF-16 text whose last character was cut in half
    QByteArray bytes("\xFF\xFE");
    const QString text = QStringLiteral("Headline\n\n\"We are ready,\" said Ana Reyes.");
    bytes += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    bytes += 'x'; // half of one more UTF-16 unit
    const QString path = m_dir.filePath(QStringLiteral("cut.txt"));
    QVERIFY(writeFile(path, bytes));
    const QString warning = ArticleLoader::loadFile(path).warning;
    QVERIFY(!warning.isEmpty());

    // When it is opened
    QVERIFY(openAndWait(m_window, path));

    // Then the article is shown and the loader's note is in the status line
    auto *summary = m_window->findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(warning), qPrintable(summary->text()));
    QVERIFY(documentText(m_view).contains(QStringLiteral("We are ready")));
}

QTEST_MAIN(TestLoading)
#include "tst_loading.moc"
