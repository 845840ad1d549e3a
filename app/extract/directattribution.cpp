#include "directattribution.h"

#include "article/article.h"
#include "clausebounds.h"
#include "describedsources.h"
#include "extractwindow.h"
#include "phraseparser.h"
#include "speakerresolver.h"
#include "subjectfinder.h"

#include <algorithm>
#include <utility>

DirectAttribution::DirectAttribution(ExtractWindow &window, const PhraseParser &phrases, const SubjectFinder &subjects,
    const ClauseBounds &clauses, SpeakerResolver &speakers, DescribedSources &described)
    : m_window(window)
    , m_lexicon(window.lexicon)
    , m_phrases(phrases)
    , m_subjects(subjects)
    , m_clauses(clauses)
    , m_speakers(speakers)
    , m_described(described)
{ }

void DirectAttribution::attribute(const Sentence &sentence)
{
    const auto [firstSpan, endSpan] = m_window.spansIn(sentence.start, sentence.end);
    for (int local = firstSpan; local < endSpan; ++local) {
        if (m_window.spanUsed.at(local) != -1)
            continue;
        QuotationSite site;
        if (!locate(local, sentence, site))
            continue;
        if (isTitleOfWork(site, sentence)) {
            m_window.spanUsed[local] = -2;
            continue;
        }
        Finding found;
        findAfter(site, sentence, found);
        if (found.cueIndex < 0 && found.who.entity < 0 && found.cueText.isEmpty())
            findBefore(site, sentence, found);
        decide(site, sentence, found);
    }
}

bool DirectAttribution::locate(int local, const Sentence &sentence, QuotationSite &site) const
{
    site.local = local;
    site.span = &m_window.spans.at(m_window.windowSpans.at(local));
    const auto &s = *site.span;
    const int spanIndex = m_window.windowSpans.at(local);
    // Tokens of the quotation.
    int qFirst = -1, qLast = -1;
    for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
        if (m_window.token(i).quote == spanIndex) {
            if (qFirst < 0)
                qFirst = i;
            qLast = i;
        }
    }
    if (qFirst < 0)
        return false;
    site.first = qFirst;
    site.last = qLast;
    site.words = m_window.wordCount(qFirst, qLast);
    for (int i = qFirst; i <= qLast; ++i) {
        if (m_window.token(i).isWord()) {
            const QChar first = m_window.text[m_window.token(i).start];
            site.capitalStart = m_window.token(i).isCapitalized() || (!first.isUpper() && !first.isLower());
            break;
        }
    }
    site.before = qFirst - 1;
    site.after = qLast + 1;

    // Where the quotation sits in its sentence.
    int p = site.before;
    site.colonBefore = false;
    site.commaBefore = false;
    while (p >= sentence.firstToken && (m_window.isPunct(p, u',') || m_window.isPunct(p, u':') || m_window.isDash(p))) {
        site.colonBefore = site.colonBefore || m_window.isPunct(p, u':');
        site.commaBefore = site.commaBefore || m_window.isPunct(p, u',');
        --p;
    }
    site.beforeMarks = p;
    site.atStart = p < sentence.firstToken;
    bool cueRightBefore
        = p >= sentence.firstToken && (m_window.cueAt(p) >= 0 || m_window.isRuleWord(p, Lexicon::Complementizer));
    if (cueRightBefore && m_window.cueAt(p) >= 0 && !site.colonBefore && !site.commaBefore) {
        // "Lund said the executives were calling “every hour.”": a weak cue inside what an
        // earlier verb reports is part of that report.
        const Cue &weak = m_window.cues.at(m_window.cueAt(p));
        if (weak.form && (weak.form->frames & Lexicon::FrameWeak)) {
            const auto [firstCue, endCue] = m_window.cuesIn(sentence);
            for (int c = firstCue; c < endCue && cueRightBefore; ++c) {
                const Cue &outer = m_window.cues.at(c);
                if (outer.last >= weak.first || outer.source || !outer.form
                    || (outer.form->frames & Lexicon::FrameWeak))
                    continue;
                const int from = m_clauses.contentStartAfterCue(outer, sentence);
                cueRightBefore = !(from >= 0 && from <= weak.first && m_clauses.contentEnd(from, sentence) > p);
            }
        }
    }
    int pastCommas = site.after;
    while (pastCommas < sentence.endToken && m_window.isPunct(pastCommas, u','))
        ++pastCommas;
    site.endsSentence = site.after >= sentence.endToken
        || (m_window.token(site.after).type == Token::Type::Punct && !m_window.isPunct(site.after, u'(')
            && pastCommas >= sentence.endToken);
    site.embedded = !site.atStart && !site.colonBefore && !site.commaBefore && !cueRightBefore;

    // Whether the quotation ends with a separating mark ("…,” / “…?” / “…” —), else the words run on.
    int lastInsideAt = s.contentEnd - 1;
    while (lastInsideAt > s.contentStart
        && (QuoteFinder::family(m_window.text[lastInsideAt]) != QuoteFinder::MarkFamily::None
            || m_window.text[lastInsideAt].isSpace()))
        --lastInsideAt; // past the close of a quotation inside it (“… ‘…,’”) and French spacing (« … , »)
    const QChar lastInside = lastInsideAt >= s.contentStart ? m_window.text[lastInsideAt] : QChar();
    site.separated = lastInside == u',' || lastInside == u'!' || lastInside == u'?' || lastInside == u'.'
        || lastInside.category() == QChar::Punctuation_Dash || lastInside == QChar(0x2026)
        || (site.after < sentence.endToken && (m_window.isPunct(site.after, u',') || m_window.isDash(site.after)));
    if (!site.separated && site.atStart && site.capitalStart && site.words >= 4 && site.after < sentence.endToken
        && m_window.token(site.after).isWord()
        && (m_window.cueAt(site.after) >= 0 || m_window.token(site.after).isCapitalized())) {
        // "“We will win” Ortiz said.": a whole sentence quoted, then a cue or a name; the comma
        // inside the marks was left out.
        site.separated = true;
    }
    return true;
}

