#include "phraseparser.h"

#include "extractwindow.h"

#include <algorithm>
#include <utility>

namespace {

using Gender = Lexicon::Gender;

} // namespace

PhraseParser::PhraseParser(const ExtractWindow &window)
    : m_window(window)
    , m_lexicon(window.lexicon)
{ }

// Walks back over the modifiers of a role noun at j ("the European Union foreign policy chief"),
// returning the first modifier token.
int PhraseParser::skipBackModifiers(int j, const Sentence &sentence) const
{
    int start = j;
    int steps = 0;
    for (int k = j - 1; k >= sentence.firstToken && steps < 6; --k, ++steps) {
        const Token &t = m_window.token(k);
        if (t.quote != m_window.token(j).quote)
            break;
        // "Ortiz's aides", "Reyes’ campaign"
        if (m_window.isPossessiveMark(k) && (t.type == Token::Type::Possessive || k > sentence.firstToken)) {
            if (k - 1 >= sentence.firstToken && m_window.token(k - 1).isWord()) {
                start = k - 1;
                --k;
                // keep going over the owner's name
                while (k - 1 >= sentence.firstToken && m_window.isNameWord(k - 1, sentence) && steps < 6) {
                    --k;
                    ++steps;
                    start = k;
                }
                continue;
            }
            break;
        }
        if (!t.isWord())
            break;
        const quint16 c = m_window.wordClass(k);
        // Stop at grammar words and at inflected verbs ("said the spokesman"); a base form such as
        // "state" can be a modifier ("state officials").
        const QStringView w = m_window.lower(k);
        if (c != 0
            || (m_window.isCueVerbAt(k)
                && !std::any_of(m_lexicon.verbForms(w)->cbegin(), m_lexicon.verbForms(w)->cend(),
                    [w](const Lexicon::VerbForm &f) { return w == QStringView(f.lemma); })))
            break;
        // ... but after a plural or a subject pronoun the base form is the verb ("Officials say
        // front-runner Ana Ortiz", "They say councillor Lund").
        if (m_window.isCueVerbAt(k) && k - 1 >= sentence.firstToken && m_window.token(k - 1).isWord()) {
            const Lexicon::Pronoun *p = m_lexicon.pronoun(m_window.lower(k - 1));
            if ((p && p->subject) || (m_window.wordClass(k - 1) == 0 && m_window.lower(k - 1).endsWith(u's')))
                break;
        }
        // ("Top advisers said": a common word capitalised only because it opens the sentence.)
        if (t.isCapitalized() && m_lexicon.isCommonWord(m_window.tokenView(k))
            && !m_window.isSentenceInitial(k, sentence))
            break;
        start = k;
    }
    return start;
}

bool PhraseParser::modifiesTitledName(int k) const
{
    // "former Sen. Jane Doe", "former Idaho Gov. Jane Doe": a plain lower-case word before a name
    // with a title.
    if (!m_window.token(k).isWord() || m_window.token(k).isCapitalized() || m_window.wordClass(k) != 0)
        return false;
    const int next = m_window.mentionOfToken.at(k + 1);
    if (next < 0)
        return false;
    const Mention &m = m_window.mentions.at(next);
    if (m.begin() != k + 1)
        return false;
    for (int t = m.begin(); t < m.first; ++t) {
        if (m_window.isTitleToken(t))
            return true;
    }
    return false;
}

