#include "settingsfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcSettings, "saywho.settings")

namespace {

QString fileName()
{
    return QSettings().fileName();
}

// Makes room at path: removes a file or link there, or an empty folder, but never a folder's
// contents.
bool makeRoom(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    if (info.isDir() && !info.isSymLink())
        return QDir().rmdir(path);
    return QFile::remove(path);
}

} // namespace

QString SettingsFile::brokenCopyPath()
{
    return fileName() + QStringLiteral(".broken");
}

QString SettingsFile::ensureUsable()
{
    QSettings::Status status;
    {
        const QSettings settings;
        status = settings.status();
    }
    if (status == QSettings::NoError)
        return {};

    const QString path = fileName();
    const QString reason = status == QSettings::FormatError
                               ? QCoreApplication::translate("SettingsFile", "it is not a settings file Saywho can read")
                               : QCoreApplication::translate("SettingsFile", "it cannot be read");
    const QString kept = brokenCopyPath();
    QString message;
    // An older broken copy goes: the newest one is the one worth keeping.
    if (makeRoom(kept) && QFile::rename(path, kept)) {
        message = QCoreApplication::translate("SettingsFile",
                                              "The settings file %1 was unusable (%2). Saywho starts with default "
                                              "settings; the old file is kept as %3.")
                      .arg(QDir::toNativeSeparators(path), reason, QDir::toNativeSeparators(kept));
    } else {
        message = QCoreApplication::translate("SettingsFile",
                                              "The settings file %1 is unusable (%2) and could not be moved aside. "
                                              "Saywho uses default settings and cannot remember changes until the "
                                              "file is removed.")
                      .arg(QDir::toNativeSeparators(path), reason);
    }
    qCWarning(lcSettings).noquote() << message;
    return message;
}
