#include "recentfilesmenu.h"

#include "settings/recentfiles.h"

#include <QFileInfo>

RecentFilesMenu::RecentFilesMenu(const QString &title, QWidget *parent)
    : QMenu(title, parent)
{
    setObjectName(QStringLiteral("recentMenu"));
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::fill);
    fill();
}

void RecentFilesMenu::fill()
{
    clear();
    const QStringList files = RecentFiles::files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // Numbered accelerators for the first nine, as desktop programs do.
        const QString name = QFileInfo(path).fileName().replace(u'&', QStringLiteral("&&"));
        QAction *action = addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name);
        action->setToolTip(path);
        action->setStatusTip(path);
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
    }
    if (files.isEmpty()) {
        addAction(tr("No recent articles"))->setEnabled(false);
    } else {
        addSeparator();
        connect(addAction(tr("&Clear List")), &QAction::triggered, this, [] { RecentFiles::clear(); });
    }
}