// A title of a work ("the book "…"", "a song called "…"") is no quotation.
bool DirectAttribution::isTitleOfWork(const QuotationSite &site, const Sentence &sentence) const
{
    int p = site.before;
    while (p >= sentence.firstToken && (m_window.isPunct(p, u',') || m_window.isPunct(p, u':')))
        --p;
    // "book "…"", "the book is "…"", "a film called "…"".
    bool work = false;
    for (int k = p; k >= sentence.firstToken && k > p - 3 && !work; --k) {
        if (!m_window.token(k).isWord())
            break;
        // ("called for “boots on the ground”": a verb and its preposition name no work.)
        if (k < p && (m_window.wordClass(k + 1) & Lexicon::Preposition))
            break;
        work = m_lexicon.isWorkNoun(m_window.lower(k));
        if (work && k == p && isNamingBySubject(k, sentence))
            return false; // "what Lund called “a harbour eyesore”"
        if (k < p && !(m_window.wordClass(k + 1) & Lexicon::Auxiliary) && !m_lexicon.isWorkNoun(m_window.lower(k + 1)))
            break;
    }
    // "his “Harbour Hour” radio program": a work noun right after the quotation.
    for (int k = site.after; !work && k < sentence.endToken && k < site.after + 2; ++k) {
        if (!m_window.token(k).isWord() || m_window.token(k).isCapitalized())
            break;
        work = m_lexicon.isWorkNoun(m_window.lower(k));
    }
    // "told Harbour TV’s “Morning Report”": a title-cased quotation owned by a name.
    if (!work && site.before >= sentence.firstToken && m_window.isPossessiveMark(site.before) && site.words <= 8)
        work = isTitleCased(site);
    return work && site.words <= 10;
}

// "what Lund called “a harbour eyesore”", "who Lund on Monday called “…”": a reporting verb's past
// form right after a name or a subject pronoun is someone's naming, no title ("the book he titled
// “…”" is one, as is "an album from the singer Ana Ortiz called “…”": a preposition's object).
bool DirectAttribution::isNamingBySubject(int verb, const Sentence &sentence) const
{
    if (verb <= sentence.firstToken || !m_lexicon.hasEnding(m_window.lower(verb), Lexicon::PastEnding)
        || !m_window.isCueVerbAt(verb) || !m_window.token(verb - 1).isWord())
        return false;
    int s = verb - 1; // the subject's last word, before a time phrase
    if (s - 2 >= sentence.firstToken && (m_window.wordClass(s) & Lexicon::Time)
        && m_window.isRuleWord(s - 1, Lexicon::DatePreposition))
        s -= 2;
    const Lexicon::Pronoun *pronoun = m_lexicon.pronoun(m_window.lower(s));
    if (pronoun && pronoun->subject)
        return true;
    const int mention = m_window.mentionEndingAt(s);
    if (mention < 0)
        return false;
    int b = m_window.mentions.at(mention).begin() - 1;
    for (int steps = 0; steps < 3 && b >= sentence.firstToken && m_window.token(b).isWord()
         && !m_window.token(b).isCapitalized() && m_window.wordClass(b) == 0
         && !m_window.isRuleWord(b, Lexicon::QuestionWord) && m_window.cueAt(b) < 0
         && !m_lexicon.hasEnding(m_window.lower(b), Lexicon::ParticipleEnding);
         ++steps)
        --b; // "the singer"
    if (b >= sentence.firstToken && m_window.token(b).isWord() && (m_window.wordClass(b) & Lexicon::Determiner)
        && !m_window.isRuleWord(b, Lexicon::QuestionWord) && !(m_window.wordClass(b) & Lexicon::Relative))
        --b; // ("led to what aide Ana Ortiz called": "what" opens the clause)
    return !(b >= sentence.firstToken && m_window.token(b).isWord() && (m_window.wordClass(b) & Lexicon::Preposition));
}

