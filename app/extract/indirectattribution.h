#pragma once

class ClauseBounds;
class ExtractWindow;
class Lexicon;
class PhraseParser;
class SpeakerResolver;
struct Sentence;

// Attributes reported speech ("The company said on Tuesday that profits fell", "..., according to
// X") to the subject of its cue, and the quoted words inside a sentence that no cue took to the
// sentence's subject (partial quotes).
class IndirectAttribution
{
public:
    IndirectAttribution(
        ExtractWindow &window, const PhraseParser &phrases, const ClauseBounds &clauses, SpeakerResolver &speakers);

    void attribute(const Sentence &sentence);
    void attributePartials(const Sentence &sentence);

private:
    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    const PhraseParser &m_phrases;
    const ClauseBounds &m_clauses;
    SpeakerResolver &m_speakers;
};
