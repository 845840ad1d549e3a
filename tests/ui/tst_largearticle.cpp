// A long article in the reading pane: above ArticleView::LazyLayoutThreshold it is laid out only
// where it is shown, so zoom and width changes do not lay out the whole document at once; the text
// the reader was at stays at the top, highlights and clicks land on the right words, and the rest
// of the layout is done in the background without moving what is on screen.
#include "articleview.h"
#include "lazydocumentlayout.h"

#include "article/article.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

namespace {

// Invented reporting: numbered paragraphs of a council meeting, each with one quoted sentence.
Article councilMinutes(int paragraphs)
{
    Article article;
    article.setTitle(QStringLiteral("Minutes of the harbour council"));
    article.appendBlock(QStringLiteral("Minutes of the harbour council"), Article::BlockKind::Title);
    for (int i = 0; i < paragraphs; ++i) {
        if (i % 40 == 0)
            article.appendBlock(QStringLiteral("Session %1").arg(i / 40 + 1), Article::BlockKind::Heading);
        article.appendBlock(QStringLiteral("Item %1 was read out before a full gallery of residents and traders. "
                                           "\"The ferry landing needs new planks before the winter storms,\" said "
                                           "councillor Maren Oskvik, who chairs the works committee. The clerk noted "
                                           "the objections of the fishing cooperative and the reply of the treasurer, "
                                           "who promised a costed plan by the next session.")
                                .arg(i));
    }
    return article;
}

} // namespace

class TestLargeArticle : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void shouldUseTheLazyLayoutOnlyForLongArticles();
    void shouldZoomWithoutLayingOutTheWholeArticle();
    void shouldKeepTheReadingPositionAcrossZoomAndWidth_data();
    void shouldKeepTheReadingPositionAcrossZoomAndWidth();
    void shouldPlaceCaretHighlightsAndClicksOnTheRightWords();
    void shouldFinishTheLayoutInTheBackgroundWithoutMovingTheText();
    void shouldMoveTheCaretThroughTheWholeArticleFromTheKeyboard();

private:
    LazyDocumentLayout *layout() const
    {
        return qobject_cast<LazyDocumentLayout *>(m_view->document()->documentLayout());
    }

    Article m_article;
    ArticleView *m_view = nullptr;
};

void TestLargeArticle::init()
{
    m_article = councilMinutes(2000); // about 800,000 characters
    QVERIFY(m_article.text().size() > ArticleView::LazyLayoutThreshold);
    m_view = new ArticleView;
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view));
    m_view->showArticle(m_article);
    QVERIFY(layout());
}

void TestLargeArticle::cleanup()
{
    delete m_view;
    m_view = nullptr;
}

void TestLargeArticle::shouldUseTheLazyLayoutOnlyForLongArticles()
{
    // Given a short article
    ArticleView view;
    view.showArticle(councilMinutes(20));
    // Then Qt's own layout lays it out, with every detail it knows
    QVERIFY(!qobject_cast<LazyDocumentLayout *>(view.document()->documentLayout()));
    // And the long one has the lazy layout, which has not laid out all of it yet
    QVERIFY(layout()->laidOutBlocks() < m_view->document()->blockCount());
}

void TestLargeArticle::shouldZoomWithoutLayingOutTheWholeArticle()
{
    // Given the reader in the middle of the long article
    const int middle = m_article.blocks().at(1000).start;
    m_view->scrollToTop(middle);
    m_view->viewport()->repaint();

    // When zooming in
    m_view->setZoom(150);
    m_view->viewport()->repaint();

    // Then only about a screenful is laid out anew, not the thousand paragraphs above it
    const int blocks = m_view->document()->blockCount();
    QVERIFY2(layout()->laidOutBlocks() < blocks / 20,
             qPrintable(QStringLiteral("%1 of %2").arg(layout()->laidOutBlocks()).arg(blocks)));
    // And the text is at the new size
    QCOMPARE(m_view->document()->defaultFont().pointSizeF(), ArticleView::readingFont().pointSizeF() * 1.5);
}

void TestLargeArticle::shouldKeepTheReadingPositionAcrossZoomAndWidth_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("zooming in") << QStringLiteral("zoom in");
    QTest::newRow("zooming out") << QStringLiteral("zoom out");
    QTest::newRow("turning the readable width off") << QStringLiteral("width");
}

