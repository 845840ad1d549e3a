#include "subjectfinder.h"

#include "extractwindow.h"

namespace {

using Gender = Lexicon::Gender;
using Kind = EntityRegistry::Kind;

bool personOrUnknown(Kind kind)
{
    return kind == Kind::Person || kind == Kind::Unknown;
}

} // namespace

SubjectFinder::SubjectFinder(const ExtractWindow &window, const PhraseParser &phrases)
    : m_window(window)
    , m_lexicon(window.lexicon)
    , m_phrases(phrases)
{ }

SpeakerPhrase SubjectFinder::clauseInitialName(int comma, const Sentence &sentence) const
{
    // Walk back to the start of the clause: the sentence start, a quotation, or a semicolon.
    int start = comma;
    while (start > sentence.firstToken && comma - start < 60) {
        if (m_window.isQuoteBoundary(start - 1) || m_window.token(start - 1).quote >= 0
            || m_window.isPunct(start - 1, u';'))
            break;
        --start;
    }
    while (start < comma
        && (m_window.isPunct(start, u',') || m_window.isDash(start) || m_window.isRuleWord(start, Lexicon::ClauseLead)))
        ++start;
    const int mentionIndex = start < comma ? m_window.mentionOfToken.at(start) : -1;
    if (mentionIndex < 0 || m_window.mentions.at(mentionIndex).begin() != start)
        return {};
    const Mention &m = m_window.mentions.at(mentionIndex);
    int after = m.last + 1;
    if (after < comma && m_window.isPunct(after, u'(')) {
        while (after < comma && !m_window.isPunct(after, u')'))
            ++after;
        ++after;
    }
    if (after >= comma + 1 || !m_window.isPunct(after, u','))
        return {};
    return m_phrases.nounPhraseEndingAt(m.last, sentence);
}

SpeakerPhrase SubjectFinder::subjectBefore(int tok, const Sentence &sentence) const
{
    const SpeakerPhrase found = phraseBefore(tok, sentence);
    // "Mr. Lund at a rally in Ohio said", "Lund on Twitter wrote": a name that is a preposition's
    // object is no subject; a name before the prepositional phrases is.
    if (found.type == SpeakerPhrase::Type::Name && found.mention >= 0
        && m_window.mentions.at(found.mention).afterPreposition) {
        const SpeakerPhrase before = nameBeforePrepositionalPhrases(found.first, sentence);
        if (!before.isNone())
            return before;
    }
    // "Officials who spoke with the Harbour Post said": a preposition's object that ends a relative
    // clause on the subject.
    if (found.type == SpeakerPhrase::Type::Name && found.first - 1 > sentence.firstToken
        && m_window.token(found.first - 1).isWord() && (m_window.wordClass(found.first - 1) & Lexicon::Preposition)) {
        const SpeakerPhrase antecedent = antecedentOfRelativeBefore(found.first, sentence);
        if (!antecedent.isNone())
            return antecedent;
    }
    // "Sen. Ana Ortiz (D-NY), a supporter of the plan told": an appositive whose closing comma is
    // missing; the name before it is the subject.
    if ((found.type == SpeakerPhrase::Type::Role || found.type == SpeakerPhrase::Type::Group)
        && found.first - 2 >= sentence.firstToken && m_window.isRuleWord(found.first, Lexicon::IndefiniteSource)
        && m_window.isPunct(found.first - 1, u',')) {
        const SpeakerPhrase name = m_phrases.nounPhraseEndingAt(found.first - 2, sentence);
        if (name.type == SpeakerPhrase::Type::Name && !m_window.mentions.at(name.mention).afterPreposition
            && !m_window.mentions.at(name.mention).inQuote)
            return name;
    }
    return found;
}

