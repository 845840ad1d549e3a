// Exporting quotes as CSV, JSON and Markdown and the article as PDF: the files are read back and
// checked against the extraction; the article's own file is never written.
#include "mainwindow.h"
#include "export/quoteexporter.h"
#include "models/speakermodel.h"
#include "speakerpanel.h"
#include "testarticles.h"
#include "windowhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace WindowHelpers;

namespace {

// RFC 4180 reader for the test: fields separated by commas, quoted fields may hold commas,
// doubled quotes and line breaks; records end with CRLF.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldQuoteCsvFields_data();
    void shouldQuoteCsvFields();
    void shouldWriteJsonLikeTheExtractCommand();
    void shouldWriteMarkdownSectionsPerSpeaker();
    void shouldChooseTheFormatBySuffix_data();
    void shouldChooseTheFormatBySuffix();
    void shouldExportAllQuotesFromTheWindow();
    void shouldExportTheSelectedSpeakersQuotes();
    void shouldExportThePdfWithHighlights();
    void shouldNeverWriteTheArticleItself();
    void shouldReportAFolderThatCannotBeWritten();

private:
    QTemporaryDir m_dir;
};

void TestExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
}

void TestExport::shouldQuoteCsvFields_data()
{
    QTest::addColumn<int>("quote");
    QTest::addColumn<QString>("rawText");
    QTest::newRow("comma inside") << 0 << QStringLiteral("We will rebuild the pier within a year,");
    QTest::newRow("double quotes inside") << 4 << QStringLiteral("the budget was \"tight but honest\".");
    QTest::newRow("plain") << 5 << QStringLiteral("tight but honest");
}

void TestExport::shouldQuoteCsvFields()
{
    QFETCH(int, quote);
    QFETCH(QString, rawText);
    const TestArticles::Fixture f = TestArticles::council();
    const QByteArray csv = QuoteExporter::toCsv(f.article, f.extraction, {quote});
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csv));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).value(3), QStringLiteral("quote"));
    QCOMPARE(records.at(1).size(), records.at(0).size());
    QCOMPARE(records.at(1).at(3), rawText);
    QCOMPARE(records.at(1).at(5).toInt(), f.extraction.quotes.at(quote).start);
    QVERIFY(csv.endsWith("\r\n"));
}

void TestExport::shouldWriteJsonLikeTheExtractCommand()
{
    const TestArticles::Fixture f = TestArticles::council();
    const QJsonObject root = QJsonDocument::fromJson(QuoteExporter::toJson(QStringLiteral("/tmp/council.txt"), f.article,
                                                                           f.extraction, {5, 0, 2}))
                                 .object();
    QCOMPARE(root.value(QStringLiteral("file")).toString(), QStringLiteral("council.txt"));
    QCOMPARE(root.value(QStringLiteral("title")).toString(), f.article.title());
    const QJsonArray speakers = root.value(QStringLiteral("speakers")).toArray();
    QCOMPARE(speakers.size(), 2); // only the speakers of the quotes written
    QCOMPARE(speakers.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("Lotte Brandvik"));
    const QJsonArray quotes = root.value(QStringLiteral("quotes")).toArray();
    QCOMPARE(quotes.size(), 3);
    QCOMPARE(quotes.at(0).toObject().value(QStringLiteral("start")).toInt(), f.extraction.quotes.at(0).start); // text order
    QCOMPARE(quotes.at(1).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("the old pilings are rotten"));
    QCOMPARE(quotes.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("partial"));
    QCOMPARE(quotes.at(1).toObject().value(QStringLiteral("speaker")).toString(), QStringLiteral("s3"));
}

void TestExport::shouldWriteMarkdownSectionsPerSpeaker()
{
    const TestArticles::Fixture f = TestArticles::council();
    QList<int> all;
    for (int i = 0; i < f.extraction.quotes.size(); ++i)
        all.append(i);
    const QString md = QString::fromUtf8(QuoteExporter::toMarkdown(QString(), f.article, f.extraction, all));
    QVERIFY(md.startsWith(QStringLiteral("# Quotes in Council weighs the harbour plan\n")));
    const qsizetype lotte = md.indexOf(QStringLiteral("\n## Lotte Brandvik, Mayor\n"));
    const qsizetype tomas = md.indexOf(QStringLiteral("\n## Tomas Varga, Engineer\n"));
    const qsizetype none = md.indexOf(QStringLiteral("\n## Unattributed\n"));
    QVERIFY(lotte >= 0 && tomas > lotte && none > tomas);
    QVERIFY(md.contains(QStringLiteral("> We will rebuild the pier within a year,\n")));
    QVERIFY(md.contains(QStringLiteral("> the old pilings are rotten\n>\n> *— partial quote, attribution uncertain*")));
    QVERIFY(md.contains(QStringLiteral("> the dredging would start in spring.\n>\n> *— reported speech*")));
}

