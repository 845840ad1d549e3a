#include "lazydocumentlayout.h"

#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QTimerEvent>

#include <algorithm>
#include <cmath>

namespace {

qreal lineFactor(const QTextBlockFormat &format)
{
    return format.lineHeightType() == QTextBlockFormat::ProportionalHeight ? format.lineHeight() / 100.0 : 1.0;
}

} // namespace

LazyDocumentLayout::LazyDocumentLayout(QTextDocument *document)
    : QAbstractTextDocumentLayout(document)
    , m_document(document)
{
    invalidateAll();
}

// --- Geometry ------------------------------------------------------------------------------------

qreal LazyDocumentLayout::frameLeft() const
{
    const QTextFrameFormat f = m_document->rootFrame()->frameFormat();
    return f.leftMargin() + f.border() + f.padding();
}

qreal LazyDocumentLayout::frameTop() const
{
    const QTextFrameFormat f = m_document->rootFrame()->frameFormat();
    return f.topMargin() + f.border() + f.padding();
}

qreal LazyDocumentLayout::frameBottom() const
{
    const QTextFrameFormat f = m_document->rootFrame()->frameFormat();
    return f.bottomMargin() + f.border() + f.padding();
}

qreal LazyDocumentLayout::textWidth() const
{
    const QTextFrameFormat f = m_document->rootFrame()->frameFormat();
    const qreal page = m_document->pageSize().width() > 0 ? m_document->pageSize().width() : 800;
    return std::max<qreal>(1, page - frameLeft() - f.rightMargin() - f.border() - f.padding());
}

LazyDocumentLayout::Geometry LazyDocumentLayout::geometry(const QTextBlock &block) const
{
    const QTextBlockFormat format = block.blockFormat();
    qreal indent = format.leftMargin() + format.indent() * m_document->indentWidth();
    if (const QTextList *list = block.textList())
        indent += list->format().indent() * m_document->indentWidth();
    Geometry g;
    g.left = frameLeft() + indent;
    g.width = std::max<qreal>(1, textWidth() - indent - format.rightMargin());
    g.topMargin = format.topMargin();
    g.bottomMargin = format.bottomMargin();
    return g;
}

LazyDocumentLayout::BlockFacts LazyDocumentLayout::facts(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    BlockFacts f;
    f.length = block.length();
    f.margins = format.topMargin() + format.bottomMargin();
    f.sideMargins = format.leftMargin() + format.rightMargin();
    f.lineFactor = lineFactor(format);
    return f;
}

qreal LazyDocumentLayout::estimate(const BlockFacts &f, qreal textWidth) const
{
    const qreal width = std::max<qreal>(1, textWidth - f.sideMargins);
    const qreal lines = std::max<qreal>(1, std::ceil(f.length * m_averageCharWidth / width));
    return f.margins + lines * m_lineHeight * f.lineFactor;
}

// --- Heights: a Fenwick tree over the blocks, for tops and hit tests in logarithmic time ----------

void LazyDocumentLayout::invalidateAll()
{
    // What a block is made of is read from the document only when the blocks themselves changed:
    // reading every block's format takes tens of milliseconds in a long article, and a new font
    // or width leaves them as they are. Laying a block out reads its format again anyway.
    const int count = m_document->blockCount();
    if (m_facts.size() != count) {
        m_facts.resize(count);
        int i = 0;
        for (QTextBlock block = m_document->begin(); block.isValid() && i < count; block = block.next(), ++i)
            m_facts[i] = facts(block);
    }
    m_stale = true;
    m_backgroundTimer.start(0, this);
}

void LazyDocumentLayout::ensureEstimated() const
{
    if (!m_stale)
        return;
    m_stale = false;
    const QFontMetricsF metrics(m_document->defaultFont());
    m_averageCharWidth = metrics.averageCharWidth();
    m_lineHeight = metrics.height();
    const int count = int(m_facts.size());
    const qreal width = textWidth();
    m_heights.resize(count);
    m_exact.fill(false, count);
    m_laidOutCount = 0;
    m_nextBackground = 0;
    for (int i = 0; i < count; ++i)
        m_heights[i] = estimate(m_facts.at(i), width);
    // Built in linear time: each node adds itself to its parent.
    m_tree.fill(0, count + 1);
    for (int node = 1; node <= count; ++node) {
        m_tree[node] += m_heights.at(node - 1);
        const int parent = node + (node & -node);
        if (parent <= count)
            m_tree[parent] += m_tree.at(node);
    }
    m_total = prefix(count);
}

