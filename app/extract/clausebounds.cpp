#include "clausebounds.h"

#include "extractwindow.h"
#include "phraseparser.h"

#include <algorithm>

ClauseBounds::ClauseBounds(const ExtractWindow &window, const PhraseParser &phrases)
    : m_window(window)
    , m_lexicon(window.lexicon)
    , m_phrases(phrases)
{
}

bool ClauseBounds::isComplementizer(int i, const Sentence &sentence) const
{
    // "said that the plan ..." introduces a clause; "the meeting that was held" is a relative clause.
    if (!m_window.isRuleWord(i, Lexicon::Complementizer))
        return false;
    if (i + 1 >= sentence.endToken)
        return false;
    const Token &next = m_window.token(i + 1);
    if (next.isWord() && !next.isCapitalized()) {
        const quint16 c = m_window.wordClass(i + 1);
        if ((c & Lexicon::Auxiliary) && !(c & Lexicon::Determiner))
            return false;
    }
    return true;
}

bool ClauseBounds::startsClause(int i, const Sentence &sentence) const
{
    if (i >= sentence.endToken)
        return false;
    const Token &t = m_window.token(i);
    if (t.type == Token::Type::QuoteMark || t.type == Token::Type::Number)
        return true;
    if (!t.isWord())
        return false;
    const QStringView w = m_window.lower(i);
    if (m_window.isRuleWord(i, Lexicon::Complementizer))
        return isComplementizer(i, sentence) && i + 1 < sentence.endToken
            && !m_window.isRuleWord(i + 1, Lexicon::Complementizer);
    if (m_window.isRuleWord(i, Lexicon::ClauseSubject))
        return true;
    const quint16 c = m_lexicon.wordClass(w);
    if (c & Lexicon::Determiner)
        return true;
    if (isShareOfNumber(i, sentence))
        return true;
    // "said having Lund on the ticket helps": an auxiliary's -ing form opens a gerund subject.
    if ((c & Lexicon::Auxiliary) && m_lexicon.hasEnding(w, Lexicon::ParticipleEnding) && i + 1 < sentence.endToken
        && m_window.token(i + 1).isWord())
        return true;
    if (c & (Lexicon::Preposition | Lexicon::Conjunction | Lexicon::Auxiliary | Lexicon::Relative | Lexicon::Negation))
        return false;
    if (t.isCapitalized())
        return true;
    // A bare noun opening a clause ("said leaders had agreed"): the next word must look like a verb
    // or another noun, not the end of the sentence.
    // (A verb of saying the cue finder left out here is a noun: "said demand had fallen".)
    return !(c & Lexicon::Adverb) && (m_window.cueAt(i) < 0 || isNounBeforePreposition(i, sentence))
        && i + 1 < sentence.endToken && m_window.token(i + 1).isWord();
}

// "said praise for the plan had been rare": the bare form of a verb of saying before a
// preposition, right after the cue, is a noun.
bool ClauseBounds::isNounBeforePreposition(int i, const Sentence &sentence) const
{
    if (i + 1 >= sentence.endToken || !m_window.token(i + 1).isWord()
        || !(m_window.wordClass(i + 1) & Lexicon::Preposition) || m_window.isRuleWord(i + 1, Lexicon::InfinitiveTo))
        return false;
    const QList<Lexicon::VerbForm> *forms = m_window.verbForms(i);
    if (!forms)
        return false; // a cue of a statement noun, not a verb
    for (const Lexicon::VerbForm &f : *forms) {
        if (f.following.isEmpty() && m_window.lower(i) != QStringView(f.lemma))
            return false;
    }
    return true;
}

