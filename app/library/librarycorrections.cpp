// The reader's corrections of the library (Library's methods for them): stored apart from the
// extraction and applied over it after every write, so that they survive a new engine.
#include "library.h"

#include "librarydatabase.h"
#include "peoplelinker.h"
#include "sqlhelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using SqlHelpers::nowUtc;
using SqlHelpers::prepared;
using SqlHelpers::run;
using SqlHelpers::Transaction;

namespace {

QString actionName(Library::CorrectionAction action)
{
    switch (action) {
    case Library::CorrectionAction::Reassign:
        return QStringLiteral("reassign");
    case Library::CorrectionAction::NotAQuote:
        return QStringLiteral("not-a-quote");
    case Library::CorrectionAction::Rename:
        return QStringLiteral("rename");
    case Library::CorrectionAction::Merge:
        return QStringLiteral("merge");
    case Library::CorrectionAction::NotASpeaker:
        return QStringLiteral("not-a-speaker");
    }
    return {};
}

std::optional<Library::CorrectionAction> actionFromName(const QString &name)
{
    for (auto a : {Library::CorrectionAction::Reassign, Library::CorrectionAction::NotAQuote,
                   Library::CorrectionAction::Rename, Library::CorrectionAction::Merge,
                   Library::CorrectionAction::NotASpeaker}) {
        if (actionName(a) == name)
            return a;
    }
    return std::nullopt;
}

} // namespace

bool Library::applyCorrections(qint64 article, QList<qint64> touched)
{
    QSqlDatabase &db = m_database.connection();
    touched += PeopleLinker::rootsOfArticle(db, article);
    QSqlQuery &restore = prepared(db, QStringLiteral("UPDATE quotes SET speaker = extracted_speaker, corrected = 0"
                                                     " WHERE article = ?"));
    if (!run(restore, {article}))
        return fail(restore.lastError().text());
    QSqlQuery &dropAdded = prepared(db, QStringLiteral("DELETE FROM speakers WHERE article = ? AND origin = 1"));
    if (!run(dropAdded, {article}))
        return fail(dropAdded.lastError().text());

    QSqlQuery corrections(db);
    corrections.prepare(QStringLiteral("SELECT action, quote_start, quote_end, value FROM corrections"
                                       " WHERE article = ? AND undone = 0 ORDER BY id"));
    if (!run(corrections, {article}))
        return fail(corrections.lastError().text());
    QSqlQuery findQuote(db);
    findQuote.prepare(QStringLiteral("SELECT id FROM quotes WHERE article = ? AND start = ? AND finish = ?"));
    QSqlQuery update(db);
    while (corrections.next()) {
        const auto action = actionFromName(corrections.value(0).toString());
        if (action == CorrectionAction::NotASpeaker) {
            // By name, so that it holds for the speaker a new engine finds under that name again.
            const QString key = PeopleLinker::nameKey(corrections.value(3).toString());
            QSqlQuery speakers(db);
            speakers.prepare(QStringLiteral("SELECT id, name FROM speakers WHERE article = ?"));
            if (!run(speakers, {article}))
                return fail(speakers.lastError().text());
            while (speakers.next()) {
                if (PeopleLinker::nameKey(speakers.value(1).toString()) != key)
                    continue;
                update.prepare(QStringLiteral("UPDATE quotes SET speaker = NULL, corrected = 1"
                                              " WHERE speaker = ? AND corrected != 2"));
                if (!run(update, {speakers.value(0)}))
                    return fail(update.lastError().text());
            }
            continue;
        }
        if (!run(findQuote, {article, corrections.value(1), corrections.value(2)}) || !findQuote.next())
            continue; // the text changed and the quote is gone; the correction waits, unused
        const qint64 quote = findQuote.value(0).toLongLong();
        findQuote.finish();
        if (action == CorrectionAction::NotAQuote) {
            update.prepare(QStringLiteral("UPDATE quotes SET corrected = 2 WHERE id = ?"));
            if (!run(update, {quote}))
                return fail(update.lastError().text());
            continue;
        }
        if (action != CorrectionAction::Reassign)
            continue;
        const QString name = corrections.value(3).toString();
        const QString key = PeopleLinker::nameKey(name);
        qint64 speaker = 0;
        QSqlQuery speakers(db);
        speakers.prepare(QStringLiteral("SELECT id, name FROM speakers WHERE article = ? ORDER BY ordinal"));
        if (!run(speakers, {article}))
            return fail(speakers.lastError().text());
        int maxOrdinal = -1;
        while (speakers.next()) {
            ++maxOrdinal;
            if (!speaker && PeopleLinker::nameKey(speakers.value(1).toString()) == key)
                speaker = speakers.value(0).toLongLong();
        }
        if (!speaker) {
            // Someone the extractor did not list here: a speaker of the correction's making, of the
            // kind the library already knows them as.
            QSqlQuery kind(db);
            kind.prepare(QStringLiteral("SELECT kind FROM people WHERE name_key = ? ORDER BY id LIMIT 1"));
            const int k = (run(kind, {key}) && kind.next()) ? kind.value(0).toInt() : int(Speaker::Kind::Person);
            update.prepare(QStringLiteral("INSERT INTO speakers (article, ordinal, name, kind, origin)"
                                          " VALUES (?, ?, ?, ?, 1)"));
            if (!run(update, {article, maxOrdinal + 1 + 10000, name.simplified(), k}))
                return fail(update.lastError().text());
            speaker = update.lastInsertId().toLongLong();
            if (!PeopleLinker::linkArticle(db, article))
                return fail(tr("Cannot link the speakers of article %1 to people.").arg(article));
        }
        update.prepare(QStringLiteral("UPDATE quotes SET speaker = ?, corrected = 1 WHERE id = ?"));
        if (!run(update, {speaker, quote}))
            return fail(update.lastError().text());
    }
    QSqlQuery &count = prepared(db, QStringLiteral("UPDATE speakers SET quote_count = (SELECT COUNT(*) FROM quotes q"
                                                   " WHERE q.speaker = speakers.id AND q.corrected != 2) WHERE article = ?"));
    if (!run(count, {article}))
        return fail(count.lastError().text());
    touched += PeopleLinker::rootsOfArticle(db, article);
    if (m_batch) {
        m_batchPeople += touched;
        return true;
    }
    if (!PeopleLinker::refreshStats(db, touched))
        return fail(tr("Cannot count the quotes of the people of article %1.").arg(article));
    return true;
}

