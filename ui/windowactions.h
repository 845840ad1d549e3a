#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QKeySequence;
class QWidget;
class SpeakerModel;

// The window's commands as actions: the text, keys, icon, status tip and object name of each, made
// once and added to the window, so that their shortcuts work with the menu bar hidden, and put
// before the keys a focused text field would take for itself (all but Esc). What an action does,
// and in which menu it is, is the window's business, but for Open Original in Browser, which needs
// only the article on screen (OriginalAddress does it).
class WindowActions : public QObject
{
    Q_OBJECT

public:
    WindowActions(QWidget *window, const SpeakerModel *shown);

    // File
    QAction *open = nullptr;
    QAction *reload = nullptr;
    QAction *openOriginal = nullptr; // see OriginalAddress
    QAction *exportQuotes = nullptr;
    QAction *exportSpeaker = nullptr;
    QAction *print = nullptr;
    QAction *pdf = nullptr;
    QAction *quit = nullptr;
    // Edit
    QAction *find = nullptr;
    QAction *filter = nullptr;
    QAction *searchQuotes = nullptr;
    // View
    QAction *nextQuote = nullptr;
    QAction *previousQuote = nullptr;
    QAction *clearHighlights = nullptr;
    QAction *switchPane = nullptr;
    QAction *zoomIn = nullptr;
    QAction *zoomOut = nullptr;
    QAction *zoomReset = nullptr;
    QAction *readableWidth = nullptr;
    QAction *showLibrary = nullptr; // checkable
    QAction *showSpeakers = nullptr; // checkable
    QAction *people = nullptr;
    QActionGroup *sortGroup = nullptr; // checkable, with the SpeakerFilterModel::Order as data
    // Help
    QAction *shortcuts = nullptr;
    QAction *about = nullptr;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool isWindowShortcut(const QKeySequence &key) const;

    QWidget *m_window;
};
