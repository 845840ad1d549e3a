#include "indirectattribution.h"

#include "clausebounds.h"
#include "describedsources.h"
#include "extractwindow.h"
#include "phraseparser.h"
#include "speakerresolver.h"
#include "subjectfinder.h"

#include <algorithm>
#include <utility>

namespace {

using Gender = Lexicon::Gender;
using Kind = EntityRegistry::Kind;

} // namespace

IndirectAttribution::IndirectAttribution(ExtractWindow &window, const PhraseParser &phrases,
    const SubjectFinder &subjects, const ClauseBounds &clauses, SpeakerResolver &speakers, DescribedSources &described)
    : m_window(window)
    , m_lexicon(window.lexicon)
    , m_phrases(phrases)
    , m_subjects(subjects)
    , m_clauses(clauses)
    , m_speakers(speakers)
    , m_described(described)
{ }

void IndirectAttribution::attribute(const Sentence &sentence)
{
    int lastEntityInSentence = -1;
    QString lastSourceInSentence;
    int contentUntil = -1; // end of the last reported content in this sentence
    const auto [firstCue, endCue] = m_window.cuesIn(sentence);
    if (endCue - firstCue >= 2) {
        // "Officials were urging people to stay home, Harbour TV reported.": a report closing the
        // sentence holds the cues before it, as one opening it would.
        const Cue &last = m_window.cues.at(endCue - 1);
        // (Only worth bounding when a comma or a dash after the first cue can end that report.)
        bool comma = false;
        for (int k = m_window.cues.at(firstCue).last + 1; k < last.first && !comma; ++k)
            comma = m_window.isPunct(k, u',') || m_window.isDash(k);
        if (comma && !last.used && !last.source && last.form && !last.form->participle) {
            Report closing;
            boundVerbCue(last, sentence, closing);
            if (closing.contentFrom == sentence.firstToken && closing.contentTo <= last.first
                && closing.contentTo > m_window.cues.at(firstCue).last)
                contentUntil = closing.contentTo;
        }
    }
    for (int cueIndex = firstCue; cueIndex < endCue; ++cueIndex) {
        Cue &cue = m_window.cues[cueIndex];
        if (cue.first < contentUntil && !cue.used)
            continue; // "Brooks said the governor had asked ...": reported within a report
        if (cue.used) {
            if (cue.entity >= 0) {
                lastEntityInSentence = cue.entity;
            }
            continue;
        }
        Report report;
        if (cue.source)
            boundSourceCue(cue, sentence, report);
        else
            boundVerbCue(cue, sentence, report);
        if (report.contentFrom == sentence.endToken && report.contentFrom > sentence.firstToken
            && m_window.isPunct(report.contentFrom - 1, u':') && !report.ref.isNone()) {
            // "Smith continued:" — the quotation in the next paragraph is Smith's.
            const ResolvedSpeaker who = m_speakers.resolve(report.ref, sentence);
            if (who.entity >= 0) {
                cue.used = true;
                m_window.lastAttribution.entity = who.entity;
                m_window.lastAttribution.serial = sentence.serial;
                m_window.lastAttribution.paragraph = m_window.paragraph;
                m_window.lastAttribution.colonIntro = true;
                m_speakers.noteSpeaker(who.entity, m_window.token(cue.first).start, sentence.serial);
            }
            continue;
        }
        if (report.contentFrom < 0 || report.contentTo <= report.contentFrom || report.contentFrom >= sentence.endToken)
            continue;
        // The content needs a few words of its own, or one that stands for the whole answer ("said
        // yes").
        int words = 0;
        for (int k = report.contentFrom; k < report.contentTo; ++k)
            words += m_window.token(k).isWord() || m_window.token(k).type == Token::Type::Number;
        if (words < 2 && !(words == 1 && (m_window.wordClass(report.contentFrom) & Lexicon::Answer)))
            continue;

        ResolvedSpeaker who;
        if (report.inherited) {
            if (lastEntityInSentence >= 0) {
                who.entity = lastEntityInSentence;
                who.confidence = 0.85;
                who.source = lastSourceInSentence;
            } else {
                // "Tehran rejects the charge, maintaining that ...": the subject of the main verb
                // speaks through the participle, so a capital there speaks for its government.
                // "Rivera rejected the idea ... on the Kestrel Party ticket, saying ...": the subject
                // opening the main clause, not a name in its object.
                const int opening
                    = cue.form && cue.form->participle ? m_subjects.firstSubject(sentence, cue.first) : -1;
                SpeakerPhrase subject = opening >= 0
                    ? m_phrases.nounPhraseEndingAt(m_window.mentions.at(opening).last, sentence)
                    : m_subjects.subjectOfSentence(sentence, cue.first);
                // "…, as Republicans continue to warn that …": the subject of the verb the
                // infinitive completes, not the sentence's.
                // (Only a name: a group or a role opening the sentence keeps its description there,
                // "Small groups of protesters continued to call for".)
                const SpeakerPhrase completed = m_subjects.subjectOfCompletedVerb(cue.first, sentence);
                if (completed.type == SpeakerPhrase::Type::Name)
                    subject = completed;
                const bool mainSubject = subject.type == SpeakerPhrase::Type::Name
                    && m_window.mentions.at(subject.mention).subject && cue.form && cue.form->participle;
                who = m_speakers.resolve(subject, sentence, mainSubject);
                who.confidence = std::min(who.confidence, 0.8);
                if (who.entity < 0 && subject.last >= 0 && subject.last + 1 < cue.first
                    && (subject.type == SpeakerPhrase::Type::Role || subject.type == SpeakerPhrase::Type::Group)
                    && !(m_window.wordClass(sentence.firstToken) & Lexicon::Auxiliary)) { // no question
                    // "The top adviser on the ferry campaign went further, arguing …": the role
                    // opening the main clause, introduced nowhere, speaks as the text describes it.
                    const int described = m_described.describedSubject(subject.last + 1, sentence);
                    if (described >= 0) {
                        who.entity = described;
                        who.confidence = 0.6;
                        who.source = std::as_const(m_window.registry).entity(described).tokens.join(u' ');
                    }
                }
            }
        } else if (!report.ref.isNone()) {
            who = m_speakers.resolve(report.ref, sentence, !(cue.form && cue.form->participle) && !cue.source);
            if (who.source.isEmpty())
                who.source = m_window.textOf(report.ref.first, report.ref.last);
        }
        if (who.entity < 0 && cue.source && report.ref.type != SpeakerPhrase::Type::Name
            && report.ref.type != SpeakerPhrase::Type::Pronoun) {
            // "according to a report in the Valmore Register", "according to his Harbour Net page":
            // the document as the text names it, to the end of its phrase.
            const int first = report.ref.first >= 0 ? report.ref.first : cue.last + 1;
            const int last = std::max(report.ref.last, std::min(sentence.endToken - 1, first + 15));
            const int described = m_described.describedReport(first, last, sentence);
            if (described >= 0) {
                who.entity = described;
                who.confidence = 0.6;
                who.source = std::as_const(m_window.registry).entity(described).tokens.join(u' ');
            }
        }
        // A name, a plural or an organisation word closing a list ("Ms. Lund and other bundlers in
        // both parties said") is only its last conjunct; a singular role after "and" is the same
        // person's second role ("the front-runner and former governor said").
        const bool lastConjunct = who.named || report.ref.type == SpeakerPhrase::Type::Group
            || report.ref.type == SpeakerPhrase::Type::OrgRole;
        if ((who.entity < 0 || lastConjunct) && !report.inherited && !cue.source && !cue.statementNoun && !cue.colonNoun
            && (report.contentFrom > cue.last || report.listStart >= 0)) {
            const int group = m_described.coordinatedSubject(cue.first, sentence, report.listStart);
            if (group >= 0) {
                who.entity = group;
                who.confidence = 0.7;
                who.source = std::as_const(m_window.registry).entity(group).tokens.join(u' ');
            }
        }
        if (who.entity < 0 && !report.inherited && !cue.source && !cue.statementNoun && !cue.colonNoun
            && report.contentFrom > cue.last) {
            const int described = m_described.describedSubject(report.ref, cue.first, sentence);
            if (described >= 0) {
                who.entity = described;
                who.confidence = 0.6;
                who.source = std::as_const(m_window.registry).entity(described).tokens.join(u' ');
            }
        }
        if (who.entity >= 0) {
            lastEntityInSentence = who.entity;
            lastSourceInSentence = who.source;
        }

        // Quotations inside the content make it a partial quote; one that is the whole content
        // keeps its own (direct) entry.
        const int from = m_window.token(report.contentFrom).start;
        if (cue.form && (cue.form->frames & Lexicon::FrameWeak)) {
            // A weak verb reports the quoted words it governs, not the rest of the sentence:
            // "called the plan “a disaster” and left" ends after the quotation.
            int lastQuote = -1;
            for (int k = report.contentFrom; k < report.contentTo; ++k) {
                if (m_window.isQuoteBoundary(k))
                    lastQuote = k;
            }
            if (lastQuote >= 0) {
                int end = lastQuote + 1;
                while (end < report.contentTo && m_window.token(end).quote == m_window.token(lastQuote).quote)
                    ++end;
                report.contentTo = end;
            }
        }
        const int to = m_window.token(report.contentTo - 1).end;
        FoundQuote q;
        q.decidedBy = AttributionPass::Indirect;
        q.start = from;
        q.end = to;
        q.kind = Quote::Kind::Indirect;
        if (who.entity < 0 && cue.form && (cue.form->frames & Lexicon::FrameThought))
            continue; // "many think that ...", "polls show that ...": nobody's words
        if (overlapsAttributedQuotation(q, from, to))
            continue;
        cue.used = true;
        cue.entity = who.entity;
        if (report.contentFrom > cue.last)
            contentUntil = std::max(contentUntil, report.contentTo);
        q.cue = m_window.textOf(cue.first, cue.last);
        q.cueStart = m_window.token(cue.first).start;
        q.cueEnd = m_window.token(cue.last).end;
        m_speakers.record(q, who, sentence.serial);
        m_speakers.noteSpeaker(who.entity, m_window.token(cue.first).start, sentence.serial);
    }
}