SpeakerPhrase SubjectFinder::phraseBefore(int tok, const Sentence &sentence) const
{
    int j = tok - 1;
    int skipped = 0;
    // "Joseph Baker Jr. said": the abbreviation's dot ends the name.
    if (j - 1 >= sentence.firstToken && m_window.isPunct(j, u'.') && m_window.hasAbbrevDot(j - 1)
        && m_window.mentionEndingAt(j - 1) >= 0)
        --j;
    // "He's said", "who’s argued": the contracted "has".
    if (m_window.isContractedAuxiliary(j, sentence))
        --j;
    // "Smith on Tuesday said", "Smith has also said"
    if (j - 1 >= sentence.firstToken && m_window.token(j).isWord() && (m_window.wordClass(j) & Lexicon::Time)
        && m_window.isRuleWord(j - 1, Lexicon::DatePreposition))
        j -= 2;
    // "Smith has since said": a preposition standing alone between an auxiliary and the verb.
    if (j - 1 >= sentence.firstToken && m_window.token(j).isWord() && (m_window.wordClass(j) & Lexicon::Preposition)
        && m_window.token(j - 1).isWord() && (m_window.wordClass(j - 1) & Lexicon::Auxiliary)
        && !(m_window.wordClass(j - 1) & Lexicon::Preposition)) {
        --j;
        ++skipped;
    }
    // (A name ending in such a word, "Luis May said", ends the walk.)
    while (j >= sentence.firstToken && skipped < 4 && m_window.token(j).isWord() && m_window.mentionOfToken.at(j) < 0
        && ((m_window.wordClass(j) & (Lexicon::Auxiliary | Lexicon::Adverb | Lexicon::Negation | Lexicon::Time))
            || !m_window.token(j).isCapitalized())
        && ((m_window.wordClass(j) & (Lexicon::Auxiliary | Lexicon::Adverb | Lexicon::Negation | Lexicon::Time))
            || (m_window.lower(j).endsWith(u"ly") && m_lexicon.wordClass(m_window.lower(j)) == 0
                && !m_lexicon.roleNoun(m_window.lower(j))))) {
        --j;
        ++skipped;
    }
    // "The board two weeks ago said", "Lund about three years ago wrote": the number of a time
    // phrase, and a share word or an adverb before it.
    if (j > sentence.firstToken && skipped > 0 && j + 1 < tok && m_window.token(j + 1).isWord()
        && (m_window.wordClass(j + 1) & Lexicon::Time)
        && (m_window.token(j).type == Token::Type::Number
            || (m_window.isRuleWord(j, Lexicon::ShareWord) && !m_window.token(j).isCapitalized()))) {
        --j;
        while (j > sentence.firstToken && m_window.token(j).isWord() && !m_window.token(j).isCapitalized()
            && m_window.mentionOfToken.at(j) < 0
            && (m_window.isRuleWord(j, Lexicon::ShareWord) || (m_window.wordClass(j) & Lexicon::Adverb)))
            --j;
        // "The board less than two weeks ago said": a comparison before the number.
        if (j - 1 > sentence.firstToken && m_window.token(j).isWord() && (m_window.wordClass(j) & Lexicon::Comparison)
            && m_window.token(j - 1).isWord() && !m_window.token(j - 1).isCapitalized()
            && m_window.mentionOfToken.at(j - 1) < 0)
            j -= 2;
    }
    // "Ortiz and Lund all said", "the two leaders both said": a quantifier after the subject floats.
    if (m_window.isFloatingQuantifier(j, sentence))
        --j;
    // "Ortiz herself said", "The company itself has said": the reflexive only stresses the subject.
    if (j > sentence.firstToken && m_window.token(j).isWord() && m_window.token(j - 1).isWord()) {
        const QStringView w = m_window.lower(j);
        const Lexicon::Pronoun *p = m_lexicon.pronoun(w);
        if (p && !p->subject && !p->possessive && (w.endsWith(u"self") || w.endsWith(u"selves")))
            --j;
    }
    if (j < sentence.firstToken)
        return {};
    // "… to make them feel that", "let him say": an object pronoun after a verb is the subject
    // of the verb after it, and nothing named before it is ("a source close to him said" is).
    if (m_window.token(j).isWord() && j > sentence.firstToken && m_window.token(j - 1).isWord()
        && !(m_window.wordClass(j - 1) & Lexicon::Preposition)) {
        const Lexicon::Pronoun *p = m_lexicon.pronoun(m_window.lower(j));
        if (p && !p->subject && !p->possessive)
            return {};
    }
    // "A Northfield College poll released in early May found", "Democrats trying to win the seat
    // in November say", "Members supporting the bill have said": step over the participle phrase.
    bool inObject = false;       // a preposition or a determiner seen: the object of a participle
    bool passedContent = false;  // a noun or an adjective of that object passed
    for (int k = j, steps = 0; k > sentence.firstToken && steps < 12; --k, ++steps) {
        const Token &t = m_window.token(k);
        if (!t.isWord() || t.quote >= 0)
            break;
        const QStringView w = m_window.lower(k);
        const bool participle = !t.isCapitalized()
            && (w.endsWith(u"ed") || w.endsWith(u"ing") || m_window.isRuleWord(k, Lexicon::IrregularParticiple))
            && (m_window.wordClass(k) == 0 || (w.endsWith(u"ing") && m_window.wordClass(k) == Lexicon::Control))
            && k - 1 >= sentence.firstToken && m_window.token(k - 1).isWord();
        if (participle && m_window.isCueVerbAt(k)) {
            // A reporting verb's participle after a plural ("members supporting the bill") qualifies
            // it; after anything else it reports on its own.
            const SpeakerPhrase head = w.endsWith(u"ing") && k < j ? m_phrases.nounPhraseEndingAt(k - 1, sentence)
                                                                   : SpeakerPhrase();
            if (head.type == SpeakerPhrase::Type::Group)
                return head;
            break;
        }
        if (participle) {
            const SpeakerPhrase head = m_phrases.nounPhraseEndingAt(k - 1, sentence);
            // "A study released by the Lindqvist Institute found": a study, poll or report by
            // someone speaks for them, as "a study by the institute" does.
            if (head.type == SpeakerPhrase::Type::OrgRole && head.role.orgCategory == u"poll"
                && k + 2 <= j && m_window.isRuleWord(k + 1, Lexicon::SourceLink)) {
                const SpeakerPhrase by = subjectAfter(k + 2, sentence);
                if (by.type == SpeakerPhrase::Type::Name) {
                    SpeakerPhrase report = head;
                    report.last = by.last;
                    report.author = by.first;
                    return report;
                }
            }
            // Past a noun, only an "-ing" participle: "Ortiz and Lund issued a statement" is a verb.
            if (passedContent && !w.endsWith(u"ing"))
                break;
            // A group or a role keeps its description ("Members supporting the bill").
            if (passedContent && (head.type == SpeakerPhrase::Type::Group || head.type == SpeakerPhrase::Type::Role)) {
                SpeakerPhrase described = head;
                described.last = j;
                return described;
            }
            if (!head.isNone())
                return head;
            break;
        }
        // A noun or an adjective only inside the participle's object ("to win the seat in May",
        // "supporting the bill"), never a verb.
        const bool function
            = (m_window.wordClass(k) & (Lexicon::Preposition | Lexicon::Determiner | Lexicon::Time | Lexicon::Adverb));
        const bool contentWord = m_window.wordClass(k) == 0 && !t.isCapitalized() && !m_window.isCueVerbAt(k)
            && !m_window.isRuleWord(k, Lexicon::BeForm) && !m_lexicon.roleNoun(w)
            && (inObject
                || (m_window.token(k - 1).isWord() && (m_window.wordClass(k - 1) & Lexicon::Determiner)));
        if (!function && !t.isCapitalized() && t.type != Token::Type::Number && !contentWord)
            break;
        inObject = inObject || (function && !(m_window.wordClass(k) & (Lexicon::Time | Lexicon::Adverb)));
        passedContent = passedContent || contentWord;
    }
    if (j - 2 > sentence.firstToken && m_window.isQuoteBoundary(j) && m_window.isPunct(j - 1, u',')
        && m_window.token(j - 1).quote == m_window.token(j).quote) {
        // "Ortiz, the author of “Harbour Lights,” said": a title quoted in the appositive, its
        // comma inside the closing mark; the name before the appositive is the subject.
        const int quote = m_window.token(j).quote;
        int open = j - 1;
        while (open > sentence.firstToken && m_window.token(open - 1).quote == quote)
            --open;
        // (A title that opens the sentence has no name before it.)
        if (open > sentence.firstToken && open + 1 < j - 1 && m_window.wordCount(open, j) <= 6
            && m_window.token(open + 1).isCapitalized()) {
            int k = open - 1;
            while (k > sentence.firstToken && k > open - 30 && !m_window.isPunct(k, u',') && !m_window.isQuoteBoundary(k))
                --k;
            bool clause = !m_window.isPunct(k, u',') || k == open - 1;
            // (The noun before the title names the work, whatever else it can be: "the show".)
            for (int x = k + 1; x < open && !clause; ++x)
                clause = (m_window.cueAt(x) >= 0 && x + 1 < open)
                    || (m_window.token(x).isWord() && (m_window.wordClass(x) & Lexicon::Auxiliary));
            const SpeakerPhrase outer = clause ? SpeakerPhrase() : m_phrases.nounPhraseEndingAt(k - 1, sentence);
            if (outer.type == SpeakerPhrase::Type::Name && !m_window.mentions.at(outer.mention).afterPreposition)
                return outer;
        }
    }
    if (j - 3 > sentence.firstToken && m_window.isQuoteBoundary(j)) {
        // "Mr. Lund, citing “the magic of the port,” said": a participle opening the phrase between
        // the commas quotes its object; the name before the phrase is the subject.
        const int quote = m_window.token(j).quote;
        int mark = j; // back to the opening mark
        while (mark > sentence.firstToken
            && (m_window.token(mark - 1).quote == quote || m_window.token(mark - 1).type == Token::Type::QuoteMark))
            --mark;
        // ("citing a “grave threat,”", "calling the plan “a disaster,”": a few words of the object
        // may stand before the quotation.)
        int verb = mark - 1;
        for (int steps = 0; verb > sentence.firstToken && steps < 4 && m_window.token(verb).isWord()
             && m_window.cueAt(verb) < 0 && m_window.mentionOfToken.at(verb) < 0;
             ++steps)
            --verb;
        if (verb - 2 >= sentence.firstToken && m_window.cueAt(verb) >= 0 && m_window.isPunct(verb - 1, u',')) {
            const Cue &cue = m_window.cues.at(m_window.cueAt(verb));
            if (cue.first == verb && cue.form && cue.form->participle) {
                const SpeakerPhrase outer = m_phrases.nounPhraseEndingAt(verb - 2, sentence);
                if (outer.type == SpeakerPhrase::Type::Name && !m_window.mentions.at(outer.mention).afterPreposition)
                    return outer;
            }
        }
    }
    if (m_window.isDash(j) && j > sentence.firstToken) {
        // "Kall -- co-editor of a book about the debates -- said"; "Lund - who said he would "close
        // the port" - said": a quotation may stand inside the dashes.
        int k = j - 1;
        while (k > sentence.firstToken && k > j - 30 && !(m_window.isDash(k) && m_window.outsideQuotes(k)))
            --k;
        if (m_window.isDash(k) && m_window.outsideQuotes(k)) {
            const SpeakerPhrase outer = m_phrases.nounPhraseEndingAt(k - 1, sentence);
            if (outer.type == SpeakerPhrase::Type::Name)
                return outer;
            // "A former candidate -- Luis Lund, who lost the harbour race -- said": the name in apposition
            // to a role speaks.
            const int innerMention = m_window.mentionOfToken.at(k + 1);
            if ((outer.type == SpeakerPhrase::Type::Role || outer.type == SpeakerPhrase::Type::OrgRole)
                && innerMention >= 0 && m_window.mentions.at(innerMention).begin() == k + 1) {
                const int after = m_window.mentions.at(innerMention).last + 1;
                const SpeakerPhrase named
                    = m_phrases.nounPhraseEndingAt(m_window.mentions.at(innerMention).last, sentence);
                if (named.type == SpeakerPhrase::Type::Name && (after == j || m_window.isPunct(after, u',')))
                    return named;
            }
            // "Many speakers at the service — including farmers — said": the phrase before the
            // dashes.
            if (k - 1 > sentence.firstToken && m_window.token(k - 1).isWord())
                j = k - 1;
        }
    }
    if (m_window.isPunct(j, u')')) {
        // "Sen. Jane Doe (D-Ore.) said"
        int k = j - 1;
        while (k >= sentence.firstToken && k > j - 8 && !m_window.isPunct(k, u'('))
            --k;
        if (k >= sentence.firstToken && m_window.isPunct(k, u'('))
            j = k - 1;
    } else if (m_window.isPunct(j, u',')) {
        // "Jane Doe, the campaign's spokeswoman, said" / "Doe, 45, said"
        int k = j - 1;
        while (k >= sentence.firstToken && k > j - 24 && !m_window.isPunct(k, u',') && !m_window.isQuoteBoundary(k)
            && !(m_window.isPunct(k, u'.') && !(k > sentence.firstToken && m_window.hasAbbrevDot(k - 1))))
            --k;
        const SpeakerPhrase beforeRelative = subjectBeforeLongRelative(j, sentence);
        if (!beforeRelative.isNone())
            return beforeRelative;
        if (k < sentence.firstToken || !m_window.isPunct(k, u',') || k == j - 1)
            return clauseInitialName(j, sentence);
        // "Experts and officials, however, said": an adverb between the commas is parenthetical;
        // the subject ends before it.
        bool adverbs = k + 1 < j && k > sentence.firstToken;
        for (int x = k + 1; x < j && adverbs; ++x)
            adverbs = m_window.token(x).isWord() && m_window.mentionOfToken.at(x) < 0
                && (m_window.wordClass(x) & (Lexicon::Adverb | Lexicon::Time));
        if (adverbs)
            return phraseBefore(k, sentence);
        const SpeakerPhrase inner = m_phrases.nounPhraseEndingAt(j - 1, sentence);
        const SpeakerPhrase outer = m_phrases.nounPhraseEndingAt(k - 1, sentence);
        // "Presidential candidates, including Ana Ortiz and Luis Lund, have proposed": a phrase
        // opened by a preposition between the commas qualifies the group or the role before it.
        if ((outer.type == SpeakerPhrase::Type::Group || outer.type == SpeakerPhrase::Type::Role)
            && m_window.token(k + 1).isWord() && !m_window.token(k + 1).isCapitalized()
            && (m_window.wordClass(k + 1) & Lexicon::Preposition) && !m_window.isRuleWord(k + 1, Lexicon::ClauseLead))
            return outer;
        // ("The loudest critics, like Ortiz and Lund, say", "Several ferry captains, including the
        // Harbour Post, have pointed out": a plural the parser knows no role for is still the
        // subject, a group; the names it includes are not.)
        if (outer.isNone() && k - 1 > sentence.firstToken && m_window.token(k - 1).isWord()
            && !m_window.token(k - 1).isCapitalized() && m_window.wordClass(k - 1) == 0
            && m_window.lower(k - 1).endsWith(u's') && m_window.token(k + 1).isWord()
            && !m_window.token(k + 1).isCapitalized() && (m_window.wordClass(k + 1) & Lexicon::Preposition)
            && !m_window.isRuleWord(k + 1, Lexicon::ClauseLead)) {
            // The group as the text names it, from the words opening the clause.
            int first = k - 1;
            // (A capitalised determiner or quantifier only as the sentence's first word.)
            while (first - 1 >= sentence.firstToken && k - first < 6 && m_window.token(first - 1).isWord()
                && (!m_window.token(first - 1).isCapitalized()
                    || (first - 1 == sentence.firstToken && (m_window.wordClass(first - 1) & Lexicon::Determiner)))
                && m_window.mentionOfToken.at(first - 1) < 0 && m_window.cueAt(first - 1) < 0
                && !(m_window.wordClass(first - 1)
                    & (Lexicon::Preposition | Lexicon::Auxiliary | Lexicon::Relative | Lexicon::Conjunction)))
                --first;
            const bool opens = first == sentence.firstToken
                || (first - 1 == sentence.firstToken && (m_window.wordClass(first - 1) & Lexicon::Adverb))
                || (first - 1 >= sentence.firstToken
                    && (m_window.isPunct(first - 1, u',') || m_window.isPunct(first - 1, u';')));
            if (!opens)
                return {};
            SpeakerPhrase group;
            group.type = SpeakerPhrase::Type::Group;
            group.first = first;
            group.last = k - 1;
            group.role.head = m_window.lower(k - 1).toString();
            return group;
        }
        // "X, the spokesman, said" and "The campaign's chairman, X, said": the name wins. The part
        // between the commas must be the appositive itself, not a clause ("…day, Doe attacked
        // Iraq and Libya, saying").
        // ("One pastor backing Mr. Lund, Ana Ortiz of the Harbour Church, said": a name that is a
        // participle's object is no subject either.)
        const bool outerIsObject = outer.type == SpeakerPhrase::Type::Name && outer.first - 1 > sentence.firstToken
            && m_window.token(outer.first - 1).isWord() && !m_window.token(outer.first - 1).isCapitalized()
            && m_window.wordClass(outer.first - 1) == 0
            && m_lexicon.hasEnding(m_window.lower(outer.first - 1), Lexicon::ParticipleEnding);
        const int innerMention = m_window.mentionOfToken.at(k + 1);
        if ((innerMention >= 0 || inner.type == SpeakerPhrase::Type::Name) && outer.type != SpeakerPhrase::Type::Name) {
            // "Tomas Varga, the editor of the city's paper, The Harbour Post, said": the name in
            // apposition to the role's object; the name opening the clause, with the role as its
            // appositive, speaks.
            const SpeakerPhrase opening = nameWithAppositiveBefore(k, sentence);
            if (!opening.isNone())
                return opening;
        }
        if (innerMention >= 0 && m_window.mentions.at(innerMention).begin() == k + 1
            && (outer.type != SpeakerPhrase::Type::Name || outerIsObject)) {
            const SpeakerPhrase named = m_phrases.nounPhraseEndingAt(m_window.mentions.at(innerMention).last, sentence);
            if (named.type == SpeakerPhrase::Type::Name)
                return named;
        }
        // The phrase may follow one word ("also", "herself"), but not a verb whose object it is
        // ("…, attending the Harbour Convention, said").
        const bool innerIsWhole = !inner.isNone()
            && (inner.first <= k + 1
                || (inner.first == k + 2
                    && !(m_window.token(k + 1).isWord() && !m_window.token(k + 1).isCapitalized()
                        && m_window.wordClass(k + 1) == 0)));
        // "Mr. Lund, asked about the ferries, said": a phrase opened by a participle describes the
        // name before it, whatever verbs it holds; it is no clause of its own.
        const int openingCue = m_window.cueAt(k + 1);
        const bool participlePhrase = openingCue >= 0 && m_window.cues.at(openingCue).form
            && (m_window.cues.at(openingCue).form->pastParticiple || m_window.cues.at(openingCue).form->participle);
        bool clause = false;
        for (int x = k + 1; x < j && !clause && !participlePhrase; ++x)
            clause = m_window.cueAt(x) >= 0
                || (m_window.token(x).isWord() && (m_window.wordClass(x) & Lexicon::Auxiliary)
                    && !m_window.isRuleWord(x, Lexicon::ContractedBe));
        if (participlePhrase && outer.type == SpeakerPhrase::Type::Name)
            return outer;
        // "Others, reacting to the delay, shouted": any "-ing" participle opening the phrase
        // between the commas describes the group or the role before it.
        if ((outer.type == SpeakerPhrase::Type::Group || outer.type == SpeakerPhrase::Type::Role)
            && m_window.token(k + 1).isWord() && !m_window.token(k + 1).isCapitalized()
            && m_lexicon.hasEnding(m_window.lower(k + 1), Lexicon::ParticipleEnding) && m_window.wordClass(k + 1) == 0
            && outer.first == sentence.firstToken)
            return outer;
        // A name inside a phrase ("who leads a group in the town of Hamaura, eight kilometres
        // away,") is no subject: look for the name that opens the clause.
        if (outer.type == SpeakerPhrase::Type::Name && !clause && !m_window.mentions.at(outer.mention).afterPreposition)
            return outer;
        if (outer.type == SpeakerPhrase::Type::Name && m_window.mentions.at(outer.mention).afterPreposition) {
            const SpeakerPhrase opening = clauseInitialName(j, sentence);
            if (!opening.isNone())
                return opening;
            // "Sen. Ana Ortiz of Vermont, the party's leader, said": the name before "of".
            if (!clause) {
                const SpeakerPhrase before = nameBeforePrepositionalPhrases(outer.first, sentence);
                if (before.type == SpeakerPhrase::Type::Name)
                    return before;
            }
        }
        if (inner.type == SpeakerPhrase::Type::Name && innerIsWhole)
            return inner;
        // "The port authority, which runs six terminals, said": a relative clause between the
        // commas describes the phrase before it.
        if (!outer.isNone() && outer.type != SpeakerPhrase::Type::Pronoun && m_window.token(k + 1).isWord()
            && (m_window.wordClass(k + 1) & Lexicon::Relative) && !m_window.isRuleWord(k + 1, Lexicon::Complementizer))
            return outer;
        if (!outer.isNone() && !clause && innerIsWhole)
            return outer;
        // A long appositive ("Jane Doe, director of X and a professor at Y, said"): the name that
        // opens the clause.
        return clauseInitialName(j, sentence);
    }
    if (j >= sentence.firstToken && m_window.token(j).isWord() && (m_window.wordClass(j) & Lexicon::Relative)
        && !m_window.isRuleWord(j, Lexicon::Complementizer)) {
        // "Jane Doe, who ... , said": the relative pronoun stands for the phrase before it.
        return antecedentOf(j, sentence);
    }
    SpeakerPhrase ref = m_phrases.nounPhraseEndingAt(j, sentence);
    // "advisers to Mr. Doe say": the advisers speak, not Mr. Doe.
    const auto attachedTo = [this, &sentence](const SpeakerPhrase &name) {
        if (name.first - 2 < sentence.firstToken || !m_window.token(name.first - 1).isWord()
            || !m_window.isRuleWord(name.first - 1, Lexicon::Attachment))
            return SpeakerPhrase();
        SpeakerPhrase group = m_phrases.nounPhraseEndingAt(name.first - 2, sentence);
        if (group.type != SpeakerPhrase::Type::Group && group.type != SpeakerPhrase::Type::Role)
            return SpeakerPhrase();
        group.last = name.last;
        return group;
    };
    if (ref.type == SpeakerPhrase::Type::Name && ref.first - 2 >= sentence.firstToken
        && m_window.token(ref.first - 1).isWord() && m_window.isRuleWord(ref.first - 1, Lexicon::Attachment)) {
        const SpeakerPhrase attached = attachedTo(ref);
        if (!attached.isNone())
            return attached;
        // "Senator Jane Doe of Ruritania said", "Jane Doe of the Harbor Institute said": the person
        // before "of" speaks, not the place or the body she comes from; "a spokesman for Mayor Jane
        // Doe of Ruritania said": the spokesman.
        const SpeakerPhrase group = m_phrases.nounPhraseEndingAt(ref.first - 2, sentence);
        if (m_window.isRuleWord(ref.first - 1, Lexicon::NameLink) && group.type == SpeakerPhrase::Type::Name) {
            const int e = m_window.registry.find(m_window.mentions.at(group.mention).entity);
            if (e >= 0 && std::as_const(m_window.registry).entity(e).kind == EntityRegistry::Kind::Person) {
                SpeakerPhrase spokesman = attachedTo(group);
                if (spokesman.isNone())
                    return group;
                spokesman.last = ref.last;
                return spokesman;
            }
        }
    }
    if (ref.type != SpeakerPhrase::Type::Name && ref.type != SpeakerPhrase::Type::Pronoun) {
        // "a source close to the mayor said", "people familiar with the talks said": the source
        // before the adjective speaks, not the one it stands close to.
        int p = ref.isNone() ? j : ref.first - 1;
        for (int steps = 0; ref.isNone() && p > sentence.firstToken && steps < 4 && m_window.token(p).isWord()
             && !m_window.token(p).isCapitalized() && !(m_window.wordClass(p) & ~Lexicon::Determiner);
             ++steps)
            --p;
        const bool preposition = p - 1 >= sentence.firstToken && p < j && m_window.token(p).isWord()
            && (m_window.wordClass(p) & Lexicon::Preposition);
        const bool adjective = preposition && p - 2 >= sentence.firstToken && m_window.token(p - 1).isWord()
            && !m_window.token(p - 1).isCapitalized() && m_window.wordClass(p - 1) == 0 && !m_window.isCueVerbAt(p - 1);
        // "speakers at the service said", "a source close to the mayor said".
        SpeakerPhrase head = preposition ? m_phrases.nounPhraseEndingAt(p - 1, sentence) : SpeakerPhrase();
        if (head.type != SpeakerPhrase::Type::Group && head.type != SpeakerPhrase::Type::Role && adjective)
            head = m_phrases.nounPhraseEndingAt(p - 2, sentence);
        // A possessive pronoun leaves the phrase to the coordinated subject or the pronoun's owner
        // ("Pena and his rivals for the nomination").
        bool possessed = false;
        for (int k = head.first; k <= head.last && head.first >= 0 && !possessed; ++k) {
            const Lexicon::Pronoun *pronoun
                = m_window.token(k).isWord() ? m_lexicon.pronoun(m_window.lower(k)) : nullptr;
            possessed = pronoun && pronoun->possessive;
        }
        if ((head.type == SpeakerPhrase::Type::Group || head.type == SpeakerPhrase::Type::Role) && !possessed) {
            head.last = j;
            return head;
        }
    }
    return ref;
}

