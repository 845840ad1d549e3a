#include "libraryfiltermodel.h"

#include "librarymodel.h"

LibraryFilterModel::LibraryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LibraryModel::SortRole);
    setDynamicSortFilter(true);
}

void LibraryFilterModel::setFilterText(const QString &text)
{
    m_words = text.toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

void LibraryFilterModel::setSourcePrefix(const QString &prefix)
{
    m_sourcePrefix = prefix;
    invalidateFilter();
}

void LibraryFilterModel::setDateRange(const QString &from, const QString &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_sourcePrefix.isEmpty()
        && !index.data(LibraryModel::SourceRole).toString().startsWith(m_sourcePrefix, Qt::CaseInsensitive))
        return false;
    const QString date = index.data(LibraryModel::DateRole).toString().left(10);
    if (!m_from.isEmpty() && date < m_from)
        return false;
    if (!m_to.isEmpty() && date > m_to)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(LibraryModel::SearchTextRole).toString().toCaseFolded();
    for (const QString &w : m_words) {
        if (!text.contains(w))
            return false;
    }
    return true;
}
