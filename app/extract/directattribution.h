#pragma once

#include "quotefinder.h"
#include "speakerresolver.h"

#include <QString>

class ClauseBounds;
class DescribedSources;
class ExtractWindow;
class Lexicon;
class PhraseParser;
class SubjectFinder;
class SpeakerResolver;
struct Sentence;

// Attributes the quotations in quotation marks of a sentence: to a cue after them ("…," said
// Smith / he said / — Smith), before them (Smith said: "…"), a continuation of the last speaker,
// or nobody yet. Drops titles of works and scare quotes; leaves quotations embedded in reported
// speech to the indirect pass.
class DirectAttribution
{
public:
    DirectAttribution(ExtractWindow &window, const PhraseParser &phrases, const SubjectFinder &subjects,
        const ClauseBounds &clauses, SpeakerResolver &speakers, DescribedSources &described);

    void attribute(const Sentence &sentence);

private:
    // A quotation of the sentence and what stands around it.
    struct QuotationSite
    {
        int local = -1; // index into the window's quotations
        const QuoteFinder::Span *span = nullptr;
        int first = -1; // tokens of the quotation
        int last = -1;
        int words = 0;
        bool capitalStart = false;
        int before = -1; // the token before the opening mark
        int after = -1; // the token after the closing mark
        int beforeMarks = -1; // the token before the commas, colons and dashes before the quotation
        bool colonBefore = false;
        bool commaBefore = false;
        bool atStart = false; // opens its sentence
        bool endsSentence = false;
        bool embedded = false; // inside a clause of its own sentence
        bool separated = false; // ends with a mark that separates it from the words after it
    };
    // What named the speaker: a cue, or a mark standing in for one (a colon, a dash).
    struct Finding
    {
        ResolvedSpeaker who;
        int cueIndex = -1;
        QString cueText;
    };

    bool locate(int local, const Sentence &sentence, QuotationSite &site) const;
    bool isTitleOfWork(const QuotationSite &site, const Sentence &sentence) const;
    bool isNamingBySubject(int verb, const Sentence &sentence) const;
    bool isTitleCased(const QuotationSite &site) const;
    void findAfter(const QuotationSite &site, const Sentence &sentence, Finding &found);
    void findClosingVerb(int k, const Sentence &sentence, Finding &found);
    SpeakerPhrase describedNameAfter(int tok, const Sentence &sentence) const;
    void findBefore(const QuotationSite &site, const Sentence &sentence, Finding &found);
    void decide(const QuotationSite &site, const Sentence &sentence, Finding &found);

    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    const PhraseParser &m_phrases;
    const SubjectFinder &m_subjects;
    const ClauseBounds &m_clauses;
    SpeakerResolver &m_speakers;
    DescribedSources &m_described;
};
