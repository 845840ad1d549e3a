#include "windowactions.h"

#include "models/speakerfiltermodel.h"
#include "originaladdress.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

#include <algorithm>

namespace {

QIcon themeIcon(const QString &name, const QString &fallback = {})
{
    if (fallback.isEmpty())
        return QIcon::fromTheme(name);
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(fallback)));
}

} // namespace

WindowActions::WindowActions(QWidget *window, const SpeakerModel *shown)
    : QObject(window)
    , m_window(window)
{
    auto make = [this, window](const QString &text, const QString &name, const QKeySequence &key = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        window->addAction(action); // shortcuts work even with the menu bar hidden
        return action;
    };

    open = make(tr("&Open…"), QStringLiteral("openAction"), QKeySequence::Open);
    open->setIcon(themeIcon(QStringLiteral("document-open"), QStringLiteral("document-open")));
    open->setStatusTip(tr("Open an article or news feed file"));

    reload = make(tr("&Reload"), QStringLiteral("reloadAction"), QKeySequence::Refresh);
    reload->setIcon(themeIcon(QStringLiteral("view-refresh")));
    reload->setStatusTip(tr("Read the file again"));

    openOriginal = make(tr("Open Original in &Browser"), QStringLiteral("openOriginalAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    openOriginal->setIcon(themeIcon(QStringLiteral("internet-web-browser")));
    new OriginalAddress(openOriginal, shown, window);

    exportQuotes = make(tr("&Export Quotes…"), QStringLiteral("exportAction"), QKeySequence(Qt::CTRL | Qt::Key_E));
    exportQuotes->setStatusTip(tr("Save all quotes as CSV, JSON or Markdown"));

    exportSpeaker = make(tr("Export &Selected Speaker's Quotes…"), QStringLiteral("exportSpeakerAction"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportSpeaker->setStatusTip(tr("Save the quotes of the selected speaker"));

    print = make(tr("&Print…"), QStringLiteral("printAction"), QKeySequence::Print);
    print->setIcon(themeIcon(QStringLiteral("document-print")));
    print->setStatusTip(tr("Print the article with its highlights"));

    pdf = make(tr("Export as P&DF…"), QStringLiteral("pdfAction"));
    pdf->setStatusTip(tr("Save the article with its highlights as a PDF file"));

    quit = make(tr("&Quit"), QStringLiteral("quitAction"), QKeySequence::Quit);
    quit->setIcon(themeIcon(QStringLiteral("application-exit")));
    quit->setMenuRole(QAction::QuitRole);

    find = make(tr("&Find in Article…"), QStringLiteral("findAction"), QKeySequence::Find);
    find->setIcon(themeIcon(QStringLiteral("edit-find"), QStringLiteral("edit-find")));
    find->setStatusTip(tr("Find words in the article"));

    filter = make(tr("Filter &Speakers"), QStringLiteral("filterAction"), QKeySequence(Qt::CTRL | Qt::Key_L));
    filter->setStatusTip(tr("Type to narrow the speaker list"));

    searchQuotes = make(tr("Search &Quotes in the Library…"), QStringLiteral("searchQuotesAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    searchQuotes->setStatusTip(tr("Search what was said in every article of the library"));

    showLibrary = make(tr("Show &Library"), QStringLiteral("showLibraryAction"), QKeySequence(Qt::Key_F8));
    showLibrary->setCheckable(true);
    showLibrary->setChecked(true);
    showLibrary->setStatusTip(tr("Show or hide the list of every article read"));

    showSpeakers = make(tr("Show Spea&kers"), QStringLiteral("showSpeakersAction"), QKeySequence(Qt::Key_F9));
    showSpeakers->setCheckable(true);
    showSpeakers->setChecked(true);
    showSpeakers->setStatusTip(tr("Show or hide the list of speakers and their quotes"));

    people = make(tr("&People…"), QStringLiteral("peopleAction"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    people->setStatusTip(tr("Everyone quoted in the library, and all they said"));

    nextQuote = make(tr("&Next Quote"), QStringLiteral("nextQuoteAction"), QKeySequence(Qt::Key_F3));
    nextQuote->setIcon(themeIcon(QStringLiteral("go-down"), QStringLiteral("quote-next")));
    nextQuote->setStatusTip(tr("Go to the selected speaker's next quote"));

    previousQuote = make(tr("&Previous Quote"), QStringLiteral("previousQuoteAction"),
                         QKeySequence(Qt::SHIFT | Qt::Key_F3));
    previousQuote->setIcon(themeIcon(QStringLiteral("go-up"), QStringLiteral("quote-previous")));
    previousQuote->setStatusTip(tr("Go to the selected speaker's previous quote"));

    clearHighlights = make(tr("&Clear Highlights"), QStringLiteral("clearHighlightsAction"),
                           QKeySequence(Qt::Key_Escape));
    clearHighlights->setStatusTip(tr("Deselect the speaker and remove the highlights"));

    switchPane = make(tr("S&witch Pane"), QStringLiteral("switchPaneAction"), QKeySequence(Qt::Key_F6));
    switchPane->setStatusTip(tr("Move the keyboard focus between the speaker list and the article"));

    zoomIn = make(tr("Zoom &In"), QStringLiteral("zoomInAction"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    zoomIn->setIcon(themeIcon(QStringLiteral("zoom-in")));

    zoomOut = make(tr("Zoom &Out"), QStringLiteral("zoomOutAction"), QKeySequence::ZoomOut);
    zoomOut->setIcon(themeIcon(QStringLiteral("zoom-out")));

    zoomReset = make(tr("&Normal Size"), QStringLiteral("zoomResetAction"), QKeySequence(Qt::CTRL | Qt::Key_0));
    zoomReset->setIcon(themeIcon(QStringLiteral("zoom-original")));

    readableWidth = make(tr("&Readable Line Width"), QStringLiteral("readableWidthAction"));
    readableWidth->setCheckable(true);
    readableWidth->setChecked(true);
    readableWidth->setStatusTip(tr("Keep lines short enough to read comfortably"));

    sortGroup = new QActionGroup(this);
    const QList<QPair<QString, SpeakerFilterModel::Order>> orders = {
        {tr("In Order of &Appearance"), SpeakerFilterModel::Order::Appearance},
        {tr("By &Name"), SpeakerFilterModel::Order::Name},
        {tr("By Number of &Quotes"), SpeakerFilterModel::Order::QuoteCount},
    };
    for (const auto &[text, order] : orders) {
        QAction *action = sortGroup->addAction(text);
        action->setCheckable(true);
        action->setData(int(order));
        action->setChecked(order == SpeakerFilterModel::Order::Appearance);
    }

    shortcuts = make(tr("&Keyboard Shortcuts"), QStringLiteral("shortcutsAction"), QKeySequence::HelpContents);

    about = make(tr("&About Saywho"), QStringLiteral("aboutAction"));
    about->setIcon(themeIcon(QStringLiteral("help-about")));
    about->setMenuRole(QAction::AboutRole);

    // Text fields take some of these keys for themselves (Ctrl+E is "end of line" in a line edit);
    // the window's commands come first, from whichever of its widgets has the focus.
    qApp->installEventFilter(this);
}

bool WindowActions::isWindowShortcut(const QKeySequence &key) const
{
    // Esc stays with the widget that has a use for it (closing the find bar), as readers expect.
    if (key == QKeySequence(Qt::Key_Escape))
        return false;
    // The window's own commands, and those the other parts of the window put in its menus (the
    // feeds, the reading controls).
    QList<QAction *> all = findChildren<QAction *>(Qt::FindDirectChildrenOnly);
    if (const auto *mainWindow = qobject_cast<const QMainWindow *>(m_window); mainWindow && mainWindow->menuBar()) {
        QList<QAction *> pending = mainWindow->menuBar()->actions();
        while (!pending.isEmpty()) {
            QAction *action = pending.takeLast();
            if (action->menu())
                pending.append(action->menu()->actions());
            else
                all.append(action);
        }
    }
    return std::any_of(all.cbegin(), all.cend(),
                       [&key](const QAction *action) { return action->isEnabled() && action->shortcuts().contains(key); });
}

bool WindowActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride || !watched->isWidgetType())
        return false;
    const auto *widget = static_cast<QWidget *>(watched);
    if (widget->window() != m_window)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const QKeyCombination combination(key->modifiers() & ~Qt::KeypadModifier, Qt::Key(key->key()));
    // Left unaccepted, the override lets the shortcut map trigger the action.
    return isWindowShortcut(QKeySequence(combination));
}
