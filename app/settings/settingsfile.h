#pragma once

#include <QString>

// The application's settings file (QSettings' default for the organisation and application names).
// A file QSettings cannot read (cut short or overwritten with other data, a folder or an unreadable
// file in its place) would otherwise be read as empty and then overwritten, or never saved again.
// ensureUsable() moves such a file aside, so Saywho starts with default settings and nothing is lost.
namespace SettingsFile {

// Returns a warning for the user when the file had to be moved aside (or could not be), else an
// empty string. Call it once at start, before anything reads the settings: QSettings reports a
// broken file only to the first object that reads it.
QString ensureUsable();

// Where a broken settings file is kept: next to it, with ".broken" added.
QString brokenCopyPath();

} // namespace SettingsFile