SpeakerPhrase SubjectFinder::nameWithAppositiveBefore(int comma, const Sentence &sentence) const
{
    const SpeakerPhrase opening = clauseInitialName(comma, sentence);
    if (opening.type != SpeakerPhrase::Type::Name || opening.mention < 0
        || m_window.mentions.at(opening.mention).afterPreposition)
        return {};
    const int e = m_window.registry.find(m_window.mentions.at(opening.mention).entity);
    if (e < 0 || !personOrUnknown(std::as_const(m_window.registry).entity(e).kind))
        return {};
    // The appositive opens right after the name's comma, with an article, a possessive or a
    // lower-case word, and holds no verb of its own.
    const int open = opening.last + 2;
    if (open >= comma || !m_window.isPunct(open - 1, u',') || !m_window.token(open).isWord()
        || (m_window.token(open).isCapitalized() && !(m_window.wordClass(open) & Lexicon::Determiner)))
        return {};
    for (int x = open; x < comma; ++x) {
        if (m_window.cueAt(x) >= 0 || m_window.isPunct(x, u',') || m_window.token(x).quote >= 0
            || (m_window.token(x).isWord()
                && (m_window.wordClass(x) & (Lexicon::Auxiliary | Lexicon::Relative | Lexicon::Conjunction))))
            return {};
    }
    return opening;
}

