#include "speakertreeview.h"

#include "highlightpalette.h"
#include "models/speakermodel.h"
#include "speakerdelegate.h"

#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QPainter>

SpeakerTreeView::SpeakerTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("speakerView"));
    setAccessibleName(tr("Speakers and their quotes"));
    setHeaderHidden(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setUniformRowHeights(false);
    setMouseTracking(true);
    setAllColumnsShowFocus(true);
    setFrameShape(QFrame::NoFrame);
}

void SpeakerTreeView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex index = indexAt(event->position().toPoint());
    // The heading over the described sources is no part of the row under it.
    if (index.isValid() && event->position().y() < visualRect(index).top() + headingHeight(index)) {
        event->accept();
        return;
    }
    // A click on the expand arrow (left of the row's rect) keeps its usual meaning.
    const bool onRow = index.isValid() && event->position().x() >= visualRect(index).left();
    if (onRow && event->button() == Qt::LeftButton && event->modifiers() == Qt::NoModifier
        && selectionModel() && selectionModel()->isSelected(index)) {
        if (index.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Quote)) {
            setFocus(Qt::MouseFocusReason);
            emit selectedQuoteClicked(index);
        } else {
            selectionModel()->clearSelection();
        }
        event->accept();
        return;
    }
    QTreeView::mousePressEvent(event);
}

void SpeakerTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!hasFocus())
        return;
    QPainter painter(viewport());
    painter.setPen(QPen(HighlightPalette::focusColor(palette()), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(viewport()->rect()).adjusted(1, 1, -1, -1));
}

void SpeakerTreeView::focusInEvent(QFocusEvent *event)
{
    QTreeView::focusInEvent(event);
    viewport()->update();
}

void SpeakerTreeView::focusOutEvent(QFocusEvent *event)
{
    QTreeView::focusOutEvent(event);
    viewport()->update();
}

void SpeakerTreeView::scrollContentsBy(int dx, int dy)
{
    QTreeView::scrollContentsBy(dx, dy);
    // Scrolling moves the pixels of the frame with the rows; it is drawn anew where it belongs.
    if (hasFocus())
        viewport()->update();
}

int SpeakerTreeView::headingHeight(const QModelIndex &index) const
{
    return SpeakerDelegate::headingHeight(fontMetrics(), index.siblingAtColumn(0));
}

void SpeakerTreeView::drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int heading = headingHeight(index);
    if (heading == 0) {
        QTreeView::drawRow(painter, option, index);
        return;
    }
    // The heading in the top of the row, across the whole width and in the dimmed text colour, with
    // a rule under it; the row proper below it, as any other.
    const QRect area(option.rect.left(), option.rect.top(), viewport()->width(), heading);
    painter->save();
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    painter->setFont(font);
    QColor dim = option.palette.color(QPalette::Text);
    dim.setAlphaF(0.68f);
    painter->setPen(dim);
    const QRect textRect = area.adjusted(8, 0, -8, -3);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignBottom | Qt::TextSingleLine,
                      QFontMetrics(font).elidedText(SpeakerDelegate::heading(), Qt::ElideRight, textRect.width()));
    dim.setAlphaF(0.25f);
    painter->setPen(QPen(dim, 1));
    painter->drawLine(area.left() + 8, area.bottom(), area.right() - 8, area.bottom());
    painter->restore();
    QStyleOptionViewItem below = option;
    below.rect.setTop(option.rect.top() + heading);
    QTreeView::drawRow(painter, below, index);
}
