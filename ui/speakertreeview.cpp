#include "speakertreeview.h"

#include "highlightpalette.h"
#include "models/speakermodel.h"

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
