#include "extractionpipeline.h"

#include "article/article.h"

#include <algorithm>

ExtractionPipeline::ExtractionPipeline(const Article &article, const Lexicon &lexicon)
    : m_window(article, lexicon)
    , m_phrases(m_window)
    , m_subjects(m_window, m_phrases)
    , m_clauses(m_window, m_phrases)
    , m_speakers(m_window)
    , m_described(m_window, m_phrases, m_speakers)
    , m_mentionFinder(m_window, m_phrases)
    , m_cueFinder(m_window)
    , m_transcriptLabels(m_window, m_speakers)
    , m_directAttribution(m_window, m_phrases, m_subjects, m_clauses, m_speakers, m_described)
    , m_indirectAttribution(m_window, m_phrases, m_subjects, m_clauses, m_speakers, m_described)
    , m_colonIntroduction(m_window, m_phrases, m_subjects, m_speakers)
{
}

bool ExtractionPipeline::run(const std::atomic_bool *cancelled, Pass lastPass)
{
    m_lastPass = lastPass;
    m_window.spans = QuoteFinder::find(m_window.article);
    m_window.scanWords();
    m_transcriptLabels.countLabels();
    const auto &blocks = m_window.article.blocks();
    int spanCursor = 0;
    int b = 0;
    while (b < blocks.size()) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return false;
        int c = b;
        // Extend the window while a quotation runs past the end of its last paragraph.
        while (spanCursor < m_window.spans.size() && m_window.spans.at(spanCursor).outerStart() < blocks.at(c).start)
            ++spanCursor;
        for (int k = spanCursor; k < m_window.spans.size(); ++k) {
            const auto &s = m_window.spans.at(k);
            if (s.outerStart() > blocks.at(c).end())
                break;
            while (c + 1 < blocks.size() && s.outerEnd() > blocks.at(c).end() + 1)
                ++c;
        }
        if (blocks.at(b).kind != Article::BlockKind::Title && blocks.at(b).kind != Article::BlockKind::Byline)
            processWindow(b, c);
        b = c + 1;
    }
    return true;
}

void ExtractionPipeline::processWindow(int firstBlock, int lastBlock)
{
    const auto &blocks = m_window.article.blocks();
    m_window.load(firstBlock, lastBlock);
    // (A paragraph that opens with a speaker's label is that speaker's, whatever the colon before
    // it introduced: "Partial transcript as follows:", then "TAPPER: …".)
    if (m_lastPass >= Pass::ColonIntroductions && !m_transcriptLabels.opensWithLabel(firstBlock))
        m_colonIntroduction.attributeParagraph(firstBlock);
    // The block of each sentence, found by walking on from the last one: the sentences come in
    // text order from the window's first block (Article::blockAt's search is the fallback).
    int block = firstBlock;
    for (const Sentence &sentence : std::as_const(m_window.sentences)) {
        // A new paragraph inside the window (a quotation running over paragraphs).
        if (sentence.start < blocks.at(block).start) {
            block = m_window.article.blockAt(sentence.start);
        } else {
            while (block + 1 < blocks.size() && blocks.at(block + 1).start <= sentence.start)
                ++block;
        }
        if (block >= 0)
            m_window.paragraph = std::max(m_window.paragraph, blocks.at(block).paragraph);
        processSentence(sentence);
    }
}

void ExtractionPipeline::processSentence(const Sentence &sentence)
{
    m_mentionFinder.find(sentence);
    m_mentionFinder.markSubjects(sentence);
    if (m_lastPass < Pass::Cues)
        return;
    m_cueFinder.find(sentence);
    if (m_lastPass < Pass::TranscriptLabels)
        return;
    m_transcriptLabels.attribute(sentence);
    if (m_lastPass < Pass::DirectQuotes)
        return;
    m_directAttribution.attribute(sentence);
    if (m_lastPass < Pass::ReportedSpeech)
        return;
    m_indirectAttribution.attribute(sentence);
    if (m_lastPass < Pass::PartialQuotes)
        return;
    m_indirectAttribution.attributePartials(sentence);
    if (m_lastPass < Pass::ColonIntroductions)
        return;
    m_colonIntroduction.note(sentence);
}
