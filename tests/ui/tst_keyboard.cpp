// The window from the keyboard: every shortcut of the Keyboard Shortcuts table works whichever of
// the filter box, the speaker list and the reading pane has the focus (a line edit would take
// Ctrl+E for itself); Tab follows the layout, Down goes from the filter into the list, the focus
// shows clearly in light and dark palettes, and the find bar's Match case shows whether it is on.
#include "articleview.h"
#include "mainwindow.h"
#include "models/speakermodel.h"
#include "shortcutsdialog.h"
#include "speakerpanel.h"
#include "windowhelpers.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QImage>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <cmath>

using namespace WindowHelpers;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x3d, 0x3d, 0x3d));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    // A selection colour close to the page, as some dark themes have.
    p.setColor(QPalette::Highlight, QColor(0x4a, 0x4a, 0x52));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

// Wants every key for itself, as a line edit does with Ctrl+E under an X11 key scheme (end of
// line), or a text view with its own key bindings; the offscreen platform's line edit does not.
class GreedyForKeys : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride)
            event->accept();
        return false;
    }
};

} // namespace

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void shouldTriggerEveryShortcutFromEveryFocusWidget_data();
    void shouldTriggerEveryShortcutFromEveryFocusWidget();
    void shouldTabInTheOrderOfTheLayout();
    void shouldGoDownFromTheFilterIntoTheList();
    void shouldShowTheFocusClearly_data();
    void shouldShowTheFocusClearly();
    void shouldShowWhetherMatchCaseIsOn();

private:
    QWidget *widget(const QString &name) const { return m_window->findChild<QWidget *>(name); }

    QTemporaryDir m_dir;
    QString m_article;
    MainWindow *m_window = nullptr;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // A copy of the sample on disk, so that Reload (F5) has a file to read.
    m_article = m_dir.filePath(QStringLiteral("sample.txt"));
    QFile sample(MainWindow::samplePath());
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QVERIFY(writeFile(m_article, sample.readAll()));
}

void TestKeyboard::init()
{
    QSettings().clear();
    m_window = new MainWindow;
    m_window->resize(1100, 700);
    m_window->show();
    QApplication::setActiveWindow(m_window);
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(openAndWait(m_window, m_article));
}

void TestKeyboard::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestKeyboard::shouldTriggerEveryShortcutFromEveryFocusWidget_data()
{
    QTest::addColumn<QString>("focus");
    QTest::newRow("from the filter box, which has the focus at start-up") << QStringLiteral("speakerFilter");
    QTest::newRow("from the speaker list") << QStringLiteral("speakerView");
    QTest::newRow("from the reading pane") << QStringLiteral("articleView");
}

void TestKeyboard::shouldTriggerEveryShortcutFromEveryFocusWidget()
{
    QFETCH(QString, focus);
    // Given a speaker chosen, so that every action is enabled
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("speakerView"));
    clickRow(tree, findRow(tree->model(), QStringLiteral("Ban Ki-moon")));
    // and the focus widget wanting every key for itself
    GreedyForKeys greedy;
    widget(focus)->installEventFilter(&greedy);
    // and the actions of the Keyboard Shortcuts table cut off from what they do (dialogs, quit)
    const QList<QAction *> actions = ShortcutsDialog::menuActions(m_window->menuBar());
    int tried = 0;
    for (QAction *action : actions) {
        // A command that does not apply yet (Mark Feed as Read with no feed chosen) does nothing.
        if (action->shortcuts().isEmpty() || !action->isEnabled())
            continue;
        QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
        for (const QKeySequence &key : action->shortcuts()) {
            // Esc is the widget's first (it closes the find bar), checked below without greed.
            if (key == QKeySequence(Qt::Key_Escape))
                continue;
            QWidget *target = widget(focus);
            QVERIFY(target);
            target->setFocus(Qt::OtherFocusReason);
            QVERIFY(target->hasFocus());
            QSignalSpy triggered(action, &QAction::triggered);
            // When the key is pressed
            QTest::keySequence(target, key);
            // Then its action runs
            QVERIFY2(triggered.size() == 1, qPrintable(QStringLiteral("%1 (%2) from %3")
                                                           .arg(action->objectName(),
                                                                key.toString(QKeySequence::NativeText), focus)));
            if (action->isCheckable())
                action->toggle(); // back as it was, the speaker list shown again
            ++tried;
        }
    }
    QVERIFY2(tried >= 18, qPrintable(QString::number(tried)));

    // Esc clears the highlights from the widget as it is.
    widget(focus)->removeEventFilter(&greedy);
    auto *clear = m_window->findChild<QAction *>(QStringLiteral("clearHighlightsAction"));
    QSignalSpy cleared(clear, &QAction::triggered);
    widget(focus)->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(widget(focus), Qt::Key_Escape);
    QCOMPARE(cleared.size(), 1);
}

