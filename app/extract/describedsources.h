#pragma once

class ExtractWindow;
class Lexicon;
class PhraseParser;
class SpeakerResolver;
struct Sentence;
struct SpeakerPhrase;

// Sources the text describes instead of naming: a coordinated subject ("Ana and Luis Ortiz"), an
// unnamed source or group opening the clause of a cue ("Many commuters", "Another resident", "People
// close to the talks"), a report named by its organisation ("a 2015 Harbor Research survey"). Each
// becomes an entity of its own, named as the text names it; both attribution passes ask for them
// when a cue's subject resolved to nobody.
class DescribedSources
{
public:
    DescribedSources(ExtractWindow &window, const PhraseParser &phrases, SpeakerResolver &speakers);

    // The coordinated subject opening the sentence of the cue at cueFirst, or the clause at
    // listStart ("…, Ortiz and Lund said."), or -1.
    int coordinatedSubject(int cueFirst, const Sentence &sentence, int listStart = -1);
    // The unnamed source or group opening the clause of the cue at cueFirst, or -1.
    int describedSubject(int cueFirst, const Sentence &sentence);
    // As describedSubject; when the subject found for the cue (ref) is a role or a group set off
    // from its verb by a comma or a dash ("One attendee, who spoke on condition of anonymity,
    // said"), the phrase before that comma.
    int describedSubject(const SpeakerPhrase &ref, int cueFirst, const Sentence &sentence);
    // The report named by an organisation in tokens [first, last], or -1.
    int describedReport(int first, int last, const Sentence &sentence);

private:
    int beforeVerbGroup(int cueFirst, const Sentence &sentence) const;
    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    const PhraseParser &m_phrases;
    SpeakerResolver &m_speakers;
};
