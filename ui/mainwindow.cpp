#include "mainwindow.h"

#include "articlesession.h"
#include "articleview.h"
#include "dialogfolders.h"
#include "droppedfiles.h"
#include "encodingmenu.h"
#include "exportdialogs.h"
#include "feedpanel.h"
#include "feedreader.h"
#include "findbar.h"
#include "library/libraryservice.h"
#include "librarypanel.h"
#include "peoplewindow.h"
#include "settings/recentfiles.h"
#include "shortcutsdialog.h"
#include "speakercorrections.h"
#include "models/speakermodel.h"
#include "quotehighlighter.h"
#include "readingcontrols.h"
#include "recentfilesmenu.h"
#include "refreshstatus.h"
#include "speakerpanel.h"
#include "speakertreeview.h"
#include "windowactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// Settings keys.
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString SidebarKey = QStringLiteral("window/sidebar");
const QString ZoomKey = QStringLiteral("view/zoom");
const QString ReadableWidthKey = QStringLiteral("view/readableWidth");
const QString OrderKey = QStringLiteral("view/speakerOrder");
const QString ShowSpeakersKey = QStringLiteral("view/showSpeakers");
const QString LastArticleKey = QStringLiteral("lastArticle");
const QString LastEntryKey = QStringLiteral("lastEntry");
const QString LastPositionKey = QStringLiteral("lastPosition");
const QString StartedKey = QStringLiteral("started");

QString &libraryPathSetting()
{
    static QString path;
    return path;
}

} // namespace

void MainWindow::setLibraryPath(const QString &path)
{
    libraryPathSetting() = path;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new SpeakerModel(this))
    , m_session(new ArticleSession(this))
    , m_library(new LibraryService(this))
{
    // Without a library the window still reads; what is read is just not kept.
    if (!m_library->open(libraryPathSetting()))
        qWarning("%s", qPrintable(m_library->error()));
    else
        m_library->renewStaleExtractions();
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_model->setIcons(QIcon(QStringLiteral(":/icons/person.svg")), QIcon(QStringLiteral(":/icons/organization.svg")),
                      QIcon(QStringLiteral(":/icons/group.svg")), QIcon(QStringLiteral(":/icons/unattributed.svg")));
    m_actions = new WindowActions(this, m_model);
    connectActions();
    createCentralWidget();
    m_reading = new ReadingControls(this);
    createFeedReader();
    createMenus();
    createToolBar();
    createStatusBar();
    connectSession();

    resize(1180, 760);
    readSettings();
    showPlaceholder();
    updateActions();
}

MainWindow::~MainWindow() = default;

PeopleWindow *MainWindow::peopleWindow()
{
    if (!m_people) {
        m_people = new PeopleWindow(m_library, this);
        connect(m_people, &PeopleWindow::quoteActivated, this, [this](qint64 article, int start, int) {
            openStoredArticle(article, start);
            raise();
            activateWindow();
        });
    }
    return m_people;
}

void MainWindow::openStoredArticle(qint64 id, int quoteStart)
{
    Library *library = m_library->library();
    const auto stored = library ? library->article(id) : std::nullopt;
    if (!stored) {
        statusBar()->showMessage(tr("That article is no longer in the library."), 6000);
        return;
    }
    m_pendingQuote = quoteStart;
    m_corrections->expectStored(id);
    m_libraryPanel->selectArticle(id);
    m_session->openStored(stored->article, stored->extraction, stored->source, m_view->font());
}

bool MainWindow::isLoading() const
{
    return m_session->isBusy();
}

QString MainWindow::currentFile() const
{
    return m_session->path();
}

QString MainWindow::samplePath()
{
    return QStringLiteral(":/samples/almaty-talks.txt");
}

// --- Construction --------------------------------------------------------------------------------