// "According to X, ..." or "..., according to X.": the source follows the cue, the content stands
// on the other side of it.
void IndirectAttribution::boundSourceCue(const Cue &cue, const Sentence &sentence, Report &report) const
{
    // "According to X, ..." or "..., according to X."
    report.ref = m_subjects.subjectAfter(cue.last + 1, sentence);
    if (report.ref.type == SpeakerPhrase::Type::OrgRole || report.ref.type == SpeakerPhrase::Type::None
        || report.ref.type == SpeakerPhrase::Type::Role) {
        // "according to a study by the Ruritanian Herald", "according to early figures from a
        // survey carried out for the board by Harbor Research": the author of the report, the
        // name after the first "by" or "from" of the phrase that has one.
        const int from = report.ref.isNone() ? cue.last + 1 : report.ref.last + 1;
        for (int k = from; k < sentence.endToken && k < from + 18; ++k) {
            if (m_window.isPunct(k, u',') || m_window.isPunct(k, u'.') || m_window.token(k).type == Token::Type::QuoteMark
                || (m_window.token(k).isWord() && (m_window.wordClass(k) & Lexicon::Relative)))
                break;
            if (m_window.isRuleWord(k, Lexicon::SourceLink)) {
                const SpeakerPhrase by = m_subjects.subjectAfter(k + 1, sentence);
                if (by.type == SpeakerPhrase::Type::Name) {
                    report.ref = by;
                    break;
                }
            }
        }
    }
    if (report.ref.isNone()) {
        // "according to a report by X", "according to polls": a source all the same, as long as
        // the phrase runs (a name that says whose report it is may come late in it).
        int k = cue.last + 1;
        while (k < sentence.endToken && !m_window.isPunct(k, u',') && !m_window.isPunct(k, u'.') && k < cue.last + 20)
            ++k;
        report.ref.first = cue.last + 1;
        report.ref.last = k - 1;
    }
    const int afterSource = (report.ref.last >= 0 ? report.ref.last : cue.last) + 1;
    int p = cue.first - 1;
    while (p >= sentence.firstToken && (m_window.isPunct(p, u',') || m_window.isDash(p)))
        --p;
    if (p < sentence.firstToken
        || (p == sentence.firstToken && m_window.token(p).isWord() && (m_window.wordClass(p) & Lexicon::Conjunction))) {
        int k = afterSource;
        while (k < sentence.endToken && !m_window.isPunct(k, u','))
            ++k;
        // "According to Lund, writing for the Harbour Post: …": a participle describing the
        // source; what it reports follows the comma or the colon after it.
        if (k + 1 < sentence.endToken && m_window.token(k + 1).isWord() && !m_window.token(k + 1).isCapitalized()
            && m_window.wordClass(k + 1) == 0
            && m_lexicon.hasEnding(m_window.lower(k + 1), Lexicon::ParticipleEnding)) {
            int e = k + 2;
            while (e < sentence.endToken && e < k + 10 && !m_window.isPunct(e, u',') && !m_window.isPunct(e, u':')
                && m_window.token(e).type != Token::Type::QuoteMark)
                ++e;
            if (e < sentence.endToken && (m_window.isPunct(e, u',') || m_window.isPunct(e, u':')))
                k = e;
        }
        report.contentFrom = k + 1;
        report.contentTo = m_clauses.contentEnd(report.contentFrom, sentence);
    } else {
        report.contentFrom = sentence.firstToken;
        report.contentTo = p + 1;
        if (m_window.isPunct(cue.first - 1, u',') || m_window.isDash(cue.first - 1))
            report.contentTo = cue.first - 1;
        // "The ferry, according to the mayor, will run late.", "… because, according to Lund, the
        // crews are on strike.": between commas the source is parenthetical, and the sentence
        // goes on after it; the report is the whole of it.
        const int goesOn = afterSource + 1; // the first word after the comma closing the source
        if (m_window.isPunct(cue.first - 1, u',') && goesOn < sentence.endToken && m_window.isPunct(afterSource, u',')
            && m_window.token(goesOn).isWord() && m_window.cueAt(goesOn) < 0
            && !(m_window.wordClass(goesOn) & (Lexicon::Relative | Lexicon::Conjunction))
            && !(m_lexicon.hasEnding(m_window.lower(goesOn), Lexicon::ParticipleEnding) && m_window.wordClass(goesOn) == 0)) {
            const int end = m_clauses.contentEnd(goesOn, sentence);
            if (m_window.wordCount(goesOn, end - 1) >= 3)
                report.contentTo = end;
        }
        // Start after an earlier attribution in the same sentence, if any.
        for (int k = report.contentTo - 1; k > sentence.firstToken; --k) {
            if (m_window.isPunct(k, u';')) {
                report.contentFrom = k + 1;
                break;
            }
        }
    }
}

