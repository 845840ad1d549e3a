#include "subscribedialog.h"

#include "network/httpfetcher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

SubscribeDialog::SubscribeDialog(const QList<QPair<qint64, QString>> &folders, qint64 folder, QWidget *parent)
    : QDialog(parent)
    , m_address(new QLineEdit(this))
    , m_folder(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("subscribeDialog"));
    setWindowTitle(tr("Subscribe"));
    m_address->setObjectName(QStringLiteral("subscribeAddress"));
    m_address->setPlaceholderText(tr("https://example.org/feed.xml or the site's page"));
    m_address->setMinimumWidth(380);
    m_folder->setObjectName(QStringLiteral("subscribeFolder"));
    m_folder->addItem(tr("(No folder)"), qint64(0));
    for (const auto &f : folders) {
        m_folder->addItem(f.second, f.first);
        if (f.first == folder)
            m_folder->setCurrentIndex(m_folder->count() - 1);
    }
    m_status->setObjectName(QStringLiteral("subscribeStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("A feed (RSS, Atom or JSON Feed), or a web page that names its feed."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Subscribe"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(m_status);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SubscribeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SubscribeDialog::reject);
}

void SubscribeDialog::setAddress(const QString &address)
{
    m_address->setText(address);
}

void SubscribeDialog::setBusy(bool busy)
{
    m_address->setEnabled(!busy);
    m_folder->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void SubscribeDialog::showError(const QString &reason)
{
    setBusy(false);
    m_status->setText(reason);
    m_address->setFocus();
    m_address->selectAll();
}

void SubscribeDialog::accept()
{
    const QUrl url = QUrl::fromUserInput(m_address->text().trimmed());
    if (!HttpFetcher::isAllowed(url)) {
        showError(tr("Only http and https addresses can be subscribed to."));
        return;
    }
    setBusy(true);
    m_status->setText(tr("Looking for the feed at %1…").arg(url.toDisplayString()));
    emit subscribeRequested(url, m_folder->currentData().toLongLong());
}
