#pragma once

#include "library/subscriptions.h"

#include <QAbstractItemModel>
#include <QIcon>
#include <QList>

// The subscriptions as a tree, as feed readers show them: folders (nested as the library keeps
// them) before feeds, each by name. A feed's unread count is its own; a folder's is the sum of
// everything inside it. Unread rows are bold; a feed whose last fetch failed says why (and when it
// last succeeded) in its tooltip and shows the failing icon. When a new list has the same shape
// the rows are updated in place, so views keep their expansion and selection across a refresh.
class SubscriptionModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, UnreadColumn, ColumnCount };
    enum class Kind { Folder, Feed };
    enum Roles {
        KindRole = Qt::UserRole + 1, // int(Kind)
        IdRole,                      // qint64: the folder's or the feed's id
        UnreadRole,                  // int
        ErrorRole,                   // QString: why the last fetch failed, empty when it went well
        LastSuccessRole,             // QString: ISO date-time of the last fetch that went well
        UrlRole,                     // QString: the feed's address
    };

    explicit SubscriptionModel(QObject *parent = nullptr);

    void setIcons(const QIcon &folder, const QIcon &feed, const QIcon &failing);
    void setSubscriptions(const QList<Subscriptions::Folder> &folders, const QList<Subscriptions::Feed> &feeds);

    QModelIndex indexOfFeed(qint64 id) const;
    QModelIndex indexOfFolder(qint64 id) const;
    const Subscriptions::Feed *feedAt(const QModelIndex &index) const;
    int totalUnread() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Kind kind = Kind::Feed;
        qint64 id = 0;
        int parent = -1;     // node number, -1 at the top
        int row = 0;         // under its parent
        QList<int> children; // node numbers
        Subscriptions::Folder folder;
        Subscriptions::Feed feed;
        int unread = 0;
    };

    static QList<Node> buildTree(const QList<Subscriptions::Folder> &folders, const QList<Subscriptions::Feed> &feeds,
                                 QList<int> *top);
    QModelIndex indexOfNode(int node, int column = 0) const;
    QString toolTip(const Node &node) const;

    QList<Node> m_nodes;
    QList<int> m_top;
    QIcon m_folderIcon;
    QIcon m_feedIcon;
    QIcon m_failingIcon;
};
