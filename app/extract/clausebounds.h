#pragma once

class ExtractWindow;
class Lexicon;
class PhraseParser;
struct Cue;
struct Sentence;

// Where reported speech starts and ends: the clause a reporting verb governs ("said on Monday
// that ...", "told reporters the plan ...") and where that clause stops (", adding that", ", he
// said."). Reads the window; changes nothing.
class ClauseBounds
{
public:
    ClauseBounds(const ExtractWindow &window, const PhraseParser &phrases);

    // First token of what the cue reports, or -1 when it reports nothing.
    int contentStartAfterCue(const Cue &cue, const Sentence &sentence) const;
    // One past the last token of reported content starting at from.
    int contentEnd(int from, const Sentence &sentence) const;
    // Whether the few tokens from `from` to `end` after a cue and its speaker are adverbials only
    // ("said on Monday", "said in the room"), not a clause of their own ("said the plan
    // failed", "said that ...", "said it was").
    // No verb from `from` to the next comma, relative pronoun or the end: the words name someone.
    bool namesSpeakerOnly(int from, const Sentence &sentence) const;
    bool isAdverbialTail(int from, int end, const Sentence &sentence) const;
    // Whether the words at from open an adverbial clause ("as she left", "reporters while …").
    bool opensAdverbialClause(int from, int end, const Sentence &sentence) const;

private:
    bool startsClause(int i, const Sentence &sentence) const;
    bool isComplementizer(int i, const Sentence &sentence) const;
    bool modifiesObjectOfPreposition(int k, int from) const;
    bool isNounBeforePreposition(int i, const Sentence &sentence) const;
    bool opensClauseWithPronoun(int x, const Sentence &sentence) const;
    bool isLoneAnswer(int i, const Sentence &sentence) const;
    // Whether an object and what a verb of naming names it start at i ("him a liar", "the plan
    // and its budget a disaster", "it reckless").
    bool isObjectWithComplement(int i, const Sentence &sentence) const;
    bool isShareOfNumber(int i, const Sentence &sentence) const;
    bool addresseeIsSomeone(int i) const;
    // The comma closing a region or a country set off after a place name at `comma` ("Dunmore,
    // Maine,"), or -1.
    int placeAppositiveEnd(int comma, const Sentence &sentence) const;
    // Past what may follow the subject of a second clause before its verb: a second conjunct and
    // short prepositional phrases ("Lund in a blog post", "Ortiz and Rep. Luis Lund").
    int pastSubjectTail(int y, const Sentence &sentence) const;
    int afterRelativeClause(int relative, bool commaClause, const Sentence &sentence) const;

    const ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    const PhraseParser &m_phrases;
};
