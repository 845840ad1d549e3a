#include "readingcontrols.h"

#include "allspeakershighlighter.h"
#include "articleprinter.h"
#include "articleview.h"
#include "findbar.h"
#include "findhighlights.h"
#include "librarypanel.h"
#include "mainwindow.h"
#include "readingsettingsdialog.h"
#include "readingstyle.h"
#include "speakercorrections.h"
#include "speakerlegend.h"
#include "speakerpanel.h"

#include <QAction>
#include <QEvent>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

ReadingControls::ReadingControls(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_style(new ReadingStyle(window->articleView(), this))
    , m_legend(new SpeakerLegend(window))
{
    auto make = [this, window](const QString &text, const QString &name, const QKeySequence &key = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        window->addAction(action); // shortcuts work with the menu bar hidden, as in distraction-free
        return action;
    };
    readingSettings = make(tr("R&eading\u2026"), QStringLiteral("readingSettingsAction"));
    readingSettings->setStatusTip(tr("Theme, font, line spacing and column width of the reading pane"));
    highlightAll = make(tr("&Highlight All Speakers"), QStringLiteral("highlightAllAction"),
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    highlightAll->setCheckable(true);
    highlightAll->setStatusTip(tr("Highlight every quote in its speaker's colour, with a legend"));
    fullScreen = make(tr("&Full Screen"), QStringLiteral("fullScreenAction"), QKeySequence(Qt::Key_F11));
    fullScreen->setCheckable(true);
    fullScreen->setIcon(QIcon::fromTheme(QStringLiteral("view-fullscreen")));
    distractionFree = make(tr("&Distraction-Free Reading"), QStringLiteral("distractionFreeAction"),
                           QKeySequence(Qt::SHIFT | Qt::Key_F11));
    distractionFree->setCheckable(true);
    distractionFree->setStatusTip(tr("Only the article: no panels, toolbar, menus or status bar"));
    printPreview = make(tr("Print Pre&view\u2026"), QStringLiteral("printPreviewAction"));
    printPreview->setIcon(QIcon::fromTheme(QStringLiteral("document-print-preview")));
    printPreview->setStatusTip(tr("See the pages as they will print"));

    ArticleView *view = window->articleView();
    // Over the reading pane, in the reading column the window laid out.
    if (auto *column = qobject_cast<QVBoxLayout *>(view->parentWidget()->layout()))
        column->insertWidget(0, m_legend);
    m_allSpeakers = new AllSpeakersHighlighter(window->speakerModel(), window->speakerPanel(), view, m_legend, this);
    m_findHighlights = new FindHighlights(view, window->findBar());

    connect(readingSettings, &QAction::triggered, this, &ReadingControls::showSettings);
    connect(highlightAll, &QAction::toggled, m_allSpeakers, &AllSpeakersHighlighter::setOn);
    // Both clear the pane after the model has told of its change: the highlights come back after them.
    if (QAction *clear = window->findChild<QAction *>(QStringLiteral("clearHighlightsAction")))
        connect(clear, &QAction::triggered, m_allSpeakers, &AllSpeakersHighlighter::refresh);
    connect(window->corrections(), &SpeakerCorrections::correctionsShown, m_allSpeakers,
            &AllSpeakersHighlighter::refresh);
    connect(fullScreen, &QAction::toggled, this, &ReadingControls::setFullScreen);
    connect(distractionFree, &QAction::toggled, this, &ReadingControls::setDistractionFree);
    connect(printPreview, &QAction::triggered, this,
            [this] { ArticlePrinter(m_window->speakerModel(), m_window->articleView()).preview(m_window); });
    connect(window, &MainWindow::articleShown, m_style, &ReadingStyle::documentShown);
    window->installEventFilter(this);
    m_style->apply(ReadingSettings::load());
}

void ReadingControls::showSettings()
{
    auto *dialog = new ReadingSettingsDialog(m_style->settings(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReadingSettingsDialog::changed, m_style, &ReadingStyle::apply);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_style->apply(dialog->settings());
        dialog->settings().save();
    });
    dialog->open();
}

void ReadingControls::setFullScreen(bool on)
{
    if (on == m_window->isFullScreen())
        return;
    if (on) {
        m_wasMaximized = m_window->isMaximized();
        m_window->showFullScreen();
    } else if (m_wasMaximized) {
        m_window->showMaximized();
    } else {
        m_window->showNormal();
    }
}

void ReadingControls::setDistractionFree(bool on)
{
    if (distractionFree->isChecked() != on) {
        distractionFree->setChecked(on); // comes back here through toggled
        return;
    }
    if (on) {
        m_hidden.clear();
        const QList<QWidget *> panels = {m_window->libraryPanel(), m_window->findChild<QSplitter *>(QStringLiteral("sidebarSplitter")),
                                         m_window->findChild<QToolBar *>(QStringLiteral("mainToolBar")),
                                         m_window->menuBar(), m_window->statusBar()};
        for (QWidget *w : panels) {
            if (w && w->isVisible()) {
                w->hide();
                m_hidden.append(w);
            }
        }
        m_window->articleView()->setFocus(Qt::OtherFocusReason);
    } else {
        for (const QPointer<QWidget> &w : std::as_const(m_hidden)) {
            if (w)
                w->show();
        }
        m_hidden.clear();
    }
}

bool ReadingControls::eventFilter(QObject *watched, QEvent *event)
{
    // Full screen may also end by the window manager's doing.
    if (watched == m_window && event->type() == QEvent::WindowStateChange)
        fullScreen->setChecked(m_window->isFullScreen());
    return QObject::eventFilter(watched, event);
}
