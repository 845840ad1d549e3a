// Feeds in the window: entry dates in the locale's format, not as the ISO text the feed has, and
// on the next start the entry the reader had chosen and the place they had read to come back.
#include "articleview.h"
#include "mainwindow.h"
#include "models/feedentrymodel.h"
#include "windowhelpers.h"

#include <QListView>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace WindowHelpers;

namespace {

// Three entries of an invented local paper, the last one long enough to be scrolled through.
QByteArray harbourFeed()
{
    QByteArray longStory;
    for (int i = 1; i <= 60; ++i)
        longStory += "&lt;p&gt;Paragraph " + QByteArray::number(i)
                     + " of the dredging report: the channel was measured again at low tide, and "
                       "\"we found the sand bar moved north by a metre,\" said pilot Ruben Aster.&lt;/p&gt;";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<rss version=\"2.0\"><channel><title>Harbour Gazette</title><link>http://127.0.0.1/</link>\n"
           "<item><title>Ferry timetable changes</title><pubDate>Mon, 02 Nov 2026 09:00:00 GMT</pubDate>"
           "<description>&lt;p&gt;\"Two more crossings a day,\" said Ilse Marwick.&lt;/p&gt;</description></item>\n"
           "<item><title>Pier repairs begin</title><pubDate>Tue, 03 Nov 2026 09:00:00 GMT</pubDate>"
           "<description>&lt;p&gt;\"We start on the north side,\" engineer Tomas Varga said.&lt;/p&gt;</description></item>\n"
           "<item><title>Dredging report</title><pubDate>Wed, 04 Nov 2026 09:00:00 GMT</pubDate><description>"
           + longStory + "</description></item>\n</channel></rss>\n";
}

} // namespace

class TestFeedPlace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldShowEntryDatesInTheLocalesFormat();
    void shouldComeBackToTheChosenEntryAndPlace();

private:
    QListView *entries() const { return m_window->findChild<QListView *>(QStringLiteral("entryList")); }

    QTemporaryDir m_dir;
    QString m_feed;
    MainWindow *m_window = nullptr;
};

void TestFeedPlace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A locale whose dates differ from ISO 8601 in every part.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_feed = m_dir.filePath(QStringLiteral("harbour.rss"));
    QVERIFY(writeFile(m_feed, harbourFeed()));
}

void TestFeedPlace::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->resize(1000, 500);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestFeedPlace::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestFeedPlace::shouldShowEntryDatesInTheLocalesFormat()
{
    QVERIFY(openAndWait(m_window, m_feed));
    const QString second = entries()->model()->index(1, 0).data(FeedEntryModel::SecondLineRole).toString();
    QVERIFY2(second.startsWith(QStringLiteral("03.11.26")), qPrintable(second));
    QVERIFY(!second.contains(u'T'));
    const QString tip = entries()->model()->index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("02.11.26")) && !tip.contains(QStringLiteral("2026-11")), qPrintable(tip));
}

void TestFeedPlace::shouldComeBackToTheChosenEntryAndPlace()
{
    // Given the third entry chosen and read down to its 40th paragraph
    QVERIFY(openAndWait(m_window, m_feed));
    QSignalSpy finished(m_window, &MainWindow::loadFinished);
    const QModelIndex third = entries()->model()->index(2, 0);
    QTest::mouseClick(entries()->viewport(), Qt::LeftButton, {}, entries()->visualRect(third).center());
    QVERIFY(finished.wait(30000));
    ArticleView *view = m_window->articleView();
    const int paragraph = int(view->document()->toPlainText().indexOf(QStringLiteral("Paragraph 40 ")));
    QVERIFY(paragraph > 0);
    view->scrollToTop(paragraph);
    const int top = view->document()->findBlock(view->topPosition()).position();
    QCOMPARE(top, paragraph);

    // When the window is closed and Saywho started again
    m_window->close();
    delete m_window;
    m_window = new MainWindow;
    m_window->resize(1000, 500);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy restored(m_window, &MainWindow::loadFinished);
    m_window->openStartupArticle();
    QVERIFY(restored.wait(30000));

    // Then the third entry is open and chosen, at the same paragraph
    QCOMPARE(entries()->currentIndex().row(), 2);
    view = m_window->articleView();
    QVERIFY(view->document()->toPlainText().contains(QStringLiteral("Dredging report")));
    QCOMPARE(view->document()->findBlock(view->topPosition()).position(), top);
}

QTEST_MAIN(TestFeedPlace)
#include "tst_feedplace.moc"
