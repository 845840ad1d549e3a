#pragma once

#include "phraseparser.h"

class ClauseBounds;
class DescribedSources;
struct Cue;
struct FoundQuote;
class ExtractWindow;
class Lexicon;
class PhraseParser;
class SubjectFinder;
class SpeakerResolver;
struct Sentence;

// Attributes reported speech ("The company said on Tuesday that profits fell", "..., according to
// X") to the subject of its cue, and the quoted words inside a sentence that no cue took to the
// sentence's subject (partial quotes).
class IndirectAttribution
{
public:
    IndirectAttribution(ExtractWindow &window, const PhraseParser &phrases, const SubjectFinder &subjects,
        const ClauseBounds &clauses, SpeakerResolver &speakers, DescribedSources &described);

    void attribute(const Sentence &sentence);
    void attributePartials(const Sentence &sentence);

private:
    // What a cue reports and who said it, before the speaker is resolved.
    struct Report
    {
        int contentFrom = -1; // tokens of the reported content, [contentFrom, contentTo)
        int contentTo = -1;
        SpeakerPhrase ref;
        bool inherited = false; // the speaker is the subject of the clause the cue continues
        int listStart = -1; // the first conjunct of an inverted report's coordinated subject
    };

    void boundSourceCue(const Cue &cue, const Sentence &sentence, Report &report) const;
    // Whether the -ing cue follows a preposition and at most a few words opening the sentence
    // ("In describing", "In addition to stating", "Two weeks after announcing").
    bool opensWithPrepositionBefore(const Cue &cue, const Sentence &sentence) const;
    SpeakerPhrase describedBetweenCommas(const Cue &cue, const Sentence &sentence) const;
    void boundVerbCue(const Cue &cue, const Sentence &sentence, Report &report) const;
    bool isRoleInApposition(int comma, const SpeakerPhrase &ref, const Sentence &sentence) const;
    bool overlapsAttributedQuotation(FoundQuote &q, int from, int to);

    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    const PhraseParser &m_phrases;
    const SubjectFinder &m_subjects;
    const ClauseBounds &m_clauses;
    SpeakerResolver &m_speakers;
    DescribedSources &m_described;
};
