#include "speakerresolver.h"

#include "extractwindow.h"
#include "phraseparser.h"

#include <QLoggingCategory>

#include <algorithm>
#include <utility>

// QT_LOGGING_RULES="saywho.extractor.debug=true" traces every attribution and where it came from.
Q_LOGGING_CATEGORY(lcExtractor, "saywho.extractor", QtWarningMsg)

namespace {

using Gender = Lexicon::Gender;
using Kind = EntityRegistry::Kind;

const char *passName(AttributionPass pass)
{
    switch (pass) {
    case AttributionPass::TranscriptLabel:
        return "transcript-label";
    case AttributionPass::ColonIntroduction:
        return "colon-introduction";
    case AttributionPass::Direct:
        return "direct";
    case AttributionPass::Continuation:
        return "continuation";
    case AttributionPass::Indirect:
        return "indirect";
    case AttributionPass::Partial:
        return "partial";
    case AttributionPass::Standalone:
        return "standalone";
    }
    return "";
}

} // namespace

SpeakerResolver::SpeakerResolver(ExtractWindow &window)
    : m_window(window)
    , m_lexicon(window.lexicon)
{ }

int SpeakerResolver::resolvePronoun(Gender gender, int pos, int serial, double *confidence) const
{
    int best = -1;
    int bestScore = -1000;
    int candidates = 0;
    for (int h = int(m_window.history.size()) - 1; h >= 0; --h) {
        const SalienceRecord &r = m_window.history.at(h);
        if (r.pos >= pos)
            continue;
        const int distance = serial - r.serial;
        if (distance > 8)
            break;
        const int e = m_window.registry.find(r.entity);
        const EntityRegistry::Entity &ent = std::as_const(m_window.registry).entity(e);
        const Kind kind = m_window.registry.speakerKind(e);
        int score = 0;
        if (gender == Gender::Plural || gender == Gender::Neuter) {
            if (kind != Kind::Organization)
                continue;
        } else {
            if (kind == Kind::Organization || kind == Kind::Other || ent.neuterEvidence)
                continue;
            if (ent.gender != Gender::Unknown && ent.gender != gender)
                continue;
            if (ent.gender == gender)
                score += 2;
            if (kind == Kind::Person)
                score += 2;
        }
        // The subject of the sentence just before outweighs a speaker further back.
        score += (r.speaker ? 2 : 0) + (r.subject ? 3 : 0) - (r.afterPreposition ? 2 : 0) - 3 * distance;
        ++candidates;
        if (score > bestScore) {
            bestScore = score;
            best = e;
        }
    }
    if (confidence)
        *confidence = candidates <= 1 ? 0.85 : (bestScore >= 4 ? 0.8 : 0.5);
    return best;
}