qreal LazyDocumentLayout::prefix(int count) const
{
    qreal sum = 0;
    for (int node = count; node > 0; node -= node & -node)
        sum += m_tree.at(node);
    return sum;
}

void LazyDocumentLayout::setHeight(int blockNumber, qreal height) const
{
    const qreal delta = height - m_heights.at(blockNumber);
    if (delta == 0)
        return;
    m_heights[blockNumber] = height;
    m_total += delta;
    for (int node = blockNumber + 1; node < m_tree.size(); node += node & -node)
        m_tree[node] += delta;
}

qreal LazyDocumentLayout::blockTop(int blockNumber) const
{
    ensureEstimated();
    return frameTop() + prefix(std::clamp(blockNumber, 0, int(m_heights.size())));
}

QTextBlock LazyDocumentLayout::blockAt(qreal y) const
{
    ensureEstimated();
    const int count = int(m_heights.size());
    if (count == 0)
        return {};
    qreal remaining = y - frameTop();
    if (remaining <= 0)
        return m_document->firstBlock();
    // The number of leading blocks that end at or above y, found by descending the tree.
    int position = 0;
    int step = 1;
    while (step * 2 <= count)
        step *= 2;
    for (; step > 0; step /= 2) {
        if (position + step <= count && m_tree.at(position + step) <= remaining) {
            position += step;
            remaining -= m_tree.at(position);
        }
    }
    return m_document->findBlockByNumber(std::min(position, count - 1));
}

// --- Laying out ----------------------------------------------------------------------------------

qreal LazyDocumentLayout::layOut(const QTextBlock &block) const
{
    const int number = block.blockNumber();
    const Geometry g = geometry(block);
    const QTextBlockFormat format = block.blockFormat();
    const qreal factor = lineFactor(format);
    QTextLayout *layout = block.layout();
    QTextOption option = m_document->defaultTextOption();
    option.setAlignment(format.alignment());
    layout->setTextOption(option);
    layout->beginLayout();
    qreal y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(g.width);
        // The extra height of a proportional line goes half above and half below the text.
        line.setPosition(QPointF(0, y + line.height() * (factor - 1) / 2));
        y += line.height() * factor;
    }
    layout->endLayout();
    m_facts[number] = facts(block);
    const qreal old = m_heights.at(number);
    if (!m_exact.at(number)) {
        m_exact[number] = true;
        ++m_laidOutCount;
    }
    setHeight(number, g.topMargin + y + g.bottomMargin);
    return m_heights.at(number) - old;
}

qreal LazyDocumentLayout::ensureLaidOut(const QTextBlock &block) const
{
    ensureEstimated();
    const int number = block.blockNumber();
    if (number < 0 || number >= m_exact.size() || m_exact.at(number))
        return 0;
    const qreal oldBottom = blockTop(number) + m_heights.at(number);
    const qreal delta = layOut(block);
    if (delta != 0) {
        emit const_cast<LazyDocumentLayout *>(this)->contentMoved(oldBottom, delta);
        // Reported later: the caller may be painting.
        const_cast<QBasicTimer &>(m_sizeTimer).start(0, const_cast<LazyDocumentLayout *>(this));
    }
    return delta;
}

void LazyDocumentLayout::layOutInBackground()
{
    ensureEstimated();
    QElapsedTimer clock;
    clock.start();
    const int count = int(m_heights.size());
    QTextBlock block = m_document->findBlockByNumber(m_nextBackground);
    while (block.isValid() && m_nextBackground < count && clock.elapsed() < StepBudgetMs) {
        const int number = m_nextBackground;
        if (!m_exact.at(number)) {
            const qreal oldBottom = blockTop(number) + m_heights.at(number);
            const qreal delta = layOut(block);
            if (delta != 0)
                emit contentMoved(oldBottom, delta);
        }
        block = block.next();
        ++m_nextBackground;
    }
    if (m_nextBackground >= count)
        m_backgroundTimer.stop();
    reportSize();
}

