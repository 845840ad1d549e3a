#pragma once

#include <QTreeView>

// The speaker list's tree: a QTreeView in which clicking the selected speaker again deselects it
// (clearing the highlights, as readers expect from a toggle), while clicking the selected quote
// again asks to be taken back to it. The keyboard focus shows as a frame in the palette's focus
// colour, so that it can be followed in light and dark themes alike. Over the first source the article
// only describes it draws SpeakerDelegate's heading, outside the row's selection and clicks.
class SpeakerTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit SpeakerTreeView(QWidget *parent = nullptr);

signals:
    // The selected quote row was clicked again: the reader wants to see that quote once more.
    void selectedQuoteClicked(const QModelIndex &index);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void drawRow(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int headingHeight(const QModelIndex &index) const;
};