ResolvedSpeaker SpeakerResolver::resolve(const SpeakerPhrase &ref, const Sentence &sentence, bool subjectOfCue)
{
    ResolvedSpeaker out;
    if (ref.isNone())
        return out;
    out.source = m_window.textOf(ref.first, ref.last);
    const int pos = m_window.token(ref.first).start;
    switch (ref.type) {
    case SpeakerPhrase::Type::None:
        break;
    case SpeakerPhrase::Type::Name: {
        const Mention &m = m_window.mentions.at(ref.mention);
        const int e = m_window.registry.find(m.entity);
        out.source = m_window.textOf(m.first, m.last);
        if (e >= 0) {
            checkNeuterEvidence(e, ref.last + 1, sentence);
            // Read through the const entity(): only the write below may make an organisation.
            const EntityRegistry::Entity &ent = std::as_const(m_window.registry).entity(e);
            if (subjectOfCue && (ent.placeLike || ent.neuterEvidence) && ent.kind != Kind::Organization
                && ent.kind != Kind::Person) {
                // "North Korea said", "Washington warned": a place speaking is its government. Only
                // as the subject of the reporting verb itself, never through a pronoun or a clause.
                EntityRegistry::Entity &org = m_window.registry.entity(e);
                org.kind = Kind::Organization;
                if (org.placeLike)
                    org.orgCategory = QStringLiteral("government");
            }
            if (m_window.registry.canSpeak(e)
                || (m_window.registry.speakerKind(e) == Kind::Unknown && !ent.neuterEvidence)) {
                out.entity = e;
                out.confidence = 0.95;
                out.named = true;
            }
        }
        break;
    }
    case SpeakerPhrase::Type::Pronoun: {
        double conf = 0;
        const int e = resolvePronoun(ref.gender, pos, sentence.serial, &conf);
        if (e >= 0) {
            out.entity = e;
            out.confidence = conf;
            if (ref.gender == Gender::Male || ref.gender == Gender::Female)
                m_window.registry.setGender(e, ref.gender);
        }
        break;
    }
    case SpeakerPhrase::Type::Role:
    case SpeakerPhrase::Type::OrgRole: {
        if (ref.author >= 0) {
            out.entity = reportByAuthor(ref, pos);
            out.confidence = 0.8;
            break;
        }
        // "a spokeswoman for X" introduces someone; "the spokeswoman" refers back.
        const bool indefinite = m_window.isRuleWord(ref.first, Lexicon::IndefiniteSource);
        int e = indefinite && ref.type == SpeakerPhrase::Type::Role ? -1 : m_window.registry.resolveRole(ref.role, pos);
        if (e >= 0 && ref.type == SpeakerPhrase::Type::OrgRole) {
            // "the Reuters/Ipsos poll" is not the Northfield poll mentioned before: a capitalised
            // modifier must belong to the antecedent's name.
            const QStringList &names = std::as_const(m_window.registry).entity(e).tokens;
            const QString name = names.join(u' ');
            for (int k = ref.first; k < ref.last; ++k) {
                if (m_window.token(k).isCapitalized() && !m_lexicon.isCommonWord(m_window.tokenView(k))
                    && !name.contains(m_window.tokenView(k)))
                    e = -1;
            }
        }
        if (e >= 0) {
            out.entity = m_window.registry.find(e);
            out.confidence = 0.8;
        } else if (ref.type == SpeakerPhrase::Type::Role && !indefinite
            && m_window.isRuleWord(ref.first, Lexicon::DefiniteArticle)) {
            // "the senator" for someone introduced without that title: the person in focus, if the
            // article never gave them another role.
            double conf = 0;
            const int p = resolvePronoun(
                ref.role.gender == Gender::Unknown ? Gender::Male : ref.role.gender, pos, sentence.serial, &conf);
            const int q
                = ref.role.gender == Gender::Unknown ? resolvePronoun(Gender::Female, pos, sentence.serial, &conf) : p;
            // Someone the article named in full, or by a given name: a lone capitalised word ("Sooner
            // or later, the senator said") is too weak an antecedent for a role, and no rival.
            const auto strong = [this](int e) {
                if (e < 0)
                    return false;
                const EntityRegistry::Entity &c = std::as_const(m_window.registry).entity(e);
                return c.tokens.size() >= 2 || m_lexicon.givenName(c.tokens.value(0)) != Gender::Unknown;
            };
            const int male = strong(p) ? p : -1;
            const int female = strong(q) ? q : -1;
            const int cand = male >= 0 ? male : female;
            const EntityRegistry::Entity *focus = cand >= 0 ? &std::as_const(m_window.registry).entity(cand) : nullptr;
            if (focus && (male == female || female < 0 || male < 0) && focus->role.isEmpty()) {
                out.entity = cand;
                out.confidence = 0.5;
            } else {
                // "the Florida senator" with no earlier match: a descriptive speaker, never a wrong
                // named one.
                const int described = describedSource(ref, sentence);
                if (described >= 0) {
                    out.entity = described;
                    out.confidence = 0.5;
                }
            }
        } else if (ref.type == SpeakerPhrase::Type::Role
            && (indefinite || m_window.token(ref.first).type == Token::Type::Word)) {
            // "a White House spokesman", "an Interior Department official": an unnamed source
            // described well enough to be one.
            const int named = describedSource(ref, sentence);
            if (named >= 0) {
                out.entity = named;
                out.confidence = 0.7;
            }
        } else if (ref.type == SpeakerPhrase::Type::OrgRole) {
            // "the Lopez campaign" with a name inside: an organisation of its own.
            bool named = false;
            for (int k = ref.first; k <= ref.last; ++k)
                named = named || (m_window.token(k).isCapitalized() && !m_lexicon.isCommonWord(m_window.tokenView(k)));
            const bool definite = m_window.isRuleWord(ref.first, Lexicon::DefiniteArticle);
            const int possessor = possessorBefore(ref.first); // "Ortiz's campaign"
            const int roleOwner = roleOwnerIn(ref); // "the governor's office"
            if (roleOwner >= 0 && !named && possessor < 0) {
                out.entity = m_window.registry.addOrganization(m_window.textOf(roleOwner, ref.last), ref.role.orgCategory, pos);
                out.confidence = 0.7;
            } else if (named || possessor >= 0
                || ((definite || (ref.first == ref.last && !(m_window.wordClass(ref.first) & Lexicon::Determiner)))
                    && ref.role.orgCategory == u"police")) {
                // "the Lopez campaign", "Ortiz's campaign", "the regional police", "police said": an
                // organisation of its own.
                int s = ref.first;
                if (m_window.token(s).isWord() && (m_window.wordClass(s) & Lexicon::Determiner))
                    ++s;
                if (possessor >= 0 && !named)
                    s = possessor;
                named = named || possessor >= 0;
                // ("police said" names the Police, as a sentence would.)
                out.entity = m_window.registry.addOrganization(m_window.nameOf(s, ref.last), ref.role.orgCategory, pos);
                out.confidence = named ? 0.8 : 0.7;
            } else if (definite && ref.first + 1 < ref.last && ref.role.orgCategory != u"poll"
                && std::all_of(m_window.tokens.begin() + ref.first + 1, m_window.tokens.begin() + ref.last,
                               [](const Token &t) { return t.isWord(); })) {
                // "the budget office said" with no organisation of its kind before: a described
                // source, named as the text names it, never a wrong named one. ("The company" alone
                // and "the paper's board" say too little, and later passes may know whose; a report
                // is DescribedSources' to name.)
                EntityRegistry::NameInfo info;
                info.kind = Kind::Organization;
                info.orgCategory = ref.role.orgCategory;
                info.described = true;
                out.entity = m_window.registry.addName(QStringList {m_window.nameOf(ref.first + 1, ref.last)}, info, pos);
                out.confidence = 0.5;
            }
        }
        break;
    }
    case SpeakerPhrase::Type::Group: {
        // "Lopez supporters", "Senate Democrats": a group named well enough to be a source.
        const int named = describedSource(ref, sentence);
        if (named >= 0) {
            out.entity = named;
            out.confidence = 0.7;
        }
        break;
    }
    }
    return out;
}

