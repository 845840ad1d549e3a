#pragma once

#include "article/extraction.h"
#include "text/wordmap.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <array>
#include <deque>

// The rule data of the extractor (reporting verbs, titles, honorifics, given names, organisation and
// place words, abbreviations, pronouns), read once from the resource files under :/rules. Lookups
// take QStringView so the hot path never allocates; keys live as long as the lexicon.
class Lexicon
{
public:
    using Gender = ::Gender;

    enum Frame : quint16 {
        FrameClause = 1 << 0,
        FrameThat = 1 << 1,
        FrameObject = 1 << 2,
        FrameInfinitive = 1 << 3,
        FrameTell = 1 << 4,
        FrameQuote = 1 << 5,
        FrameWeak = 1 << 6,
        FrameSource = 1 << 7, // "according to": the source follows the cue
        FrameThought = 1 << 8, // a belief or a finding, not words: only worth showing with a source
        FrameNaming = 1 << 9, // "called him a liar": an object and what the verb names it are the content
        FrameGerund = 1 << 10, // "reported raising $4 million": an -ing clause after the verb is the content
    };

    struct VerbForm
    {
        QString lemma;
        QStringList following; // further words of a multiword cue ("on" in "called on")
        quint16 frames = 0;
        bool participle = false; // the -ing form
        bool pastParticiple = false;
        bool noun = false; // the base or -s form of a verb marked "noun" ("state", "states")
    };

    struct Title
    {
        QString canonical;
        Gender gender = Gender::Unknown;
    };

    struct RoleNoun
    {
        QString group; // synonym group; nouns of one group can refer to each other
        Gender gender = Gender::Unknown;
    };

    struct Pronoun
    {
        Gender gender = Gender::Unknown;
        bool subject = false;
        bool possessive = false;
    };

    static const Lexicon &instance();

    // Verb forms starting with this lower-case word (a multiword cue lists its further words).
    const QList<VerbForm> *verbForms(QStringView lowerWord) const;
    const Title *title(QStringView word) const;
    const RoleNoun *roleNoun(QStringView lowerWord) const;
    bool honorific(QStringView word, Gender *gender = nullptr) const;
    Gender givenName(QStringView word) const; // Unknown when not a known given name
    bool isGivenName(QStringView word) const { return m_givenNames.contains(word); }
    // The kinds are returned by reference: most callers only ask whether there is one, and a copy
    // of a shared string is two atomic operations on a counter every --jobs thread touches.
    const QString &orgWordKind(QStringView word) const;    // empty when not an organisation word
    const QString &orgNounKind(QStringView lowerWord) const;
    const QString &nonPersonKind(QStringView word) const;  // "document", "event", "place" or empty
    // A country or a capital from the gazetteer, its words joined by single spaces ("South Korea").
    bool isPlaceName(QStringView name) const { return m_placeNames.contains(name); }
    // An adjective of nationality ("Chilean", "South African"), as written.
    bool isDemonym(QStringView name) const { return m_demonyms.contains(name); }
    // The region an abbreviation or a name as written stands for ("Fla." and "FL" for Florida,
    // "Iowa"), or an empty string (region-abbreviations.txt, regions.txt).
    QString regionNamed(QStringView written) const;
    // The places among words written in this order ("New", "Jersey", "Gov." -> "new jersey"): the
    // countries, capitals and first-level regions (states, provinces) they name, in lower case.
    QStringList placesIn(const QStringList &words) const;
    bool isCommonWord(QStringView word) const { return m_commonWords.contains(word); }
    bool isAbbreviation(QStringView wordWithDot) const { return m_abbreviations.contains(wordWithDot); }
    const Pronoun *pronoun(QStringView lowerWord) const;
    bool isStatementNoun(QStringView lowerWord) const { return m_statementNouns.contains(lowerWord); }
    // A noun for a document that can be a source: a statement noun or a report ("memo", "survey").
    bool isDocumentNoun(QStringView lowerWord) const
    {
        return isStatementNoun(lowerWord) || orgNounKind(lowerWord) == u"poll";
    }
    bool isNameParticle(QStringView word) const { return m_nameParticles.contains(word); }
    // "back", "up", "off": a particle completing a verb ("called her back"), no word of its own.
    bool isVerbParticle(QStringView lowerWord) const { return m_verbParticles.contains(lowerWord); }
    bool isWorkNoun(QStringView lowerWord) const { return m_workNouns.contains(lowerWord); }

