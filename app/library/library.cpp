#include "library.h"

#include "librarydatabase.h"
#include "sqlhelpers.h"
#include "peoplelinker.h"

#include "extract/enginerevision.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using SqlHelpers::nowUtc;
using SqlHelpers::prepared;
using SqlHelpers::run;
using SqlHelpers::Transaction;

namespace {

// Aliases are few short strings; a unit separator cannot occur in a name.
constexpr char16_t kAliasSeparator = u'\x1f';

QByteArray packBlocks(const QList<Article::Block> &blocks)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(blocks.size());
    for (const Article::Block &b : blocks)
        out << qint32(b.start) << qint32(b.length) << qint32(int(b.kind));
    return bytes;
}

QList<Article::Block> unpackBlocks(const QByteArray &bytes, int textLength)
{
    QDataStream in(bytes);
    qint32 count = 0;
    in >> count;
    QList<Article::Block> blocks;
    if (count < 0 || count > textLength + 1)
        return blocks;
    blocks.reserve(count);
    for (int i = 0; i < count; ++i) {
        qint32 start = 0, length = 0, kind = 0;
        in >> start >> length >> kind;
        if (in.status() != QDataStream::Ok || start < 0 || length < 0 || start + length > textLength || kind < 0
            || kind > int(Article::BlockKind::ListItem))
            return {};
        Article::Block b;
        b.start = start;
        b.length = length;
        b.kind = Article::BlockKind(kind);
        blocks.append(b);
    }
    return blocks;
}

QByteArray packSpans(const QList<Article::Span> &spans)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(spans.size());
    for (const Article::Span &s : spans)
        out << qint32(s.start) << qint32(s.end);
    return bytes;
}

QList<Article::Span> unpackSpans(const QByteArray &bytes)
{
    QDataStream in(bytes);
    qint32 count = 0;
    in >> count;
    QList<Article::Span> spans;
    for (int i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint32 start = 0, end = 0;
        in >> start >> end;
        if (in.status() == QDataStream::Ok)
            spans.append({start, end});
    }
    return spans;
}

// The article's date as ISO 8601 when it can be read, else empty.
QString isoDate(const QString &written)
{
    const QString s = written.trimmed();
    if (s.isEmpty())
        return {};
    if (s.size() == 10) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    for (Qt::DateFormat format : {Qt::ISODate, Qt::RFC2822Date}) {
        const QDateTime dt = QDateTime::fromString(s, format);
        if (dt.isValid())
            return dt.toUTC().toString(Qt::ISODate);
    }
    const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QByteArray packBody(const QString &text)
{
    return qCompress(text.toUtf8(), 6);
}

QString unpackBody(const QVariant &value)
{
    if (value.metaType() == QMetaType::fromType<QByteArray>())
        return QString::fromUtf8(qUncompress(value.toByteArray()));
    return value.toString();
}

} // namespace

Library::Library(LibraryDatabase &database)
    : m_database(database)
{
}

QString Library::contentHash(const Article &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(article.title().toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(article.text().constData()),
                                article.text().size() * qsizetype(sizeof(QChar))));
    hash.addData(packBlocks(article.blocks()));
    hash.addData(packSpans(article.markedQuotes()));
    return QString::fromLatin1(hash.result().toHex());
}

QString Library::engineVersion()
{
    // The rule data is part of the engine: a changed word list changes what is found.
    static const QString version = []() -> QString {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        QStringList files;
        QDirIterator it(QStringLiteral(":/rules"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
        for (const QString &path : std::as_const(files)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly)) {
                hash.addData(path.toUtf8());
                hash.addData(f.readAll());
            }
        }
        return QStringLiteral(SAYWHO_VERSION) + u'.' + QString::number(kEngineRevision) + u'-'
               + QString::fromLatin1(hash.result().toHex().left(12));
    }();
    return version;
}