// The first token of the name owning the phrase that starts at first ("Ortiz's" in "Ortiz's
// aides", "Ortiz’" in "Ortiz’ campaign"), or -1.
int SpeakerResolver::possessorBefore(int first) const
{
    if (first - 2 < 0 || !m_window.token(first - 2).isCapitalized() || m_window.mentionOfToken.at(first - 2) < 0
        || m_window.token(first - 1).start != m_window.token(first - 2).end)
        return -1;
    const bool possessive = m_window.isPossessiveMark(first - 1);
    const Mention &owner = m_window.mentions.at(m_window.mentionOfToken.at(first - 2));
    return possessive && owner.last == first - 2 ? owner.begin() : -1;
}

// "the governor's office", "the senator's campaign": a role noun after the definite article owns
// the organisation the phrase names; returns the role noun's token.
int SpeakerResolver::roleOwnerIn(const SpeakerPhrase &ref) const
{
    for (int x = std::max(ref.first, 2); x < ref.last; ++x) {
        if (m_window.isPossessiveMark(x) && m_window.token(x - 1).isWord() && !m_window.token(x - 1).isCapitalized()
            && m_lexicon.roleNoun(m_window.lower(x - 1)) && m_window.isRuleWord(x - 2, Lexicon::DefiniteArticle))
            return x - 1;
    }
    return -1;
}

