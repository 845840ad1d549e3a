#pragma once

#include <QTreeView>

// The speaker list's tree: a QTreeView whose selected row is deselected by clicking it again, so a
// second click on a speaker clears the highlights as readers expect from a toggle.
class SpeakerTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit SpeakerTreeView(QWidget *parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent *event) override;
};
