#pragma once

#include <QFont>
#include <QList>
#include <QTextBrowser>

#include <functional>
#include <utility>

class Article;
class LazyDocumentLayout;
class SpeakerModel;

// The reading pane: shows an article's QTextDocument read-only with a keyboard caret, and marks
// quotes with QTextEdit::ExtraSelection highlights so the document itself is never changed. It also
// owns the reading typography (font, zoom, readable column), the quote context menu, and a bar at
// the left edge that shows it has the keyboard focus. Long documents get a LazyDocumentLayout.
class ArticleView : public QTextBrowser
{
    Q_OBJECT

public:
    struct Highlight
    {
        int start = 0;
        int end = 0;
        int speaker = -1;     // colour of this speaker; -1 for unattributed quotes
        bool soft = false;    // a lighter tint, for the context around the current quote
        bool operator==(const Highlight &o) const
        {
            return start == o.start && end == o.end && speaker == o.speaker && soft == o.soft;
        }
    };

    // Above this many highlights only those near the visible part are handed to QTextEdit, because
    // QTextEdit::setExtraSelections lays out the document up to every selection it is given.
    static constexpr int WindowedSelectionLimit = 300;
    static constexpr int MinimumZoom = 50;
    static constexpr int MaximumZoom = 300;
    static constexpr int ZoomStep = 10;
    // Width in pixels of the bar that shows the keyboard focus.
    static constexpr int FocusBarWidth = 3;
    // Documents longer than this (in characters) are laid out by LazyDocumentLayout: only what is
    // shown at once, the rest in the background, so that zoom and width stay instant.
    static constexpr int LazyLayoutThreshold = 400000;

    explicit ArticleView(QWidget *parent = nullptr);

    // The base font articles are set in before zooming.
    static QFont readingFont();
    // The reader's choice of base font instead of readingFont(); an empty family keeps that one's.
    void setBaseFont(const QFont &font);
    QFont baseFont() const { return m_baseFont; }
    // Characters per line in the readable column.
    void setColumn(int characters);
    int column() const { return m_column; }

    // Shows a document built by ArticleDocument for the article; the view takes ownership.
    void setArticleDocument(QTextDocument *document);
    void showArticle(const Article &article);
    void clearArticle();

    void setSpeakerModel(const SpeakerModel *model) { m_model = model; }

    void setHighlights(QList<Highlight> highlights);
    void clearHighlights() { setHighlights({}); }
    const QList<Highlight> &highlights() const { return m_highlights; }
    // Puts the caret at the position and scrolls it to the upper third of the pane.
    void scrollToPosition(int position);
    // The reading position: the first text shown at the top of the pane, and a way back to it.
    int topPosition() const { return visibleRange().first; }
    void scrollToTop(int position);

    int zoom() const { return m_zoom; }
    void setZoom(int percent);
    bool readableWidth() const { return m_readableWidth; }
    void setReadableWidth(bool on);

    // A copy of the document with the highlights applied as character formats, for printing.
    QTextDocument *printableDocument() const;

signals:
    void zoomChanged(int percent);
    // The user asked from the context menu to see a quote in the speaker list.
    void quoteRequested(int quote);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void applySelections();
    void updateSelectionWindow();
    // Text positions from the first to the last block the viewport shows.
    std::pair<int, int> visibleRange() const;
    void updateColumn();
    void applyFont();
    QColor highlightColor(const Highlight &h) const;
    // Keeps the text at the top of the pane in place while the layout below it changes.
    void keepReadingPosition(const std::function<void()> &change);
    void shiftContent(qreal y, qreal delta);
    void applyPendingShift();
    LazyDocumentLayout *lazyLayout() const;

    const SpeakerModel *m_model = nullptr;
    QList<Highlight> m_highlights; // sorted by start
    int m_windowFrom = 0;          // text range whose highlights QTextEdit holds when windowed
    int m_windowTo = -1;
    int m_zoom = 100;
    bool m_readableWidth = true;
    bool m_applyingFont = false;
    QFont m_baseFont = readingFont();
    int m_column = 72;
    qreal m_pendingShift = 0; // estimated heights above the pane that became real, to scroll by
};