// "A study released by the Lindqvist Institute": the study speaks, named after its author ("Study
// by Lindqvist Institute"), so that "the study" finds it again and the institute keeps what it says
// itself.
int SpeakerResolver::reportByAuthor(const SpeakerPhrase &ref, int pos)
{
    int a = ref.author;
    if (a < ref.last && m_window.isRuleWord(a, Lexicon::DefiniteArticle))
        ++a;
    QString name = ref.role.head + QStringLiteral(" by ") + m_window.textOf(a, ref.last);
    name[0] = name[0].toUpper();
    EntityRegistry::NameInfo info;
    info.kind = Kind::Organization;
    info.orgCategory = QStringLiteral("poll");
    info.described = true;
    return m_window.registry.addName(QStringList {name}, info, pos);
}

int SpeakerResolver::describedSource(const SpeakerPhrase &ref, const Sentence &sentence)
{
    // A group ("Federal and state officials", "advisers to Mr. Doe") is named as the text names
    // it. A single unnamed source needs a capitalised description to stand on its own ("a White
    // House spokesman", "Connecticut's tax commissioner"); "a spokesman" alone says nobody.
    const bool group = ref.type == SpeakerPhrase::Type::Group;
    int s = ref.first;
    if (m_window.isRuleWord(s, Lexicon::ArticleWord))
        ++s;
    if (s > ref.last)
        return -1;
    // "Almost six of 10 residents say", "Only 40 percent of the members agreed": the share
    // opening the sentence is part of how the text names the group.
    const int before = ref.first - 1; // the token before the phrase and its article
    const bool shareOfNumber = m_window.isShareOfNumber(ref.first, sentence); // "Six in 10 say"
    if (group && before >= 0
        && (m_window.isRuleWord(before, Lexicon::NameLink) || m_window.token(before).type == Token::Type::Number
            || shareOfNumber)) {
        int k = before;
        bool amount = false;
        const auto inShare = [this, before, shareOfNumber](int k) {
            const Token &t = m_window.token(k);
            return t.type == Token::Type::Number || m_window.isRuleWord(k, Lexicon::ShareWord | Lexicon::NameLink)
                || (shareOfNumber && k == before)
                || (t.isWord() && (m_window.wordClass(k) & (Lexicon::Adverb | Lexicon::Determiner))
                    && !(m_window.wordClass(k) & Lexicon::Relative));
        };
        while (k >= 0 && before + 1 - k < 8 && inShare(k)) {
            amount
                = amount || m_window.token(k).type == Token::Type::Number || !m_window.isRuleWord(k, Lexicon::NameLink);
            --k;
        }
        const bool opensSentence = k < 0 || m_window.token(k).type == Token::Type::Punct
            || m_window.token(k).type == Token::Type::QuoteMark
            || m_window.text.mid(m_window.token(k).end, m_window.token(k + 1).start - m_window.token(k).end)
                   .contains(u'\n');
        if (amount && opensSentence && k + 1 < before && m_window.token(k + 1).isCapitalized())
            s = k + 1;
    }
    // "Ortiz's aides": a group is named with the name that owns it.
    if (group && s == ref.first && possessorBefore(s) >= 0)
        s = possessorBefore(s);
    const Lexicon::Pronoun *owner = m_window.token(s).isWord() ? m_lexicon.pronoun(m_window.lower(s)) : nullptr;
    QString possessor;
    if (owner && owner->possessive) {
        // "His aides say", "said his lawyer": the aides or the lawyer of whoever the pronoun stands
        // for, named after them ("Ortiz’s aides"); nobody when the pronoun finds no one.
        if (s == ref.last || (owner->gender != Gender::Male && owner->gender != Gender::Female))
            return -1;
        const int e = resolvePronoun(owner->gender, m_window.token(s).start, sentence.serial, nullptr);
        // Only a person known to be the pronoun's gender: a guess would name the group wrongly.
        if (e < 0 || m_window.registry.speakerKind(e) != Kind::Person
            || std::as_const(m_window.registry).entity(e).gender != owner->gender)
            return -1;
        // The surname, not a suffix after it ("Harris", not "Jr" or "III").
        const QStringList &tokens = std::as_const(m_window.registry).entity(e).tokens;
        QString surname = tokens.last();
        for (qsizetype t = tokens.size() - 1; t > 0; --t) {
            const QString &w = tokens.at(t);
            const bool numeral = std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c == u'I' || c == u'V' || c == u'X'; });
            if (!m_lexicon.isAbbreviation(w.endsWith(u'.') ? w : w + u'.') && !numeral) {
                surname = w;
                break;
            }
            surname = tokens.at(t - 1);
        }
        possessor = surname + (m_window.text.contains(u"\u2019s") ? u"\u2019s" : u"'s");
        ++s;
    }
    bool capitalised = false;
    for (int k = s; k <= ref.last; ++k) {
        const Token &t = m_window.token(k);
        if (k != ref.last && t.isWord() && t.isCapitalized() && !m_lexicon.isCommonWord(m_window.tokenView(k))
            && !(k == s && (m_window.wordClass(k) & Lexicon::Determiner)))
            capitalised = true;
    }
    // "a source close to the mayor": a description that says what it stands near is one too.
    bool postmodified = false;
    for (int k = s + 1; k < ref.last && !postmodified; ++k)
        postmodified = m_window.token(k).isWord() && (m_window.wordClass(k) & Lexicon::Preposition)
            && m_window.token(k - 1).isWord() && !m_window.token(k - 1).isCapitalized();
    if (!capitalised && !group && !postmodified && possessor.isEmpty())
        return -1; // ("his lawyer" is "Ortiz's lawyer" when the pronoun finds her)
    EntityRegistry::NameInfo info;
    info.kind = group ? Kind::Organization : Kind::Person;
    info.described = true;
    if (group)
        info.orgCategory = QStringLiteral("group"); // never the antecedent of "the company"
    QString name = possessor.isEmpty() ? m_window.textOf(s, ref.last) : possessor + u' ' + m_window.textOf(s, ref.last);
    if (!group) {
        // "a spokesman for Kestrel Toys" is the Kestrel Toys spokesman: the organisation first, as
        // the article would name that source again.
        for (int k = s + 1; k < ref.last; ++k) {
            if (m_window.isRuleWord(k, Lexicon::Affiliation)) {
                int o = k + 1;
                if (m_window.isRuleWord(o, Lexicon::DefiniteArticle))
                    ++o;
                if (o <= ref.last && m_window.token(o).isCapitalized() && m_lexicon.roleNoun(m_window.lower(k - 1)))
                    name = m_window.textOf(o, ref.last) + u' ' + m_window.textOf(s, k - 1);
                break;
            }
        }
    }
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    info.role = group ? QString() : name;
    return m_window.registry.addName(QStringList {name}, info, m_window.token(s).start);
}