SpeakerPhrase SubjectFinder::antecedentOf(int relative, const Sentence &sentence) const
{
    int k = relative - 1;
    if (k >= sentence.firstToken && (m_window.isPunct(k, u',') || m_window.isDash(k)))
        --k;
    SpeakerPhrase antecedent = m_phrases.nounPhraseEndingAt(k, sentence);
    if (antecedent.type == SpeakerPhrase::Type::Name && m_window.mentions.at(antecedent.mention).afterPreposition)
        antecedent = m_phrases.nounPhraseEndingAt(m_window.mentions.at(antecedent.mention).begin() - 2, sentence);
    return antecedent;
}

SpeakerPhrase SubjectFinder::antecedentOfRelativeBefore(int end, const Sentence &sentence) const
{
    for (int k = end - 1; k > sentence.firstToken && k >= end - 12; --k) {
        const Token &t = m_window.token(k);
        if (!t.isWord() || t.quote >= 0 || m_window.cueAt(k) >= 0)
            return {};
        if (m_window.wordClass(k) & Lexicon::RelativePronoun) {
            if (k + 1 >= end)
                return {};
            const SpeakerPhrase antecedent = m_phrases.nounPhraseEndingAt(k - 1, sentence);
            return antecedent.type == SpeakerPhrase::Type::Role || antecedent.type == SpeakerPhrase::Type::Group
                ? antecedent
                : SpeakerPhrase();
        }
    }
    return {};
}