int ClauseBounds::contentStartAfterCue(const Cue &cue, const Sentence &sentence) const
{
    const quint16 frames = cue.form ? cue.form->frames : quint16(Lexicon::FrameThat);
    const bool weak = frames & Lexicon::FrameWeak;
    int n = cue.last + 1;
    if (isLoneAnswer(n, sentence))
        return n; // "said yes", "thinks so"
    if (n < sentence.endToken && m_window.isDash(n)
        && (frames & (Lexicon::FrameThat | Lexicon::FrameClause | Lexicon::FrameTell))) {
        // "said — in a radio interview, no less — that …": an aside between dashes after the verb.
        for (int k = n + 1; k + 1 < sentence.endToken && k < n + 12; ++k) {
            if (m_window.isDash(k)) {
                if (isComplementizer(k + 1, sentence))
                    return k + 2;
                break;
            }
        }
    }
    if (!weak && (frames & (Lexicon::FrameThat | Lexicon::FrameClause)) && n + 1 < sentence.endToken
        && m_window.token(n).isWord() && (m_window.wordClass(n) & Lexicon::Auxiliary)
        && !(m_window.wordClass(n) & Lexicon::Negation) && m_window.isRelativeBeforeSubject(cue.first, sentence))
        return n; // "a fund that prosecutors said was …": the relative word is the clause's subject
    if (n + 1 < sentence.endToken && (m_window.wordClass(n) & Lexicon::Answer)
        && m_window.isRuleWord(n + 1, Lexicon::InfinitiveTo))
        return -1; // "said no to the plan" refused it
    // Adverbs and short adverbial phrases: "said on Monday that", "told reporters in Madrid that".
    auto skipAdverbials = [&](int k) {
        int guard = 0;
        while (k < sentence.endToken && guard++ < 12) {
            if (m_window.token(k).isWord() && (m_window.wordClass(k) & Lexicon::Time)
                && !m_window.isRuleWord(k, Lexicon::Complementizer)
                && (!m_window.isRuleWord(k, Lexicon::NearDemonstrative)
                    || (k + 1 < sentence.endToken && (m_window.wordClass(k + 1) & Lexicon::Time)))) {
                ++k; // "on Monday", "last week", "this month"
                // "said Dec. 6 that", "said March 3, 2016, that": a month's full stop, day and year.
                if (m_window.hasAbbrevDot(k - 1))
                    ++k;
                while (k < sentence.endToken && m_window.token(k).type == Token::Type::Number) {
                    ++k;
                    if (k + 1 < sentence.endToken && m_window.isPunct(k, u',')
                        && m_window.token(k + 1).type == Token::Type::Number)
                        ++k;
                }
                continue;
            }
            if (m_window.token(k).isWord() && !m_window.token(k).isCapitalized()
                && (m_window.wordClass(k) & (Lexicon::Adverb | Lexicon::Negation))
                && !m_window.isRuleWord(k, Lexicon::Complementizer)
                && !(m_window.wordClass(k) & Lexicon::Determiner)) { // "said no one would"
                ++k;
                continue;
            }
            if (m_window.isPunct(k, u',') && k + 1 < sentence.endToken
                && m_window.isRuleWord(k + 1, Lexicon::Complementizer))
                return k + 1;
            if (m_window.isPunct(k, u',')) {
                // "insisted, most recently in an interview, that": an adverbial between commas
                // before "that", with no verb of its own.
                int x = k + 1;
                while (x < sentence.endToken && x < k + 16 && m_window.outsideQuotes(x)
                    && (m_window.token(x).isWord() || m_window.token(x).type == Token::Type::Number
                        || m_window.token(x).type == Token::Type::Possessive)
                    && m_window.cueAt(x) < 0 && !(m_window.wordClass(x) & (Lexicon::Auxiliary | Lexicon::Relative)))
                    ++x;
                if (x > k + 1 && x + 1 < sentence.endToken && m_window.isPunct(x, u',')
                    && m_window.isRuleWord(x + 1, Lexicon::Complementizer)
                    && (m_window.wordClass(k + 1)
                        & (Lexicon::Adverb | Lexicon::Preposition | Lexicon::Time | Lexicon::Determiner)))
                    return x + 1;
            }
            if (isShareOfNumber(k, sentence))
                return k; // it opens the clause
            if (k + 2 < sentence.endToken && m_window.isRuleWord(k, Lexicon::DatePreposition)
                && m_window.token(k + 1).isWord() && (m_window.wordClass(k + 1) & Lexicon::Time)
                && !m_window.isRuleWord(k + 1, Lexicon::NearDemonstrative)) {
                ++k; // "promised on Tuesday to", "warned on Dec. 3 that": the time word is next
                continue;
            }
            if (m_window.token(k).isWord() && (m_window.wordClass(k) & Lexicon::Preposition)
                && !m_window.isRuleWord(k, Lexicon::Complementizer | Lexicon::NonAdverbialPreposition)) {
                // A prepositional phrase up to "that" or a comma.
                int x = k + 1;
                bool verbInside = false; // "said after Varga failed to show up at the hearing he was called to"
                while (x < sentence.endToken && x < k + 14 && !m_window.isRuleWord(x, Lexicon::Complementizer)
                    && m_window.token(x).type != Token::Type::QuoteMark && m_window.cueAt(x) < 0) {
                    // "said after the vote she would": a subject pronoun opens the clause (not one
                    // after a verb of the phrase's own clause).
                    if (x > k + 1 && !verbInside && opensClauseWithPronoun(x, sentence))
                        return x;
                    verbInside = verbInside
                        || (m_window.token(x).isWord() && !m_window.token(x).isCapitalized()
                            && (m_window.wordClass(x) & ~Lexicon::Control) == 0
                            && m_lexicon.hasEnding(m_window.lower(x), Lexicon::PastEnding));
                    if (m_window.isPunct(x, u',')) {
                        // "says at a stop in Valmore, Vt., that": a place and its region.
                        if (x + 2 < sentence.endToken && m_window.token(x + 1).isCapitalized()
                            && m_window.isPunct(x + 2, u','))
                            x += 2;
                        else if (x + 3 < sentence.endToken && m_window.token(x + 1).isCapitalized()
                            && m_window.isPunct(x + 2, u'.') && m_window.isPunct(x + 3, u','))
                            x += 3;
                        else
                            break;
                    }
                    ++x;
                }
                // "said in a statement that ...", "said on Monday, that ...": the phrase ends at
                // "that". A comma after it ends the verb's reach ("said after the talks with her
                // counterpart, Sven Aaltonen").
                if (x < sentence.endToken && m_window.isRuleWord(x, Lexicon::Complementizer)) {
                    k = x;
                    continue;
                }
                if (x + 1 < sentence.endToken && m_window.isPunct(x, u',')
                    && m_window.isRuleWord(x + 1, Lexicon::Complementizer)) {
                    k = x + 1;
                    continue;
                }
                return k;
            }
            break;
        }
        return k;
    };
    {
        // "As Ms. Doe wrote in a letter in May, the plan ...": the reported clause follows the
        // comma that closes the "as" clause.
        int s = cue.first - 1;
        while (s >= sentence.firstToken && !m_window.isPunct(s, u',')
            && !m_window.isRuleWord(s, Lexicon::ParentheticalAs) && !m_window.isQuoteBoundary(s) && cue.first - s < 10)
            --s;
        // ("As the race began, Ortiz was …": a weak cue there reports nothing.)
        if (s >= sentence.firstToken && m_window.isRuleWord(s, Lexicon::ParentheticalAs) && !cue.source
            && !(cue.form && (cue.form->frames & Lexicon::FrameWeak))) {
            for (int k = cue.last + 1; k < sentence.endToken && k < cue.last + 20; ++k) {
                if (m_window.isQuoteBoundary(k) && k == cue.last + 1)
                    break;
                if (m_window.isPunct(k, u','))
                    return k + 1 < sentence.endToken ? k + 1 : -1;
            }
        }
    }
    // "“…,” said the 52-year-old.": a cue right after a quotation it closes reports that
    // quotation; the words after the verb name the speaker, never a clause of their own.
    if (cue.first - 2 >= sentence.firstToken && m_window.token(cue.first - 1).type == Token::Type::QuoteMark
        && m_window.isQuoteBoundary(cue.first - 1)
        && (m_window.isPunct(cue.first - 2, u',') || m_window.isPunct(cue.first - 2, u'?')
            || m_window.isPunct(cue.first - 2, u'!'))
        && !(cue.form && cue.form->participle) && namesSpeakerOnly(cue.last + 1, sentence))
        return -1; // (", citing an instance in which" reports what it cites)
    n = skipAdverbials(n);
    if (n >= sentence.endToken)
        return -1;
    if (m_window.isPunct(n, u',') && n + 1 < sentence.endToken && m_window.cueAt(n + 1) < 0) {
        // "As Ms. Doe put it, the plan ..." / "In recent days, advisers say, the president ...":
        // the reporting clause is parenthetical and the reported one follows the comma.
        int s = cue.first - 1;
        while (s >= sentence.firstToken && !m_window.isPunct(s, u',')
            && !m_window.isRuleWord(s, Lexicon::ParentheticalAs) && !m_window.isQuoteBoundary(s))
            --s;
        if (s >= sentence.firstToken && m_window.isRuleWord(s, Lexicon::ParentheticalAs))
            return weak ? -1 : n + 1;
        if (m_window.isRuleWord(n + 1, Lexicon::Conditional) && (frames & (Lexicon::FrameThat | Lexicon::FrameClause))
            && !weak) {
            // "She said, if elected, she would ask …": a condition set off by commas opens the
            // reported clause after it.
            for (int x = n + 2; x < sentence.endToken && x < n + 10; ++x) {
                if (m_window.cueAt(x) >= 0 || !m_window.outsideQuotes(x))
                    break;
                if (m_window.isPunct(x, u','))
                    return x + 1 < sentence.endToken && startsClause(x + 1, sentence) ? x + 1 : -1;
            }
        }
        if (!startsClause(n + 1, sentence))
            return -1;
        // (Not when a subordinate clause holds the cue: "In 2013, when Ortiz testified, Lund asked".)
        if (s > sentence.firstToken && m_window.isPunct(s, u',') && m_window.token(sentence.firstToken).isWord()
            && (m_window.wordClass(sentence.firstToken)
                & (Lexicon::Preposition | Lexicon::Conjunction | Lexicon::Adverb | Lexicon::Time))
            && !(s + 1 < cue.first && m_window.isSubordinator(s + 1))) {
            bool verbless = true;
            for (int k = sentence.firstToken; k < s && verbless; ++k)
                verbless = m_window.cueAt(k) < 0
                    && !(m_window.token(k).isWord() && (m_window.wordClass(k) & Lexicon::Auxiliary));
            if (verbless)
                return n + 1;
        }
    }
    if ((frames & Lexicon::FrameNaming) && isObjectWithComplement(n, sentence))
        return n; // "called him a liar": what he was called
    // (A finite form only: "a report documenting …" and "began reporting, covering …" report nothing.)
    if ((frames & Lexicon::FrameGerund) && cue.form && !cue.form->participle
        && m_window.lower(cue.first) != QStringView(cue.form->lemma) && n + 1 < sentence.endToken
        && m_window.token(n).isWord() && !m_window.token(n).isCapitalized() && m_window.wordClass(n) == 0
        && m_lexicon.hasEnding(m_window.lower(n), Lexicon::ParticipleEnding))
        return n; // "reported raising $4 million"
    // A weak verb ("called", "blasted") reports speech only when quoted words follow.
    bool quoteAhead = false;
    for (int k = n; k < sentence.endToken && k < n + 30 && !quoteAhead; ++k)
        quoteAhead = m_window.token(k).type == Token::Type::QuoteMark;
    const bool objectOk = (frames & Lexicon::FrameObject) && (!weak || quoteAhead);
    if (isComplementizer(n, sentence) && (frames & (Lexicon::FrameThat | Lexicon::FrameClause | Lexicon::FrameTell)))
        return n + 1; // not "rejected that view"
    if ((frames & Lexicon::FrameClause) && !weak && m_window.isRuleWord(n, Lexicon::Complementizer)
        && n + 2 < sentence.endToken && m_window.token(n + 1).isWord() && !m_window.token(n + 1).isCapitalized()
        && (m_window.wordClass(n + 1) & Lexicon::Auxiliary))
        return n; // "said that would help": the demonstrative is the subject
    if (m_window.isPunct(n, u':'))
        return n + 1;
    // "whether" opens a reported question after any verb; a question word or "if" only after a verb
    // that takes an addressee. After the addressee, "if" of a verb that also takes "that" opens a
    // condition instead ("warned voters the fares would rise if the deal failed").
    const auto opensQuestion = [this, frames](int k, bool afterAddressee) {
        if (m_window.isRuleWord(k, Lexicon::Interrogative))
            return true;
        if (!(frames & Lexicon::FrameTell))
            return false;
        return m_window.isRuleWord(k, Lexicon::QuestionWord)
            || (m_window.isRuleWord(k, Lexicon::Conditional) && !(afterAddressee && (frames & Lexicon::FrameThat)));
    };
    if (opensQuestion(n, false) && !weak)
        return n; // "asked whether the plan would pass", "asked how the vote went"
    // "would not say when the vote would be", "declined to say how": a question word after a verb
    // of saying that is denied or declined opens what was not said.
    const bool questionOrWhen = m_window.isRuleWord(n, Lexicon::QuestionWord) || m_window.isRelativeAdverb(n);
    if (!weak && (frames & (Lexicon::FrameThat | Lexicon::FrameClause)) && questionOrWhen && n + 1 < sentence.endToken
        && !m_window.isRuleWord(n + 1, Lexicon::InfinitiveTo)) {
        const int p = cue.first - 1;
        const bool negated = p >= sentence.firstToken && m_window.token(p).isWord()
            && ((m_window.wordClass(p) & Lexicon::Negation)
                || (m_window.isRuleWord(p, Lexicon::InfinitiveTo) && p - 1 >= sentence.firstToken
                    && (m_window.wordClass(p - 1) & Lexicon::Control)));
        if (negated)
            return n;
    }
    if (frames & (Lexicon::FrameTell | Lexicon::FrameInfinitive | Lexicon::FrameObject)) {
        // An object: the addressee of "told", the one urged, or the thing restated.
        int m = n;
        int guard = 0;
        const bool toldSomeone = (frames & Lexicon::FrameTell) && addresseeIsSomeone(n);
        while (m < sentence.endToken && guard++ < 16) {
            const Token &t = m_window.token(m);
            if (m_window.isQuoteBoundary(m) && m > n) {
                // A short quoted name inside the object ("told Channel 5's “Morning Report” on Monday
                // that"): step over it.
                int e = m + 1;
                while (e < sentence.endToken && m_window.token(e).quote == t.quote)
                    ++e;
                int words = 0;
                for (int x = m; x < e; ++x)
                    words += m_window.token(x).isWord();
                if (words <= 5 && e < sentence.endToken && m_window.token(e).isWord()) {
                    m = e;
                    continue;
                }
            }
            if (m_window.isRuleWord(m, Lexicon::Complementizer) || m_window.isRuleWord(m, Lexicon::InfinitiveTo)
                || t.type == Token::Type::QuoteMark)
                break;
            // "asked Ana Ortiz how she felt", "asked them if they would strike": the question
            // follows the addressee.
            if (m > n && !weak && (frames & Lexicon::FrameTell) && opensQuestion(m, true))
                return m;
            // "told farmers this week he would": the object ends before a time phrase
            // or a subject pronoun opening the reported clause.
            if (m > n && t.isWord()
                && ((m_window.wordClass(m) & Lexicon::Time)
                    || (m_lexicon.pronoun(m_window.lower(m)) && m_lexicon.pronoun(m_window.lower(m))->subject)))
                break;
            // "told the Post her crew never worked with him", "told me his budget looks thin": after
            // the addressee, a possessive pronoun whose noun has a verb opens the reported clause.
            // ("her" is listed as an object pronoun; before a noun it is the possessive.)
            const Lexicon::Pronoun *owner = t.isWord() ? m_lexicon.pronoun(m_window.lower(m)) : nullptr;
            if (m > n && (frames & Lexicon::FrameTell) && owner
                && (owner->possessive || (!owner->subject && owner->gender == Lexicon::Gender::Female))
                && m_window.token(m - 1).isWord()
                && (m_window.mentionEndingAt(m - 1) >= 0 || m_window.token(m - 1).isCapitalized()
                    || m_window.isRuleWord(m - 1, Lexicon::ObjectPronoun)
                    || (m_lexicon.pronoun(m_window.lower(m - 1)) && !m_lexicon.pronoun(m_window.lower(m - 1))->subject
                        && !m_lexicon.pronoun(m_window.lower(m - 1))->possessive))) {
                int v = m + 1;
                // (The noun may carry a short prepositional phrase: "his budget for the pier looks".)
                while (v < sentence.endToken && v < m + 7 && m_window.token(v).isWord() && m_window.cueAt(v) < 0
                    && ((m_window.wordClass(v) & ~Lexicon::Control) == 0 // ("plan" is a noun here)
                        || ((m_window.wordClass(v) & (Lexicon::Preposition | Lexicon::Determiner)) && v > m + 1
                            && !(m_window.wordClass(v) & Lexicon::Relative)))
                    && !(m_window.wordClass(v) == 0 && m_lexicon.hasEnding(m_window.lower(v), Lexicon::PastEnding))
                    && !(v > m + 1 && m_window.looksLikePresentVerb(v)
                        && !(m_window.wordClass(v - 1) & (Lexicon::Preposition | Lexicon::Determiner))))
                    ++v;
                if (v > m + 1 && v < sentence.endToken && m_window.token(v).isWord()
                    && ((m_window.wordClass(v) & (Lexicon::Auxiliary | Lexicon::Negation | Lexicon::Adverb))
                        || (m_window.wordClass(v) == 0 && m_lexicon.hasEnding(m_window.lower(v), Lexicon::PastEnding))
                        || m_window.looksLikePresentVerb(v)))
                    return m;
            }
            // "told the lawmakers who backed the bill that it would fail", "told Ortiz, who had asked,
            // the bridge would reopen": a relative clause on the addressee is none of the content. Without
            // a comma only "that" can open the content after it ("told the lawmakers who could guess the
            // “anyone” he meant" reports nothing). ("told the story of a mother who" tells the story:
            // the addressee must be someone.)
            // "told her advisers as she worked on the speech": "as", "while" or "when" after the
            // addressee open an adverbial clause, no reported one.
            if (m > n && (frames & Lexicon::FrameTell) && t.isWord() && m_window.isSubordinator(m))
                return -1;
            if (m > n && toldSomeone) {
                const bool commaClause = m_window.isPunct(m, u',') && m + 1 < sentence.endToken
                    && m_window.token(m + 1).isWord() && (m_window.wordClass(m + 1) & Lexicon::RelativePronoun);
                if (commaClause || (t.isWord() && (m_window.wordClass(m) & Lexicon::RelativePronoun)))
                    return afterRelativeClause(commaClause ? m + 1 : m, commaClause, sentence);
            }
            // "told supporters in Dunmore, Maine, that": the region or the country after a place
            // name is part of the addressee.
            if (m > n && m_window.isPunct(m, u',')) {
                const int close = placeAppositiveEnd(m, sentence);
                if (close >= 0) {
                    m = close;
                    continue;
                }
            }
            if (t.type == Token::Type::Punct && (m_window.isClauseBreak(m) || m_window.isDash(m)))
                break;
            // "told Valmore Radio the bridge would", "told the board the plan had failed": a determiner
            // after the addressee's noun opens the reported clause.
            if (m > n && (frames & Lexicon::FrameTell) && (frames & Lexicon::FrameClause) && t.isWord()
                && !t.isCapitalized() && (m_window.wordClass(m) & Lexicon::Determiner)
                && !(m_window.wordClass(m) & Lexicon::Relative) && !m_lexicon.pronoun(m_window.lower(m))
                && m_window.token(m - 1).isWord()
                && !(m_window.wordClass(m - 1) & (Lexicon::Determiner | Lexicon::Preposition | Lexicon::Conjunction))
                && !m_window.isRuleWord(m - 1, Lexicon::Conditional | Lexicon::QuestionWord | Lexicon::Interrogative))
                break;
            if (m_window.cueAt(m) >= 0 && m > n)
                break;
            ++m;
        }
        if (m < sentence.endToken && m > n && isComplementizer(m, sentence)
            && (frames & (Lexicon::FrameTell | Lexicon::FrameThat)))
            return m + 1;
        const int m2 = (m < sentence.endToken && m_window.isPunct(m, u',')) ? skipAdverbials(m + 1) : m;
        if (m2 < sentence.endToken && m2 > n && isComplementizer(m2, sentence) && (frames & Lexicon::FrameTell))
            return m2 + 1;
        if (m < sentence.endToken && m > n && m_window.isRuleWord(m, Lexicon::InfinitiveTo)
            && (frames & Lexicon::FrameInfinitive))
            return n;
        if (m_window.isRuleWord(n, Lexicon::InfinitiveTo) && (frames & Lexicon::FrameInfinitive) && !weak)
            return n;
        // ("calls for $1 trillion in new spending": an amount opens the object.)
        const bool amount = n + 1 < sentence.endToken && m_window.token(n).type == Token::Type::Punct
            && m_window.token(n).length() == 1
            && m_window.text[m_window.token(n).start].category() == QChar::Symbol_Currency
            && m_window.token(n + 1).type == Token::Type::Number;
        if (objectOk && (m_window.token(n).isWord() || m_window.token(n).type == Token::Type::Number || amount)
            && (!(m_window.wordClass(n) & (Lexicon::Preposition | Lexicon::Conjunction))
                || (m_window.isRuleWord(n, Lexicon::ParentheticalAs) && quoteAhead)))
            return n;
        if (objectOk && m_window.token(n).type == Token::Type::QuoteMark)
            return n;
        int clauseAt = m;
        // "this weekend"; "this was" is a demonstrative subject.
        while (clauseAt < sentence.endToken && clauseAt < m + 4 && m_window.token(clauseAt).isWord()
            && (m_window.wordClass(clauseAt) & Lexicon::Time)
            && (!m_window.isRuleWord(clauseAt, Lexicon::NearDemonstrative)
                || (clauseAt + 1 < sentence.endToken && (m_window.wordClass(clauseAt + 1) & Lexicon::Time))))
            ++clauseAt;
        if ((frames & Lexicon::FrameTell) && (frames & Lexicon::FrameClause) && m > n
            && startsClause(clauseAt, sentence) && m_window.cueAt(clauseAt) < 0 && m_window.token(clauseAt).isWord())
            return clauseAt;
    }
    if ((frames & Lexicon::FrameClause) && !(frames & Lexicon::FrameTell) && !weak && startsClause(n, sentence))
        return n;
    if ((frames & Lexicon::FrameInfinitive) && !weak && m_window.isRuleWord(n, Lexicon::InfinitiveTo))
        return n;
    return -1;
}

