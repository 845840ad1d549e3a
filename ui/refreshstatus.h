#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

// The refresh of subscriptions in the status bar: how many feeds are done of how many, and a
// Cancel button. Hidden while nothing is being refreshed.
class RefreshStatus : public QWidget
{
    Q_OBJECT

public:
    explicit RefreshStatus(QWidget *parent = nullptr);

    void setProgress(int done, int total);
    void finish();
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }

signals:
    void cancelRequested();

private:
    QLabel *m_label;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
};
