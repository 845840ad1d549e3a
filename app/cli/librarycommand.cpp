#include "librarycommand.h"

#include "orderedwork.h"

#include "article/extraction.h"
#include "extract/extractor.h"
#include "library/library.h"
#include "library/librarydatabase.h"
#include "load/articleloader.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

void writeLine(FILE *out, const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    fwrite(line.constData(), 1, size_t(line.size()), out);
    fputc('\n', out);
}

void complain(FILE *err, const QString &what)
{
    const QByteArray line = "saywho: " + what.toLocal8Bit() + '\n';
    fwrite(line.constData(), 1, size_t(line.size()), err);
}

// Opens the library, telling err what went wrong or what the user should know.
bool openLibrary(LibraryDatabase &db, const QString &path, FILE *err)
{
    const QString file = path.isEmpty() ? LibraryDatabase::defaultPath() : path;
    if (!db.open(file)) {
        complain(err, db.error());
        return false;
    }
    if (!db.warning().isEmpty())
        complain(err, db.warning());
    return true;
}

QString kindName(Speaker::Kind kind)
{
    return Speaker::kindName(kind);
}

QJsonObject hitObject(const Library::QuoteHit &hit)
{
    QJsonObject o;
    o.insert(QStringLiteral("speaker"), hit.speaker.isEmpty() ? QJsonValue() : QJsonValue(hit.speaker));
    o.insert(QStringLiteral("kind"), Quote::kindName(hit.kind));
    o.insert(QStringLiteral("text"), hit.text);
    o.insert(QStringLiteral("article"), hit.source);
    o.insert(QStringLiteral("title"), hit.title);
    o.insert(QStringLiteral("date"), hit.date);
    o.insert(QStringLiteral("start"), hit.start);
    o.insert(QStringLiteral("end"), hit.end);
    o.insert(QStringLiteral("confidence"), qRound(hit.confidence * 100) / 100.0);
    o.insert(QStringLiteral("corrected"), hit.corrected);
    return o;
}

// One article of an input file, loaded and (unless the library has it already) extracted.
struct Entry
{
    QString source;
    QString link;
    Article article;
    Extraction extraction;
    bool needsWriting = true;
};

struct Loaded
{
    QString error;
    QList<Entry> entries;
};

} // namespace