bool ClauseBounds::isObjectWithComplement(int i, const Sentence &sentence) const
{
    if (i + 1 >= sentence.endToken || !m_window.token(i).isWord())
        return false;
    const auto indefinite = [this, &sentence](int k) {
        // "a liar", not "a day later" or "a week ago"
        return k + 1 < sentence.endToken && m_window.isRuleWord(k, Lexicon::ArticleWord)
            && !m_window.isRuleWord(k, Lexicon::DefiniteArticle) && m_window.token(k + 1).isWord()
            && !(m_window.wordClass(k + 1) & Lexicon::Time);
    };
    // The object: a personal or demonstrative pronoun ("him", "them", "it", "this") ...
    const Lexicon::Pronoun *p = m_lexicon.pronoun(m_window.lower(i));
    if ((p && !p->possessive && (!p->subject || p->gender == Lexicon::Gender::Neuter))
        || m_window.isRuleWord(i, Lexicon::NearDemonstrative | Lexicon::PluralDemonstrative)) {
        if (indefinite(i + 1))
            return true;
        // "called it reckless": a lower-case word of no other class that ends the clause
        const int a = i + 1;
        return m_window.token(a).isWord() && !m_window.token(a).isCapitalized() && m_window.wordClass(a) == 0
            && m_window.cueAt(a) < 0 && !m_lexicon.pronoun(m_window.lower(a))
            && !m_lexicon.isVerbParticle(m_window.lower(a))
            && (a + 1 >= sentence.endToken || m_window.token(a + 1).type == Token::Type::Punct
                || (m_window.token(a + 1).isWord()
                    && (m_window.wordClass(a + 1) & (Lexicon::Conjunction | Lexicon::Preposition))));
    }
    // ... or a noun phrase opened by a determiner or a possessive ("the plan", "her vote on the
    // bill"), then an indefinite article.
    if (!((m_window.wordClass(i) & Lexicon::Determiner) || (p && p->possessive))
        || (m_window.wordClass(i) & Lexicon::Relative) || indefinite(i))
        return false;
    for (int k = i + 1; k < sentence.endToken && k < i + 12; ++k) {
        const Token &t = m_window.token(k);
        if (t.type == Token::Type::Possessive)
            continue;
        if (!t.isWord() || m_window.cueAt(k) >= 0 || (m_window.wordClass(k) & (Lexicon::Auxiliary | Lexicon::Relative))
            || m_window.isRuleWord(k, Lexicon::Complementizer))
            return false;
        if (indefinite(k))
            return k > i + 1;
    }
    return false;
}

