// SubjectFinder, second part: the subject a cue inherits when none stands before it — the
// subject of the sentence, of the main clause after an opening adverbial, or of the verb a
// to-infinitive or an -ing form completes ("Lund went on to say", "Lund kept saying").
#include "subjectfinder.h"

#include "extractwindow.h"

namespace {

using Gender = Lexicon::Gender;

} // namespace

SpeakerPhrase SubjectFinder::subjectOfCompletedVerb(int cueFirst, const Sentence &sentence) const
{
    const int to = m_window.beforeAdverbsAndAuxiliaries(cueFirst, sentence);
    const int cueIndex = m_window.cueAt(cueFirst);
    if (cueIndex >= 0 && m_window.cues.at(cueIndex).form && m_window.cues.at(cueIndex).form->participle
        && to - 1 >= sentence.firstToken && to == cueFirst - 1 && m_window.token(to).isWord()
        && !m_window.token(to).isCapitalized() && m_window.wordClass(to) == 0 && m_window.cueAt(to) < 0
        && !m_lexicon.hasEnding(m_window.lower(to), Lexicon::ParticipleEnding)) {
        // "Sen. Luis Lund (R-Wis.) kept saying that": the -ing form completes the verb before it;
        // the name right before that verb speaks.
        const SpeakerPhrase subject = subjectBefore(to, sentence);
        return subject.type == SpeakerPhrase::Type::Name && (subject.last == to - 1 || m_window.isPunct(to - 1, u')'))
            ? subject
            : SpeakerPhrase();
    }
    if (to - 2 < sentence.firstToken || !m_window.isRuleWord(to, Lexicon::InfinitiveTo))
        return {};
    int verb = to - 1;
    // "went on to say": a particle after the verb.
    const bool particle = verb - 1 > sentence.firstToken && m_window.token(verb).isWord()
        && (m_window.wordClass(verb) & Lexicon::Preposition);
    if (particle)
        --verb;
    const Token &t = m_window.token(verb);
    if (!t.isWord() || t.isCapitalized() || m_window.mentionOfToken.at(verb) >= 0)
        return {};
    // A verb of control ("hope to", "plan to"), a weak cue ("continue to warn"), a verb with its
    // particle ("went on to"), or a passive ("was prompted to say").
    const int verbCue = m_window.cueAt(verb);
    const bool weakCue = verbCue >= 0 && m_window.cues.at(verbCue).form
        && (m_window.cues.at(verbCue).form->frames & Lexicon::FrameWeak);
    const quint16 c = m_window.wordClass(verb);
    const bool passive = c == 0 && verb - 1 > sentence.firstToken && m_window.isRuleWord(verb - 1, Lexicon::BeForm)
        && m_lexicon.hasEnding(m_window.lower(verb), Lexicon::PastEnding);
    const bool phrasal = particle && c == 0 && verbCue < 0;
    if (!(weakCue || c == Lexicon::Control || passive || phrasal))
        return {};
    const SpeakerPhrase subject = subjectBefore(passive ? verb - 1 : verb, sentence);
    return subject.type == SpeakerPhrase::Type::Pronoun ? SpeakerPhrase() : subject;
}

SpeakerPhrase SubjectFinder::subjectOfSentence(const Sentence &sentence, int before) const
{
    const int subjectMention = sentenceSubject(sentence, before);
    if (subjectMention >= 0) {
        const SpeakerPhrase name = m_phrases.nounPhraseEndingAt(m_window.mentions.at(subjectMention).last, sentence);
        // "A spokesman for the Harbour Board defended the route and said": the spokesman.
        if (name.first - 1 > sentence.firstToken && m_window.isRuleWord(name.first - 1, Lexicon::Attachment)) {
            const SpeakerPhrase whole = subjectAfter(sentence.firstToken, sentence);
            if (whole.first == sentence.firstToken && whole.last == name.last
                && whole.type == SpeakerPhrase::Type::Role)
                return whole;
        }
        return name;
    }
    // A name opening the sentence, even when what follows it is no plain verb ("House Speaker
    // Jane Roe, R-Ore., despite conceding that ...").
    // ("The Post intervened …, arguing": after the article too.)
    const auto [firstMention, endMention] = m_window.mentionsIn(sentence);
    const int nameStart = m_window.isRuleWord(sentence.firstToken, Lexicon::DefiniteArticle) ? sentence.firstToken + 1
                                                                                             : sentence.firstToken;
    // (Not a name that owns or modifies the noun after it: "The Pentagon's adviser", "The Obama
    // administration".)
    const auto headsPhrase = [this, &sentence](const Mention &m) {
        const int next = m.last + 1;
        if (next >= sentence.endToken)
            return true;
        if (m_window.isPossessiveMark(next))
            return false;
        return !(m_window.token(next).isWord() && !m_window.token(next).isCapitalized()
            && (m_lexicon.roleNoun(m_window.lower(next)) || !m_lexicon.orgNounKind(m_window.lower(next)).isEmpty()));
    };
    if (firstMention < endMention
        && (m_window.mentions.at(firstMention).begin() == sentence.firstToken
            || (m_window.mentions.at(firstMention).begin() == nameStart
                && headsPhrase(m_window.mentions.at(firstMention))))
        && m_window.mentions.at(firstMention).last < before && !m_window.mentions.at(firstMention).inQuote)
        return m_phrases.nounPhraseEndingAt(m_window.mentions.at(firstMention).last, sentence);
    // "Authorities announced … and said": a role or group phrase opening the sentence.
    for (int k = sentence.firstToken; k < before && k < sentence.firstToken + 6; ++k) {
        const SpeakerPhrase r = m_phrases.nounPhraseEndingAt(k, sentence);
        if (!r.isNone() && r.type != SpeakerPhrase::Type::Pronoun && r.first <= sentence.firstToken + 1
            && m_window.mentionOfToken.at(k) < 0) {
            // "A spokesman for the Harbour Board defended the route and said": with the
            // organisation it speaks for.
            const SpeakerPhrase whole = subjectAfter(r.first, sentence);
            const bool forOrganisation = !whole.isNone() && whole.first == r.first && whole.last > r.last
                && whole.last < before && m_window.mentionOfToken.at(whole.last) >= 0
                && m_window.isRuleWord(r.last + 1, Lexicon::Affiliation | Lexicon::Attachment);
            return forOrganisation ? whole : r;
        }
        if (!m_window.token(k).isWord())
            break;
    }
    // "She then asks her brother ... and again says": a pronoun opening the sentence (not
    // "it", which opens idioms: "It goes without saying").
    for (int i = sentence.firstToken; i < before && i < sentence.firstToken + 3; ++i) {
        if (!m_window.token(i).isWord())
            continue;
        const Lexicon::Pronoun *p = m_lexicon.pronoun(m_window.lower(i));
        if (p && p->subject && p->gender != Gender::Neuter) {
            SpeakerPhrase r;
            r.type = SpeakerPhrase::Type::Pronoun;
            r.gender = p->gender;
            r.first = r.last = i;
            return r;
        }
        if (!(m_window.wordClass(i) & (Lexicon::Conjunction | Lexicon::Adverb)))
            break;
    }
    // "For months, Ortiz has been on the sidelines, arguing": the name opening the main clause
    // after an opening adverbial.
    const int comma = openingAdverbialEnd(sentence, before);
    if (comma >= 0)
        return nameOpeningClause(comma + 1, before, sentence);
    return {};
}

