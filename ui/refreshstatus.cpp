#include "refreshstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

RefreshStatus::RefreshStatus(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(tr("Refreshing feeds"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("refreshStatus"));
    m_progress->setObjectName(QStringLiteral("refreshProgress"));
    m_progress->setAccessibleName(tr("Refreshing feeds"));
    m_progress->setMaximumWidth(140);
    m_progress->setFormat(tr("%v of %m"));
    m_cancel->setObjectName(QStringLiteral("cancelRefreshButton"));
    m_cancel->setToolTip(tr("Stop refreshing the feeds; what was fetched so far is kept"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &RefreshStatus::cancelRequested);
    hide();
}

void RefreshStatus::setProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    show();
}

void RefreshStatus::finish()
{
    hide();
}