int ClauseBounds::placeAppositiveEnd(int comma, const Sentence &sentence) const
{
    if (comma - 1 < sentence.firstToken || !m_window.token(comma - 1).isCapitalized())
        return -1;
    int e = comma + 1;
    while (e < sentence.endToken && e < comma + 4 && m_window.token(e).isWord() && m_window.token(e).isCapitalized())
        ++e;
    if (e == comma + 1 || e >= sentence.endToken || !m_window.isPunct(e, u','))
        return -1;
    const QString name = m_window.textOf(comma + 1, e - 1);
    return !m_lexicon.regionNamed(name).isEmpty() || m_lexicon.isPlaceName(name) ? e : -1;
}

// Whether the object starting at i names someone who can be told something: "the pilots", "Ortiz",
// "them", "the board"; not "the story".
bool ClauseBounds::addresseeIsSomeone(int i) const
{
    const bool determiner = m_window.token(i).isWord() && (m_window.wordClass(i) & Lexicon::Determiner);
    if (determiner)
        ++i;
    if (i >= m_window.tokens.size())
        return false; // a determiner ending the text
    const Token &w = m_window.token(i);
    if (!w.isWord())
        return false;
    const QStringView lower = m_window.lower(i);
    // ("the pilots": a plain plural after a determiner is a group of people far more often than not.)
    return w.isCapitalized() || m_window.isPluralRoleNoun(i) || m_lexicon.roleNoun(lower) || m_lexicon.pronoun(lower)
        || !m_lexicon.orgNounKind(lower).isEmpty()
        || (determiner && lower.size() > 3 && lower.endsWith(u's') && m_window.wordClass(i) == 0);
}

