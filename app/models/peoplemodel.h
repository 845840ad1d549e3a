#pragma once

#include "library/library.h"

#include <QAbstractTableModel>
#include <QList>

// The People view's model: every speaker across the library, one row per person (namesakes with
// clearly different roles are two rows), with quotes, articles, the roles seen and the date of the
// latest quote. Sort and filter through a QSortFilterProxyModel on SortRole and SearchTextRole.
class PeopleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, QuotesColumn, ArticlesColumn, LatestColumn, ColumnCount };
    enum Roles {
        PersonIdRole = Qt::UserRole + 1, // qint64
        KindRole,                        // Speaker::Kind as int
        RolesRole,                       // QStringList
        FirstRole,                       // ISO date of the first article quoting them
        LastRole,                        // ISO date of the latest
        SortRole,
        SearchTextRole,                  // name and roles
        SecondLineRole,                  // "Mayor · 3 articles · 12 quotes"
    };

    explicit PeopleModel(QObject *parent = nullptr);

    void setPeople(const QList<Library::Person> &people);
    const QList<Library::Person> &people() const { return m_people; }
    QModelIndex rowOfPerson(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Library::Person> m_people;
};