    enum WordClass : quint16 {
        Determiner = 1 << 0,
        Preposition = 1 << 1,
        Auxiliary = 1 << 2,
        Negation = 1 << 3,
        Conjunction = 1 << 4,
        Relative = 1 << 5,
        Adverb = 1 << 6,
        Time = 1 << 7,
        Control = 1 << 8, // "declined to", "expected to": the infinitive after it is not yet speech
        Answer = 1 << 9, // "said yes", "thinks so": a word that stands for the whole answer
        RelativePronoun = 1 << 10, // "who", "which": opens a relative clause on the noun before it
        Comparison = 1 << 11, // "than": "less than two weeks ago"
    };
    // The parts a word plays in the extractor's rules (rule-words.txt), so that the rules name a
    // part, never the English word: "that" is the Complementizer.
    enum RuleWord : quint32 {
        Complementizer = 1u << 0,
        InfinitiveTo = 1u << 1,
        NameLink = 1u << 2,          // "Secretary of State"
        DefiniteArticle = 1u << 3,
        ArticleWord = 1u << 4,
        IndefiniteSource = 1u << 5,  // "a spokesman", "one official": someone new, not someone known
        Addition = 1u << 6,
        Contrast = 1u << 7,
        Alternative = 1u << 8,
        ClauseLead = 1u << 9,        // skipped at the start of a clause
        ParentheticalAs = 1u << 10,  // "As Ms. Doe put it, ..."
        NonAdverbialPreposition = 1u << 11, // opens no adverbial between a verb and its clause
        DatePreposition = 1u << 12,  // "on Tuesday"
        SourceLink = 1u << 13,       // "a study by X"
        Attachment = 1u << 14,       // "advisers to Mr. Doe"
        Interrogative = 1u << 15,    // "asked whether"
        Conditional = 1u << 16,
        NearDemonstrative = 1u << 17, // "this week"
        BeForm = 1u << 18,
        ObjectPronoun = 1u << 19,
        PlacePreposition = 1u << 20, // "in Ankara"
        NeuterReference = 1u << 21,  // "its": the antecedent is no person
        PersonalReference = 1u << 22,
        ClauseSubject = 1u << 23,    // a word that can open a reported clause as its subject
        ContractedBe = 1u << 24,     // "'s" as in "it's"
        IrregularParticiple = 1u << 25,
        PluralDemonstrative = 1u << 26, // "these", "those": somebody already named
        Quantifier = 1u << 27,       // "Some say": people, when it opens the clause
        ShareWord = 1u << 28,        // "nearly half of", "40 percent of": a share of a group
        Affiliation = 1u << 29,      // "a spokesman for X"
        PastParticiple = 1u << 30,   // an irregular reporting verb's past participle ("told")
        QuestionWord = 1u << 31,     // "asked her how": a reported question after the addressee
    };
    // The parts a word ending plays in the rules (word-endings.txt).
    enum WordEnding : quint8 {
        ParticipleEnding,     // "-ing"
        PastEnding,           // "-ed"
        PastParticipleEnding, // "-ed", "-en"
        AdverbEnding,         // "-ly"
        PresentEnding,        // "-s": "Says", "Warns" in a headline
        PeoplePluralEnding,   // "-ers", "-ents": "voters", "respondents"
        WordEndingCount,
    };
    // Whether the word, as written, ends in one of the endings that play this part.
    bool hasEnding(QStringView word, WordEnding part) const
    {
        const QStringList &endings = m_endings[part];
        return std::any_of(endings.cbegin(), endings.cend(), [word](const QString &e) { return word.endsWith(e); });
    }
    // An abbreviation that often ends a sentence too ("U.S.", "Inc.").
    bool endsSentencesOften(QStringView abbreviation) const { return m_sentenceEndingAbbreviations.contains(abbreviation); }
    // What the rules know of a lower-case function word: its classes and its parts.
    struct FunctionWord
    {
        quint16 classes = 0;
        quint32 ruleWords = 0;
    };
    const FunctionWord *functionWord(QStringView lowerWord) const { return m_functionWords.find(lowerWord); }
    // The lookups asked of every token, with the word's hash (WordMap::hash) already known.
    const FunctionWord *functionWord(QStringView lowerWord, quint32 hash) const
    {
        return m_functionWords.find(lowerWord, hash);
    }
    const QList<VerbForm> *verbForms(QStringView lowerWord, quint32 hash) const { return m_verbs.find(lowerWord, hash); }
    // The lookups of a name word as written, with its hash known (ExtractWindow keeps one per token).
    const Title *title(QStringView word, quint32 hash) const { return m_titles.find(word, hash); }
    bool honorific(QStringView word, quint32 hash, Gender *gender) const
    {
        const Gender *g = m_honorifics.find(word, hash);
        if (g && gender)
            *gender = *g;
        return g;
    }
    Gender givenName(QStringView word, quint32 hash) const
    {
        const Gender *g = m_givenNames.find(word, hash);
        return g ? *g : Gender::Unknown;
    }
    const QString &orgWordKind(QStringView word, quint32 hash) const
    {
        const QString *k = m_orgWords.find(word, hash);
        return k ? *k : m_noKind;
    }
    const QString &nonPersonKind(QStringView word, quint32 hash) const
    {
        const QString *k = m_nonPersonWords.find(word, hash);
        return k ? *k : m_noKind;
    }
    bool isCommonWord(QStringView word, quint32 hash) const { return m_commonWords.find(word, hash); }
    // Classes of a lower-case function word (0 for other words).
    quint16 wordClass(QStringView lowerWord) const
    {
        const FunctionWord *f = m_functionWords.find(lowerWord);
        return f ? f->classes : 0;
    }

