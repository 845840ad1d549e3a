// Specification of DroppedFiles: the local files a drag brings, from its URLs or from a link dropped
// as text, without folders, remote addresses or files that are not there.
#include "droppedfiles.h"

#include <QDir>
#include <QFile>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestDroppedFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldTakeTheLocalFilesADragBrings_data();
    void shouldTakeTheLocalFilesADragBrings();

private:
    QTemporaryDir m_dir;
    QString m_one, m_two;
};

void TestDroppedFiles::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_one = m_dir.filePath(QStringLiteral("one.html"));
    m_two = m_dir.filePath(QStringLiteral("two words.txt"));
    for (const QString &path : {m_one, m_two}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("text\n");
    }
}

void TestDroppedFiles::shouldTakeTheLocalFilesADragBrings_data()
{
    QTest::addColumn<QList<QUrl>>("urls");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("files");

    const QUrl one = QUrl::fromLocalFile(m_one);
    const QUrl two = QUrl::fromLocalFile(m_two);
    QTest::newRow("a file manager's selection, in order") << QList<QUrl>{two, one} << QString() << QStringList{m_two, m_one};
    QTest::newRow("folders, remote addresses and missing files are left out")
        << QList<QUrl>{QUrl::fromLocalFile(m_dir.path()), QUrl(QStringLiteral("https://example.org/a.html")), one,
                       QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("gone.txt")))}
        << QString() << QStringList{m_one};
    QTest::newRow("the same file twice counts once") << QList<QUrl>{one, one} << QString() << QStringList{m_one};
    QTest::newRow("a file link dropped as text") << QList<QUrl>{} << one.toString() << QStringList{m_one};
    QTest::newRow("a path dropped as text, with spaces")
        << QList<QUrl>{} << QString(u"  " + m_two + u"\n") << QStringList{m_two};
    QTest::newRow("two links dropped as text lines")
        << QList<QUrl>{} << QString(one.toString() + u"\r\n" + two.toString()) << QStringList{m_one, m_two};
    QTest::newRow("text that is no link") << QList<QUrl>{} << QStringLiteral("just some words") << QStringList{};
    QTest::newRow("a web link dropped as text") << QList<QUrl>{} << QStringLiteral("https://example.org/one.html")
                                                << QStringList{};
}

void TestDroppedFiles::shouldTakeTheLocalFilesADragBrings()
{
    QFETCH(QList<QUrl>, urls);
    QFETCH(QString, text);
    QFETCH(QStringList, files);
    QMimeData data;
    if (!urls.isEmpty())
        data.setUrls(urls);
    if (!text.isEmpty())
        data.setText(text);

    QCOMPARE(DroppedFiles::localFiles(&data), files);
}

QTEST_GUILESS_MAIN(TestDroppedFiles)
#include "tst_droppedfiles.moc"