int LibraryCommand::add(const QString &libraryPath, const QStringList &files, int jobs, FILE *out, FILE *err)
{
    LibraryDatabase db;
    if (!openLibrary(db, libraryPath, err))
        return 1;
    Library library(db);
    if (!library.isWritable()) {
        complain(err, QStringLiteral("the library %1 is read-only; nothing was added").arg(db.path()));
        return 1;
    }
    // What the library holds already, so that workers skip extracting what would not change.
    const QString engine = Library::engineVersion();
    QHash<QString, QString> hashBySource;
    QHash<QString, bool> currentHashes;
    for (const Library::IndexEntry &e : library.index()) {
        hashBySource.insert(e.source, e.contentHash);
        if (e.engine == engine)
            currentHashes.insert(e.contentHash, true);
    }

    const Extractor extractor;
    const auto work = [&](int index) {
        Loaded loaded;
        const QString &file = files.at(index);
        ArticleLoader::Result result = ArticleLoader::loadFile(file);
        if (!result.ok()) {
            loaded.error = result.error;
            return loaded;
        }
        const QString path = QFileInfo(file).absoluteFilePath();
        if (result.format == ArticleLoader::Format::Feed) {
            for (int i = 0; i < result.feed.entries.size(); ++i) {
                const FeedEntry &fe = result.feed.entries.at(i);
                Entry e;
                e.article = ArticleLoader::articleFromFeedEntry(fe);
                e.link = fe.link;
                e.source = fe.link.isEmpty() ? path + QStringLiteral("#entry-%1").arg(i + 1) : fe.link;
                loaded.entries.append(std::move(e));
            }
        } else {
            Entry e;
            e.source = path;
            e.article = std::move(result.article);
            e.article.setSourcePath(path);
            loaded.entries.append(std::move(e));
        }
        for (Entry &e : loaded.entries) {
            const QString hash = Library::contentHash(e.article);
            const auto known = hashBySource.constFind(e.source);
            const bool sameAsStored = known != hashBySource.cend() ? *known == hash : true;
            e.needsWriting = !(sameAsStored && currentHashes.contains(hash));
            if (e.needsWriting)
                e.extraction = extractor.extract(e.article);
        }
        return loaded;
    };

    int status = 0;
    const auto consume = [&](int index, Loaded &&loaded) {
        const QString &file = files.at(index);
        if (!loaded.error.isEmpty()) {
            complain(err, file + QStringLiteral(": ") + loaded.error);
            status = 1;
            return;
        }
        for (Entry &e : loaded.entries) {
            qint64 id = 0;
            Library::AddStatus added = Library::AddStatus::Unchanged;
            if (e.needsWriting) {
                const auto result = library.add(e.source, e.article, e.extraction, &id);
                if (!result) {
                    complain(err, file + QStringLiteral(": cannot be added to the library: ") + library.lastError());
                    status = 1;
                    continue;
                }
                added = *result;
            } else if (const auto stored = library.find(e.source, Library::contentHash(e.article))) {
                id = stored->id;
            }
            const auto summary = library.summary(id);
            QJsonObject o;
            o.insert(QStringLiteral("file"), file);
            if (!e.link.isEmpty())
                o.insert(QStringLiteral("link"), e.link);
            o.insert(QStringLiteral("id"), id);
            o.insert(QStringLiteral("title"), e.article.title());
            o.insert(QStringLiteral("speakers"), summary ? summary->speakers : 0);
            o.insert(QStringLiteral("quotes"), summary ? summary->quotes : 0);
            o.insert(QStringLiteral("status"), added == Library::AddStatus::Added     ? QStringLiteral("added")
                                               : added == Library::AddStatus::Updated ? QStringLiteral("updated")
                                                                                      : QStringLiteral("unchanged"));
            writeLine(out, o);
            // Printed means kept: the line goes out only after its transaction committed.
            fflush(out);
        }
    };
    OrderedWork<Loaded>::run(int(files.size()), jobs, work, consume);
    fflush(out);
    return status;
}

int LibraryCommand::people(const QString &libraryPath, FILE *out, FILE *err)
{
    LibraryDatabase db;
    if (!openLibrary(db, libraryPath, err))
        return 1;
    Library library(db);
    for (const Library::Person &p : library.people()) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), p.name);
        o.insert(QStringLiteral("kind"), kindName(p.kind));
        o.insert(QStringLiteral("roles"), QJsonArray::fromStringList(p.roles));
        o.insert(QStringLiteral("articles"), p.articles);
        o.insert(QStringLiteral("quotes"), p.quotes);
        o.insert(QStringLiteral("first"), p.first);
        o.insert(QStringLiteral("last"), p.last);
        writeLine(out, o);
    }
    fflush(out);
    return library.lastError().isEmpty() ? 0 : 1;
}

int LibraryCommand::quotesBy(const QString &libraryPath, const QString &name, FILE *out, FILE *err)
{
    LibraryDatabase db;
    if (!openLibrary(db, libraryPath, err))
        return 1;
    Library library(db);
    const QList<qint64> people = library.peopleNamed(name);
    if (people.isEmpty()) {
        complain(err, QStringLiteral("nobody called \u201C%1\u201D is quoted in the library").arg(name));
        return 1;
    }
    for (qint64 person : people) {
        for (const Library::QuoteHit &hit : library.quotesBy(person))
            writeLine(out, hitObject(hit));
    }
    fflush(out);
    return 0;
}

int LibraryCommand::search(const QString &libraryPath, const QString &text, FILE *out, FILE *err)
{
    LibraryDatabase db;
    if (!openLibrary(db, libraryPath, err))
        return 1;
    Library library(db);
    Library::SearchFilter filter;
    filter.limit = 0;
    const QList<Library::QuoteHit> hits = library.search(text, filter);
    if (!library.lastError().isEmpty()) {
        complain(err, QStringLiteral("cannot search for \u201C%1\u201D: %2").arg(text, library.lastError()));
        return 2;
    }
    for (const Library::QuoteHit &hit : hits)
        writeLine(out, hitObject(hit));
    fflush(out);
    return 0;
}
