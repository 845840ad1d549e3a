#include "refreshintervaldialog.h"

#include "settings/feedsettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

RefreshIntervalDialog::RefreshIntervalDialog(QWidget *parent)
    : QDialog(parent)
    , m_minutes(new QSpinBox(this))
{
    setObjectName(QStringLiteral("refreshIntervalDialog"));
    setWindowTitle(tr("Refresh Interval"));
    m_minutes->setObjectName(QStringLiteral("refreshMinutes"));
    m_minutes->setRange(0, FeedSettings::MaximumRefreshMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setSpecialValueText(tr("Never"));
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(FeedSettings::refreshMinutes());
    auto *note = new QLabel(tr("Saywho refreshes every subscription this often while it runs (no more often than every %n "
                               "minutes, so that no server is asked too often). Never: only with Feeds › Refresh.",
                               nullptr, FeedSettings::MinimumRefreshMinutes),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Refresh every:"), m_minutes);
    form->addRow(note);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RefreshIntervalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RefreshIntervalDialog::reject);
}

void RefreshIntervalDialog::accept()
{
    FeedSettings::setRefreshMinutes(m_minutes->value());
    QDialog::accept();
}