// “Morning Report”, “Dragon Hour”, “Supper with Ana Ortiz”: a title, not speech. Up to five words,
// every word of four letters or more capitalised; longer, every word capitalised but the grammar
// words between them ("with", "of the"). A pronoun, a contraction or an exclamation is someone
// speaking ("That’s Ana Ortiz.", "Lock Her Up!").
bool DirectAttribution::isTitleCased(const QuotationSite &site) const
{
    int words = 0, capitalised = 0, longWords = 0, lowerLong = 0, lowerContent = 0;
    int firstWord = -1, lastWord = -1;
    for (int i = site.first; i <= site.last; ++i) {
        const Token &t = m_window.token(i);
        if (!t.isWord()) {
            // (A comma closing the quotation belongs to the sentence around it.)
            bool closing = m_window.isPunct(i, u',');
            for (int k = i + 1; k <= site.last && closing; ++k)
                closing = m_window.token(k).type == Token::Type::QuoteMark;
            if (t.type == Token::Type::Punct && !m_window.isPunct(i, u'.') && !m_window.isPunct(i, u':')
                && !m_window.isDash(i) && !closing)
                return false;
            continue;
        }
        if (m_lexicon.pronoun(m_window.lower(i)) || m_window.tokenView(i).contains(u'\u2019')
            || m_window.tokenView(i).contains(u'\''))
            return false;
        ++words;
        if (firstWord < 0)
            firstWord = i;
        lastWord = i;
        if (t.length() >= 4) {
            ++longWords;
            lowerLong += !t.isCapitalized();
        }
        if (t.isCapitalized())
            ++capitalised;
        else if (!(m_window.wordClass(i) & (Lexicon::Determiner | Lexicon::Preposition | Lexicon::Conjunction)))
            ++lowerContent;
    }
    if (words <= 5 && longWords > 0 && lowerLong == 0)
        return true;
    return words >= 3 && capitalised >= 2 && lowerContent == 0 && m_window.token(firstWord).isCapitalized()
        && m_window.token(lastWord).isCapitalized();
}