void MainWindow::createFeedReader()
{
    m_feeds = new FeedReader(m_library, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_feeds->dock());
    connect(m_feeds, &FeedReader::articleChosen, this, [this](qint64 id) { openStoredArticle(id); });
    connect(m_feeds, &FeedReader::feedOpened, this, &MainWindow::showFeed);
    connect(m_feeds, &FeedReader::message, statusBar(), &QStatusBar::showMessage); // "" clears
}

void MainWindow::connectActions()
{
    connect(m_actions->open, &QAction::triggered, this, &MainWindow::chooseFile);
    connect(m_actions->reload, &QAction::triggered, this, &MainWindow::reload);
    connect(m_actions->exportQuotes, &QAction::triggered, this,
            [this] { m_export->chooseQuotesFile(m_session->path(), false); });
    connect(m_actions->exportSpeaker, &QAction::triggered, this,
            [this] { m_export->chooseQuotesFile(m_session->path(), true); });
    connect(m_actions->print, &QAction::triggered, this, [this] { m_export->print(); });
    connect(m_actions->pdf, &QAction::triggered, this, [this] { m_export->choosePdfFile(m_session->path()); });
    connect(m_actions->quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_actions->find, &QAction::triggered, this, [this] { m_findBar->activate(); });
    connect(m_actions->filter, &QAction::triggered, this, [this] {
        m_panel->filterEdit()->setFocus(Qt::ShortcutFocusReason);
        m_panel->filterEdit()->selectAll();
    });
    connect(m_actions->nextQuote, &QAction::triggered, this, &MainWindow::nextQuote);
    connect(m_actions->previousQuote, &QAction::triggered, this, &MainWindow::previousQuote);
    connect(m_actions->clearHighlights, &QAction::triggered, this, [this] { m_highlighter->clear(); });
    connect(m_actions->switchPane, &QAction::triggered, this, &MainWindow::switchPane);
    connect(m_actions->zoomIn, &QAction::triggered, this,
            [this] { m_view->setZoom(m_view->zoom() + ArticleView::ZoomStep); });
    connect(m_actions->zoomOut, &QAction::triggered, this,
            [this] { m_view->setZoom(m_view->zoom() - ArticleView::ZoomStep); });
    connect(m_actions->zoomReset, &QAction::triggered, this, [this] { m_view->setZoom(100); });
    connect(m_actions->readableWidth, &QAction::toggled, this, [this](bool on) { m_view->setReadableWidth(on); });
    connect(m_actions->sortGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { m_panel->setOrder(SpeakerFilterModel::Order(action->data().toInt())); });
    connect(m_actions->people, &QAction::triggered, this, [this] {
        peopleWindow()->show();
        peopleWindow()->raise();
        peopleWindow()->activateWindow();
    });
    connect(m_actions->searchQuotes, &QAction::triggered, this, [this] { peopleWindow()->startSearch(); });
    connect(m_actions->showLibrary, &QAction::toggled, this, [this](bool on) { m_libraryPanel->setVisible(on); });
    connect(m_actions->showSpeakers, &QAction::toggled, this, [this](bool on) { m_sidebar->setVisible(on); });
    connect(m_actions->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_actions->open);
    file->addAction(m_feeds->openAddressAction);
    file->addAction(m_feeds->subscribe);
    auto *recent = new RecentFilesMenu(tr("Open &Recent"), file);
    connect(recent, &RecentFilesMenu::fileChosen, this, &MainWindow::openFile);
    file->addMenu(recent);
    file->addAction(m_actions->reload);
    file->addAction(m_actions->openOriginal);
    file->addSeparator();
    file->addAction(m_actions->exportQuotes);
    file->addAction(m_actions->exportSpeaker);
    file->addSeparator();
    file->addAction(m_actions->print);
    file->addAction(m_reading->printPreview);
    file->addAction(m_actions->pdf);
    file->addSeparator();
    file->addAction(m_actions->quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_actions->find);
    edit->addAction(m_actions->filter);
    edit->addAction(m_actions->searchQuotes);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_actions->nextQuote);
    view->addAction(m_actions->previousQuote);
    view->addAction(m_actions->clearHighlights);
    view->addAction(m_reading->highlightAll);
    view->addSeparator();
    QMenu *sort = view->addMenu(tr("&Sort Speakers"));
    sort->addActions(m_actions->sortGroup->actions());
    view->addSeparator();
    view->addAction(m_actions->zoomIn);
    view->addAction(m_actions->zoomOut);
    view->addAction(m_actions->zoomReset);
    view->addAction(m_actions->readableWidth);
    view->addAction(m_reading->readingSettings);
    view->addSeparator();
    view->addAction(m_reading->fullScreen);
    view->addAction(m_reading->distractionFree);
    view->addSeparator();
    auto *encoding = new EncodingMenu(tr("&Encoding"), view);
    connect(encoding, &EncodingMenu::encodingChosen, this, [this](const QByteArray &chosen) {
        m_session->setEncoding(chosen);
        reload();
    });
    connect(m_session, &ArticleSession::opened, encoding,
            [this, encoding] { encoding->setEncoding(m_session->encoding()); });
    view->addMenu(encoding);
    view->addSeparator();
    view->addAction(m_actions->switchPane);
    view->addSeparator();
    view->addAction(m_actions->showLibrary);
    view->addAction(m_actions->showSpeakers);
    view->addAction(m_feeds->showSubscriptions);
    view->addAction(m_actions->people);

    QMenu *feeds = menuBar()->addMenu(tr("Fee&ds"));
    feeds->addAction(m_feeds->refreshFeed);
    feeds->addAction(m_feeds->refreshAll);
    feeds->addSeparator();
    feeds->addAction(m_feeds->markRead);
    feeds->addAction(m_feeds->markAllRead);
    feeds->addSeparator();
    feeds->addAction(m_feeds->newFolder);
    feeds->addAction(m_feeds->rename);
    feeds->addAction(m_feeds->moveToFolder);
    feeds->addAction(m_feeds->unsubscribe);
    feeds->addSeparator();
    feeds->addAction(m_feeds->refreshInterval);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_actions->shortcuts);
    help->addAction(m_actions->about);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_actions->open);
    bar->addAction(m_feeds->refreshAll);
    bar->addSeparator();
    bar->addAction(m_actions->previousQuote);
    bar->addAction(m_actions->nextQuote);
    bar->addSeparator();
    bar->addAction(m_actions->find);
}

