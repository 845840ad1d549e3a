// The library: articles kept with their extraction, people across articles, search, corrections,
// migrations and damaged files. Every article here is invented for the test.
#include "article/article.h"
#include "extract/extractor.h"
#include "library/library.h"
#include "library/librarydatabase.h"
#include "library/libraryupdater.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

Article makeArticle(const QString &title, const QStringList &paragraphs, const QString &date = {})
{
    Article a;
    a.appendBlock(title, Article::BlockKind::Title);
    for (const QString &p : paragraphs)
        a.appendBlock(p);
    a.setTitle(title);
    a.setDate(date);
    return a;
}

Article busLanes()
{
    return makeArticle(QStringLiteral("Council approves bus lanes"),
                       {QStringLiteral("\u201CWe will build the lanes this year,\u201D said Mayor Ana Ortiz."),
                        QStringLiteral("\u201CThe drivers were never asked,\u201D said Luis Brandt, a union leader.")},
                       QStringLiteral("2026-03-02"));
}

Article budget()
{
    return makeArticle(QStringLiteral("Budget vote delayed"),
                       {QStringLiteral("\u201CThe budget is not finished,\u201D Ana Ortiz told reporters on Monday."),
                        QStringLiteral("\u201CWe expect a vote in June,\u201D she said.")},
                       QStringLiteral("2026-04-10"));
}

