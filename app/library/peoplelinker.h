#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Decides which person of the library an article's speaker is. Speakers are merged by canonical
// name (case and spacing aside) and kind, and kept apart when the same name comes with clearly
// different roles: "Ana Ortiz, the mayor" and "Ana Ortiz, a striker for the city's club" share no
// word of their roles, so they are two people; a speaker with no role joins the first namesake.
namespace PeopleLinker {

QString nameKey(const QString &name);
// The words of a role that can tell namesakes apart: lower case, four letters or more.
QStringList contextWords(const QString &role);

// Links the speakers of one article (their person column) to people, creating people as needed. A
// source the article only described ("White House spokesman") stays nobody's: another article's
// spokesman is another person.
bool linkArticle(QSqlDatabase &db, qint64 article);
// Links every speaker that has no person yet and computes every person's figures (used by the
// migration that added people).
bool linkAll(QSqlDatabase &db);

// The people the speakers of an article count for, after merges.
QList<qint64> rootsOfArticle(QSqlDatabase &db, qint64 article);
// Recomputes person_stats for these people (after merges: the people they count for), or for
// everyone when all is set.
bool refreshStats(QSqlDatabase &db, const QList<qint64> &roots, bool all = false);

} // namespace PeopleLinker
