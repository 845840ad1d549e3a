#include "mainwindow.h"

#include "articleview.h"
#include "recentfiles.h"
#include "speakermodel.h"
#include "speakerpanel.h"
#include "speakertreeview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextDocument>
#include <QToolBar>
#include <QtConcurrent>

namespace {

QIcon themeIcon(const QString &name, const QString &fallback)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(fallback)));
}

QString displayName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new SpeakerModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    m_model->setIcons(QIcon(QStringLiteral(":/icons/person.svg")), QIcon(QStringLiteral(":/icons/organization.svg")),
                      QIcon(QStringLiteral(":/icons/unattributed.svg")));
    createActions();
    createCentralWidget();
    createMenus();
    createToolBar();
    createStatusBar();
    resize(1180, 760);
    showPlaceholder();
    updateActions();
}

MainWindow::~MainWindow()
{
    if (m_job) {
        m_cancel->store(true);
        m_job->waitForFinished();
    }
}

QString MainWindow::samplePath()
{
    return QStringLiteral(":/samples/almaty-talks.txt");
}

void MainWindow::createActions()
{
    m_openAction = new QAction(themeIcon(QStringLiteral("document-open"), QStringLiteral("document-open")),
                               tr("&Open…"), this);
    m_openAction->setObjectName(QStringLiteral("openAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open an article file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    m_clearAction = new QAction(tr("&Clear Highlights"), this);
    m_clearAction->setObjectName(QStringLiteral("clearHighlightsAction"));
    m_clearAction->setShortcut(Qt::Key_Escape);
    m_clearAction->setStatusTip(tr("Deselect the speaker and remove the highlights"));
    connect(m_clearAction, &QAction::triggered, this, &MainWindow::clearHighlights);
    addAction(m_clearAction);

    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Saywho"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_clearAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_openAction);
}

void MainWindow::createCentralWidget()
{
    m_panel = new SpeakerPanel(m_model, this);
    m_view = new ArticleView(this);
    m_view->setSpeakerModel(m_model);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_panel);
    m_splitter->addWidget(m_view);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({320, 860});
    setCentralWidget(m_splitter);

    connect(m_panel->tree()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::selectionChanged);
    connect(m_view, &ArticleView::quoteRequested, this,
            [this](int quote) { m_panel->selectSource(m_model->quoteRow(quote)); });
}

void MainWindow::createStatusBar()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->addWidget(m_summary, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadProgress"));
    m_progress->setAccessibleName(tr("Loading"));
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
}

// --- Opening -------------------------------------------------------------------------------------

void MainWindow::chooseFile()
{
    const QString dir = m_path.isEmpty() || m_path.startsWith(u':')
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(m_path).absolutePath();
    const QString filter = tr("Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.rss *.atom *.xml)") + u";;"
                           + tr("All files (*)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Article"), dir, filter);
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::openStartupArticle()
{
    QSettings settings;
    const QString last = settings.value(QStringLiteral("lastArticle")).toString();
    const bool firstStart = !settings.value(QStringLiteral("started"), false).toBool();
    settings.setValue(QStringLiteral("started"), true);
    if (!last.isEmpty() && QFileInfo(last).isFile())
        openFile(last);
    else if (firstStart)
        openFile(samplePath());
}

void MainWindow::openFile(const QString &path)
{
    const QFont font = m_view->font();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    if (m_cancel)
        m_cancel->store(true);
    m_cancel = cancel;
    startJob(QtConcurrent::run([path, font, cancel] { return ArticleJob::openFile(path, font, cancel); }),
             tr("Opening %1…").arg(displayName(path)));
}

void MainWindow::startJob(const QFuture<ArticleJobResult> &future, const QString &what)
{
    if (m_job) {
        // The old job sees its cancel flag soon; its result is dropped when it arrives.
        m_job->disconnect(this);
        connect(m_job, &QFutureWatcherBase::finished, m_job, &QObject::deleteLater);
    }
    m_job = new QFutureWatcher<ArticleJobResult>(this);
    auto *watcher = m_job;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { jobFinished(watcher); });
    watcher->setFuture(future);
    statusBar()->showMessage(what);
    m_progress->show();
    m_cancelButton->show();
    updateActions();
}

bool MainWindow::isLoading() const
{
    return m_job != nullptr;
}

void MainWindow::cancelLoad()
{
    if (!m_job)
        return;
    m_cancel->store(true);
    m_job->disconnect(this);
    connect(m_job, &QFutureWatcherBase::finished, m_job, &QObject::deleteLater);
    if (m_job->isFinished())
        m_job->deleteLater();
    m_job = nullptr;
    m_progress->hide();
    m_cancelButton->hide();
    statusBar()->showMessage(tr("Cancelled."), 4000);
    updateActions();
    emit loadFinished(false);
}

