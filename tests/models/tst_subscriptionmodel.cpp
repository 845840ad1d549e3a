// The subscriptions tree and the entry list: folders before feeds, unread counts summed up the
// tree, rows kept in place when only the figures change, errors in the tooltip, read entries no
// longer bold. Every feed is invented for the test.
#include "models/subscriptionentrymodel.h"
#include "models/subscriptionmodel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

namespace {

Subscriptions::Folder folder(qint64 id, const QString &name, qint64 parent = 0)
{
    Subscriptions::Folder f;
    f.id = id;
    f.name = name;
    f.parent = parent;
    return f;
}

Subscriptions::Feed feed(qint64 id, const QString &title, qint64 folder, int unread, const QString &error = {})
{
    Subscriptions::Feed f;
    f.id = id;
    f.title = title;
    f.url = QStringLiteral("http://127.0.0.1/%1.xml").arg(id);
    f.folder = folder;
    f.unread = unread;
    f.error = error;
    return f;
}

QStringList titles(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList list;
    for (int row = 0; row < model.rowCount(parent); ++row)
        list.append(model.index(row, 0, parent).data().toString());
    return list;
}

} // namespace

class TestSubscriptionModel : public QObject
{
    Q_OBJECT

private slots:
    void shouldListFoldersBeforeFeedsAndSumUnreadUpTheTree()
    {
        // Given a folder inside a folder, a feed in each and one outside any folder
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubscriptions({folder(1, QStringLiteral("World")), folder(2, QStringLiteral("Europe"), 1)},
                               {feed(10, QStringLiteral("Valley Post"), 0, 0), feed(11, QStringLiteral("Coast Daily"), 2, 3),
                                feed(12, QStringLiteral("Atlas Wire"), 1, 2)});

        // Then the folder comes first at the top, and inside it the folder before the feed
        QCOMPARE(titles(model), (QStringList{QStringLiteral("World"), QStringLiteral("Valley Post")}));
        const QModelIndex world = model.indexOfFolder(1);
        QCOMPARE(titles(model, world), (QStringList{QStringLiteral("Europe"), QStringLiteral("Atlas Wire")}));
        // And each folder counts everything under it; only rows with unread entries are bold
        QCOMPARE(world.data(SubscriptionModel::UnreadRole).toInt(), 5);
        QCOMPARE(model.indexOfFolder(2).data(SubscriptionModel::UnreadRole).toInt(), 3);
        QCOMPARE(world.siblingAtColumn(SubscriptionModel::UnreadColumn).data().toInt(), 5);
        QVERIFY(world.data(Qt::FontRole).value<QFont>().bold());
        const QModelIndex valley = model.indexOfFeed(10);
        QVERIFY(!valley.data(Qt::FontRole).isValid());
        QVERIFY(!valley.siblingAtColumn(SubscriptionModel::UnreadColumn).data().isValid());
        QCOMPARE(model.totalUnread(), 5);
        QCOMPARE(model.parent(model.indexOfFeed(11)), model.indexOfFolder(2));
    }

    void shouldKeepRowsWhenOnlyTheFiguresChange_data()
    {
        QTest::addColumn<bool>("moveFeed");
        QTest::addColumn<bool>("expectReset");
        QTest::newRow("a refresh that only changes counts updates the rows in place") << false << false;
        QTest::newRow("a feed moved to another folder rebuilds the tree") << true << true;
    }

    void shouldKeepRowsWhenOnlyTheFiguresChange()
    {
        QFETCH(bool, moveFeed);
        QFETCH(bool, expectReset);
        // Given a tree on screen
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Subscriptions::Folder> folders{folder(1, QStringLiteral("World"))};
        model.setSubscriptions(folders, {feed(10, QStringLiteral("Valley Post"), 1, 0)});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // When the same feed comes again with new entries (or in no folder)
        model.setSubscriptions(folders, {feed(10, QStringLiteral("Valley Post"), moveFeed ? 0 : 1, 4)});

        // Then
        QCOMPARE(reset.size(), expectReset ? 1 : 0);
        QCOMPARE(changed.isEmpty(), expectReset);
        QCOMPARE(model.indexOfFeed(10).data(SubscriptionModel::UnreadRole).toInt(), 4);
        QCOMPARE(model.indexOfFolder(1).data(SubscriptionModel::UnreadRole).toInt(), moveFeed ? 0 : 4);
    }

    void shouldPutFoldersWithoutAProperParentAtTheTop()
    {
        // Given a folder whose parent is gone, and two folders inside each other
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSubscriptions({folder(1, QStringLiteral("Orphan"), 99), folder(2, QStringLiteral("Loop A"), 3),
                                folder(3, QStringLiteral("Loop B"), 2)},
                               {});
        // Then nothing is lost and nothing hangs: the orphan is at the top, the loop is broken
        QVERIFY(titles(model).contains(QStringLiteral("Orphan")));
        QCOMPARE(model.rowCount() + model.rowCount(model.index(0, 0)) + model.rowCount(model.index(1, 0)), 3);
    }

    void shouldShowWhyAFeedFailedAndWhenItLastWorked()
    {
        // Given a feed whose last fetch failed after an earlier success
        SubscriptionModel model;
        QPixmap failing(8, 8);
        failing.fill(Qt::red);
        QPixmap fine(8, 8);
        fine.fill(Qt::green);
        const QIcon failingIcon(failing);
        const QIcon fineIcon(fine);
        model.setIcons(QIcon(), fineIcon, failingIcon);
        Subscriptions::Feed broken = feed(10, QStringLiteral("Valley Post"), 0, 0, QStringLiteral("The server was not found."));
        broken.lastSuccess = QStringLiteral("2026-11-30T08:00:00Z");
        model.setSubscriptions({}, {broken, feed(11, QStringLiteral("Coast Daily"), 0, 0)});

        // Then its tooltip says why and since when, and its icon is the failing one
        const QModelIndex row = model.indexOfFeed(10);
        const QString tip = row.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("The server was not found.")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Last fetched successfully")), qPrintable(tip));
        QCOMPARE(row.data(SubscriptionModel::ErrorRole).toString(), QStringLiteral("The server was not found."));
        QCOMPARE(row.data(Qt::DecorationRole).value<QIcon>().cacheKey(), failingIcon.cacheKey());
        QCOMPARE(model.indexOfFeed(11).data(Qt::DecorationRole).value<QIcon>().cacheKey(), fineIcon.cacheKey());
        QVERIFY(model.indexOfFeed(11).data(Qt::ToolTipRole).toString().contains(QStringLiteral("Never fetched")));
    }

    void shouldShowAnEntryAsReadOnceMarked()
    {
        // Given two unread entries
        SubscriptionEntryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Subscriptions::Entry first;
        first.id = 1;
        first.title = QStringLiteral("Ferry timetable changes");
        Subscriptions::Entry second;
        second.id = 2;
        second.title = QStringLiteral("Market square repaved");
        model.setEntries({first, second});
        QCOMPARE(model.unreadCount(), 2);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // When the first is read
        model.setRead(1, true);

        // Then only its row changes, and it is no longer bold
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.front().front().value<QModelIndex>().row(), 0);
        QVERIFY(!model.index(0, 0).data(Qt::FontRole).isValid());
        QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.unreadCount(), 1);
        // And marking it read again changes nothing
        model.setRead(1, true);
        QCOMPARE(changed.size(), 1);
        model.setAllRead();
        QCOMPARE(model.unreadCount(), 0);
    }
};

QTEST_MAIN(TestSubscriptionModel)
#include "tst_subscriptionmodel.moc"
