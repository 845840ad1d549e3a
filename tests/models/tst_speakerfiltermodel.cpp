// SpeakerFilterModel: filtering the speaker list by name, role or alias and sorting it, with the
// quotes following their speaker and the unattributed group always last.
#include "models/speakerfiltermodel.h"
#include "models/speakermodel.h"
#include "testarticles.h"

#include <QAbstractItemModelTester>
#include <QStandardPaths>
#include <QTest>

using namespace TestArticles;

class TestSpeakerFilterModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void shouldFilterSpeakers_data();
    void shouldFilterSpeakers();
    void shouldKeepQuotesOfShownSpeakers();
    void shouldSort_data();
    void shouldSort();
    void shouldMapRowsBothWays();
    void shouldListDescribedSourcesAfterNamedOnes_data();
    void shouldListDescribedSourcesAfterNamedOnes();

private:
    QStringList topLevelNames() const;

    Fixture m_fixture;
    SpeakerModel *m_model = nullptr;
    SpeakerFilterModel *m_proxy = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestSpeakerFilterModel::init()
{
    m_fixture = council();
    m_model = new SpeakerModel(this);
    m_model->setArticle(m_fixture.article, m_fixture.extraction);
    m_proxy = new SpeakerFilterModel(this);
    m_proxy->setSourceModel(m_model);
    m_tester = new QAbstractItemModelTester(m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestSpeakerFilterModel::cleanup()
{
    delete m_tester;
    delete m_proxy;
    delete m_model;
}

QStringList TestSpeakerFilterModel::topLevelNames() const
{
    QStringList names;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        names.append(m_proxy->index(row, 0).data().toString());
    return names;
}

void TestSpeakerFilterModel::shouldFilterSpeakers_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("empty shows all")
        << QString() << QStringList{QStringLiteral("Lotte Brandvik"), QStringLiteral("The port authority"),
                                    QStringLiteral("Tomas Varga"), QStringLiteral("Unattributed")};
    QTest::newRow("part of a name, any case") << QStringLiteral("varg") << QStringList{QStringLiteral("Tomas Varga")};
    QTest::newRow("role") << QStringLiteral("mayor") << QStringList{QStringLiteral("Lotte Brandvik")};
    QTest::newRow("alias") << QStringLiteral("Brandvik") << QStringList{QStringLiteral("Lotte Brandvik")};
    QTest::newRow("every word must match") << QStringLiteral("lotte engineer") << QStringList{};
    QTest::newRow("words in any order") << QStringLiteral("engineer tomas") << QStringList{QStringLiteral("Tomas Varga")};
    QTest::newRow("nothing matches") << QStringLiteral("zzz") << QStringList{};
}

void TestSpeakerFilterModel::shouldFilterSpeakers()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    m_proxy->setFilterText(filter);
    QCOMPARE(topLevelNames(), expected);
}

void TestSpeakerFilterModel::shouldKeepQuotesOfShownSpeakers()
{
    // Quote text does not match the filter, yet the quotes of a matching speaker all stay.
    m_proxy->setFilterText(QStringLiteral("lotte"));
    QCOMPARE(m_proxy->rowCount(), 1);
    const QModelIndex lotte = m_proxy->index(0, 0);
    QCOMPARE(m_proxy->rowCount(lotte), 3);
    QCOMPARE(m_proxy->index(2, 0, lotte).data(SpeakerModel::QuoteIndexRole).toInt(), 5);
    m_proxy->setFilterText(QString());
    QCOMPARE(m_proxy->rowCount(), 4);
}

void TestSpeakerFilterModel::shouldSort_data()
{
    QTest::addColumn<SpeakerFilterModel::Order>("order");
    QTest::addColumn<QStringList>("expected");
    const QString lotte = QStringLiteral("Lotte Brandvik");
    const QString board = QStringLiteral("Harbour board");
    const QString tomas = QStringLiteral("Tomas Varga");
    const QString none = QStringLiteral("Unattributed");
    QTest::newRow("appearance") << SpeakerFilterModel::Order::Appearance << QStringList{lotte, board, tomas, none};
    QTest::newRow("name") << SpeakerFilterModel::Order::Name << QStringList{board, lotte, tomas, none};
    QTest::newRow("most quoted first, ties by appearance")
        << SpeakerFilterModel::Order::QuoteCount << QStringList{tomas, lotte, board, none};
}

