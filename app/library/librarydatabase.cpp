#include "librarydatabase.h"

#include "sqlhelpers.h"

#include "peoplelinker.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace {

QAtomicInt s_connectionCounter;

// One step of the schema: SQL statements, then (for steps that derive data) a function that fills
// what SQL alone cannot, such as the people table whose keys are Unicode case folds.
struct MigrationStep
{
    QStringList sql;
    bool (*after)(QSqlDatabase &db) = nullptr;
};

const QList<MigrationStep> &migrationSteps()
{
    static const QList<MigrationStep> steps = {
        // 1: articles with their text and structure, and the extraction: speakers and quotes.
        {{QStringLiteral("CREATE TABLE articles ("
                         " id INTEGER PRIMARY KEY,"
                         " source TEXT NOT NULL UNIQUE,"
                         " content_hash TEXT NOT NULL,"
                         " title TEXT NOT NULL DEFAULT '',"
                         " byline TEXT NOT NULL DEFAULT '',"
                         " published TEXT NOT NULL DEFAULT '',"
                         " added TEXT NOT NULL,"
                         // The date articles sort and people's first and last quotes go by: the
                         // publication date when it could be read, else the date added (ISO 8601).
                         " dated TEXT NOT NULL,"
                         " format TEXT NOT NULL DEFAULT '',"
                         " link TEXT NOT NULL DEFAULT '',"
                         // The text, UTF-8 compressed with zlib (qCompress); a plain text value is
                         // read as well.
                         " body BLOB NOT NULL,"
                         " blocks BLOB NOT NULL,"
                         " marked BLOB NOT NULL,"
                         " engine TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX articles_hash ON articles(content_hash)"),
          QStringLiteral("CREATE INDEX articles_dated ON articles(dated)"),
          QStringLiteral("CREATE TABLE speakers ("
                         " id INTEGER PRIMARY KEY,"
                         " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                         " ordinal INTEGER NOT NULL,"
                         " name TEXT NOT NULL,"
                         " kind INTEGER NOT NULL,"
                         " role TEXT NOT NULL DEFAULT '',"
                         " aliases TEXT NOT NULL DEFAULT '',"
                         " gender INTEGER NOT NULL DEFAULT 0,"
                         " first_mention INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX speakers_article ON speakers(article)"),
          QStringLiteral("CREATE TABLE quotes ("
                         " id INTEGER PRIMARY KEY,"
                         " article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,"
                         " speaker INTEGER REFERENCES speakers(id) ON DELETE SET NULL,"
                         " kind INTEGER NOT NULL,"
                         " start INTEGER NOT NULL,"
                         " finish INTEGER NOT NULL,"
                         " cue TEXT NOT NULL DEFAULT '',"
                         " cue_start INTEGER NOT NULL DEFAULT -1,"
                         " cue_end INTEGER NOT NULL DEFAULT -1,"
                         " source TEXT NOT NULL DEFAULT '',"
                         " paragraph INTEGER NOT NULL DEFAULT 0,"
                         " confidence REAL NOT NULL DEFAULT 0,"
                         " text TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX quotes_article ON quotes(article)"),
          QStringLiteral("CREATE INDEX quotes_speaker ON quotes(speaker)")}},
        // 2: full-text search over quote texts, kept in step with the quotes table by triggers.
        {{QStringLiteral("CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id',"
                         " tokenize='unicode61 remove_diacritics 2')"),
          QStringLiteral("CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN"
                         " INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END"),
          QStringLiteral("CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN"
                         " INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text); END"),
          QStringLiteral("CREATE TRIGGER quotes_au AFTER UPDATE OF text ON quotes BEGIN"
                         " INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.id, old.text);"
                         " INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text); END"),
          QStringLiteral("INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")}},
        // 3: people across articles, and the reader's corrections, which outlive re-extraction.
        {{QStringLiteral("CREATE TABLE people ("
                         " id INTEGER PRIMARY KEY,"
                         " name_key TEXT NOT NULL,"
                         " name TEXT NOT NULL,"
                         " kind INTEGER NOT NULL,"
                         " context TEXT NOT NULL DEFAULT '',"
                         " display_name TEXT,"
                         " merged_into INTEGER REFERENCES people(id) ON DELETE SET NULL)"),
          QStringLiteral("CREATE INDEX people_key ON people(name_key)"),
          QStringLiteral("ALTER TABLE speakers ADD COLUMN person INTEGER REFERENCES people(id)"),
          // 1: added by a correction (a quote given to someone the extractor did not list).
          QStringLiteral("ALTER TABLE speakers ADD COLUMN origin INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("CREATE INDEX speakers_person ON speakers(person)"),
          // Quotes per speaker row, kept by Library after each write, so that the People view sums
          // tens of thousands of speaker rows instead of counting every quote.
          QStringLiteral("ALTER TABLE speakers ADD COLUMN quote_count INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("UPDATE speakers SET quote_count = (SELECT COUNT(*) FROM quotes q WHERE q.speaker = speakers.id)"),
          QStringLiteral("ALTER TABLE quotes ADD COLUMN extracted_speaker INTEGER"),
          QStringLiteral("UPDATE quotes SET extracted_speaker = speaker"),
          // 0: as extracted; 1: given to another speaker by the reader; 2: not a quote.
          QStringLiteral("ALTER TABLE quotes ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("CREATE TABLE corrections ("
                         " id INTEGER PRIMARY KEY,"
                         " created TEXT NOT NULL,"
                         " action TEXT NOT NULL,"
                         " article INTEGER REFERENCES articles(id) ON DELETE CASCADE,"
                         " quote_start INTEGER,"
                         " quote_end INTEGER,"
                         " person INTEGER REFERENCES people(id) ON DELETE CASCADE,"
                         " target INTEGER REFERENCES people(id) ON DELETE CASCADE,"
                         " value TEXT NOT NULL DEFAULT '',"
                         " undone INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX corrections_article ON corrections(article)"),
          // Each person's figures (people merged into them included), refreshed for the people an
          // article write touches, so the People view reads one row per person.
          QStringLiteral("CREATE TABLE person_stats ("
                         " person INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,"
                         " articles INTEGER NOT NULL,"
                         " quotes INTEGER NOT NULL,"
                         " first TEXT NOT NULL,"
                         " last TEXT NOT NULL,"
                         " roles TEXT NOT NULL)")},
         &PeopleLinker::linkAll},
        // 4: feed subscriptions in folders, their entries (each an article once read in) and what
        // the last fetch said, so that conditional requests and polite retries survive restarts.
        {{QStringLiteral("CREATE TABLE folders ("
                         " id INTEGER PRIMARY KEY,"
                         " name TEXT NOT NULL,"
                         " parent INTEGER REFERENCES folders(id) ON DELETE CASCADE)"),
          QStringLiteral("CREATE TABLE feeds ("
                         " id INTEGER PRIMARY KEY,"
                         " url TEXT NOT NULL UNIQUE,"
                         " title TEXT NOT NULL DEFAULT '',"
                         " site TEXT NOT NULL DEFAULT '',"
                         " folder INTEGER REFERENCES folders(id) ON DELETE SET NULL,"
                         " etag TEXT NOT NULL DEFAULT '',"
                         " last_modified TEXT NOT NULL DEFAULT '',"
                         " last_fetch TEXT NOT NULL DEFAULT '',"
                         " last_success TEXT NOT NULL DEFAULT '',"
                         " error TEXT NOT NULL DEFAULT '',"
                         " retry_after TEXT NOT NULL DEFAULT '',"
                         " gone INTEGER NOT NULL DEFAULT 0,"
                         // 0: fetch the linked page when the entry is short; 1: always; 2: never
                         " full_article INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE TABLE entries ("
                         " id INTEGER PRIMARY KEY,"
                         " feed INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,"
                         " guid TEXT NOT NULL DEFAULT '',"
                         " link TEXT NOT NULL DEFAULT '',"
                         " title TEXT NOT NULL DEFAULT '',"
                         " published TEXT NOT NULL DEFAULT '',"
                         " added TEXT NOT NULL,"
                         " article INTEGER REFERENCES articles(id) ON DELETE SET NULL,"
                         " read INTEGER NOT NULL DEFAULT 0)"),
          QStringLiteral("CREATE INDEX entries_feed ON entries(feed)"),
          QStringLiteral("CREATE INDEX entries_guid ON entries(feed, guid)"),
          QStringLiteral("CREATE INDEX entries_link ON entries(feed, link)")}},
        // 5: whether the article described the speaker instead of naming them ("White House
        // spokesman"); such speakers count for no person across articles.
        {{QStringLiteral("ALTER TABLE speakers ADD COLUMN described INTEGER NOT NULL DEFAULT 0")}},
    };
    return steps;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

LibraryDatabase::LibraryDatabase()
    : m_connectionName(QStringLiteral("saywho-library-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

LibraryDatabase::~LibraryDatabase()
{
    close();
}

QString LibraryDatabase::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/library.sqlite");
}

int LibraryDatabase::schemaVersion()
{
    return int(migrationSteps().size());
}

QStringList LibraryDatabase::migrationStep(int version)
{
    if (version < 1 || version > schemaVersion())
        return {};
    return migrationSteps().at(version - 1).sql;
}

void LibraryDatabase::close()
{
    if (m_db.isValid()) {
        SqlHelpers::forgetPrepared(m_connectionName);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool LibraryDatabase::openConnection(bool readOnly)
{
    close();
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    // The busy timeout makes a second process wait for the first's write instead of failing.
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open()) {
        m_error = tr("Cannot open the library %1: %2").arg(m_path, m_db.lastError().text());
        return false;
    }
    m_readOnly = readOnly;
    QString error;
    // Switching a new file to WAL takes a lock the busy timeout does not wait for: when a second
    // Saywho opens the same new library at that moment, try again for a few seconds.
    bool wal = readOnly;
    for (int attempt = 0; !wal && attempt < 100; ++attempt) {
        wal = exec(m_db, QStringLiteral("PRAGMA journal_mode=WAL"), &error);
        if (!wal)
            QThread::msleep(50);
    }
    if (!wal) {
        m_error = tr("Cannot open the library %1: %2").arg(m_path, error);
        return false;
    }
    // NORMAL is safe in WAL mode: a crash or kill loses no committed transaction.
    exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"), nullptr);
    exec(m_db, QStringLiteral("PRAGMA foreign_keys=ON"), nullptr);
    return true;
}

bool LibraryDatabase::quickCheckPasses()
{
    // Reading the schema reads and checks the file's header and first page: a file that is not a
    // database fails here ("file is not a database"). A full integrity check would read the whole
    // file, too slow for every start of a large library.
    QSqlQuery query(m_db);
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) && query.next();
}

int LibraryDatabase::currentVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool LibraryDatabase::moveAside(const QString &why)
{
    close();
    const QString aside = m_path + QStringLiteral(".broken-")
                          + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    bool moved = QFile::rename(m_path, aside);
    // The write-ahead log and shared-memory files belong to the broken file; they go with it.
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFile::exists(side))
            QFile::rename(side, aside + QLatin1String(suffix));
    }
    if (!moved) {
        m_error = tr("The library %1 cannot be read (%2) and could not be moved aside.").arg(m_path, why);
        return false;
    }
    m_warning = tr("The library %1 could not be read (%2). It was kept as %3 and a new library was started.")
                    .arg(m_path, why, aside);
    return true;
}

bool LibraryDatabase::open(const QString &path)
{
    m_path = path;
    m_error.clear();
    m_warning.clear();
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        m_error = tr("The library %1 is not a file.").arg(path);
        return false;
    }
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = tr("Cannot create the folder of the library %1.").arg(path);
        return false;
    }

    if (info.exists() && info.size() > 0) {
        if (!openConnection(false)) {
            // Not writable (a read-only file or folder): read what is there.
            if (!openConnection(true))
                return false;
            m_warning = tr("The library %1 is read-only; nothing new will be kept.").arg(path);
        }
        if (!quickCheckPasses()) {
            if (!moveAside(tr("it is damaged or not a library")))
                return false;
        } else {
            const int version = currentVersion();
            if (version > schemaVersion()) {
                // A newer Saywho wrote it: read it, but change nothing it may depend on.
                if (!openConnection(true))
                    return false;
                m_warning = tr("The library %1 was written by a newer Saywho; it is opened read-only.").arg(path);
                return true;
            }
        }
    }
    if (!m_db.isOpen() && !openConnection(false))
        return false;
    if (m_readOnly)
        return true;
    return migrateTo(schemaVersion());
}

bool LibraryDatabase::migrateTo(int target)
{
    int version = currentVersion();
    if (version < 0) {
        m_error = tr("Cannot read the version of the library %1.").arg(m_path);
        return false;
    }
    while (version < target) {
        QString error;
        // BEGIN IMMEDIATE takes the write lock at once, so of two processes opening a new library
        // together one migrates and the other waits (busy timeout), then finds the work done.
        bool ok = exec(m_db, QStringLiteral("BEGIN IMMEDIATE"), &error);
        if (ok) {
            version = currentVersion();
            if (version >= target) {
                exec(m_db, QStringLiteral("COMMIT"), nullptr);
                break;
            }
        }
        const MigrationStep &step = migrationSteps().at(qMax(0, version));
        for (const QString &sql : step.sql) {
            if (!ok)
                break;
            ok = exec(m_db, sql, &error);
        }
        if (ok && step.after)
            ok = step.after(m_db);
        if (ok)
            ok = exec(m_db, QStringLiteral("PRAGMA user_version=%1").arg(version + 1), &error);
        if (ok)
            ok = exec(m_db, QStringLiteral("COMMIT"), &error);
        if (!ok) {
            exec(m_db, QStringLiteral("ROLLBACK"), nullptr);
            m_error = tr("Cannot bring the library %1 up to date (step %2): %3")
                          .arg(m_path)
                          .arg(version + 1)
                          .arg(error.isEmpty() ? m_db.lastError().text() : error);
            return false;
        }
        ++version;
    }
    return true;
}