SpeakerPhrase SubjectFinder::subjectBeforeLongRelative(int comma, const Sentence &sentence) const
{
    // The relative clause holds no quotation and no semicolon; one longer than 45 tokens is taken
    // for no appositive.
    int rel = -1;
    for (int x = comma - 2; x > sentence.firstToken + 1 && x > comma - 45; --x) {
        if (m_window.isQuoteBoundary(x) || m_window.token(x).quote >= 0 || m_window.isPunct(x, u';'))
            return {};
        if (m_window.isPunct(x - 1, u',') && m_window.token(x).isWord()
            && (m_window.wordClass(x) & Lexicon::RelativePronoun)) {
            rel = x;
            break;
        }
    }
    // (A relative clause between two commas only is read as an appositive is.)
    bool innerComma = false;
    for (int x = rel + 1; x < comma - 1 && rel >= 0 && !innerComma; ++x)
        innerComma = m_window.isPunct(x, u',');
    if (rel < 0 || !innerComma)
        return {};
    const SpeakerPhrase antecedent = antecedentOf(rel, sentence);
    if (antecedent.type == SpeakerPhrase::Type::Pronoun)
        return {};
    return antecedent;
}

SpeakerPhrase SubjectFinder::subjectAfter(int tok, const Sentence &sentence) const
{
    SpeakerPhrase ref = m_phrases.nounPhraseStartingAt(tok, sentence);
    if (ref.type == SpeakerPhrase::Type::Name || ref.type == SpeakerPhrase::Type::Pronoun || tok >= sentence.endToken)
        return ref;
    if (!ref.isNone() && ref.last + 2 < sentence.endToken && m_window.isPossessiveMark(ref.last + 1)) {
        // "said the mayor's introducer, actress Dana Pell"
        const SpeakerPhrase named = m_phrases.nameInAppositionAfter(ref.last + 2, sentence);
        if (!named.isNone())
            return named;
    }
    if ((ref.type == SpeakerPhrase::Type::Role || ref.type == SpeakerPhrase::Type::Group)
        && ref.last + 2 < sentence.endToken
        && m_window.isRuleWord(ref.last + 1, Lexicon::Affiliation | Lexicon::Attachment)) {
        // "said a spokesman for the Harbour Board", "said an adviser to both Lunds": the
        // organisation or the people belong to the description.
        int o = ref.last + 2;
        if (m_window.isRuleWord(o, Lexicon::DefiniteArticle)
            || (o + 1 < sentence.endToken && !m_window.token(o).isCapitalized() && m_window.isPlainDeterminer(o)))
            ++o;
        const int mi = o < sentence.endToken ? m_window.mentionOfToken.at(o) : -1;
        if (mi >= 0 && m_window.mentions.at(mi).begin() == o && !m_window.mentions.at(mi).inQuote) {
            ref.last = m_window.mentions.at(mi).last;
        } else if (o > ref.last + 2) {
            // "said a spokesman for the ministry, Oleg Varga": an organisation named in lower case,
            // up to the comma before the name or the end of the sentence.
            int e = o;
            while (e < sentence.endToken && e < o + 4 && m_window.token(e).isWord() && !m_window.token(e).isCapitalized()
                && m_window.wordClass(e) == 0 && m_window.cueAt(e) < 0)
                ++e;
            if (e > o && (e >= sentence.endToken || m_window.isPunct(e, u',') || m_window.isPunct(e, u'.')))
                ref.last = e - 1;
        }
    } else if ((ref.type == SpeakerPhrase::Type::Role || ref.type == SpeakerPhrase::Type::Group)
        && ref.last + 3 < sentence.endToken && m_window.token(ref.last + 1).isWord()
        && !m_window.token(ref.last + 1).isCapitalized() && m_window.wordClass(ref.last + 1) == 0
        && !m_window.isCueVerbAt(ref.last + 1) && m_window.token(ref.last + 2).isWord()
        && (m_window.wordClass(ref.last + 2) & Lexicon::Preposition)) {
        // "said two sources familiar with the talks": the description runs to the end of its object.
        int k = ref.last + 3;
        while (k < sentence.endToken && k < ref.last + 9 && m_window.token(k).type != Token::Type::QuoteMark
            && (m_window.token(k).isWord() || m_window.token(k).type == Token::Type::Possessive)
            && m_window.cueAt(k) < 0 && !(m_window.wordClass(k) & (Lexicon::Relative | Lexicon::Conjunction)))
            ++k;
        if (k > ref.last + 3 && (k >= sentence.endToken || !m_window.token(k).isWord()))
            ref.last = k - 1;
    }
    // "said a local teacher, Jane Doe." / "said the mayor, Jane Doe, after the vote": the name in
    // apposition is the speaker; the description only introduces her.
    int k = ref.isNone() ? tok : ref.last + 1;
    if (ref.isNone()) {
        if (!m_window.token(tok).isWord() || !(m_window.wordClass(tok) & Lexicon::Determiner)
            || (m_window.wordClass(tok) & Lexicon::Relative) || m_lexicon.pronoun(m_window.lower(tok)))
            return ref; // "adding that the operator, Doe Freight, would pay": a clause, not a speaker
        while (k < sentence.endToken && k < tok + 6 && m_window.token(k).isWord() && m_window.cueAt(k) < 0
            && !((m_window.wordClass(k) & (Lexicon::Preposition | Lexicon::Relative | Lexicon::Auxiliary)) && k > tok))
            ++k;
    }
    if (k + 1 >= sentence.endToken || !m_window.isPunct(k, u','))
        return ref;
    const int mi = m_window.mentionOfToken.at(k + 1);
    if (mi < 0 || m_window.mentions.at(mi).begin() != k + 1)
        return ref;
    const int after = m_window.mentions.at(mi).last + 1;
    if (after < sentence.endToken && !m_window.isPunct(after, u'.') && !m_window.isPunct(after, u',')
        && !m_window.isPunct(after, u';'))
        return ref;
    const SpeakerPhrase named = m_phrases.nounPhraseEndingAt(m_window.mentions.at(mi).last, sentence);
    return named.type == SpeakerPhrase::Type::Name ? named : ref;
}

