#include "feedentrymodel.h"

#include "localdate.h"

FeedEntryModel::FeedEntryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void FeedEntryModel::setFeed(const Feed &feed)
{
    beginResetModel();
    m_feed = feed;
    endResetModel();
}

int FeedEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_feed.entries.size());
}

QString FeedEntryModel::title(const FeedEntry &entry)
{
    const QString title = entry.title.simplified();
    return title.isEmpty() ? tr("Untitled entry") : title;
}

QVariant FeedEntryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FeedEntry &e = m_feed.entries.at(index.row());
    const QString title = FeedEntryModel::title(e);
    QStringList details;
    if (!e.date.isEmpty())
        details.append(LocalDate::shortDate(e.date)); // as the reader's locale writes dates
    if (!e.author.isEmpty())
        details.append(e.author);
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case Qt::ToolTipRole:
        return details.isEmpty() ? title : title + u'\n' + details.join(QStringLiteral(" · "));
    case Qt::AccessibleTextRole:
        return details.isEmpty() ? title : tr("%1, %2").arg(title, details.join(QStringLiteral(", ")));
    case DateRole:
        return e.date;
    case AuthorRole:
        return e.author;
    case LinkRole:
        return e.link;
    case SecondLineRole:
        return details.join(QStringLiteral(" · "));
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedEntryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DateRole, "date");
    names.insert(AuthorRole, "author");
    names.insert(LinkRole, "link");
    names.insert(SecondLineRole, "secondLine");
    return names;
}
