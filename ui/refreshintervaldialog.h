#pragma once

#include <QDialog>

class QSpinBox;

// Feeds › Refresh Interval: how often the subscriptions are refreshed while Saywho runs
// (FeedSettings), 0 for only when asked.
class RefreshIntervalDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RefreshIntervalDialog(QWidget *parent = nullptr);

    QSpinBox *minutes() const { return m_minutes; }
    void accept() override;

private:
    QSpinBox *m_minutes;
};
