#pragma once

#include "models/speakermodel.h"

#include <QObject>

class ArticleView;
class SpeakerPanel;

// Keeps the reading pane in step with the speaker list: the selected speaker's quotes highlighted
// (a chosen quote stronger, the others lighter) and scrolled to, also when the chosen quote is
// clicked again, a quote clicked in the text selected in the list, and next/previous quote as a
// move of the selection (or a word on why there is none).
class QuoteHighlighter : public QObject
{
    Q_OBJECT

public:
    QuoteHighlighter(const SpeakerModel *model, SpeakerPanel *panel, ArticleView *view, QObject *parent = nullptr);

    // Selects the speaker's next or previous quote, from the reading position for a speaker row.
    void stepQuote(SpeakerModel::Direction direction);
    // Deselects and removes the highlights.
    void clear();
    // Selects a speaker again after a reload, leaving the text where the reader was.
    void restoreSpeaker(const QString &name);

signals:
    // A step went past the last quote to the first, or the other way round.
    void wrapped(SpeakerModel::Direction direction);
    // A step had nowhere to go; the text says why, for the status bar.
    void notice(const QString &text);

private:
    void updateHighlights(bool scroll);

    const SpeakerModel *m_model;
    SpeakerPanel *m_panel;
    ArticleView *m_view;
    bool m_restoring = false;
};
