// Corrections from the speaker panel, as a reader makes them: right-click a quote or a speaker,
// give the quote to someone else, mark it as not a quote, rename or merge a speaker, or say it is
// no speaker at all. Each shows at once in the sidebar and in the People window, and an article
// read again from its file (in this window or after a restart) still shows them. The articles are
// invented for the test.
#include "library/libraryservice.h"
#include "models/peoplemodel.h"
#include "models/quotehitmodel.h"
#include "models/speakermodel.h"
#include "articleview.h"
#include "peoplewindow.h"
#include "readingcontrols.h"
#include "speakercorrections.h"
#include "speakerpanel.h"
#include "speakertreeview.h"
#include "windowhelpers.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QInputDialog>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace WindowHelpers;

namespace {

const QString Librarian = QStringLiteral("Olga Brandt");
const QString Student = QStringLiteral("Pavel Lindqvist");

// Right-clicks the row of the speaker tree (a SpeakerModel index) and triggers what pick finds in
// the menu that opens; returns whether pick found something.
bool chooseFromContextMenu(SpeakerPanel *panel, const QModelIndex &source, const std::function<QAction *(QMenu *)> &pick)
{
    QTreeView *tree = panel->tree();
    const QModelIndex index = panel->proxyIndex(source);
    tree->scrollTo(index);
    bool picked = false;
    QTimer::singleShot(0, tree, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QAction *action = menu ? pick(menu) : nullptr;
        if (menu)
            menu->close();
        if (action) {
            picked = true;
            action->trigger();
        }
    });
    const QPoint pos = tree->visualRect(index).center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, pos, tree->viewport()->mapToGlobal(pos));
    QApplication::sendEvent(tree->viewport(), &event);
    return picked;
}

QAction *actionNamed(QMenu *menu, const QString &objectName)
{
    return menu->findChild<QAction *>(objectName);
}

QAction *actionInSubmenu(QMenu *menu, const QString &submenu, const QString &text)
{
    auto *sub = menu->findChild<QMenu *>(submenu);
    if (!sub)
        return nullptr;
    for (QAction *action : sub->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

// Answers the next input dialog with text, once it is open.
void answerNextDialog(const QString &text)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, text] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->setTextValue(text);
        dialog->accept();
        timer->deleteLater();
    });
    timer->start();
}

// The speaker row named name, or of the quote whose text contains words.
QModelIndex speakerRow(const SpeakerModel *model, const QString &name)
{
    return model->findSpeakerByName(name);
}

QModelIndex quoteRow(const SpeakerModel *model, const QString &words)
{
    const int at = int(model->article().text().indexOf(words));
    return at < 0 ? QModelIndex() : model->quoteAt(at);
}

} // namespace

class TestCorrections : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldGiveAQuoteToAnotherSpeakerEverywhereAtOnce();
    void shouldRenameASpeakerEverywhereAtOnce();
    void shouldMergeTwoSpeakersIntoOne();
    void shouldKeepTheQuotesOfWhatIsNotASpeakerUnattributed();
    void shouldDropWhatIsNotAQuoteAndUndoIt();
    void shouldShowTheCorrectionsOfAnArticleReadAgainFromItsFile();
    void shouldShowTheCorrectionsAfterARestart();
    void shouldShowCorrectionsMadeInThePeopleWindow();
    void shouldKeepAllSpeakersHighlightedAfterACorrectionElsewhere();

private:
    // Opens the file and waits until the library has kept it.
    bool openAndKeep(MainWindow *window, const QString &path);
    PeopleWindow *openPeople(MainWindow *window);

    QTemporaryDir m_dir;
    QString m_article;
    QString m_other;
    MainWindow *m_window = nullptr;
    int m_libraries = 0;
};

void TestCorrections::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_article = m_dir.filePath(QStringLiteral("library-hours.txt"));
    QVERIFY(writeFile(m_article, QStringLiteral(
        "Library hours extended\n\n"
        "\u201CThe reading room will stay open until nine,\u201D said Olga Brandt, the head librarian.\n\n"
        "\u201CStudents asked for it for years,\u201D said Pavel Lindqvist, who chairs the student council.\n\n"
        "\u201CWe will need two more people at the desk,\u201D Brandt said.\n").toUtf8()));
    m_other = m_dir.filePath(QStringLiteral("bus-line.txt"));
    QVERIFY(writeFile(m_other, QStringLiteral(
        "Night bus to the campus\n\n"
        "\u201CThe night bus will stop at the library from May,\u201D said Ines Moreau, who runs the bus company.\n")
        .toUtf8()));
}

