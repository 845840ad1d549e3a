#include "describedsources.h"

#include "extractwindow.h"
#include "phraseparser.h"
#include "speakerresolver.h"

#include <utility>

namespace {

using Kind = EntityRegistry::Kind;

} // namespace

DescribedSources::DescribedSources(ExtractWindow &window, const PhraseParser &phrases, SpeakerResolver &speakers)
    : m_window(window)
    , m_lexicon(window.lexicon)
    , m_phrases(phrases)
    , m_speakers(speakers)
{ }

// The token before the few auxiliaries, adverbs and negations in front of the cue ("have not yet
// said"), where its subject ends.
int DescribedSources::beforeVerbGroup(int cueFirst, const Sentence &sentence) const
{
    const ExtractWindow &w = m_window;
    int j = cueFirst - 1;
    for (int skipped = 0; j >= sentence.firstToken && skipped < 4 && w.token(j).isWord()
         && (w.wordClass(j) & (Lexicon::Auxiliary | Lexicon::Adverb | Lexicon::Negation))
         && !(w.wordClass(j) & Lexicon::Determiner);
         ++skipped)
        --j;
    if (w.isFloatingQuantifier(j, sentence))
        --j; // "Ortiz and Lund all said"
    return j;
}

// "The US, Israel and some of their allies claim", "Ana and Luis Ortiz said": a coordinated subject
// opening the sentence is one speaker, a group named as the text names it. Returns its entity, or -1.
int DescribedSources::coordinatedSubject(int cueFirst, const Sentence &sentence, int listStart)
{
    const ExtractWindow &w = m_window;
    if (listStart < 0)
        listStart = sentence.firstToken;
    int j = beforeVerbGroup(cueFirst, sentence);
    if (j > listStart && w.isPunct(j, u',')) {
        // "Ana Ortiz and Luis Lund, both up for reelection, said": past an appositive between
        // commas with no verb of its own, to the list before it.
        int k = j - 1;
        while (k > listStart && k > j - 12 && w.token(k).isWord() && w.outsideQuotes(k) && w.cueAt(k) < 0
            && !(w.wordClass(k) & (Lexicon::Auxiliary | Lexicon::Relative)) && w.mentionOfToken.at(k) < 0)
            --k;
        if (k > listStart && k < j - 1 && w.isPunct(k, u','))
            j = k - 1;
    }
    if (j <= listStart || !w.token(j).isWord() || !w.outsideQuotes(j))
        return -1;
    int s = j;
    int conjunction = -1, lastComma = -1, items = 1, itemLength = 0;
    while (s > listStart && j - s < 16) {
        const int p = s - 1;
        const Token &t = w.token(p);
        if (!w.outsideQuotes(p) || w.cueAt(p) >= 0)
            return -1;
        if (p > listStart && w.isPunct(p, u'.') && w.hasAbbrevDot(p - 1)) {
            // "Ms. Lund and other bundlers": an abbreviation's dot stays in its conjunct.
        } else if (w.isPunct(p, u',')) {
            lastComma = std::max(lastComma, p);
            ++items;
            itemLength = 0;
        } else if (t.isWord() && w.isRuleWord(p, Lexicon::Addition | Lexicon::Alternative)) {
            if (conjunction >= 0)
                return -1; // one list, one conjunction
            conjunction = p;
            ++items;
            itemLength = 0;
        } else if (t.isWord() || t.type == Token::Type::Possessive) {
            // A clause or a prepositional phrase is no list of names, but the last conjunct may
            // carry a short prepositional phrase: "Pena and his rivals for the nomination".
            const bool preposition
                = t.isWord() && (w.wordClass(p) & Lexicon::Preposition) && !w.isRuleWord(p, Lexicon::NameLink);
            if (t.isWord() && (w.wordClass(p) & (Lexicon::Auxiliary | Lexicon::Relative)) && !preposition)
                return -1;
            if (preposition && (conjunction >= 0 || lastComma >= 0 || itemLength > 3))
                return -1;
            if (++itemLength > (preposition || conjunction < 0 ? 7 : 5))
                return -1;
        } else {
            return -1;
        }
        --s;
    }
    if (s != listStart || conjunction < 0 || conjunction < lastComma || items < 2)
        return -1;
    if (w.isRuleWord(s, Lexicon::DefiniteArticle))
        ++s;
    // The first conjunct is a name: "Ana and Luis Ortiz", "The US, Israel and ...".
    const Token &head = w.token(s);
    if (!(head.isAllCaps() || (head.isCapitalized() && (w.isNameWord(s, sentence) || w.mentionOfToken.at(s) >= 0))))
        return -1;
    EntityRegistry::NameInfo info;
    info.kind = Kind::Organization;
    info.orgCategory = QStringLiteral("group");
    return m_window.registry.addName(QStringList {w.textOf(s, j)}, info, w.token(s).start);
}

