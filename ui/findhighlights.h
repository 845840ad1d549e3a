#pragma once

#include <QList>
#include <QRect>
#include <QWidget>

class ArticleView;
class FindBar;

// Marks every match of the find bar in the reading pane, as browsers do, not only the current one
// (which the pane shows as its selection). A transparent layer over the pane's viewport paints the
// matches in view only, so a word found 100,000 times costs no more than one found once, and
// neither the document nor the quote highlights are touched.
class FindHighlights : public QWidget
{
    Q_OBJECT

public:
    FindHighlights(ArticleView *view, FindBar *findBar);

    // The rectangles painted now, in viewport coordinates.
    QList<QRect> matchRects() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void follow();

    ArticleView *m_view;
    FindBar *m_findBar;
};
