#include "articleview.h"

#include "article/article.h"
#include "articledocument.h"
#include "highlightpalette.h"
#include "lazydocumentlayout.h"
#include "models/speakermodel.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextLayout>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>

#include <algorithm>
#include <cmath>
#include <limits>

ArticleView::ArticleView(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("articleView"));
    setAccessibleName(tr("Article"));
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setAcceptDrops(false);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    applyFont();
    clearArticle();
}

QFont ArticleView::readingFont()
{
    QFont font = QApplication::font();
    // A serif face set a little larger than the interface reads best in long runs of text.
    font.setFamilies({QStringLiteral("Noto Serif"), QStringLiteral("Source Serif 4"),
                      QStringLiteral("Source Serif Pro"), QStringLiteral("DejaVu Serif"),
                      QStringLiteral("Liberation Serif"), QStringLiteral("serif")});
    font.setStyleHint(QFont::Serif, QFont::PreferQuality);
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 10;
    font.setPointSizeF(std::max<qreal>(12, base * 1.2));
    return font;
}

void ArticleView::setArticleDocument(QTextDocument *document)
{
    // QTextEdit deletes a document it created itself when it is replaced; ours we delete here.
    const QPointer<QTextDocument> old = this->document();
    m_highlights.clear();
    setExtraSelections({});
    document->setParent(this);
    LazyDocumentLayout *lazy = nullptr;
    if (document->characterCount() > LazyLayoutThreshold) {
        lazy = new LazyDocumentLayout(document);
        connect(lazy, &LazyDocumentLayout::contentMoved, this, &ArticleView::shiftContent);
        document->setDocumentLayout(lazy);
    }
    m_pendingShift = 0;
    setDocument(document);
    // After QTextEdit's own connection, so that the scroll bar has its new range first.
    if (lazy)
        connect(lazy, &QAbstractTextDocumentLayout::documentSizeChanged, this, &ArticleView::applyPendingShift);
    if (old && old != document && old->parent() == this)
        old->deleteLater();
    applyFont();
    updateColumn();
    moveCursor(QTextCursor::Start);
    verticalScrollBar()->setValue(0);
}

void ArticleView::showArticle(const Article &article)
{
    setArticleDocument(ArticleDocument::build(article, font()));
}

void ArticleView::clearArticle()
{
    setArticleDocument(ArticleDocument::build(Article(), font()));
}

void ArticleView::setHighlights(QList<Highlight> highlights)
{
    std::sort(highlights.begin(), highlights.end(),
              [](const Highlight &a, const Highlight &b) { return a.start < b.start; });
    m_highlights = std::move(highlights);
    m_windowFrom = 0;
    m_windowTo = -1;
    applySelections();
}

QColor ArticleView::highlightColor(const Highlight &h) const
{
    return HighlightPalette::color(h.speaker, palette(),
                                   h.soft ? HighlightPalette::Strength::Soft : HighlightPalette::Strength::Normal);
}

void ArticleView::applySelections()
{
    const int length = document()->characterCount();
    int from = 0;
    int to = length;
    if (m_highlights.size() > WindowedSelectionLimit) {
        // Hold the highlights of the visible text and of a screenful or more above and below it.
        const auto [top, bottom] = visibleRange();
        const int span = std::max(bottom - top, 4000);
        from = std::max(0, top - span);
        to = std::min(length, bottom + span);
    }
    m_windowFrom = from;
    m_windowTo = to;

    QList<QTextEdit::ExtraSelection> selections;
    auto it = std::lower_bound(m_highlights.cbegin(), m_highlights.cend(), from,
                               [](const Highlight &h, int pos) { return h.start < pos; });
    // A highlight starting before the window may still reach into it.
    while (it != m_highlights.cbegin() && std::prev(it)->end > from)
        --it;
    QTextCursor cursor(document());
    for (; it != m_highlights.cend() && it->start <= to; ++it) {
        if (it->end <= from || it->start >= length)
            continue;
        QTextEdit::ExtraSelection selection;
        cursor.setPosition(std::clamp(it->start, 0, length - 1));
        cursor.setPosition(std::clamp(it->end, 0, length - 1), QTextCursor::KeepAnchor);
        selection.cursor = cursor;
        selection.format.setBackground(highlightColor(*it));
        selections.append(selection);
    }
    setExtraSelections(selections);
}

LazyDocumentLayout *ArticleView::lazyLayout() const
{
    return qobject_cast<LazyDocumentLayout *>(document()->documentLayout());
}

void ArticleView::shiftContent(qreal y, qreal delta)
{
    // A block above the pane got its real height: the text read moved with it, and the scroll bar
    // follows once the layout has told its new size (applyPendingShift).
    if (y <= verticalScrollBar()->value() + m_pendingShift)
        m_pendingShift += delta;
}