// "The plan, respondents said, is dead", "The deal is off, two former aides said.": a plural or a
// role noun with at most a few modifiers between a comma and the verb, which no earlier pass
// parsed as a subject, is the subject of an inverted report, a group or a role as the text names it.
bool IndirectAttribution::opensWithPrepositionBefore(const Cue &cue, const Sentence &sentence) const
{
    const int p = cue.first - 1;
    if (p < sentence.firstToken || !m_window.token(p).isWord() || !(m_window.wordClass(p) & Lexicon::Preposition)
        || (m_window.wordClass(p) & Lexicon::Relative) || p - sentence.firstToken > 4)
        return false;
    // ("In addition to", "Two weeks after", "And in": only a few words, none a name or a verb.)
    for (int k = sentence.firstToken; k < p; ++k) {
        const Token &t = m_window.token(k);
        if ((!t.isWord() && t.type != Token::Type::Number) || m_window.mentionOfToken.at(k) >= 0
            || m_window.cueAt(k) >= 0 || (t.isWord() && (m_window.wordClass(k) & Lexicon::Auxiliary))
            || (t.isCapitalized() && k > sentence.firstToken))
            return false;
    }
    return true;
}

SpeakerPhrase IndirectAttribution::describedBetweenCommas(const Cue &cue, const Sentence &sentence) const
{
    SpeakerPhrase ref;
    const int last = cue.first - 1;
    if (!cue.form || cue.form->participle || (cue.form->frames & Lexicon::FrameWeak) || last <= sentence.firstToken + 1
        || !m_window.token(last).isWord() || m_window.token(last).isCapitalized() || m_window.wordClass(last) != 0
        || !m_window.outsideQuotes(last))
        return ref;
    const QStringView head = m_window.lower(last);
    // A plural of people: a role noun's ("officials") or one of the endings for people
    // ("respondents"), not any plural ("the facts reported").
    const bool plural = m_window.isPluralRoleNoun(last) || m_lexicon.hasEnding(head, Lexicon::PeoplePluralEnding);
    if (!plural && !m_lexicon.roleNoun(head))
        return ref;
    int first = last;
    while (first - 1 > sentence.firstToken && last - first < 3 && m_window.token(first - 1).isWord()
        && !m_window.token(first - 1).isCapitalized() && m_window.outsideQuotes(first - 1)
        && m_window.mentionOfToken.at(first - 1) < 0 && !m_window.isCueVerbAt(first - 1)
        && !(m_window.wordClass(first - 1) & (Lexicon::Auxiliary | Lexicon::Relative | Lexicon::Conjunction)))
        --first;
    if (!m_window.isPunct(first - 1, u','))
        return ref;
    ref.type = plural ? SpeakerPhrase::Type::Group : SpeakerPhrase::Type::Role;
    ref.first = first;
    ref.last = last;
    ref.role.head = head.toString();
    if (const Lexicon::RoleNoun *role = m_lexicon.roleNoun(head)) {
        ref.role.group = role->group;
        ref.role.gender = role->gender;
    }
    for (int k = first; k < last; ++k) {
        if (!(m_window.wordClass(k) & Lexicon::Determiner))
            ref.role.modifiers.append(m_window.lower(k).toString());
    }
    return ref;
}

