// ArticleSession on its own, without a window: what it signals, and in which order, while it opens
// an article, a feed or a missing file, reloads with the reader's place, cancels, drops a job a newer
// one replaced, and notices the file changing on disk.
#include "articlesession.h"
#include "windowhelpers.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace WindowHelpers;

namespace {

const QByteArray HarbourArticle =
    "Ferry timetable changes\n\n"
    "\"The new timetable gives us two more crossings a day,\" said harbour master Ilse Marwick on Tuesday.\n\n"
    "Councillor Bram Oduya said that the fares would stay the same.\n";

const QByteArray HarbourFeed =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\"><channel><title>Harbour Gazette</title><link>http://127.0.0.1/</link>\n"
    "<item><title>Ferry timetable changes</title>"
    "<description>&lt;p&gt;\"Two more crossings a day,\" said Ilse Marwick.&lt;/p&gt;</description></item>\n"
    "<item><title>Pier repairs begin</title>"
    "<description>&lt;p&gt;\"We start on the north side,\" engineer Tomas Varga said.&lt;/p&gt;</description></item>\n"
    "</channel></rss>\n";

// Every signal of a session as a line of text, in the order they came.
struct Recorder
{
    explicit Recorder(ArticleSession *session)
    {
        QObject::connect(session, &ArticleSession::started, session, [this](const QString &) { events << u"started"_qs; });
        QObject::connect(session, &ArticleSession::opened, session, [this](const QString &) { events << u"opened"_qs; });
        QObject::connect(session, &ArticleSession::feedShown, session, [this](const Feed &feed, const QString &) {
            events << QStringLiteral("feed %1").arg(feed.entries.size());
        });
        QObject::connect(session, &ArticleSession::feedClosed, session, [this] { events << u"feedClosed"_qs; });
        QObject::connect(session, &ArticleSession::entryChanged, session,
                         [this](int row) { events << QStringLiteral("entry %1").arg(row); });
        QObject::connect(session, &ArticleSession::textShown, session,
                         [this](const Article &article, QTextDocument *document, int restoreTop) {
                             events << u"text"_qs;
                             text = article.text();
                             this->restoreTop = restoreTop;
                             hadDocument = document != nullptr;
                             delete document; // the receiver owns it
                         });
        QObject::connect(session, &ArticleSession::quotesFound, session,
                         [this](const Article &, const Extraction &extraction, const QString &, const QString &speaker) {
                             events << u"quotes"_qs;
                             quotes = int(extraction.quotes.size());
                             restoreSpeaker = speaker;
                         });
        QObject::connect(session, &ArticleSession::failed, session,
                         [this](const QString &, const QString &reason, bool reloading) {
                             events << (reloading ? u"failed reloading"_qs : u"failed"_qs);
                             this->reason = reason;
                         });
        QObject::connect(session, &ArticleSession::cancelled, session, [this](bool textShown) {
            events << (textShown ? u"cancelled after the text"_qs : u"cancelled"_qs);
        });
        QObject::connect(session, &ArticleSession::finished, session, [this](bool ok, bool reloaded) {
            events << QStringLiteral("finished %1%2").arg(ok ? u"ok"_qs : u"failed"_qs, reloaded ? u" reloaded"_qs : QString());
        });
    }

    QStringList events;
    QString text;
    QString reason;
    QString restoreSpeaker;
    int restoreTop = -2;
    int quotes = -1;
    bool hadDocument = false;
};

} // namespace

class TestArticleSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void shouldShowTheTextThenTheQuotes();
    void shouldReportAFileThatCannotBeOpenedAndKeepWhatIsOpen();
    void shouldHandTheReadersPlaceBackAfterAReload();
    void shouldOpenAFeedsFirstEntryAndThenTheOneChosen();
    void shouldShowAFeedWithoutEntriesAndOpenNothing();
    void shouldDropAJobThatANewerOneReplaced();
    void shouldSayNothingMoreAfterACancel();
    void shouldNoticeTheFileChangingOnDisk();

