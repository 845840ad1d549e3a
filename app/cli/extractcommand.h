#pragma once

#include <QStringList>

#include <cstdio>

// `saywho --extract FILE...`: prints one JSON object per file and line (JSON Lines) to out, a
// one-line "saywho: FILE: reason" per failure to err, and returns the process exit code.
class ExtractCommand
{
public:
    static int run(const QStringList &files, FILE *out, FILE *err);
};
