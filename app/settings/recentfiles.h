#pragma once

#include <QStringList>

// The Open Recent list: the last MaxCount article files, newest first, kept in QSettings. Files that
// no longer exist are dropped when the list is read.
class RecentFiles
{
public:
    static constexpr int MaxCount = 10;

    static QStringList files();
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
};