void MainWindow::jobFinished(QFutureWatcher<ArticleJobResult> *watcher)
{
    watcher->deleteLater();
    if (watcher != m_job)
        return;
    m_job = nullptr;
    m_progress->hide();
    m_cancelButton->hide();
    statusBar()->clearMessage();
    ArticleJobResult result = watcher->result();
    if (result.cancelled) {
        statusBar()->showMessage(tr("Cancelled."), 4000);
        updateActions();
        emit loadFinished(false);
        return;
    }
    if (!result.error.isEmpty()) {
        reportError(result.path, result.error);
        updateActions();
        emit loadFinished(false);
        return;
    }
    showResult(result);
    emit loadFinished(true);
}

void MainWindow::showResult(ArticleJobResult &result)
{
    m_path = result.path;
    m_title = result.article.title();
    m_model->setArticle(result.article, result.extraction);
    m_view->setArticleDocument(result.takeDocument());
    if (!m_path.isEmpty()) {
        RecentFiles::add(m_path);
        QSettings().setValue(QStringLiteral("lastArticle"), QFileInfo(m_path).absoluteFilePath());
    }
    updateTitle();
    updateSummary();
    updateActions();
}

void MainWindow::showPlaceholder()
{
    Article article;
    article.appendBlock(tr("No article open"), Article::BlockKind::Title);
    article.setTitle(tr("No article open"));
    article.appendBlock(tr("Open a news article with File › Open… or drop its file on this window. "
                           "Saywho lists the people quoted in it; choose one to see what they said."));
    m_view->showArticle(article);
    m_model->clear();
    m_path.clear();
    m_title.clear();
    updateTitle();
    updateSummary();
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

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // Numbered accelerators for the first nine, as desktop programs do.
        const QString label = i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(displayName(path)) : displayName(path);
        QAction *action = m_recentMenu->addAction(label);
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent articles"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [] { RecentFiles::clear(); });
    }
}

// --- Highlights ----------------------------------------------------------------------------------

void MainWindow::selectionChanged()
{
    updateHighlights(true);
    updateActions();
}

void MainWindow::updateHighlights(bool scroll)
{
    const QModelIndex source = m_panel->selectedSource();
    if (!source.isValid()) {
        m_view->clearHighlights();
        return;
    }
    const bool quoteRow = source.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Quote);
    const QModelIndex group = quoteRow ? source.parent() : source;
    const int speaker = group.data(SpeakerModel::SpeakerIndexRole).toInt();
    const int current = quoteRow ? source.data(SpeakerModel::QuoteIndexRole).toInt() : -1;
    const QList<Quote> &quotes = m_model->extraction().quotes;

    QList<ArticleView::Highlight> highlights;
    const QList<int> indexes = m_model->quotesOf(group);
    highlights.reserve(indexes.size());
    for (int q : indexes) {
        // With one quote chosen, the speaker's other quotes stay visible as a lighter tint.
        highlights.append({quotes.at(q).start, quotes.at(q).end, speaker, quoteRow && q != current});
    }
    m_view->setHighlights(highlights);
    if (scroll && !indexes.isEmpty())
        m_view->scrollToPosition(quotes.at(quoteRow ? current : indexes.constFirst()).start);
}

void MainWindow::clearHighlights()
{
    m_panel->tree()->selectionModel()->clearSelection();
    m_view->clearHighlights();
}

// --- Window state --------------------------------------------------------------------------------

void MainWindow::updateTitle()
{
    QString title = m_title;
    if (title.isEmpty())
        title = m_path.isEmpty() ? QString() : displayName(m_path);
    setWindowTitle(title.isEmpty() ? tr("Saywho") : title);
    setWindowFilePath(m_path.startsWith(u':') ? QString() : m_path);
}

void MainWindow::updateSummary()
{
    const Extraction &extraction = m_model->extraction();
    if (m_path.isEmpty() && extraction.quotes.isEmpty()) {
        m_summary->clear();
        return;
    }
    const int quotes = int(extraction.quotes.size());
    const int speakers = int(extraction.speakers.size());
    QString text = quotes == 0 ? tr("No quotes found.")
                               : tr("%1 from %2.").arg(SpeakerModel::quoteCountText(quotes),
                                                       speakers == 1 ? tr("1 speaker")
                                                                     : tr("%n speakers", nullptr, speakers));
    if (const int unattributed = extraction.unattributedCount())
        text += u' ' + (unattributed == 1 ? tr("1 without a speaker.")
                                                  : tr("%n without a speaker.", nullptr, unattributed));
    m_summary->setText(text);
}

void MainWindow::updateActions()
{
    m_clearAction->setEnabled(true);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Saywho"),
        tr("<h3>Saywho %1</h3>"
           "<p>A news reader that shows who said what: it lists the people quoted in an article and "
           "highlights their words.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2 (Core, GUI, Widgets, Concurrent, Print Support).</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

// --- Events --------------------------------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_job)
        cancelLoad();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.constFirst().toLocalFile());
}
