#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class AllSpeakersHighlighter;
class FindHighlights;
class MainWindow;
class QAction;
class ReadingStyle;
class SpeakerLegend;

// What the window offers for reading beyond the article itself: View › Reading… (theme, font,
// spacing, column, saved), Highlight All Speakers with its legend, every find match marked, Full
// Screen and Distraction-Free reading (only the text), and File › Print Preview. It makes the
// actions (the window puts them in its menus) and the pieces that do the work.
class ReadingControls : public QObject
{
    Q_OBJECT

public:
    explicit ReadingControls(MainWindow *window);

    QAction *readingSettings = nullptr;
    QAction *highlightAll = nullptr;    // checkable
    QAction *fullScreen = nullptr;      // checkable
    QAction *distractionFree = nullptr; // checkable
    QAction *printPreview = nullptr;

    ReadingStyle *style() const { return m_style; }
    AllSpeakersHighlighter *allSpeakers() const { return m_allSpeakers; }
    SpeakerLegend *legend() const { return m_legend; }
    FindHighlights *findHighlights() const { return m_findHighlights; }

    // Opens View › Reading…; the dialog is window-modal and saves on OK.
    void showSettings();
    void setDistractionFree(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setFullScreen(bool on);

    MainWindow *m_window;
    ReadingStyle *m_style;
    SpeakerLegend *m_legend;
    AllSpeakersHighlighter *m_allSpeakers;
    FindHighlights *m_findHighlights;
    QList<QPointer<QWidget>> m_hidden; // what distraction-free reading hid, to show again
    bool m_wasMaximized = false;
};
