#pragma once

#include <QSortFilterProxyModel>

// Filters and sorts the Library pane without touching LibraryModel: by text (title, byline or
// source contain every word typed), by source (a folder or site the source starts with) and by a
// date range. Sorting follows LibraryModel::SortRole, newest first until the reader picks a column.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LibraryFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    void setSourcePrefix(const QString &prefix);
    // ISO dates, inclusive; an empty one leaves that end open.
    void setDateRange(const QString &from, const QString &to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_sourcePrefix;
    QString m_from;
    QString m_to;
};
