// The models over the library: articles (with their filter), people and quotes across articles,
// each under QAbstractItemModelTester, filled from a real library of invented articles.
#include "article/article.h"
#include "extract/extractor.h"
#include "library/library.h"
#include "library/librarydatabase.h"
#include "models/libraryfiltermodel.h"
#include "models/librarymodel.h"
#include "models/peoplemodel.h"
#include "models/quotehitmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

Article makeArticle(const QString &title, const QString &paragraph, const QString &date)
{
    Article a;
    a.appendBlock(title, Article::BlockKind::Title);
    a.appendBlock(paragraph);
    a.setTitle(title);
    a.setDate(date);
    return a;
}

} // namespace

class TestLibraryModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    LibraryDatabase m_db;
    std::unique_ptr<Library> m_library;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("models.sqlite"))));
        m_library = std::make_unique<Library>(m_db);
        const Extractor extractor;
        const struct
        {
            const char *source;
            const char *title;
            const char *text;
            const char *date;
        } articles[] = {
            {"/news/local/ferry.txt", "Ferry service resumes",
             "\u201CThe ferry runs again from Monday,\u201D said Marta Vidal, the harbour master.", "2026-02-01"},
            {"/news/local/market.txt", "Market hall to close",
             "\u201CWe have no choice,\u201D said Marta Vidal. \u201CIt is sad,\u201D said Jonas Berg.", "2026-05-20"},
            {"/news/world/summit.txt", "Summit ends without deal",
             "\u201CTalks will go on,\u201D said Odile Marchand, the foreign minister.", "2026-03-15"},
        };
        for (const auto &a : articles) {
            const Article article = makeArticle(QString::fromUtf8(a.title), QString::fromUtf8(a.text),
                                                QString::fromUtf8(a.date));
            QVERIFY(m_library->add(QString::fromUtf8(a.source), article, extractor.extract(article)));
        }
    }

    void shouldListArticlesNewestFirstAndFilterThem()
    {
        // Given the library's articles in the model, behind the filter
        LibraryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        LibraryFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setArticles(m_library->articles());
        QCOMPARE(reset.count(), 1);

        // Then they are newest first, with their quote counts
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Market hall to close"));
        QCOMPARE(model.index(0, LibraryModel::QuotesColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, LibraryModel::TitleColumn).data().toString(), QStringLiteral("Summit ends without deal"));
        QCOMPARE(model.index(2, 0).data(LibraryModel::DateRole).toString(), QStringLiteral("2026-02-01"));

        // When filtered by words, by a source folder and by dates
        filter.setFilterText(QStringLiteral("HALL market"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterText(QString());
        filter.setSourcePrefix(QStringLiteral("/news/local/"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setDateRange(QStringLiteral("2026-01-01"), QStringLiteral("2026-03-01"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Ferry service resumes"));
        filter.setSourcePrefix(QString());
        filter.setDateRange(QString(), QString());
        QCOMPARE(filter.rowCount(), 3);

        // And sorted by title
        filter.sort(LibraryModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("Ferry service resumes"));
        // The row of an article, back through the filter
        const QModelIndex row = model.rowOfArticle(filter.index(0, 0).data(LibraryModel::ArticleIdRole).toLongLong());
        QCOMPARE(filter.mapFromSource(row), filter.index(0, 0));
    }

    void shouldListPeopleWithTheirCountsAndSortThem()
    {
        PeopleModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPeople(m_library->people());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, PeopleModel::NameColumn).data().toString(), QStringLiteral("Marta Vidal"));
        QCOMPARE(model.index(0, PeopleModel::QuotesColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, PeopleModel::ArticlesColumn).data().toInt(), 2);
        QCOMPARE(model.index(0, 0).data(PeopleModel::LastRole).toString(), QStringLiteral("2026-05-20"));
        QVERIFY(model.index(0, 0).data(PeopleModel::SecondLineRole).toString().contains(QStringLiteral("2")));

        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSortRole(PeopleModel::SortRole);
        proxy.setFilterRole(PeopleModel::SearchTextRole);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.sort(PeopleModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Jonas Berg"));
        proxy.sort(PeopleModel::LatestColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Odile Marchand"));
        proxy.sort(PeopleModel::QuotesColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Marta Vidal"));
        proxy.setFilterFixedString(QStringLiteral("odile"));
        QCOMPARE(proxy.rowCount(), 1);
        // Filtering matches roles too
        const QStringList roles = proxy.index(0, 0).data(PeopleModel::RolesRole).toStringList();
        QVERIFY(!roles.isEmpty());
        proxy.setFilterFixedString(roles.front().right(8));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void shouldListAPersonsQuotesWithWhereTheyAre()
    {
        const QList<qint64> ids = m_library->peopleNamed(QStringLiteral("Marta Vidal"));
        QCOMPARE(ids.size(), 1);
        QuoteHitModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHits(m_library->quotesBy(ids.front()));
        QCOMPARE(model.rowCount(), 2);
        // Newest first, with the article, its date and the quote's place in it
        QCOMPARE(model.index(0, QuoteHitModel::ArticleColumn).data().toString(), QStringLiteral("Market hall to close"));
        QCOMPARE(model.index(0, QuoteHitModel::TextColumn).data().toString(), QStringLiteral("\u201CWe have no choice\u201D"));
        QCOMPARE(model.index(0, QuoteHitModel::SpeakerColumn).data().toString(), QStringLiteral("Marta Vidal"));
        QCOMPARE(model.index(1, QuoteHitModel::ArticleColumn).data().toString(), QStringLiteral("Ferry service resumes"));
        const auto stored = m_library->article(model.index(1, 0).data(QuoteHitModel::ArticleIdRole).toLongLong());
        QVERIFY(stored);
        const int start = model.index(1, 0).data(QuoteHitModel::QuoteStartRole).toInt();
        const int end = model.index(1, 0).data(QuoteHitModel::QuoteEndRole).toInt();
        QCOMPARE(stored->article.text().mid(start, end - start), QStringLiteral("The ferry runs again from Monday"));
        QCOMPARE(model.index(1, QuoteHitModel::KindColumn).data().toString(), QuoteHitModel::kindText(Quote::Kind::Direct));
    }
};

QTEST_GUILESS_MAIN(TestLibraryModels)
#include "tst_librarymodels.moc"