void MainWindow::createCentralWidget()
{
    m_panel = new SpeakerPanel(m_model, this);
    m_view = new ArticleView(this);
    m_view->setSpeakerModel(m_model);
    m_findBar = new FindBar(m_view, this);
    m_findBar->hide();
    m_export = new ExportDialogs(this, m_model, m_panel, m_view);
    connect(m_export, &ExportDialogs::saved, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });

    m_feedPanel = new FeedPanel(this);
    connect(m_feedPanel, &FeedPanel::entryChosen, this, [this](int row) {
        if (row != m_session->entry())
            openFeedEntry(row);
    });

    m_sidebar = new QSplitter(Qt::Vertical, this);
    m_sidebar->setObjectName(QStringLiteral("sidebarSplitter"));
    m_sidebar->setChildrenCollapsible(false);
    m_sidebar->addWidget(m_feedPanel);
    m_sidebar->addWidget(m_panel);
    m_sidebar->setStretchFactor(1, 1);

    auto *reading = new QWidget(this);
    reading->setObjectName(QStringLiteral("readingColumn"));
    auto *readingLayout = new QVBoxLayout(reading);
    readingLayout->setContentsMargins(0, 0, 0, 0);
    readingLayout->setSpacing(0);
    readingLayout->addWidget(m_view, 1);
    readingLayout->addWidget(m_findBar);

    m_libraryPanel = new LibraryPanel(m_library, this);
    connect(m_libraryPanel, &LibraryPanel::articleActivated, this, [this](qint64 id) { openStoredArticle(id); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_libraryPanel);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(reading);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({240, 300, 640});
    setCentralWidget(m_splitter);

    // Left to right and top to bottom, as laid out.
    setTabOrder(m_feedPanel->entryList(), m_panel->sortBox());
    setTabOrder(m_panel->sortBox(), m_panel->filterEdit());
    setTabOrder(m_panel->filterEdit(), m_panel->tree());
    setTabOrder(m_panel->tree(), m_view);
    setTabOrder(m_view, m_findBar->field());

    m_highlighter = new QuoteHighlighter(m_model, m_panel, m_view, this);
    connect(m_highlighter, &QuoteHighlighter::wrapped, this, [this](SpeakerModel::Direction direction) {
        statusBar()->showMessage(direction == SpeakerModel::Direction::Forward ? tr("Continued from the first quote.")
                                                                               : tr("Continued from the last quote."),
                                 3000);
    });
    connect(m_highlighter, &QuoteHighlighter::notice, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    connect(m_panel->tree()->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateSummary();
    });
    connect(m_panel, &SpeakerPanel::orderChanged, this, [this](SpeakerFilterModel::Order order) {
        for (QAction *action : m_actions->sortGroup->actions())
            action->setChecked(action->data().toInt() == int(order));
    });
    m_panel->setContextActions({m_actions->exportSpeaker}, {m_actions->nextQuote, m_actions->previousQuote});
    m_corrections = new SpeakerCorrections(m_library, m_model, m_panel, m_highlighter, this);
    connect(m_corrections, &SpeakerCorrections::correctionsShown, this, [this] {
        updateSummary();
        updateActions();
    });
}