private:
    QString write(const QString &name, const QByteArray &bytes);
    static bool waitForFinished(ArticleSession &session);

    QTemporaryDir m_dir;
};

void TestArticleSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString TestArticleSession::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    if (!writeFile(path, bytes))
        QTest::qFail(qPrintable(QStringLiteral("cannot write %1").arg(path)), __FILE__, __LINE__);
    return path;
}

bool TestArticleSession::waitForFinished(ArticleSession &session)
{
    QSignalSpy finished(&session, &ArticleSession::finished);
    return finished.wait(30000);
}

void TestArticleSession::shouldShowTheTextThenTheQuotes()
{
    // Given
    const QString path = write(QStringLiteral("ferry.txt"), HarbourArticle);
    ArticleSession session;
    Recorder recorder(&session);

    // When
    session.openFile(path, QFont());
    QVERIFY(session.isBusy());
    QVERIFY(waitForFinished(session));

    // Then
    const QStringList expected{u"started"_qs, u"feedClosed"_qs, u"opened"_qs, u"text"_qs, u"quotes"_qs, u"finished ok"_qs};
    QCOMPARE(recorder.events, expected);
    QVERIFY(recorder.hadDocument);
    QVERIFY(recorder.text.contains(u"two more crossings"));
    QVERIFY(recorder.quotes >= 1);
    QCOMPARE(recorder.restoreTop, -1);
    QVERIFY(recorder.restoreSpeaker.isEmpty());
    QCOMPARE(session.path(), path);
    QVERIFY(!session.isBusy());
}

void TestArticleSession::shouldReportAFileThatCannotBeOpenedAndKeepWhatIsOpen()
{
    // Given a session showing an article
    const QString path = write(QStringLiteral("kept.txt"), HarbourArticle);
    ArticleSession session;
    Recorder recorder(&session); // from the start: the document shown is the receiver's to delete
    session.openFile(path, QFont());
    QVERIFY(waitForFinished(session));
    recorder.events.clear();

    // When a file that does not exist is asked for
    session.openFile(m_dir.filePath(QStringLiteral("no-such-article.txt")), QFont());
    QVERIFY(waitForFinished(session));

    // Then it fails with a reason, and the article open stays the one open
    const QStringList expected{u"started"_qs, u"failed"_qs, u"finished failed"_qs};
    QCOMPARE(recorder.events, expected);
    QVERIFY(!recorder.reason.isEmpty());
    QCOMPARE(session.path(), path);
}

void TestArticleSession::shouldHandTheReadersPlaceBackAfterAReload()
{
    // Given
    const QString path = write(QStringLiteral("reload.txt"), HarbourArticle);
    ArticleSession session;
    Recorder recorder(&session); // from the start: the document shown is the receiver's to delete
    session.openFile(path, QFont());
    QVERIFY(waitForFinished(session));
    recorder.events.clear();

    // When the file is read again from where the reader was
    ArticleSession::ReaderPlace place;
    place.speaker = QStringLiteral("Ilse Marwick");
    place.topPosition = 42;
    session.reload(QFont(), place);
    QVERIFY(waitForFinished(session));

    // Then the place comes back with the text and the quotes, and a reload is not a new recent file
    const QStringList expected{u"started"_qs, u"feedClosed"_qs, u"text"_qs, u"quotes"_qs, u"finished ok reloaded"_qs};
    QCOMPARE(recorder.events, expected);
    QCOMPARE(recorder.restoreTop, 42);
    QCOMPARE(recorder.restoreSpeaker, QStringLiteral("Ilse Marwick"));
}