void SpeakerResolver::checkNeuterEvidence(int entity, int fromTok, const Sentence &sentence)
{
    // "Ruritania rejects ... its ...": a name referred back to with "its" is no person.
    // Read only, and write through setNeuterEvidence: evidence of a thing puts no entity on the
    // registry's walk of organisations. Only a name of several words that is no place becomes an
    // organisation, written through entity(), which files it with them.
    const EntityRegistry::Entity &e = std::as_const(m_window.registry).entity(entity);
    // ("Brightmoor Software said … its founders": a name of several words too, unless it opens
    // with a given name.)
    if (e.kind != Kind::Unknown || e.gender != Gender::Unknown || e.titled
        || (e.tokens.size() > 1 && m_lexicon.givenName(e.tokens.first()) != Gender::Unknown))
        return;
    for (int k = std::max(fromTok, sentence.firstToken); k < sentence.endToken && k < fromTok + 24; ++k) {
        if (!m_window.token(k).isWord() || !m_window.outsideQuotes(k))
            continue;
        if (m_window.isRuleWord(k, Lexicon::NeuterReference)) {
            // A name of several words that is no place is an organisation.
            if (e.tokens.size() > 1 && !e.placeLike)
                m_window.registry.entity(entity).kind = Kind::Organization;
            else
                m_window.registry.setNeuterEvidence(entity, true);
            return;
        }
        if (m_window.isRuleWord(k, Lexicon::PersonalReference))
            return;
    }
}

