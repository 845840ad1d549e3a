// FeedEntryModel: a feed's entries as the rows of the feed panel, with the title, a second line of
// date and author, and the texts tooltips and screen readers get.
#include "models/feedentrymodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

namespace {

FeedEntry makeEntry(const QString &title, const QString &date = {}, const QString &author = {})
{
    FeedEntry entry;
    entry.title = title;
    entry.date = date;
    entry.author = author;
    entry.link = QStringLiteral("http://127.0.0.1/harbour/") + QString::number(qHash(title));
    entry.content = QStringLiteral("<p>The ferry timetable changes in May.</p>");
    return entry;
}

Feed harbourFeed()
{
    Feed feed;
    feed.title = QStringLiteral("Harbour Gazette");
    feed.entries = {
        makeEntry(QStringLiteral("Ferry timetable changes"), QStringLiteral("2031-04-02"), QStringLiteral("Ilse Marwick")),
        makeEntry(QStringLiteral("Pier repairs begin"), QStringLiteral("2031-04-03")),
        makeEntry(QStringLiteral("Letters to the editor")),
    };
    return feed;
}

} // namespace

class TestFeedEntryModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // A locale whose short dates differ from ISO 8601 in every part.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
    void shouldListOneRowPerEntryInFeedOrder();
    void shouldDescribeAnEntryThroughItsRoles_data();
    void shouldDescribeAnEntryThroughItsRoles();
    void shouldNameAnEntryWithoutATitle_data();
    void shouldNameAnEntryWithoutATitle();
    void shouldResetWhenAnotherFeedIsShown();
    void shouldHaveNoChildrenAndNoDataOutsideItsRows();
};

void TestFeedEntryModel::shouldListOneRowPerEntryInFeedOrder()
{
    // Given
    FeedEntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // When
    model.setFeed(harbourFeed());

    // Then
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0).data().toString(), QStringLiteral("Ferry timetable changes"));
    QCOMPARE(model.index(1).data().toString(), QStringLiteral("Pier repairs begin"));
    QCOMPARE(model.index(2).data().toString(), QStringLiteral("Letters to the editor"));
    QCOMPARE(model.feed().title, QStringLiteral("Harbour Gazette"));
    QCOMPARE(model.entry(1).date, QStringLiteral("2031-04-03"));
}

void TestFeedEntryModel::shouldDescribeAnEntryThroughItsRoles_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("secondLine");
    QTest::addColumn<QString>("toolTip");
    QTest::addColumn<QString>("accessibleText");
    // The dates as the German locale (set for this test) writes them, not as the feed has them.
    QTest::newRow("date and author are joined by a dot")
        << QStringLiteral("2031-04-02") << QStringLiteral("Ilse Marwick") << QStringLiteral("02.04.31 · Ilse Marwick")
        << QStringLiteral("Pier repairs begin\n02.04.31 · Ilse Marwick")
        << QStringLiteral("Pier repairs begin, 02.04.31, Ilse Marwick");
    QTest::newRow("a date alone stands alone")
        << QStringLiteral("2031-04-02") << QString() << QStringLiteral("02.04.31")
        << QStringLiteral("Pier repairs begin\n02.04.31") << QStringLiteral("Pier repairs begin, 02.04.31");
    QTest::newRow("a date and time in UTC shows as the local date, not as ISO text")
        << QStringLiteral("2031-04-02T09:00:00Z") << QString() << QStringLiteral("02.04.31")
        << QStringLiteral("Pier repairs begin\n02.04.31") << QStringLiteral("Pier repairs begin, 02.04.31");
    QTest::newRow("a date the feed wrote in words stays as written")
        << QStringLiteral("early April") << QString() << QStringLiteral("early April")
        << QStringLiteral("Pier repairs begin\nearly April") << QStringLiteral("Pier repairs begin, early April");
    QTest::newRow("an author alone stands alone")
        << QString() << QStringLiteral("Ilse Marwick") << QStringLiteral("Ilse Marwick")
        << QStringLiteral("Pier repairs begin\nIlse Marwick") << QStringLiteral("Pier repairs begin, Ilse Marwick");
    QTest::newRow("with neither the second line is empty and the title says it all")
        << QString() << QString() << QString() << QStringLiteral("Pier repairs begin")
        << QStringLiteral("Pier repairs begin");
}

