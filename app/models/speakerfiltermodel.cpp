#include "speakerfiltermodel.h"

#include "speakermodel.h"

#include <algorithm>

SpeakerFilterModel::SpeakerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

void SpeakerFilterModel::setFilterText(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified == m_filterText)
        return;
    m_filterText = simplified;
    invalidateRowsFilter();
}

void SpeakerFilterModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    invalidate();
    sort(0, Qt::AscendingOrder);
}

bool SpeakerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || m_filterText.isEmpty())
        return true;
    const QModelIndex row = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = row.data(SpeakerModel::SearchTextRole).toString();
    // Every word of the filter must occur, so "lop min" finds "Maria Lopez, Foreign Minister".
    const QStringList words = m_filterText.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) {
        return haystack.contains(word, Qt::CaseInsensitive);
    });
}

bool SpeakerFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int leftAppearance = left.data(SpeakerModel::AppearanceRole).toInt();
    const int rightAppearance = right.data(SpeakerModel::AppearanceRole).toInt();
    if (left.parent().isValid())
        return leftAppearance < rightAppearance; // quotes stay in text order

    const auto unattributed = int(SpeakerModel::RowType::Unattributed);
    const bool leftLast = left.data(SpeakerModel::RowTypeRole).toInt() == unattributed;
    const bool rightLast = right.data(SpeakerModel::RowTypeRole).toInt() == unattributed;
    if (leftLast != rightLast)
        return rightLast;
    // The sources the article only describes come after those it names, in the same order.
    const bool leftDescribed = left.data(SpeakerModel::DescribedRole).toBool();
    const bool rightDescribed = right.data(SpeakerModel::DescribedRole).toBool();
    if (leftDescribed != rightDescribed)
        return rightDescribed;

    switch (m_order) {
    case Order::Name: {
        const int c = m_collator.compare(left.data(SpeakerModel::SpeakerNameRole).toString(),
                                         right.data(SpeakerModel::SpeakerNameRole).toString());
        if (c != 0)
            return c < 0;
        break;
    }
    case Order::QuoteCount: {
        const int l = left.data(SpeakerModel::QuoteCountRole).toInt();
        const int r = right.data(SpeakerModel::QuoteCountRole).toInt();
        if (l != r)
            return l > r; // most quoted first
        break;
    }
    case Order::Appearance:
        break;
    }
    return leftAppearance < rightAppearance;
}
