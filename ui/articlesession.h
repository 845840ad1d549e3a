#pragma once

#include "articlejob.h"

#include <QFont>
#include <QFutureWatcher>
#include <QObject>

#include <functional>

class QFileSystemWatcher;
class QTextDocument;
class QTimer;

// What is open and the work of opening it: a file, a feed and its entries, read by ArticleJob on a
// worker thread one job at a time (a new request cancels the one in flight), the file watched and
// read again when it changes on disk, and the reader's place (speaker, position) carried across a
// reload. It knows no widget: it reports every step through its signals, and the window shows them.
class ArticleSession : public QObject
{
    Q_OBJECT

public:
    // Where the reader was, to be restored once the same file has been read again.
    struct ReaderPlace
    {
        QString speaker;      // name of the selected speaker, or empty
        int topPosition = -1; // text position at the top of the reading pane
        int entry = -1;       // for a feed: the entry to open instead of the first
    };

    explicit ArticleSession(QObject *parent = nullptr);
    ~ArticleSession() override;

    // Each opens in the background with the reading pane's font; errors keep what is open.
    void openFile(const QString &path, const QFont &font);
    // The same, coming back to a place the reader left (on the next start): the feed entry, and
    // the reading position once the text is shown.
    void openFile(const QString &path, const QFont &font, const ReaderPlace &place);
    // The open file again; the reader's place is handed back with the text and the quotes.
    void reload(const QFont &font, const ReaderPlace &place);
    // The encoding the open file is read in from its next reload, empty for the one it declares or
    // looks like; a file opened afresh is read as it says again.
    void setEncoding(const QByteArray &encoding) { m_encoding = encoding; }
    QByteArray encoding() const { return m_encoding; }
    void openFeedEntry(int row, const QFont &font);
    // Shows an article kept in the library as it was kept (with the reader's corrections).
    // source is its file or address; a file that still exists is watched like an opened one.
    void openStored(const Article &article, const Extraction &extraction, const QString &source, const QFont &font);
    // Whether what is on screen came from the library rather than from reading a file.
    bool isStored() const { return m_stored; }
    // Lists a feed read elsewhere and opens its first entry.
    void showFeed(const Feed &feed, const QString &path, const QFont &font);
    void cancel();

    bool isBusy() const { return m_job != nullptr; }
    // File of the article on screen (the feed file for a feed entry); empty before the first.
    QString path() const { return m_path; }
    const Feed &feed() const { return m_feed; }
    int entry() const { return m_entry; } // feed entry on screen, or -1

signals:
    // A job started; what says what it does ("Opening …").
    void started(const QString &what);
    // A feed's entries are in; for a feed with entries one of them is on its way.
    void feedShown(const Feed &feed, const QString &path);
    // What is open now is not a feed.
    void feedClosed();
    // The feed entry being opened.
    void entryChanged(int row);
    // The text is readable; the receiver takes over the document. restoreTop is the reading
    // position to scroll back to after a reload, or -1.
    void textShown(const Article &article, QTextDocument *document, int restoreTop);
    // The quotes of the article shown; restoreSpeaker is the speaker to select again, or empty.
    void quotesFound(const Article &article, const Extraction &extraction, const QString &warning,
                     const QString &restoreSpeaker);
    void failed(const QString &path, const QString &reason, bool reloading);
    // A path was opened that the reader chose (not a reload): for the recent files.
    void opened(const QString &path);
    // The job was stopped; textShown tells whether its text had been shown already.
    void cancelled(bool textShown);
    // The job is done: ok when an article (or an empty feed) is on screen with its quotes.
    void finished(bool ok, bool reloaded);
    // The open file changed on disk and should be read again.
    void changedOnDisk();
    // Something the status bar should tell for timeout milliseconds.
    void message(const QString &text, int timeout);

private:
    enum class Mode { Open, Reload, FeedEntry, Stored };
    using Work = std::function<void(ArticleJob::Promise &, const ArticleJob::CancelFlag &)>;

    // The one way a job starts: the one in flight is cancelled and dropped, the new one gets a
    // fresh cancel flag.
    void start(Mode mode, const QString &what, const QFont &font, Work work);
    void jobResults(QFutureWatcher<ArticleJobResult> *watcher, int begin, int end);
    void jobFinished(QFutureWatcher<ArticleJobResult> *watcher);
    void showArticleText(ArticleJobResult &result);
    void showQuotes(const ArticleJobResult &result);
    void watchFile(const QString &path);
    void fileChanged();

    QString m_path;
    QByteArray m_encoding;
    Feed m_feed;
    int m_entry = -1;

    QFutureWatcher<ArticleJobResult> *m_job = nullptr;
    ArticleJob::CancelFlag m_cancel;
    Mode m_mode = Mode::Open;
    QFont m_font; // of the job in flight: the feed's first entry is set in it too
    bool m_shownText = false;
    bool m_ok = false;
    ReaderPlace m_keep;
    bool m_stored = false;

    QString m_fileStamp; // modification time and size of m_path when it was read
    QFileSystemWatcher *m_watcher;
    QTimer *m_reloadTimer;
};
