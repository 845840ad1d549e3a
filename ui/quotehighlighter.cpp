#include "quotehighlighter.h"

#include "articleview.h"
#include "speakerpanel.h"
#include "speakertreeview.h"

namespace {

bool isQuoteRow(const QModelIndex &index)
{
    return index.data(SpeakerModel::RowTypeRole).toInt() == int(SpeakerModel::RowType::Quote);
}

} // namespace

QuoteHighlighter::QuoteHighlighter(const SpeakerModel *model, SpeakerPanel *panel, ArticleView *view, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_panel(panel)
    , m_view(view)
{
    connect(m_panel->tree()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateHighlights(!m_restoring); });
    // Clicking the chosen quote again goes back to it after the reader scrolled away.
    connect(m_panel->tree(), &SpeakerTreeView::selectedQuoteClicked, this, [this] { updateHighlights(true); });
    connect(m_view, &ArticleView::quoteRequested, this,
            [this](int quote) { m_panel->selectSource(m_model->quoteRow(quote)); });
}

void QuoteHighlighter::updateHighlights(bool scroll)
{
    const QModelIndex source = m_panel->selectedSource();
    if (!source.isValid()) {
        m_view->clearHighlights();
        return;
    }
    const bool quoteRow = isQuoteRow(source);
    const QModelIndex group = quoteRow ? source.parent() : source;
    const int speaker = group.data(SpeakerModel::SpeakerIndexRole).toInt();
    const int current = quoteRow ? source.data(SpeakerModel::QuoteIndexRole).toInt() : -1;
    const QList<Quote> &quotes = m_model->extraction().quotes;

    QList<ArticleView::Highlight> highlights;
    const QList<int> indexes = m_model->quotesOf(group);
    highlights.reserve(indexes.size());
    for (int q : indexes) {
        // With one quote chosen, the speaker's other quotes stay visible as a lighter tint.
        highlights.append({quotes.at(q).start, quotes.at(q).end, speaker, quoteRow && q != current});
    }
    m_view->setHighlights(highlights);
    if (scroll && !indexes.isEmpty())
        m_view->scrollToPosition(quotes.at(quoteRow ? current : indexes.constFirst()).start);
}

void QuoteHighlighter::clear()
{
    m_panel->tree()->selectionModel()->clearSelection();
    m_view->clearHighlights();
}

void QuoteHighlighter::restoreSpeaker(const QString &name)
{
    m_restoring = true;
    m_panel->selectSource(m_model->findSpeakerByName(name));
    m_restoring = false;
    updateHighlights(false);
}

void QuoteHighlighter::stepQuote(SpeakerModel::Direction direction)
{
    const QModelIndex from = m_panel->selectedSource();
    if (!from.isValid()) {
        emit notice(m_model->extraction().quotes.isEmpty()
                        ? tr("This article has no quotes to go to.")
                        : tr("Choose a speaker in the list first: the next and previous quote are theirs."));
        return;
    }
    const SpeakerModel::QuoteStep step = m_model->stepQuote(from, m_view->textCursor().position(), direction);
    if (!step.quote.isValid())
        return;
    m_panel->selectSource(step.quote);
    if (step.wrapped)
        emit wrapped(direction);
}