void TestCorrections::init()
{
    QSettings().clear();
    MainWindow::setLibraryPath(m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_libraries)));
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(openAndKeep(m_window, m_article));
    // Given the extractor's reading of the article
    const SpeakerModel *model = m_window->speakerModel();
    QVERIFY(speakerRow(model, Librarian).isValid());
    QVERIFY(speakerRow(model, Student).isValid());
    QCOMPARE(quoteRow(model, QStringLiteral("two more people")).data(SpeakerModel::SpeakerNameRole).toString(),
             Librarian);
}

void TestCorrections::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

bool TestCorrections::openAndKeep(MainWindow *window, const QString &path)
{
    if (!openAndWait(window, path))
        return false;
    return QTest::qWaitFor([window] { return window->corrections()->article() > 0; }, 20000)
           && window->corrections()->canCorrect();
}

PeopleWindow *TestCorrections::openPeople(MainWindow *window)
{
    PeopleWindow *people = window->peopleWindow();
    people->show();
    return QTest::qWaitForWindowExposed(people) ? people : nullptr;
}

void TestCorrections::shouldGiveAQuoteToAnotherSpeakerEverywhereAtOnce()
{
    PeopleWindow *people = openPeople(m_window);
    QVERIFY(people);
    SpeakerModel *model = m_window->speakerModel();

    // When the reader gives the desk quote to the student from its context menu
    QVERIFY(chooseFromContextMenu(m_window->speakerPanel(), quoteRow(model, QStringLiteral("two more people")),
                                  [](QMenu *menu) { return actionInSubmenu(menu, QStringLiteral("giveQuoteMenu"), Student); }));

    // Then the sidebar lists it under him, still chosen
    const QModelIndex quote = quoteRow(model, QStringLiteral("two more people"));
    QCOMPARE(quote.data(SpeakerModel::SpeakerNameRole).toString(), Student);
    QCOMPARE(m_window->speakerPanel()->selectedSource(), quote);
    QCOMPARE(speakerRow(model, Student).data(SpeakerModel::QuoteCountRole).toInt(), 2);
    // marked as the reader's doing, the other quotes not
    QVERIFY(quote.data(SpeakerModel::CorrectedRole).toBool());
    QVERIFY(quote.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Corrected by you")));
    QVERIFY(!quoteRow(model, QStringLiteral("asked for it")).data(SpeakerModel::CorrectedRole).toBool());
    QCOMPARE(speakerRow(model, Librarian).data(SpeakerModel::QuoteCountRole).toInt(), 1);

    // And the People window counts it for him, marked as corrected
    people->choosePerson(m_window->library()->library()->peopleNamed(Student).value(0));
    QAbstractItemModel *quotes = people->quotesView()->model();
    QCOMPARE(quotes->rowCount(), 2);
    bool found = false;
    for (int row = 0; row < quotes->rowCount(); ++row) {
        const QModelIndex index = quotes->index(row, 0);
        if (index.data(QuoteHitModel::QuoteStartRole).toInt() == quote.data(SpeakerModel::QuoteStartRole).toInt())
            found = index.data(QuoteHitModel::CorrectedRole).toBool();
    }
    QVERIFY(found);
}

void TestCorrections::shouldRenameASpeakerEverywhereAtOnce()
{
    PeopleWindow *people = openPeople(m_window);
    QVERIFY(people);
    const SpeakerModel *model = m_window->speakerModel();

    // When the reader renames the librarian from her row's context menu
    QVERIFY(chooseFromContextMenu(m_window->speakerPanel(), speakerRow(model, Librarian), [](QMenu *menu) {
        answerNextDialog(QStringLiteral("Olga Brandt-Sorensen"));
        return actionNamed(menu, QStringLiteral("renameSpeakerAction"));
    }));

    // Then the sidebar shows the new name with both her quotes, and keeps her chosen
    const QModelIndex renamed = speakerRow(model, QStringLiteral("Olga Brandt-Sorensen"));
    QVERIFY(renamed.isValid());
    QVERIFY(!speakerRow(model, Librarian).isValid());
    QCOMPARE(renamed.data(SpeakerModel::QuoteCountRole).toInt(), 2);
    QCOMPARE(m_window->speakerPanel()->selectedSource(), renamed);
    // And so does the People window
    QTreeView *list = people->peopleView();
    QVERIFY(findRow(list->model(), QStringLiteral("Olga Brandt-Sorensen")).isValid());
    QVERIFY(!findRow(list->model(), Librarian).isValid());
}

void TestCorrections::shouldMergeTwoSpeakersIntoOne()
{
    PeopleWindow *people = openPeople(m_window);
    QVERIFY(people);
    const SpeakerModel *model = m_window->speakerModel();
    const int speakers = model->rowCount();

    // When the reader merges the student with the librarian
    QVERIFY(chooseFromContextMenu(m_window->speakerPanel(), speakerRow(model, Student),
                                  [](QMenu *menu) { return actionInSubmenu(menu, QStringLiteral("mergeSpeakerMenu"), Librarian); }));

    // Then one row holds all three quotes
    QCOMPARE(model->rowCount(), speakers - 1);
    QVERIFY(!speakerRow(model, Student).isValid());
    QCOMPARE(speakerRow(model, Librarian).data(SpeakerModel::QuoteCountRole).toInt(), 3);
    QVERIFY(speakerRow(model, Librarian).data(SpeakerModel::AliasesRole).toStringList().contains(Student));
    // And the People window lists one person with three quotes
    QTreeView *list = people->peopleView();
    QVERIFY(!findRow(list->model(), Student).isValid());
    const QModelIndex merged = findRow(list->model(), Librarian);
    QVERIFY(merged.isValid());
    QCOMPARE(merged.siblingAtColumn(PeopleModel::QuotesColumn).data().toInt(), 3);
}

void TestCorrections::shouldKeepTheQuotesOfWhatIsNotASpeakerUnattributed()
{
    const SpeakerModel *model = m_window->speakerModel();

    // When the reader says the student is no speaker
    QVERIFY(chooseFromContextMenu(m_window->speakerPanel(), speakerRow(model, Student),
                                  [](QMenu *menu) { return actionNamed(menu, QStringLiteral("notASpeakerAction")); }));

    // Then his quote is still a quote, without a speaker
    QVERIFY(!speakerRow(model, Student).isValid());
    const QModelIndex quote = quoteRow(model, QStringLiteral("asked for it"));
    QVERIFY(quote.isValid());
    QCOMPARE(quote.parent().data(SpeakerModel::RowTypeRole).toInt(), int(SpeakerModel::RowType::Unattributed));
    QCOMPARE(model->extraction().quotes.size(), 3);
    // And the library no longer counts him
    QVERIFY(!m_window->library()->library()->person(m_window->library()->library()->peopleNamed(Student).value(0)));
}

void TestCorrections::shouldDropWhatIsNotAQuoteAndUndoIt()
{
    const SpeakerModel *model = m_window->speakerModel();
    QSignalSpy changed(m_window->library(), &LibraryService::changed);

    // When the reader marks the desk quote as not a quote
    QVERIFY(chooseFromContextMenu(m_window->speakerPanel(), quoteRow(model, QStringLiteral("two more people")),
                                  [](QMenu *menu) { return actionNamed(menu, QStringLiteral("notAQuoteAction")); }));

    // Then it is gone from the sidebar and the library heard of it
    QVERIFY(!quoteRow(model, QStringLiteral("two more people")).isValid());
    QCOMPARE(speakerRow(model, Librarian).data(SpeakerModel::QuoteCountRole).toInt(), 1);
    QCOMPARE(changed.count(), 1);

    // When the reader undoes it from the menu of the librarian's row
    QVERIFY(chooseFromContextMenu(m_window->speakerPanel(), speakerRow(model, Librarian),
                                  [](QMenu *menu) { return actionNamed(menu, QStringLiteral("undoCorrectionAction")); }));

    // Then the quote is back
    QCOMPARE(quoteRow(model, QStringLiteral("two more people")).data(SpeakerModel::SpeakerNameRole).toString(),
             Librarian);
    QCOMPARE(speakerRow(model, Librarian).data(SpeakerModel::QuoteCountRole).toInt(), 2);
}

void TestCorrections::shouldShowTheCorrectionsOfAnArticleReadAgainFromItsFile()
{
    SpeakerModel *model = m_window->speakerModel();
    QVERIFY(m_window->corrections()->giveQuote(quoteRow(model, QStringLiteral("two more people")), Student));

    // When the reader opens another article, then the first one again from its file
    QVERIFY(openAndKeep(m_window, m_other));
    QVERIFY(!speakerRow(model, Student).isValid());
    QSignalSpy shown(m_window->corrections(), &SpeakerCorrections::correctionsShown);
    QVERIFY(openAndWait(m_window, m_article));

    // Then the sidebar shows the correction again
    QVERIFY(shown.count() > 0 || shown.wait(20000));
    QCOMPARE(quoteRow(model, QStringLiteral("two more people")).data(SpeakerModel::SpeakerNameRole).toString(),
             Student);
    QVERIFY(quoteRow(model, QStringLiteral("two more people")).data(SpeakerModel::CorrectedRole).toBool());
    QCOMPARE(speakerRow(model, Student).data(SpeakerModel::QuoteCountRole).toInt(), 2);
}

void TestCorrections::shouldShowTheCorrectionsAfterARestart()
{
    QVERIFY(m_window->corrections()->renameSpeaker(speakerRow(m_window->speakerModel(), Student),
                                                   QStringLiteral("Pavel Lindquist")));
    delete m_window;

    // When Saywho starts again on the same library and opens the file
    m_window = new MainWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QSignalSpy shown(m_window->corrections(), &SpeakerCorrections::correctionsShown);
    QVERIFY(openAndWait(m_window, m_article));

    // Then the speaker has the name the reader gave
    QVERIFY(shown.count() > 0 || shown.wait(20000));
    const SpeakerModel *model = m_window->speakerModel();
    QVERIFY(speakerRow(model, QStringLiteral("Pavel Lindquist")).isValid());
    QVERIFY(!speakerRow(model, Student).isValid());
}

void TestCorrections::shouldShowCorrectionsMadeInThePeopleWindow()
{
    PeopleWindow *people = openPeople(m_window);
    QVERIFY(people);
    Library *library = m_window->library()->library();

    // When the reader renames the student in the People window's library
    QVERIFY(library->renamePerson(library->peopleNamed(Student).value(0), QStringLiteral("P. Lindqvist")));
    m_window->library()->notifyChanged();

    // Then the sidebar of the open article shows the new name
    QVERIFY(speakerRow(m_window->speakerModel(), QStringLiteral("P. Lindqvist")).isValid());
}

void TestCorrections::shouldKeepAllSpeakersHighlightedAfterACorrectionElsewhere()
{
    // Given every speaker highlighted and none chosen
    m_window->reading()->highlightAll->trigger();
    const SpeakerModel *model = m_window->speakerModel();
    QCOMPARE(m_window->articleView()->highlights().size(), model->extraction().quotes.size());
    Library *library = m_window->library()->library();

    // When a quote is given to the student outside the sidebar
    const QModelIndex quote = quoteRow(model, QStringLiteral("two more people"));
    QVERIFY(library->reassignQuote(m_window->corrections()->article(), quote.data(SpeakerModel::QuoteStartRole).toInt(),
                                   quote.data(SpeakerModel::QuoteEndRole).toInt(), Student));
    m_window->library()->notifyChanged();

    // Then all quotes are still highlighted, that one in the student's colour
    const QList<ArticleView::Highlight> highlights = m_window->articleView()->highlights();
    QCOMPARE(highlights.size(), model->extraction().quotes.size());
    const int start = quoteRow(model, QStringLiteral("two more people")).data(SpeakerModel::QuoteStartRole).toInt();
    const auto given = std::find_if(highlights.cbegin(), highlights.cend(),
                                    [start](const ArticleView::Highlight &h) { return h.start == start; });
    QVERIFY(given != highlights.cend());
    QCOMPARE(given->speaker, model->extraction().speakerByName(Student));
}

QTEST_MAIN(TestCorrections)
#include "tst_corrections.moc"
