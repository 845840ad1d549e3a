#include "feedreader.h"

#include "library/libraryservice.h"
#include "models/subscriptionmodel.h"
#include "network/addressloader.h"
#include "network/feedrefresher.h"
#include "network/httpfetcher.h"
#include "extract/extractor.h"
#include "refreshintervaldialog.h"
#include "refreshstatus.h"
#include "settings/feedsettings.h"
#include "subscribedialog.h"
#include "subscriptionspanel.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMainWindow>
#include <QMessageBox>
#include <QShortcut>
#include <QTimer>
#include <QTreeView>
#include <QtConcurrent>

FeedReader::FeedReader(LibraryService *library, QMainWindow *window)
    : QObject(window)
    , m_library(library)
    , m_window(window)
    , m_dock(new QDockWidget(tr("Subscriptions"), window))
    , m_panel(new SubscriptionsPanel(library, m_dock))
    , m_status(new RefreshStatus(window))
    , m_address(new AddressLoader(this))
    , m_interval(new QTimer(this))
    , m_reload(new QTimer(this))
{
    if (m_library->isOpen())
        m_refresher = new FeedRefresher(m_library->database(), this);
    m_dock->setObjectName(QStringLiteral("subscriptionsDock"));
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    createActions(window);

    // Counts are read again at most this often while feeds come in, not once per feed.
    m_reload->setSingleShot(true);
    m_reload->setInterval(400);
    connect(m_reload, &QTimer::timeout, m_panel, &SubscriptionsPanel::reload);
    connect(m_panel, &SubscriptionsPanel::entryChosen, this, [this](qint64, qint64 article) {
        if (article > 0)
            emit articleChosen(article);
        else
            emit message(tr("This entry could not be stored in the library."), 6000);
    });
    connect(m_panel, &SubscriptionsPanel::unreadChanged, this, [this](int unread) {
        m_dock->setWindowTitle(unread > 0 ? tr("Subscriptions (%1)").arg(unread) : tr("Subscriptions"));
    });
    connect(m_panel->feedView()->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &FeedReader::updateActions);
    connect(m_panel->feedModel(), &QAbstractItemModel::modelReset, this, &FeedReader::updateActions);
    connect(m_status, &RefreshStatus::cancelRequested, this, &FeedReader::cancelRefresh);
    connect(m_address, &AddressLoader::loaded, this,
            [this](const QUrl &, const QUrl &finalUrl, const ArticleLoader::Result &result) {
                showAddress(finalUrl, result);
            });
    if (m_refresher) {
        connect(m_refresher, &FeedRefresher::progress, m_status, &RefreshStatus::setProgress);
        connect(m_refresher, &FeedRefresher::feedFinished, this, &FeedReader::scheduleReload);
        connect(m_refresher, &FeedRefresher::finished, this, &FeedReader::refreshFinished);
        connect(m_refresher, &FeedRefresher::subscribed, this,
                [this](qint64 feed, const QString &title, const QString &error) {
                    if (feed <= 0) {
                        if (m_subscribeDialog)
                            m_subscribeDialog->showError(error);
                        else
                            emit message(error, 8000);
                        return;
                    }
                    if (m_subscribeDialog)
                        m_subscribeDialog->done(QDialog::Accepted);
                    m_panel->reload();
                    m_panel->selectFeed(feed);
                    emit message(tr("Subscribed to %1.").arg(title), 4000);
                    refresh({feed});
                });
    }
    m_interval->setObjectName(QStringLiteral("refreshTimer"));
    connect(m_interval, &QTimer::timeout, this, [this] { refresh(); });
    applyInterval();
    m_panel->reload();
    updateActions();

    // An address pasted into the window is one to subscribe to, as one dropped is. A text field
    // with the focus keeps Ctrl+V for itself.
    auto *paste = new QShortcut(QKeySequence::Paste, window);
    connect(paste, &QShortcut::activated, this, [this] {
        const QUrl address = QUrl::fromUserInput(QGuiApplication::clipboard()->text().trimmed());
        if (HttpFetcher::isAllowed(address))
            chooseSubscription(address.toString());
        else
            emit message(tr("The clipboard holds no web address to subscribe to."), 5000);
    });
}

FeedReader::~FeedReader() = default;

