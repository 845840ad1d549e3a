#pragma once

#include <QAbstractTextDocumentLayout>
#include <QBasicTimer>
#include <QList>

class QTextDocument;

// The reading pane's layout for long articles: lays out only what is asked for (the blocks being
// painted, the block of a cursor or a hit test) and the rest a few milliseconds at a time in the
// background, so that a new font, width or frame margin never makes the GUI thread lay out the
// whole document at once. Blocks not laid out yet have an estimated height from their length,
// replaced by the real one when they are laid out; QTextDocumentLayout instead has to lay out every
// block above the one shown, because a block's place is the sum of the heights above it.
// It honours what ArticleDocument uses: the root frame's margins, block margins and indents, list
// indents (with a bullet), proportional line height, and character formats within a block.
class LazyDocumentLayout : public QAbstractTextDocumentLayout
{
    Q_OBJECT

public:
    // How long one background step may run, in milliseconds.
    static constexpr int StepBudgetMs = 4;

    explicit LazyDocumentLayout(QTextDocument *document);

    void draw(QPainter *painter, const PaintContext &context) override;
    int hitTest(const QPointF &point, Qt::HitTestAccuracy accuracy) const override;
    int pageCount() const override { return 1; }
    QSizeF documentSize() const override;
    QRectF frameBoundingRect(QTextFrame *frame) const override;
    QRectF blockBoundingRect(const QTextBlock &block) const override;

    // The block whose box (margins included) covers y; the first or last block outside the text.
    QTextBlock blockAt(qreal y) const;
    // Top of a block's box (its top margin included) as things stand, without laying it out.
    qreal blockTop(int blockNumber) const;
    // Blocks laid out with the current font and width; the rest have estimated heights.
    int laidOutBlocks() const;
    bool isComplete() const;

signals:
    // A block above y changed its height by delta while it was laid out: the text below y moved.
    void contentMoved(qreal y, qreal delta);

protected:
    void documentChanged(int from, int charsRemoved, int charsAdded) override;
    void timerEvent(QTimerEvent *event) override;

private:
    struct Geometry
    {
        qreal left = 0;  // of the text, the block's margins and indent included
        qreal width = 0; // line width
        qreal topMargin = 0;
        qreal bottomMargin = 0;
    };

    // What an estimate needs to know of a block, read once.
    struct BlockFacts
    {
        int length = 0;
        qreal margins = 0;     // top and bottom
        qreal sideMargins = 0; // left and right
        qreal lineFactor = 1;
    };

    // Marks every height as an estimate again; they are computed when next asked for, so that
    // changes made one after the other (font, then frame) cost one pass.
    void invalidateAll();
    void ensureEstimated() const;
    static BlockFacts facts(const QTextBlock &block);
    Geometry geometry(const QTextBlock &block) const;
    qreal estimate(const BlockFacts &facts, qreal textWidth) const;
    // Lays out the block if it is not laid out for the current font and width; returns the change
    // of its height.
    qreal ensureLaidOut(const QTextBlock &block) const;
    qreal layOut(const QTextBlock &block) const;
    void setHeight(int blockNumber, qreal height) const;
    qreal prefix(int count) const; // sum of the first count heights
    void layOutInBackground();
    void reportSize() const;

    qreal frameLeft() const;
    qreal frameTop() const;
    qreal frameBottom() const;
    qreal textWidth() const;

    QTextDocument *m_document;
    mutable QList<BlockFacts> m_facts;
    mutable bool m_stale = true;
    mutable QList<qreal> m_heights; // per block, margins included
    mutable QList<qreal> m_tree;    // Fenwick tree over m_heights
    mutable QList<bool> m_exact;
    mutable int m_laidOutCount = 0;
    mutable qreal m_total = 0;
    mutable int m_nextBackground = 0; // first block the background step looks at
    mutable QBasicTimer m_backgroundTimer;
    mutable QBasicTimer m_sizeTimer; // reports a new size once, after a burst of changes
    mutable qreal m_averageCharWidth = 7;
    mutable qreal m_lineHeight = 20;
};
