// Reading and navigating with the real window on the sample: find bar, next/previous quote, the
// speaker filter and sort order, zoom, pane switching, accessible names and the shortcut list.
#include "articleview.h"
#include "findbar.h"
#include "mainwindow.h"
#include "models/speakermodel.h"
#include "speakerpanel.h"
#include "windowhelpers.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

using namespace WindowHelpers;

class TestNavigation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void shouldFindWithCountNextPreviousAndWrap();
    void shouldCloseFindBarWithEscape();
    void shouldStepThroughTheSelectedSpeakersQuotes();
    void shouldStepWithToolbarButtons();
    void shouldFilterTheSpeakerList();
    void shouldSortFromTheViewMenu();
    void shouldZoomWithShortcuts();
    void shouldKeepALimitedLineLength();
    void shouldWorkFromTheKeyboardAlone();
    void shouldNameWidgetsForAssistiveTechnology();
    void shouldListEveryShortcut();

private:
    QModelIndex speakerRow(const QString &name) const { return findRow(m_tree->model(), name); }
    QString selectedText() const { return m_tree->selectionModel()->selectedRows().value(0).data().toString(); }

    MainWindow *m_window = nullptr;
    QTreeView *m_tree = nullptr;
    ArticleView *m_view = nullptr;
    QString m_text;
};

void TestNavigation::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(openAndWait(m_window, MainWindow::samplePath()));
    m_tree = m_window->findChild<QTreeView *>(QStringLiteral("speakerView"));
    m_view = m_window->findChild<ArticleView *>(QStringLiteral("articleView"));
    m_text = m_window->speakerModel()->article().text();
}

void TestNavigation::cleanup()
{
    delete m_window;
}

void TestNavigation::shouldFindWithCountNextPreviousAndWrap()
{
    // Given the expected matches, counted in the text by the test
    const QString word = QStringLiteral("nuclear");
    QList<int> expected;
    for (qsizetype at = m_text.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
         at = m_text.indexOf(word, at + 1, Qt::CaseInsensitive))
        expected.append(int(at));
    QVERIFY(expected.size() >= 3);
    auto *bar = m_window->findChild<FindBar *>(QStringLiteral("findBar"));
    auto *field = m_window->findChild<QLineEdit *>(QStringLiteral("findField"));
    auto *status = m_window->findChild<QLabel *>(QStringLiteral("findStatus"));
    QVERIFY(bar && field && status);
    QVERIFY(!bar->isVisible());

    // When Ctrl+F is pressed and the word typed
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, word);

    // Then the first match is selected and counted
    const QString total = QString::number(expected.size());
    QCOMPARE(status->text(), QStringLiteral("1 of ") + total);
    QCOMPARE(m_view->textCursor().selectionStart(), expected.at(0));
    QCOMPARE(m_view->textCursor().selectedText().toLower(), word);

    // Enter goes on, Shift+Enter back, and both wrap around the ends
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(status->text(), QStringLiteral("2 of ") + total);
    QCOMPARE(m_view->textCursor().selectionStart(), expected.at(1));
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(status->text(), total + QStringLiteral(" of ") + total);
    QCOMPARE(m_view->textCursor().selectionStart(), expected.constLast());

    // Match case narrows the matches; nonsense finds nothing
    auto *matchCase = m_window->findChild<QToolButton *>(QStringLiteral("findMatchCase"));
    field->setText(QStringLiteral("NUCLEAR"));
    QVERIFY(bar->matchCount() == expected.size());
    matchCase->click();
    QCOMPARE(bar->matchCount(), int(m_text.count(QStringLiteral("NUCLEAR"))));
    QCOMPARE(status->text(), QStringLiteral("No matches"));
    matchCase->click();
    field->setText(QStringLiteral("qqqzzz"));
    QCOMPARE(bar->matchCount(), 0);
    QCOMPARE(status->text(), QStringLiteral("No matches"));
}

void TestNavigation::shouldCloseFindBarWithEscape()
{
    clickRow(m_tree, speakerRow(QStringLiteral("Ban Ki-moon")));
    const int highlights = int(m_view->extraSelections().size());
    QVERIFY(highlights > 0);
    m_window->findBar()->activate();
    QVERIFY(m_window->findBar()->isVisible());

    QTest::keyClick(m_window->findBar()->field(), Qt::Key_Escape);

    // Esc belongs to the find bar here: it closes, the highlights stay.
    QVERIFY(!m_window->findBar()->isVisible());
    QVERIFY(m_view->hasFocus());
    QCOMPARE(m_view->extraSelections().size(), highlights);
}