// Where the content starts after a relative clause on the addressee that opens at `relative` ("who
// had asked"), or -1. One set off by commas ends at the next comma, and the content follows it;
// one without can be followed only by "that".
int ClauseBounds::afterRelativeClause(int relative, bool commaClause, const Sentence &sentence) const
{
    for (int x = relative + 1; x < sentence.endToken && x < relative + 24; ++x) {
        if (m_window.token(x).type == Token::Type::QuoteMark || m_window.isDash(x))
            return -1;
        if (commaClause && m_window.isPunct(x, u',')) {
            const int s = x + 1;
            if (s >= sentence.endToken || !m_window.token(s).isWord())
                return -1;
            return isComplementizer(s, sentence) ? s + 1 : s;
        }
        if (m_window.isClauseBreak(x))
            return -1;
        if (!commaClause && isComplementizer(x, sentence))
            return x + 1;
    }
    return -1;
}

// "said nearly 40 boats had", "said about half of the riders": a share word before a number or a
// share, which opens a clause as a determiner does, though it may also be a preposition ("about").
bool ClauseBounds::isShareOfNumber(int i, const Sentence &sentence) const
{
    if (!m_window.isRuleWord(i, Lexicon::ShareWord) || i + 1 >= sentence.endToken)
        return false;
    // "about 40 boats", "about half of the riders", "about a third of them"
    const auto shareNoun = [this](int k) {
        return m_window.token(k).isWord() && m_window.isRuleWord(k, Lexicon::ShareWord)
            && !(m_window.wordClass(k) & (Lexicon::Preposition | Lexicon::Adverb));
    };
    const int next = i + 1;
    return m_window.token(next).type == Token::Type::Number || shareNoun(next)
        || (next + 1 < sentence.endToken && m_window.isRuleWord(next, Lexicon::IndefiniteSource)
            && shareNoun(next + 1));
}

