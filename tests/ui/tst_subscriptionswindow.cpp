// Subscriptions in the window, as a reader uses them, against an HTTP server the test starts on
// 127.0.0.1: subscribe through File › Subscribe (to a site's page that names its feed), the feed
// is refreshed and shows its unread count, an entry opens with its speakers and is then read, and
// the People window lists the speakers of every entry. A feed whose server cannot be found keeps
// its error to itself while the others are refreshed. Every feed and page is invented for the test.
#include "articleview.h"
#include "feedreader.h"
#include "library/library.h"
#include "library/libraryservice.h"
#include "library/subscriptions.h"
#include "models/speakermodel.h"
#include "models/subscriptionentrymodel.h"
#include "models/subscriptionmodel.h"
#include "network/feedrefresher.h"
#include "peoplewindow.h"
#include "refreshstatus.h"
#include "subscribedialog.h"
#include "subscriptionspanel.h"
#include "windowhelpers.h"
#include "../network/testhttpserver.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDockWidget>
#include <QFont>
#include <QGuiApplication>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace WindowHelpers;

namespace {

QString longText(const QString &speaker)
{
    return QStringLiteral("\u201CThe bridge will open to cyclists first,\u201D said %1, who runs the city's roads. ")
               .arg(speaker)
           + QStringLiteral("Work on the old bridge took two years and closed the river path for most of that time. ")
                 .repeated(8);
}

QByteArray feedXml(const QString &base)
{
    return QStringLiteral(
               "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Riverside Gazette</title>"
               "<link>%1/</link>"
               "<item><title>Bridge reopens</title><link>%1/story/bridge.html</link><guid>gazette-bridge</guid>"
               "<description>%2</description></item>"
               "<item><title>Library keeps longer hours</title><link>%1/story/library.html</link>"
               "<guid>gazette-library</guid><description>A short summary.</description></item>"
               "</channel></rss>")
        .arg(base, longText(QStringLiteral("Odile Fenwick")).toHtmlEscaped())
        .toUtf8();
}

QByteArray libraryPage()
{
    return QByteArrayLiteral(
        "<!DOCTYPE html><html><head><title>Library keeps longer hours</title></head><body><article>"
        "<h1>Library keeps longer hours</h1>"
        "<p>The town library will stay open until ten in the evening from next month.</p>"
        "<p>\xE2\x80\x9CStudents asked us for quiet rooms at night,\xE2\x80\x9D said Bram Kettering, the chief librarian.</p>"
        "<p>The council agreed to pay for two more staff members for the rest of the year.</p>"
        "<p>\xE2\x80\x9CWe will see in the spring whether people come,\xE2\x80\x9D Bram Kettering said.</p>"
        "</article></body></html>");
}

QStringList speakerNames(const SpeakerModel *model)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, 0).data(SpeakerModel::SpeakerNameRole).toString());
    return names;
}

QStringList columnTexts(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row)
        texts.append(model->index(row, 0).data().toString());
    return texts;
}

} // namespace

class TestSubscriptionsWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    void useFreshLibrary()
    {
        MainWindow::setLibraryPath(m_dir.filePath(QStringLiteral("subscriptions-%1.sqlite").arg(++m_counter)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void shouldOfferToSubscribeToAnAddressPastedIntoTheWindow()
    {
        // Given a feed's address on the clipboard
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString address = QStringLiteral("http://127.0.0.1:9/feed.xml");
        QGuiApplication::clipboard()->setText(address);
        // When it is pasted into the filter box, the box takes it as text
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("speakerFilter"));
        QVERIFY(filter);
        filter->setFocus();
        QTest::keySequence(filter, QKeySequence::Paste);
        QCOMPARE(filter->text(), address);
        QVERIFY(!window.findChild<SubscribeDialog *>(QStringLiteral("subscribeDialog")));
        filter->clear();
        // When it is pasted into the reading pane
        window.articleView()->setFocus();
        QTest::keySequence(window.articleView(), QKeySequence::Paste);
        // Then the Subscribe dialog opens with the address filled in
        QPointer<SubscribeDialog> dialog = window.findChild<SubscribeDialog *>(QStringLiteral("subscribeDialog"));
        QVERIFY(dialog);
        QCOMPARE(dialog->addressEdit()->text(), address);
        dialog->reject();
    }

    void shouldSubscribeRefreshAndOpenAnEntryWithItsSpeakers()
    {
        // Given a site whose front page names its feed, one entry in full and one only a summary
        TestHttpServer server;
        QVERIFY(server.isListening());
        const QString base = server.url(QString()).toString();
        server.serve("/", QStringLiteral("<html><head><title>Riverside Gazette</title>"
                                         "<link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed.xml\">"
                                         "</head><body><p>News of the riverside.</p></body></html>")
                              .toUtf8(),
                     "text/html");
        server.serve("/feed.xml", feedXml(base));
        server.serve("/story/library.html", libraryPage(), "text/html");
        useFreshLibrary();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FeedReader *feeds = window.feedReader();
        QVERIFY(feeds->refresher());
        SubscriptionsPanel *panel = feeds->panel();
        QAbstractItemModelTester feedTester(panel->feedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester entryTester(panel->entryModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        // When the reader subscribes to the site's address with File › Subscribe
        QSignalSpy refreshed(feeds->refresher(), &FeedRefresher::finished);
        window.findChild<QAction *>(QStringLiteral("subscribeAction"))->trigger();
        QPointer<SubscribeDialog> dialog = window.findChild<SubscribeDialog *>(QStringLiteral("subscribeDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(dialog->addressEdit(), base + u'/');
        QTest::keyClick(dialog->addressEdit(), Qt::Key_Return);
        QVERIFY(refreshed.wait(30000));

        // Then the feed is listed by its own title with two unread entries, in bold, and was
        // fetched once, with the summary's page and nothing else
        QTreeView *feedView = panel->feedView();
        QCOMPARE(feedView->model()->rowCount(), 1);
        const QModelIndex feed = feedView->model()->index(0, SubscriptionModel::TitleColumn);
        QCOMPARE(feed.data().toString(), QStringLiteral("Riverside Gazette"));
        QCOMPARE(feed.data(SubscriptionModel::UnreadRole).toInt(), 2);
        QCOMPARE(feed.siblingAtColumn(SubscriptionModel::UnreadColumn).data().toInt(), 2);
        QVERIFY(feed.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(feed.data(SubscriptionModel::ErrorRole).toString().isEmpty());
        QCOMPARE(server.paths(), (QList<QByteArray>{"/", "/feed.xml", "/feed.xml", "/story/library.html"}));
        QVERIFY(!dialog || !dialog->isVisible());
        QVERIFY(!feeds->status()->isVisible());

        // When the reader chooses the summary-only entry
        clickRow(feedView, feed);
        QTreeView *entryView = panel->entryView();
        QCOMPARE(columnTexts(entryView->model()).size(), 2);
        const QModelIndex entry = findRow(entryView->model(), QStringLiteral("Library keeps longer hours"));
        QVERIFY(entry.isValid());
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        clickRow(entryView, entry);
        QVERIFY(finished.wait(20000));

        // Then its full page is shown with its speaker, and it is read: one unread left
        QVERIFY(window.speakerModel()->article().text().contains(QStringLiteral("quiet rooms at night")));
        QCOMPARE(speakerNames(window.speakerModel()), QStringList{QStringLiteral("Bram Kettering")});
        QVERIFY(entry.data(SubscriptionEntryModel::ReadRole).toBool());
        QVERIFY(!entry.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(feedView->model()->index(0, 0).data(SubscriptionModel::UnreadRole).toInt(), 1);
        QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("subscriptionsDock"))->windowTitle().contains(u'1'));

        // And the People window lists the speakers of both entries
        window.findChild<QAction *>(QStringLiteral("peopleAction"))->trigger();
        PeopleWindow *people = window.peopleWindow();
        QVERIFY(QTest::qWaitForWindowExposed(people));
        const QStringList names = columnTexts(people->peopleView()->model());
        QVERIFY2(names.contains(QStringLiteral("Bram Kettering")), qPrintable(names.join(u", ")));
        QVERIFY2(names.contains(QStringLiteral("Odile Fenwick")), qPrintable(names.join(u", ")));
    }

    void shouldRefreshTheChosenFeedWithF5InTheFeedList()
    {
        // Given a window with one subscription, refreshed once
        TestHttpServer server;
        const QString base = server.url(QString()).toString();
        server.serve("/feed.xml", feedXml(base));
        server.serve("/story/library.html", libraryPage(), "text/html");
        useFreshLibrary();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        FeedReader *feeds = window.feedReader();
        QVERIFY(window.library()->subscriptions()->addFeed(base + QStringLiteral("/feed.xml")));
        QSignalSpy refreshed(feeds->refresher(), &FeedRefresher::finished);
        window.findChild<QAction *>(QStringLiteral("refreshAllAction"))->trigger();
        QVERIFY(refreshed.wait(30000));
        server.clearLog();

        // When the reader presses F5 on the feed
        QTreeView *feedView = feeds->panel()->feedView();
        clickRow(feedView, feedView->model()->index(0, 0));
        QSignalSpy loads(&window, &MainWindow::loadFinished);
        QTest::keyClick(feedView, Qt::Key_F5);
        QVERIFY(refreshed.wait(30000));

        // Then the feed is asked again (and nothing is stored twice), and no file is reloaded
        QCOMPARE(server.paths(), QList<QByteArray>{"/feed.xml"});
        QCOMPARE(feedView->model()->index(0, 0).data(SubscriptionModel::UnreadRole).toInt(), 2);
        QCOMPARE(loads.size(), 0);
    }

    void shouldShowAFeedsDnsFailureAndRefreshTheOthers()
    {
        // Given a feed on a host that cannot be found (".invalid" never resolves) and one that works
        TestHttpServer server;
        const QString base = server.url(QString()).toString();
        server.serve("/feed.xml", feedXml(base));
        server.serve("/story/library.html", libraryPage(), "text/html");
        useFreshLibrary();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Subscriptions *subscriptions = window.library()->subscriptions();
        QVERIFY(subscriptions->addFeed(QStringLiteral("http://nonexistent.invalid/feed.xml"), QStringLiteral("Lost Herald")));
        QVERIFY(subscriptions->addFeed(base + QStringLiteral("/feed.xml")));
        FeedReader *feeds = window.feedReader();

        // When every feed is refreshed
        QSignalSpy progress(feeds->refresher(), &FeedRefresher::progress);
        QSignalSpy refreshed(feeds->refresher(), &FeedRefresher::finished);
        window.findChild<QAction *>(QStringLiteral("refreshAllAction"))->trigger();
        QVERIFY(feeds->status()->isVisible());
        QVERIFY(refreshed.wait(30000));

        // Then the lost feed shows why, with the failing icon, and has never succeeded
        const SubscriptionModel *model = feeds->panel()->feedModel();
        const QModelIndex lost = findRow(model, QStringLiteral("Lost Herald"));
        QVERIFY(lost.isValid());
        const QString error = lost.data(SubscriptionModel::ErrorRole).toString();
        QVERIFY2(error.contains(QStringLiteral("nonexistent.invalid")), qPrintable(error));
        QVERIFY(lost.data(Qt::ToolTipRole).toString().contains(error));
        QVERIFY(lost.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Never fetched successfully")));
        QVERIFY(lost.data(SubscriptionModel::LastSuccessRole).toString().isEmpty());
        QCOMPARE(lost.data(SubscriptionModel::UnreadRole).toInt(), 0);
        // And the other feed was refreshed all the same, and says when
        const QModelIndex working = findRow(model, QStringLiteral("Riverside Gazette"));
        QVERIFY(working.isValid());
        QCOMPARE(working.data(SubscriptionModel::UnreadRole).toInt(), 2);
        QVERIFY(working.data(SubscriptionModel::ErrorRole).toString().isEmpty());
        QVERIFY(!working.data(SubscriptionModel::LastSuccessRole).toString().isEmpty());
        QCOMPARE(progress.constLast().at(0).toInt(), 2);
        QVERIFY(!feeds->status()->isVisible());
    }

    void shouldOpenAnArticleFromItsAddressWithItsSpeakers()
    {
        // Given a page on the local server
        TestHttpServer server;
        server.serve("/story/library.html", libraryPage(), "text/html");
        useFreshLibrary();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // When the reader opens its address (File › Open Address)
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.feedReader()->openAddress(server.url(QStringLiteral("/story/library.html")));
        QVERIFY(finished.wait(20000));

        // Then the page is read with its speaker, kept in the library, and nothing else was fetched
        QCOMPARE(window.speakerModel()->article().title(), QStringLiteral("Library keeps longer hours"));
        QCOMPARE(speakerNames(window.speakerModel()), QStringList{QStringLiteral("Bram Kettering")});
        QCOMPARE(server.paths(), QList<QByteArray>{"/story/library.html"});
        bool kept = false;
        for (const Library::ArticleSummary &a : window.library()->library()->articles())
            kept = kept || a.source == server.url(QStringLiteral("/story/library.html")).toString();
        QVERIFY(kept);
    }

    void shouldCancelARefreshFromTheStatusBar()
    {
        // Given a feed whose server takes its time
        TestHttpServer server;
        server.route("/slow.xml", [](const TestHttpServer::Request &) {
            TestHttpServer::Reply reply;
            reply.delayMs = 5000;
            reply.body = "<rss version=\"2.0\"><channel><title>Slow</title></channel></rss>";
            return reply;
        });
        useFreshLibrary();
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.library()->subscriptions()->addFeed(server.url(QStringLiteral("/slow.xml")).toString()));
        FeedReader *feeds = window.feedReader();
        QSignalSpy refreshed(feeds->refresher(), &FeedRefresher::finished);
        window.findChild<QAction *>(QStringLiteral("refreshAllAction"))->trigger();
        QTRY_VERIFY(!server.requests().isEmpty());

        // When the reader presses Cancel in the status bar
        QVERIFY(feeds->status()->cancelButton()->isVisible());
        QTest::mouseClick(feeds->status()->cancelButton(), Qt::LeftButton);

        // Then the refresh ends at once, the feed saying it was cancelled
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 2000);
        QVERIFY(!feeds->isRefreshing());
        QVERIFY(!feeds->status()->isVisible());
    }
};

QTEST_MAIN(TestSubscriptionsWindow)
#include "tst_subscriptionswindow.moc"