void TestLargeArticle::shouldKeepTheReadingPositionAcrossZoomAndWidth()
{
    QFETCH(QString, change);
    // Given paragraph 1200 at the top of the pane
    const Article::Block &read = m_article.blocks().at(1200);
    m_view->scrollToTop(read.start);
    QCOMPARE(m_view->document()->findBlock(m_view->topPosition()).position(), read.start);

    // When
    if (change == u"zoom in")
        m_view->setZoom(200);
    else if (change == u"zoom out")
        m_view->setZoom(60);
    else
        m_view->setReadableWidth(false);
    m_view->viewport()->repaint();

    // Then the same paragraph is at the top
    QCOMPARE(m_view->document()->findBlock(m_view->topPosition()).position(), read.start);
}

void TestLargeArticle::shouldPlaceCaretHighlightsAndClicksOnTheRightWords()
{
    // Given a quote far down the article, highlighted and scrolled to
    const Article::Block &block = m_article.blocks().at(1500);
    const int start = int(m_article.text().indexOf(u'"', block.start)) + 1;
    const int end = int(m_article.text().indexOf(u'"', start));
    m_view->setZoom(130);
    m_view->setHighlights({{start, end, 0, false}});
    m_view->scrollToPosition(start);
    m_view->viewport()->repaint();

    // Then the quote's first letter is on screen
    QTextCursor cursor(m_view->document());
    cursor.setPosition(start);
    const QRect rect = m_view->cursorRect(cursor);
    QVERIFY2(m_view->viewport()->rect().contains(rect.center()), qPrintable(QStringLiteral("%1,%2").arg(rect.x()).arg(rect.y())));
    // And a click just right of it lands on it
    const int hit = m_view->cursorForPosition(rect.center() + QPoint(2, 0)).position();
    QVERIFY2(qAbs(hit - start) <= 1, qPrintable(QStringLiteral("%1 for %2").arg(hit).arg(start)));
    // And the highlight covers exactly the quoted words
    const QList<QTextEdit::ExtraSelection> selections = m_view->extraSelections();
    QCOMPARE(selections.size(), 1);
    QCOMPARE(selections.first().cursor.selectedText(), m_article.text().mid(start, end - start));
    // And the view says which text it shows
    QVERIFY(m_view->topPosition() <= start);
}

void TestLargeArticle::shouldFinishTheLayoutInTheBackgroundWithoutMovingTheText()
{
    // Given the reader at paragraph 1800 right after a zoom
    const Article::Block &read = m_article.blocks().at(1800);
    m_view->setZoom(120);
    m_view->scrollToTop(read.start);
    const int top = m_view->topPosition();

    // When the background layout is let run to its end
    QTRY_VERIFY_WITH_TIMEOUT(layout()->isComplete(), 60000);
    QTest::qWait(50);

    // Then the same text is at the top of the pane
    QCOMPARE(m_view->document()->findBlock(m_view->topPosition()).position(),
             m_view->document()->findBlock(top).position());
    // And the height is the sum of the real heights: the last block ends at the bottom of it
    const QTextBlock last = m_view->document()->lastBlock();
    const QRectF lastRect = layout()->blockBoundingRect(last);
    QVERIFY(lastRect.bottom() <= layout()->documentSize().height());
    QVERIFY(lastRect.bottom() > layout()->documentSize().height() - 200);
}

void TestLargeArticle::shouldMoveTheCaretThroughTheWholeArticleFromTheKeyboard()
{
    m_view->setFocus();
    m_view->moveCursor(QTextCursor::Start);

    // Ctrl+End: to the end, which is then on screen
    QTest::keyClick(m_view, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(m_view->textCursor().position(), m_view->document()->characterCount() - 1);
    QVERIFY(m_view->viewport()->rect().intersects(m_view->cursorRect()));

    // Page Up goes back by about a screen, Down by a line, each keeping the caret in sight
    const int end = m_view->textCursor().position();
    QTest::keyClick(m_view, Qt::Key_PageUp);
    const int pageUp = m_view->textCursor().position();
    QVERIFY(pageUp < end);
    QVERIFY(m_view->viewport()->rect().intersects(m_view->cursorRect()));
    QTest::keyClick(m_view, Qt::Key_Down, Qt::ShiftModifier);
    const QTextCursor selection = m_view->textCursor();
    QVERIFY(selection.hasSelection());
    QCOMPARE(selection.selectedText(), m_article.text().mid(selection.selectionStart(),
                                                            selection.selectionEnd() - selection.selectionStart())
                                           .replace(u'\n', QChar::ParagraphSeparator));

    // Ctrl+Home: back at the title
    QTest::keyClick(m_view, Qt::Key_Home, Qt::ControlModifier);
    QCOMPARE(m_view->textCursor().position(), 0);
    QVERIFY(m_view->viewport()->rect().intersects(m_view->cursorRect()));
    QCOMPARE(m_view->topPosition(), 0);
}

QTEST_MAIN(TestLargeArticle)
#include "tst_largearticle.moc"
