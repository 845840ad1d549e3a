#include "subscriptionspanel.h"

#include "library/libraryservice.h"
#include "models/subscriptionentrymodel.h"
#include "models/subscriptionmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

bool isFolder(const QModelIndex &row)
{
    return row.isValid() && row.data(SubscriptionModel::KindRole).toInt() == int(SubscriptionModel::Kind::Folder);
}

QIcon themeIcon(const QString &name, const QString &fallback)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(fallback)));
}

} // namespace

SubscriptionsPanel::SubscriptionsPanel(LibraryService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_feeds(new SubscriptionModel(this))
    , m_entries(new SubscriptionEntryModel(this))
    , m_feedView(new QTreeView(this))
    , m_entryView(new QTreeView(this))
{
    setObjectName(QStringLiteral("subscriptionsPanel"));
    m_feeds->setIcons(themeIcon(QStringLiteral("folder"), QStringLiteral("folder")),
                      QIcon(QStringLiteral(":/icons/feed.svg")),
                      themeIcon(QStringLiteral("dialog-warning"), QStringLiteral("feed-error")));

    m_feedView->setObjectName(QStringLiteral("subscriptionView"));
    m_feedView->setAccessibleName(tr("Subscriptions"));
    m_feedView->setModel(m_feeds);
    m_feedView->setUniformRowHeights(true);
    m_feedView->setAllColumnsShowFocus(true);
    m_feedView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_feedView->header()->setStretchLastSection(false);
    m_feedView->header()->setSectionResizeMode(SubscriptionModel::TitleColumn, QHeaderView::Stretch);
    m_feedView->header()->setSectionResizeMode(SubscriptionModel::UnreadColumn, QHeaderView::ResizeToContents);
    m_feedView->header()->hide();
    m_feedView->installEventFilter(this);

    m_entryView->setObjectName(QStringLiteral("subscriptionEntryView"));
    m_entryView->setAccessibleName(tr("Entries of the feed"));
    m_entryView->setModel(m_entries);
    m_entryView->setRootIsDecorated(false);
    m_entryView->setUniformRowHeights(true);
    m_entryView->setAllColumnsShowFocus(true);
    m_entryView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_entryView->header()->setStretchLastSection(false);
    m_entryView->header()->setSectionResizeMode(SubscriptionEntryModel::TitleColumn, QHeaderView::Stretch);
    m_entryView->header()->setSectionResizeMode(SubscriptionEntryModel::DateColumn, QHeaderView::ResizeToContents);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("subscriptionsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(m_feedView);
    split->addWidget(m_entryView);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    // The dock's title names the pane (with the unread count).
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(split, 1);

    connect(m_feedView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubscriptionsPanel::showEntriesOf);
    // As in feed readers, choosing an entry (click or arrow keys) opens it.
    connect(m_entryView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubscriptionsPanel::chooseEntry);
    connect(m_feedView, &QTreeView::collapsed, this,
            [this](const QModelIndex &row) { m_collapsed.insert(row.data(SubscriptionModel::IdRole).toLongLong()); });
    connect(m_feedView, &QTreeView::expanded, this,
            [this](const QModelIndex &row) { m_collapsed.remove(row.data(SubscriptionModel::IdRole).toLongLong()); });
    connect(m_feeds, &QAbstractItemModel::modelReset, this, [this] {
        const QSet<qint64> closed = m_collapsed; // expanding everything would forget them
        m_feedView->expandAll();
        for (qint64 folder : closed)
            m_feedView->collapse(m_feeds->indexOfFolder(folder));
        m_collapsed = closed;
    });
    reload();
}

void SubscriptionsPanel::reload()
{
    Subscriptions *subscriptions = m_service->subscriptions();
    const QModelIndex current = m_feedView->currentIndex();
    const int kind = current.isValid() ? current.data(SubscriptionModel::KindRole).toInt() : -1;
    const qint64 id = current.isValid() ? current.data(SubscriptionModel::IdRole).toLongLong() : 0;
    {
        const QSignalBlocker blocker(m_feedView->selectionModel());
        m_feeds->setSubscriptions(subscriptions ? subscriptions->folders() : QList<Subscriptions::Folder>(),
                                  subscriptions ? subscriptions->feeds() : QList<Subscriptions::Feed>());
        const QModelIndex again = kind == int(SubscriptionModel::Kind::Folder) ? m_feeds->indexOfFolder(id)
                                                                                : m_feeds->indexOfFeed(id);
        if (again.isValid() && again != m_feedView->currentIndex())
            m_feedView->setCurrentIndex(again);
    }
    showEntriesOf(m_feedView->currentIndex());
}

void SubscriptionsPanel::readCounts()
{
    const QSignalBlocker blocker(m_feedView->selectionModel());
    Subscriptions *subscriptions = m_service->subscriptions();
    if (subscriptions)
        m_feeds->setSubscriptions(subscriptions->folders(), subscriptions->feeds());
    emit unreadChanged(m_feeds->totalUnread());
}

void SubscriptionsPanel::showEntriesOf(const QModelIndex &row)
{
    const Subscriptions::Feed *feed = m_feeds->feedAt(row);
    Subscriptions *subscriptions = m_service->subscriptions();
    const qint64 feedId = feed ? feed->id : 0;
    const QModelIndex current = m_entryView->currentIndex();
    const qint64 entry = current.isValid() && feedId == m_shownFeed
                             ? current.data(SubscriptionEntryModel::EntryIdRole).toLongLong()
                             : 0;
    const QSignalBlocker blocker(m_entryView->selectionModel());
    m_entries->setEntries(feed && subscriptions ? subscriptions->entries(feedId) : QList<Subscriptions::Entry>());
    m_shownFeed = feedId;
    const QModelIndex again = m_entries->rowOfEntry(entry);
    if (again.isValid())
        m_entryView->setCurrentIndex(again);
    emit unreadChanged(m_feeds->totalUnread());
}

void SubscriptionsPanel::chooseEntry(const QModelIndex &row)
{
    if (!row.isValid())
        return;
    const qint64 entry = row.data(SubscriptionEntryModel::EntryIdRole).toLongLong();
    const qint64 article = row.data(SubscriptionEntryModel::ArticleIdRole).toLongLong();
    if (!row.data(SubscriptionEntryModel::ReadRole).toBool() && m_service->subscriptions()
        && m_service->subscriptions()->setRead(entry, true)) {
        m_entries->setRead(entry, true);
        readCounts();
    }
    emit entryChosen(entry, article);
}

qint64 SubscriptionsPanel::currentFeed() const
{
    const Subscriptions::Feed *feed = m_feeds->feedAt(m_feedView->currentIndex());
    return feed ? feed->id : 0;
}

qint64 SubscriptionsPanel::currentFolder() const
{
    const QModelIndex current = m_feedView->currentIndex();
    if (isFolder(current))
        return current.data(SubscriptionModel::IdRole).toLongLong();
    const Subscriptions::Feed *feed = m_feeds->feedAt(current);
    return feed ? feed->folder : 0;
}

void SubscriptionsPanel::selectFeed(qint64 feed)
{
    const QModelIndex row = m_feeds->indexOfFeed(feed);
    if (row.isValid()) {
        m_feedView->setCurrentIndex(row);
        m_feedView->scrollTo(row);
    }
}

QList<qint64> SubscriptionsPanel::chosenFeeds() const
{
    QList<qint64> feeds;
    QList<QModelIndex> pending{m_feedView->currentIndex()};
    while (!pending.isEmpty()) {
        const QModelIndex row = pending.takeLast();
        if (const Subscriptions::Feed *feed = m_feeds->feedAt(row)) {
            feeds.append(feed->id);
        } else if (isFolder(row)) {
            for (int r = 0; r < m_feeds->rowCount(row); ++r)
                pending.append(m_feeds->index(r, 0, row));
        }
    }
    return feeds;
}

QString SubscriptionsPanel::currentEntryLink() const
{
    return m_entryView->currentIndex().data(SubscriptionEntryModel::LinkRole).toString();
}

void SubscriptionsPanel::setFeedActions(const QList<QAction *> &actions, QAction *refresh)
{
    m_refresh = refresh;
    m_feedView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_feedView, &QWidget::customContextMenuRequested, this, [this, actions](const QPoint &pos) {
        const QModelIndex row = m_feedView->indexAt(pos);
        if (row.isValid())
            m_feedView->setCurrentIndex(row);
        QMenu menu(this);
        menu.addActions(actions);
        menu.exec(m_feedView->viewport()->mapToGlobal(pos));
    });
}

void SubscriptionsPanel::setEntryActions(const QList<QAction *> &actions)
{
    m_entryView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_entryView->addActions(actions);
}

bool SubscriptionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    // F5 on a feed refreshes that feed; everywhere else it reloads the open file. Taking the
    // shortcut override here keeps the window's F5 from firing while the feed list has focus.
    if (watched == m_feedView && m_refresh
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_F5 && key->modifiers() == Qt::NoModifier) {
            event->accept();
            if (event->type() == QEvent::KeyPress && m_refresh->isEnabled())
                m_refresh->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SubscriptionsPanel::markChosenRead()
{
    Subscriptions *subscriptions = m_service->subscriptions();
    const QModelIndex current = m_feedView->currentIndex();
    if (!subscriptions || !current.isValid())
        return;
    const qint64 id = current.data(SubscriptionModel::IdRole).toLongLong();
    if (isFolder(current) ? subscriptions->markFolderRead(id) : subscriptions->markAllRead(id)) {
        m_entries->setAllRead();
        readCounts();
    }
}

void SubscriptionsPanel::markAllRead()
{
    Subscriptions *subscriptions = m_service->subscriptions();
    if (!subscriptions)
        return;
    for (const Subscriptions::Feed &feed : subscriptions->feeds()) {
        if (feed.unread > 0)
            subscriptions->markAllRead(feed.id);
    }
    m_entries->setAllRead();
    readCounts();
}

void SubscriptionsPanel::renameChosen()
{
    Subscriptions *subscriptions = m_service->subscriptions();
    const QModelIndex current = m_feedView->currentIndex().siblingAtColumn(SubscriptionModel::TitleColumn);
    if (!subscriptions || !current.isValid())
        return;
    const bool folder = isFolder(current);
    bool ok = false;
    const QString name = QInputDialog::getText(this, folder ? tr("Rename Folder") : tr("Rename Feed"), tr("Name:"),
                                               QLineEdit::Normal, current.data().toString(), &ok)
                             .simplified();
    if (!ok || name.isEmpty())
        return;
    const qint64 id = current.data(SubscriptionModel::IdRole).toLongLong();
    if (folder ? subscriptions->renameFolder(id, name) : subscriptions->renameFeed(id, name))
        reload();
}

void SubscriptionsPanel::moveChosen()
{
    Subscriptions *subscriptions = m_service->subscriptions();
    const qint64 feed = currentFeed();
    if (!subscriptions || !feed)
        return;
    // The folders by name, with "no folder" first; a name not in the list makes a new folder.
    const QList<Subscriptions::Folder> folders = subscriptions->folders();
    const QString none = tr("(No folder)");
    QStringList names{none};
    int current = 0;
    for (const Subscriptions::Folder &f : folders) {
        names.append(f.name);
        if (f.id == currentFolder())
            current = int(names.size()) - 1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Move to Folder"),
                                                 tr("Folder (type a new name to make one):"), names, current, true, &ok)
                               .simplified();
    if (!ok || chosen.isEmpty())
        return;
    qint64 folder = 0;
    if (chosen != none) {
        for (const Subscriptions::Folder &f : folders) {
            if (f.name == chosen)
                folder = f.id;
        }
        if (!folder)
            folder = subscriptions->addFolder(chosen);
    }
    if (subscriptions->moveFeed(feed, folder)) {
        reload();
        selectFeed(feed);
    }
}

void SubscriptionsPanel::unsubscribeChosen()
{
    Subscriptions *subscriptions = m_service->subscriptions();
    const QModelIndex current = m_feedView->currentIndex().siblingAtColumn(SubscriptionModel::TitleColumn);
    if (!subscriptions || !current.isValid())
        return;
    const bool folder = isFolder(current);
    const QString question = folder ? tr("Delete the folder “%1”? Its feeds stay subscribed, out of any folder.")
                                    : tr("Unsubscribe from “%1”? The articles already read stay in the library.");
    if (QMessageBox::question(this, folder ? tr("Delete Folder") : tr("Unsubscribe"),
                              question.arg(current.data().toString()))
        != QMessageBox::Yes)
        return;
    const qint64 id = current.data(SubscriptionModel::IdRole).toLongLong();
    if (folder ? subscriptions->removeFolder(id) : subscriptions->removeFeed(id))
        reload();
}

void SubscriptionsPanel::newFolder()
{
    Subscriptions *subscriptions = m_service->subscriptions();
    if (!subscriptions)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"), tr("Name:"), QLineEdit::Normal, QString(), &ok)
                             .simplified();
    if (ok && !name.isEmpty() && subscriptions->addFolder(name) > 0)
        reload();
}