void Library::beginBatch()
{
    m_batch = true;
    m_batchPeople.clear();
}

bool Library::endBatch()
{
    m_batch = false;
    QList<qint64> people = m_batchPeople;
    m_batchPeople.clear();
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    if (!PeopleLinker::refreshStats(m_database.connection(), people))
        return fail(tr("Cannot count the quotes of the people of the articles added."));
    return true;
}

bool Library::applyPersonCorrections()
{
    QSqlDatabase &db = m_database.connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("UPDATE people SET display_name = NULL, merged_into = NULL")))
        return fail(query.lastError().text());
    QSqlQuery corrections(db);
    if (!corrections.exec(QStringLiteral("SELECT action, person, target, value FROM corrections"
                                         " WHERE person IS NOT NULL AND undone = 0 ORDER BY id")))
        return fail(corrections.lastError().text());
    while (corrections.next()) {
        const auto action = actionFromName(corrections.value(0).toString());
        const qint64 person = corrections.value(1).toLongLong();
        if (action == CorrectionAction::Rename) {
            query.prepare(QStringLiteral("UPDATE people SET display_name = ? WHERE id = ?"));
            if (!run(query, {corrections.value(3), person}))
                return fail(query.lastError().text());
        } else if (action == CorrectionAction::Merge) {
            const qint64 target = corrections.value(2).toLongLong();
            // Merged into someone who was merged in turn: follow to the end of the chain.
            QSqlQuery end(db);
            end.prepare(QStringLiteral("SELECT COALESCE(merged_into, id) FROM people WHERE id = ?"));
            const qint64 into = (run(end, {target}) && end.next()) ? end.value(0).toLongLong() : target;
            if (into == person)
                continue;
            query.prepare(QStringLiteral("UPDATE people SET merged_into = ? WHERE id = ? OR merged_into = ?"));
            if (!run(query, {into, person, person}))
                return fail(query.lastError().text());
        }
    }
    return PeopleLinker::refreshStats(db, {}, true) || fail(tr("Cannot count the quotes of the library's people."));
}