SpeakerPhrase PhraseParser::nounPhraseEndingAt(int j, const Sentence &sentence) const
{
    SpeakerPhrase ref;
    if (j < sentence.firstToken || j >= sentence.endToken)
        return ref;
    if (m_window.isPunct(j, u')')) {
        int k = j - 1;
        while (k >= sentence.firstToken && k > j - 8 && !m_window.isPunct(k, u'('))
            --k;
        if (k <= sentence.firstToken || !m_window.isPunct(k, u'('))
            return ref;
        j = k - 1;
    }
    const Token &t = m_window.token(j);
    if (!t.isWord())
        return ref;
    const int mentionIndex = m_window.mentionOfToken.at(j);
    if (mentionIndex >= 0 && m_window.mentions.at(mentionIndex).last == j) {
        ref.type = SpeakerPhrase::Type::Name;
        ref.mention = mentionIndex;
        ref.first = m_window.mentions.at(mentionIndex).begin();
        ref.last = j;
        // "the Lopez campaign" style organisation mentions include their determiner
        if (ref.first - 1 >= sentence.firstToken && m_window.isRuleWord(ref.first - 1, Lexicon::DefiniteArticle))
            ref.first -= 1;
        return ref;
    }
    const QStringView w = m_window.lower(j);
    if (const Lexicon::Pronoun *p = m_lexicon.pronoun(w)) {
        if (p->subject) {
            ref.type = SpeakerPhrase::Type::Pronoun;
            ref.gender = p->gender;
            ref.first = ref.last = j;
        }
        return ref;
    }
    if (m_lexicon.isStatementNoun(w) && j - 2 >= sentence.firstToken
        && m_window.token(j - 1).type == Token::Type::Possessive) {
        SpeakerPhrase owner = nounPhraseEndingAt(j - 2, sentence);
        if (owner.type == SpeakerPhrase::Type::Name) {
            owner.last = j;
            return owner;
        }
    }
    // Sentence-initial capitals are ordinary nouns here ("Police say", "Authorities said").
    if (t.isCapitalized() && !m_window.isTitleToken(j)
        && !(m_window.isSentenceInitial(j, sentence) && !m_window.isNameWord(j, sentence)))
        return ref;
    // A role or organisation phrase: "the WHO chief", "a White House spokesman", "the newspaper".
    QString head = w.toString();
    bool plural = false;
    const Lexicon::RoleNoun *role = m_lexicon.roleNoun(head);
    static const Lexicon::RoleNoun age {QStringLiteral("person"), Gender::Unknown};
    if (!role && head.endsWith(u"-year-old") && head.front().isDigit())
        role = &age; // "the 23-year-old" refers back to a person
    QString orgCategory = m_lexicon.orgNounKind(head);
    if (!role && orgCategory.isEmpty() && head.endsWith(u's') && head.size() > 3) {
        const QString singular = head.endsWith(u"ies") ? head.left(head.size() - 3) + u'y' : head.left(head.size() - 1);
        role = m_lexicon.roleNoun(singular);
        if (!role)
            orgCategory = m_lexicon.orgNounKind(singular);
        plural = role || !orgCategory.isEmpty();
        if (plural)
            head = singular;
    }
    if (!role && orgCategory.isEmpty() && m_window.isTitleToken(j)) {
        QString canonical;
        m_window.isTitleToken(j, &canonical);
        role = m_lexicon.roleNoun(canonical);
    }
    if (!role && orgCategory.isEmpty())
        return ref;
    plural = plural || (role && role->gender == Gender::Plural); // "people"
    const int start = skipBackModifiers(j, sentence);
    int det = start - 1;
    // ("noting that donors feel": "that" before a plural is the complementizer, no determiner.)
    const bool hasDet = det >= sentence.firstToken && m_window.token(det).isWord()
        && (m_window.wordClass(det) & Lexicon::Determiner)
        && !(plural && m_window.isRuleWord(det, Lexicon::Complementizer));
    if (!hasDet && !plural && start == j && !t.isCapitalized()) {
        // A bare singular noun ("spokesman said") is unusual; accept only a title word, or the
        // subject of the reporting verb right after it ("police said", a headline's "analyst says").
        const bool subjectOfCue = j + 1 < sentence.endToken && m_window.isCueVerbAt(j + 1)
            && !m_lexicon.hasEnding(m_window.lower(j + 1), Lexicon::ParticipleEnding); // not "campaign dubbing"
        if (!m_window.isTitleToken(j) && !subjectOfCue)
            return ref;
    }
    ref.first = hasDet ? det : start;
    ref.last = j;
    QStringList capitalised;
    for (int k = start; k < j; ++k) {
        if (m_window.token(k).isWord()) {
            ref.role.modifiers.append(m_window.lower(k).toString());
            if (m_window.token(k).isCapitalized())
                capitalised.append(m_window.tokenView(k).toString());
        }
    }
    if (!capitalised.isEmpty())
        ref.role.places = m_lexicon.placesIn(capitalised);
    ref.role.head = head;
    if (!orgCategory.isEmpty() && !role) {
        ref.type = SpeakerPhrase::Type::OrgRole;
        ref.role.orgCategory = orgCategory;
        return ref;
    }
    if (plural && ref.first - 2 >= sentence.firstToken
        && (m_window.isRuleWord(ref.first - 1, Lexicon::Addition)
            || m_window.isRuleWord(ref.first - 1, Lexicon::Alternative))
        && m_window.token(ref.first - 2).isWord() && m_lexicon.wordClass(m_window.lower(ref.first - 2)) == 0)
        ref.first -= 2; // "Federal and state officials"
    ref.type = plural ? SpeakerPhrase::Type::Group : SpeakerPhrase::Type::Role;
    ref.role.group = role->group;
    ref.role.gender = role->gender;
    // The head may be the last word of a two-word role ("secretary general").
    QString twoHead;
    const QString group = EntityRegistry::roleHeadGroup(m_lexicon, ref.role.modifiers + QStringList {head}, &twoHead);
    if (!group.isEmpty())
        ref.role.group = group;
    return ref;
}