void ArticleView::applyPendingShift()
{
    // Silently, as the text on screen is where it was: nothing to scroll or paint again. The
    // fraction of a pixel left over waits for the next shift.
    const int whole = int(std::lround(m_pendingShift));
    if (whole == 0)
        return;
    QScrollBar *bar = verticalScrollBar();
    const QSignalBlocker blocker(bar);
    bar->setValue(bar->value() + whole);
    m_pendingShift -= whole;
}

void ArticleView::keepReadingPosition(const std::function<void()> &change)
{
    const int top = topPosition();
    change();
    if (top > 0)
        scrollToTop(top);
}

std::pair<int, int> ArticleView::visibleRange() const
{
    QTextDocument *doc = document();
    const qreal top = verticalScrollBar()->value();
    const qreal bottom = top + viewport()->height();
    if (const LazyDocumentLayout *lazy = lazyLayout()) {
        const QTextBlock first = lazy->blockAt(top);
        const QTextBlock last = lazy->blockAt(bottom);
        return {first.position(), std::max(first.position(), last.position() + last.length())};
    }
    // Lay the document out down to the bottom of the viewport, as painting would. The hit test is
    // not used for its answer: while a lazy layout is still running it reports the end of the
    // document, so the visible blocks are found from the block layouts instead.
    doc->documentLayout()->hitTest(QPointF(0, bottom), Qt::FuzzyHit);
    const auto blockBottom = [doc](int number) {
        const QTextLayout *layout = doc->findBlockByNumber(number).layout();
        if (!layout || layout->lineCount() == 0)
            return std::numeric_limits<qreal>::max(); // not laid out yet: below the viewport
        return layout->position().y() + layout->boundingRect().height();
    };
    const auto blockTop = [doc](int number) {
        const QTextLayout *layout = doc->findBlockByNumber(number).layout();
        if (!layout || layout->lineCount() == 0)
            return std::numeric_limits<qreal>::max();
        return layout->position().y();
    };
    // The first block reaching below the top edge, and the first one starting below the bottom edge.
    auto search = [doc](auto &&isBelow) {
        int lo = 0;
        int hi = doc->blockCount();
        while (lo < hi) {
            const int mid = lo + (hi - lo) / 2;
            if (isBelow(mid))
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    };
    const int first = search([&](int n) { return blockBottom(n) >= top; });
    const int afterLast = search([&](int n) { return blockTop(n) > bottom; });
    const QTextBlock firstBlock = doc->findBlockByNumber(std::min(first, doc->blockCount() - 1));
    const QTextBlock lastBlock = doc->findBlockByNumber(std::clamp(afterLast - 1, 0, doc->blockCount() - 1));
    return {firstBlock.position(), std::max(firstBlock.position(), lastBlock.position() + lastBlock.length())};
}

void ArticleView::updateSelectionWindow()
{
    if (m_highlights.size() <= WindowedSelectionLimit)
        return;
    const auto [top, bottom] = visibleRange();
    if (top < m_windowFrom || bottom > m_windowTo)
        applySelections();
}

void ArticleView::scrollContentsBy(int dx, int dy)
{
    QTextBrowser::scrollContentsBy(dx, dy);
    updateSelectionWindow();
}

void ArticleView::scrollToPosition(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, std::max(0, document()->characterCount() - 1)));
    setTextCursor(cursor);
    const QRect rect = cursorRect(cursor);
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + rect.top() - viewport()->height() / 3);
    updateSelectionWindow();
}

void ArticleView::scrollToTop(int position)
{
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(position, 0, std::max(0, document()->characterCount() - 1)));
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + cursorRect(cursor).top());
    updateSelectionWindow();
}

void ArticleView::setZoom(int percent)
{
    percent = std::clamp(percent, MinimumZoom, MaximumZoom);
    if (percent == m_zoom)
        return;
    m_zoom = percent;
    keepReadingPosition([this] {
        applyFont();
        updateColumn();
    });
    emit zoomChanged(m_zoom);
}

void ArticleView::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    applyFont();
    updateColumn();
}

void ArticleView::setColumn(int characters)
{
    if (characters == m_column || characters <= 0)
        return;
    m_column = characters;
    updateColumn();
}

void ArticleView::applyFont()
{
    QFont font = m_baseFont;
    font.setPointSizeF(font.pointSizeF() * m_zoom / 100.0);
    m_applyingFont = true;
    setFont(font);
    // QTextEdit has passed the font on to the document already; each change lays it out anew.
    if (document()->defaultFont() != font)
        document()->setDefaultFont(font);
    m_applyingFont = false;
}

