#pragma once

class ClauseBounds;
class ExtractWindow;
class Lexicon;
class PhraseParser;
class SpeakerResolver;
struct Sentence;

// Attributes the quotations in quotation marks of a sentence: to a cue after them ("…," said
// Smith / he said / — Smith), before them (Smith said: "…"), a continuation of the last speaker,
// or nobody yet. Drops titles of works and scare quotes; leaves quotations embedded in reported
// speech to the indirect pass.
class DirectAttribution
{
public:
    DirectAttribution(
        ExtractWindow &window, const PhraseParser &phrases, const ClauseBounds &clauses, SpeakerResolver &speakers);

    void attribute(const Sentence &sentence);

private:
    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    const PhraseParser &m_phrases;
    const ClauseBounds &m_clauses;
    SpeakerResolver &m_speakers;
};