void MainWindow::createStatusBar()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->addWidget(m_summary, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelLoadButton"));
    m_cancelButton->setToolTip(tr("Stop opening the file"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelLoad);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_feeds->status());
}

void MainWindow::readSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_sidebar->restoreState(settings.value(SidebarKey).toByteArray());
    bool zoomOk = false;
    const int zoom = settings.value(ZoomKey, 100).toInt(&zoomOk);
    m_view->setZoom(zoomOk ? zoom : 100);
    m_actions->readableWidth->setChecked(settings.value(ReadableWidthKey, true).toBool());
    m_actions->showSpeakers->setChecked(settings.value(ShowSpeakersKey, true).toBool());
    const int order = settings.value(OrderKey, int(SpeakerFilterModel::Order::Appearance)).toInt();
    if (order >= int(SpeakerFilterModel::Order::Appearance) && order <= int(SpeakerFilterModel::Order::QuoteCount))
        m_panel->setOrder(SpeakerFilterModel::Order(order));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(SidebarKey, m_sidebar->saveState());
    settings.setValue(ZoomKey, m_view->zoom());
    settings.setValue(ReadableWidthKey, m_view->readableWidth());
    settings.setValue(ShowSpeakersKey, m_actions->showSpeakers->isChecked());
    // Where the reader was, to come back to on the next start.
    settings.setValue(LastEntryKey, m_session->entry());
    settings.setValue(LastPositionKey, m_view->topPosition());
    settings.setValue(OrderKey, int(m_panel->order()));
}

// --- Opening -------------------------------------------------------------------------------------

void MainWindow::chooseFile()
{
    const QString dir = DialogFolders::startFolder(DialogFolders::Purpose::Open, m_session->path());
    const QString filter = tr("Articles and feeds (*.txt *.text *.html *.htm *.xhtml *.mhtml *.mht *.md *.markdown "
                              "*.rss *.atom *.xml *.json)")
                           + u";;" + tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Article"), dir, filter);
    if (path.isEmpty())
        return;
    DialogFolders::remember(DialogFolders::Purpose::Open, path);
    openFile(path);
}

