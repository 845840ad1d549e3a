#pragma once

#include <QString>

#include <cstdio>

// The subscriptions' command-line front doors, printing JSON Lines to out and one "saywho: …"
// line per problem to err, and returning the process exit code (1 when any feed failed):
//   saywho --subscribe URL       {"feed","title","status"}
//   saywho --refresh             one line per feed: {"feed","new","updated","error"}
//   saywho --import-opml FILE    one line per feed of the file: {"feed","title","status"}
//   saywho --export-opml FILE    writes the subscriptions as OPML ("-" for standard output)
// They run an event loop of their own: call them with a QCoreApplication in place.
class FeedCommand
{
public:
    static int subscribe(const QString &libraryPath, const QString &url, FILE *out, FILE *err);
    static int refresh(const QString &libraryPath, FILE *out, FILE *err);
    static int importOpml(const QString &libraryPath, const QString &file, FILE *out, FILE *err);
    static int exportOpml(const QString &libraryPath, const QString &file, FILE *out, FILE *err);
};