SpeakerPhrase PhraseParser::nounPhraseStartingAt(int j, const Sentence &sentence) const
{
    SpeakerPhrase ref;
    if (j >= sentence.endToken || !m_window.token(j).isWord())
        return ref;
    const int mentionIndex = m_window.mentionOfToken.at(j);
    if (mentionIndex >= 0 && m_window.mentions.at(mentionIndex).begin() == j) {
        // "said Harbor Radio's Jane Doe": the name after the possessive is the person.
        const int owner = m_window.mentions.at(mentionIndex).last;
        const int owned = owner + 2 < sentence.endToken && m_window.isPossessiveMark(owner + 1)
            ? m_window.mentionOfToken.at(owner + 2)
            : -1;
        if (owned >= 0 && m_window.mentions.at(owned).begin() == owner + 2)
            return nounPhraseEndingAt(m_window.mentions.at(owned).last, sentence);
        // "said Ortiz's deputy campaign manager": the role the possessive opens, not its owner.
        if (owner + 2 < sentence.endToken && m_window.isPossessiveMark(owner + 1)) {
            SpeakerPhrase role;
            for (int k = owner + 2; k < sentence.endToken && k < owner + 6; ++k) {
                if (!m_window.token(k).isWord() || m_window.token(k).isCapitalized() || m_window.wordClass(k) != 0)
                    break;
                const SpeakerPhrase r = nounPhraseEndingAt(k, sentence);
                if (!r.isNone() && r.type != SpeakerPhrase::Type::Name && r.first <= j)
                    role = r;
            }
            if (!role.isNone())
                return role;
            // "said Ortiz's introducer, actress Dana Pell": the name in apposition to what the
            // possessive owns.
            const SpeakerPhrase named = nameInAppositionAfter(owner + 2, sentence);
            if (!named.isNone())
                return named;
        }
        return nounPhraseEndingAt(owner, sentence);
    }
    if (const Lexicon::Pronoun *p = m_lexicon.pronoun(m_window.lower(j))) {
        if (p->subject) {
            ref.type = SpeakerPhrase::Type::Pronoun;
            ref.gender = p->gender;
            ref.first = ref.last = j;
        } else if (p->possessive || p->gender == Lexicon::Gender::Female) {
            // "said his lawyer", "said her friend Ana Ortiz" ("her" is listed as an object form).
            return possessedPhraseAt(j, sentence);
        }
        return ref;
    }
    // "said the spokesman", "said a spokeswoman for the campaign", "said Jane Doe, the senator"
    const bool modifiesTitle = j + 1 < sentence.endToken && modifiesTitledName(j); // "said former Sen. Jane Doe"
    if (!m_window.token(j).isCapitalized() && !(m_window.wordClass(j) & Lexicon::Determiner)
        && !m_lexicon.roleNoun(m_window.lower(j)) && !m_window.isRuleWord(j, Lexicon::ShareWord | Lexicon::Quantifier)
        && !modifiesTitle)
        return ref;
    bool number = false;
    for (int k = j; k < sentence.endToken && k < j + 7; ++k) {
        const Token &t = m_window.token(k);
        if (t.type == Token::Type::Number && k > j) {
            number = true; // "a 2012 campaign veteran"
            continue;
        }
        if (!t.isWord())
            break;
        const int mk = m_window.mentionOfToken.at(k);
        if (mk >= 0 && k > j && m_window.mentions.at(mk).begin() == k) {
            // "said a Harbour Board spokesman", "said two Harbour Board pilots": the name modifies
            // the role noun after it.
            // ("a Harbour Board campaign veteran": the role noun may follow other nouns.)
            for (int head = m_window.mentions.at(mk).last + 1; head < sentence.endToken
                 && head <= m_window.mentions.at(mk).last + 3 && m_window.token(head).isWord()
                 && !m_window.token(head).isCapitalized();
                 ++head) {
                SpeakerPhrase role = nounPhraseEndingAt(head, sentence);
                if ((role.type == SpeakerPhrase::Type::Role || role.type == SpeakerPhrase::Type::Group)
                    && role.first >= j && role.first <= m_window.mentions.at(mk).begin()) {
                    role.first = j; // with the determiner and a number before the name
                    return role;
                }
            }
            if (number)
                return ref; // "a 2024 Harbour Institute survey" is no name: the report it is
            return nounPhraseEndingAt(m_window.mentions.at(mk).last, sentence);
        }
        SpeakerPhrase r = nounPhraseEndingAt(k, sentence);
        if (!r.isNone() && r.first == j)
            return r;
        if (k > j && (m_window.wordClass(k) & Lexicon::Preposition))
            break;
    }
    return ref;
}