bool Library::isWritable() const
{
    return m_database.isOpen() && !m_database.isReadOnly();
}

bool Library::fail(const QString &what) const
{
    m_error = what;
    return false;
}

std::optional<Library::Stored> Library::find(const QString &source, const QString &contentHash) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, content_hash, engine FROM articles WHERE source = ?"));
    if (run(query, {source}) && query.next())
        return Stored{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
    query.prepare(QStringLiteral("SELECT id, content_hash, engine FROM articles WHERE content_hash = ? LIMIT 1"));
    if (run(query, {contentHash}) && query.next())
        return Stored{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()};
    return std::nullopt;
}

std::optional<Library::AddStatus> Library::add(const QString &source, const Article &article,
                                               const Extraction &extraction, qint64 *id)
{
    if (!isWritable()) {
        fail(tr("The library is read-only."));
        return std::nullopt;
    }
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    if (!transaction.isOpen()) {
        fail(db.lastError().text());
        return std::nullopt;
    }
    const QString hash = contentHash(article);
    const QString engine = engineVersion();
    const std::optional<Stored> stored = find(source, hash);

    AddStatus status = AddStatus::Added;
    qint64 articleId = 0;
    QSqlQuery query(db);
    const QString published = isoDate(article.date());
    const QString added = nowUtc();
    if (stored && stored->contentHash == hash) {
        articleId = stored->id;
        if (stored->engine == engine) {
            if (id)
                *id = articleId;
            return AddStatus::Unchanged;
        }
        status = AddStatus::Updated;
        query.prepare(QStringLiteral("UPDATE articles SET engine = ? WHERE id = ?"));
        if (!run(query, {engine, articleId})) {
            fail(query.lastError().text());
            return std::nullopt;
        }
    } else if (stored) {
        // The same source with new content: the article is updated in place and keeps its id.
        articleId = stored->id;
        status = AddStatus::Updated;
        query.prepare(QStringLiteral(
            "UPDATE articles SET content_hash = ?, title = ?, byline = ?, published = ?, dated = ?, format = ?,"
            " link = ?, body = ?, blocks = ?, marked = ?, engine = ? WHERE id = ?"));
        QSqlQuery added0(db);
        added0.prepare(QStringLiteral("SELECT added FROM articles WHERE id = ?"));
        const QString firstAdded = (run(added0, {articleId}) && added0.next()) ? added0.value(0).toString() : added;
        if (!run(query, {hash, article.title(), article.byline(), published,
                         published.isEmpty() ? firstAdded : published, article.formatName(), article.link(),
                         packBody(article.text()), packBlocks(article.blocks()), packSpans(article.markedQuotes()),
                         engine, articleId})) {
            fail(query.lastError().text());
            return std::nullopt;
        }
    } else {
        query.prepare(QStringLiteral(
            "INSERT INTO articles (source, content_hash, title, byline, published, added, dated, format, link,"
            " body, blocks, marked, engine) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (!run(query, {source, hash, article.title(), article.byline(), published, added,
                         published.isEmpty() ? added : published, article.formatName(), article.link(),
                         packBody(article.text()), packBlocks(article.blocks()), packSpans(article.markedQuotes()),
                         engine})) {
            fail(query.lastError().text());
            return std::nullopt;
        }
        articleId = query.lastInsertId().toLongLong();
    }
    if (!writeExtraction(articleId, article, extraction) || !transaction.commit()) {
        if (m_error.isEmpty())
            fail(db.lastError().text());
        return std::nullopt;
    }
    if (id)
        *id = articleId;
    return status;
}

bool Library::replaceExtraction(qint64 id, const Extraction &extraction)
{
    if (!isWritable())
        return fail(tr("The library is read-only."));
    const std::optional<StoredArticle> stored = article(id);
    if (!stored)
        return fail(tr("No article %1 in the library.").arg(id));
    QSqlDatabase &db = m_database.connection();
    Transaction transaction(db);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE articles SET engine = ? WHERE id = ?"));
    if (!run(query, {engineVersion(), id}) || !writeExtraction(id, stored->article, extraction))
        return fail(query.lastError().text());
    return transaction.commit() || fail(db.lastError().text());
}