void TestArticleSession::shouldOpenAFeedsFirstEntryAndThenTheOneChosen()
{
    // Given
    const QString path = write(QStringLiteral("harbour.rss"), HarbourFeed);
    ArticleSession session;
    Recorder recorder(&session);

    // When the feed is opened
    session.openFile(path, QFont());
    QVERIFY(waitForFinished(session));

    // Then its entries are listed and the first one is read, in a job of its own
    QStringList expected{u"started"_qs, u"opened"_qs, u"feed 2"_qs, u"entry 0"_qs, u"started"_qs,
                         u"opened"_qs, u"text"_qs, u"quotes"_qs, u"finished ok"_qs};
    QCOMPARE(recorder.events, expected);
    QVERIFY(recorder.text.contains(u"Two more crossings"));
    QCOMPARE(session.entry(), 0);
    QCOMPARE(session.path(), path);

    // When the second entry is chosen
    recorder.events.clear();
    session.openFeedEntry(1, QFont());
    QVERIFY(waitForFinished(session));

    // Then it is read, and the feed stays open
    expected = QStringList{u"entry 1"_qs, u"started"_qs, u"opened"_qs, u"text"_qs, u"quotes"_qs, u"finished ok"_qs};
    QCOMPARE(recorder.events, expected);
    QVERIFY(recorder.text.contains(u"north side"));
    QCOMPARE(session.entry(), 1);
    QCOMPARE(session.feed().entries.size(), 2);
}

void TestArticleSession::shouldShowAFeedWithoutEntriesAndOpenNothing()
{
    // Given a feed read elsewhere that has no entries (the loader refuses such a file)
    Feed feed;
    feed.title = QStringLiteral("Quiet Gazette");
    ArticleSession session;
    Recorder recorder(&session);

    // When it is shown
    session.showFeed(feed, m_dir.filePath(QStringLiteral("quiet.rss")), QFont());

    // Then it is what is open, with no entry and no job to wait for
    const QStringList expected{u"opened"_qs, u"feed 0"_qs};
    QCOMPARE(recorder.events, expected);
    QCOMPARE(session.entry(), -1);
    QVERIFY(!session.isBusy());
}

void TestArticleSession::shouldDropAJobThatANewerOneReplaced()
{
    // Given two articles
    const QString first = write(QStringLiteral("first.txt"), HarbourArticle);
    const QString second = write(QStringLiteral("second.txt"), "Market hall reopens\n\n\"It is bigger,\" the mayor said.\n");
    ArticleSession session;
    Recorder recorder(&session);

    // When the second is asked for before the first has been read
    session.openFile(first, QFont());
    session.openFile(second, QFont());
    QVERIFY(waitForFinished(session));
    QTest::qWait(200); // anything the first job still had to say would have arrived by now

    // Then only the second one is shown
    const QStringList expected{u"started"_qs, u"started"_qs, u"feedClosed"_qs, u"opened"_qs, u"text"_qs, u"quotes"_qs,
                               u"finished ok"_qs};
    QCOMPARE(recorder.events, expected);
    QVERIFY(recorder.text.contains(u"Market hall"));
    QCOMPARE(session.path(), second);
}

void TestArticleSession::shouldSayNothingMoreAfterACancel()
{
    // Given a job that has just started
    const QString path = write(QStringLiteral("cancelled.txt"), HarbourArticle);
    ArticleSession session;
    Recorder recorder(&session);
    session.openFile(path, QFont());

    // When it is cancelled before its first result
    session.cancel();
    QTest::qWait(300);

    // Then the cancel is the last word, and nothing is open
    const QStringList expected{u"started"_qs, u"cancelled"_qs};
    QCOMPARE(recorder.events, expected);
    QVERIFY(!session.isBusy());
    QVERIFY(session.path().isEmpty());
}

void TestArticleSession::shouldNoticeTheFileChangingOnDisk()
{
    // Given an open article
    const QString path = write(QStringLiteral("changing.txt"), HarbourArticle);
    ArticleSession session;
    Recorder recorder(&session); // the document shown is the receiver's to delete
    session.openFile(path, QFont());
    QVERIFY(waitForFinished(session));
    QSignalSpy changed(&session, &ArticleSession::changedOnDisk);

    // When the file is written again with other words
    QTest::qWait(50); // a modification time the stamp can tell apart
    QVERIFY(writeFile(path, HarbourArticle + "\nThe first ferry leaves at six.\n"));

    // Then the session says so once the writing has settled
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.count(), 1);
}

QTEST_MAIN(TestArticleSession)
#include "tst_articlesession.moc"