// "Many commuters have said", "Members of the harbour board warned", "People close to the
// negotiations said": a noun phrase opening the clause of a cue whose subject resolved to nobody
// names an unnamed source or a group, which speaks as the text names it. Returns its entity, or -1.
int DescribedSources::describedSubject(int cueFirst, const Sentence &sentence)
{
    const ExtractWindow &w = m_window;
    const auto participleEnding = [&w](int k) {
        const QStringView lower = w.lower(k);
        return lower.endsWith(u"ed") || lower.endsWith(u"ing");
    };
    int j = beforeVerbGroup(cueFirst, sentence);
    if (j - 1 >= sentence.firstToken && w.token(j).isWord() && (w.wordClass(j) & Lexicon::Time)
        && w.isRuleWord(j - 1, Lexicon::DatePreposition))
        j -= 2; // "allies on Monday predicted"
    const auto inPhrase = [&w](int k) {
        const Token::Type type = w.token(k).type;
        // An abbreviation's dot stays in the phrase ("Friends of Mr. Pena"), and so does a bare
        // apostrophe's possessive ("People with knowledge of Reyes' work").
        const bool abbreviationDot = k > 0 && w.isPunct(k, u'.') && w.hasAbbrevDot(k - 1);
        return w.outsideQuotes(k)
            && (type == Token::Type::Word || type == Token::Type::Number || type == Token::Type::Possessive
                || abbreviationDot || w.isPossessiveMark(k));
    };
    if (j < sentence.firstToken || !inPhrase(j) || w.token(j).type == Token::Type::Possessive)
        return -1;
    // (A weak cue's past participle describes the phrase: "A statement posted on the harbour website".)
    const auto describingParticiple = [&w](int k) {
        const int c = w.cueAt(k);
        return c >= 0 && w.cues.at(c).form && w.cues.at(c).form->pastParticiple
            && (w.cues.at(c).form->frames & Lexicon::FrameWeak) && k > 0 && w.token(k - 1).isWord()
            && w.wordClass(k - 1) == 0;
    };
    int s = j;
    while (
        s > sentence.firstToken && j - s < 14 && inPhrase(s - 1) && (w.cueAt(s - 1) < 0 || describingParticiple(s - 1)))
        --s;
    // The phrase must open the clause: the sentence start, a semicolon or the comma closing an
    // opening adverbial ("After the hearing, three former pilots said"), then at most a conjunction.
    const auto quotationBefore = [&w, &sentence](int end) {
        for (int k = sentence.firstToken; k < end; ++k) {
            if (w.token(k).type == Token::Type::QuoteMark)
                return true;
        }
        return false;
    };
    // (Or an opening clause led by a subordinator: "Although there is no such overlap, a White House
    // official said".)
    const bool afterOpening = s - 1 > sentence.firstToken && w.isPunct(s - 1, u',')
        && w.token(sentence.firstToken).isWord()
        && ((w.wordClass(sentence.firstToken) & (Lexicon::Preposition | Lexicon::Time))
            || w.isSubordinator(sentence.firstToken))
        && !(w.wordClass(sentence.firstToken) & Lexicon::Determiner) && w.cuesIn(sentence).first == w.cueAt(cueFirst)
        && !quotationBefore(s - 1);
    // (", while 73 percent said": a clause of its own led after a comma.)
    const bool afterClauseLead = s - 1 > sentence.firstToken && s < j && w.isPunct(s - 1, u',')
        && w.isRuleWord(s, Lexicon::ClauseLead | Lexicon::Contrast) && !w.isRuleWord(s, Lexicon::Addition);
    if (afterClauseLead)
        ++s;
    if (s > sentence.firstToken && !w.isPunct(s - 1, u';') && !afterOpening && !afterClauseLead)
        return -1;
    int firstAdverb = -1; // "Nearly half said": the adverb stays in the name of a share
    while (s < j && w.token(s).isWord() && (w.wordClass(s) & (Lexicon::Conjunction | Lexicon::Adverb))
        && !(w.wordClass(s) & Lexicon::Determiner)) {
        if (firstAdverb < 0 && !(w.wordClass(s) & Lexicon::Conjunction))
            firstAdverb = s;
        ++s;
    }
    // "More than half said", "Fewer than 40 percent said": a comparison before a share or a
    // number stays in the name.
    // ("Less than a third said": an article before the share.)
    const int shareAt = s + 3 <= j && w.isRuleWord(s + 2, Lexicon::ArticleWord)
            && !w.isRuleWord(s + 2, Lexicon::DefiniteArticle) && w.isRuleWord(s + 3, Lexicon::ShareWord)
        ? s + 3
        : s + 2;
    if (shareAt <= j && w.token(s).isWord() && w.token(s + 1).isWord() && (w.wordClass(s + 1) & Lexicon::Preposition)
        && (w.token(shareAt).type == Token::Type::Number || w.isRuleWord(shareAt, Lexicon::ShareWord))) {
        if (firstAdverb < 0)
            firstAdverb = s;
        s = shareAt;
    }
    const bool quantified = w.token(s).isWord() && (w.wordClass(s) & Lexicon::Determiner)
        && !w.isRuleWord(s, Lexicon::ArticleWord | Lexicon::PluralDemonstrative) && !m_lexicon.pronoun(w.lower(s))
        && !(w.wordClass(s) & Lexicon::Relative);
    if (w.isRuleWord(s, Lexicon::ArticleWord))
        ++s;
    if (s > j)
        return -1;
    // The noun phrase proper ends before a preposition, a relative clause, a verb or a participle:
    // "Members | of the board", "Farmers | in the valley who met", "People | close to the talks".
    int end = s;
    while (end < j) {
        const int k = end + 1;
        if (w.token(k).isWord()
            && ((w.wordClass(k)
                    & (Lexicon::Preposition | Lexicon::Relative | Lexicon::Auxiliary | Lexicon::Conjunction))
                || (!w.token(k).isCapitalized() && participleEnding(k) && w.wordClass(k) == 0)))
            break;
        ++end;
    }
    for (int k = s; k <= end; ++k) {
        if (m_lexicon.pronoun(w.lower(k))
            || (w.token(k).isWord() && (w.wordClass(k) & Lexicon::Time) && !(w.wordClass(k) & Lexicon::Determiner)))
            return -1; // "It", "his aides", "Last week": nobody named by the phrase
    }
    // Only prepositional phrases, relative clauses and participles may follow the noun phrase.
    if (end < j && !(w.wordClass(end + 1) & (Lexicon::Preposition | Lexicon::Relative)) && !participleEnding(end + 1))
        return -1;
    const int mi = w.mentionOfToken.at(s);
    if (mi >= 0 && w.mentions.at(mi).begin() <= s && w.mentions.at(mi).last >= end) {
        // "Farmers in the valley who attended the meeting said": the name is the subject. A capitalised
        // plural opening the sentence before "of" ("Members of the board") is a description.
        const bool description = s == end && end < j && w.isSentenceInitial(s, sentence)
            && (w.lower(s).endsWith(u's') || m_lexicon.roleNoun(w.lower(s)))
            && (w.wordClass(end + 1) & Lexicon::Preposition);
        if (!description)
            return m_speakers.resolve(m_phrases.nounPhraseEndingAt(end, sentence), sentence, true).entity;
    }
    // The head must be a noun for people: a role, a plural, a quantifier, a number or a share
    // ("Twenty percent said", "Nearly half of the riders said"). An adjective may follow it: "a
    // source familiar with the talks", "officials close to the mayor".
    const auto isPlural = [&w](int k) {
        const QStringView word = w.lower(k);
        return word.size() > 3 && word.endsWith(u's') && !word.endsWith(u"ss") && w.wordClass(k) == 0
            && w.token(k).isWord();
    };
    const auto isPersonNoun = [&](int k) { return isPlural(k) || m_lexicon.roleNoun(w.lower(k)); };
    int headAt = end;
    if (end > s && !isPersonNoun(end) && isPersonNoun(end - 1) && w.token(end).isWord() && !w.token(end).isCapitalized()
        && w.wordClass(end) == 0)
        headAt = end - 1;
    const QStringView head = w.lower(headAt);
    const bool plural = isPlural(headAt);
    const bool number = w.token(headAt).type == Token::Type::Number;
    const bool role = m_lexicon.roleNoun(head) != nullptr;
    const bool share = w.isRuleWord(headAt, Lexicon::ShareWord) && w.token(headAt).isWord()
        && !(w.wordClass(headAt) & (Lexicon::Adverb | Lexicon::Preposition));
    // "The Kestrel ad claims", "A Harbor Board memo released Friday says": a document speaks for
    // whoever made it, named as the text names it when a name in the phrase says whose it is.
    // So does one the words after it describe: "A statement posted on the harbour website said",
    // "A court filing released Thursday says".
    bool document = false;
    if (!quantified && !plural && !number && !role && !share
        && m_lexicon.isDocumentNoun(head)) {
        // (A name or a participle after the head: "a letter from the two" is nobody's yet.)
        for (int k = s; k <= j && !document; ++k)
            document = k != headAt
                && ((w.token(k).isCapitalized() && !m_lexicon.isCommonWord(w.tokenView(k))
                        && !w.isSentenceInitial(k, sentence))
                    || (k == end + 1 && participleEnding(k)));
    }
    // "About one in four say", "None of the other two said": a share
    // further into the phrase than its head names the group too, when only grammar words and
    // numbers lead up to it.
    bool laterShare = false;
    if (!quantified && !plural && !number && !role && !share && !document
        && (!(w.wordClass(s) & Lexicon::Preposition) || w.isRuleWord(s, Lexicon::ShareWord))) {
        for (int k = s; k <= j; ++k) {
            const bool shareWord = w.token(k).isWord() && w.isRuleWord(k, Lexicon::ShareWord)
                && !(w.wordClass(k) & (Lexicon::Adverb | Lexicon::Preposition));
            if (shareWord && k > s)
                laterShare = true;
            else if (!shareWord && w.token(k).type != Token::Type::Number && w.wordClass(k) == 0)
                break;
        }
    }
    if (!quantified && !plural && !number && !role && !share && !document && !laterShare)
        return -1;
    if ((share || number) && firstAdverb >= 0)
        s = firstAdverb; // "Nearly half", "Six in 10", "Fewer than 40"
    if (laterShare && firstAdverb >= 0)
        s = firstAdverb;
    // ("Another said": one more person, as "a" or "one" would be, standing alone.)
    const bool onePerson = quantified && s == end && w.isRuleWord(s, Lexicon::IndefiniteSource);
    const bool group = (!role || plural) && !onePerson;
    EntityRegistry::NameInfo info;
    info.kind = group ? Kind::Organization : Kind::Person;
    info.described = true;
    if (group)
        info.orgCategory = document ? QStringLiteral("document") : QStringLiteral("group");
    int nameEnd = j;
    for (int k = end + 1; k <= j; ++k) {
        if ((w.token(k).isWord() && (w.wordClass(k) & Lexicon::Relative)) || k - s >= 8) {
            nameEnd = k - 1;
            break;
        }
    }
    const QString name = w.nameOf(s, nameEnd);
    info.role = group ? QString() : name;
    return m_window.registry.addName(QStringList {name}, info, w.token(s).start);
}

