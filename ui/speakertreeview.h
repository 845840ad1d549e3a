#pragma once

#include <QTreeView>

// The speaker list's tree: a QTreeView whose selected row is deselected by clicking it again, so a
// second click on a speaker clears the highlights as readers expect from a toggle. The keyboard
// focus shows as a frame in the palette's focus colour, so that it can be followed in light and
// dark themes alike.
class SpeakerTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit SpeakerTreeView(QWidget *parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
};
