// The library at scale: a generated library of 10,000 articles (about 150,000 quotes by 20,000
// made-up speakers). Targets: adding 1,000 articles (loading, extraction and storage, all cores)
// in 10 s or less; the People view's first screen 200 ms after opening; one person's quotes and a
// search in 50 ms each; the file no more than three times the articles' text. Run by `make bench`.
#include "cli/librarycommand.h"
#include "library/library.h"
#include "library/librarydatabase.h"
#include "models/peoplemodel.h"
#include "newsgenerator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

namespace {

constexpr int kBaseArticles = 9000;
constexpr int kAddedArticles = 1000;
constexpr int kQuotesPerArticle = 15;
constexpr int kSpeakersPerArticle = 4;
constexpr int kPeople = 20000;

const QStringList &topics()
{
    static const QStringList words = {
        QStringLiteral("budget"), QStringLiteral("harbour"), QStringLiteral("railway"), QStringLiteral("schools"),
        QStringLiteral("hospital"), QStringLiteral("taxes"), QStringLiteral("housing"), QStringLiteral("bridge"),
        QStringLiteral("election"), QStringLiteral("water"), QStringLiteral("energy"), QStringLiteral("museum")};
    return words;
}

// One article's text, and the extraction a perfect extractor would give it: each paragraph a
// direct quote followed by its speaker.
void syntheticArticle(int number, const QStringList &speakers, Article *article, Extraction *extraction)
{
    const QString title = QStringLiteral("Report %1 on the %2").arg(number).arg(topics().at(number % topics().size()));
    article->appendBlock(title, Article::BlockKind::Title);
    article->setTitle(title);
    article->setDate(QDate(2020, 1, 1).addDays(number % 2000).toString(Qt::ISODate));
    for (int s = 0; s < speakers.size(); ++s) {
        Speaker sp;
        sp.id = QStringLiteral("s%1").arg(s + 1);
        sp.name = speakers.at(s);
        sp.role = s == 0 ? QStringLiteral("a city councillor") : QString();
        extraction->speakers.append(sp);
    }
    for (int q = 0; q < kQuotesPerArticle; ++q) {
        const int speaker = q % int(speakers.size());
        const QString quote = QStringLiteral("The %1 plan number %2 will change the %3 for every family here")
                                  .arg(topics().at((number + q) % topics().size()))
                                  .arg(q)
                                  .arg(topics().at((number * 7 + q) % topics().size()));
        const int start = int(article->text().size()) + 1 + 1; // the separator, the opening mark
        article->appendBlock(u'\u201C' + quote + QStringLiteral(",\u201D said ") + speakers.at(speaker)
                             + QStringLiteral(". The council did not comment on the figures."));
        Quote qt;
        qt.speaker = speaker;
        qt.start = start;
        qt.end = start + int(quote.size());
        qt.paragraph = q;
        qt.confidence = 0.9;
        qt.cue = QStringLiteral("said");
        extraction->quotes.append(qt);
        ++extraction->speakers[speaker].quoteCount;
    }
}

} // namespace

class BenchLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QStringList m_names;
    qint64 m_textBytes = 0;

    QStringList speakersFor(int article) const
    {
        QStringList chosen;
        for (int s = 0; s < kSpeakersPerArticle; ++s)
            chosen.append(m_names.at((article * kSpeakersPerArticle + s * 7919) % m_names.size()));
        return chosen;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("bench.sqlite"));
        NewsGenerator generator(7);
        QSet<QString> seen;
        while (m_names.size() < kPeople) {
            const QString name = generator.name();
            if (!seen.contains(name)) {
                seen.insert(name);
                m_names.append(name);
            }
        }
        // The base library, written directly (one transaction per article, as always).
        LibraryDatabase db;
        QVERIFY(db.open(m_path));
        Library library(db);
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kBaseArticles; ++i) {
            Article article;
            Extraction extraction;
            syntheticArticle(i, speakersFor(i), &article, &extraction);
            m_textBytes += article.text().toUtf8().size();
            QVERIFY(library.add(QStringLiteral("/generated/base-%1.txt").arg(i), article, extraction));
        }
        qInfo("base library of %d articles written in %.1f s", kBaseArticles, timer.elapsed() / 1000.0);
    }

    void addThousandArticles()
    {
        // Given 1,000 article files, told with the same people
        QStringList files;
        for (int i = 0; i < kAddedArticles; ++i) {
            Article article;
            Extraction extraction;
            const int number = kBaseArticles + i;
            syntheticArticle(number, speakersFor(number), &article, &extraction);
            m_textBytes += article.text().toUtf8().size();
            const QString path = m_dir.filePath(QStringLiteral("added-%1.txt").arg(i));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(article.text().toUtf8());
            files.append(path);
        }
        // When they are added as `saywho --add` does, on every core
        FILE *out = std::tmpfile();
        FILE *err = std::tmpfile();
        QElapsedTimer timer;
        int status = -1;
        qint64 ms = 0;
        timer.start();
        status = LibraryCommand::add(m_path, files, QThread::idealThreadCount(), out, err);
        ms = timer.elapsed();
        std::fclose(out);
        std::fclose(err);
        QCOMPARE(status, 0);
        qInfo("added %d articles in %.2f s on %d threads", kAddedArticles, ms / 1000.0, QThread::idealThreadCount());
        QVERIFY2(ms <= 10000, "adding 1,000 articles took more than 10 s");
    }

    void peopleFirstScreen()
    {
        QElapsedTimer timer;
        qint64 ms = 0;
        int rows = 0;
        {
            timer.start();
            LibraryDatabase db;
            QVERIFY(db.open(m_path));
            Library library(db);
            const qint64 opened = timer.elapsed();
            PeopleModel model;
            model.setPeople(library.people());
            rows = model.rowCount();
            ms = timer.elapsed();
            qInfo("opening the library: %lld ms", opened);
        }
        qInfo("People view: %d people in %lld ms", rows, ms);
        QVERIFY(rows >= kPeople * 9 / 10);
        QVERIFY2(ms <= 200, "the People view took more than 200 ms to fill");
    }

    void onePersonsQuotes()
    {
        LibraryDatabase db;
        QVERIFY(db.open(m_path));
        Library library(db);
        const QList<qint64> ids = library.peopleNamed(m_names.at(1234));
        QCOMPARE(ids.size(), 1);
        QElapsedTimer timer;
        qint64 best = 1 << 30;
        qsizetype quotes = 0;
        QBENCHMARK {
            timer.start();
            quotes = library.quotesBy(ids.front()).size();
            best = std::min(best, timer.elapsed());
        }
        qInfo("one person's quotes: %lld in %lld ms", qlonglong(quotes), best);
        QVERIFY(quotes > 0);
        QVERIFY2(best <= 50, "one person's quotes took more than 50 ms");
    }

    void searchQuotes()
    {
        LibraryDatabase db;
        QVERIFY(db.open(m_path));
        Library library(db);
        QElapsedTimer timer;
        qint64 best = 1 << 30;
        qsizetype hits = 0;
        Library::SearchFilter filter; // the window shows the first 1,000
        QBENCHMARK {
            timer.start();
            hits = library.search(QStringLiteral("\"museum plan number 3\""), filter).size();
            best = std::min(best, timer.elapsed());
        }
        qInfo("search: %lld hits in %lld ms", qlonglong(hits), best);
        QVERIFY(hits > 0);
        QVERIFY2(best <= 50, "a search took more than 50 ms");
    }

    void fileSize()
    {
        {
            LibraryDatabase db;
            QVERIFY(db.open(m_path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const qint64 size = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
        qInfo("library file %.1f MB for %.1f MB of text (%.2f times)", size / 1e6, m_textBytes / 1e6,
              double(size) / double(m_textBytes));
        QVERIFY2(size <= 3 * m_textBytes, "the library file is more than three times the articles' text");
    }
};

QTEST_GUILESS_MAIN(BenchLibrary)
#include "bench_library.moc"