// The attribution after the quotation: "...," he said / said Smith / — Smith. The quotation must
// end with a separating mark, else the words run on.
void DirectAttribution::findAfter(const QuotationSite &site, const Sentence &sentence, Finding &found)
{
    if (site.after < sentence.endToken && site.separated) {
        int k = site.after;
        while (k < sentence.endToken && (m_window.isPunct(k, u',') || m_window.isDash(k)))
            ++k;
        bool dash = k > site.after && m_window.isDash(k - 1);
        if (k < sentence.endToken && m_window.token(k).type != Token::Type::QuoteMark) {
            const int cueAfter = m_window.cueAt(k);
            // ("“…,” promising the members a vote": an -ing participle never has its subject after it.)
            const bool participleAfter = cueAfter >= 0 && m_window.cues.at(cueAfter).form
                && m_window.cues.at(cueAfter).form->participle && m_window.cues.at(cueAfter).first == k;
            if (participleAfter) {
                // The subject before the quotation speaks; findBefore looks for it.
            } else if (cueAfter >= 0 && !m_window.cues.at(cueAfter).used && !m_window.cues.at(cueAfter).source) {
                // said Smith / said the spokesman
                SpeakerPhrase r = m_subjects.subjectAfter(m_window.cues.at(cueAfter).last + 1, sentence);
                if (r.isNone())
                    r = describedNameAfter(m_window.cues.at(cueAfter).last + 1, sentence);
                if (r.isNone()) {
                    // "...," said on Monday Smith is rare; look before the quotation instead.
                } else {
                    found.who = m_speakers.resolve(r, sentence, true);
                    found.cueIndex = cueAfter;
                }
            } else if (cueAfter >= 0 && m_window.cues.at(cueAfter).source) {
                SpeakerPhrase r = m_subjects.subjectAfter(m_window.cues.at(cueAfter).last + 1, sentence);
                if (!r.isNone()) {
                    found.who = m_speakers.resolve(r, sentence);
                    found.cueIndex = cueAfter;
                }
            } else {
                // he said / Smith, the senator, said / the spokesman told reporters
                for (int c = k + 1; c < sentence.endToken && c <= k + 14; ++c) {
                    if (m_window.token(c).type == Token::Type::QuoteMark && !m_window.isPossessiveMark(c))
                        break; // the next quotation; "Reyes’ aide" is a possessive
                    const int candidate = m_window.cueAt(c);
                    if (candidate < 0 || m_window.cues.at(candidate).first != c)
                        continue;
                    if (m_window.cues.at(candidate).used || m_window.cues.at(candidate).source)
                        break;
                    const int own = m_clauses.contentStartAfterCue(m_window.cues.at(candidate), sentence);
                    if (own >= 0 && own < sentence.endToken && m_window.token(own).type != Token::Type::QuoteMark
                        && !m_clauses.isAdverbialTail(own, sentence.endToken, sentence))
                        break; // "“Morning Report,” Smith said the plan ...": the cue reports its own clause
                    const int colon = m_window.cues.at(candidate).last + 1;
                    if (colon < sentence.endToken && m_window.isPunct(colon, u':'))
                        break; // "… “less advanced schools,” Lund said: “…”": the cue introduces what follows
                    SpeakerPhrase r = m_subjects.subjectBefore(c, sentence);
                    if (!r.isNone() && r.first >= k) {
                        found.who = m_speakers.resolve(r, sentence, true);
                        found.cueIndex = candidate;
                        // "“…,” Ortiz and Lund said": the names before the conjunction too.
                        if (r.type == SpeakerPhrase::Type::Name && r.first - 2 >= k
                            && m_window.isRuleWord(r.first - 1, Lexicon::Addition)) {
                            const int group = m_described.coordinatedSubject(c, sentence, k);
                            if (group >= 0)
                                found.who.entity = group;
                        }
                        if (found.who.entity < 0 && found.who.source.isEmpty())
                            found.who.source = m_window.textOf(r.first, r.last);
                    }
                    break;
                }
                if (found.cueIndex < 0 && found.who.entity < 0) {
                    // "“…,” Jane Doe, director of X and a professor at Y, said."
                    const int mentionIndex = m_window.mentionOfToken.at(k);
                    // ("Tomas Varga Jr., director of X, said": the full stop of a suffix ends the name.)
                    int comma = mentionIndex >= 0 ? m_window.mentions.at(mentionIndex).last + 1 : -1;
                    if (comma > 0 && comma + 1 < sentence.endToken && m_window.isPunct(comma, u'.')
                        && m_window.hasAbbrevDot(comma - 1))
                        ++comma;
                    if (mentionIndex >= 0 && m_window.mentions.at(mentionIndex).begin() == k
                        && comma < sentence.endToken && m_window.isPunct(comma, u',')) {
                        for (int c = comma + 1; c < sentence.endToken && c < k + 60; ++c) {
                            if ((m_window.token(c).type == Token::Type::QuoteMark && !m_window.isPossessiveMark(c))
                                || m_window.isPunct(c, u';'))
                                break;
                            const int candidate = m_window.cueAt(c);
                            if (candidate >= 0 && m_window.cues.at(candidate).first == c
                                && !m_window.cues.at(candidate).used && !m_window.cues.at(candidate).source && c > 0
                                && m_window.isPunct(c - 1, u',')) {
                                found.who = m_speakers.resolve(
                                    m_phrases.nounPhraseEndingAt(m_window.mentions.at(mentionIndex).last, sentence),
                                    sentence);
                                found.cueIndex = candidate;
                                break;
                            }
                        }
                    }
                }
                if (found.cueIndex < 0 && dash) {
                    SpeakerPhrase r = m_phrases.nounPhraseStartingAt(k, sentence);
                    if (r.type == SpeakerPhrase::Type::Name) {
                        found.who = m_speakers.resolve(r, sentence);
                        found.cueText = QString(m_window.text[m_window.token(k - 1).start]);
                    }
                }
                if (found.cueIndex < 0 && found.who.entity < 0 && found.cueText.isEmpty())
                    findClosingVerb(k, sentence, found);
            }
        }
    }
}