bool Library::writeExtraction(qint64 id, const Article &article, const Extraction &extraction)
{
    QSqlDatabase &db = m_database.connection();
    // The people who spoke here before: their figures change too.
    const QList<qint64> before = PeopleLinker::rootsOfArticle(db, id);
    QSqlQuery &deleteQuotes = prepared(db, QStringLiteral("DELETE FROM quotes WHERE article = ?"));
    if (!run(deleteQuotes, {id}))
        return fail(deleteQuotes.lastError().text());
    QSqlQuery &deleteSpeakers = prepared(db, QStringLiteral("DELETE FROM speakers WHERE article = ?"));
    if (!run(deleteSpeakers, {id}))
        return fail(deleteSpeakers.lastError().text());

    QList<qint64> speakerRows;
    speakerRows.reserve(extraction.speakers.size());
    QSqlQuery &insertSpeaker
        = prepared(db, QStringLiteral("INSERT INTO speakers (article, ordinal, name, kind, role, aliases, gender,"
                                      " first_mention, described) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < extraction.speakers.size(); ++i) {
        const Speaker &s = extraction.speakers.at(i);
        if (!run(insertSpeaker, {id, i, s.name, int(s.kind), s.role, s.aliases.join(QChar(kAliasSeparator)),
                                 int(s.gender), s.firstMention, int(s.described)}))
            return fail(insertSpeaker.lastError().text());
        speakerRows.append(insertSpeaker.lastInsertId().toLongLong());
    }
    QSqlQuery &insertQuote = prepared(db, QStringLiteral(
        "INSERT INTO quotes (article, speaker, extracted_speaker, kind, start, finish, cue, cue_start, cue_end,"
        " source, paragraph, confidence, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const Quote &q : extraction.quotes) {
        const QVariant speaker = (q.speaker >= 0 && q.speaker < speakerRows.size())
                                     ? QVariant(speakerRows.at(q.speaker))
                                     : QVariant(QMetaType::fromType<qint64>());
        if (!run(insertQuote, {id, speaker, speaker, int(q.kind), q.start, q.end, q.cue, q.cueStart, q.cueEnd,
                               q.source, q.paragraph, q.confidence, Extraction::quoteText(article, q)}))
            return fail(insertQuote.lastError().text());
    }
    if (!PeopleLinker::linkArticle(db, id))
        return fail(tr("Cannot link the speakers of article %1 to people.").arg(id));
    return applyCorrections(id, before);
}

QList<Library::ArticleSummary> Library::summaries(const QString &where, const QVariantList &values) const
{
    QList<ArticleSummary> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
                      "SELECT a.id, a.source, a.title, a.byline, a.published, a.added, a.format,"
                      " (SELECT COUNT(*) FROM speakers s WHERE s.article = a.id AND s.origin = 0),"
                      " (SELECT COUNT(*) FROM quotes q WHERE q.article = a.id AND q.corrected != 2)"
                      " FROM articles a ")
                  + where + QStringLiteral(" ORDER BY a.dated DESC, a.id DESC"));
    if (!run(query, values)) {
        fail(query.lastError().text());
        return list;
    }
    while (query.next()) {
        ArticleSummary a;
        a.id = query.value(0).toLongLong();
        a.source = query.value(1).toString();
        a.title = query.value(2).toString();
        a.byline = query.value(3).toString();
        a.published = query.value(4).toString();
        a.added = query.value(5).toString();
        a.format = query.value(6).toString();
        a.speakers = query.value(7).toInt();
        a.quotes = query.value(8).toInt();
        list.append(a);
    }
    return list;
}

