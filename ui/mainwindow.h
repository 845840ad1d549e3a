#pragma once

#include "article/feed.h"
#include "export/quoteexporter.h"

#include <QMainWindow>
#include <QPointer>

class Article;
class ArticleSession;
class ArticleView;
class Extraction;
class ExportDialogs;
class FeedPanel;
class FeedReader;
class FindBar;
class LibraryPanel;
class LibraryService;
class PeopleWindow;
class QLabel;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTextDocument;
class QuoteHighlighter;
class ReadingControls;
class SpeakerCorrections;
class SpeakerModel;
class SpeakerPanel;
class WindowActions;

// The reader's window: menus and toolbar, the feed and speaker panels beside the reading pane, the
// find bar, and the status bar with counts and load progress. ArticleSession opens what is asked
// for, and the window shows what it reports: the text as soon as it is ready, the speakers when
// they are found. QuoteHighlighter keeps the highlights in step with the speaker list,
// ExportDialogs saves and prints, FeedReader brings the Subscriptions pane and the feed commands.
// The window's title, status and QSettings are its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The article bundled with Saywho.
    static QString samplePath();
    // The library windows use (--library FILE); empty for the default one. Set before the first
    // window is made.
    static void setLibraryPath(const QString &path);

    // Opens a file in the background; errors are reported and keep the current article.
    void openFile(const QString &path);
    // With no file given: the last article read, or the sample on the very first start.
    void openStartupArticle();
    // Tells that the settings could not be read (SettingsFile::ensureUsable()'s warning), in a
    // window-modal box that the article's own status messages cannot hide.
    void showSettingsWarning(const QString &warning);
    // Reads the open file again, keeping the selected speaker and the reading position.
    void reload();
    void cancelLoad();
    // Shows a feed's entries and opens the first one.
    void showFeed(const Feed &feed, const QString &path);
    void openFeedEntry(int row);

    // Next or previous quote of the selected speaker, wrapping around.
    void nextQuote();
    void previousQuote();

    // Export of all quotes, or of the selected speaker's when selectedOnly.
    bool exportQuotes(const QString &path, QuoteExporter::Format format, bool selectedOnly, QString *error = nullptr);
    bool exportPdf(const QString &path);

    bool isLoading() const;
    QString currentFile() const;
    ArticleView *articleView() const { return m_view; }
    SpeakerPanel *speakerPanel() const { return m_panel; }
    SpeakerModel *speakerModel() const { return m_model; }
    FindBar *findBar() const { return m_findBar; }
    LibraryService *library() const { return m_library; }
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    SpeakerCorrections *corrections() const { return m_corrections; }
    ReadingControls *reading() const { return m_reading; }
    FeedReader *feedReader() const { return m_feeds; }
    // The People window, made when first asked for.
    PeopleWindow *peopleWindow();
    // Opens an article kept in the library; with quoteStart set, its quote there is chosen.
    void openStoredArticle(qint64 id, int quoteStart = -1);

signals:
    // An article is on screen with its speakers (true), or a load failed or was cancelled (false).
    void loadFinished(bool ok);
    // The text of a new article is on screen; its speakers may still be on the way.
    void articleShown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createFeedReader();
    void createStatusBar();
    void connectSession();
    void readSettings();
    void writeSettings() const;

    // What ArticleSession reports, on screen.
    void showArticleText(const Article &article, QTextDocument *document, int restoreTop);
    void showQuotes(const Article &article, const Extraction &extraction, const QString &warning,
                    const QString &restoreSpeaker);
    void showFeedEntries(const Feed &feed, const QString &path);
    void showCancelled(bool textShown);
    void showFinished(bool ok, bool reloaded);
    void showPlaceholder();
    void reportError(const QString &path, const QString &reason);
    void stopProgress();

    void chooseFile();
    void switchPane();
    void updateTitle();
    void updateSummary();
    void updateActions();
    void showShortcuts();
    void showAbout();

    SpeakerModel *m_model;
    SpeakerPanel *m_panel = nullptr;
    ArticleView *m_view = nullptr;
    FindBar *m_findBar = nullptr;
    ExportDialogs *m_export = nullptr;
    QuoteHighlighter *m_highlighter = nullptr;
    SpeakerCorrections *m_corrections = nullptr;
    ReadingControls *m_reading = nullptr;
    FeedPanel *m_feedPanel = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_sidebar = nullptr;

    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;

    WindowActions *m_actions = nullptr;

    ArticleSession *m_session;
    LibraryService *m_library;
    LibraryPanel *m_libraryPanel = nullptr;
    FeedReader *m_feeds = nullptr;
    QPointer<PeopleWindow> m_people;
    int m_pendingQuote = -1; // a quote to choose once the stored article being opened is shown
    QString m_title;
    QString m_loadWarning; // the loader's note on the article shown ("the last character was cut off")
    QPointer<QMessageBox> m_errorBox;
};