void MainWindow::openStartupArticle()
{
    QSettings settings;
    const QString last = settings.value(LastArticleKey).toString();
    const bool firstStart = !settings.value(StartedKey, false).toBool();
    settings.setValue(StartedKey, true);
    if (!last.isEmpty() && QFileInfo(last).isFile()) {
        ArticleSession::ReaderPlace place;
        place.entry = settings.value(LastEntryKey, -1).toInt();
        place.topPosition = settings.value(LastPositionKey, -1).toInt();
        m_session->openFile(last, m_view->font(), place);
    } else if (firstStart) {
        openFile(samplePath());
    }
}

void MainWindow::openFile(const QString &path)
{
    m_session->openFile(path, m_view->font());
}

void MainWindow::reload()
{
    // Keep the reader where they were: the speaker they chose and the text at the top of the pane.
    const QModelIndex group = m_panel->selectedSpeaker();
    ArticleSession::ReaderPlace place;
    place.speaker = group.isValid() ? group.data(SpeakerModel::SpeakerNameRole).toString() : QString();
    place.topPosition = m_view->topPosition();
    m_session->reload(m_view->font(), place);
}

void MainWindow::openFeedEntry(int row)
{
    m_session->openFeedEntry(row, m_view->font());
}

void MainWindow::showFeed(const Feed &feed, const QString &path)
{
    m_session->showFeed(feed, path, m_view->font());
}

void MainWindow::cancelLoad()
{
    m_session->cancel();
}

void MainWindow::connectSession()
{
    connect(m_session, &ArticleSession::started, this, [this](const QString &what) {
        statusBar()->showMessage(what);
        m_progress->show();
        m_cancelButton->show();
        updateActions();
    });
    connect(m_session, &ArticleSession::opened, this, [](const QString &path) {
        RecentFiles::add(path);
        QSettings().setValue(LastArticleKey, path.startsWith(u':') ? path : QFileInfo(path).absoluteFilePath());
    });
    connect(m_session, &ArticleSession::feedShown, this, &MainWindow::showFeedEntries);
    connect(m_session, &ArticleSession::feedClosed, m_feedPanel, &FeedPanel::clear);
    connect(m_session, &ArticleSession::entryChanged, m_feedPanel, &FeedPanel::setCurrentEntry);
    connect(m_session, &ArticleSession::textShown, this, &MainWindow::showArticleText);
    connect(m_session, &ArticleSession::quotesFound, this, &MainWindow::showQuotes);
    connect(m_session, &ArticleSession::failed, this,
            [this](const QString &path, const QString &reason, bool reloading) {
                if (reloading)
                    statusBar()->showMessage(tr("Could not reload %1: %2").arg(displayName(path), reason), 8000);
                else
                    reportError(path, reason);
            });
    connect(m_session, &ArticleSession::cancelled, this, &MainWindow::showCancelled);
    connect(m_session, &ArticleSession::finished, this, &MainWindow::showFinished);
    connect(m_session, &ArticleSession::changedOnDisk, this, &MainWindow::reload);
    connect(m_session, &ArticleSession::message, this,
            [this](const QString &text, int timeout) { statusBar()->showMessage(text, timeout); });
}

void MainWindow::stopProgress()
{
    m_progress->hide();
    m_cancelButton->hide();
}

void MainWindow::showCancelled(bool textShown)
{
    stopProgress();
    if (textShown) {
        m_panel->setBusy(false);
        m_summary->setText(tr("Stopped looking for quotes."));
        statusBar()->showMessage(tr("Stopped looking for quotes."), 6000);
    } else {
        statusBar()->showMessage(tr("Cancelled."), 4000);
    }
    updateActions();
    emit loadFinished(false);
}

void MainWindow::showFinished(bool ok, bool reloaded)
{
    stopProgress();
    if (reloaded && ok)
        statusBar()->showMessage(tr("Reloaded: the file changed on disk."), 4000);
    else if (!m_errorBox && !reloaded)
        statusBar()->clearMessage();
    m_panel->setBusy(false);
    updateActions();
    emit loadFinished(ok);
}