qint64 personNamed(const Library &library, const QString &name)
{
    const QList<qint64> ids = library.peopleNamed(name);
    return ids.size() == 1 ? ids.front() : 0;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Extractor m_extractor;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("library-%1.sqlite").arg(++m_counter)); }

    qint64 addArticle(Library &library, const QString &source, const Article &article,
                      Library::AddStatus expected = Library::AddStatus::Added)
    {
        qint64 id = 0;
        const auto status = library.add(source, article, m_extractor.extract(article), &id);
        if (!status || *status != expected || id <= 0) {
            qWarning("add %s: %s", qPrintable(source), qPrintable(library.lastError()));
            return 0;
        }
        return id;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void shouldCreateANewLibraryAtTheCurrentSchemaVersion()
    {
        // Given a path where nothing is
        const QString path = m_dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
        // When it is opened
        LibraryDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        // Then the file exists, is writable, in WAL mode, with foreign keys on
        QVERIFY(QFile::exists(path));
        QVERIFY(!db.isReadOnly());
        QVERIFY(db.warning().isEmpty());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), LibraryDatabase::schemaVersion());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void shouldMigrateFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < LibraryDatabase::schemaVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void shouldMigrateFromEveryEarlierVersion()
    {
        QFETCH(int, from);
        const QString path = freshPath();
        {
            // Given a library written by a Saywho whose schema stopped at version `from`, with an
            // article in it where the schema had room for one
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (int step = 1; step <= from; ++step) {
                for (const QString &sql : LibraryDatabase::migrationStep(step))
                    QVERIFY2(q.exec(sql), qPrintable(sql));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(from)));
            if (from >= 1) {
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO articles (id, source, content_hash, title, added, dated, body, blocks, marked, engine)"
                    " VALUES (1, '/tmp/old.txt', 'h', 'Old article', '2025-01-01T00:00:00Z', '2025-01-01', "
                    "'\u201CThe ferry runs again,\u201D said Marta Vidal.', x'', x'', 'old')")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO speakers (id, article, ordinal, name, kind) VALUES "
                                              "(1, 1, 0, 'Marta Vidal', 0)")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO quotes (article, speaker, kind, start, finish, text)"
                                              " VALUES (1, 1, 0, 1, 21, 'The ferry runs again')")));
            }
            if (from >= 3) {
                // What a Saywho of that version wrote with every article: the person, the counts.
                QVERIFY(q.exec(QStringLiteral("INSERT INTO people (id, name_key, name, kind) VALUES (1, 'marta vidal', 'Marta Vidal', 0)")));
                QVERIFY(q.exec(QStringLiteral("UPDATE speakers SET person = 1, quote_count = 1")));
                QVERIFY(q.exec(QStringLiteral("UPDATE quotes SET extracted_speaker = speaker")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO person_stats VALUES (1, 1, 1, '2025-01-01', '2025-01-01', '')")));
            }
            q.finish();
            raw.close();
            raw = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        }
        // When the current Saywho opens it
        LibraryDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QVERIFY(db.warning().isEmpty());
        // Then it is at the current version and what it held is still there, searchable and linked
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), LibraryDatabase::schemaVersion());
        Library library(db);
        if (from >= 1) {
            QCOMPARE(library.articleCount(), 1);
            const QList<Library::QuoteHit> hits = library.search(QStringLiteral("ferry"));
            QCOMPARE(hits.size(), 1);
            QCOMPARE(hits.front().speaker, QStringLiteral("Marta Vidal"));
            QCOMPARE(library.people().size(), 1);
            QCOMPARE(library.staleArticles(), QList<qint64>{1});
        } else {
            QCOMPARE(library.articleCount(), 0);
        }
        // And a new article can be added beside it
        QVERIFY(addArticle(library, QStringLiteral("/invented/bus-lanes.txt"), busLanes()) > 0);
    }

    void shouldKeepTheTextAndStructureOfAnArticle()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        Article article = busLanes();
        article.addMarkedQuote(5, 9);
        const Extraction extraction = m_extractor.extract(article);
        QVERIFY(!extraction.quotes.isEmpty());
        qint64 id = 0;
        QCOMPARE(library.add(QStringLiteral("/invented/a.txt"), article, extraction, &id), Library::AddStatus::Added);

        const auto stored = library.article(id);
        QVERIFY(stored);
        QCOMPARE(stored->article.text(), article.text());
        QCOMPARE(stored->article.blocks().size(), article.blocks().size());
        for (int i = 0; i < article.blocks().size(); ++i) {
            QCOMPARE(stored->article.blocks().at(i).start, article.blocks().at(i).start);
            QCOMPARE(stored->article.blocks().at(i).kind, article.blocks().at(i).kind);
            QCOMPARE(stored->article.blocks().at(i).paragraph, article.blocks().at(i).paragraph);
        }
        QCOMPARE(stored->article.markedQuotes().size(), 1);
        QCOMPARE(stored->article.title(), article.title());
        QCOMPARE(stored->extraction.quotes.size(), extraction.quotes.size());
        QCOMPARE(stored->extraction.speakers.size(), extraction.speakers.size());
        for (int i = 0; i < extraction.quotes.size(); ++i) {
            const Quote &a = extraction.quotes.at(i);
            const Quote &b = stored->extraction.quotes.at(i);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.cue, a.cue);
            QCOMPARE(b.confidence, a.confidence);
            QCOMPARE(stored->extraction.speakers.at(b.speaker).name, extraction.speakers.at(a.speaker).name);
        }
    }

    void shouldNotDuplicateAnArticleOpenedAgain()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        const qint64 id = addArticle(library, QStringLiteral("/invented/a.txt"), busLanes());
        QVERIFY(id > 0);
        // The same file again, and the same content under another name: both are the one article.
        QCOMPARE(addArticle(library, QStringLiteral("/invented/a.txt"), busLanes(), Library::AddStatus::Unchanged), id);
        QCOMPARE(addArticle(library, QStringLiteral("/elsewhere/copy.txt"), busLanes(), Library::AddStatus::Unchanged),
                 id);
        QCOMPARE(library.articleCount(), 1);
    }

    void shouldUpdateAChangedFileInPlace()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        const qint64 id = addArticle(library, QStringLiteral("/invented/a.txt"), busLanes());
        QVERIFY(id > 0);
        // When the file now holds another text
        QCOMPARE(addArticle(library, QStringLiteral("/invented/a.txt"), budget(), Library::AddStatus::Updated), id);
        // Then it is the same article with the new text and quotes
        QCOMPARE(library.articleCount(), 1);
        const auto stored = library.article(id);
        QVERIFY(stored);
        QCOMPARE(stored->article.title(), QStringLiteral("Budget vote delayed"));
        QVERIFY(library.search(QStringLiteral("lanes")).isEmpty());
        QCOMPARE(library.search(QStringLiteral("budget")).size(), 1);
    }

    void shouldGatherAPersonsQuotesFromEveryArticle()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        const qint64 first = addArticle(library, QStringLiteral("/invented/a.txt"), busLanes());
        const qint64 second = addArticle(library, QStringLiteral("/invented/b.txt"), budget());
        QVERIFY(first > 0 && second > 0);

        const qint64 ortiz = personNamed(library, QStringLiteral("ana ortiz"));
        QVERIFY(ortiz > 0);
        const auto person = library.person(ortiz);
        QVERIFY(person);
        QCOMPARE(person->articles, 2);
        QCOMPARE(person->quotes, 3);
        QCOMPARE(person->first, QStringLiteral("2026-03-02"));
        QCOMPARE(person->last, QStringLiteral("2026-04-10"));

        // Her quotes, newest first: the budget article's two, then the bus lanes'.
        const QList<Library::QuoteHit> quotes = library.quotesBy(ortiz);
        QCOMPARE(quotes.size(), 3);
        QCOMPARE(quotes.at(0).article, second);
        QCOMPARE(quotes.at(0).text, QStringLiteral("The budget is not finished"));
        QCOMPARE(quotes.at(1).text, QStringLiteral("We expect a vote in June"));
        QCOMPARE(quotes.at(2).article, first);
        QCOMPARE(quotes.at(2).title, QStringLiteral("Council approves bus lanes"));

        // People, most quoted first
        const QList<Library::Person> people = library.people();
        QCOMPARE(people.size(), 2);
        QCOMPARE(people.at(0).name, QStringLiteral("Ana Ortiz"));
        QCOMPARE(people.at(1).name, QStringLiteral("Luis Brandt"));
        QCOMPARE(people.at(1).articles, 1);
    }

    void shouldKeepDescribedSourcesOutOfThePeople()
    {
        // Given two articles that each quote a described spokesman of the same company, and a person
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        const auto spokesman = [](const QString &title, const QString &quote) {
            return makeArticle(title, {QStringLiteral("A spokesman for Harbour Ferries said ") + quote + u'.',
                                       QStringLiteral("\u201CWe are ready,\u201D said Ana Ortiz, the mayor.")},
                               QStringLiteral("2026-05-01"));
        };
        const Article first = spokesman(QStringLiteral("Fares rise"), QStringLiteral("the fares would rise"));
        const qint64 a = addArticle(library, QStringLiteral("/invented/fares.txt"), first);
        const qint64 b = addArticle(library, QStringLiteral("/invented/strike.txt"),
                                    spokesman(QStringLiteral("Strike ends"), QStringLiteral("the strike was over")));
        QVERIFY(a > 0 && b > 0);

        // Then the spokesman is no person across articles, while the mayor is one
        QCOMPARE(personNamed(library, QStringLiteral("harbour ferries spokesman")), 0);
        const qint64 ortiz = personNamed(library, QStringLiteral("ana ortiz"));
        QVERIFY(ortiz > 0);
        QCOMPARE(library.person(ortiz)->articles, 2);
        QCOMPARE(library.people().size(), 1);

        // And the article read back still knows the spokesman as described
        const auto stored = library.article(a);
        QVERIFY(stored);
        const int s = stored->extraction.speakerByName(QStringLiteral("Harbour Ferries spokesman"));
        QVERIFY(s >= 0);
        QVERIFY(stored->extraction.speakers.at(s).described);
        QVERIFY(!stored->extraction.speakers.at(stored->extraction.speakerByName(QStringLiteral("Ana Ortiz"))).described);
    }

    void shouldKeepNamesakesWithDifferentRolesApart()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        Extraction x1;
        Speaker s;
        s.name = QStringLiteral("Ana Ortiz");
        s.role = QStringLiteral("mayor of the city");
        x1.speakers = {s};
        Quote q;
        q.speaker = 0;
        q.start = 0;
        q.end = 5;
        x1.quotes = {q};
        Extraction x2 = x1;
        x2.speakers[0].role = QStringLiteral("striker for the football club");
        Extraction x3 = x1;
        x3.speakers[0].role = QStringLiteral("the city's mayor");
        Extraction x4 = x1;
        x4.speakers[0].role.clear();
        library.add(QStringLiteral("/1"), makeArticle(QStringLiteral("One"), {QStringLiteral("abcdefgh")}), x1);
        library.add(QStringLiteral("/2"), makeArticle(QStringLiteral("Two"), {QStringLiteral("bcdefghi")}), x2);
        library.add(QStringLiteral("/3"), makeArticle(QStringLiteral("Three"), {QStringLiteral("cdefghij")}), x3);
        library.add(QStringLiteral("/4"), makeArticle(QStringLiteral("Four"), {QStringLiteral("defghijk")}), x4);

        // The mayor (articles 1, 3 and the one without a role) and the striker are two people.
        const QList<qint64> ids = library.peopleNamed(QStringLiteral("Ana Ortiz"));
        QCOMPARE(ids.size(), 2);
        const auto mayor = library.person(ids.at(0));
        const auto striker = library.person(ids.at(1));
        QCOMPARE(mayor->articles, 3);
        QCOMPARE(striker->articles, 1);
        QVERIFY(striker->roles.contains(QStringLiteral("striker for the football club")));
    }

    void shouldSearchQuotesWithFilters()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        QVERIFY(addArticle(library, QStringLiteral("/invented/a.txt"), busLanes()) > 0);
        QVERIFY(addArticle(library, QStringLiteral("/invented/b.txt"), budget()) > 0);

        QCOMPARE(library.search(QStringLiteral("lanes")).size(), 1);
        QCOMPARE(library.search(QStringLiteral("\"never asked\"")).size(), 1);
        QCOMPARE(library.search(QStringLiteral("bud*")).size(), 1);
        QCOMPARE(library.search(QStringLiteral("we")).size(), 2); // "We will build", "We expect"
        Library::SearchFilter bySpeaker;
        bySpeaker.speaker = QStringLiteral("Luis Brandt");
        QCOMPARE(library.search(QStringLiteral("we"), bySpeaker).size(), 0);
        Library::SearchFilter byDate;
        byDate.from = QStringLiteral("2026-04-01");
        const auto recent = library.search(QStringLiteral("we"), byDate);
        QCOMPARE(recent.size(), 1);
        QCOMPARE(recent.front().text, QStringLiteral("We expect a vote in June"));
        Library::SearchFilter byKind;
        byKind.kind = Quote::Kind::Indirect;
        QCOMPARE(library.search(QStringLiteral("we"), byKind).size(), 0);
    }

    void shouldKeepAReassignedQuoteAfterReExtraction()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        const Article article = busLanes();
        const qint64 id = addArticle(library, QStringLiteral("/invented/a.txt"), article);
        const auto before = library.article(id);
        QVERIFY(before);
        // Given the union leader's quote, given by the reader to the mayor
        int brandtQuote = -1;
        for (int i = 0; i < before->extraction.quotes.size(); ++i) {
            const Quote &q = before->extraction.quotes.at(i);
            if (q.speaker >= 0 && before->extraction.speakers.at(q.speaker).name == QLatin1String("Luis Brandt"))
                brandtQuote = i;
        }
        QVERIFY(brandtQuote >= 0);
        const Quote target = before->extraction.quotes.at(brandtQuote);
        const qint64 correction = library.reassignQuote(id, target.start, target.end, QStringLiteral("Ana Ortiz"));
        QVERIFY2(correction > 0, qPrintable(library.lastError()));

        const auto check = [&](const QString &expected, bool corrected) {
            const auto stored = library.article(id);
            QVERIFY(stored);
            bool found = false;
            for (int i = 0; i < stored->extraction.quotes.size(); ++i) {
                const Quote &q = stored->extraction.quotes.at(i);
                if (q.start == target.start && q.end == target.end) {
                    found = true;
                    QCOMPARE(stored->extraction.speakers.at(q.speaker).name, expected);
                    QCOMPARE(stored->corrected.at(i), corrected);
                    if (corrected)
                        QCOMPARE(q.confidence, 1.0); // the reader's word is certain
                }
            }
            QVERIFY(found);
        };
        check(QStringLiteral("Ana Ortiz"), true);
        // When a new engine re-extracts the article
        QVERIFY(library.replaceExtraction(id, m_extractor.extract(article)));
        // Then the correction still stands; the union leader is no longer a speaker here
        check(QStringLiteral("Ana Ortiz"), true);
        QCOMPARE(library.person(personNamed(library, QStringLiteral("Ana Ortiz")))->quotes, 2);
        QCOMPARE(library.peopleNamed(QStringLiteral("Luis Brandt")).size(), 1);
        QVERIFY(!library.person(personNamed(library, QStringLiteral("Luis Brandt"))));
        // And undone, the quote is his again
        QVERIFY(library.undoCorrection(correction));
        check(QStringLiteral("Luis Brandt"), false);
        QVERIFY(library.corrections().isEmpty());
    }

    void shouldGiveAQuoteToSomeoneTheExtractorDidNotList()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        const qint64 id = addArticle(library, QStringLiteral("/invented/a.txt"), busLanes());
        const Quote q = library.article(id)->extraction.quotes.front();
        QVERIFY(library.reassignQuote(id, q.start, q.end, QStringLiteral("Rosa  Lindqvist")) > 0);
        const auto stored = library.article(id);
        QCOMPARE(stored->extraction.speakers.at(stored->extraction.quotes.front().speaker).name,
                 QStringLiteral("Rosa Lindqvist"));
        QCOMPARE(library.quotesBy(personNamed(library, QStringLiteral("rosa lindqvist"))).size(), 1);
    }

    void shouldLeaveOutWhatTheReaderMarkedAsNotAQuote()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        const qint64 id = addArticle(library, QStringLiteral("/invented/a.txt"), busLanes());
        const auto before = library.article(id);
        const int count = int(before->extraction.quotes.size());
        const Quote q = before->extraction.quotes.front();
        const qint64 correction = library.markNotAQuote(id, q.start, q.end);
        QVERIFY(correction > 0);
        QCOMPARE(library.article(id)->extraction.quotes.size(), count - 1);
        QVERIFY(library.search(QStringLiteral("lanes")).isEmpty());
        QVERIFY(library.undoCorrection(correction));
        QCOMPARE(library.article(id)->extraction.quotes.size(), count);
    }

    void shouldRenameAndMergePeople()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        QVERIFY(addArticle(library, QStringLiteral("/invented/a.txt"), busLanes()) > 0);
        QVERIFY(addArticle(library, QStringLiteral("/invented/b.txt"), budget()) > 0);
        const qint64 ortiz = personNamed(library, QStringLiteral("Ana Ortiz"));
        const qint64 brandt = personNamed(library, QStringLiteral("Luis Brandt"));
        QVERIFY(ortiz && brandt);

        const qint64 rename = library.renamePerson(brandt, QStringLiteral("Luis M. Brandt"));
        QVERIFY(rename > 0);
        QCOMPARE(library.person(brandt)->name, QStringLiteral("Luis M. Brandt"));
        QCOMPARE(personNamed(library, QStringLiteral("Luis M. Brandt")), brandt);

        const qint64 merge = library.mergePeople(brandt, ortiz);
        QVERIFY(merge > 0);
        QCOMPARE(library.people().size(), 1);
        QCOMPARE(library.person(ortiz)->quotes, 4);
        QCOMPARE(library.quotesBy(ortiz).size(), 4);

        QVERIFY(library.undoCorrection(merge));
        QCOMPARE(library.people().size(), 2);
        QVERIFY(library.undoCorrection(rename));
        QCOMPARE(library.person(brandt)->name, QStringLiteral("Luis Brandt"));
        QVERIFY(!library.undoCorrection(rename)); // undone once only
    }

    void shouldKeepTheQuotesOfWhatIsNotASpeakerUnattributedAfterReExtraction()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        const Article article = busLanes();
        const qint64 id = addArticle(library, QStringLiteral("/invented/a.txt"), article);
        const int quotes = int(library.article(id)->extraction.quotes.size());
        QVERIFY(!library.isCorrected(id));
        // Given the reader's word that the union leader is no speaker
        const qint64 correction = library.markNotASpeaker(id, QStringLiteral("luis  brandt"));
        QVERIFY2(correction > 0, qPrintable(library.lastError()));
        const auto check = [&] {
            const auto stored = library.article(id);
            QVERIFY(stored);
            QCOMPARE(stored->extraction.quotes.size(), quotes);
            QCOMPARE(stored->extraction.speakerByName(QStringLiteral("Luis Brandt")), -1);
            QCOMPARE(stored->extraction.unattributedCount(), 1);
        };
        check();
        QVERIFY(library.isCorrected(id));
        // When a new engine re-extracts the article, the correction still holds
        QVERIFY(library.replaceExtraction(id, m_extractor.extract(article)));
        check();
        QVERIFY(!library.person(personNamed(library, QStringLiteral("Luis Brandt"))));
        // And undone, he speaks again
        QVERIFY(library.undoCorrection(correction));
        QVERIFY(library.article(id)->extraction.speakerByName(QStringLiteral("Luis Brandt")) >= 0);
        QVERIFY(!library.isCorrected(id));
    }

    void shouldShowTwoSpeakersMergedIntoOnePersonAsOneSpeaker()
    {
        LibraryDatabase db;
        QVERIFY(db.open(freshPath()));
        Library library(db);
        const qint64 id = addArticle(library, QStringLiteral("/invented/a.txt"), busLanes());
        const QString stamp = library.correctionsStamp();
        const auto brandt = library.articleSpeaker(id, QStringLiteral("Luis Brandt"));
        const auto ortiz = library.articleSpeaker(id, QStringLiteral("Ana Ortiz"));
        QVERIFY(brandt && ortiz);
        QCOMPARE(brandt->extractedName, QStringLiteral("Luis Brandt"));
        // When the reader merges the union leader into the mayor
        QVERIFY(library.mergePeople(brandt->person, ortiz->person) > 0);
        // Then the article has one speaker with both quotes, the other name as an alias
        const auto stored = library.article(id);
        QCOMPARE(stored->extraction.speakers.size(), 1);
        QCOMPARE(stored->extraction.speakers.front().name, QStringLiteral("Ana Ortiz"));
        QVERIFY(stored->extraction.speakers.front().aliases.contains(QStringLiteral("Luis Brandt")));
        QCOMPARE(stored->extraction.quotesOf(0).size(), 2);
        // And the merged speaker is found under the name shown, as extracted under his own
        QCOMPARE(library.articleSpeaker(id, QStringLiteral("Ana Ortiz"))->person, ortiz->person);
        QVERIFY(library.isCorrected(id));
        QVERIFY(library.correctionsStamp() != stamp);
    }

    void shouldRenewExtractionsOfAnOlderEngineInTheBackground()
    {
        // Given an article whose extraction an older engine made: one quote, given to nobody, which
        // the reader has since given to the mayor
        const QString path = freshPath();
        LibraryDatabase db;
        QVERIFY(db.open(path));
        Library library(db);
        const Article article = busLanes();
        const Extraction current = m_extractor.extract(article);
        Extraction old;
        old.quotes = {current.quotes.front()};
        old.quotes.front().speaker = -1;
        qint64 id = 0;
        QVERIFY(library.add(QStringLiteral("/invented/a.txt"), article, old, &id));
        const Quote q = old.quotes.front();
        QVERIFY(library.reassignQuote(id, q.start, q.end, QStringLiteral("Ana Ortiz")) > 0);
        QSqlQuery stale(db.connection());
        QVERIFY(stale.exec(QStringLiteral("UPDATE articles SET engine = 'an older one'")));
        QCOMPARE(library.staleArticles(), QList<qint64>{id});

        // When the updater runs
        LibraryUpdater updater(path);
        QSignalSpy finished(&updater, &LibraryUpdater::finished);
        QSignalSpy updated(&updater, &LibraryUpdater::articleUpdated);
        updater.start();
        // The updater emits from its own thread, so on a busy machine it may finish before wait()
        // would start to listen: count an emission that came first.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);

        // Then the article has the current engine's extraction, and the correction still stands
        QCOMPARE(finished.front().front().toInt(), 1);
        QCOMPARE(updated.size(), 1);
        QVERIFY(library.staleArticles().isEmpty());
        const auto stored = library.article(id);
        QCOMPARE(stored->extraction.quotes.size(), current.quotes.size());
        QCOMPARE(stored->extraction.speakers.at(stored->extraction.quotes.front().speaker).name, QStringLiteral("Ana Ortiz"));
        QVERIFY(stored->corrected.front());
    }

    void shouldMoveADamagedLibraryAsideAndStartAnew()
    {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        LibraryDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.error()));
        QVERIFY(!db.warning().isEmpty());
        QVERIFY(!db.isReadOnly());
        // The damaged file is kept, byte for byte, beside the new one.
        const QStringList aside = QDir(m_dir.path()).entryList({QFileInfo(path).fileName() + QStringLiteral(".broken-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(m_dir.filePath(aside.front()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray(8192, 'x'));
        Library library(db);
        QVERIFY(addArticle(library, QStringLiteral("/invented/a.txt"), busLanes()) > 0);
    }

    void shouldOpenALibraryFromANewerSaywhoReadOnly()
    {
        const QString path = freshPath();
        {
            LibraryDatabase db;
            QVERIFY(db.open(path));
            Library library(db);
            QVERIFY(addArticle(library, QStringLiteral("/invented/a.txt"), busLanes()) > 0);
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=%1").arg(LibraryDatabase::schemaVersion() + 1)));
        }
        LibraryDatabase db;
        QVERIFY(db.open(path));
        QVERIFY(db.isReadOnly());
        QVERIFY(!db.warning().isEmpty());
        Library library(db);
        QCOMPARE(library.articleCount(), 1);
        QVERIFY(!library.add(QStringLiteral("/invented/b.txt"), budget(), m_extractor.extract(budget())));
        QVERIFY(!library.lastError().isEmpty());
        // Nothing was changed: the version is still the newer one.
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), LibraryDatabase::schemaVersion() + 1);
    }

    void shouldShareOneLibraryBetweenTwoConnections()
    {
        // Two connections stand for two Saywho processes; each waits for the other's writes.
        const QString path = freshPath();
        LibraryDatabase a;
        LibraryDatabase b;
        QVERIFY(a.open(path));
        QVERIFY(b.open(path));
        Library la(a);
        Library lb(b);
        QSqlDatabase &ca = a.connection();
        QVERIFY(ca.transaction());
        QSqlQuery hold(ca);
        QVERIFY(hold.exec(QStringLiteral("INSERT INTO people (name_key, name, kind) VALUES ('x', 'X', 0)")));
        QVERIFY(ca.commit());
        QVERIFY(addArticle(la, QStringLiteral("/invented/a.txt"), busLanes()) > 0);
        QVERIFY(addArticle(lb, QStringLiteral("/invented/b.txt"), budget()) > 0);
        QCOMPARE(la.articleCount(), 2);
        QCOMPARE(lb.articleCount(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