int DescribedSources::describedSubject(const SpeakerPhrase &ref, int cueFirst, const Sentence &sentence)
{
    const int described = describedSubject(cueFirst, sentence);
    if (described >= 0 || (ref.type != SpeakerPhrase::Type::Role && ref.type != SpeakerPhrase::Type::Group)
        || ref.last + 2 >= cueFirst || !(m_window.isPunct(ref.last + 1, u',') || m_window.isDash(ref.last + 1)))
        return described;
    return describedSubject(ref.last + 1, sentence);
}

// "according to a 2015 Harbor Research survey", "according to the latest Northfield College poll": a
// report named by an organisation is a source, named as the text names it. Returns its entity, or -1.
int DescribedSources::describedReport(int first, int last, const Sentence &sentence)
{
    const ExtractWindow &w = m_window;
    int s = first;
    if (s <= last && w.isRuleWord(s, Lexicon::ArticleWord))
        ++s;
    if (s < last && w.token(s).isWord() && m_lexicon.pronoun(w.lower(s)) && m_lexicon.pronoun(w.lower(s))->possessive)
        ++s; // "according to his Harbour Net page": the page, named by its capitalised words
    int e = s;
    while (e <= last && e < sentence.endToken && !w.isPunct(e, u',') && !w.isPunct(e, u'.')
        && w.token(e).type != Token::Type::QuoteMark && !(w.token(e).isWord() && (w.wordClass(e) & Lexicon::Relative)))
        ++e;
    --e;
    if (e < s)
        return -1;
    bool capitalised = false;
    int document = -1; // "according to a memo released by the board": the memo, described or named
    for (int k = s; k <= e; ++k) {
        const Token &t = w.token(k);
        // ("according to Harbour Post/ABC News polling": a slash joins two names.)
        if (!t.isWord() && t.type != Token::Type::Number && t.type != Token::Type::Possessive && !w.isPunct(k, u'/'))
            return -1;
        if (t.isWord() && m_lexicon.pronoun(w.lower(k)) && document < 0)
            return -1; // "according to his aides": whose depends on the pronoun
        capitalised = capitalised || (t.isCapitalized() && !m_lexicon.isCommonWord(w.tokenView(k)));
        if (document < 0 && k < s + 3 && t.isWord() && !t.isCapitalized()
            && m_lexicon.isDocumentNoun(w.lower(k)))
            document = k;
    }
    // ("according to the latest survey" says no more than that there was one: nobody's.)
    if (!capitalised && (document < 0 || document == e))
        return -1;
    EntityRegistry::NameInfo info;
    info.kind = Kind::Organization;
    // A report: "the survey" finds it, "the company" never. One no name says whose ("unofficial
    // results") is found only by its own words, not by "the polls".
    info.orgCategory = capitalised ? QStringLiteral("poll") : QStringLiteral("document");
    info.described = true;
    return m_window.registry.addName(QStringList {w.nameOf(s, e)}, info, w.token(s).start);
}
