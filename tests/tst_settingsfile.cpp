// A settings file QSettings cannot read is moved aside, not lost and not a crash: Saywho starts with
// default settings, saves new ones, and keeps the old file next to the new one.
#include "settings/settingsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestSettingsFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void shouldLeaveAReadableFileAlone();
    void shouldLeaveAMissingFileAlone();
    void shouldMoveABrokenFileAside_data();
    void shouldMoveABrokenFileAside();
    void shouldMoveAFolderInPlaceOfTheFileAside();
    void shouldReplaceAnOlderBrokenCopy();
    void shouldSayWhenTheFileCannotBeMovedAside();

private:
    static void write(const QString &path, const QByteArray &bytes);
    static QByteArray read(const QString &path);
};

void TestSettingsFile::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SaywhoTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsfile"));
    QDir().mkpath(QFileInfo(QSettings().fileName()).absolutePath());
}

void TestSettingsFile::init()
{
    // ensureUsable() is meant to be the first to read the file: QSettings only reports a broken
    // file to the object that parsed it, and keeps what it parsed for the next. A settings file of
    // its own for each test function and row keeps that true.
    static int count = 0;
    QCoreApplication::setApplicationName(QStringLiteral("tst_settingsfile-%1").arg(++count));
    for (const QString &path : {QSettings().fileName(), SettingsFile::brokenCopyPath()}) {
        const QFileInfo info(path);
        if (info.isDir())
            QVERIFY(QDir(path).removeRecursively());
        else if (info.exists())
            QVERIFY(QFile::remove(path));
    }
}

void TestSettingsFile::write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        QFAIL(qPrintable(QStringLiteral("cannot write %1").arg(path)));
}

QByteArray TestSettingsFile::read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSettingsFile::shouldLeaveAReadableFileAlone()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("zoom"), 140);
    }
    const QByteArray before = read(QSettings().fileName());
    QVERIFY(!before.isEmpty());

    QCOMPARE(SettingsFile::ensureUsable(), QString());
    QCOMPARE(read(QSettings().fileName()), before);
    QCOMPARE(QSettings().value(QStringLiteral("zoom")).toInt(), 140);
    QVERIFY(!QFileInfo::exists(SettingsFile::brokenCopyPath()));
}

void TestSettingsFile::shouldLeaveAMissingFileAlone()
{
    QCOMPARE(SettingsFile::ensureUsable(), QString());
    QVERIFY(!QFileInfo::exists(QSettings().fileName()));
    QVERIFY(!QFileInfo::exists(SettingsFile::brokenCopyPath()));
}

void TestSettingsFile::shouldMoveABrokenFileAside_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("section never closed") << QByteArray("[General\nzoom=140\n");
    QTest::newRow("cut short") << QByteArray("[General]\nzoom=140\nreadableWidth=true\n[Main");
}

void TestSettingsFile::shouldMoveABrokenFileAside()
{
    QFETCH(QByteArray, bytes);
    const QString path = QSettings().fileName();
    write(path, bytes);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^The settings file .* was unusable")));
    const QString warning = SettingsFile::ensureUsable();
    QVERIFY(warning.contains(QDir::toNativeSeparators(path)));
    QVERIFY(warning.contains(QDir::toNativeSeparators(SettingsFile::brokenCopyPath())));

    // The old bytes are kept whole...
    QCOMPARE(read(SettingsFile::brokenCopyPath()), bytes);
    // ...and new settings are read and written as usual.
    QSettings settings;
    QCOMPARE(settings.status(), QSettings::NoError);
    QVERIFY(settings.allKeys().isEmpty());
    settings.setValue(QStringLiteral("zoom"), 120);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    QCOMPARE(QSettings().value(QStringLiteral("zoom")).toInt(), 120);
    QCOMPARE(SettingsFile::ensureUsable(), QString());
}

void TestSettingsFile::shouldMoveAFolderInPlaceOfTheFileAside()
{
    const QString path = QSettings().fileName();
    QVERIFY(QDir().mkpath(path));
    write(path + QStringLiteral("/inside.txt"), "kept");

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be read")));
    QVERIFY(SettingsFile::ensureUsable().contains(QDir::toNativeSeparators(SettingsFile::brokenCopyPath())));
    QCOMPARE(read(SettingsFile::brokenCopyPath() + QStringLiteral("/inside.txt")), QByteArray("kept"));
    QSettings settings;
    settings.setValue(QStringLiteral("zoom"), 90);
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    QVERIFY(QFileInfo(path).isFile());
}

void TestSettingsFile::shouldReplaceAnOlderBrokenCopy()
{
    write(SettingsFile::brokenCopyPath(), "[older");
    write(QSettings().fileName(), "[newer");

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("was unusable")));
    QVERIFY(!SettingsFile::ensureUsable().isEmpty());
    QCOMPARE(read(SettingsFile::brokenCopyPath()), QByteArray("[newer"));
    QVERIFY(!QFileInfo::exists(QSettings().fileName()));
}

void TestSettingsFile::shouldSayWhenTheFileCannotBeMovedAside()
{
    // A folder with contents where the broken copy would go is never removed: the broken file
    // stays where it is, and the warning says settings cannot be remembered.
    QVERIFY(QDir().mkpath(SettingsFile::brokenCopyPath()));
    write(SettingsFile::brokenCopyPath() + QStringLiteral("/mine.txt"), "mine");
    write(QSettings().fileName(), "[broken");

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("could not be moved aside")));
    const QString warning = SettingsFile::ensureUsable();
    QVERIFY(warning.contains(QStringLiteral("could not be moved aside")));
    QCOMPARE(read(QSettings().fileName()), QByteArray("[broken"));
    QCOMPARE(read(SettingsFile::brokenCopyPath() + QStringLiteral("/mine.txt")), QByteArray("mine"));
}

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_settingsfile.moc"
