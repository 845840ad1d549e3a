#include "feedentrydelegate.h"

#include "models/feedentrymodel.h"

#include <QPainter>

QSize FeedEntryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 30, twoLineHeight(metrics) + 2 * Padding};
}

void FeedEntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QString title;
    const QStyleOptionViewItem opt = drawBackground(painter, option, index, &title);
    const QRect rect = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    painter->save();
    drawTwoLines(painter, opt, rect, rect.width(), title, titleFont,
                 index.data(FeedEntryModel::SecondLineRole).toString(), colors(opt));
    painter->restore();
}
