#include "dialogfolders.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString key(DialogFolders::Purpose purpose)
{
    return purpose == DialogFolders::Purpose::Open ? QStringLiteral("dialogs/openFolder")
                                                   : QStringLiteral("dialogs/exportFolder");
}

bool isFolder(const QString &path)
{
    return !path.isEmpty() && QFileInfo(path).isDir();
}

} // namespace

QString DialogFolders::startFolder(Purpose purpose, const QString &articlePath)
{
    const QString last = QSettings().value(key(purpose)).toString();
    if (isFolder(last))
        return last;
    // The bundled sample lives in the resources, which are no folder to save in.
    if (!articlePath.isEmpty() && !articlePath.startsWith(u':')) {
        const QString folder = QFileInfo(articlePath).absolutePath();
        if (isFolder(folder))
            return folder;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return isFolder(documents) ? documents : QDir::homePath();
}

void DialogFolders::remember(Purpose purpose, const QString &chosenFile)
{
    if (!chosenFile.isEmpty())
        QSettings().setValue(key(purpose), QFileInfo(chosenFile).absolutePath());
}

QString DialogFolders::fileName(const QString &title, const QString &fallback, const QString &ending)
{
    QString base = title.simplified();
    // Characters that some file system or shell would refuse or misread.
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : base) {
        if (unsafe.contains(c) || c.category() == QChar::Other_Control)
            c = u' ';
    }
    base = base.simplified();
    if (base.size() > 80)
        base = base.left(80).trimmed();
    if (base.isEmpty())
        base = fallback;
    return base + ending;
}