void TestNavigation::shouldStepThroughTheSelectedSpeakersQuotes()
{
    const QModelIndex ban = speakerRow(QStringLiteral("Ban Ki-moon"));
    const int count = m_tree->model()->rowCount(ban);
    QVERIFY(count >= 3);
    auto quoteStart = [&](int row) { return m_tree->model()->index(row, 0, ban).data(SpeakerModel::QuoteStartRole).toInt(); };
    auto *next = m_window->findChild<QAction *>(QStringLiteral("nextQuoteAction"));
    // With nothing selected yet F3 goes nowhere (and says why, see tst_speakerlist).
    QTest::keyClick(m_tree, Qt::Key_F3);
    QVERIFY(m_tree->selectionModel()->selectedRows().isEmpty());

    clickRow(m_tree, ban);
    QVERIFY(next->isEnabled());
    QTest::keyClick(m_tree, Qt::Key_F3);
    QCOMPARE(m_tree->currentIndex(), m_tree->model()->index(0, 0, ban));
    QCOMPARE(m_view->textCursor().position(), quoteStart(0));
    QTest::keyClick(m_tree, Qt::Key_F3);
    QCOMPARE(m_view->textCursor().position(), quoteStart(1));
    QTest::keyClick(m_tree, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_view->textCursor().position(), quoteStart(0));
    // Before the first comes the last.
    QTest::keyClick(m_tree, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(m_tree->currentIndex(), m_tree->model()->index(count - 1, 0, ban));
    QCOMPARE(m_view->textCursor().position(), quoteStart(count - 1));
    // All of the speaker's quotes stay highlighted while stepping.
    QCOMPARE(m_view->extraSelections().size(), count);
}

void TestNavigation::shouldStepWithToolbarButtons()
{
    const QModelIndex ashton = speakerRow(QStringLiteral("Catherine Ashton"));
    const QModelIndex ban = speakerRow(QStringLiteral("Ban Ki-moon"));
    clickRow(m_tree, ban);
    auto *toolbar = m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *next = qobject_cast<QToolButton *>(
        toolbar->widgetForAction(m_window->findChild<QAction *>(QStringLiteral("nextQuoteAction"))));
    auto *previous = qobject_cast<QToolButton *>(
        toolbar->widgetForAction(m_window->findChild<QAction *>(QStringLiteral("previousQuoteAction"))));
    QVERIFY(next && previous);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_tree->currentIndex(), m_tree->model()->index(1, 0, ban));
    QTest::mouseClick(previous, Qt::LeftButton);
    QCOMPARE(m_tree->currentIndex(), m_tree->model()->index(0, 0, ban));
    // A speaker with one quote stays on it.
    clickRow(m_tree, ashton);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(m_tree->currentIndex(), m_tree->model()->index(0, 0, ashton));
}

void TestNavigation::shouldFilterTheSpeakerList()
{
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("speakerFilter"));
    QVERIFY(filter);
    const int all = m_tree->model()->rowCount();
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(filter->hasFocus());

    QTest::keyClicks(filter, QStringLiteral("ashton"));

    QCOMPARE(m_tree->model()->rowCount(), 1);
    const QModelIndex ashton = m_tree->model()->index(0, 0);
    QCOMPARE(ashton.data().toString(), QStringLiteral("Catherine Ashton"));
    QVERIFY(m_tree->model()->rowCount(ashton) >= 1);
    // A role finds its speaker too.
    filter->setText(QStringLiteral("secretary general"));
    QCOMPARE(m_tree->model()->index(0, 0).data().toString(), QStringLiteral("Ban Ki-moon"));
    // Nothing matching says so.
    filter->setText(QStringLiteral("qqqzzz"));
    QCOMPARE(m_tree->model()->rowCount(), 0);
    auto *placeholder = m_window->findChild<QLabel *>(QStringLiteral("speakerPlaceholder"));
    QVERIFY(placeholder->isVisible());
    QVERIFY(placeholder->text().contains(QStringLiteral("filter")));
    filter->clear();
    QCOMPARE(m_tree->model()->rowCount(), all);
    QVERIFY(!placeholder->isVisible());
}

