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
        if (objectOk && (m_window.token(n).isWord() || m_window.token(n).type == Token::Type::Number)
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

int ClauseBounds::pastSubjectTail(int y, const Sentence &sentence) const
{
    // "and Texas Rep. Luis Lund": a second conjunct.
    if (y + 1 < sentence.endToken && m_window.isRuleWord(y, Lexicon::Addition)) {
        const SpeakerPhrase second = m_phrases.nounPhraseStartingAt(y + 1, sentence);
        if (!second.isNone() && second.type != SpeakerPhrase::Type::Pronoun)
            y = second.last + 1;
    }
    // "in a blog post", "at a rally in Dunmore": up to two short prepositional phrases.
    for (int phrases = 0; phrases < 2 && y + 1 < sentence.endToken && m_window.token(y).isWord()
         && (m_window.wordClass(y) & Lexicon::Preposition) && !(m_window.wordClass(y) & Lexicon::Relative)
         && !m_window.isRuleWord(y, Lexicon::InfinitiveTo) && !m_window.isRuleWord(y, Lexicon::ParentheticalAs);
         ++phrases) {
        int z = y + 1;
        while (z < sentence.endToken && z < y + 6 && m_window.token(z).isWord() && m_window.outsideQuotes(z)
            && m_window.cueAt(z) < 0
            && !(m_window.wordClass(z)
                & (Lexicon::Auxiliary | Lexicon::Relative | Lexicon::Conjunction | Lexicon::Preposition)))
            ++z;
        if (z == y + 1)
            break;
        y = z;
    }
    return y;
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

// "said yes.", "said no, while …", "thinks so": a word standing for the whole answer, alone before
// the end of its clause ("said no one", "said so far" and "said no to" are other things).
bool ClauseBounds::isLoneAnswer(int i, const Sentence &sentence) const
{
    if (i >= sentence.endToken || !m_window.token(i).isWord() || !(m_window.wordClass(i) & Lexicon::Answer)
        || !m_window.outsideQuotes(i))
        return false;
    const int next = i + 1;
    return next >= sentence.endToken || m_window.token(next).type == Token::Type::Punct
        || m_window.isRuleWord(next, Lexicon::ClauseLead);
}

int ClauseBounds::contentEnd(int from, const Sentence &sentence) const
{
    if (isLoneAnswer(from, sentence))
        return from + 1;
    int end = sentence.endToken;
    // "Lund - who said he would close the port - said at a rally that …": a report in a relative
    // clause between dashes ends at the closing dash.
    int openDash = -1;
    for (int k = sentence.firstToken; k < std::min(from, sentence.endToken); ++k) {
        if (m_window.isDash(k) && m_window.outsideQuotes(k))
            openDash = openDash < 0 ? k : -1;
    }
    const bool insideDashes = openDash >= 0 && openDash + 1 < sentence.endToken && m_window.token(openDash + 1).isWord()
        && (m_window.wordClass(openDash + 1) & Lexicon::RelativePronoun);
    for (int k = from; k < sentence.endToken; ++k) {
        if (m_window.isPunct(k, u';') || (insideDashes && m_window.isDash(k) && m_window.outsideQuotes(k))) {
            end = k;
            break;
        }
        // "… on \"Harbour Hour,\" Ortiz said": a comma inside a closing quotation mark is a comma
        // of the clause too, and the clause keeps the mark.
        const bool quotedComma = k > from && m_window.isQuoteBoundary(k) && m_window.isCommaInsideQuoteMark(k)
            && k + 1 < sentence.endToken && m_window.outsideQuotes(k + 1);
        if (!m_window.outsideQuotes(k) && !quotedComma)
            continue;
        const bool comma = quotedComma || m_window.isPunct(k, u',');
        const int stop = quotedComma ? k + 1 : k;
        // ", to which Lund replied: …", ", at which point": a relative clause on the whole report
        // is the narrator's.
        // (Only one whose subject is a name with a cue: "structured interviews, in which applicants
        // are asked uniform questions, were helpful" runs on.)
        if (comma && k > from && k + 3 < sentence.endToken && m_window.token(k + 1).isWord()
            && (m_window.wordClass(k + 1) & Lexicon::Preposition) && !(m_window.wordClass(k + 1) & Lexicon::Relative)
            && m_window.token(k + 2).isWord() && (m_window.wordClass(k + 2) & Lexicon::RelativePronoun)) {
            const SpeakerPhrase subject = m_phrases.nounPhraseStartingAt(k + 3, sentence);
            int y = subject.last + 1;
            while (y < sentence.endToken && m_window.token(y).isWord()
                && (m_window.wordClass(y) & (Lexicon::Adverb | Lexicon::Auxiliary)))
                ++y;
            if ((subject.type == SpeakerPhrase::Type::Name || subject.type == SpeakerPhrase::Type::Pronoun)
                && subject.first == k + 3 && y < sentence.endToken && m_window.cueAt(y) >= 0) {
                end = stop;
                break;
            }
        }
        // "… to back the plan while adding that …": a clause lead before a reporting participle
        // opens a report of its own ("quoted him as saying", "such as cracking down" are no lead).
        if (k > from && m_window.isRuleWord(k, Lexicon::ClauseLead) && !m_window.isRuleWord(k, Lexicon::Addition)
            && !m_window.isRuleWord(k, Lexicon::Contrast) && !m_window.isRuleWord(k, Lexicon::ParentheticalAs)) {
            int x = k + 1;
            while (x < sentence.endToken && m_window.token(x).isWord() && (m_window.wordClass(x) & Lexicon::Adverb))
                ++x;
            const int c = x < sentence.endToken ? m_window.cueAt(x) : -1;
            if (c >= 0 && m_window.cues.at(c).first == x && m_window.cues.at(c).form
                && m_window.cues.at(c).form->participle) {
                end = k;
                break;
            }
        }
        // ", adding that", ", according to", "and emphasized that", ", he said."
        if (comma || m_window.isDash(k) || m_window.isRuleWord(k, Lexicon::Addition)
            || m_window.isRuleWord(k, Lexicon::Contrast)) {
            int x = k + 1;
            // (", while also suggesting that": a clause lead before a participle.)
            if (comma && x < sentence.endToken
                && (m_window.isRuleWord(x, Lexicon::Addition) || m_window.isRuleWord(x, Lexicon::Contrast)
                    || m_window.isRuleWord(x, Lexicon::ClauseLead)))
                ++x;
            while (x < sentence.endToken && m_window.token(x).isWord()
                && (m_window.wordClass(x) & (Lexicon::Adverb | Lexicon::Auxiliary)))
                ++x;
            const int c = m_window.cueAt(x);
            if (c >= 0 && m_window.cues.at(c).first == x) {
                const Cue &cue = m_window.cues.at(c);
                const bool participle = cue.form && cue.form->participle;
                const bool finite = cue.form && !cue.form->participle;
                if (cue.source || (participle && comma)
                    || (finite && k + 1 <= x
                        && (m_window.isRuleWord(k, Lexicon::Addition) || m_window.isRuleWord(k + 1, Lexicon::Addition)
                            || m_window.isRuleWord(k, Lexicon::Contrast)))) {
                    end = stop;
                    break;
                }
            }
            // ", he said." / ", Smith said on Monday." / ", while Ortiz said that" / "and Lund said"
            // (Not "both Ortiz and Lund were referring to": "and" after a name joins the names.)
            // (A dash too: "… about working together – Lund saying he was encouraged".)
            const bool lead = comma || (m_window.isDash(k) && k > from)
                || ((m_window.isRuleWord(k, Lexicon::Addition) || m_window.isRuleWord(k, Lexicon::Contrast)) && k > from
                    && m_window.mentionOfToken.at(k - 1) < 0 && !m_window.token(k - 1).isCapitalized());
            const int subjectAt = comma && k + 1 < sentence.endToken && m_window.isRuleWord(k + 1, Lexicon::ClauseLead)
                ? k + 2
                : k + 1;
            if (lead && subjectAt < sentence.endToken) {
                const SpeakerPhrase r = m_phrases.nounPhraseStartingAt(subjectAt, sentence);
                if (!r.isNone()) {
                    int y = r.last + 1;
                    // (", but Ortiz's team denied": the possessive's noun is the subject.)
                    if (y + 1 < sentence.endToken && m_window.isPossessiveMark(y)) {
                        int owned = y + 1;
                        while (owned < sentence.endToken && owned < y + 4 && m_window.token(owned).isWord()
                            && !m_window.token(owned).isCapitalized() && m_window.wordClass(owned) == 0
                            && m_window.cueAt(owned) < 0)
                            ++owned;
                        if (owned > y + 1)
                            y = owned;
                    }
                    y = pastSubjectTail(y, sentence);
                    while (y < sentence.endToken && m_window.token(y).isWord()
                        && (m_window.wordClass(y) & (Lexicon::Adverb | Lexicon::Auxiliary)))
                        ++y;
                    const int c2 = m_window.cueAt(y);
                    if (c2 >= 0 && m_window.cues.at(c2).first == y) {
                        end = stop;
                        break;
                    }
                    // ", but Democrats have pushed for …": a named subject and its finite verb after
                    // a comma and "but" tell what the others did.
                    if (comma && m_window.isRuleWord(k + 1, Lexicon::Contrast) && r.type != SpeakerPhrase::Type::Pronoun
                        && r.first == k + 2 && y > r.last + 1 && y < sentence.endToken && m_window.token(y).isWord()
                        && !m_window.token(y).isCapitalized() && m_window.wordClass(y) == 0
                        && m_lexicon.hasEnding(m_window.lower(y), Lexicon::PastEnding)) {
                        end = stop;
                        break;
                    }
                } else {
                    // ", while only 49 percent of Republicans say": a share of a group as subject,
                    // opening with the number or the share after at most an adverb.
                    int y = subjectAt;
                    if (y < sentence.endToken && m_window.token(y).isWord() && (m_window.wordClass(y) & Lexicon::Adverb))
                        ++y;
                    const bool share = y < sentence.endToken
                        && (m_window.token(y).type == Token::Type::Number || m_window.isRuleWord(y, Lexicon::ShareWord));
                    while (y < sentence.endToken && y < subjectAt + 7 && m_window.outsideQuotes(y)
                        && (m_window.token(y).isWord() || m_window.token(y).type == Token::Type::Number)
                        && m_window.cueAt(y) < 0 && !(m_window.wordClass(y) & Lexicon::Auxiliary))
                        ++y;
                    const int c2 = y < sentence.endToken ? m_window.cueAt(y) : -1;
                    if (share && y > subjectAt + 1 && c2 >= 0 && m_window.cues.at(c2).first == y) {
                        end = stop;
                        break;
                    }
                }
            }
            if (comma) {
                const int c3 = m_window.cueAt(k + 1);
                if (c3 >= 0 && m_window.cues.at(c3).first == k + 1 && m_window.cues.at(c3).form
                    && !m_window.cues.at(c3).form->participle) {
                    end = stop; // ", said Smith."
                    break;
                }
            }
        }
    }
    // Drop a sentence-final full stop.
    while (end > from && m_window.token(end - 1).type == Token::Type::Punct
        && (m_window.isPunct(end - 1, u'.') || m_window.isPunct(end - 1, u',') || m_window.isPunct(end - 1, u'?')
            || m_window.isPunct(end - 1, u'!')))
        --end;
    return end;
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
