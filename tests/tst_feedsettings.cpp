// How often subscriptions are refreshed, as kept in the settings: never more often than a polite
// reader asks, 0 kept as "never", and a value that is not a number read as the default.
#include "settings/feedsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestFeedSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SaywhoTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_feedsettings"));
        QSettings().clear();
    }

    void shouldStartWithTheDefaultInterval()
    {
        QSettings().clear();
        QCOMPARE(FeedSettings::refreshMinutes(), FeedSettings::DefaultRefreshMinutes);
    }

    void shouldKeepTheIntervalWithinPoliteBounds_data()
    {
        QTest::addColumn<int>("asked");
        QTest::addColumn<int>("kept");
        QTest::newRow("never stays never") << 0 << 0;
        QTest::newRow("a negative interval means never") << -5 << 0;
        QTest::newRow("every minute is raised to the minimum") << 1 << 5;
        QTest::newRow("a usual interval is kept as it is") << 30 << 30;
        QTest::newRow("more than a day is lowered to a day") << 5000 << 24 * 60;
    }

    void shouldKeepTheIntervalWithinPoliteBounds()
    {
        QFETCH(int, asked);
        QFETCH(int, kept);
        FeedSettings::setRefreshMinutes(asked);
        QCOMPARE(FeedSettings::refreshMinutes(), kept);
    }

    void shouldReadAValueOutOfBoundsWithinThem_data()
    {
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<int>("read");
        QTest::newRow("a hand-edited interval of two minutes") << QVariant(2) << 5;
        QTest::newRow("text that is no number") << QVariant(QStringLiteral("hourly")) << 60;
    }

    void shouldReadAValueOutOfBoundsWithinThem()
    {
        QFETCH(QVariant, stored);
        QFETCH(int, read);
        QSettings().setValue(QStringLiteral("feeds/refreshMinutes"), stored);
        QCOMPARE(FeedSettings::refreshMinutes(), read);
    }
};

QTEST_GUILESS_MAIN(TestFeedSettings)
#include "tst_feedsettings.moc"
