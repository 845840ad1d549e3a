#pragma once

#include "articlejob.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QPointer>

class ArticleView;
class QAction;
class QLabel;
class QMenu;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QSplitter;
class SpeakerModel;
class SpeakerPanel;

// The reader's window: menus and toolbar, the speaker panel beside the reading pane, the status bar
// with counts and load progress. It opens files through ArticleJob on a worker thread (one at a time:
// a new request cancels the one in flight) and turns the speaker list's selection into highlights.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The article bundled with Saywho.
    static QString samplePath();

    // Opens a file in the background; errors are reported and keep the current article.
    void openFile(const QString &path);
    // With no file given: the last article read, or the sample on the very first start.
    void openStartupArticle();
    void cancelLoad();

    bool isLoading() const;
    QString currentFile() const { return m_path; }
    ArticleView *articleView() const { return m_view; }
    SpeakerPanel *speakerPanel() const { return m_panel; }
    SpeakerModel *speakerModel() const { return m_model; }

signals:
    // An article is on screen (true), or a load failed or was cancelled (false).
    void loadFinished(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    void createStatusBar();

    void startJob(const QFuture<ArticleJobResult> &future, const QString &what);
    void jobFinished(QFutureWatcher<ArticleJobResult> *watcher);
    void showResult(ArticleJobResult &result);
    void showPlaceholder();
    void reportError(const QString &path, const QString &reason);

    void chooseFile();
    void updateRecentMenu();
    void selectionChanged();
    void updateHighlights(bool scroll);
    void clearHighlights();
    void updateTitle();
    void updateSummary();
    void updateActions();
    void showAbout();

    SpeakerModel *m_model;
    SpeakerPanel *m_panel = nullptr;
    ArticleView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;

    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_clearAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_recentMenu = nullptr;

    QString m_path;                 // file of the article on screen
    QString m_title;
    QFutureWatcher<ArticleJobResult> *m_job = nullptr;
    ArticleJob::CancelFlag m_cancel;
    QPointer<QMessageBox> m_errorBox;
};
