#pragma once

#include <QObject>
#include <QString>

class LibraryService;
class QMenu;
class QModelIndex;
class QWidget;
class QuoteHighlighter;
class SpeakerModel;
class SpeakerPanel;

// The reader's corrections from the speaker panel: a speaker renamed, merged with another or
// marked as no speaker at all, a quote given to another speaker or marked as not a quote. They are
// written to the library for the article on screen, and the sidebar is shown again from the library
// with them (the People view and the Library pane hear of it through LibraryService::changed). An
// article read again from its file is shown with the corrections the library holds for it.
class SpeakerCorrections : public QObject
{
    Q_OBJECT

public:
    SpeakerCorrections(LibraryService *service, SpeakerModel *model, SpeakerPanel *panel,
                       QuoteHighlighter *highlighter, QWidget *window);

    // The article with this id is being opened from the library; showStored() when it is on screen.
    void expectStored(qint64 article);
    void showStored();
    // The article on screen was read from source and is being kept in the library; once it is,
    // its corrections (if any) are shown.
    void showKept(const QString &source);
    // The library's id of the article on screen, 0 while it is not known (not kept yet, or no library).
    qint64 article() const { return m_article; }
    bool canCorrect() const;

    // The corrections themselves, by SpeakerModel rows; each returns false when nothing was changed.
    bool renameSpeaker(const QModelIndex &speaker, const QString &name);
    bool mergeSpeaker(const QModelIndex &speaker, const QString &intoName);
    bool markNotASpeaker(const QModelIndex &speaker);
    bool giveQuote(const QModelIndex &quote, const QString &speakerName);
    bool markNotAQuote(const QModelIndex &quote);
    bool undoLast();

signals:
    // The sidebar shows the library's corrected extraction of the article on screen.
    void correctionsShown();

private:
    void addToMenu(QMenu *menu, const QModelIndex &source);
    void askRename(const QModelIndex &speaker);
    void askSpeaker(const QModelIndex &row, bool quote);
    // The other speakers of the article, for the merge and give-to menus.
    QStringList otherSpeakers(const QModelIndex &row) const;
    bool done(qint64 correction, const QString &what);
    // Shows the library's version of the article on screen, keeping the selection: the speaker
    // under keepSpeaker, or the quote starting at keepQuote.
    void refresh(const QString &keepSpeaker, int keepQuote);
    void refreshIfCorrected();

    LibraryService *m_service;
    SpeakerModel *m_model;
    SpeakerPanel *m_panel;
    QuoteHighlighter *m_highlighter;
    QWidget *m_window;
    qint64 m_article = 0;
    qint64 m_pendingStored = 0;
    QString m_keptSource;   // the article on screen is waiting to be kept under this source
    QString m_stamp;        // corrections stamp of the library when the sidebar was last shown
};