void MainWindow::showArticleText(const Article &article, QTextDocument *document, int restoreTop)
{
    m_title = article.title();
    m_model->setArticle(article, Extraction());
    m_panel->setBusy(true);
    m_view->setArticleDocument(document);
    m_findBar->setText(article.text());
    if (restoreTop > 0)
        m_view->scrollToTop(restoreTop);
    statusBar()->showMessage(tr("Looking for quotes…"));
    updateTitle();
    updateSummary();
    m_summary->setText(tr("Looking for quotes…"));
    updateActions();
    emit articleShown();
}

void MainWindow::showQuotes(const Article &article, const Extraction &extraction, const QString &warning,
                            const QString &restoreSpeaker)
{
    m_loadWarning = warning;
    m_model->setArticle(article, extraction);
    m_panel->setBusy(false);
    if (!restoreSpeaker.isEmpty())
        m_highlighter->restoreSpeaker(restoreSpeaker);
    if (m_pendingQuote >= 0) {
        const QModelIndex quote = m_model->quoteAt(m_pendingQuote);
        m_pendingQuote = -1;
        if (quote.isValid())
            m_panel->selectSource(quote);
    }
    if (!m_session->isStored()) {
        // Everything read is kept; a feed entry goes by its own address when it has one.
        QString source = m_session->path();
        if (m_session->entry() >= 0)
            source = !article.link().isEmpty() ? article.link()
                                               : source + QStringLiteral("#entry-%1").arg(m_session->entry() + 1);
        else if (!source.startsWith(u':'))
            source = QFileInfo(source).absoluteFilePath();
        m_library->keepInBackground(source, article, extraction);
        m_corrections->showKept(source);
    } else {
        m_corrections->showStored();
    }
    updateSummary();
    updateActions();
}

void MainWindow::showFeedEntries(const Feed &feed, const QString &path)
{
    m_feedPanel->showFeed(feed, feed.title.isEmpty() ? displayName(path) : feed.title);
    m_title = m_feedPanel->title();
    updateTitle();
    if (feed.entries.isEmpty()) {
        Article empty;
        empty.appendBlock(tr("This feed has no entries."), Article::BlockKind::Title);
        m_view->showArticle(empty);
        m_model->setArticle(empty, Extraction());
        updateSummary();
    }
}

void MainWindow::showPlaceholder()
{
    Article article;
    article.appendBlock(tr("No article open"), Article::BlockKind::Title);
    article.setTitle(tr("No article open"));
    article.appendBlock(tr("Open a news article or feed with File › Open… or drop its file on this window. "
                           "Saywho lists the people quoted in it; choose one to see what they said."));
    m_view->showArticle(article);
    m_model->clear();
    m_findBar->setText(QString());
    m_title.clear();
    updateTitle();
    updateSummary();
}

void MainWindow::showSettingsWarning(const QString &warning)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Settings Reset"),
                                tr("Saywho could not read its settings and starts with default settings."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("settingsWarning"));
    box->setInformativeText(warning);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::reportError(const QString &path, const QString &reason)
{
    if (m_errorBox)
        m_errorBox->close();
    const QString name = displayName(path);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Article"),
                                name.isEmpty() ? tr("Saywho cannot open this article.")
                                               : tr("Saywho cannot open “%1”.").arg(name),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_errorBox = box;
    // Window-modal and non-blocking: the article stays readable behind it.
    box->open();
    statusBar()->showMessage(tr("Could not open %1: %2").arg(name, reason), 8000);
}

// --- Commands ------------------------------------------------------------------------------------

bool MainWindow::exportQuotes(const QString &path, QuoteExporter::Format format, bool selectedOnly, QString *error)
{
    return m_export->exportQuotes(path, format, selectedOnly, error);
}

bool MainWindow::exportPdf(const QString &path)
{
    return m_export->exportPdf(path, m_session->path());
}