    // Sizes, for tests and diagnostics.
    int verbCount() const { return m_verbLemmas; }
    int givenNameCount() const { return int(m_givenNames.size()); }

    static QStringList readRuleFile(const QString &name);

private:
    Lexicon();
    QStringView keep(const QString &s);
    void loadVerbs();
    void loadTitles();
    void loadRoleNouns();
    void loadSimpleMaps();
    void loadSet(const QString &file, WordMap<bool> &set);
    void loadFunctionWords();
    void loadWordEndings();

    std::deque<QString> m_storage; // owns every key; a deque never moves its elements
    WordMap<QList<VerbForm>> m_verbs;
    WordMap<Title> m_titles;
    WordMap<RoleNoun> m_roleNouns;
    WordMap<Gender> m_honorifics;
    WordMap<Gender> m_givenNames;
    WordMap<QString> m_orgWords;
    WordMap<QString> m_orgNouns;
    WordMap<QString> m_nonPersonWords;
    WordMap<bool> m_commonWords;
    WordMap<bool> m_placeNames;
    WordMap<bool> m_regionNames;
    WordMap<bool> m_demonyms;
    WordMap<QString> m_regionAbbreviations;
    WordMap<bool> m_abbreviations;
    WordMap<Pronoun> m_pronouns;
    WordMap<bool> m_statementNouns;
    WordMap<bool> m_nameParticles;
    WordMap<bool> m_verbParticles;
    WordMap<bool> m_workNouns;
    WordMap<FunctionWord> m_functionWords;
    std::array<QStringList, WordEndingCount> m_endings;
    WordMap<bool> m_sentenceEndingAbbreviations;
    const QString m_noKind; // what the kind lookups return for a word they do not know
    int m_verbLemmas = 0;
};
