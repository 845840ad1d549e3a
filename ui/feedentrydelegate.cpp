#include "feedentrydelegate.h"

#include "models/feedentrymodel.h"

#include <QApplication>
#include <QPainter>

namespace {

constexpr int Padding = 6;

} // namespace

QSize FeedEntryDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    return {metrics.averageCharWidth() * 30, metrics.height() * 2 + metrics.leading() + 2 * Padding};
}

void FeedEntryDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    const QString title = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor textColor = opt.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.68f);
    const QFontMetrics metrics(opt.font);
    const QRect rect = opt.rect.adjusted(Padding, Padding, -Padding, -Padding);

    painter->save();
    QFont titleFont = opt.font;
    titleFont.setBold(true);
    painter->setFont(titleFont);
    painter->setPen(textColor);
    const QRect titleRect(rect.left(), rect.top(), rect.width(), metrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetrics(titleFont).elidedText(title, Qt::ElideRight, titleRect.width()));
    painter->setFont(opt.font);
    painter->setPen(dimColor);
    const QRect secondRect(rect.left(), titleRect.bottom() + 1 + metrics.leading(), rect.width(), metrics.height());
    painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      metrics.elidedText(index.data(FeedEntryModel::SecondLineRole).toString(), Qt::ElideRight,
                                         secondRect.width()));
    painter->restore();
}
