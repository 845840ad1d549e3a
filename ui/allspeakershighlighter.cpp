#include "allspeakershighlighter.h"

#include "articleview.h"
#include "highlightpalette.h"
#include "models/speakermodel.h"
#include "speakerlegend.h"
#include "speakerpanel.h"
#include "speakertreeview.h"

#include <QEvent>

AllSpeakersHighlighter::AllSpeakersHighlighter(const SpeakerModel *model, SpeakerPanel *panel, ArticleView *view,
                                               SpeakerLegend *legend, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_panel(panel)
    , m_view(view)
    , m_legend(legend)
{
    m_legend->hide();
    // Connected after QuoteHighlighter's, so this runs once it has set the chosen speaker's.
    connect(m_panel->tree()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AllSpeakersHighlighter::refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AllSpeakersHighlighter::refresh);
    m_view->installEventFilter(this);
}

void AllSpeakersHighlighter::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    m_legend->setVisible(on);
    if (on) {
        m_panel->tree()->selectionModel()->clearSelection();
        refresh();
    } else if (!m_panel->selectedSource().isValid()) {
        m_view->clearHighlights();
    }
}

void AllSpeakersHighlighter::refresh()
{
    if (!m_on)
        return;
    updateLegend();
    if (m_panel->selectedSource().isValid())
        return;
    const QList<Quote> &quotes = m_model->extraction().quotes;
    const int speakers = int(m_model->extraction().speakers.size());
    QList<ArticleView::Highlight> highlights;
    highlights.reserve(quotes.size());
    for (const Quote &q : quotes)
        highlights.append({q.start, q.end, q.speaker >= 0 && q.speaker < speakers ? q.speaker : -1, false});
    m_view->setHighlights(highlights);
}

void AllSpeakersHighlighter::updateLegend()
{
    // The legend sits on the reading pane's colours, which the reading theme may have set.
    QPalette palette = m_legend->palette();
    palette.setColor(QPalette::Base, m_view->palette().color(QPalette::Base));
    palette.setColor(QPalette::Text, m_view->palette().color(QPalette::Text));
    m_legend->setPalette(palette);
    const Extraction &extraction = m_model->extraction();
    QList<SpeakerLegend::Entry> entries;
    for (int i = 0; i < extraction.speakers.size(); ++i) {
        entries.append({extraction.speakers.at(i).name, HighlightPalette::color(i, m_view->palette()),
                        int(extraction.quotesOf(i).size())});
    }
    if (const int unattributed = extraction.unattributedCount())
        entries.append({tr("Unattributed"), HighlightPalette::color(-1, m_view->palette()), unattributed});
    m_legend->setEntries(entries);
}

bool AllSpeakersHighlighter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::PaletteChange && m_on)
        updateLegend();
    return QObject::eventFilter(watched, event);
}