void TestExport::shouldChooseTheFormatBySuffix_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QuoteExporter::Format>("format");
    QTest::newRow("csv") << QStringLiteral("q.CSV") << QuoteExporter::Format::Csv;
    QTest::newRow("json") << QStringLiteral("q.json") << QuoteExporter::Format::Json;
    QTest::newRow("md") << QStringLiteral("q.md") << QuoteExporter::Format::Markdown;
    QTest::newRow("markdown") << QStringLiteral("q.markdown") << QuoteExporter::Format::Markdown;
    QTest::newRow("unknown falls back") << QStringLiteral("q.txt") << QuoteExporter::Format::Json;
}

void TestExport::shouldChooseTheFormatBySuffix()
{
    QFETCH(QString, name);
    QFETCH(QuoteExporter::Format, format);
    QCOMPARE(QuoteExporter::formatForFileName(name, QuoteExporter::Format::Json), format);
}

void TestExport::shouldExportAllQuotesFromTheWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(&window, MainWindow::samplePath()));
    const Article &article = window.speakerModel()->article();
    const Extraction &extraction = window.speakerModel()->extraction();
    const QString csvPath = m_dir.filePath(QStringLiteral("all.csv"));
    const QString jsonPath = m_dir.filePath(QStringLiteral("all.json"));

    QString error;
    QVERIFY2(window.exportQuotes(csvPath, QuoteExporter::Format::Csv, false, &error), qPrintable(error));
    QVERIFY2(window.exportQuotes(jsonPath, QuoteExporter::Format::Json, false, &error), qPrintable(error));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(readFile(csvPath)));
    QCOMPARE(rows.size(), extraction.quotes.size() + 1);
    for (int i = 1; i < rows.size(); ++i) {
        const int start = rows.at(i).at(5).toInt();
        const int end = rows.at(i).at(6).toInt();
        QCOMPARE(rows.at(i).at(3), article.text().mid(start, end - start));
    }
    QVERIFY(std::any_of(rows.cbegin(), rows.cend(), [](const QStringList &r) {
        return r.at(0) == QStringLiteral("Catherine Ashton") && r.at(3) == QStringLiteral("cautious optimism");
    }));
    const QJsonObject json = QJsonDocument::fromJson(readFile(jsonPath)).object();
    QCOMPARE(json.value(QStringLiteral("file")).toString(), QStringLiteral("almaty-talks.txt"));
    QCOMPARE(json.value(QStringLiteral("quotes")).toArray().size(), extraction.quotes.size());
}

void TestExport::shouldExportTheSelectedSpeakersQuotes()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(&window, MainWindow::samplePath()));
    const QString path = m_dir.filePath(QStringLiteral("ashton.md"));
    QString error;
    QVERIFY(!window.exportQuotes(path, QuoteExporter::Format::Markdown, true, &error)); // nothing selected
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));

    auto *tree = window.findChild<QTreeView *>(QStringLiteral("speakerView"));
    clickRow(tree, findRow(tree->model(), QStringLiteral("Catherine Ashton")));
    QVERIFY2(window.exportQuotes(path, QuoteExporter::Format::Markdown, true, &error), qPrintable(error));

    const QString md = QString::fromUtf8(readFile(path));
    QVERIFY(md.contains(QStringLiteral("## Catherine Ashton")));
    QVERIFY(md.contains(QStringLiteral("> cautious optimism")));
    QVERIFY(!md.contains(QStringLiteral("Ban Ki-moon")));
}

void TestExport::shouldExportThePdfWithHighlights()
{
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(&window, MainWindow::samplePath()));
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("speakerView"));
    clickRow(tree, findRow(tree->model(), QStringLiteral("Ban Ki-moon")));
    const QString path = m_dir.filePath(QStringLiteral("article.pdf"));

    QVERIFY(window.exportPdf(path));

    const QByteArray pdf = readFile(path);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 2000);
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
}

void TestExport::shouldNeverWriteTheArticleItself()
{
    const QString path = m_dir.filePath(QStringLiteral("own.txt"));
    const QByteArray original = readFile(MainWindow::samplePath());
    QVERIFY(writeFile(path, original));
    MainWindow window;
    window.show();
    QVERIFY(openAndWait(&window, path));
    QString error;
    QVERIFY(!window.exportQuotes(path, QuoteExporter::Format::Csv, false, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!window.exportPdf(path));
    QCOMPARE(readFile(path), original);
}

void TestExport::shouldReportAFolderThatCannotBeWritten()
{
    const TestArticles::Fixture f = TestArticles::council();
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/quotes.csv"));
    QString error;
    QVERIFY(!QuoteExporter::write(path, QuoteExporter::Format::Csv, f.article, f.extraction, {0}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