void SpeakerResolver::noteSpeaker(int entity, int pos, int serial)
{
    if (entity < 0)
        return;
    SalienceRecord h;
    h.pos = pos;
    h.entity = entity;
    h.serial = serial;
    h.subject = true;
    h.speaker = true;
    auto it = std::upper_bound(m_window.history.begin(), m_window.history.end(), pos,
        [](int p, const SalienceRecord &r) { return p < r.pos; });
    m_window.history.insert(it, h);
}

QString SpeakerResolver::intern(const QString &s)
{
    if (s.isEmpty())
        return {};
    auto it = m_interned.constFind(s);
    if (it != m_interned.cend())
        return *it;
    m_interned.insert(s);
    return s;
}

void SpeakerResolver::record(FoundQuote q, const ResolvedSpeaker &who, int sentenceSerial)
{
    // Trim spaces and dangling punctuation at the edges of the quoted words.
    auto trimmable = [](QChar c) {
        return c.isSpace() || c == u',' || c == u';' || c == u':' || c == QChar(0x2014) || c == QChar(0x2013);
    };
    while (q.start < q.end && trimmable(m_window.text[q.start]))
        ++q.start;
    while (q.end > q.start
        && (trimmable(m_window.text[q.end - 1])
            || (q.kind == Quote::Kind::Indirect && m_window.text[q.end - 1] == u'.')))
        --q.end;
    if (q.end - q.start < 2)
        return;
    q.entity = who.entity;
    q.source = intern(who.source);
    q.cue = intern(q.cue);
    q.confidence = who.entity >= 0 ? who.confidence : 0;
    q.paragraph = m_window.paragraph;
    qCDebug(lcExtractor).noquote() << Quote::kindName(q.kind) << "by" << passName(q.decidedBy) << "cue" << q.cue
                                   << "source" << who.source << "entity"
                                   << (who.entity >= 0 ? std::as_const(m_window.registry).entity(who.entity).name
                                                       : QString())
                                   << "|" << m_window.text.mid(q.start, std::min(q.end - q.start, 80)).toString();
    m_window.quotes.append(q);
    if (who.entity >= 0) {
        if (who.named || (!who.source.isEmpty() && !m_lexicon.pronoun(who.source.toLower()))) {
            QString alias = who.source;
            if (alias.startsWith(u"The ") || alias.startsWith(u"A ") || alias.startsWith(u"An "))
                alias[0] = alias[0].toLower(); // "the WHO chief", as it reads mid-sentence
            m_window.registry.addAlias(who.entity, alias);
        }
        m_window.lastAttribution.entity = who.entity;
        m_window.lastAttribution.serial = sentenceSerial;
        m_window.lastAttribution.paragraph = m_window.paragraph;
        m_window.lastAttribution.source = who.source;
        m_window.lastAttribution.colonIntro = false;
    }
}