void LazyDocumentLayout::reportSize() const
{
    m_sizeTimer.stop();
    emit const_cast<LazyDocumentLayout *>(this)->documentSizeChanged(documentSize());
}

void LazyDocumentLayout::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_backgroundTimer.timerId())
        layOutInBackground();
    else if (event->timerId() == m_sizeTimer.timerId())
        reportSize();
    else
        QAbstractTextDocumentLayout::timerEvent(event);
}

void LazyDocumentLayout::documentChanged(int, int, int)
{
    // The article is read-only: what changes is its font, its width or a frame or block format,
    // each of which can move every line. Estimates are cheap; the layout follows in the background.
    invalidateAll();
    reportSize();
    emit update();
}

// --- What the text edit asks -----------------------------------------------------------------------

QSizeF LazyDocumentLayout::documentSize() const
{
    ensureEstimated();
    const qreal page = m_document->pageSize().width() > 0 ? m_document->pageSize().width() : 800;
    return {page, frameTop() + m_total + frameBottom()};
}

QRectF LazyDocumentLayout::frameBoundingRect(QTextFrame *) const
{
    return {QPointF(0, 0), documentSize()};
}

QRectF LazyDocumentLayout::blockBoundingRect(const QTextBlock &block) const
{
    if (!block.isValid())
        return {};
    ensureLaidOut(block);
    const Geometry g = geometry(block);
    const int number = block.blockNumber();
    const QPointF origin(g.left, blockTop(number) + g.topMargin);
    block.layout()->setPosition(origin);
    return {origin, QSizeF(g.width, m_heights.at(number) - g.topMargin - g.bottomMargin)};
}

int LazyDocumentLayout::laidOutBlocks() const
{
    ensureEstimated();
    return m_laidOutCount;
}

bool LazyDocumentLayout::isComplete() const
{
    ensureEstimated();
    return m_laidOutCount == int(m_heights.size());
}

int LazyDocumentLayout::hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const
{
    ensureEstimated();
    const QTextBlock block = blockAt(point.y());
    if (!block.isValid())
        return -1;
    const QRectF box = blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    const QPointF local = point - box.topLeft();
    QTextLine line;
    for (int i = 0; i < layout->lineCount(); ++i) {
        if (i == 0 || layout->lineAt(i).y() <= local.y())
            line = layout->lineAt(i);
    }
    if (!line.isValid())
        return block.position();
    if (accuracy == Qt::ExactHit && !line.naturalTextRect().contains(local))
        return -1;
    return block.position() + line.xToCursor(local.x());
}

void LazyDocumentLayout::draw(QPainter *painter, const PaintContext &context)
{
    ensureEstimated();

    const QRectF clip = context.clip.isValid() ? context.clip : QRectF(QPointF(0, 0), documentSize());
    painter->save();
    painter->setPen(context.palette.color(QPalette::Text));
    for (QTextBlock block = blockAt(clip.top()); block.isValid(); block = block.next()) {
        const QRectF box = blockBoundingRect(block);
        if (box.top() - geometry(block).topMargin > clip.bottom())
            break;
        QTextLayout *layout = block.layout();
        const int start = block.position();
        const int end = start + block.length();
        QList<QTextLayout::FormatRange> ranges;
        for (const Selection &selection : context.selections) {
            const int from = std::max(selection.cursor.selectionStart(), start);
            const int to = std::min(selection.cursor.selectionEnd(), end);
            if (from < to)
                ranges.append({from - start, to - from, selection.format});
        }
        layout->draw(painter, QPointF(), ranges, clip);
        if (block.textList() && layout->lineCount() > 0) {
            // The list bullet, in the margin left of the first line.
            const QTextLine first = layout->lineAt(0);
            const qreal size = first.ascent() / 3;
            const QPointF centre(box.left() - size * 2.5, box.top() + first.y() + first.ascent() - size * 1.5);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setBrush(context.palette.color(QPalette::Text));
            painter->setPen(Qt::NoPen);
            painter->drawEllipse(centre, size / 2, size / 2);
            painter->restore();
        }
        if (context.cursorPosition >= start && context.cursorPosition < end)
            layout->drawCursor(painter, QPointF(), context.cursorPosition - start, 1);
    }
    painter->restore();
}
