#pragma once

#include "article/extraction.h"
#include "entityregistry.h"
#include "lexicon.h"
#include "quotefinder.h"
#include "sentencesplitter.h"
#include "token.h"
#include "wordbits.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <array>

class Article;

// A sentence of the window (or a bounded piece of a very long one), as text offsets and tokens.
struct Sentence
{
    int start = 0;
    int end = 0;
    int firstToken = 0;
    int endToken = 0; // one past the last token
    int serial = 0; // counts sentences through the whole article
};

// A name found in the text, registered with the entity registry.
struct Mention
{
    int first = 0; // first token of the name proper
    int last = 0; // last token of the name proper
    int roleFirst = -1; // first token of a title or role prefix, -1 if none
    int entity = -1;
    bool inQuote = false;
    bool subject = false;
    bool afterPreposition = false;
    int begin() const { return roleFirst >= 0 ? roleFirst : first; }
};

// A reporting cue: a verb form, "according to", or "X's statement that".
struct Cue
{
    int first = 0;
    int last = 0;
    const Lexicon::VerbForm *form = nullptr;
    bool used = false;
    bool source = false;
    bool statementNoun = false;
    bool colonNoun = false; // "made the following comment:"
    int entity = -1; // resolved speaker, once attributed
};

// Who was mentioned or spoke where: the salience history pronouns are resolved against.
struct SalienceRecord
{
    int pos = 0;
    int entity = -1;
    int serial = 0;
    bool subject = false;
    bool speaker = false;
    bool afterPreposition = false;
};

// The pass that decided a quote, for tracing an attribution back to its rule family.
enum class AttributionPass : quint8 {
    TranscriptLabel,
    ColonIntroduction,
    Direct,
    Continuation,
    Indirect,
    Partial,
    Standalone,
};

// A quote an attribution pass found, before overlaps are resolved and speakers numbered.
struct FoundQuote
{
    int start = 0;
    int end = 0;
    Quote::Kind kind = Quote::Kind::Direct;
    int entity = -1;
    QString cue;
    int cueStart = -1;
    int cueEnd = -1;
    QString source;
    double confidence = 0;
    int paragraph = 0;
    AttributionPass decidedBy = AttributionPass::Direct;
};

// The speaker of the latest attribution, which a following quotation may continue.
struct LastAttribution
{
    int entity = -1;
    int serial = -1000;
    int paragraph = -1000;
    bool colonIntro = false;
    QString source;
};

// The state the extraction passes share, passed from pass to pass: the article-wide part (the
// quotations, the entities, the salience history, the quotes found so far) and the current window
// (one paragraph, or the paragraphs one quotation runs over) with its tokens, sentences, mentions
// and cues. The token predicates every pass asks live here too, with their per-token caches.
class ExtractWindow
{
public:
    ExtractWindow(const Article &article, const Lexicon &lexicon);

    // Marks which words the article writes in lower case, and which capitalised mid-sentence.
    void scanWords();
    // Tokenizes blocks [firstBlock, lastBlock] and splits them into sentences; clears the
    // window's mentions and cues.
    void load(int firstBlock, int lastBlock);

