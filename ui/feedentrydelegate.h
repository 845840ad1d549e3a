#pragma once

#include "twolinedelegate.h"

// Draws a feed entry as two lines: the title, and the date and author in a quieter colour.
class FeedEntryDelegate : public TwoLineDelegate
{
    Q_OBJECT

public:
    using TwoLineDelegate::TwoLineDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
