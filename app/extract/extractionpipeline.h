#pragma once

#include "clausebounds.h"
#include "colonintroduction.h"
#include "cuefinder.h"
#include "describedsources.h"
#include "directattribution.h"
#include "extractwindow.h"
#include "indirectattribution.h"
#include "mentionfinder.h"
#include "phraseparser.h"
#include "speakerresolver.h"
#include "subjectfinder.h"
#include "transcriptlabels.h"

#include <atomic>

// Runs the extraction passes in their fixed order over one shared ExtractWindow, window by window
// (a paragraph, or the paragraphs one quotation runs over) and sentence by sentence. The order is
// the order of precision, as in CoreNLP's sieves: names, then cues, then transcript turns, quoted
// words, reported speech and partial quotes; each pass fills in only what earlier ones left open.
class ExtractionPipeline
{
public:
    // The passes in the order they run; run() can stop after any of them (for tests of one pass).
    enum class Pass : quint8 {
        Mentions,
        Cues,
        TranscriptLabels,
        DirectQuotes,
        ReportedSpeech,
        PartialQuotes,
        ColonIntroductions,
    };

    ExtractionPipeline(const Article &article, const Lexicon &lexicon);

    // Returns false if cancelled became true while it ran.
    bool run(const std::atomic_bool *cancelled = nullptr, Pass lastPass = Pass::ColonIntroductions);
    ExtractWindow &window() { return m_window; }

private:
    void processWindow(int firstBlock, int lastBlock);
    void processSentence(const Sentence &sentence);

    ExtractWindow m_window;
    const PhraseParser m_phrases;
    const SubjectFinder m_subjects;
    const ClauseBounds m_clauses;
    SpeakerResolver m_speakers;
    DescribedSources m_described;
    MentionFinder m_mentionFinder;
    CueFinder m_cueFinder;
    TranscriptLabels m_transcriptLabels;
    DirectAttribution m_directAttribution;
    IndirectAttribution m_indirectAttribution;
    ColonIntroduction m_colonIntroduction;
    Pass m_lastPass = Pass::ColonIntroductions;
};
