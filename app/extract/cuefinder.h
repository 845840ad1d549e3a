#pragma once

class ExtractWindow;
class Lexicon;
struct Sentence;

// Finds the reporting cues of a sentence: reporting verbs in a verb use (not "the claims", "was
// told", "declined to comment"), multiword cues and "according to", "X's statement that", and a
// statement noun introducing a colon ("made the following comment:").
class CueFinder
{
public:
    explicit CueFinder(ExtractWindow &window);

    void find(const Sentence &sentence);

private:
    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
};