// "…,” said retired captain Ana Ortiz, who …": a description with no article, in lower-case
// content words (and "of"), before the name that ends the phrase; the name is the speaker.
SpeakerPhrase DirectAttribution::describedNameAfter(int tok, const Sentence &sentence) const
{
    int k = tok;
    for (; k < sentence.endToken && k < tok + 6; ++k) {
        const int mi = m_window.mentionOfToken.at(k);
        if (mi >= 0 && m_window.mentions.at(mi).begin() <= k && !m_window.mentions.at(mi).inQuote)
            break;
        if (m_window.token(k).type == Token::Type::Number)
            continue; // "said 2019 champion Ana Ortiz"
        if (!m_window.token(k).isWord() || m_window.token(k).isCapitalized() || m_window.cueAt(k) >= 0)
            return {};
        if (m_window.wordClass(k) != 0 && !(k > tok && m_window.lower(k) == u"of"))
            return {};
    }
    if (k == tok || k >= sentence.endToken || k >= tok + 6)
        return {};
    const Mention &m = m_window.mentions.at(m_window.mentionOfToken.at(k));
    const int after = m.last + 1;
    if (after < sentence.endToken && !m_window.isPunct(after, u',')
        && !(m_window.isPunct(after, u'.') && after + 1 >= sentence.endToken))
        return {};
    const SpeakerPhrase named = m_phrases.nounPhraseEndingAt(m.last, sentence);
    return named.type == SpeakerPhrase::Type::Name ? named : SpeakerPhrase();
}

// "“…,” Ortiz chuckled.": a name or a pronoun and one past-tense verb, with at most adverbials
// after it, closing the sentence right after the quotation attribute it, whatever the verb; the
// shape leaves nothing else for the quotation to be.
void DirectAttribution::findClosingVerb(int k, const Sentence &sentence, Finding &found)
{
    const SpeakerPhrase r = m_phrases.nounPhraseStartingAt(k, sentence);
    if (r.type != SpeakerPhrase::Type::Name && r.type != SpeakerPhrase::Type::Pronoun)
        return;
    const int verb = r.last + 1;
    if (verb >= sentence.endToken || !m_window.token(verb).isWord() || m_window.token(verb).isCapitalized()
        || m_window.wordClass(verb) != 0 || !m_lexicon.hasEnding(m_window.lower(verb), Lexicon::PastEnding))
        return;
    if (!m_clauses.isAdverbialTail(verb + 1, sentence.endToken, sentence))
        return;
    found.who = m_speakers.resolve(r, sentence, true);
    found.who.confidence = std::min(found.who.confidence, 0.7);
    found.cueText = m_window.textOf(verb, verb);
}