// --- Highlights and navigation -------------------------------------------------------------------

void MainWindow::nextQuote()
{
    m_highlighter->stepQuote(SpeakerModel::Direction::Forward);
}

void MainWindow::previousQuote()
{
    m_highlighter->stepQuote(SpeakerModel::Direction::Backward);
}

void MainWindow::switchPane()
{
    if (m_view->hasFocus()) {
        QWidget *target = m_panel->tree()->isVisible() ? static_cast<QWidget *>(m_panel->tree()) : m_panel->filterEdit();
        target->setFocus(Qt::ShortcutFocusReason);
    } else {
        m_view->setFocus(Qt::ShortcutFocusReason);
    }
}

// --- Window state --------------------------------------------------------------------------------

void MainWindow::updateTitle()
{
    const QString path = m_session->path();
    const Feed &feed = m_session->feed();
    QString title = m_title;
    if (title.isEmpty())
        title = path.isEmpty() ? QString() : displayName(path);
    if (!feed.entries.isEmpty() && m_session->entry() >= 0 && !feed.title.isEmpty() && title != feed.title)
        title = tr("%1 — %2", "entry title — feed title").arg(title, feed.title);
    setWindowTitle(title.isEmpty() ? tr("Saywho") : title);
    setWindowFilePath(path.startsWith(u':') ? QString() : path);
}

void MainWindow::updateSummary()
{
    if (m_session->path().isEmpty() && m_model->extraction().quotes.isEmpty()) {
        m_summary->clear();
        return;
    }
    const QModelIndex selected = m_panel->selectedSource();
    QString text = selected.isValid() ? m_model->selectionSummary(selected) : m_model->summary();
    if (!m_loadWarning.isEmpty())
        text += u' ' + m_loadWarning; // what the loader had to say ("the last character was cut off")
    m_summary->setText(text);
    m_summary->setToolTip(m_loadWarning);
}

void MainWindow::updateActions()
{
    const QString path = m_session->path();
    const bool hasArticle = !path.isEmpty();
    const bool hasQuotes = !m_model->extraction().quotes.isEmpty();
    const bool selected = m_panel->selectedSource().isValid();
    m_actions->reload->setEnabled(hasArticle && !path.startsWith(u':'));
    m_actions->exportQuotes->setEnabled(hasQuotes);
    m_actions->exportSpeaker->setEnabled(selected);
    m_actions->print->setEnabled(hasArticle);
    m_actions->pdf->setEnabled(hasArticle);
    // With no speaker chosen F3 says why it goes nowhere rather than doing nothing.
    m_actions->nextQuote->setEnabled(hasArticle);
    m_actions->previousQuote->setEnabled(hasArticle);
}

void MainWindow::showShortcuts()
{
    auto *dialog =
        new ShortcutsDialog(ShortcutsDialog::menuActions(menuBar()), ShortcutsDialog::keysWithoutAction(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Saywho"),
        tr("<h3>Saywho %1</h3>"
           "<p>A news reader that shows who said what: it lists the people quoted in an article and "
           "highlights their words.</p>"
           "<p>Copyright © the Saywho developers.<br>"
           "Licensed under the GNU General Public License, version 3 or (at your option) any later version "
           "(GPL-3.0-or-later). This program comes with absolutely no warranty.</p>"
           "<p>Built with Qt %2 (Core, GUI, Widgets, Concurrent, Print Support; SVG for icons), "
           "licensed under the LGPL version 3.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

// --- Events --------------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    if (m_session->isBusy())
        cancelLoad();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!DroppedFiles::localFiles(event->mimeData()).isEmpty() || FeedReader::droppedAddress(event->mimeData()).isValid())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (m_feeds->subscribeToDropped(event->mimeData())) {
        event->acceptProposedAction();
        return;
    }
    const QStringList files = DroppedFiles::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    openFile(DroppedFiles::firstKeepingTheRest(files));
}