void TestKeyboard::shouldTabInTheOrderOfTheLayout()
{
    // The sort order beside the heading, then the filter under it, the list, and the text.
    const QStringList order = {QStringLiteral("speakerSort"), QStringLiteral("speakerFilter"),
                               QStringLiteral("speakerView"), QStringLiteral("articleView")};
    widget(order.first())->setFocus(Qt::TabFocusReason);
    for (int i = 1; i < order.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == widget(order.at(i)),
                 qPrintable(QStringLiteral("after %1: %2").arg(order.at(i - 1), QApplication::focusWidget()->objectName())));
    }
}

void TestKeyboard::shouldGoDownFromTheFilterIntoTheList()
{
    auto *filter = m_window->findChild<QLineEdit *>(QStringLiteral("speakerFilter"));
    auto *tree = m_window->findChild<QTreeView *>(QStringLiteral("speakerView"));
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("ban"));

    QTest::keyClick(filter, Qt::Key_Down);

    QVERIFY(tree->hasFocus());
    QCOMPARE(tree->currentIndex().data().toString(), QStringLiteral("Ban Ki-moon"));
    // Nothing is chosen until the reader says so.
    QVERIFY(tree->selectionModel()->selectedRows().isEmpty());
    QTest::keyClick(tree, Qt::Key_Space);
    QCOMPARE(tree->selectionModel()->selectedRows().value(0).data().toString(), QStringLiteral("Ban Ki-moon"));
}

void TestKeyboard::shouldShowTheFocusClearly_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("name");
    QTest::newRow("the list in the light palette") << QPalette() << QStringLiteral("speakerView");
    QTest::newRow("the text in the light palette") << QPalette() << QStringLiteral("articleView");
    QTest::newRow("the list in a dark palette") << darkPalette() << QStringLiteral("speakerView");
    QTest::newRow("the text in a dark palette") << darkPalette() << QStringLiteral("articleView");
}

void TestKeyboard::shouldShowTheFocusClearly()
{
    QFETCH(QPalette, palette);
    QFETCH(QString, name);
    m_window->setPalette(palette);
    auto *area = qobject_cast<QAbstractScrollArea *>(widget(name));
    QVERIFY(area);
    const QColor page = area->palette().color(QPalette::Base);
    widget(QStringLiteral("speakerSort"))->setFocus();
    const QImage without = area->viewport()->grab().toImage();

    area->setFocus(Qt::TabFocusReason);
    const QImage with = area->viewport()->grab().toImage();

    // The left edge of the pane, half way down, turns a colour that stands out from the page by at
    // least the 3:1 WCAG asks of focus indicators.
    const QPoint edge(1, with.height() / 2);
    const QColor focused = with.pixelColor(edge);
    QVERIFY2(contrast(focused, page) >= 3.0,
             qPrintable(QStringLiteral("%1 on %2: %3").arg(focused.name(), page.name()).arg(contrast(focused, page))));
    QVERIFY(without.pixelColor(edge) != focused);
}

void TestKeyboard::shouldShowWhetherMatchCaseIsOn()
{
    m_window->findChild<QAction *>(QStringLiteral("findAction"))->trigger();
    auto *button = m_window->findChild<QToolButton *>(QStringLiteral("findMatchCase"));
    QVERIFY(button && button->isCheckable());
    QTest::mouseMove(widget(QStringLiteral("articleView"))); // not hovering the button
    const QImage off = button->grab().toImage();

    QTest::mouseClick(button, Qt::LeftButton);
    QTest::mouseMove(widget(QStringLiteral("articleView")));

    QVERIFY(button->isChecked());
    QVERIFY2(button->grab().toImage() != off, "the button looks the same on and off");
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