bool SubjectFinder::isIssuedStatement(const SpeakerPhrase &ref) const
{
    // The noun is the object of a lower-case verb ("issued a statement", "posted a message"), not
    // an organisation's name ("Harbour Statement said") or a preposition's object.
    return !ref.isNone() && ref.type != SpeakerPhrase::Type::Name
        && m_lexicon.isStatementNoun(m_window.lower(ref.last)) && ref.first > 0
        && m_window.token(ref.first - 1).isWord() && !m_window.token(ref.first - 1).isCapitalized()
        && m_window.wordClass(ref.first - 1) == 0;
}

bool SubjectFinder::isPrepositionObject(const SpeakerPhrase &ref, int participle) const
{
    // "A lawmaker in Dunmore is calling for …" is no participle clause: the name is the subject.
    for (int k = ref.last + 1; k < participle; ++k) {
        if (m_window.token(k).isWord() && (m_window.wordClass(k) & Lexicon::Auxiliary))
            return false;
    }
    return ref.type == SpeakerPhrase::Type::Name && ref.first > 0 && m_window.token(ref.first - 1).isWord()
        && !m_window.token(ref.first - 1).isCapitalized()
        && (m_window.isRuleWord(ref.first - 1, Lexicon::PlacePreposition)
            || m_window.isRuleWord(ref.first - 1, Lexicon::DatePreposition));
}