    // Token predicates.
    const Token &token(int i) const { return tokens.at(i); }
    QStringView tokenView(int i) const { return text.mid(tokens.at(i).start, tokens.at(i).length()); }
    QStringView lower(int i) const
    {
        // Inline: asked for nearly every token by nearly every pass.
        const Token &t = tokens.at(i);
        if (!(t.flags & Token::HasUpper))
            return text.mid(t.start, t.length());
        return QStringView(m_lowerText).mid(m_lowerAt.at(i), t.length());
    }
    quint16 wordClass(int i) const { return quint16(functionWord(i).classes); }
    // Whether token i is a word that plays one of these parts (Lexicon::RuleWord bits).
    bool isRuleWord(int i, quint32 parts) const { return functionWord(i).ruleWords & parts; }
    bool isPunct(int i, char16_t c) const
    {
        const Token &t = tokens.at(i);
        return t.type == Token::Type::Punct && t.length() == 1 && text[t.start] == QChar(c);
    }
    bool isDash(int i) const;
    bool isClauseBreak(int i) const
    {
        return isPunct(i, u',') || isPunct(i, u';') || isPunct(i, u':') || isPunct(i, u'.') || isPunct(i, u'(')
            || isPunct(i, u')') || isPunct(i, u'!') || isPunct(i, u'?');
    }
    bool outsideQuotes(int i) const { return tokens.at(i).quote < 0; }
    // A quotation mark that opens or closes a quotation (a stray apostrophe is not one).
    bool isQuoteBoundary(int i) const { return tokens.at(i).type == Token::Type::QuoteMark && tokens.at(i).quote >= 0; }
    bool isNameWord(int i, const Sentence &sentence) const
    {
        qint8 &cached = m_nameWordCache[i];
        if (cached < 0)
            cached = computeNameWord(i, sentence) ? 1 : 0;
        return cached == 1;
    }
    // "Ana Ortiz Says She Will Stay": a verb of saying in the present, capitalised in a title-case
    // headline after a name word. It ends the name and is the cue.
    bool isHeadlineCue(int i, const Sentence &sentence) const;
    bool endsInOrganisation(int from, const Sentence &sentence) const;
    bool isSentenceInitial(int i, const Sentence &sentence) const;
    // "officials", "residents": the word at i is the plural of a role noun.
    bool isPluralRoleNoun(int i) const;
    bool isTitleToken(int i, QString *canonical = nullptr, Lexicon::Gender *gender = nullptr) const
    {
        // The common answers inline: no capital, or already known to be no title.
        const Token &t = tokens.at(i);
        if (!t.isWord() || !t.isCapitalized() || (m_titleKnown[i] >= 0 && !m_titleCache[i]))
            return false;
        return titleToken(i, canonical, gender);
    }
    bool hasAbbrevDot(int i) const;
    // A quotation mark at i right after a comma, American style ("the “fairness card,” she said"):
    // the comma of the sentence inside the closing mark.
    bool isCommaInsideQuoteMark(int i) const
    {
        return i > 0 && tokens.at(i).type == Token::Type::QuoteMark && isPunct(i - 1, u',')
            && tokens.at(i - 1).end == tokens.at(i).start;
    }
    // Whether the word at i is also written in lower case somewhere in the article.
    bool occursInLowerCase(int i) const { return m_lowerWords.contains(lower(i)); }
    // The lexicon's answers about token i as written (names are looked up as written), asked once
    // per token: the name passes ask them of the same capitalised words several times over.
    const QString &orgWordKind(int i) const
    {
        const QString *&kind = writtenFacts(i).orgWordKind;
        if (!kind)
            kind = &lexicon.orgWordKind(tokenView(i), writtenHash(i));
        return *kind;
    }
    bool isHonorific(int i, Lexicon::Gender *gender = nullptr) const
    {
        qint8 &known = writtenFacts(i).honorific;
        if (known == WrittenFacts::kUnknown) {
            Lexicon::Gender g = Lexicon::Gender::Unknown;
            known = lexicon.honorific(tokenView(i), writtenHash(i), &g) ? qint8(g) : WrittenFacts::kNone;
        }
        if (known == WrittenFacts::kNone)
            return false;
        if (gender)
            *gender = Lexicon::Gender(known);
        return true;
    }
    Lexicon::Gender givenName(int i) const
    {
        qint8 &known = writtenFacts(i).givenName;
        if (known == WrittenFacts::kUnknown)
            known = qint8(lexicon.givenName(tokenView(i), writtenHash(i)));
        return Lexicon::Gender(known);
    }
    bool isCommonWord(int i) const
    {
        qint8 &known = writtenFacts(i).commonWord;
        if (known == WrittenFacts::kUnknown)
            known = lexicon.isCommonWord(tokenView(i), writtenHash(i)) ? 1 : 0;
        return known == 1;
    }
    // WordMap::hash() of token i as written: the tokenizer's hash of a word with no capital (its
    // lower-case form is itself), the one lowerCaseTokens() takes along for the others.
    quint32 writtenHash(int i) const
    {
        const Token &t = tokens.at(i);
        if (!t.isWord())
            return WordMap<int>::hash(tokenView(i));
        return (t.flags & Token::HasUpper) ? m_writtenHash.at(i) : t.lowerHash;
    }
    // Token i marks a possessive of the word right before it: "'s", or a bare apostrophe after a
    // capitalised word ending in s ("Reyes’").
    bool isPossessiveMark(int i) const;
    // The token before the adverbs and auxiliaries in front of token i ("has also said"), which
    // may be before the sentence.
    int beforeAdverbsAndAuxiliaries(int i, const Sentence &sentence) const;
    bool isCueVerbAt(int i) const;
    // A lower-case noun the word before it modifies ("state officials", "Chilean government",
    // "report cards"): a role or organisation noun, or a plural that is no verb form.
    bool isModifiedNounAt(int i, const Sentence &sentence) const;
    // "a charity that prosecutors said was …": a relative word right before the subject of the
    // verb at cueFirst, so that the clause the verb reports has no subject of its own.
    bool isRelativeBeforeSubject(int cueFirst, const Sentence &sentence) const;
    // Whether the possessive mark at i is a contracted "has" or "is": after a subject pronoun or a
    // relative pronoun ("He’s said", "who’s argued").
    bool isContractedAuxiliary(int i, const Sentence &sentence) const;
    // A determiner that is neither a relative word nor a pronoun ("the", "both", "several"; not
    // "that" as a relative, nor "his").
    bool isPlainDeterminer(int i) const
    {
        return token(i).isWord() && (wordClass(i) & Lexicon::Determiner) && !(wordClass(i) & Lexicon::Relative)
            && !lexicon.pronoun(lower(i));
    }
    // Whether the number at i closes a share of people ("Six in 10", "nine out of 10", "7 of 10").
    bool isShareOfNumber(int i, const Sentence &sentence) const;
    // Whether the word at i looks like a verb's -s form ("takes", "makes"; not "boss", "was").
    bool looksLikePresentVerb(int i) const;
    // "when", "where": a relative word that is no pronoun and no complementizer; it opens an
    // adverbial clause or a question.
    bool isRelativeAdverb(int i) const
    {
        return tokens.at(i).isWord() && (wordClass(i) & Lexicon::Relative) && !(wordClass(i) & Lexicon::RelativePronoun)
            && !isRuleWord(i, Lexicon::Complementizer);
    }
    // "as", "while", "when": a word that opens an adverbial clause ("and" and "but" join clauses).
    bool isSubordinator(int i) const
    {
        return (isRuleWord(i, Lexicon::ClauseLead) && !isRuleWord(i, Lexicon::Addition | Lexicon::Contrast))
            || isRelativeAdverb(i);
    }
    // A quantifier floating after its subject ("Ortiz and Lund all said", "the leaders both said"):
    // after a name, a closing parenthesis or a role noun.
    bool isFloatingQuantifier(int i, const Sentence &sentence) const;
    // The mention whose last token is i, or -1.
    int mentionEndingAt(int i) const
    {
        const int m = mentionOfToken.at(i);
        return m >= 0 && mentions.at(m).last == i ? m : -1;
    }
    // A party and state tag after a name ("R-Wis.", "D-N.Y.", "I-Vt.").
    bool isPartyTag(int i) const
    {
        const QStringView w = tokenView(i);
        return tokens.at(i).isWord() && w.size() >= 3 && (w[0] == u'R' || w[0] == u'D' || w[0] == u'I') && w[1] == u'-'
            && w[2].isUpper();
    }
    // The reporting verb forms starting with token i (lower-cased), or null.
    const QList<Lexicon::VerbForm> *verbForms(int i) const
    {
        const Token &t = tokens.at(i);
        return t.isWord() ? lexicon.verbForms(lower(i), t.lowerHash) : nullptr;
    }
    int cueAt(int tok) const { return tok >= 0 && tok < cueOfToken.size() ? cueOfToken.at(tok) : -1; }
    QString textOf(int first, int last) const;
    // The words as a described speaker's name: as written, the first letter in upper case.
    QString nameOf(int first, int last) const;
    int wordCount(int first, int last) const;

