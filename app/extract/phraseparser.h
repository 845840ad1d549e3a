#pragma once

#include "entityregistry.h"
#include "lexicon.h"

class ExtractWindow;
struct Sentence;

// A phrase naming a speaker, before it is resolved to an entity.
struct SpeakerPhrase
{
    enum class Type { None, Name, Pronoun, Role, OrgRole, Group };
    Type type = Type::None;
    int first = -1;
    int last = -1;
    int mention = -1;
    Lexicon::Gender gender = Lexicon::Gender::Unknown;
    EntityRegistry::RoleQuery role;
    // A report with its author ("A study released by the Lindqvist Institute"): the first token of
    // the author's name, else -1.
    int author = -1;
    bool isNone() const { return type == Type::None; }
};

// Noun phrases around a token of the window: the name, pronoun, role or group phrase that ends or
// starts there (SubjectFinder asks which of them is a verb's subject). Reads the mentions and cues
// earlier passes found; changes nothing.
class PhraseParser
{
public:
    explicit PhraseParser(const ExtractWindow &window);

    SpeakerPhrase nounPhraseEndingAt(int j, const Sentence &sentence) const;
    SpeakerPhrase nounPhraseStartingAt(int j, const Sentence &sentence) const;
    // The first modifier of a role noun at j ("the European Union foreign policy chief").
    int skipBackModifiers(int j, const Sentence &sentence) const;
    // The name a description in apposition leads to: from the lower-case words at k, across the
    // comma after them, to the name ending the clause ("introducer, actress Dana Pell.").
    SpeakerPhrase nameInAppositionAfter(int k, const Sentence &sentence) const;
    // Whether the word at k modifies the titled name after it ("former Gov. Jane Doe").
    bool modifiesTitledName(int k) const;

private:
    SpeakerPhrase possessedPhraseAt(int j, const Sentence &sentence) const;

    const ExtractWindow &m_window;
    const Lexicon &m_lexicon;
};
