#include "colonintroduction.h"

#include "article/article.h"
#include "extractwindow.h"
#include "phraseparser.h"
#include "speakerresolver.h"
#include "subjectfinder.h"

ColonIntroduction::ColonIntroduction(
    ExtractWindow &window, const PhraseParser &phrases, const SubjectFinder &subjects, SpeakerResolver &speakers)
    : m_window(window)
    , m_lexicon(window.lexicon)
    , m_phrases(phrases)
    , m_subjects(subjects)
    , m_speakers(speakers)
{
}

void ColonIntroduction::attributeParagraph(int block)
{
    // "Limbaugh added:" closing one paragraph, and the next set off without quotation marks (a
    // block quotation whose markup was lost): that paragraph is what was added.
    if (!m_window.lastAttribution.colonIntro || m_window.lastAttribution.entity < 0
        || m_window.lastAttribution.paragraph != m_window.paragraph - 1 || m_window.sentences.isEmpty())
        return;
    const Article::Block &b = m_window.article.blocks().at(block);
    int i = b.start;
    while (i < b.end() && m_window.text[i].isSpace())
        ++i;
    if (i >= b.end() || QuoteFinder::family(m_window.text[i]) != QuoteFinder::MarkFamily::None)
        return; // a quotation opening the paragraph is attributed the usual way
    if (b.length < 20)
        return;
    for (int t = 0; t < m_window.tokens.size() && m_window.token(t).start < b.end(); ++t) {
        const QList<Lexicon::VerbForm> *forms
            = m_window.token(t).isWord() ? m_lexicon.verbForms(m_window.lower(t)) : nullptr;
        if (forms && !(forms->first().frames & Lexicon::FrameWeak) && !m_window.token(t).isCapitalized()
            && m_window.lower(t) != QStringView(forms->first().lemma))
            return; // the paragraph reports speech of its own ("said", not the noun-like "fear")
    }
    FoundQuote q;
    q.decidedBy = AttributionPass::ColonIntroduction;
    q.start = b.start;
    q.end = b.end();
    q.kind = Quote::Kind::Direct;
    ResolvedSpeaker who;
    who.entity = m_window.lastAttribution.entity;
    who.confidence = 0.7;
    const auto [firstSpan, endSpan] = m_window.spansIn(b.start, b.end());
    for (int k = firstSpan; k < endSpan; ++k)
        m_window.spanUsed[k] = int(m_window.quotes.size());
    m_speakers.record(q, who, m_window.sentences.first().serial);
    m_window.lastAttribution.colonIntro = false;
}

void ColonIntroduction::note(const Sentence &sentence)
{
    // "Halloran then rose and read a short statement to the court:" — the quotation that opens the
    // next paragraph is the subject's, even without a reporting verb.
    if (sentence.endToken - 1 <= sentence.firstToken || !m_window.isPunct(sentence.endToken - 1, u':')
        || m_window.lastAttribution.colonIntro)
        return;
    const int block = m_window.article.blockAt(sentence.start);
    if (block < 0 || m_window.token(sentence.endToken - 1).end < m_window.article.blocks().at(block).end())
        return;
    const int subjectMention = m_subjects.sentenceSubject(sentence, sentence.endToken);
    if (subjectMention < 0)
        return;
    const ResolvedSpeaker who = m_speakers.resolve(
        m_phrases.nounPhraseEndingAt(m_window.mentions.at(subjectMention).last, sentence), sentence);
    if (who.entity < 0)
        return;
    m_window.lastAttribution.entity = who.entity;
    m_window.lastAttribution.serial = sentence.serial;
    m_window.lastAttribution.paragraph = m_window.paragraph;
    m_window.lastAttribution.colonIntro = true;
}
