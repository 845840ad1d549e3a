// The library in the window, as a reader uses it: three articles read (one person speaks in two of
// them), the People window lists that person with both articles' quotes, and activating one opens
// its article with that quote chosen. Every article is invented for the test.
#include "library/library.h"
#include "library/libraryservice.h"
#include "librarypanel.h"
#include "models/librarymodel.h"
#include "models/peoplemodel.h"
#include "models/quotehitmodel.h"
#include "models/speakermodel.h"
#include "peoplewindow.h"
#include "speakerpanel.h"
#include "windowhelpers.h"

#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace WindowHelpers;

class TestLibraryWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_files;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        MainWindow::setLibraryPath(m_dir.filePath(QStringLiteral("window.sqlite")));
        const QList<QPair<QString, QString>> articles = {
            {QStringLiteral("Ferry service resumes"),
             QStringLiteral("\u201CThe ferry runs again from Monday,\u201D said Marta Vidal, the harbour master.")},
            {QStringLiteral("Market hall to close"),
             QStringLiteral("\u201CIt is a sad day for the town,\u201D said Jonas Berg, who sells fish there.")},
            {QStringLiteral("New quay opens"),
             QStringLiteral("\u201CThe quay will take the larger boats,\u201D Marta Vidal told reporters.")},
        };
        for (int i = 0; i < articles.size(); ++i) {
            const QString path = m_dir.filePath(QStringLiteral("article-%1.txt").arg(i));
            QVERIFY(writeFile(path, (articles.at(i).first + QStringLiteral("\n\n") + articles.at(i).second).toUtf8()));
            m_files.append(path);
        }
    }

    void shouldFindAPersonsQuotesFromEveryArticleAndOpenOne()
    {
        // Given a window in which the three articles were read
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const QString &file : std::as_const(m_files)) {
            QSignalSpy kept(window.library(), &LibraryService::articleKept);
            QVERIFY(openAndWait(&window, file));
            QVERIFY(kept.wait(20000));
        }
        // The Library pane lists them, beside the sample a new library starts with
        QCOMPARE(window.libraryPanel()->model()->rowCount(), 4);

        // When the reader opens the People window and chooses the person who speaks twice
        QAction *people = window.findChild<QAction *>(QStringLiteral("peopleAction"));
        QVERIFY(people);
        people->trigger();
        PeopleWindow *peopleWindow = window.findChild<PeopleWindow *>(QStringLiteral("peopleWindow"));
        QVERIFY(peopleWindow);
        QVERIFY(QTest::qWaitForWindowExposed(peopleWindow));
        QTreeView *list = peopleWindow->peopleView();
        QTest::keyClicks(peopleWindow->filterEdit(), QStringLiteral("vidal"));
        QCOMPARE(list->model()->rowCount(), 1);
        clickRow(list, list->model()->index(0, 0));
        QCOMPARE(list->currentIndex().data().toString(), QStringLiteral("Marta Vidal"));

        // Then her quotes from both articles are listed
        QTreeView *quotes = peopleWindow->quotesView();
        QCOMPARE(quotes->model()->rowCount(), 2);
        QSet<QString> titles;
        for (int row = 0; row < 2; ++row)
            titles.insert(quotes->model()->index(row, QuoteHitModel::ArticleColumn).data().toString());
        QCOMPARE(titles, (QSet<QString>{QStringLiteral("Ferry service resumes"), QStringLiteral("New quay opens")}));

        // And activating the ferry quote opens its article with that quote chosen
        int ferryRow = 0;
        while (quotes->model()->index(ferryRow, QuoteHitModel::ArticleColumn).data().toString()
               != QLatin1String("Ferry service resumes"))
            ++ferryRow;
        const QModelIndex ferry = quotes->model()->index(ferryRow, 0);
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        quotes->setCurrentIndex(ferry);
        QTest::keyClick(quotes, Qt::Key_Return);
        QVERIFY(finished.wait(20000));
        QVERIFY(window.speakerModel()->article().text().contains(QStringLiteral("The ferry runs again")));
        const QModelIndex chosen = window.speakerPanel()->selectedSource();
        QVERIFY(chosen.isValid());
        QCOMPARE(chosen.data(SpeakerModel::RowTypeRole).toInt(), int(SpeakerModel::RowType::Quote));
        QCOMPARE(chosen.data(SpeakerModel::QuoteTextRole).toString(), QStringLiteral("The ferry runs again from Monday"));
        QCOMPARE(chosen.data(SpeakerModel::SpeakerNameRole).toString(), QStringLiteral("Marta Vidal"));
    }

    void shouldSearchQuotesAcrossTheLibrary()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QAction *>(QStringLiteral("searchQuotesAction"))->trigger();
        PeopleWindow *peopleWindow = window.peopleWindow();
        QVERIFY(QTest::qWaitForWindowExposed(peopleWindow));
        QTest::keyClicks(peopleWindow->searchEdit(), QStringLiteral("boats"));
        QCOMPARE(peopleWindow->quotesView()->model()->rowCount(), 1);
        QCOMPARE(peopleWindow->quotesView()->model()->index(0, QuoteHitModel::SpeakerColumn).data().toString(),
                 QStringLiteral("Marta Vidal"));
    }
};

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