void TestFeedEntryModel::shouldDescribeAnEntryThroughItsRoles()
{
    QFETCH(QString, date);
    QFETCH(QString, author);
    QFETCH(QString, secondLine);
    QFETCH(QString, toolTip);
    QFETCH(QString, accessibleText);

    // Given a feed of one entry
    FeedEntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Feed feed;
    feed.entries = {makeEntry(QStringLiteral("Pier repairs begin"), date, author)};

    // When
    model.setFeed(feed);

    // Then
    const QModelIndex row = model.index(0);
    QCOMPARE(row.data(FeedEntryModel::SecondLineRole).toString(), secondLine);
    QCOMPARE(row.data(Qt::ToolTipRole).toString(), toolTip);
    QCOMPARE(row.data(Qt::AccessibleTextRole).toString(), accessibleText);
    QCOMPARE(row.data(FeedEntryModel::DateRole).toString(), date);
    QCOMPARE(row.data(FeedEntryModel::AuthorRole).toString(), author);
    QCOMPARE(row.data(FeedEntryModel::LinkRole).toString(), feed.entries.constFirst().link);
}

void TestFeedEntryModel::shouldNameAnEntryWithoutATitle_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("shown");
    QTest::newRow("an empty title") << QString() << QStringLiteral("Untitled entry");
    QTest::newRow("a title of spaces and line breaks") << QStringLiteral("  \n\t ") << QStringLiteral("Untitled entry");
    QTest::newRow("a title broken over lines is put on one")
        << QStringLiteral("  Pier\n   repairs  begin ") << QStringLiteral("Pier repairs begin");
}

void TestFeedEntryModel::shouldNameAnEntryWithoutATitle()
{
    QFETCH(QString, title);
    QFETCH(QString, shown);

    // Given
    FeedEntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Feed feed;
    feed.entries = {makeEntry(title)};

    // When
    model.setFeed(feed);

    // Then
    QCOMPARE(model.index(0).data().toString(), shown);
    QCOMPARE(model.index(0).data(Qt::ToolTipRole).toString(), shown);
}

void TestFeedEntryModel::shouldResetWhenAnotherFeedIsShown()
{
    // Given a model showing a feed of three entries
    FeedEntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFeed(harbourFeed());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // When a feed of one entry replaces it, and then an empty feed
    Feed other;
    other.entries = {makeEntry(QStringLiteral("Market hall reopens"))};
    model.setFeed(other);
    const int rowsAfterFirst = model.rowCount();
    model.setFeed(Feed());

    // Then each change is one reset, with the new rows in place
    QCOMPARE(reset.count(), 2);
    QCOMPARE(rowsAfterFirst, 1);
    QCOMPARE(model.rowCount(), 0);
}

void TestFeedEntryModel::shouldHaveNoChildrenAndNoDataOutsideItsRows()
{
    // Given
    FeedEntryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFeed(harbourFeed());

    // Then a row has no children, and there is nothing past the last row
    QCOMPARE(model.rowCount(model.index(0)), 0);
    QVERIFY(!model.index(3).isValid());
    QVERIFY(!model.data(QModelIndex()).isValid());
    QVERIFY(!model.index(0).data(Qt::UserRole + 100).isValid());
    const QHash<int, QByteArray> names = model.roleNames();
    QCOMPARE(names.value(FeedEntryModel::SecondLineRole), QByteArray("secondLine"));
    QCOMPARE(names.value(Qt::DisplayRole), QByteArray("display"));
}

QTEST_MAIN(TestFeedEntryModel)
#include "tst_feedentrymodel.moc"
