#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The library's SQLite file: opening it safely and bringing its schema up to date. The schema is a
// list of numbered migration steps; PRAGMA user_version records how many have run, so a database
// written by any earlier Saywho is migrated in place, one transaction per step. A file that is not
// a database (or fails its quick check) is moved aside, never overwritten, and a new library is
// started; a file from a newer Saywho is opened read-only. WAL journal, foreign keys and a busy
// timeout let two Saywho processes share one library.
class LibraryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(LibraryDatabase)

public:
    LibraryDatabase();
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    // The library used when none is named: library.sqlite in the XDG data folder.
    static QString defaultPath();

    // Opens (creating it and its folder if need be) the library at path. Returns false with error()
    // set when no usable library could be opened; warning() is set when the file was moved aside or
    // opened read-only.
    bool open(const QString &path);
    void close();

    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QString error() const { return m_error; }
    QString warning() const { return m_warning; }
    QSqlDatabase &connection() { return m_db; }

    // The schema version this build writes, and how many migration steps lead to it.
    static int schemaVersion();
    // The SQL of step number `version` (1-based): what turns a version-1 database into version.
    static QStringList migrationStep(int version);
    // Runs steps up to `target` only; for tests that build a database of an earlier version.
    bool migrateTo(int target);

private:
    bool openConnection(bool readOnly);
    bool quickCheckPasses();
    int currentVersion();
    bool moveAside(const QString &why);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_warning;
    bool m_readOnly = false;
};
