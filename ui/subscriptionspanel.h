#pragma once

#include <QSet>
#include <QWidget>

class LibraryService;
class QAction;
class QTreeView;
class SubscriptionEntryModel;
class SubscriptionModel;

// The subscriptions as a reader sees them, like the feed list of RSS Guard or Akregator: folders
// and feeds with their unread counts above, the chosen feed's entries below. Choosing an entry
// marks it read and asks the window to open its article (entryChosen). The editing commands
// (rename, move to a folder, unsubscribe, mark read) work on the chosen row and write through the
// library's Subscriptions at once; each is one short statement.
class SubscriptionsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit SubscriptionsPanel(LibraryService *service, QWidget *parent = nullptr);

    QTreeView *feedView() const { return m_feedView; }
    QTreeView *entryView() const { return m_entryView; }
    SubscriptionModel *feedModel() const { return m_feeds; }
    SubscriptionEntryModel *entryModel() const { return m_entries; }

    // Reads the subscriptions again (after a refresh): counts and errors change in place, the
    // chosen feed and entry stay chosen.
    void reload();
    // The feed chosen, or 0; the folder chosen (or the feed's folder), or 0.
    qint64 currentFeed() const;
    qint64 currentFolder() const;
    void selectFeed(qint64 feed);
    // The feeds of the chosen row: the feed, or every feed in the chosen folder.
    QList<qint64> chosenFeeds() const;
    QString currentEntryLink() const;

    // Actions for the context menus; refresh is triggered by F5 in the panel too.
    void setFeedActions(const QList<QAction *> &actions, QAction *refresh);
    void setEntryActions(const QList<QAction *> &actions);

    // The editing commands, on the chosen row.
    void markChosenRead();
    void markAllRead();
    void renameChosen();
    void moveChosen();
    void unsubscribeChosen();
    void newFolder();

signals:
    // An entry was chosen; article is the library article it became.
    void entryChosen(qint64 entry, qint64 article);
    // The unread counts changed (something was read or marked read).
    void unreadChanged(int unread);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showEntriesOf(const QModelIndex &row);
    void chooseEntry(const QModelIndex &row);
    void readCounts();

    LibraryService *m_service;
    SubscriptionModel *m_feeds;
    SubscriptionEntryModel *m_entries;
    QTreeView *m_feedView;
    QTreeView *m_entryView;
    QAction *m_refresh = nullptr;
    QSet<qint64> m_collapsed; // folders the reader closed, kept closed across a reload
    qint64 m_shownFeed = 0;
};
