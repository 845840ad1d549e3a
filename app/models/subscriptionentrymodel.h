#pragma once

#include "library/subscriptions.h"

#include <QAbstractTableModel>
#include <QList>

// The entries of the feed chosen in the subscriptions, newest first as Subscriptions gives them:
// title and date, unread ones bold. Marking an entry read changes its row in place.
class SubscriptionEntryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, DateColumn, ColumnCount };
    enum Roles {
        EntryIdRole = Qt::UserRole + 1, // qint64
        ArticleIdRole,                  // qint64: the library article the entry became, 0 when none
        ReadRole,                       // bool
        LinkRole,                       // QString: the entry's own address
    };

    explicit SubscriptionEntryModel(QObject *parent = nullptr);

    void setEntries(const QList<Subscriptions::Entry> &entries);
    const QList<Subscriptions::Entry> &entries() const { return m_entries; }
    QModelIndex rowOfEntry(qint64 id) const;
    // Only the rows change: the library is written by the caller.
    void setRead(qint64 entry, bool read);
    void setAllRead();
    int unreadCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Subscriptions::Entry> m_entries;
};