// The attribution before it: Smith said: "..." / Smith told reporters, "..." / Smith: "..."
void DirectAttribution::findBefore(const QuotationSite &site, const Sentence &sentence, Finding &found)
{
    // The cue of the first half right after it: "“The risk,” said Doe, an economist, “is …”".
    const auto followsQuotation = [this, &sentence](const Cue &cue) {
        int k = cue.first - 1;
        if (k >= sentence.firstToken && m_window.isPunct(k, u','))
            --k;
        return k >= sentence.firstToken && m_window.token(k).type == Token::Type::QuoteMark;
    };
    int c = site.before;
    int limit = std::max(sentence.firstToken, site.before - 25);
    for (; c >= limit; --c) {
        if (m_window.token(c).type == Token::Type::QuoteMark)
            break;
        const int candidate = m_window.cueAt(c);
        if (candidate >= 0 && m_window.cues.at(candidate).last == c && m_window.cues.at(candidate).used
            && m_window.cues.at(candidate).entity >= 0 && m_window.isPunct(site.before, u',')
            && (c + 1 == site.before || followsQuotation(m_window.cues.at(candidate)))) {
            // “Nobody is happy,” Doe said, “but …”: the second half is Doe's too.
            found.who.entity = m_window.cues.at(candidate).entity;
            found.who.confidence = 0.9;
            found.who.source = m_window.textOf(candidate >= 0 ? m_window.cues.at(candidate).first : c, c);
            found.cueIndex = -1;
            found.cueText = m_window.textOf(m_window.cues.at(candidate).first, m_window.cues.at(candidate).last);
            break;
        }
        if (candidate >= 0 && m_window.cues.at(candidate).last == c && !m_window.cues.at(candidate).used) {
            const Cue &cue = m_window.cues.at(candidate);
            if (cue.source) {
                SpeakerPhrase r = m_subjects.subjectAfter(cue.last + 1, sentence);
                if (!r.isNone()) {
                    found.who = m_speakers.resolve(r, sentence);
                    found.cueIndex = candidate;
                }
            } else {
                const bool participleAfterComma = cue.form && cue.form->participle && cue.first > sentence.firstToken
                    && (m_window.isPunct(cue.first - 1, u',') || m_window.isDash(cue.first - 1));
                SpeakerPhrase r = (cue.statementNoun || participleAfterComma)
                    ? SpeakerPhrase()
                    : m_subjects.subjectBefore(cue.first, sentence);
                // "Doe issued a statement saying, “…”": the subject of the sentence speaks.
                if (cue.form && cue.form->participle && r.first > sentence.firstToken
                    && (m_subjects.isIssuedStatement(r) || m_subjects.isPrepositionObject(r, cue.first)))
                    r = SpeakerPhrase();
                if (r.isNone() && !cue.statementNoun && !(cue.form && cue.form->participle)
                    && cue.last < site.beforeMarks && (site.commaBefore || site.colonBefore)
                    && (cue.first == sentence.firstToken || m_window.isPunct(cue.first - 1, u','))) {
                    // "Said Ortiz, “…”", "But, said Ortiz, “…”": the speaker follows the cue that
                    // opens the clause, and ends where the quotation's comma stands ("I ask the
                    // people, “…”" names the addressee).
                    const SpeakerPhrase after = m_subjects.subjectAfter(cue.last + 1, sentence);
                    // ("Said Ana Ortiz, who grew up in the port, “…”": a relative clause on the name
                    // may run to the quotation's comma.)
                    bool relativeUpToQuotation = after.type == SpeakerPhrase::Type::Name
                        && after.last + 2 < site.beforeMarks && m_window.isPunct(after.last + 1, u',')
                        && m_window.token(after.last + 2).isWord()
                        && (m_window.wordClass(after.last + 2) & Lexicon::RelativePronoun);
                    for (int x = after.last + 3; x <= site.beforeMarks && relativeUpToQuotation; ++x)
                        relativeUpToQuotation = m_window.cueAt(x) < 0 && m_window.outsideQuotes(x)
                            && m_window.token(x).type != Token::Type::QuoteMark;
                    if (!after.isNone() && (after.last == site.beforeMarks || relativeUpToQuotation))
                        r = after;
                }
                const int pc = m_window.beforeAdverbsAndAuxiliaries(cue.first, sentence);
                const bool coordinated = pc >= sentence.firstToken
                    && (m_window.isRuleWord(pc, Lexicon::Addition) || m_window.isRuleWord(pc, Lexicon::Contrast));
                const bool direct = !r.isNone() && !(cue.form && cue.form->participle);
                const bool ownSubject
                    = (r.isNone() || r.type == SpeakerPhrase::Type::Role || r.type == SpeakerPhrase::Type::Group)
                    && !(cue.form && cue.form->participle) && !coordinated && !cue.statementNoun;
                // "Lund went on to say, “…”": the subject of the verb the infinitive completes.
                if (r.isNone()) {
                    const SpeakerPhrase completed = m_subjects.subjectOfCompletedVerb(cue.first, sentence);
                    if (completed.type == SpeakerPhrase::Type::Name)
                        r = completed;
                }
                if (r.isNone() && ((cue.form && cue.form->participle) || coordinated))
                    r = m_subjects.subjectOfSentence(sentence, cue.first);
                if (!r.isNone()) {
                    found.who = m_speakers.resolve(r, sentence, direct);
                    found.cueIndex = candidate;
                } else if (site.embedded) {
                    found.cueIndex = -1;
                }
                if (found.who.entity < 0 && ownSubject) {
                    // "Another commenter said, “…”": an unnamed source the text describes.
                    const int described = m_described.describedSubject(r, cue.first, sentence);
                    if (described >= 0) {
                        found.who.entity = described;
                        found.who.confidence = 0.6;
                        found.who.source = std::as_const(m_window.registry).entity(described).tokens.join(u' ');
                        found.cueIndex = candidate;
                    }
                }
            }
            break;
        }
    }
    if (found.cueIndex < 0 && !site.colonBefore && site.before >= sentence.firstToken && m_window.isDash(site.before)
        && site.before - 1 >= sentence.firstToken) {
        SpeakerPhrase r = m_phrases.nounPhraseEndingAt(site.before - 1, sentence);
        if (r.type == SpeakerPhrase::Type::Name) {
            found.who = m_speakers.resolve(r, sentence);
            found.cueText = m_window.textOf(site.before, site.before);
        }
    }
    if (found.cueIndex < 0 && found.cueText.isEmpty() && site.colonBefore && site.beforeMarks >= sentence.firstToken) {
        SpeakerPhrase r = m_phrases.nounPhraseEndingAt(site.beforeMarks, sentence);
        // "Ortiz: “…”" labels the quotation; in "… a message to Ortiz: “…”" the name is an object,
        // and the subject of the clause the colon closes speaks.
        bool object = !r.isNone() && r.first > sentence.firstToken && m_window.token(r.first - 1).isWord()
            && (m_window.wordClass(r.first - 1) & Lexicon::Preposition);
        if (object) {
            // A subject with its verb before it ("Chamber of Commerce director Ortiz:" has none).
            object = m_subjects.sentenceSubject(sentence, r.first) >= 0
                || m_subjects.subjectOfSentence(sentence, r.first).type == SpeakerPhrase::Type::Pronoun;
        }
        if (object)
            r = SpeakerPhrase();
        if (r.type == SpeakerPhrase::Type::Name || r.type == SpeakerPhrase::Type::Role
            || r.type == SpeakerPhrase::Type::OrgRole) {
            found.who = m_speakers.resolve(r, sentence);
            found.cueText = QStringLiteral(":");
        } else if (m_window.token(site.beforeMarks).isWord()
            && (object || !m_window.token(site.beforeMarks).isCapitalized())) {
            // "Ortiz resisted: “…”", "Later, Ortiz went even further: “…”": the subject of the
            // clause the colon closes.
            r = m_subjects.subjectOfSentence(sentence, site.beforeMarks);
            if (r.type == SpeakerPhrase::Type::Name || r.type == SpeakerPhrase::Type::Pronoun) {
                found.who = m_speakers.resolve(r, sentence);
                found.who.confidence = std::min(found.who.confidence, 0.7);
                found.cueText = m_window.textOf(r.last + 1, site.beforeMarks) + u':';
            }
        }
    }
}

