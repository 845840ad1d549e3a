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
    bool isNone() const { return type == Type::None; }
};

// Noun phrases around a token of the window: the name, pronoun, role or group phrase that ends or
// starts there, the subject before a reporting verb, the subject of a sentence. Reads the mentions
// and cues earlier passes found; changes nothing.
class PhraseParser
{
public:
    explicit PhraseParser(const ExtractWindow &window);

    SpeakerPhrase nounPhraseEndingAt(int j, const Sentence &sentence) const;
    SpeakerPhrase nounPhraseStartingAt(int j, const Sentence &sentence) const;
    // The subject of a reporting verb at tok ("Smith on Tuesday said", "Doe, 45, said").
    SpeakerPhrase subjectBefore(int tok, const Sentence &sentence) const;
    // The speaker named after a cue ending before tok ("said the spokesman", "according to X").
    SpeakerPhrase subjectAfter(int tok, const Sentence &sentence) const;
    // The subject the sentence opens with, for a verb before which no subject stands.
    SpeakerPhrase subjectOfSentence(const Sentence &sentence, int before) const;
    // The last mention marked as a subject before token before, or -1.
    // The first mention before token `before` that is no preposition's object, or -1.
    int firstSubject(const Sentence &sentence, int before) const;
    int sentenceSubject(const Sentence &sentence, int before) const;
    // The first modifier of a role noun at j ("the European Union foreign policy chief").
    int skipBackModifiers(int j, const Sentence &sentence) const;

    // The comma closing an adverbial that opens the sentence ("In April,", "This week,"), or -1.
    int openingAdverbialEnd(const Sentence &sentence, int before) const;
    // The name opening the clause at start, followed by its verb or an appositive.
    SpeakerPhrase nameOpeningClause(int start, int before, const Sentence &sentence) const;

private:
    bool modifiesTitledName(int k) const;
    SpeakerPhrase possessedPhraseAt(int j, const Sentence &sentence) const;
    SpeakerPhrase nameInAppositionAfter(int k, const Sentence &sentence) const;
    SpeakerPhrase phraseBefore(int tok, const Sentence &sentence) const;
    SpeakerPhrase clauseInitialName(int comma, const Sentence &sentence) const;

    const ExtractWindow &m_window;
    const Lexicon &m_lexicon;
};
