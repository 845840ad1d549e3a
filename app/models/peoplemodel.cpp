#include "peoplemodel.h"

#include "localdate.h"

#include <QDateTime>
#include <QLocale>

PeopleModel::PeopleModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PeopleModel::setPeople(const QList<Library::Person> &people)
{
    beginResetModel();
    m_people = people;
    endResetModel();
}

QModelIndex PeopleModel::rowOfPerson(qint64 id) const
{
    for (int row = 0; row < m_people.size(); ++row) {
        if (m_people.at(row).id == id)
            return index(row, 0);
    }
    return {};
}

int PeopleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Library::Person &p = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p.name;
        case QuotesColumn:
            return p.quotes;
        case ArticlesColumn:
            return p.articles;
        case LatestColumn:
            return LocalDate::shortDate(p.last);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = p.name;
        if (!p.roles.isEmpty())
            tip += u'\n' + p.roles.join(QStringLiteral("; "));
        tip += u'\n' + tr("Quoted from %1 to %2").arg(LocalDate::shortDate(p.first), LocalDate::shortDate(p.last));
        return tip;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == QuotesColumn || index.column() == ArticlesColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case PersonIdRole:
        return p.id;
    case KindRole:
        return int(p.kind);
    case RolesRole:
        return p.roles;
    case FirstRole:
        return p.first;
    case LastRole:
        return p.last;
    case SearchTextRole:
        return QString(p.name + u'\n' + p.roles.join(u'\n'));
    case SecondLineRole: {
        QStringList parts;
        if (!p.roles.isEmpty())
            parts << p.roles.front();
        parts << tr("%n article(s)", nullptr, p.articles) << tr("%n quote(s)", nullptr, p.quotes);
        return parts.join(QStringLiteral(" \u00B7 "));
    }
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return p.name.toCaseFolded();
        case QuotesColumn:
            return p.quotes;
        case ArticlesColumn:
            return p.articles;
        case LatestColumn:
            return p.last;
        }
        break;
    }
    return {};
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case QuotesColumn:
        return tr("Quotes");
    case ArticlesColumn:
        return tr("Articles");
    case LatestColumn:
        return tr("Latest");
    }
    return {};
}