void FeedReader::createActions(QMainWindow *window)
{
    auto make = [this, window](const QString &text, const QString &name, const QString &tip,
                               const QKeySequence &key = {}) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setStatusTip(tip);
        if (!key.isEmpty())
            action->setShortcut(key);
        window->addAction(action);
        return action;
    };
    subscribe = make(tr("&Subscribe…"), QStringLiteral("subscribeAction"),
                     tr("Subscribe to a feed by its address, or by the address of a page that names it"),
                     QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    subscribe->setIcon(QIcon(QStringLiteral(":/icons/feed.svg")));
    openAddressAction = make(tr("Open &Address…"), QStringLiteral("openAddressAction"),
                             tr("Open an article or a feed from a web address"),
                             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    refreshFeed = make(tr("&Refresh Feed"), QStringLiteral("refreshFeedAction"),
                       tr("Fetch the chosen feed (or the feeds of the chosen folder) now; F5 in the feed list"));
    refreshFeed->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh"), QIcon(QStringLiteral(":/icons/view-refresh.svg"))));
    refreshAll = make(tr("Refresh &All Feeds"), QStringLiteral("refreshAllAction"), tr("Fetch every subscription now"),
                      QKeySequence(Qt::SHIFT | Qt::Key_F5));
    refreshAll->setIcon(refreshFeed->icon());
    markRead = make(tr("&Mark Feed as Read"), QStringLiteral("markReadAction"),
                    tr("Mark every entry of the chosen feed or folder as read"),
                    QKeySequence(Qt::CTRL | Qt::Key_R));
    markAllRead = make(tr("Mark A&ll as Read"), QStringLiteral("markAllReadAction"),
                       tr("Mark every entry of every feed as read"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    newFolder = make(tr("&New Folder…"), QStringLiteral("newFolderAction"), tr("Make a folder for subscriptions"));
    rename = make(tr("R&ename…"), QStringLiteral("renameFeedAction"), tr("Rename the chosen feed or folder"));
    moveToFolder = make(tr("Mo&ve to Folder…"), QStringLiteral("moveFeedAction"), tr("Put the chosen feed in a folder"));
    unsubscribe = make(tr("&Unsubscribe…"), QStringLiteral("unsubscribeAction"),
                       tr("Stop following the chosen feed (its articles stay in the library), or delete the folder"));
    openInBrowser = make(tr("Open in &Browser"), QStringLiteral("openEntryInBrowserAction"),
                         tr("Open the entry's original page in the web browser"));
    refreshInterval = make(tr("Refresh &Interval…"), QStringLiteral("refreshIntervalAction"),
                           tr("How often the subscriptions are refreshed"));
    showSubscriptions = m_dock->toggleViewAction();
    showSubscriptions->setObjectName(QStringLiteral("showSubscriptionsAction"));
    showSubscriptions->setText(tr("Su&bscriptions"));
    showSubscriptions->setStatusTip(tr("Show or hide the subscriptions"));

    connect(subscribe, &QAction::triggered, this, [this] { chooseSubscription(); });
    connect(openAddressAction, &QAction::triggered, this, &FeedReader::chooseAddress);
    connect(refreshFeed, &QAction::triggered, this, [this] {
        const QList<qint64> feeds = m_panel->chosenFeeds();
        if (!feeds.isEmpty())
            refresh(feeds);
    });
    connect(refreshAll, &QAction::triggered, this, [this] { refresh(); });
    connect(markRead, &QAction::triggered, m_panel, &SubscriptionsPanel::markChosenRead);
    connect(markAllRead, &QAction::triggered, m_panel, &SubscriptionsPanel::markAllRead);
    connect(newFolder, &QAction::triggered, m_panel, &SubscriptionsPanel::newFolder);
    connect(rename, &QAction::triggered, m_panel, &SubscriptionsPanel::renameChosen);
    connect(moveToFolder, &QAction::triggered, m_panel, &SubscriptionsPanel::moveChosen);
    connect(unsubscribe, &QAction::triggered, m_panel, &SubscriptionsPanel::unsubscribeChosen);
    connect(openInBrowser, &QAction::triggered, this, [this] {
        // Only web addresses: a feed's link to file:, data: or javascript: is never opened.
        const QUrl link(m_panel->currentEntryLink());
        if (HttpFetcher::isAllowed(link))
            QDesktopServices::openUrl(link);
    });
    connect(refreshInterval, &QAction::triggered, this, [this] {
        auto *dialog = new RefreshIntervalDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &FeedReader::applyInterval);
        dialog->open();
    });
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_panel->setFeedActions({refreshFeed, markRead, separator, rename, moveToFolder, newFolder, unsubscribe},
                            refreshFeed);
    m_panel->setEntryActions({openInBrowser});
}

void FeedReader::updateActions()
{
    const bool open = m_refresher != nullptr;
    const QModelIndex current = m_panel->feedView()->currentIndex();
    const bool feed = m_panel->currentFeed() > 0;
    for (QAction *action : {subscribe, refreshAll, markAllRead, newFolder})
        action->setEnabled(open);
    for (QAction *action : {refreshFeed, markRead, rename, unsubscribe})
        action->setEnabled(open && current.isValid());
    moveToFolder->setEnabled(open && feed);
}

bool FeedReader::isRefreshing() const
{
    return m_refresher && m_refresher->isRunning();
}

void FeedReader::refresh(const QList<qint64> &feeds)
{
    if (!m_refresher)
        return;
    if (m_refresher->isRunning()) {
        if (feeds.isEmpty())
            m_queuedAll = true;
        for (qint64 id : feeds) {
            if (!m_queued.contains(id))
                m_queued.append(id);
        }
        return;
    }
    m_refresher->refresh(feeds);
}

void FeedReader::cancelRefresh()
{
    m_queued.clear();
    m_queuedAll = false;
    if (m_refresher)
        m_refresher->cancel();
}

void FeedReader::scheduleReload()
{
    if (!m_reload->isActive())
        m_reload->start();
}

void FeedReader::refreshFinished()
{
    m_status->finish();
    m_reload->stop();
    m_panel->reload();
    m_library->notifyChanged();
    if (m_queuedAll || !m_queued.isEmpty()) {
        const QList<qint64> next = m_queuedAll ? QList<qint64>() : m_queued;
        m_queued.clear();
        m_queuedAll = false;
        QTimer::singleShot(0, this, [this, next] { refresh(next); });
    }
}

void FeedReader::applyInterval()
{
    const int minutes = FeedSettings::refreshMinutes();
    if (minutes <= 0 || !m_refresher) {
        m_interval->stop();
        return;
    }
    m_interval->start(minutes * 60 * 1000);
}

QUrl FeedReader::droppedAddress(const QMimeData *data)
{
    const QList<QUrl> urls = data->urls();
    return !urls.isEmpty() && HttpFetcher::isAllowed(urls.constFirst()) ? urls.constFirst() : QUrl();
}

bool FeedReader::subscribeToDropped(const QMimeData *data)
{
    const QUrl address = droppedAddress(data);
    if (address.isValid())
        chooseSubscription(address.toString());
    return address.isValid();
}

void FeedReader::chooseSubscription(const QString &address)
{
    if (!m_refresher)
        return;
    if (m_subscribeDialog) {
        m_subscribeDialog->raise();
        return;
    }
    QList<QPair<qint64, QString>> folders;
    for (const Subscriptions::Folder &f : m_library->subscriptions()->folders())
        folders.append({f.id, f.name});
    auto *dialog = new SubscribeDialog(folders, m_panel->currentFolder(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAddress(address);
    connect(dialog, &SubscribeDialog::subscribeRequested, this,
            [this](const QUrl &url, qint64 folder) { m_refresher->subscribe(url, folder); });
    m_subscribeDialog = dialog;
    dialog->open();
}

void FeedReader::chooseAddress()
{
    bool ok = false;
    const QString text = QInputDialog::getText(m_window, tr("Open Address"), tr("Address of an article or a feed:"),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (ok && !text.isEmpty())
        openAddress(QUrl::fromUserInput(text));
}

void FeedReader::openAddress(const QUrl &address)
{
    if (!HttpFetcher::isAllowed(address)) {
        emit message(tr("Only http and https addresses can be opened."), 6000);
        return;
    }
    emit message(tr("Fetching %1…").arg(address.toDisplayString()), 0);
    m_address->load(address);
}

void FeedReader::showAddress(const QUrl &address, const ArticleLoader::Result &result)
{
    if (!result.ok()) {
        emit message(QString(), 0);
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Address"),
                                    tr("Saywho cannot open %1.").arg(address.toDisplayString()), QMessageBox::Ok,
                                    m_window);
        box->setObjectName(QStringLiteral("addressError"));
        box->setInformativeText(result.error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    if (result.format == ArticleLoader::Format::Feed) {
        emit message(QString(), 0);
        emit feedOpened(result.feed, address.toString());
        return;
    }
    // An article: its speakers are found off the GUI thread, then it is kept and shown like every
    // article of the library.
    auto *watcher = new QFutureWatcher<Extraction>(this);
    const Article article = result.article;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, article, address] {
        watcher->deleteLater();
        const qint64 id = m_library->keep(address.toString(), article, watcher->result());
        emit message(QString(), 0);
        if (id > 0)
            emit articleChosen(id);
        else
            emit message(tr("The article could not be kept in the library."), 6000);
    });
    watcher->setFuture(QtConcurrent::run([article] { return Extractor().extract(article); }));
}
