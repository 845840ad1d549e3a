// Exports of quotes from across the library: CSV (optionally with a byte-order mark for
// spreadsheets), JSON and Markdown, with article titles, dates, addresses and corrections.
#include "export/personquotesexporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

QList<Library::QuoteHit> hits()
{
    Library::QuoteHit a;
    a.article = 2;
    a.speaker = QStringLiteral("Zofia Brzęk");
    a.kind = Quote::Kind::Direct;
    a.text = QStringLiteral("We said \"no\", and we meant it");
    a.source = QStringLiteral("https://news.invalid/market");
    a.title = QStringLiteral("Market hall to close");
    a.date = QStringLiteral("2026-05-20");
    a.start = 10;
    a.end = 40;
    a.confidence = 0.9;
    Library::QuoteHit b = a;
    b.article = 1;
    b.kind = Quote::Kind::Indirect;
    b.text = QStringLiteral("the ferry would run again");
    b.source = QStringLiteral("/home/reader/ferry.txt");
    b.title.clear();
    b.date = QStringLiteral("2026-02-01");
    b.corrected = true;
    return {a, b};
}

} // namespace

class TestPersonQuotesExporter : public QObject
{
    Q_OBJECT

private slots:
    void shouldWriteCsvWithOneRowPerQuote()
    {
        const QByteArray csv = PersonQuotesExporter::toCsv(hits());
        const QList<QByteArray> rows = csv.split('\n');
        QCOMPARE(rows.at(0), QByteArray("speaker,kind,quote,article,address,date,start,end,confidence,corrected\r"));
        QCOMPARE(rows.at(1), QByteArray("Zofia Brzęk,direct,\"We said \"\"no\"\", and we meant it\",Market hall to close,"
                                        "https://news.invalid/market,2026-05-20,10,40,0.9,no\r"));
        // An article without a title goes by its file name; the correction is said.
        QVERIFY(rows.at(2).startsWith("Zofia Brzęk,indirect,the ferry would run again,ferry.txt,/home/reader/ferry.txt,"));
        QVERIFY(rows.at(2).endsWith(",yes\r"));
        QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    }

    void shouldStartCsvForSpreadsheetsWithAByteOrderMark()
    {
        const QByteArray csv = PersonQuotesExporter::toCsv(hits(), true);
        QVERIFY(csv.startsWith("\xEF\xBB\xBFspeaker,"));
    }

    void shouldWriteJsonWithTheArticleOfEachQuote()
    {
        const QJsonObject root = QJsonDocument::fromJson(PersonQuotesExporter::toJson(QStringLiteral("Zofia Brzęk"), hits())).object();
        QCOMPARE(root.value(QStringLiteral("title")).toString(), QStringLiteral("Zofia Brzęk"));
        const QJsonArray quotes = root.value(QStringLiteral("quotes")).toArray();
        QCOMPARE(quotes.size(), 2);
        QCOMPARE(quotes.at(0).toObject().value(QStringLiteral("article")).toString(), QStringLiteral("https://news.invalid/market"));
        QCOMPARE(quotes.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Market hall to close"));
        QCOMPARE(quotes.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("indirect"));
        QCOMPARE(quotes.at(1).toObject().value(QStringLiteral("corrected")).toBool(), true);
    }

    void shouldWriteMarkdownGroupedByArticle()
    {
        const QString md = QString::fromUtf8(PersonQuotesExporter::toMarkdown(QStringLiteral("Zofia Brzęk"), hits()));
        QVERIFY(md.startsWith(QStringLiteral("# Zofia Brzęk\n")));
        QVERIFY(md.contains(QStringLiteral("\n## Market hall to close\n")));
        QVERIFY(md.contains(QStringLiteral("<https://news.invalid/market>")));
        QVERIFY(md.contains(QStringLiteral("\n## ferry.txt\n")));
        QVERIFY(md.contains(QStringLiteral("> the ferry would run again\n")));
        QVERIFY(md.contains(QStringLiteral("(indirect, corrected)")));
    }

    void shouldWriteTheFileAtomicallyOrSayWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quotes.json"));
        QCOMPARE(PersonQuotesExporter::formatForFileName(path), PersonQuotesExporter::Format::Json);
        QString error;
        QVERIFY(PersonQuotesExporter::write(path, PersonQuotesExporter::Format::Json, QStringLiteral("x"), hits(), &error));
        QVERIFY(QFile::exists(path));
        QVERIFY(!PersonQuotesExporter::write(dir.filePath(QStringLiteral("no/such/folder/q.csv")),
                                             PersonQuotesExporter::Format::Csv, QStringLiteral("x"), hits(), &error));
        QVERIFY(error.contains(QStringLiteral("q.csv")));
    }
};

QTEST_GUILESS_MAIN(TestPersonQuotesExporter)
#include "tst_personquotesexporter.moc"
