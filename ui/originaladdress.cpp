#include "originaladdress.h"

#include "models/speakermodel.h"

#include <QAction>
#include <QDesktopServices>
#include <QMainWindow>
#include <QStatusBar>

OriginalAddress::OriginalAddress(QAction *action, const SpeakerModel *model, QObject *parent)
    : QObject(parent)
    , m_action(action)
    , m_model(model)
{
    // The model is reset whenever another article (or none) is shown.
    connect(model, &SpeakerModel::modelReset, this, &OriginalAddress::update);
    connect(action, &QAction::triggered, this, &OriginalAddress::open);
    update();
}

void OriginalAddress::update()
{
    m_address = m_model->article().webAddress();
    m_action->setEnabled(!m_address.isEmpty());
    m_action->setStatusTip(m_address.isEmpty() ? tr("Open the web page the article came from (this article names none)")
                                               : tr("Open %1 in the web browser").arg(m_address.toDisplayString()));
}

void OriginalAddress::open()
{
    if (m_address.isEmpty() || QDesktopServices::openUrl(m_address))
        return;
    if (auto *window = qobject_cast<QMainWindow *>(parent()))
        window->statusBar()->showMessage(tr("No web browser could open %1.").arg(m_address.toDisplayString()), 6000);
}