// The name that the prepositional phrases ending before `end` follow ("Lund at a rally in"), or
// none when anything else stands between (a comma, a quotation, a verb, a clause).
SpeakerPhrase SubjectFinder::nameBeforePrepositionalPhrases(int end, const Sentence &sentence) const
{
    for (int k = end - 1; k > sentence.firstToken && k >= end - 10; --k) {
        const Token &t = m_window.token(k);
        if ((!t.isWord() && t.type != Token::Type::Number && t.type != Token::Type::Possessive) || t.quote >= 0
            || m_window.cueAt(k) >= 0)
            return {};
        if (!t.isWord())
            continue;
        const quint16 c = m_window.wordClass(k);
        // ("Archbishop Tomas Varga of the Harbour Church of Dunmore told": the name before "of".)
        if (m_window.isRuleWord(k, Lexicon::PlacePreposition | Lexicon::DatePreposition)
            || (m_window.isRuleWord(k, Lexicon::NameLink) && !t.isCapitalized())) {
            // (A person, or a name of no known kind: "the Commission on Ports" is one name.)
            const int m = m_window.mentionEndingAt(k - 1);
            // ("of the Harbour Church of Dunmore": a name after a preposition and its article is
            // its object too.)
            const int article = m >= 0 ? m_window.mentions.at(m).begin() - 1 : -1;
            if (article - 1 >= sentence.firstToken && m_window.isRuleWord(article, Lexicon::ArticleWord)
                && m_window.token(article - 1).isWord() && (m_window.wordClass(article - 1) & Lexicon::Preposition))
                continue;
            if (m >= 0 && !m_window.mentions.at(m).afterPreposition && !m_window.mentions.at(m).inQuote
                && m_window.mentions.at(m).entity >= 0
                && personOrUnknown(m_window.registry.speakerKind(m_window.mentions.at(m).entity))) {
                const SpeakerPhrase name = m_phrases.nounPhraseEndingAt(k - 1, sentence);
                if (name.type == SpeakerPhrase::Type::Name)
                    return name;
            }
            continue;
        }
        if (!t.isCapitalized() && (c & (Lexicon::Auxiliary | Lexicon::Relative | Lexicon::Conjunction)))
            return {};
    }
    return {};
}