int SubjectFinder::openingAdverbialEnd(const Sentence &sentence, int before) const
{
    const int first = sentence.firstToken;
    if (first >= before || !m_window.token(first).isWord())
        return -1;
    const quint16 c = m_window.wordClass(first);
    // A preposition or a time word ("In April,", "Last week,"); a determiner only before a time
    // word ("This week,").
    // Or a participle ("Weighing in on the debate,"), a verb form that the window did not take for
    // a name.
    const bool opens = (c & Lexicon::Determiner)
        ? first + 1 < before && m_window.token(first + 1).isWord() && (m_window.wordClass(first + 1) & Lexicon::Time)
        : (c & (Lexicon::Preposition | Lexicon::Time)) != 0
            || (c == 0 && m_lexicon.hasEnding(m_window.lower(first), Lexicon::ParticipleEnding)
                && !m_window.isNameWord(first, sentence));
    if (!opens)
        return -1;
    for (int k = first + 1; k < before && k < first + 12; ++k) {
        if (m_window.token(k).type == Token::Type::QuoteMark || m_window.token(k).quote >= 0)
            return -1;
        if (m_window.isPunct(k, u','))
            return k;
        if (!m_window.token(k).isWord() && m_window.token(k).type != Token::Type::Number
            && m_window.token(k).type != Token::Type::Possessive)
            return -1;
    }
    return -1;
}

SpeakerPhrase SubjectFinder::nameOpeningClause(int start, int before, const Sentence &sentence) const
{
    if (start >= before)
        return {};
    if (start + 1 < before && m_phrases.modifiesTitledName(start)) // "…, former Gov. Jane Doe agreed"
        ++start;
    const int mentionIndex = m_window.mentionOfToken.at(start);
    if (mentionIndex < 0)
        return {};
    const Mention &m = m_window.mentions.at(mentionIndex);
    if (m.begin() != start || m.last >= before || m.inQuote)
        return {};
    // A verb follows the name, or an appositive does.
    const int after = m.last + 1;
    if (after >= before || !m_window.token(after).isWord() || m_window.token(after).isCapitalized()) {
        if (!(after < before && m_window.isPunct(after, u',')))
            return {};
    } else if (m_window.wordClass(after) & (Lexicon::Preposition | Lexicon::Conjunction | Lexicon::Determiner)) {
        return {};
    }
    return m_phrases.nounPhraseEndingAt(m.last, sentence);
}

int SubjectFinder::firstSubject(const Sentence &sentence, int before) const
{
    // Not a place or a word the article never has speak ("In Valmore, ...", "Republican
    // candidate Ana Ortiz"), and not inside an opening adverbial.
    const int opening = openingAdverbialEnd(sentence, before);
    const auto [firstMention, endMention] = m_window.mentionsIn(sentence);
    for (int i = firstMention; i < endMention; ++i) {
        const Mention &m = m_window.mentions.at(i);
        if (m.last >= before)
            break;
        if (!m.subject || m.entity < 0 || m.inQuote || m.begin() <= opening)
            continue;
        const int e = m_window.registry.find(m.entity);
        if (e < 0)
            continue;
        const EntityRegistry::Entity &entity = std::as_const(m_window.registry).entity(e);
        if (!entity.placeLike && (entity.kind != EntityRegistry::Kind::Unknown || entity.tokens.size() >= 2))
            return i;
    }
    return -1;
}

int SubjectFinder::sentenceSubject(const Sentence &sentence, int before) const
{
    int found = -1;
    const auto [firstMention, endMention] = m_window.mentionsIn(sentence);
    for (int i = firstMention; i < endMention; ++i) {
        const Mention &m = m_window.mentions.at(i);
        if (m.last < sentence.endToken && m.subject && m.last < before && m.entity >= 0)
            found = i;
    }
    return found;
}
