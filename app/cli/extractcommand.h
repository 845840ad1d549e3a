#pragma once

#include <QStringList>

#include <cstdio>

// `saywho --extract [--jobs N] FILE...`: prints one JSON object per file and line (JSON Lines) to
// out, in the order of files, a one-line "saywho: FILE: reason" per failure to err, and returns the
// process exit code. With more than one job, files are read and extracted on that many threads.
class ExtractCommand
{
public:
    static int run(const QStringList &files, FILE *out, FILE *err, int jobs = 1);
};
