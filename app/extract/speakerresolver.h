#pragma once

#include "lexicon.h"

#include <QSet>
#include <QString>

class ExtractWindow;
struct FoundQuote;
struct Sentence;
struct SpeakerPhrase;

// A speaker phrase resolved to an entity, with the confidence of that resolution.
struct ResolvedSpeaker
{
    int entity = -1;
    double confidence = 0;
    QString source;
    bool named = false; // a name, not a pronoun or role
};

// Resolves speaker phrases to entities: names through the registry, pronouns through the salience
// history, role nouns to the entity introduced with that role, described sources to entities of
// their own. Records each found quote with its speaker, which updates the history, the speaker's
// aliases and the last attribution a continuation may follow.
class SpeakerResolver
{
public:
    explicit SpeakerResolver(ExtractWindow &window);

    ResolvedSpeaker resolve(const SpeakerPhrase &ref, const Sentence &sentence, bool subjectOfCue = false);
    // Adds the quote, trimmed, to the window's quotes (too short a quote is dropped).
    void record(FoundQuote q, const ResolvedSpeaker &who, int sentenceSerial);
    // Enters a speaker into the salience history at pos.
    void noteSpeaker(int entity, int pos, int serial);

private:
    int resolvePronoun(Lexicon::Gender gender, int pos, int serial, double *confidence) const;
    int describedSource(const SpeakerPhrase &ref, const Sentence &sentence);
    int reportByAuthor(const SpeakerPhrase &ref, int pos);
    int possessorBefore(int first) const;
    int roleOwnerIn(const SpeakerPhrase &ref) const;
    void checkNeuterEvidence(int entity, int fromTok, const Sentence &sentence);
    QString intern(const QString &s);

    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    QSet<QString> m_interned;
};