QList<Library::ArticleSummary> Library::articles() const
{
    return summaries(QString(), {});
}

std::optional<Library::ArticleSummary> Library::summary(qint64 id) const
{
    const QList<ArticleSummary> list = summaries(QStringLiteral("WHERE a.id = ?"), {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.front();
}

QList<Library::IndexEntry> Library::index() const
{
    QList<IndexEntry> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT source, content_hash, engine FROM articles"))) {
        while (query.next())
            list.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    return list;
}

int Library::articleCount() const
{
    QSqlQuery query(m_database.connection());
    return (query.exec(QStringLiteral("SELECT COUNT(*) FROM articles")) && query.next()) ? query.value(0).toInt() : 0;
}

std::optional<Library::StoredArticle> Library::article(qint64 id) const
{
    QSqlDatabase &db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT source, engine, title, byline, published, format, link, body, blocks,"
                                 " marked FROM articles WHERE id = ?"));
    if (!run(query, {id}) || !query.next())
        return std::nullopt;
    StoredArticle stored;
    stored.id = id;
    stored.source = query.value(0).toString();
    stored.engine = query.value(1).toString();
    QString body = unpackBody(query.value(7));
    QList<Article::Block> blocks = unpackBlocks(query.value(8).toByteArray(), int(body.size()));
    const QList<Article::Span> spans = unpackSpans(query.value(9).toByteArray());
    stored.article.adoptText(std::move(body), std::move(blocks));
    for (const Article::Span &s : spans)
        stored.article.addMarkedQuote(s.start, s.end);
    stored.article.setTitle(query.value(2).toString());
    stored.article.setByline(query.value(3).toString());
    stored.article.setDate(query.value(4).toString());
    stored.article.setFormatName(query.value(5).toString());
    stored.article.setLink(query.value(6).toString());
    stored.article.setSourcePath(stored.source);

    QSqlQuery speakers(db);
    speakers.setForwardOnly(true);
    speakers.prepare(QStringLiteral("SELECT s.id, s.name, s.kind, s.role, s.aliases, s.gender, s.first_mention,"
                                    " COALESCE(p.display_name, mp.display_name, mp.name),"
                                    " COALESCE(p.merged_into, p.id), s.described"
                                    " FROM speakers s LEFT JOIN people p ON p.id = s.person"
                                    " LEFT JOIN people mp ON mp.id = p.merged_into"
                                    " WHERE s.article = ? ORDER BY s.ordinal"));
    if (!run(speakers, {id}))
        return std::nullopt;
    QHash<qint64, int> speakerIndex;
    QHash<qint64, int> personIndex; // two speakers merged into one person are one speaker here
    while (speakers.next()) {
        const qint64 person = speakers.value(8).toLongLong();
        if (const auto same = personIndex.constFind(person); person > 0 && same != personIndex.cend()) {
            Speaker &first = stored.extraction.speakers[*same];
            const QString name = speakers.value(1).toString();
            if (name != first.name && !first.aliases.contains(name))
                first.aliases.append(name);
            speakerIndex.insert(speakers.value(0).toLongLong(), *same);
            continue;
        }
        Speaker s;
        const QString corrected = speakers.value(7).toString();
        s.name = corrected.isEmpty() ? speakers.value(1).toString() : corrected;
        s.kind = Speaker::Kind(speakers.value(2).toInt());
        s.role = speakers.value(3).toString();
        s.aliases = speakers.value(4).toString().split(QChar(kAliasSeparator), Qt::SkipEmptyParts);
        if (!corrected.isEmpty() && corrected != speakers.value(1).toString())
            s.aliases.prepend(speakers.value(1).toString());
        s.gender = decltype(s.gender)(speakers.value(5).toInt());
        s.firstMention = speakers.value(6).toInt();
        s.described = speakers.value(9).toBool();
        speakerIndex.insert(speakers.value(0).toLongLong(), int(stored.extraction.speakers.size()));
        if (person > 0)
            personIndex.insert(person, int(stored.extraction.speakers.size()));
        stored.extraction.speakers.append(s);
    }

    QSqlQuery quotes(db);
    quotes.setForwardOnly(true);
    quotes.prepare(QStringLiteral("SELECT id, speaker, kind, start, finish, cue, cue_start, cue_end, source,"
                                  " paragraph, confidence, corrected FROM quotes"
                                  " WHERE article = ? AND corrected != 2 ORDER BY start, finish"));
    if (!run(quotes, {id}))
        return std::nullopt;
    while (quotes.next()) {
        Quote q;
        q.speaker = quotes.value(1).isNull() ? -1 : speakerIndex.value(quotes.value(1).toLongLong(), -1);
        q.kind = Quote::Kind(quotes.value(2).toInt());
        q.start = quotes.value(3).toInt();
        q.end = quotes.value(4).toInt();
        q.cue = quotes.value(5).toString();
        q.cueStart = quotes.value(6).toInt();
        q.cueEnd = quotes.value(7).toInt();
        q.source = quotes.value(8).toString();
        q.paragraph = quotes.value(9).toInt();
        q.confidence = quotes.value(10).toDouble();
        // Who said it is no longer a guess once the reader has said so.
        if (quotes.value(11).toInt() == 1)
            q.confidence = 1.0;
        if (q.speaker >= 0)
            ++stored.extraction.speakers[q.speaker].quoteCount;
        stored.quoteIds.append(quotes.value(0).toLongLong());
        stored.corrected.append(quotes.value(11).toInt() == 1);
        stored.extraction.quotes.append(q);
    }
    // A speaker is someone quoted: one whose every quote was taken away is left out.
    QList<int> newIndex(stored.extraction.speakers.size(), -1);
    QList<Speaker> kept;
    for (int i = 0; i < stored.extraction.speakers.size(); ++i) {
        if (stored.extraction.speakers.at(i).quoteCount > 0) {
            newIndex[i] = int(kept.size());
            kept.append(stored.extraction.speakers.at(i));
        }
    }
    for (int i = 0; i < kept.size(); ++i)
        kept[i].id = QStringLiteral("s%1").arg(i + 1);
    for (Quote &q : stored.extraction.quotes)
        q.speaker = q.speaker >= 0 ? newIndex.at(q.speaker) : -1;
    stored.extraction.speakers = kept;
    return stored;
}