void TestNavigation::shouldSortFromTheViewMenu()
{
    auto topLevel = [this] {
        QStringList names;
        for (int row = 0; row < m_tree->model()->rowCount(); ++row) {
            const QModelIndex index = m_tree->model()->index(row, 0);
            if (index.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Speaker))
                names.append(index.data().toString());
        }
        return names;
    };
    const QStringList appearance = topLevel();
    QList<QAction *> sortActions;
    // View › Encoding has checkable choices of its own.
    const QObject *encodingMenu = m_window->findChild<QObject *>(QStringLiteral("encodingMenu"));
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->actionGroup() && action->isCheckable() && action->parent() != encodingMenu)
            sortActions.append(action);
    }
    QCOMPARE(sortActions.size(), 3);
    auto trigger = [&](SpeakerFilterModel::Order order) {
        for (QAction *action : sortActions) {
            if (action->data().toInt() == int(order))
                action->trigger();
        }
    };

    trigger(SpeakerFilterModel::Order::Name);
    QStringList byName = appearance;
    std::sort(byName.begin(), byName.end());
    QCOMPARE(topLevel(), byName);
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("speakerSort"))->currentData().toInt(),
             int(SpeakerFilterModel::Order::Name));

    trigger(SpeakerFilterModel::Order::QuoteCount);
    int previous = INT_MAX;
    for (int row = 0; row < m_tree->model()->rowCount(); ++row) {
        const QModelIndex index = m_tree->model()->index(row, 0);
        if (index.data(SpeakerModel::RowTypeRole).toInt() != int(SpeakerModel::RowType::Speaker))
            continue;
        QVERIFY(index.data(SpeakerModel::QuoteCountRole).toInt() <= previous);
        previous = index.data(SpeakerModel::QuoteCountRole).toInt();
    }
    QCOMPARE(topLevel().constFirst(), QStringLiteral("Ban Ki-moon"));

    trigger(SpeakerFilterModel::Order::Appearance);
    QCOMPARE(topLevel(), appearance);
}

void TestNavigation::shouldZoomWithShortcuts()
{
    const qreal base = m_view->document()->defaultFont().pointSizeF();
    QTest::keyClick(m_view, Qt::Key_Plus, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), 110);
    QTest::keyClick(m_view, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), 120);
    QVERIFY(m_view->document()->defaultFont().pointSizeF() > base);
    QTest::keyClick(m_view, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), 110);
    QTest::keyClick(m_view, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_view->zoom(), 100);
    QCOMPARE(m_view->document()->defaultFont().pointSizeF(), base);
}

void TestNavigation::shouldKeepALimitedLineLength()
{
    // Wide enough for a 1200-pixel reading pane beside the Subscriptions, Library and speaker panes.
    m_window->resize(2100, 900);
    QTRY_VERIFY(m_view->viewport()->width() > 1200);
    auto sideMargin = [this] { return m_view->document()->rootFrame()->frameFormat().leftMargin(); };
    const qreal narrow = sideMargin();
    QVERIFY(narrow > 100); // the column is centred with wide margins
    m_window->findChild<QAction *>(QStringLiteral("readableWidthAction"))->trigger();
    QVERIFY(sideMargin() < narrow);
    m_window->findChild<QAction *>(QStringLiteral("readableWidthAction"))->trigger();
    QCOMPARE(sideMargin(), narrow);
}

void TestNavigation::shouldWorkFromTheKeyboardAlone()
{
    // F6 moves between the reading pane and the speaker list.
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_F6);
    QVERIFY(m_tree->hasFocus());
    // Arrow keys choose a speaker, which highlights its quotes.
    QTest::keyClick(m_tree, Qt::Key_Home);
    QTest::keyClick(m_tree, Qt::Key_Space);
    if (m_tree->selectionModel()->selectedRows().isEmpty())
        QTest::keyClick(m_tree, Qt::Key_Down);
    QVERIFY(!m_tree->selectionModel()->selectedRows().isEmpty());
    QVERIFY(!m_view->extraSelections().isEmpty());
    QTest::keyClick(m_tree, Qt::Key_F6);
    QVERIFY(m_view->hasFocus());
    // The caret moves through the text.
    const int before = m_view->textCursor().position();
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(m_view->textCursor().position(), before + 1);
    QTest::keyClick(m_view, Qt::Key_Escape);
    QVERIFY(m_view->extraSelections().isEmpty());
}

void TestNavigation::shouldNameWidgetsForAssistiveTechnology()
{
    for (const QString &name : {QStringLiteral("speakerView"), QStringLiteral("speakerFilter"),
                                QStringLiteral("speakerSort"), QStringLiteral("articleView"),
                                QStringLiteral("findField"), QStringLiteral("entryList"),
                                QStringLiteral("loadProgress")}) {
        auto *widget = m_window->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
    }
    // Every row says what it is, not only how it looks.
    const QModelIndex ban = speakerRow(QStringLiteral("Ban Ki-moon"));
    QVERIFY(ban.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("quotes")));
}

void TestNavigation::shouldListEveryShortcut()
{
    m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    auto *table = m_window->findChild<QTableWidget *>(QStringLiteral("shortcutsTable"));
    QVERIFY(table);
    QStringList keys;
    for (int row = 0; row < table->rowCount(); ++row)
        keys.append(table->item(row, 1)->text());
    const QString all = keys.join(QStringLiteral(", "));
    int checked = 0;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(all.contains(key.toString(QKeySequence::NativeText)), qPrintable(action->text()));
            ++checked;
        }
    }
    QVERIFY(checked >= 15);
    QVERIFY(all.contains(QStringLiteral("F3")));
    table->window()->close();
}

QTEST_MAIN(TestNavigation)
#include "tst_navigation.moc"