// The words from `from` to the next comma, relative pronoun or the end of the sentence hold no
// verb: "the 52-year-old", "one reader", "a 2012 campaign veteran, who …" name someone.
bool ClauseBounds::namesSpeakerOnly(int from, const Sentence &sentence) const
{
    int words = 0;
    for (int k = from; k < sentence.endToken; ++k) {
        const Token &t = m_window.token(k);
        if (m_window.isPunct(k, u',') || m_window.isPunct(k, u';') || m_window.isDash(k)
            || (t.isWord() && (m_window.wordClass(k) & Lexicon::Relative) && !m_window.isRuleWord(k, Lexicon::Complementizer)))
            break;
        if (t.type == Token::Type::QuoteMark && !m_window.isPossessiveMark(k))
            return false;
        if (!t.isWord())
            continue;
        ++words;
        const Lexicon::Pronoun *pronoun = m_lexicon.pronoun(m_window.lower(k));
        if ((m_window.wordClass(k) & Lexicon::Auxiliary) || m_window.isRuleWord(k, Lexicon::Complementizer)
            || m_window.isRuleWord(k, Lexicon::InfinitiveTo) || m_window.cueAt(k) >= 0 || (pronoun && pronoun->subject)
            || (m_lexicon.hasEnding(m_window.lower(k), Lexicon::PastEnding) && m_window.wordClass(k) == 0
                && !m_window.token(k).isCapitalized()))
            return false;
    }
    return words > 0;
}

