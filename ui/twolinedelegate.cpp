#include "twolinedelegate.h"

#include <QApplication>
#include <QPainter>

QStyleOptionViewItem TwoLineDelegate::drawBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                                     const QModelIndex &index, QString *text) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    *text = opt.text;
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    return opt;
}

TwoLineDelegate::Colors TwoLineDelegate::colors(const QStyleOptionViewItem &option)
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (option.state & QStyle::State_Enabled)
                                           ? ((option.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
                                           : QPalette::Disabled;
    Colors colors;
    colors.text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    colors.dim = colors.text;
    colors.dim.setAlphaF(0.68f);
    return colors;
}

int TwoLineDelegate::firstLineTop(const QRect &area, const QFontMetrics &metrics)
{
    return area.top() + (area.height() - twoLineHeight(metrics)) / 2;
}

void TwoLineDelegate::drawTwoLines(QPainter *painter, const QStyleOptionViewItem &option, const QRect &area,
                                   int firstWidth, const QString &first, const QFont &firstFont, const QString &second,
                                   const Colors &colors)
{
    const QFontMetrics metrics(option.font);
    const int top = firstLineTop(area, metrics);
    painter->setFont(firstFont);
    painter->setPen(colors.text);
    const QRect firstRect(area.left(), top, firstWidth, metrics.height());
    painter->drawText(firstRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      QFontMetrics(firstFont).elidedText(first, Qt::ElideRight, firstRect.width()));
    painter->setFont(option.font);
    painter->setPen(colors.dim);
    const QRect secondRect(area.left(), top + metrics.height() + metrics.leading(), area.width(), metrics.height());
    painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                      metrics.elidedText(second, Qt::ElideRight, secondRect.width()));
}
