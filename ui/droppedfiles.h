#pragma once

#include <QStringList>

class QMimeData;

// The files a drag brings: every local file among its URLs (a file manager's selection), or a link
// to a local file dropped as text ("file:///…" or an absolute path from a browser or an editor).
// Folders, remote addresses and files that do not exist are left out, in the order dropped.
class DroppedFiles
{
public:
    static QStringList localFiles(const QMimeData *data);
    // Several files dropped: the first is read, the others wait in File › Open Recent in the order
    // dropped. Returns the first.
    static QString firstKeepingTheRest(const QStringList &files);
};
