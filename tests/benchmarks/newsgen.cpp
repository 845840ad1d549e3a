// Writes a generated news-like article of a given size: `newsgen MEGABYTES FILE`. Used by the
// memory benchmark, which measures `saywho --extract` on it with /usr/bin/time.
#include "newsgenerator.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const qint64 megabytes = args.size() == 3 ? args.at(1).toLongLong(&ok) : 0;
    if (!ok || megabytes <= 0) {
        std::fputs("usage: newsgen MEGABYTES FILE\n", stderr);
        return 2;
    }
    NewsGenerator generator;
    const QString lead = generator.name();
    QFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(generator.article(megabytes * 1000 * 1000, lead, 2000).toUtf8()) < 0) {
        std::fprintf(stderr, "newsgen: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
