#pragma once

#include "phraseparser.h"

class ExtractWindow;
class Lexicon;
struct Sentence;

// The subjects of reporting verbs and of sentences, from the noun phrases PhraseParser finds: the
// subject before a verb ("Smith on Tuesday said", "Doe, 45, said"), the speaker named after one
// ("said the spokesman"), the subject a sentence opens with. Reads the window; changes nothing.
class SubjectFinder
{
public:
    SubjectFinder(const ExtractWindow &window, const PhraseParser &phrases);

    // The subject of a reporting verb at tok ("Smith on Tuesday said", "Doe, 45, said").
    SpeakerPhrase subjectBefore(int tok, const Sentence &sentence) const;
    // The speaker named after a cue ending before tok ("said the spokesman", "according to X").
    SpeakerPhrase subjectAfter(int tok, const Sentence &sentence) const;
    // Whether ref, found before a participle, is a statement noun the sentence's subject issued
    // ("Doe issued a statement saying …"): the statement speaks for whoever issued it.
    bool isIssuedStatement(const SpeakerPhrase &ref) const;
    // Whether ref, found before a participle, is a name after "in", "at" or "on" ("Doe posted a
    // message on Harbour Radio saying …"), a place or a medium the participle does not report for.
    bool isPrepositionObject(const SpeakerPhrase &ref, int participle) const;
    // The name or the phrase before the verb that a to-infinitive cue at cueFirst completes
    // ("Republicans continue to warn", "Lund went on to say", "Ortiz was prompted to say"), or none.
    SpeakerPhrase subjectOfCompletedVerb(int cueFirst, const Sentence &sentence) const;
    // The subject the sentence opens with, for a verb before which no subject stands.
    SpeakerPhrase subjectOfSentence(const Sentence &sentence, int before) const;
    // The first mention before token `before` that is no preposition's object, or -1.
    int firstSubject(const Sentence &sentence, int before) const;
    // The last mention marked as a subject before token before, or -1.
    int sentenceSubject(const Sentence &sentence, int before) const;
    // The comma closing an adverbial that opens the sentence ("In April,", "This week,"), or -1.
    int openingAdverbialEnd(const Sentence &sentence, int before) const;
    // The name opening the clause at start, followed by its verb or an appositive.
    SpeakerPhrase nameOpeningClause(int start, int before, const Sentence &sentence) const;

private:
    SpeakerPhrase phraseBefore(int tok, const Sentence &sentence) const;
    SpeakerPhrase clauseInitialName(int comma, const Sentence &sentence) const;
    SpeakerPhrase nameBeforePrepositionalPhrases(int end, const Sentence &sentence) const;
    // The phrase a relative pronoun at `relative` stands for ("Jane Doe, who", "Lund - who"; "one
    // resident of Ferry Row, who": the head before the preposition).
    SpeakerPhrase antecedentOf(int relative, const Sentence &sentence) const;
    // The subject before a relative clause that opens after a comma and runs, commas and all, to
    // the comma before the verb at `comma + 1` ("Ana Ortiz, who moved to Dunmore, Maine, in 2012,
    // said"), or none.
    SpeakerPhrase subjectBeforeLongRelative(int comma, const Sentence &sentence) const;
    // The role or the group before "who" when the words from it to `end` are its relative clause
    // ("officials who spoke with" the Harbour Post), or none.
    SpeakerPhrase antecedentOfRelativeBefore(int end, const Sentence &sentence) const;
    // The person's name that opens the clause and is followed by an appositive of its own that
    // ends at `comma` ("Tomas Varga, the editor of the paper," The Harbour Post, said), or none.
    SpeakerPhrase nameWithAppositiveBefore(int comma, const Sentence &sentence) const;

    const ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    const PhraseParser &m_phrases;
};
