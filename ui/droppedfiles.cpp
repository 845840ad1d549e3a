#include "droppedfiles.h"

#include "settings/recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace {

void addIfFile(QStringList &files, const QString &path)
{
    const QFileInfo info(path);
    if (!path.isEmpty() && info.isFile() && !files.contains(info.absoluteFilePath()))
        files.append(info.absoluteFilePath());
}

} // namespace

QStringList DroppedFiles::localFiles(const QMimeData *data)
{
    QStringList files;
    if (!data)
        return files;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            addIfFile(files, url.toLocalFile());
    }
    if (!files.isEmpty() || !data->hasText())
        return files;
    // A link dropped as text: one per line, as text/uri-list writes them.
    for (const QString &line : data->text().split(u'\n', Qt::SkipEmptyParts)) {
        const QString link = line.trimmed();
        const QUrl url(link);
        if (url.isLocalFile())
            addIfFile(files, url.toLocalFile());
        else if (QDir::isAbsolutePath(link) && url.scheme().size() <= 1) // "C:/…" parses with scheme "c"
            addIfFile(files, link);
    }
    return files;
}

QString DroppedFiles::firstKeepingTheRest(const QStringList &files)
{
    for (qsizetype i = files.size() - 1; i > 0; --i)
        RecentFiles::add(files.at(i));
    return files.value(0);
}