void TestSpeakerFilterModel::shouldSort()
{
    QFETCH(SpeakerFilterModel::Order, order);
    QFETCH(QStringList, expected);
    // Given three speakers whose orders by appearance, name and quote count all differ
    Fixture f = m_fixture;
    f.extraction.speakers[1].name = QStringLiteral("Harbour board");
    f.extraction.quotes[4].speaker = 2;
    f.extraction.quotes[5].speaker = 2;
    m_model->setArticle(f.article, f.extraction);

    // When
    m_proxy->setOrder(order);

    // Then
    QCOMPARE(topLevelNames(), expected);
    // Quotes keep text order whatever the speaker order.
    const QModelIndex tomas = m_proxy->mapFromSource(m_model->index(2, 0));
    QCOMPARE(m_proxy->rowCount(tomas), 3);
    QCOMPARE(m_proxy->index(0, 0, tomas).data(SpeakerModel::QuoteIndexRole).toInt(), 2);
    QCOMPARE(m_proxy->index(2, 0, tomas).data(SpeakerModel::QuoteIndexRole).toInt(), 5);
}

void TestSpeakerFilterModel::shouldMapRowsBothWays()
{
    m_proxy->setOrder(SpeakerFilterModel::Order::Name);
    m_proxy->setFilterText(QStringLiteral("a"));
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex speaker = m_proxy->index(row, 0);
        QCOMPARE(m_proxy->mapFromSource(m_proxy->mapToSource(speaker)), speaker);
        for (int q = 0; q < m_proxy->rowCount(speaker); ++q) {
            const QModelIndex quote = m_proxy->index(q, 0, speaker);
            QCOMPARE(m_proxy->mapFromSource(m_proxy->mapToSource(quote)), quote);
            QCOMPARE(m_proxy->mapToSource(quote).parent(), m_proxy->mapToSource(speaker));
        }
    }
}

void TestSpeakerFilterModel::shouldListDescribedSourcesAfterNamedOnes_data()
{
    QTest::addColumn<SpeakerFilterModel::Order>("order");
    QTest::addColumn<QStringList>("expected");
    const QString lotte = QStringLiteral("Lotte Brandvik");
    const QString residents = QStringLiteral("Residents of the quay");
    const QString tomas = QStringLiteral("Tomas Varga");
    const QString none = QStringLiteral("Unattributed");
    QTest::newRow("appearance") << SpeakerFilterModel::Order::Appearance << QStringList{lotte, tomas, residents, none};
    QTest::newRow("name") << SpeakerFilterModel::Order::Name << QStringList{lotte, tomas, residents, none};
    QTest::newRow("most quoted first") << SpeakerFilterModel::Order::QuoteCount << QStringList{lotte, tomas, residents, none};
}

void TestSpeakerFilterModel::shouldListDescribedSourcesAfterNamedOnes()
{
    QFETCH(SpeakerFilterModel::Order, order);
    QFETCH(QStringList, expected);
    // Given a described group that appears second, sorts first by name and is quoted most
    Fixture f = m_fixture;
    f.extraction.speakers[1].name = QStringLiteral("Residents of the quay");
    f.extraction.speakers[1].kind = Speaker::Kind::Group;
    f.extraction.speakers[1].described = true;
    f.extraction.quotes[4].speaker = 1;
    f.extraction.quotes[5].speaker = 1;
    m_model->setArticle(f.article, f.extraction);

    // When
    m_proxy->setOrder(order);

    // Then it comes after the named speakers however they are ordered, before the unattributed quotes
    QCOMPARE(topLevelNames(), expected);
    QVERIFY(m_proxy->index(2, 0).data(SpeakerModel::DescribedRole).toBool());
    QVERIFY(!m_proxy->index(1, 0).data(SpeakerModel::DescribedRole).toBool());
    QVERIFY(!m_proxy->index(3, 0).data(SpeakerModel::DescribedRole).toBool());
}

QTEST_MAIN(TestSpeakerFilterModel)
#include "tst_speakerfiltermodel.moc"
