#pragma once

#include "article/article.h"
#include "article/extraction.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class LibraryDatabase;

// Everything read, kept: articles with their text, structure and extraction, the people who speak
// across them, and the reader's corrections. Each write is one transaction, so a process killed in
// the middle of adding leaves every article it finished and nothing half-written. Corrections are
// stored apart from the extraction and applied over it after every (re-)extraction, so they survive
// a new engine.
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Library)

public:
    explicit Library(LibraryDatabase &database);

    // What add() did with an article.
    enum class AddStatus { Added, Updated, Unchanged };

    struct Stored
    {
        qint64 id = 0;
        QString contentHash;
        QString engine;
    };

    struct ArticleSummary
    {
        qint64 id = 0;
        QString source;    // file path or web address
        QString title;
        QString byline;
        QString published; // ISO 8601 when known, else empty
        QString added;     // ISO 8601, UTC
        QString format;
        int speakers = 0;
        int quotes = 0;
    };

    struct StoredArticle
    {
        qint64 id = 0;
        QString source;
        QString engine;
        Article article;
        Extraction extraction;     // with the reader's corrections applied; "not a quote" left out
        QList<qint64> quoteIds;    // the library's id of each quote in extraction.quotes
        QList<bool> corrected;     // per quote: given to its speaker by a correction
    };

    struct Person
    {
        qint64 id = 0;
        QString name;
        Speaker::Kind kind = Speaker::Kind::Person;
        QStringList roles;
        int articles = 0;
        int quotes = 0;
        QString first;     // ISO dates of the first and last article quoting them
        QString last;
    };

    struct QuoteHit
    {
        qint64 id = 0;
        qint64 article = 0;
        qint64 person = 0;         // 0 when unattributed
        QString speaker;
        Quote::Kind kind = Quote::Kind::Direct;
        QString text;
        QString source;            // the article's file or address
        QString title;
        QString date;
        int start = 0;
        int end = 0;
        double confidence = 0;
        bool corrected = false;
    };

    // A speaker of one article as the library knows them: the name the extractor gave (what a
    // correction of this article names them by) and the person they count for after merges.
    struct ArticleSpeaker
    {
        QString extractedName;
        qint64 person = 0;
    };

    struct SearchFilter
    {
        QString speaker;            // a person's name, case aside; empty for everyone
        std::optional<Quote::Kind> kind;
        QString from;               // ISO dates, inclusive; empty for no bound
        QString to;
        int limit = 1000;
    };

    // NotASpeaker takes every quote of one article's speaker away from them (they stay quotes,
    // unattributed): the extractor took a word for a name.
    enum class CorrectionAction { Reassign, NotAQuote, Rename, Merge, NotASpeaker };

    struct Correction
    {
        qint64 id = 0;
        CorrectionAction action = CorrectionAction::Reassign;
        QString created;
        qint64 article = 0;
        int quoteStart = -1;
        int quoteEnd = -1;
        qint64 person = 0;
        qint64 target = 0;
        QString value;
    };

    // A hash of what the reader shows (text, structure, title): the same file content gives the same
    // hash wherever it is read from.
    static QString contentHash(const Article &article);
    // Changes whenever the extractor or its rule data changes, so stored extractions can be renewed.
    static QString engineVersion();

    bool isWritable() const;
    QString lastError() const { return m_error; }

    // The article stored from source, or with the same content under another source.
    std::optional<Stored> find(const QString &source, const QString &contentHash) const;
    // Adds or updates in place; returns the status, or nothing on failure (lastError() says why).
    std::optional<AddStatus> add(const QString &source, const Article &article, const Extraction &extraction,
                                 qint64 *id = nullptr);
    // Replaces a stored article's extraction (a new engine), keeping the corrections.
    bool replaceExtraction(qint64 id, const Extraction &extraction);
    // Many adds in one transaction (a refresh of feeds): between these, the figures of the people
    // an article touches are counted once, at endBatch(), not again after every article. Call
    // endBatch() before the transaction commits; false when the figures could not be counted.
    void beginBatch();
    bool endBatch();

    QList<ArticleSummary> articles() const;
    std::optional<ArticleSummary> summary(qint64 id) const;
    int articleCount() const;
    // Every article's source, content hash and engine, for deciding without the database which
    // files need extracting at all.
    struct IndexEntry
    {
        QString source;
        QString contentHash;
        QString engine;
    };
    QList<IndexEntry> index() const;
    std::optional<StoredArticle> article(qint64 id) const;
    // Articles whose extraction an older engine made.
    QList<qint64> staleArticles() const;

    QList<Person> people() const;
    std::optional<Person> person(qint64 id) const;
    QList<qint64> peopleNamed(const QString &name) const;
    QList<QuoteHit> quotesBy(qint64 person) const;
    // FTS5 syntax ("peace talks", talk*, "a" OR "b"); newest first.
    QList<QuoteHit> search(const QString &query, const SearchFilter &filter) const;
    QList<QuoteHit> search(const QString &query) const { return search(query, SearchFilter()); }

    // Corrections; each returns the correction's id, or 0 on failure.
    qint64 reassignQuote(qint64 article, int quoteStart, int quoteEnd, const QString &speakerName);
    qint64 markNotAQuote(qint64 article, int quoteStart, int quoteEnd);
    qint64 renamePerson(qint64 person, const QString &name);
    qint64 mergePeople(qint64 from, qint64 into);
    qint64 markNotASpeaker(qint64 article, const QString &speakerName);
    bool undoCorrection(qint64 correction);
    QList<Correction> corrections() const;
    // The speaker of the article shown under this name (as extracted, or as renamed or merged).
    std::optional<ArticleSpeaker> articleSpeaker(qint64 article, const QString &shownName) const;
    // Whether a correction in force touches the article or one of the people quoted in it.
    bool isCorrected(qint64 article) const;
    // Changes whenever a correction is made or undone anywhere in the library.
    QString correctionsStamp() const;

private:
    bool writeExtraction(qint64 id, const Article &article, const Extraction &extraction);
    // Applies the article's corrections over its extraction and refreshes the figures of its people
    // and of the people in touched (who spoke there before a re-extraction).
    bool applyCorrections(qint64 article, QList<qint64> touched = {});
    bool applyPersonCorrections();
    qint64 recordCorrection(const Correction &c);
    QList<ArticleSummary> summaries(const QString &where, const QVariantList &values) const;
    QList<QuoteHit> quoteHits(const QString &where, const QVariantList &values, int limit) const;
    bool fail(const QString &what) const;

    LibraryDatabase &m_database;
    mutable QString m_error;
    bool m_batch = false;
    QList<qint64> m_batchPeople; // whose figures endBatch() counts
};
