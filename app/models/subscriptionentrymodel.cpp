#include "subscriptionentrymodel.h"

#include "localdate.h"

#include <QFont>

#include <algorithm>

SubscriptionEntryModel::SubscriptionEntryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SubscriptionEntryModel::setEntries(const QList<Subscriptions::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QModelIndex SubscriptionEntryModel::rowOfEntry(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

void SubscriptionEntryModel::setRead(qint64 entry, bool read)
{
    const QModelIndex row = rowOfEntry(entry);
    if (!row.isValid() || m_entries.at(row.row()).read == read)
        return;
    m_entries[row.row()].read = read;
    emit dataChanged(row, index(row.row(), ColumnCount - 1));
}

void SubscriptionEntryModel::setAllRead()
{
    for (Subscriptions::Entry &e : m_entries)
        e.read = true;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

int SubscriptionEntryModel::unreadCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Subscriptions::Entry &e) { return !e.read; }));
}

int SubscriptionEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SubscriptionEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubscriptionEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Subscriptions::Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return e.title.isEmpty() ? (e.link.isEmpty() ? tr("(untitled)") : e.link) : e.title.simplified();
        return LocalDate::shortDate(e.published.isEmpty() ? e.added : e.published);
    case Qt::AccessibleTextRole:
        if (index.column() == TitleColumn)
            return e.read ? e.title : tr("%1, unread").arg(e.title);
        break;
    case Qt::FontRole:
        if (!e.read) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        return e.link;
    case EntryIdRole:
        return e.id;
    case ArticleIdRole:
        return e.article;
    case ReadRole:
        return e.read;
    case LinkRole:
        return e.link;
    }
    return {};
}

QVariant SubscriptionEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Title") : tr("Date");
}