QList<qint64> Library::staleArticles() const
{
    QList<qint64> ids;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM articles WHERE engine != ? ORDER BY id"));
    if (run(query, {engineVersion()})) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    return ids;
}


namespace {

const char *const kPeopleSelect =
    "SELECT p.id, COALESCE(p.display_name, p.name), p.kind, st.roles, st.articles, st.quotes, st.first, st.last"
    " FROM person_stats st JOIN people p ON p.id = st.person WHERE st.quotes > 0";

Library::Person personFrom(const QSqlQuery &query)
{
    Library::Person p;
    p.id = query.value(0).toLongLong();
    p.name = query.value(1).toString();
    p.kind = Speaker::Kind(query.value(2).toInt());
    p.roles = query.value(3).toString().split(u',', Qt::SkipEmptyParts);
    p.articles = query.value(4).toInt();
    p.quotes = query.value(5).toInt();
    p.first = query.value(6).toString();
    p.last = query.value(7).toString();
    return p;
}

} // namespace

QList<Library::Person> Library::people() const
{
    QList<Person> list;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(QLatin1String(kPeopleSelect) + QStringLiteral(" ORDER BY st.quotes DESC, p.name"))) {
        fail(query.lastError().text());
        return list;
    }
    while (query.next())
        list.append(personFrom(query));
    return list;
}

std::optional<Library::Person> Library::person(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QLatin1String(kPeopleSelect) + QStringLiteral(" AND st.person = ?"));
    if (!run(query, {id}) || !query.next())
        return std::nullopt;
    return personFrom(query);
}

