#include "peoplelinker.h"

#include "sqlhelpers.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

struct Candidate
{
    qint64 id = 0;
    QStringList context;
};

bool sharesWord(const QStringList &a, const QStringList &b)
{
    for (const QString &w : a) {
        if (b.contains(w))
            return true;
    }
    return false;
}

// Links the speakers the query selects (id, name, kind, role), in order.
bool linkSelected(QSqlDatabase &db, QSqlQuery &speakers)
{
    using SqlHelpers::prepared;
    QSqlQuery &find = prepared(db, QStringLiteral("SELECT id, context FROM people WHERE name_key = ? AND kind = ? ORDER BY id"));
    QSqlQuery &insert = prepared(db, QStringLiteral("INSERT INTO people (name_key, name, kind, context) VALUES (?, ?, ?, ?)"));
    QSqlQuery &widen = prepared(db, QStringLiteral("UPDATE people SET context = ? WHERE id = ?"));
    QSqlQuery &link = prepared(db, QStringLiteral("UPDATE speakers SET person = ? WHERE id = ?"));

    struct Pending
    {
        qint64 speaker;
        QString name;
        int kind;
        QString role;
    };
    QList<Pending> pending;
    while (speakers.next())
        pending.append({speakers.value(0).toLongLong(), speakers.value(1).toString(), speakers.value(2).toInt(),
                        speakers.value(3).toString()});

    for (const Pending &p : std::as_const(pending)) {
        const QString key = PeopleLinker::nameKey(p.name);
        const QStringList words = PeopleLinker::contextWords(p.role);
        find.addBindValue(key);
        find.addBindValue(p.kind);
        if (!find.exec())
            return false;
        QList<Candidate> candidates;
        while (find.next())
            candidates.append({find.value(0).toLongLong(),
                               find.value(1).toString().split(u' ', Qt::SkipEmptyParts)});
        find.finish();
        qint64 person = 0;
        const Candidate *chosen = nullptr;
        if (words.isEmpty()) {
            if (!candidates.isEmpty())
                chosen = &candidates.front();
        } else {
            for (const Candidate &c : std::as_const(candidates)) {
                if (sharesWord(words, c.context)) {
                    chosen = &c;
                    break;
                }
            }
            if (!chosen) {
                for (const Candidate &c : std::as_const(candidates)) {
                    if (c.context.isEmpty()) {
                        chosen = &c;
                        break;
                    }
                }
            }
        }
        if (chosen) {
            person = chosen->id;
            QStringList context = chosen->context;
            for (const QString &w : words) {
                if (!context.contains(w))
                    context.append(w);
            }
            if (context.size() != chosen->context.size()) {
                widen.addBindValue(context.join(u' '));
                widen.addBindValue(person);
                if (!widen.exec())
                    return false;
            }
        } else {
            insert.addBindValue(key);
            insert.addBindValue(p.name.isNull() ? QStringLiteral("") : p.name);
            insert.addBindValue(p.kind);
            insert.addBindValue(words.isEmpty() ? QStringLiteral("") : words.join(u' '));
            if (!insert.exec())
                return false;
            person = insert.lastInsertId().toLongLong();
        }
        link.addBindValue(person);
        link.addBindValue(p.speaker);
        if (!link.exec())
            return false;
    }
    return true;
}

} // namespace

QString PeopleLinker::nameKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QStringList PeopleLinker::contextWords(const QString &role)
{
    QStringList words;
    QString word;
    const QString folded = role.toCaseFolded();
    for (int i = 0; i <= folded.size(); ++i) {
        if (i < folded.size() && folded.at(i).isLetterOrNumber()) {
            word += folded.at(i);
            continue;
        }
        if (word.size() >= 4 && !words.contains(word))
            words.append(word);
        word.clear();
    }
    return words;
}

bool PeopleLinker::linkArticle(QSqlDatabase &db, qint64 article)
{
    QSqlQuery speakers(db);
    speakers.prepare(QStringLiteral(
        "SELECT id, name, kind, role FROM speakers WHERE article = ? AND person IS NULL AND described = 0"
        " ORDER BY ordinal"));
    speakers.addBindValue(article);
    return speakers.exec() && linkSelected(db, speakers);
}

bool PeopleLinker::linkAll(QSqlDatabase &db)
{
    QSqlQuery speakers(db);
    return speakers.exec(QStringLiteral(
               "SELECT id, name, kind, role FROM speakers WHERE person IS NULL ORDER BY article, ordinal"))
           && linkSelected(db, speakers) && refreshStats(db, {}, true);
}

QList<qint64> PeopleLinker::rootsOfArticle(QSqlDatabase &db, qint64 article)
{
    QList<qint64> roots;
    QSqlQuery &query = SqlHelpers::prepared(db, QStringLiteral("SELECT DISTINCT COALESCE(p.merged_into, p.id) FROM speakers s"
                                                              " JOIN people p ON p.id = s.person WHERE s.article = ?"));
    query.addBindValue(article);
    if (query.exec()) {
        while (query.next())
            roots.append(query.value(0).toLongLong());
    }
    query.finish();
    return roots;
}

bool PeopleLinker::refreshStats(QSqlDatabase &db, const QList<qint64> &roots, bool all)
{
    if (!all && roots.isEmpty())
        return true;
    QStringList ids;
    for (qint64 id : roots)
        ids.append(QString::number(id));
    const QString idList = ids.join(u',');
    QSqlQuery query(db);
    const QString clear = all ? QStringLiteral("DELETE FROM person_stats")
                              : QStringLiteral("DELETE FROM person_stats WHERE person IN (%1)").arg(idList);
    if (!query.exec(clear))
        return false;
    QString select = QStringLiteral(
        "INSERT INTO person_stats (person, articles, quotes, first, last, roles)"
        " SELECT COALESCE(p.merged_into, p.id) AS root, COUNT(DISTINCT s.article), SUM(s.quote_count),"
        " MIN(a.dated), MAX(a.dated), COALESCE(GROUP_CONCAT(DISTINCT NULLIF(s.role, '')), '')"
        " FROM speakers s JOIN people p ON p.id = s.person JOIN articles a ON a.id = s.article"
        " WHERE s.quote_count > 0");
    if (!all)
        select += QStringLiteral(" AND s.person IN (SELECT id FROM people WHERE id IN (%1) OR merged_into IN (%1))")
                      .arg(idList);
    select += QStringLiteral(" GROUP BY root");
    return query.exec(select);
}
