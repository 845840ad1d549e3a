#pragma once

#include <QString>

class ExtractWindow;
class Lexicon;
class PhraseParser;
struct Sentence;

// Finds the names of a sentence with their titles, roles and appositives ("Mayor Ana Ortiz",
// "Jane Roe, the campaign's spokeswoman"), registers them with the entity registry, and marks
// which are sentence subjects, entering them into the salience history.
class MentionFinder
{
public:
    MentionFinder(ExtractWindow &window, const PhraseParser &phrases);

    void find(const Sentence &sentence);
    void markSubjects(const Sentence &sentence);

private:
    void registerName(int first, int last, int roleStart, const Sentence &sentence);
    int roleAppositiveAfter(int last, const Sentence &sentence, QString *role) const;
    int rolePrefixBefore(int first, const Sentence &sentence) const;

    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    const PhraseParser &m_phrases;
};