    // Index ranges of the window's quotations, cues and mentions that fall in a sentence: the
    // lists are in text order, so each sentence looks only at its own (no quadratic scans).
    QPair<int, int> spansIn(int from, int to) const;
    QPair<int, int> cuesIn(const Sentence &sentence) const;
    QPair<int, int> mentionsIn(const Sentence &sentence) const;

    // The article, kept from window to window.
    const Article &article;
    const QStringView text;
    const Lexicon &lexicon;
    EntityRegistry registry;
    QList<QuoteFinder::Span> spans; // every quotation of the article
    QList<SalienceRecord> history; // in text order
    static constexpr int MaxHistory = 4096;
    LastAttribution lastAttribution;
    QList<FoundQuote> quotes; // in the order found
    int paragraph = 0;
    int nextSentenceSerial = 0;

    // The window.
    TokenList tokens;
    FastList<Sentence> sentences;
    FastList<Mention> mentions;
    FastList<int> mentionOfToken; // token -> mention index, -1
    FastList<Cue> cues;
    FastList<int> cueOfToken; // token -> cue index, -1
    QList<int> windowSpans; // indices into spans
    QList<int> spanUsed; // per window span: -1 free, else quote index or -2 dropped
    QList<bool> spanStandalone; // a whole-sentence quotation nothing attributed (yet)
    int maxSpanLength = 0; // longest quotation of the window, to find overlaps by start

private:
    void lowerCaseTokens();
    void buildSentences(int firstBlock, int lastBlock);
    bool isBareAttribution(const SentenceSplitter::Range &previous, const SentenceSplitter::Range &r) const;
    bool computeNameWord(int i, const Sentence &sentence) const;
    bool titleToken(int i, QString *canonical, Lexicon::Gender *gender) const;
    struct FunctionWordFacts
    {
        qint32 classes = -1; // -1 until looked up
        quint32 ruleWords = 0;
    };
    const FunctionWordFacts &functionWord(int i) const
    {
        // Looked up once per token: the parser asks the same token many times.
        FunctionWordFacts &facts = m_functionWordCache[i];
        if (facts.classes < 0) {
            const Token &t = tokens.at(i);
            const Lexicon::FunctionWord *f = t.isWord() ? lexicon.functionWord(lower(i), t.lowerHash) : nullptr;
            facts.classes = f ? f->classes : 0;
            facts.ruleWords = f ? f->ruleWords : 0;
        }
        return facts;
    }

    struct WrittenFacts
    {
        static constexpr qint8 kUnknown = -2; // not looked up yet
        static constexpr qint8 kNone = -1;    // no honorific
        const QString *orgWordKind = nullptr; // null until looked up
        qint8 honorific = kUnknown;           // else kNone or the honorific's Lexicon::Gender
        qint8 givenName = kUnknown;           // else the Lexicon::Gender givenName() gives
        qint8 commonWord = kUnknown;          // else 0 or 1
    };
    WrittenFacts &writtenFacts(int i) const { return m_writtenCache[i]; }

    WordBits m_lowerWords;
    WordBits m_capitalWords; // capitalised words seen inside a sentence
    QString m_lowerText;
    FastList<int> m_lowerAt;
    FastList<quint32> m_writtenHash; // of the words with a capital, by token
    mutable FastList<FunctionWordFacts> m_functionWordCache;
    mutable FastList<qint8> m_nameWordCache;
    mutable FastList<WrittenFacts> m_writtenCache;
    mutable FastList<qint8> m_titleKnown;
    mutable FastList<const Lexicon::Title *> m_titleCache;
    std::array<QList<SentenceSplitter::Range>, 3> m_rangeBuffers; // buildSentences' working lists
};
