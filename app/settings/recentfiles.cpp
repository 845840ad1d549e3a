#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace {

const QString Key = QStringLiteral("recentFiles");

} // namespace

QStringList RecentFiles::files()
{
    QSettings settings;
    const QStringList stored = settings.value(Key).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo(path).isFile() && !existing.contains(path))
            existing.append(path);
    }
    if (existing.size() > MaxCount)
        existing.resize(MaxCount);
    if (existing != stored)
        settings.setValue(Key, existing);
    return existing;
}

void RecentFiles::add(const QString &path)
{
    // Bundled articles live in resources; they are not files the user can find again.
    if (path.startsWith(u':'))
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    if (list.size() > MaxCount)
        list.resize(MaxCount);
    QSettings().setValue(Key, list);
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(Key, list);
}

void RecentFiles::clear()
{
    QSettings().remove(Key);
}