// A personal subject pronoun followed by a word: "he would", "they had" (not "it", which is often
// the object of the preposition before it).
bool ClauseBounds::opensClauseWithPronoun(int x, const Sentence &sentence) const
{
    if (x + 1 >= sentence.endToken || !m_window.token(x).isWord() || !m_window.token(x + 1).isWord())
        return false;
    const Lexicon::Pronoun *p = m_lexicon.pronoun(m_window.lower(x));
    if (!p || !p->subject || (m_window.wordClass(x + 1) & (Lexicon::Preposition | Lexicon::Conjunction)))
        return false;
    // "it" only before a verb: "said in a statement it regretted", "said in shipping it takes
    // years", not "spoke about it and".
    const bool verbForm = (m_window.wordClass(x + 1) == 0 && !m_window.token(x + 1).isCapitalized()
                              && m_lexicon.hasEnding(m_window.lower(x + 1), Lexicon::PastEnding))
        || m_window.looksLikePresentVerb(x + 1);
    return p->gender != Lexicon::Gender::Neuter || (m_window.wordClass(x + 1) & Lexicon::Auxiliary) || verbForm;
}

// "said as she left the hall", "told reporters while the ferry waited": the words after a cue
// open an adverbial clause, after at most an addressee, however long the clause.
bool ClauseBounds::opensAdverbialClause(int from, int end, const Sentence &sentence) const
{
    end = std::min(end, sentence.endToken);
    for (int k = from; k < end && k < from + 5; ++k) {
        const Token &t = m_window.token(k);
        if (!t.isWord() || t.isCapitalized())
            break;
        if (m_window.isSubordinator(k) && k + 1 < end && m_window.token(k + 1).isWord()
            && !(m_window.wordClass(k + 1) & Lexicon::Time)) {
            // ("said as much": "as" before no clause is no subordinator.)
            const Lexicon::Pronoun *pronoun = m_lexicon.pronoun(m_window.lower(k + 1));
            if ((pronoun && pronoun->subject) || (m_window.wordClass(k + 1) & Lexicon::Determiner)
                || m_window.token(k + 1).isCapitalized())
                return true;
        }
        const Lexicon::Pronoun *pronoun = m_lexicon.pronoun(m_window.lower(k));
        if ((m_window.wordClass(k) & (Lexicon::Auxiliary | Lexicon::Preposition)) || m_window.cueAt(k) >= 0
            || m_window.isRuleWord(k, Lexicon::Complementizer) || (pronoun && pronoun->subject))
            break;
    }
    return false;
}

