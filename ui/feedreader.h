#pragma once

#include "article/feed.h"
#include "load/articleloader.h"

#include <QList>
#include <QMimeData>
#include <QObject>
#include <QPointer>
#include <QUrl>

class AddressLoader;
class FeedRefresher;
class LibraryService;
class QAction;
class QDockWidget;
class QMainWindow;
class QTimer;
class RefreshStatus;
class SubscribeDialog;
class SubscriptionsPanel;

// The window's feed reading: the Subscriptions pane (a dock), its actions (Subscribe, Open
// Address, Refresh, Refresh All, mark read, folders), refreshing on demand and on the interval of
// FeedSettings with its progress and Cancel in the status bar, and Open Address. Fetching and
// extracting happen off the GUI thread (FeedRefresher, AddressLoader); what the reader chooses to
// read is handed to the window through articleChosen and feedOpened.
class FeedReader : public QObject
{
    Q_OBJECT

public:
    FeedReader(LibraryService *library, QMainWindow *window);
    ~FeedReader() override;

    QDockWidget *dock() const { return m_dock; }
    SubscriptionsPanel *panel() const { return m_panel; }
    RefreshStatus *status() const { return m_status; }
    FeedRefresher *refresher() const { return m_refresher; }

    // Refreshes these feeds (every one when empty); asked while a refresh runs, it follows it.
    void refresh(const QList<qint64> &feeds = {});
    bool isRefreshing() const;
    void cancelRefresh();
    // The Subscribe dialog, with this address filled in (an address dropped or pasted).
    void chooseSubscription(const QString &address = {});
    // A web address dropped on the window is one to subscribe to (the dialog finds a page's feed):
    // the address, if the data holds one that may be fetched, and subscribing to it.
    static QUrl droppedAddress(const QMimeData *data);
    bool subscribeToDropped(const QMimeData *data);
    void openAddress(const QUrl &address);
    // Restarts the refresh timer from FeedSettings.
    void applyInterval();

    QAction *subscribe = nullptr;
    QAction *openAddressAction = nullptr;
    QAction *refreshFeed = nullptr;
    QAction *refreshAll = nullptr;
    QAction *markRead = nullptr;
    QAction *markAllRead = nullptr;
    QAction *newFolder = nullptr;
    QAction *rename = nullptr;
    QAction *moveToFolder = nullptr;
    QAction *unsubscribe = nullptr;
    QAction *openInBrowser = nullptr;
    QAction *refreshInterval = nullptr;
    QAction *showSubscriptions = nullptr; // the dock's own toggle

signals:
    // A library article to show (an entry chosen, an address opened).
    void articleChosen(qint64 article);
    // Open Address gave a feed: its entries, read like a feed file.
    void feedOpened(const Feed &feed, const QString &address);
    void message(const QString &text, int timeout);

private:
    void createActions(QMainWindow *window);
    void chooseAddress();
    void updateActions();
    void scheduleReload();
    void refreshFinished();
    void showAddress(const QUrl &address, const ArticleLoader::Result &result);

    LibraryService *m_library;
    QMainWindow *m_window;
    QDockWidget *m_dock;
    SubscriptionsPanel *m_panel;
    RefreshStatus *m_status;
    FeedRefresher *m_refresher = nullptr;
    AddressLoader *m_address;
    QTimer *m_interval;
    QTimer *m_reload;
    QPointer<SubscribeDialog> m_subscribeDialog;
    QList<qint64> m_queued;
    bool m_queuedAll = false;
};
