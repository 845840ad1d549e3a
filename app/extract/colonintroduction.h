#pragma once

class ExtractWindow;
class Lexicon;
class PhraseParser;
class SubjectFinder;
class SpeakerResolver;
struct Sentence;

// A paragraph ending with a colon ("Roe then read a statement to the court:") introduces what the
// next paragraph says: the subject is noted at the end of the sentence, and the next paragraph,
// set off without quotation marks, is attributed to them when its window opens.
class ColonIntroduction
{
public:
    ColonIntroduction(
        ExtractWindow &window, const PhraseParser &phrases, const SubjectFinder &subjects, SpeakerResolver &speakers);

    void attributeParagraph(int block);
    void note(const Sentence &sentence);

private:
    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    const PhraseParser &m_phrases;
    const SubjectFinder &m_subjects;
    SpeakerResolver &m_speakers;
};