// From the lower-case words at k, across the comma closing them and the lower-case words after it,
// to the name that ends the clause: "introducer, actress Dana Pell."
SpeakerPhrase PhraseParser::nameInAppositionAfter(int k, const Sentence &sentence) const
{
    const auto lowerWord = [this](int x) {
        return m_window.token(x).isWord() && !m_window.token(x).isCapitalized() && m_window.wordClass(x) == 0
            && m_window.cueAt(x) < 0;
    };
    const int start = k;
    while (k < sentence.endToken && k < start + 4 && lowerWord(k))
        ++k;
    if (k == start || k >= sentence.endToken || !m_window.isPunct(k, u','))
        return {};
    const int afterComma = ++k;
    while (k < sentence.endToken && k < afterComma + 3 && m_window.mentionOfToken.at(k) < 0 && lowerWord(k))
        ++k;
    const int mi = k < sentence.endToken ? m_window.mentionOfToken.at(k) : -1;
    if (mi < 0 || m_window.mentions.at(mi).begin() < afterComma || m_window.mentions.at(mi).inQuote)
        return {};
    const int after = m_window.mentions.at(mi).last + 1;
    if (after < sentence.endToken && !m_window.isPunct(after, u',') && !m_window.isPunct(after, u'.'))
        return {};
    const SpeakerPhrase named = nounPhraseEndingAt(m_window.mentions.at(mi).last, sentence);
    return named.type == SpeakerPhrase::Type::Name ? named : SpeakerPhrase();
}

// "his lawyer", "her campaign manager", "their friend Ana Ortiz": a possessive pronoun opening
// lower-case words that end in a role noun, or in a name that the words describe.
SpeakerPhrase PhraseParser::possessedPhraseAt(int j, const Sentence &sentence) const
{
    SpeakerPhrase role;
    for (int k = j + 1; k < sentence.endToken && k < j + 6; ++k) {
        const int mk = m_window.mentionOfToken.at(k);
        // (A name right after the possessive modifies what follows: "his Harbour Net profile".)
        if (mk >= 0 && m_window.mentions.at(mk).begin() > j && !m_window.mentions.at(mk).inQuote
            && (k > j + 1 || !m_window.token(k).isCapitalized())) {
            const SpeakerPhrase named = nounPhraseEndingAt(m_window.mentions.at(mk).last, sentence);
            return named.type == SpeakerPhrase::Type::Name ? named : role;
        }
        if (!m_window.token(k).isWord() || m_window.token(k).isCapitalized() || m_window.wordClass(k) != 0
            || m_window.cueAt(k) >= 0)
            break;
        const SpeakerPhrase r = nounPhraseEndingAt(k, sentence);
        if (r.type == SpeakerPhrase::Type::Role && r.first <= j + 1)
            role = r;
    }
    return role;
}