// A reporting verb: its subject before it (or inherited from the clause it continues), and the
// clause it governs after it, or before it when the verb follows ("The deal is dead, Smith said.").
void IndirectAttribution::boundVerbCue(const Cue &cue, const Sentence &sentence, Report &report) const
{
    const bool participleAfterComma = cue.form && cue.form->participle && cue.first > sentence.firstToken
        && (m_window.isPunct(cue.first - 1, u',') || m_window.isDash(cue.first - 1));
    if (cue.colonNoun) {
        const int subjectMention = m_subjects.sentenceSubject(sentence, cue.first);
        if (subjectMention >= 0)
            report.ref = m_phrases.nounPhraseEndingAt(m_window.mentions.at(subjectMention).last, sentence);
    } else if (cue.statementNoun) {
        int k = cue.first - 2; // before the possessive
        report.ref = m_phrases.nounPhraseEndingAt(k, sentence);
    } else if (!participleAfterComma) {
        report.ref = m_subjects.subjectBefore(cue.first, sentence);
        // "X issued a statement saying ...": the statement speaks for whoever issued it, the
        // subject of the verb before it, not for an organisation the noun recalls.
        if (cue.form && cue.form->participle && report.ref.first > sentence.firstToken
            && (m_subjects.isIssuedStatement(report.ref) || m_subjects.isPrepositionObject(report.ref, cue.first)))
            report.ref = SpeakerPhrase();
    }
    const int p = m_window.beforeAdverbsAndAuxiliaries(cue.first, sentence);
    if (report.ref.isNone() && p >= sentence.firstToken && m_window.isRuleWord(p, Lexicon::ParentheticalAs)
        && cue.last + 2 < sentence.endToken && m_window.isRuleWord(cue.last + 1, Lexicon::SourceLink)) {
        // "As first reported by Coastline Weekly, the plan ...": the agent after "by" is the
        // source of the clause after the comma.
        const SpeakerPhrase agent = m_subjects.subjectAfter(cue.last + 2, sentence);
        if (agent.type == SpeakerPhrase::Type::Name || agent.type == SpeakerPhrase::Type::OrgRole)
            report.ref = agent;
    }
    const bool coordinated = p >= sentence.firstToken
        && (m_window.isRuleWord(p, Lexicon::Addition) || m_window.isRuleWord(p, Lexicon::Contrast)
            || m_window.isPunct(p, u',') || m_window.isRuleWord(p, Lexicon::InfinitiveTo));
    if (report.ref.isNone() && (coordinated || (cue.form && cue.form->participle))) {
        report.inherited = true;
    }
    int openingEnd = -1; // the comma closing an opening participle clause
    if (report.ref.isNone() && cue.form && cue.form->participle && m_window.isSentenceInitial(cue.first, sentence)) {
        // "Claiming the criticism was unfair, Doe told reporters …": the main clause's subject.
        const int subjectMention = m_subjects.sentenceSubject(sentence, sentence.endToken);
        if (subjectMention >= 0) {
            report.ref = m_phrases.nounPhraseEndingAt(m_window.mentions.at(subjectMention).last, sentence);
            report.inherited = false;
            if (report.ref.first > cue.last + 1 && m_window.isPunct(report.ref.first - 1, u','))
                openingEnd = report.ref.first - 1;
        }
    } else if (report.ref.isNone() && cue.form && cue.form->participle && opensWithPrepositionBefore(cue, sentence)) {
        // "In describing the plan, Doe said …", "After announcing the deal, the mayor …", "Two weeks
        // after announcing it, Ortiz …": the name opening the main clause after the comma.
        int comma = cue.last + 1;
        while (comma < sentence.endToken && comma < cue.last + 25 && !m_window.isPunct(comma, u',')
            && !m_window.isPunct(comma, u';') && !(comma > cue.last + 1 && m_window.isCommaInsideQuoteMark(comma)))
            ++comma;
        if (comma < sentence.endToken && m_window.isCommaInsideQuoteMark(comma))
            --comma; // "In declaring the plan “not fair,” Ortiz …": the comma inside the closing mark
        if (comma < sentence.endToken && m_window.isPunct(comma, u',')) {
            const SpeakerPhrase opening = m_subjects.nameOpeningClause(comma + 1, sentence.endToken, sentence);
            if (!opening.isNone()) {
                report.ref = opening;
                report.inherited = false;
                openingEnd = comma;
            }
        }
    }
    report.contentFrom = cue.colonNoun ? cue.last + 2 : m_clauses.contentStartAfterCue(cue, sentence);
    if (report.ref.isNone() && cue.first > sentence.firstToken + 2 && m_window.isPunct(cue.first - 1, u',')
        && cue.form && !cue.form->participle && !(cue.form->frames & Lexicon::FrameWeak)) {
        // "The meeting went badly, said one source in the room." The source follows the
        // cue and the reported words come before it. (The comma made the cue look like a second
        // verb of an earlier subject; a speaker after it with only adverbials left says otherwise.)
        const SpeakerPhrase after = m_subjects.subjectAfter(cue.last + 1, sentence);
        bool speakerCloses = !after.isNone() && after.type != SpeakerPhrase::Type::Pronoun;
        int end = after.last + 1;
        // A word after the speaker other than a preposition makes the name a modifier ("…, shows
        // Ruritanian ferries ahead").
        if (speakerCloses && end < sentence.endToken && m_window.token(end).isWord()
            && !(m_window.wordClass(end) & Lexicon::Preposition))
            speakerCloses = false;
        while (speakerCloses && end < sentence.endToken && !m_window.isPunct(end, u'.')
            && !m_window.isPunct(end, u',') && end < after.last + 8)
            ++end;
        if (speakerCloses && (end >= sentence.endToken || m_window.isPunct(end, u'.') || m_window.isPunct(end, u','))
            && m_clauses.isAdverbialTail(after.last + 1, end, sentence)) {
            report.ref = after;
            report.inherited = false;
            report.contentFrom = sentence.firstToken;
            report.contentTo = cue.first - 1;
            for (int y = report.contentTo - 1; y > sentence.firstToken; --y) {
                if (m_window.isPunct(y, u';')) {
                    report.contentFrom = y + 1;
                    break;
                }
            }
        }
    }
    if (report.ref.isNone() && !report.inherited && report.contentFrom < 0)
        report.ref = describedBetweenCommas(cue, sentence);
    if (report.contentFrom >= 0 && report.contentTo > report.contentFrom) {
        // The inverted form above set both ends.
    } else if (report.contentFrom >= 0) {
        // A quotation that is the whole content was attributed as a direct quote already.
        report.contentTo = m_clauses.contentEnd(report.contentFrom, sentence);
    } else if (!report.ref.isNone() && !report.inherited && cue.form && !cue.form->participle
        && (cue.form->frames & (Lexicon::FrameClause | Lexicon::FrameThat | Lexicon::FrameQuote))
        && !(cue.form->frames & Lexicon::FrameWeak)) {
        // Inverted: "The deal is dead, Smith said." / "The deal, he said, is dead." (Never an -ing
        // form: "Varga, a port planner who is now advising the board, said …".)
        int k = report.ref.first - 1;
        // "…, Ortiz and Lund said.": a name and a conjunction before the subject found.
        if (k - 2 > sentence.firstToken && report.ref.type == SpeakerPhrase::Type::Name
            && m_window.isRuleWord(k, Lexicon::Addition) && m_window.mentionEndingAt(k - 1) >= 0) {
            const int first = m_window.mentions.at(m_window.mentionEndingAt(k - 1)).begin();
            // (Not a longer list: "Dunmore, Valmore and Kestrel have claims".)
            if (first - 1 > sentence.firstToken && m_window.isPunct(first - 1, u',')
                && !m_window.token(first - 2).isCapitalized() && m_window.mentionEndingAt(first - 2) < 0) {
                report.listStart = first;
                k = first - 1;
            }
        }
        // "The cuts, a broad range of economists say, hurt …", "The plan, a port source said,
        // is …": a description the phrase found ends, opened by a determiner after the comma.
        if ((report.ref.type == SpeakerPhrase::Type::Role || report.ref.type == SpeakerPhrase::Type::Group)
            && k > sentence.firstToken && m_window.token(k).isWord() && !m_window.isPunct(k, u',')) {
            // ("The cause, union members and leaders say, is …": a group of plurals joined by
            // "and" needs no determiner.)
            const bool group = report.ref.type == SpeakerPhrase::Type::Group;
            int d = k;
            while (d > sentence.firstToken && d > k - 5 && m_window.token(d).isWord()
                && !m_window.token(d).isCapitalized() && m_window.cueAt(d) < 0
                && !m_window.isRuleWord(d, Lexicon::ClauseLead | Lexicon::ParentheticalAs)
                && (!(m_window.wordClass(d) & (Lexicon::Auxiliary | Lexicon::Relative | Lexicon::Conjunction))
                    || (group && m_window.isRuleWord(d, Lexicon::Addition)))
                && !(m_window.wordClass(d) & Lexicon::Determiner))
                --d;
            if (d > sentence.firstToken + 1 && m_window.isPlainDeterminer(d) && m_window.isPunct(d - 1, u',')) {
                report.ref.first = d;
                k = d - 1;
            } else if (group && d > sentence.firstToken && d < k && m_window.isPunct(d, u',')) {
                report.ref.first = d + 1;
                k = d;
            }
        }
        int contentEnd = k; // the content runs up to the comma, or on to a quotation mark after it
        // "The mayor will play the \"fairness card,\" Ortiz said.": the comma inside the closing
        // quotation mark.
        if (k > sentence.firstToken + 1 && m_window.isCommaInsideQuoteMark(k)) {
            contentEnd = k + 1;
            --k;
        }
        if (k > sentence.firstToken && (m_window.isPunct(k, u',') || m_window.isDash(k))) {
            // Only adverbials may follow the cue.
            int x = cue.last + 1;
            bool tail = true;
            int guard = 0;
            while (x < sentence.endToken && guard++ < 12) {
                if ((m_window.isPunct(x, u'.') && !(x > cue.last + 1 && m_window.hasAbbrevDot(x - 1)))
                    || m_window.isPunct(x, u',') || m_window.isPunct(x, u';') || m_window.isPunct(x, u'!')
                    || m_window.isPunct(x, u'?'))
                    break;
                // A quotation or a "that" clause after the cue is no adverbial tail.
                if (m_window.token(x).type == Token::Type::QuoteMark
                    || m_window.isRuleWord(x, Lexicon::Complementizer)) {
                    tail = false;
                    break;
                }
                ++x;
            }
            // "The plan is dead, Ortiz said, adding that …": a participle cue after the second
            // comma reports its own clause, and the words before the speaker are the content.
            const int next = x + 1 < sentence.endToken ? m_window.cueAt(x + 1) : -1;
            const bool secondCue = next >= 0 && m_window.cues.at(next).form && m_window.cues.at(next).form->participle;
            if (x < sentence.endToken && m_window.isPunct(x, u',') && x + 1 < sentence.endToken && !secondCue) {
                // Mid-sentence: the content runs on after the second comma.
                report.contentFrom = sentence.firstToken;
                report.contentTo = m_clauses.contentEnd(x + 1, sentence);
            } else if (tail
                && (guard <= 12 ? m_clauses.isAdverbialTail(cue.last + 1, x, sentence)
                                : m_clauses.opensAdverbialClause(cue.last + 1, x, sentence))
                && !isRoleInApposition(k, report.ref, sentence)
                && (m_subjects.openingAdverbialEnd(sentence, k + 1) != k
                    || !m_clauses.namesSpeakerOnly(sentence.firstToken, sentence))) { // "In April, Ortiz said."
                report.contentFrom = sentence.firstToken;
                report.contentTo = contentEnd;
            }
            // Start after an earlier clause boundary ("; ").
            for (int y = k - 1; y > sentence.firstToken && report.contentFrom == sentence.firstToken; --y) {
                if (m_window.isPunct(y, u';'))
                    report.contentFrom = y + 1;
            }
        }
    }
    // "Announcing the deal on Monday, Doe praised …": the participle reports up to the comma.
    if (openingEnd > report.contentFrom && report.contentTo > openingEnd)
        report.contentTo = openingEnd;
    // "Asked whether the fare was “fair,” most riders said no": a verb opening the sentence
    // (a participle: nobody is named as its subject) reports up to the first comma, inside a
    // closing quotation mark or not; the main clause after it is reported on its own.
    if (report.ref.isNone() && cue.form && m_window.isSentenceInitial(cue.first, sentence)
        && report.contentFrom > cue.last) {
        for (int k = report.contentFrom + 1; k < report.contentTo; ++k) {
            if (m_window.isPunct(k, u',') && m_window.outsideQuotes(k)) {
                report.contentTo = k;
                break;
            }
            if (m_window.isQuoteBoundary(k) && m_window.isCommaInsideQuoteMark(k) && k + 1 < report.contentTo
                && m_window.outsideQuotes(k + 1)) {
                report.contentTo = k + 1;
                break;
            }
        }
    }
}

