#pragma once

#include <QObject>

class ArticleView;
class SpeakerLegend;
class SpeakerModel;
class SpeakerPanel;

// Highlight All Speakers: while on and no speaker is chosen, every quote of the article is
// highlighted in its speaker's colour and the legend names them. Choosing a speaker shows theirs
// as usual (QuoteHighlighter); clearing the choice brings all of them back.
class AllSpeakersHighlighter : public QObject
{
    Q_OBJECT

public:
    AllSpeakersHighlighter(const SpeakerModel *model, SpeakerPanel *panel, ArticleView *view, SpeakerLegend *legend,
                           QObject *parent = nullptr);

    bool isOn() const { return m_on; }
    void setOn(bool on);
    // Puts the highlights back if they are due: after the choice was cleared, a new article, a
    // new palette.
    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateLegend();

    const SpeakerModel *m_model;
    SpeakerPanel *m_panel;
    ArticleView *m_view;
    SpeakerLegend *m_legend;
    bool m_on = false;
};
