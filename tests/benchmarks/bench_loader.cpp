// Loading time for each format at article scale (20 MB) and for the hostile inputs the loader must
// get through in seconds: deep nesting, millions of tags, a feed of 100,000 entries, a huge file.
// Inputs are generated into a temporary folder; nothing large is checked in.
#include "load/articleloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class BenchLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void loadFile_data();
    void loadFile();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

constexpr qsizetype kArticleSize = qsizetype(20) * 1024 * 1024;

QByteArray sentence(int i)
{
    return "The council met on day " + QByteArray::number(i)
        + ", and the mayor said \xe2\x80\x9cthe plan is fair\xe2\x80\x9d, adding that residents would be heard. ";
}

} // namespace

void BenchLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString BenchLoader::write(const QString &name, const QByteArray &bytes)
{
    QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void BenchLoader::loadFile_data()
{
    QTest::addColumn<QString>("path");

    QByteArray text = "Council meets\n\n";
    QByteArray line;
    QByteArray html = "<!DOCTYPE html><html><head><title>Council meets | Example</title></head><body>"
                      "<nav><a href='/'>Home</a></nav><article><h1>Council meets</h1>";
    QByteArray markdown = "# Council meets\n\n";
    for (int i = 0; text.size() < kArticleSize; ++i) {
        const QByteArray s = sentence(i);
        text += s + (i % 4 == 3 ? "\n\n" : "");
        line += s;
        html += (i % 4 == 0 ? "<p>" : "") + s + (i % 4 == 3 ? "</p>\n" : "");
        markdown += (i % 40 == 0 ? "## Part " + QByteArray::number(i) + "\n\n" : QByteArray()) + s
            + (i % 4 == 3 ? "\n\n" : "");
    }
    html += "</article><footer>Footer</footer></body></html>";
    QTest::newRow("plain text, 20 MB") << write(QStringLiteral("article.txt"), text);
    QTest::newRow("one 20 MB line") << write(QStringLiteral("line.txt"), line);
    QTest::newRow("web page, 20 MB") << write(QStringLiteral("article.html"), html);
    QTest::newRow("markdown, 20 MB") << write(QStringLiteral("article.md"), markdown);

    QByteArray feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Many</title>\n";
    for (int i = 0; i < 100000; ++i)
        feed += "<item><title>Entry " + QByteArray::number(i) + "</title><description>&lt;p&gt;" + sentence(i)
            + "&lt;/p&gt;</description></item>\n";
    feed += "</channel></rss>\n";
    QTest::newRow("feed, 100,000 entries") << write(QStringLiteral("feed.rss"), feed);

    QByteArray deep = "<html><body>" + QByteArray("<div>").repeated(100000) + "<p>" + sentence(0) + "</p>"
        + QByteArray("</div>").repeated(100000);
    QTest::newRow("html nested 100,000 deep") << write(QStringLiteral("deep.html"), deep);
    QTest::newRow("html, 7 million unclosed tags")
        << write(QStringLiteral("tags.html"), "<html><body>" + QByteArray("<b>").repeated(7000000) + "text");
    QTest::newRow("html, 5 million stray end tags")
        << write(QStringLiteral("ends.html"), "<html><body><p>" + sentence(0) + "</p>" + QByteArray("</i>").repeated(5000000));

    const QString huge = m_dir.filePath(QStringLiteral("huge.txt"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.resize(ArticleLoader::MaxFileSize + 1));
    QTest::newRow("refusing a file over 512 MB") << huge;
}

void BenchLoader::loadFile()
{
    QFETCH(QString, path);
    ArticleLoader::Result r;
    QBENCHMARK_ONCE {
        r = ArticleLoader::loadFile(path);
    }
    QVERIFY(r.ok() || !r.error.isEmpty());
}

QTEST_GUILESS_MAIN(BenchLoader)
#include "bench_loader.moc"