// "The union leader, Luis Brandt, replied.": the role phrase before the comma is in apposition to
// the name after it, not words the name reported.
bool IndirectAttribution::isRoleInApposition(int comma, const SpeakerPhrase &ref, const Sentence &sentence) const
{
    if (ref.type != SpeakerPhrase::Type::Name || !m_clauses.namesSpeakerOnly(sentence.firstToken, sentence))
        return false;
    // The phrase is all there is before the comma.
    const SpeakerPhrase before = m_phrases.nounPhraseEndingAt(comma - 1, sentence);
    return before.first <= sentence.firstToken
        && (before.type == SpeakerPhrase::Type::Role || before.type == SpeakerPhrase::Type::Group
            || before.type == SpeakerPhrase::Type::OrgRole);
}

// Fits reported speech to the quotations it overlaps: a quotation that is the whole content keeps its
// own (direct) entry, quotations inside it make it a partial quote. True when it overlaps a quotation
// attributed already, which is left standing.
bool IndirectAttribution::overlapsAttributedQuotation(FoundQuote &q, int from, int to)
{
    bool skip = false;
    const auto [overlapFirst, overlapEnd]
        = m_window.spansIn(from - (m_window.spans.isEmpty() ? 0 : m_window.maxSpanLength), to);
    for (int k = overlapFirst; k < overlapEnd; ++k) {
        const auto &s = m_window.spans.at(m_window.windowSpans.at(k));
        if (s.outerEnd() <= from || s.outerStart() >= to)
            continue;
        const int used = m_window.spanUsed.at(k);
        if (s.outerStart() >= from && s.outerEnd() <= to + 1) {
            if (s.outerStart() <= from + 1 && s.outerEnd() >= to - 1) {
                if (used >= 0 || used == -2) {
                    skip = true; // the whole content is a quotation already attributed
                } else {
                    q.start = s.contentStart;
                    q.end = s.contentEnd;
                    q.kind = Quote::Kind::Direct;
                    m_window.spanUsed[k] = int(m_window.quotes.size());
                }
            } else if (used == -1 || used == -2) {
                q.kind = Quote::Kind::Partial;
                m_window.spanUsed[k] = int(m_window.quotes.size());
                q.end = std::max(q.end, s.outerEnd());
            } else if (used >= 0) {
                skip = true; // overlaps an attributed quotation: leave that one standing
            }
        } else if (used >= 0) {
            skip = true;
        }
    }
    return skip;
}

