#include "subscriptionmodel.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QHash>
#include <QUrl>

#include <algorithm>
#include <numeric>

namespace {

QString feedTitle(const Subscriptions::Feed &feed)
{
    return feed.title.isEmpty() ? QUrl(feed.url).toDisplayString() : feed.title;
}

} // namespace

SubscriptionModel::SubscriptionModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SubscriptionModel::setIcons(const QIcon &folder, const QIcon &feed, const QIcon &failing)
{
    m_folderIcon = folder;
    m_feedIcon = feed;
    m_failingIcon = failing;
}

QList<SubscriptionModel::Node> SubscriptionModel::buildTree(const QList<Subscriptions::Folder> &folders,
                                                            const QList<Subscriptions::Feed> &feeds, QList<int> *top)
{
    QList<Node> nodes;
    QHash<qint64, int> folderNode;
    for (const Subscriptions::Folder &f : folders) {
        Node node;
        node.kind = Kind::Folder;
        node.id = f.id;
        node.folder = f;
        folderNode.insert(f.id, int(nodes.size()));
        nodes.append(node);
    }
    // A folder whose parent is missing, or that would sit inside itself, goes to the top.
    for (int i = 0; i < nodes.size(); ++i) {
        int parent = folderNode.value(nodes.at(i).folder.parent, -1);
        for (int up = parent, steps = 0; up >= 0; up = folderNode.value(nodes.at(up).folder.parent, -1), ++steps) {
            if (up == i || steps > nodes.size()) {
                parent = -1;
                break;
            }
        }
        nodes[i].parent = parent;
    }
    for (const Subscriptions::Feed &f : feeds) {
        Node node;
        node.kind = Kind::Feed;
        node.id = f.id;
        node.feed = f;
        node.unread = f.unread;
        node.parent = folderNode.value(f.folder, -1);
        nodes.append(node);
    }
    // Folders before feeds, each by name, as the reader reads them.
    QList<int> order(nodes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&nodes](int a, int b) {
        const Node &x = nodes.at(a);
        const Node &y = nodes.at(b);
        if (x.kind != y.kind)
            return x.kind == Kind::Folder;
        const QString nx = x.kind == Kind::Folder ? x.folder.name : feedTitle(x.feed);
        const QString ny = y.kind == Kind::Folder ? y.folder.name : feedTitle(y.feed);
        return nx.compare(ny, Qt::CaseInsensitive) < 0;
    });
    top->clear();
    for (int n : std::as_const(order)) {
        QList<int> &siblings = nodes.at(n).parent < 0 ? *top : nodes[nodes.at(n).parent].children;
        nodes[n].row = int(siblings.size());
        siblings.append(n);
    }
    // A folder's count is everything under it: add each feed's to every folder above it.
    for (const Node &node : std::as_const(nodes)) {
        if (node.kind != Kind::Feed)
            continue;
        for (int up = node.parent; up >= 0; up = nodes.at(up).parent)
            nodes[up].unread += node.unread;
    }
    return nodes;
}

void SubscriptionModel::setSubscriptions(const QList<Subscriptions::Folder> &folders,
                                         const QList<Subscriptions::Feed> &feeds)
{
    QList<int> top;
    QList<Node> nodes = buildTree(folders, feeds, &top);
    const auto sameShape = [&] {
        if (nodes.size() != m_nodes.size() || top != m_top)
            return false;
        for (int i = 0; i < nodes.size(); ++i) {
            const Node &a = nodes.at(i);
            const Node &b = m_nodes.at(i);
            if (a.kind != b.kind || a.id != b.id || a.parent != b.parent || a.children != b.children)
                return false;
        }
        return true;
    };
    if (!sameShape()) {
        beginResetModel();
        m_nodes = std::move(nodes);
        m_top = std::move(top);
        endResetModel();
        return;
    }
    m_nodes = std::move(nodes);
    for (int i = 0; i < m_nodes.size(); ++i)
        emit dataChanged(indexOfNode(i, 0), indexOfNode(i, ColumnCount - 1));
}

