#include "feedcommand.h"

#include "library/librarydatabase.h"
#include "library/opml.h"
#include "library/subscriptions.h"
#include "network/feedrefresher.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrl>

namespace {

void writeLine(FILE *out, const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    fwrite(line.constData(), 1, size_t(line.size()), out);
    fputc('\n', out);
    fflush(out);
}

void complain(FILE *err, const QString &what)
{
    const QByteArray line = "saywho: " + what.toLocal8Bit() + '\n';
    fwrite(line.constData(), 1, size_t(line.size()), err);
}

bool openLibrary(LibraryDatabase &db, const QString &path, FILE *err)
{
    if (!db.open(path.isEmpty() ? LibraryDatabase::defaultPath() : path)) {
        complain(err, db.error());
        return false;
    }
    if (!db.warning().isEmpty())
        complain(err, db.warning());
    if (db.isReadOnly()) {
        complain(err, QStringLiteral("the library %1 is read-only").arg(db.path()));
        return false;
    }
    return true;
}

} // namespace

int FeedCommand::subscribe(const QString &libraryPath, const QString &url, FILE *out, FILE *err)
{
    LibraryDatabase db;
    if (!openLibrary(db, libraryPath, err))
        return 1;
    const QUrl address = QUrl::fromUserInput(url);
    Subscriptions subscriptions(db);
    const bool known = subscriptions.feedByUrl(address.toString()).has_value();
    FeedRefresher refresher(db);
    QEventLoop loop;
    int status = 0;
    QObject::connect(&refresher, &FeedRefresher::subscribed, &loop,
                     [&](qint64 feed, const QString &title, const QString &error) {
                         if (feed <= 0) {
                             complain(err, url + QStringLiteral(": ") + error);
                             status = 1;
                         } else {
                             const auto f = subscriptions.feed(feed);
                             writeLine(out, QJsonObject{{QStringLiteral("feed"), f ? f->url : url},
                                                        {QStringLiteral("title"), f && !f->title.isEmpty() ? f->title : title},
                                                        {QStringLiteral("status"), known ? QStringLiteral("already subscribed")
                                                                                         : QStringLiteral("subscribed")}});
                         }
                         loop.quit();
                     });
    refresher.subscribe(address);
    loop.exec();
    return status;
}

int FeedCommand::refresh(const QString &libraryPath, FILE *out, FILE *err)
{
    LibraryDatabase db;
    if (!openLibrary(db, libraryPath, err))
        return 1;
    FeedRefresher refresher(db);
    QEventLoop loop;
    int status = 0;
    QObject::connect(&refresher, &FeedRefresher::feedFinished, &loop, [&](const FeedRefresher::FeedResult &r) {
        QJsonObject line{{QStringLiteral("feed"), r.url},
                         {QStringLiteral("new"), r.added},
                         {QStringLiteral("updated"), r.updated},
                         {QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error)}};
        writeLine(out, line);
        if (!r.error.isEmpty()) {
            complain(err, r.url + QStringLiteral(": ") + r.error);
            status = 1;
        }
        for (const QString &entryError : r.entryErrors)
            complain(err, entryError);
    });
    QObject::connect(&refresher, &FeedRefresher::finished, &loop, &QEventLoop::quit);
    refresher.refresh();
    if (refresher.isRunning())
        loop.exec();
    return status;
}

int FeedCommand::importOpml(const QString &libraryPath, const QString &file, FILE *out, FILE *err)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        complain(err, file + QStringLiteral(": ") + f.errorString());
        return 1;
    }
    const Opml::ReadResult read = Opml::read(f.read(16 * 1024 * 1024));
    if (!read.ok()) {
        complain(err, file + QStringLiteral(": ") + read.error);
        return 1;
    }
    LibraryDatabase db;
    if (!openLibrary(db, libraryPath, err))
        return 1;
    Subscriptions subscriptions(db);
    for (const Opml::Outline &o : read.feeds) {
        const bool known = subscriptions.feedByUrl(o.xmlUrl).has_value();
        Opml::import(subscriptions, {o});
        writeLine(out, QJsonObject{{QStringLiteral("feed"), o.xmlUrl},
                                   {QStringLiteral("title"), o.title},
                                   {QStringLiteral("status"), known ? QStringLiteral("already subscribed")
                                                                    : QStringLiteral("subscribed")}});
    }
    return 0;
}

int FeedCommand::exportOpml(const QString &libraryPath, const QString &file, FILE *out, FILE *err)
{
    LibraryDatabase db;
    if (!db.open(libraryPath.isEmpty() ? LibraryDatabase::defaultPath() : libraryPath)) {
        complain(err, db.error());
        return 1;
    }
    const QByteArray opml = Opml::write(Subscriptions(db));
    if (file == u"-") {
        fwrite(opml.constData(), 1, size_t(opml.size()), out);
        fflush(out);
        return 0;
    }
    QSaveFile save(file);
    if (!save.open(QIODevice::WriteOnly) || save.write(opml) != opml.size() || !save.commit()) {
        complain(err, file + QStringLiteral(": ") + save.errorString());
        return 1;
    }
    return 0;
}
