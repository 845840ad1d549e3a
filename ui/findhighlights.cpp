#include "findhighlights.h"

#include "articleview.h"
#include "findbar.h"
#include "highlightpalette.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

FindHighlights::FindHighlights(ArticleView *view, FindBar *findBar)
    : QWidget(view)
    , m_view(view)
    , m_findBar(findBar)
{
    setObjectName(QStringLiteral("findHighlights"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->installEventFilter(this);
    m_findBar->installEventFilter(this);
    connect(m_findBar, &FindBar::matchesChanged, this, &FindHighlights::follow);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(m_view->horizontalScrollBar(), &QScrollBar::valueChanged, this, qOverload<>(&QWidget::update));
    connect(m_view, &ArticleView::zoomChanged, this, qOverload<>(&QWidget::update));
    follow();
}

void FindHighlights::follow()
{
    setGeometry(m_view->viewport()->geometry());
    setVisible(m_findBar->isVisible() && !m_findBar->matches().isEmpty());
    raise();
    update();
}

bool FindHighlights::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Resize:
    case QEvent::LayoutRequest:
        if (watched == m_view->viewport())
            follow();
        break;
    case QEvent::Show:
    case QEvent::Hide:
        if (watched == m_findBar)
            follow();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

QList<QRect> FindHighlights::matchRects() const
{
    QList<QRect> rects;
    const QList<int> &matches = m_findBar->matches();
    const int length = m_findBar->matchLength();
    if (!m_findBar->isVisible() || matches.isEmpty() || length <= 0)
        return rects;
    const QRect area = m_view->viewport()->rect();
    const int first = m_view->cursorForPosition(area.topLeft()).position();
    const int last = m_view->cursorForPosition(area.bottomRight()).position();
    const int end = m_view->document()->characterCount() - 1;
    QTextCursor cursor(m_view->document());
    for (auto it = std::lower_bound(matches.cbegin(), matches.cend(), first - length);
         it != matches.cend() && *it <= last; ++it) {
        if (*it + length > end)
            break;
        cursor.setPosition(*it);
        const QRect from = m_view->cursorRect(cursor);
        cursor.setPosition(*it + length);
        const QRect to = m_view->cursorRect(cursor);
        if (from.top() == to.top()) {
            rects.append(QRect(QPoint(from.left(), from.top()), QPoint(to.left(), from.bottom())));
        } else {
            // A match across a line break: the end of one line and the start of the next.
            rects.append(QRect(QPoint(from.left(), from.top()), QPoint(area.right(), from.bottom())));
            rects.append(QRect(QPoint(area.left(), to.top()), QPoint(to.left(), to.bottom())));
        }
    }
    return rects;
}

void FindHighlights::paintEvent(QPaintEvent *)
{
    const QList<QRect> rects = matchRects();
    if (rects.isEmpty())
        return;
    QPainter painter(this);
    // Translucent, so the text and any quote highlight under a match stay readable.
    const bool dark = HighlightPalette::isDark(m_view->palette());
    QColor fill = dark ? QColor(0xff, 0xb0, 0x20) : QColor(0xff, 0xc1, 0x07);
    fill.setAlpha(dark ? 80 : 110);
    QColor edge = fill;
    edge.setAlpha(220);
    painter.setPen(QPen(edge, 1));
    painter.setBrush(fill);
    for (const QRect &r : rects)
        painter.drawRoundedRect(r.adjusted(-1, 0, 1, 0), 2, 2);
}