QModelIndex SubscriptionModel::indexOfNode(int node, int column) const
{
    if (node < 0 || node >= m_nodes.size())
        return {};
    return createIndex(m_nodes.at(node).row, column, quintptr(node + 1));
}

QModelIndex SubscriptionModel::indexOfFeed(qint64 id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).kind == Kind::Feed && m_nodes.at(i).id == id)
            return indexOfNode(i);
    }
    return {};
}

QModelIndex SubscriptionModel::indexOfFolder(qint64 id) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).kind == Kind::Folder && m_nodes.at(i).id == id)
            return indexOfNode(i);
    }
    return {};
}

const Subscriptions::Feed *SubscriptionModel::feedAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return nullptr;
    const Node &node = m_nodes.at(int(index.internalId()) - 1);
    return node.kind == Kind::Feed ? &node.feed : nullptr;
}

int SubscriptionModel::totalUnread() const
{
    int unread = 0;
    for (int n : m_top)
        unread += m_nodes.at(n).unread;
    return unread;
}

QModelIndex SubscriptionModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &siblings = parent.isValid() ? m_nodes.at(int(parent.internalId()) - 1).children : m_top;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= siblings.size())
        return {};
    return indexOfNode(siblings.at(row), column);
}

QModelIndex SubscriptionModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(m_nodes.at(int(child.internalId()) - 1).parent);
}

int SubscriptionModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId()) - 1).children.size());
}

int SubscriptionModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SubscriptionModel::toolTip(const Node &node) const
{
    if (node.kind == Kind::Folder)
        return tr("%n unread", nullptr, node.unread);
    const Subscriptions::Feed &f = node.feed;
    QStringList lines{QUrl(f.url).toDisplayString()};
    // The time matters here, not only the day: feeds are fetched many times a day.
    const QDateTime success = QDateTime::fromString(f.lastSuccess, Qt::ISODate);
    lines.append(!success.isValid() ? tr("Never fetched successfully")
                                    : tr("Last fetched successfully: %1")
                                          .arg(QLocale().toString(success.toLocalTime(), QLocale::ShortFormat)));
    if (!f.error.isEmpty())
        lines.append(tr("Last fetch failed: %1").arg(f.error));
    if (f.gone)
        lines.append(tr("The feed is gone; it is no longer fetched."));
    return lines.join(u'\n');
}

QVariant SubscriptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()) - 1);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == TitleColumn)
            return node.kind == Kind::Folder ? node.folder.name : feedTitle(node.feed);
        return node.unread > 0 ? QVariant(node.unread) : QVariant();
    case Qt::AccessibleTextRole:
        if (index.column() == TitleColumn)
            return tr("%1, %n unread", nullptr, node.unread)
                .arg(node.kind == Kind::Folder ? node.folder.name : feedTitle(node.feed));
        break;
    case Qt::FontRole:
        if (node.unread > 0) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() != TitleColumn)
            break;
        if (node.kind == Kind::Folder)
            return m_folderIcon;
        return node.feed.error.isEmpty() ? m_feedIcon : m_failingIcon;
    case Qt::ToolTipRole:
        return toolTip(node);
    case Qt::TextAlignmentRole:
        if (index.column() == UnreadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KindRole:
        return int(node.kind);
    case IdRole:
        return node.id;
    case UnreadRole:
        return node.unread;
    case ErrorRole:
        return node.kind == Kind::Feed ? node.feed.error : QString();
    case LastSuccessRole:
        return node.kind == Kind::Feed ? node.feed.lastSuccess : QString();
    case UrlRole:
        return node.kind == Kind::Feed ? node.feed.url : QString();
    }
    return {};
}

QVariant SubscriptionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == TitleColumn ? tr("Feed") : tr("Unread");
}
