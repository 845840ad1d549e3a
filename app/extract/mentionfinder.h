#pragma once

#include "entityregistry.h"

#include <QString>
#include <QStringList>
#include <QVarLengthArray>

class ExtractWindow;
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
    // A capitalised run split into its title or organisation part and the name proper.
    struct NameSplit
    {
        QVarLengthArray<int, 16> words; // the word tokens of the run
        int split = -1; // index into words of the last role token
        Lexicon::Gender gender = Lexicon::Gender::Unknown;
        bool titled = false;
        QVarLengthArray<int, 16> nameTokens;
    };

    void registerName(int first, int last, int roleStart, const Sentence &sentence);
    bool isDateline(int first, int last, const Sentence &sentence) const;
    bool splitName(int first, int last, int roleStart, const Sentence &sentence, NameSplit &parts) const;
    EntityRegistry::NameInfo describeName(const NameSplit &parts, int first, int roleStart, const Sentence &sentence,
        EntityRegistry::NameWords &tokens, int &roleFirst) const;
    void addMention(const NameSplit &parts, const EntityRegistry::NameWords &tokens, const EntityRegistry::NameInfo &info,
        int roleFirst, const Sentence &sentence);
    int roleAppositiveAfter(int last, const Sentence &sentence, QString *role) const;
    QString orgNounInApposition(int nameFirst, int nameLast, const Sentence &sentence) const;
    QString partyRegionAfter(int nameLast, const Sentence &sentence) const;
    // Whether the word at `next` is a noun a nationality before it modifies ("European officials",
    // "Chilean heritage"), not a verb ("German laughed").
    bool modifiesNounAfter(int next, const Sentence &sentence) const;
    int rolePrefixBefore(int first, const Sentence &sentence) const;

    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    const PhraseParser &m_phrases;
};
