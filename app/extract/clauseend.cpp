// ClauseBounds, second part: where reported content stops — at a clause of its own after a comma,
// a conjunction or a dash (", adding that", ", while Ortiz said", "– Lund saying"), a relative
// clause on the whole report, a semicolon, or a lone answer ("said no").
#include "clausebounds.h"

#include "extractwindow.h"
#include "phraseparser.h"

#include <algorithm>

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
