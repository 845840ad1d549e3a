#include "speakertreeview.h"

#include <QItemSelectionModel>
#include <QMouseEvent>

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
        selectionModel()->clearSelection();
        event->accept();
        return;
    }
    QTreeView::mousePressEvent(event);
}