bool ClauseBounds::isAdverbialTail(int from, int end, const Sentence &sentence) const
{
    end = std::min(end, sentence.endToken);
    // "tweeted the day after a storm sank two boats", "said last week as the talks began": a time
    // phrase opening the tail makes it one, however long.
    const int timeAt = from + 1 < end && m_window.token(from).isWord() && (m_window.wordClass(from) & Lexicon::Determiner)
        ? from + 1
        : from;
    if (timeAt < end && m_window.token(timeAt).isWord() && (m_window.wordClass(timeAt) & Lexicon::Time)
        && !m_window.isRuleWord(timeAt, Lexicon::Complementizer))
        return true;
    if (opensAdverbialClause(from, end, sentence))
        return true;
    if (end - from > 8)
        return false;
    for (int k = from; k < end; ++k) {
        const Token &t = m_window.token(k);
        if (t.type == Token::Type::QuoteMark && !m_window.isPossessiveMark(k))
            return false;
        if (!t.isWord())
            continue;
        const bool past = m_lexicon.hasEnding(m_window.lower(k), Lexicon::PastEnding) && m_window.wordClass(k) == 0;
        if (past && modifiesObjectOfPreposition(k, from))
            continue;
        const Lexicon::Pronoun *pronoun = m_lexicon.pronoun(m_window.lower(k));
        if ((m_window.wordClass(k) & Lexicon::Auxiliary) || m_window.isRuleWord(k, Lexicon::Complementizer)
            || m_window.cueAt(k) >= 0 || (pronoun && pronoun->subject) || past)
            return false;
    }
    return true;
}

bool ClauseBounds::modifiesObjectOfPreposition(int k, int from) const
{
    // "said in minutes published on Monday": the participle after the object of a preposition
    // modifies it; "said tolls jumped" has a verb of its own.
    for (int j = k - 1; j >= from && j >= k - 3; --j) {
        if (!m_window.token(j).isWord())
            return false;
        const quint16 c = m_window.wordClass(j);
        if (c & Lexicon::Preposition)
            return j < k - 1;
        if (c != 0 && !(c & Lexicon::Determiner))
            return false;
    }
    return false;
}
