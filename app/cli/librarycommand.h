#pragma once

#include <QString>
#include <QStringList>

#include <cstdio>

// The library's command-line front doors, each printing JSON Lines to out and one
// "saywho: …" line per problem to err, and returning the process exit code:
//   saywho --add FILE…       one line per article added: file, id, title, speakers, quotes, status
//   saywho --people          one line per person: name, kind, roles, articles, quotes, first, last
//   saywho --quotes-by NAME  that person's quotes, newest first
//   saywho --search TEXT     quotes matching TEXT (FTS5 syntax), newest first
// libraryPath empty means the default library.
class LibraryCommand
{
public:
    static int add(const QString &libraryPath, const QStringList &files, int jobs, FILE *out, FILE *err);
    static int people(const QString &libraryPath, FILE *out, FILE *err);
    static int quotesBy(const QString &libraryPath, const QString &name, FILE *out, FILE *err);
    static int search(const QString &libraryPath, const QString &text, FILE *out, FILE *err);
};