void ArticleView::setReadableWidth(bool on)
{
    if (on == m_readableWidth)
        return;
    m_readableWidth = on;
    keepReadingPosition([this] { updateColumn(); });
}

void ArticleView::updateColumn()
{
    // A column of about 70 characters is the classic comfortable line length.
    const QFontMetricsF metrics(font());
    const qreal margin = ArticleDocument::pageMargin(font());
    qreal side = margin;
    if (m_readableWidth) {
        const qreal column = metrics.averageCharWidth() * m_column;
        side = std::max(margin, (viewport()->width() - column) / 2);
    }
    QTextFrame *root = document()->rootFrame();
    QTextFrameFormat format = root->frameFormat();
    if (qAbs(format.leftMargin() - side) < 1 && qAbs(format.topMargin() - margin) < 1)
        return;
    format.setLeftMargin(side);
    format.setRightMargin(side);
    format.setTopMargin(margin);
    format.setBottomMargin(margin);
    root->setFrameFormat(format);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    updateColumn();
    updateSelectionWindow();
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    switch (event->type()) {
    case QEvent::PaletteChange:
        // Highlight colours follow the light or dark palette.
        applySelections();
        break;
    case QEvent::FontChange:
        if (!m_applyingFont)
            applyFont();
        break;
    default:
        break;
    }
}

void ArticleView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setZoom(m_zoom + steps * ZoomStep);
        event->accept();
        return;
    }
    QTextBrowser::wheelEvent(event);
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QTextBrowser::paintEvent(event);
    if (!hasFocus())
        return;
    // Beside the caret, which is thin and blinks, a bar the reader sees from afar; at the left
    // edge it stays in place while the text scrolls.
    QPainter painter(viewport());
    painter.fillRect(QRect(0, 0, FocusBarWidth, viewport()->height()), HighlightPalette::focusColor(palette()));
}

void ArticleView::focusInEvent(QFocusEvent *event)
{
    QTextBrowser::focusInEvent(event);
    viewport()->update(QRect(0, 0, FocusBarWidth, viewport()->height()));
}

void ArticleView::focusOutEvent(QFocusEvent *event)
{
    QTextBrowser::focusOutEvent(event);
    viewport()->update(QRect(0, 0, FocusBarWidth, viewport()->height()));
}

void ArticleView::contextMenuEvent(QContextMenuEvent *event)
{
    const int position = event->reason() == QContextMenuEvent::Keyboard
                             ? textCursor().position()
                             : cursorForPosition(event->pos()).position();
    QMenu *menu = createStandardContextMenu(event->pos());
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QModelIndex quote = m_model ? m_model->quoteAt(position) : QModelIndex();
    if (quote.isValid()) {
        const int index = quote.data(SpeakerModel::QuoteIndexRole).toInt();
        QAction *first = menu->actions().value(0);
        auto *cite = new QAction(tr("Copy Quote with &Attribution"), menu);
        auto *plain = new QAction(tr("Copy Quote as &Plain Text"), menu);
        auto *show = new QAction(tr("&Show in Speaker List"), menu);
        connect(cite, &QAction::triggered, this,
                [this, index] { QGuiApplication::clipboard()->setText(m_model->citation(index)); });
        connect(plain, &QAction::triggered, this,
                [this, index] { QGuiApplication::clipboard()->setText(m_model->quoteText(index)); });
        connect(show, &QAction::triggered, this, [this, index] { emit quoteRequested(index); });
        menu->insertActions(first, {cite, plain, show});
        menu->insertSeparator(first);
    }
    menu->popup(event->globalPos());
    event->accept();
}

QTextDocument *ArticleView::printableDocument() const
{
    QTextDocument *copy = document()->clone();
    // The readable column is a screen affair; on paper the page margins decide the line length.
    const qreal margin = ArticleDocument::pageMargin(font());
    QTextFrameFormat frame = copy->rootFrame()->frameFormat();
    frame.setLeftMargin(margin);
    frame.setRightMargin(margin);
    copy->rootFrame()->setFrameFormat(frame);

    // Paper is white whatever the screen palette is.
    QPalette paper;
    paper.setColor(QPalette::Base, Qt::white);
    paper.setColor(QPalette::Text, Qt::black);
    QTextCursor cursor(copy);
    const int length = copy->characterCount();
    for (const Highlight &h : m_highlights) {
        if (h.start >= length - 1)
            continue;
        cursor.setPosition(h.start);
        cursor.setPosition(std::min(h.end, length - 1), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(HighlightPalette::color(
            h.speaker, paper, h.soft ? HighlightPalette::Strength::Soft : HighlightPalette::Strength::Normal));
        cursor.mergeCharFormat(format);
    }
    return copy;
}