void IndirectAttribution::attributePartials(const Sentence &sentence)
{
    // Quoted words inside a sentence that no reported speech took: the sentence's subject said them.
    const auto [firstSpan, endSpan] = m_window.spansIn(sentence.start, sentence.end);
    for (int local = firstSpan; local < endSpan; ++local) {
        const auto &s = m_window.spans.at(m_window.windowSpans.at(local));
        if (m_window.spanUsed.at(local) != -1)
            continue;
        int qFirst = -1, qLast = -1;
        for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
            if (m_window.token(i).quote == m_window.windowSpans.at(local)) {
                if (qFirst < 0)
                    qFirst = i;
                qLast = i;
            }
        }
        const int words = qFirst < 0 ? 0 : m_window.wordCount(qFirst, qLast);
        if (m_window.spanStandalone.at(local)) {
            FoundQuote q;
            q.decidedBy = AttributionPass::Standalone;
            q.start = s.contentStart;
            q.end = s.contentEnd;
            q.kind = Quote::Kind::Direct;
            m_window.spanUsed[local] = int(m_window.quotes.size());
            m_speakers.record(q, ResolvedSpeaker(), sentence.serial);
            continue;
        }
        if (words <= 2) {
            m_window.spanUsed[local] = -2; // scare quotes
            continue;
        }
        ResolvedSpeaker who;
        const int subjectMention = m_subjects.sentenceSubject(sentence, qFirst < 0 ? sentence.endToken : qFirst);
        if (subjectMention >= 0) {
            who = m_speakers.resolve(
                m_phrases.nounPhraseEndingAt(m_window.mentions.at(subjectMention).last, sentence), sentence);
            who.confidence = std::min(who.confidence, 0.55);
        } else {
            // A pronoun subject: "He called it "…"".
            for (int i = sentence.firstToken; i < (qFirst < 0 ? sentence.endToken : qFirst); ++i) {
                if (!m_window.token(i).isWord())
                    continue;
                const Lexicon::Pronoun *p = m_lexicon.pronoun(m_window.lower(i));
                if (p && p->subject && (p->gender == Gender::Male || p->gender == Gender::Female)) {
                    SpeakerPhrase r;
                    r.type = SpeakerPhrase::Type::Pronoun;
                    r.gender = p->gender;
                    r.first = r.last = i;
                    who = m_speakers.resolve(r, sentence);
                    who.confidence = std::min(who.confidence, 0.55);
                }
                break;
            }
        }
        FoundQuote q;
        q.decidedBy = AttributionPass::Partial;
        q.start = s.contentStart;
        q.end = s.contentEnd;
        q.kind = Quote::Kind::Partial;
        m_window.spanUsed[local] = int(m_window.quotes.size());
        m_speakers.record(q, who, sentence.serial);
    }
}