qint64 Library::recordCorrection(const Correction &c)
{
    if (!isWritable()) {
        fail(tr("The library is read-only."));
        return 0;
    }
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO corrections (created, action, article, quote_start, quote_end,"
                                 " person, target, value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant none(QMetaType::fromType<qint64>());
    if (!run(query, {nowUtc(), actionName(c.action), c.article ? QVariant(c.article) : none,
                     c.quoteStart >= 0 ? QVariant(c.quoteStart) : none, c.quoteEnd >= 0 ? QVariant(c.quoteEnd) : none,
                     c.person ? QVariant(c.person) : none, c.target ? QVariant(c.target) : none, c.value})) {
        fail(query.lastError().text());
        return 0;
    }
    const qint64 id = query.lastInsertId().toLongLong();
    const bool applied = c.article ? applyCorrections(c.article) : applyPersonCorrections();
    if (!applied || !transaction.commit())
        return 0;
    return id;
}

qint64 Library::reassignQuote(qint64 article, int quoteStart, int quoteEnd, const QString &speakerName)
{
    if (speakerName.trimmed().isEmpty()) {
        fail(tr("A quote needs a speaker's name to be given to."));
        return 0;
    }
    Correction c;
    c.action = CorrectionAction::Reassign;
    c.article = article;
    c.quoteStart = quoteStart;
    c.quoteEnd = quoteEnd;
    c.value = speakerName.simplified();
    return recordCorrection(c);
}

qint64 Library::markNotAQuote(qint64 article, int quoteStart, int quoteEnd)
{
    Correction c;
    c.action = CorrectionAction::NotAQuote;
    c.article = article;
    c.quoteStart = quoteStart;
    c.quoteEnd = quoteEnd;
    return recordCorrection(c);
}

qint64 Library::renamePerson(qint64 person, const QString &name)
{
    if (name.trimmed().isEmpty()) {
        fail(tr("A name cannot be empty."));
        return 0;
    }
    Correction c;
    c.action = CorrectionAction::Rename;
    c.person = person;
    c.value = name.simplified();
    return recordCorrection(c);
}

qint64 Library::mergePeople(qint64 from, qint64 into)
{
    if (from == into) {
        fail(tr("A person cannot be merged into themselves."));
        return 0;
    }
    Correction c;
    c.action = CorrectionAction::Merge;
    c.person = from;
    c.target = into;
    return recordCorrection(c);
}

qint64 Library::markNotASpeaker(qint64 article, const QString &speakerName)
{
    if (speakerName.trimmed().isEmpty()) {
        fail(tr("Which speaker is not one needs their name."));
        return 0;
    }
    Correction c;
    c.action = CorrectionAction::NotASpeaker;
    c.article = article;
    c.value = speakerName.simplified();
    return recordCorrection(c);
}

std::optional<Library::ArticleSpeaker> Library::articleSpeaker(qint64 article, const QString &shownName) const
{
    const QString key = PeopleLinker::nameKey(shownName);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT s.name, COALESCE(p.display_name, mp.display_name, mp.name),"
                                 " COALESCE(p.merged_into, p.id) FROM speakers s"
                                 " LEFT JOIN people p ON p.id = s.person LEFT JOIN people mp ON mp.id = p.merged_into"
                                 " WHERE s.article = ? ORDER BY s.ordinal"));
    if (!run(query, {article}))
        return std::nullopt;
    // The name shown wins over the name extracted: a renamed speaker may share the old name with
    // another speaker of the article.
    std::optional<ArticleSpeaker> byExtractedName;
    while (query.next()) {
        const ArticleSpeaker speaker{query.value(0).toString(), query.value(2).toLongLong()};
        const QString shown = query.value(1).toString();
        if (!shown.isEmpty() && PeopleLinker::nameKey(shown) == key)
            return speaker;
        if (!byExtractedName && shown.isEmpty() && PeopleLinker::nameKey(speaker.extractedName) == key)
            byExtractedName = speaker;
    }
    return byExtractedName;
}

bool Library::isCorrected(qint64 article) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM corrections WHERE undone = 0 AND (article = ? OR person IN"
        " (SELECT person FROM speakers WHERE article = ?) OR target IN (SELECT person FROM speakers WHERE article = ?)"
        " OR person IN (SELECT p.merged_into FROM people p JOIN speakers s ON s.person = p.id WHERE s.article = ?)))"));
    return run(query, {article, article, article, article}) && query.next() && query.value(0).toBool();
}

QString Library::correctionsStamp() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(SUM(undone), 0) FROM corrections"))
        || !query.next())
        return {};
    return QStringLiteral("%1/%2/%3").arg(query.value(0).toString(), query.value(1).toString(),
                                          query.value(2).toString());
}

bool Library::undoCorrection(qint64 correction)
{
    if (!isWritable())
        return fail(tr("The library is read-only."));
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT article FROM corrections WHERE id = ? AND undone = 0"));
    if (!run(query, {correction}) || !query.next())
        return fail(tr("No correction %1 to undo.").arg(correction));
    const qint64 article = query.value(0).toLongLong();
    query.prepare(QStringLiteral("UPDATE corrections SET undone = 1 WHERE id = ?"));
    if (!run(query, {correction}))
        return fail(query.lastError().text());
    const bool applied = article ? applyCorrections(article) : applyPersonCorrections();
    return applied && (transaction.commit() || fail(db.lastError().text()));
}

QList<Library::Correction> Library::corrections() const
{
    QList<Correction> list;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id, action, created, article, quote_start, quote_end, person, target,"
                                   " value FROM corrections WHERE undone = 0 ORDER BY id")))
        return list;
    while (query.next()) {
        Correction c;
        c.id = query.value(0).toLongLong();
        c.action = actionFromName(query.value(1).toString()).value_or(CorrectionAction::Reassign);
        c.created = query.value(2).toString();
        c.article = query.value(3).toLongLong();
        c.quoteStart = query.value(4).isNull() ? -1 : query.value(4).toInt();
        c.quoteEnd = query.value(5).isNull() ? -1 : query.value(5).toInt();
        c.person = query.value(6).toLongLong();
        c.target = query.value(7).toLongLong();
        c.value = query.value(8).toString();
        list.append(c);
    }
    return list;
}