QList<qint64> Library::peopleNamed(const QString &name) const
{
    QList<qint64> ids;
    const QString key = PeopleLinker::nameKey(name);
    QSqlQuery query(m_database.connection());
    // Renamed people answer to their new name; merged ones to the person they joined.
    query.prepare(QStringLiteral("SELECT DISTINCT COALESCE(merged_into, id), display_name, name_key FROM people"
                                 " ORDER BY 1"));
    if (!query.exec())
        return ids;
    while (query.next()) {
        const QString display = query.value(1).toString();
        const bool match = display.isEmpty() ? query.value(2).toString() == key
                                             : PeopleLinker::nameKey(display) == key;
        const qint64 id = query.value(0).toLongLong();
        if (match && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

QList<Library::QuoteHit> Library::quoteHits(const QString &where, const QVariantList &values, int limit) const
{
    QList<QuoteHit> hits;
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT q.id, q.article, p.id, COALESCE(p.display_name, p.name), q.kind, q.text,"
                                 " a.source, a.title, a.dated, q.start, q.finish, q.confidence, q.corrected"
                                 " FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker"
                                 " LEFT JOIN people p0 ON p0.id = s.person"
                                 " LEFT JOIN people p ON p.id = COALESCE(p0.merged_into, p0.id)"
                                 " JOIN articles a ON a.id = q.article WHERE q.corrected != 2 AND ")
                  + where + QStringLiteral(" ORDER BY a.dated DESC, a.id DESC, q.start");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!run(query, values)) {
        fail(query.lastError().text());
        return hits;
    }
    while (query.next()) {
        QuoteHit h;
        h.id = query.value(0).toLongLong();
        h.article = query.value(1).toLongLong();
        h.person = query.value(2).toLongLong();
        h.speaker = query.value(3).toString();
        h.kind = Quote::Kind(query.value(4).toInt());
        h.text = query.value(5).toString();
        h.source = query.value(6).toString();
        h.title = query.value(7).toString();
        h.date = query.value(8).toString();
        h.start = query.value(9).toInt();
        h.end = query.value(10).toInt();
        h.confidence = query.value(11).toDouble();
        h.corrected = query.value(12).toInt() == 1;
        hits.append(h);
    }
    return hits;
}

QList<Library::QuoteHit> Library::quotesBy(qint64 person) const
{
    // Through the indexes: the person's speaker rows (theirs and those of people merged into them),
    // then those rows' quotes.
    return quoteHits(QStringLiteral("q.speaker IN (SELECT s2.id FROM speakers s2 WHERE s2.person IN"
                                    " (SELECT id FROM people WHERE id = ? OR merged_into = ?))"),
                     {person, person}, 0);
}

QList<Library::QuoteHit> Library::search(const QString &text, const SearchFilter &filter) const
{
    QString where = QStringLiteral("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)");
    QVariantList values{text};
    if (!filter.speaker.isEmpty()) {
        const QList<qint64> ids = peopleNamed(filter.speaker);
        if (ids.isEmpty())
            return {};
        QStringList list;
        for (qint64 id : ids)
            list.append(QString::number(id));
        where += QStringLiteral(" AND p.id IN (%1)").arg(list.join(u','));
    }
    if (filter.kind) {
        where += QStringLiteral(" AND q.kind = ?");
        values.append(int(*filter.kind));
    }
    if (!filter.from.isEmpty()) {
        where += QStringLiteral(" AND a.dated >= ?");
        values.append(filter.from);
    }
    if (!filter.to.isEmpty()) {
        // Inclusive of the whole last day, whatever time of it an article carries.
        where += QStringLiteral(" AND substr(a.dated, 1, 10) <= ?");
        values.append(filter.to);
    }
    return quoteHits(where, values, filter.limit);
}