// Records the quotation with what named its speaker, or as a continuation of the last speaker;
// or leaves it to the reported-speech pass, or drops it.
void DirectAttribution::decide(const QuotationSite &site, const Sentence &sentence, Finding &found)
{
    const auto &s = *site.span;
    FoundQuote q;
    q.start = s.contentStart;
    q.end = s.contentEnd;
    // Quoted words the sentence runs on after ("expressed “cautious optimism” about the talks")
    // are a partial quote.
    const bool runsOn = !site.separated && site.after < sentence.endToken && m_window.token(site.after).isWord()
        && !m_window.token(site.after).isCapitalized() && !m_window.isCueVerbAt(site.after)
        && !m_lexicon.pronoun(m_window.lower(site.after));
    q.kind = runsOn ? Quote::Kind::Partial : Quote::Kind::Direct;
    // "said that “the old pier” had been sold": quoted words opening the clause a cue before them governs,
    // the clause running on with its verb. The reported-speech pass reports the whole clause, the
    // quoted words inside it.
    if (runsOn && found.cueIndex >= 0 && m_window.cues.at(found.cueIndex).last < site.first
        && (m_window.wordClass(site.after) & Lexicon::Auxiliary)) {
        m_window.cues[found.cueIndex].used = false;
        return;
    }
    if (found.cueIndex >= 0) {
        Cue &cue = m_window.cues[found.cueIndex];
        cue.used = true;
        cue.entity = found.who.entity;
        q.cue = m_window.textOf(cue.first, cue.last);
        q.cueStart = m_window.token(cue.first).start;
        q.cueEnd = m_window.token(cue.last).end;
    } else if (!found.cueText.isEmpty()) {
        q.cue = found.cueText;
    }

    const bool attributed = found.cueIndex >= 0 || !found.cueText.isEmpty();
    if (!attributed && site.words <= 8 && isTitleCased(site)) {
        m_window.spanUsed[site.local] = -2; // “Morning Report”, “Supper with Ana Ortiz”: a title, not speech
        return;
    }
    if (site.embedded) {
        // Quoted words inside a sentence: handled with the sentence's reported speech, or below.
        // "Asked whether the fare was “fair,” Ortiz said yes": a passive cue opening the sentence
        // reports the words up to the quotation itself ("Remarking upon …" is the speaker's own).
        const int opening = m_window.cueAt(sentence.firstToken);
        const bool ownCueOpens = opening >= 0 && opening != found.cueIndex && m_window.cues.at(opening).form
            && !m_window.cues.at(opening).form->participle;
        if (attributed && found.cueIndex >= 0 && m_window.cues.at(found.cueIndex).first > site.last && !ownCueOpens) {
            // The deal is "a disaster," Smith said: the clause up to the quotation is reported.
            // ("… would “run us over,” as Ortiz put it": after "as", only the quoted words are
            // the speaker's.)
            int afterMarks = site.after;
            while (
                afterMarks < sentence.endToken && (m_window.isPunct(afterMarks, u',') || m_window.isDash(afterMarks)))
                ++afterMarks;
            const bool asClause = afterMarks < m_window.cues.at(found.cueIndex).first
                && m_window.isRuleWord(afterMarks, Lexicon::ParentheticalAs);
            q.kind = Quote::Kind::Partial;
            q.start = asClause ? s.outerStart() : m_window.token(sentence.firstToken).start;
            q.end = s.outerEnd();
            m_window.spanUsed[site.local] = int(m_window.quotes.size());
            m_speakers.record(q, found.who, sentence.serial);
            m_speakers.noteSpeaker(
                found.who.entity, m_window.token(m_window.cues.at(found.cueIndex).first).start, sentence.serial);
        } else if (found.cueIndex >= 0) {
            m_window.cues[found.cueIndex].used = false; // leave it to the reported-speech pass
        } else if (attributed && found.who.entity >= 0) {
            q.kind = Quote::Kind::Partial; // "… “quoted words” ― Jane Doe"
            m_window.spanUsed[site.local] = int(m_window.quotes.size());
            m_speakers.record(q, found.who, sentence.serial);
        }
        return;
    }
    if (!attributed) {
        // Continuation: a quotation opening a sentence or paragraph right after one attributed
        // to a speaker is theirs.
        const bool opensParagraph = m_window.article.blockAt(s.outerStart()) >= 0 && [&] {
            const auto &blk = m_window.article.blocks().at(m_window.article.blockAt(s.outerStart()));
            int x = blk.start;
            while (x < s.outerStart() && m_window.text[x].isSpace())
                ++x;
            return x == s.outerStart();
        }();
        // A cue later in the sentence ("“…” of the proposals, Mr. Doe said") will attribute
        // it: no continuation then.
        bool laterCue = false;
        const auto [firstCue, endCue] = m_window.cuesIn(sentence);
        for (int candidate = firstCue; candidate < endCue && !laterCue; ++candidate)
            laterCue = m_window.cues.at(candidate).first > site.last && !m_window.cues.at(candidate).used
                && !m_window.cues.at(candidate).source;
        const bool recent = m_window.lastAttribution.entity >= 0 && !laterCue
            && ((m_window.lastAttribution.paragraph == m_window.paragraph
                    && sentence.serial - m_window.lastAttribution.serial <= 3)
                || (opensParagraph && m_window.paragraph - m_window.lastAttribution.paragraph == 1));
        if ((site.atStart || opensParagraph) && recent && (site.endsSentence || site.words >= 3)) {
            found.who.entity = m_window.lastAttribution.entity;
            found.who.confidence = m_window.lastAttribution.colonIntro
                ? 0.9
                : (m_window.lastAttribution.paragraph == m_window.paragraph ? 0.58 : 0.5);
            found.who.source = QString();
            q.decidedBy = AttributionPass::Continuation;
        } else if (site.words <= 2 || (!site.capitalStart && site.words <= 4)) {
            m_window.spanUsed[site.local] = -2; // scare quotes, a nickname: nothing said
            return;
        } else {
            // Nothing attributes it yet; reported speech in the sentence may ("“…” of the
            // plan, Smith said"). What is left over is recorded unattributed at the end.
            m_window.spanStandalone[site.local] = true;
            return;
        }
    }
    m_window.spanUsed[site.local] = int(m_window.quotes.size());
    m_speakers.record(q, found.who, sentence.serial);
    if (found.cueIndex >= 0)
        m_speakers.noteSpeaker(
            found.who.entity, m_window.token(m_window.cues.at(found.cueIndex).first).start, sentence.serial);
    else if (found.who.entity >= 0)
        m_speakers.noteSpeaker(found.who.entity, s.outerStart(), sentence.serial);
}
