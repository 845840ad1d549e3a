#include "mentionfinder.h"

#include "article/article.h"
#include "extractwindow.h"
#include "phraseparser.h"

#include <QVarLengthArray>

#include <algorithm>
#include <utility>

namespace {

using Gender = Lexicon::Gender;
using Kind = EntityRegistry::Kind;

} // namespace

MentionFinder::MentionFinder(ExtractWindow &window, const PhraseParser &phrases)
    : m_window(window)
    , m_lexicon(window.lexicon)
    , m_phrases(phrases)
{ }

void MentionFinder::find(const Sentence &sentence)
{
    struct NameRun
    {
        int first, last;
        bool swallowed = false;
    };
    // On the stack: a sentence has a few runs, and a list on the heap cost an allocation per sentence.
    QVarLengthArray<NameRun, 32> runs;
    for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
        if (!m_window.token(i).isCapitalized())
            continue; // names, titles and honorifics all start with a capital
        if (i > sentence.firstToken && m_window.token(i - 1).end == m_window.token(i).start
            && (m_window.isPunct(i - 1, u'#') || m_window.isPunct(i - 1, u'@')))
            continue; // "#HarbourStrong", "@HarbourPost": a hashtag or a handle, nobody's name
        const bool title = m_window.isTitleToken(i);
        Gender g;
        const bool honorific = m_window.token(i).isWord() && m_window.isHonorific(i, &g);
        if (!title && !honorific && !m_window.isNameWord(i, sentence))
            continue;
        const int quote = m_window.token(i).quote;
        int j = i;
        bool hasTitleOrOrg = title || honorific || !m_window.orgWordKind(i).isEmpty();
        while (j + 1 < sentence.endToken) {
            const int k = j + 1;
            if (m_window.token(k).quote != quote)
                break;
            if (m_window.isNameWord(k, sentence) || m_window.isTitleToken(k)) {
                hasTitleOrOrg = hasTitleOrOrg || m_window.isTitleToken(k)
                    || !m_window.orgWordKind(k).isEmpty();
                j = k;
            } else if (m_window.isPunct(k, u'.') && m_window.token(k).start == m_window.token(j).end
                && (m_window.isTitleToken(j) || m_window.isHonorific(j)
                    || m_lexicon.isAbbreviation(m_window.textOf(j, k))
                    || (m_window.token(j).length() == 1 && m_window.token(j).isCapitalized()))
                && k + 1 < sentence.endToken && m_window.isNameWord(k + 1, sentence)) {
                j = k; // "Sen." "Mr." "Gov." before a name, or a middle initial ("Laurence H. Tribe")
            } else if (m_window.token(k).isWord() && m_lexicon.isNameParticle(m_window.tokenView(k))
                && k + 1 < sentence.endToken && m_window.isNameWord(k + 1, sentence)) {
                j = k + 1;
            } else if (m_window.token(k).isWord() && m_window.token(k).length() == 1
                && m_window.token(k).isCapitalized() && k + 2 < sentence.endToken && m_window.isPunct(k + 1, u'.')
                && m_window.token(k + 1).start == m_window.token(k).end && m_window.isNameWord(k + 2, sentence)
                && m_window.isNameWord(j, sentence)) {
                j = k + 1; // "Tomas A. Varga": an initial that is also a word ("A", "I")
            } else if ((m_window.isTitleToken(j) || !m_window.orgWordKind(j).isEmpty())
                && m_window.isRuleWord(k, Lexicon::NameLink) && k + 1 < sentence.endToken
                && (m_window.isNameWord(k + 1, sentence)
                    || (m_window.isRuleWord(k + 1, Lexicon::DefiniteArticle) && k + 2 < sentence.endToken
                        && m_window.isNameWord(k + 2, sentence)))) {
                // "Secretary of State", "Bank of Norbury": "of" right after a title or an
                // organisation word; not "Dr. Mei-Lin Tsao of the University".
                j = m_window.isNameWord(k + 1, sentence) ? k + 1 : k + 2;
            } else if ((m_window.isRuleWord(k, Lexicon::Addition) || m_window.isPunct(k, u'&')) && !hasTitleOrOrg
                && k + 1 < sentence.endToken && m_window.isNameWord(k + 1, sentence)
                && m_window.endsInOrganisation(k + 1, sentence)) {
                // "Relief and Shelter Agency", "Securities and Exchange Commission".
                j = k;
            } else if (m_window.token(k).type == Token::Type::QuoteMark && m_window.token(k).quote < 0
                && m_window.tokenView(j).endsWith(u's') && k + 1 < sentence.endToken
                && m_window.isNameWord(k + 1, sentence) && m_window.token(k).start == m_window.token(j).end) {
                j = k; // a plural possessive inside a name: "Farmers’ Federation"
            } else if (m_window.isPunct(k, u'(') && k + 2 < sentence.endToken && m_window.token(k + 1).isAllCaps()
                && m_window.isPunct(k + 2, u')') && k + 3 < sentence.endToken && m_window.isNameWord(k + 3, sentence)) {
                j = k + 3; // "Council (NSC) Maria Lopez"
            } else {
                break;
            }
        }
        // "the Swiss city", "a Chilean official": one capitalised word between a determiner and a
        // lower-case noun is an adjective.
        if (j == i && !title && !honorific && i > sentence.firstToken && m_window.token(i - 1).isWord()
            && (m_window.wordClass(i - 1) & Lexicon::Determiner) && i + 1 < sentence.endToken
            && m_window.token(i + 1).isWord() && !m_window.token(i + 1).isCapitalized()
            && !m_lexicon.orgNounKind(m_window.lower(i + 1)).length()
            && !(m_window.wordClass(i + 1) & (Lexicon::Auxiliary | Lexicon::Preposition | Lexicon::Conjunction))
            && !m_window.isCueVerbAt(i + 1) && !m_window.token(i).isAllCaps()) {
            continue;
        }
        // "the former secretary of State", "a minister of Finance": one capitalised word after a
        // lower-case title and "of" completes the title, no name, when the article also writes it
        // as a word ("state").
        if (j == i && !title && !honorific && i >= sentence.firstToken + 2
            && m_window.isRuleWord(i - 1, Lexicon::NameLink) && m_window.token(i - 2).isWord()
            && !m_window.token(i - 2).isCapitalized() && m_window.occursInLowerCase(i)
            && !m_lexicon.isGivenName(m_window.tokenView(i))) {
            QString capitalised = m_window.tokenView(i - 2).toString();
            capitalised[0] = capitalised[0].toUpper();
            if (m_lexicon.title(capitalised))
                continue;
        }
        runs.append({i, j});
        i = j;
    }

    // A run that is the role prefix of the next one ("Secretary of Ruritania's Supreme ... Council
    // Maria Lopez", "Doe campaign manager Jane Roe") is not a name of its own.
    QVarLengthArray<int, 32> roleStarts(runs.size());
    std::fill(roleStarts.begin(), roleStarts.end(), -1);
    for (int r = 0; r < runs.size(); ++r) {
        const int prefix = rolePrefixBefore(runs.at(r).first, sentence);
        if (prefix < 0)
            continue;
        roleStarts[r] = prefix;
        for (int q = 0; q < r; ++q) {
            if (runs.at(q).first >= prefix)
                runs[q].swallowed = true;
        }
    }
    for (int r = 0; r < runs.size(); ++r) {
        if (!runs.at(r).swallowed)
            registerName(runs.at(r).first, runs.at(r).last, roleStarts.at(r), sentence);
    }
}

// First token of a role phrase standing right before a name ("Republican presidential nominee",
// "CNN's anchor", "Secretary of Ruritania's Supreme Defence Council"), or -1.
int MentionFinder::rolePrefixBefore(int first, const Sentence &sentence) const
{
    int k = first - 1;
    if (k < sentence.firstToken)
        return -1;
    const Token &t = m_window.token(k);
    if (t.isWord() && !t.isCapitalized() && (m_lexicon.roleNoun(m_window.lower(k)) || m_window.isTitleToken(k))) {
        const int start = m_phrases.skipBackModifiers(k, sentence);
        return start;
    }
    if (t.type == Token::Type::Possessive) {
        // "Ruritania's Supreme Council Maria Lopez" is handled inside the run; here the owner is itself
        // part of a title ("Secretary of Ruritania's ...").
        int j = k - 1;
        int firstCap = -1;
        while (j >= sentence.firstToken
            && (m_window.isNameWord(j, sentence) || m_window.isTitleToken(j)
                || m_window.isRuleWord(j, Lexicon::NameLink) || m_window.isRuleWord(j, Lexicon::DefiniteArticle))) {
            if (m_window.token(j).isCapitalized())
                firstCap = j;
            --j;
        }
        if (firstCap >= 0) {
            bool titled = false;
            for (int x = firstCap; x < k; ++x)
                titled = titled || m_window.isTitleToken(x);
            if (titled)
                return firstCap;
        }
    }
    return -1;
}

int MentionFinder::roleAppositiveAfter(int last, const Sentence &sentence, QString *role) const
{
    // "Name, the WHO chief, said" / "Name, CNN's anchor," / "Name, a spokesman for the campaign,"
    int k = last + 1;
    if (k >= sentence.endToken || !m_window.isPunct(k, u','))
        return -1;
    ++k;
    if (k >= sentence.endToken)
        return -1;
    const int start = (m_window.token(k).isWord() && (m_window.wordClass(k) & Lexicon::Determiner)) ? k + 1 : k;
    int roleEnd = -1;
    for (int x = start; x < sentence.endToken && x < start + 9; ++x) {
        const Token &t = m_window.token(x);
        if (t.type == Token::Type::Punct || t.type == Token::Type::QuoteMark)
            break;
        if (t.isWord() && !t.isCapitalized() && m_window.isCueVerbAt(x))
            break;
        if (t.isWord() && (m_lexicon.roleNoun(m_window.lower(x)) || m_window.isTitleToken(x)))
            roleEnd = x;
    }
    if (roleEnd < 0)
        return -1;
    // Extend over "of/for X" to the closing comma.
    int end = roleEnd;
    for (int x = roleEnd + 1; x < sentence.endToken && x < roleEnd + 7; ++x) {
        if (m_window.isPunct(x, u',') || m_window.isPunct(x, u'.') || m_window.token(x).type == Token::Type::QuoteMark)
            break;
        if (m_window.token(x).isWord() && m_window.isCueVerbAt(x))
            break;
        end = x;
    }
    if (end + 1 < sentence.endToken && !m_window.isPunct(end + 1, u',') && !m_window.isPunct(end + 1, u'.'))
        end = roleEnd;
    if (role)
        *role = m_window.textOf(start, end);
    return end;
}

bool MentionFinder::modifiesNounAfter(int next, const Sentence &sentence) const
{
    if (m_window.isModifiedNounAt(next, sentence))
        return true;
    // "the judge's Chilean heritage": any lower-case noun that is no verb form.
    return next < sentence.endToken && m_window.token(next).isWord() && !m_window.token(next).isCapitalized()
        && m_window.wordClass(next) == 0 && !m_window.verbForms(next)
        && !m_lexicon.hasEnding(m_window.lower(next), Lexicon::PastEnding)
        && !m_lexicon.hasEnding(m_window.lower(next), Lexicon::ParticipleEnding)
        && !m_lexicon.hasEnding(m_window.lower(next), Lexicon::PresentEnding);
}

// "the company, Brightline Foods," / "Brightline Foods, a Dallas-based company,": an organisation
// noun in apposition makes the name an organisation of its kind.
QString MentionFinder::orgNounInApposition(int nameFirst, int nameLast, const Sentence &sentence) const
{
    const auto orgHead = [this](int k) {
        if (!m_window.token(k).isWord() || m_window.token(k).isCapitalized() || m_lexicon.roleNoun(m_window.lower(k)))
            return QString();
        return m_lexicon.orgNounKind(m_window.lower(k));
    };
    const auto determinerAt = [this, &sentence](int k) {
        return k >= sentence.firstToken && k < sentence.endToken && m_window.isPlainDeterminer(k);
    };
    if (nameFirst - 2 >= sentence.firstToken && m_window.isPunct(nameFirst - 1, u',')) {
        const QString kind = orgHead(nameFirst - 2);
        int k = nameFirst - 3;
        while (k >= sentence.firstToken && k > nameFirst - 6 && m_window.token(k).isWord()
            && !m_window.token(k).isCapitalized() && m_window.wordClass(k) == 0)
            --k; // "the food company, ..."
        // The apposition closes with a comma after the name, and the noun is no object of a
        // preposition ("after the whole campaign, Ortiz stood down").
        const bool closed = nameLast + 1 < sentence.endToken && m_window.isPunct(nameLast + 1, u',');
        const bool object = k - 1 >= sentence.firstToken && m_window.token(k - 1).isWord()
            && (m_window.wordClass(k - 1) & Lexicon::Preposition);
        if (!kind.isEmpty() && closed && !object && determinerAt(k))
            return kind;
    }
    if (nameLast + 3 < sentence.endToken && m_window.isPunct(nameLast + 1, u',') && determinerAt(nameLast + 2)) {
        int k = nameLast + 3;
        while (k + 1 < sentence.endToken && k < nameLast + 7 && m_window.token(k + 1).isWord()
            && m_window.cueAt(k + 1) < 0
            && !(m_window.wordClass(k + 1) & (Lexicon::Preposition | Lexicon::Relative | Lexicon::Conjunction)))
            ++k;
        const bool possessed = k + 1 < sentence.endToken && m_window.token(k + 1).type == Token::Type::Possessive;
        // Not "X, the company's founder", nor "Valmore, a Harbour College poll": a name inside the
        // apposition is an organisation of its own.
        bool named = false;
        for (int x = nameLast + 3; x <= k && !named; ++x)
            named = m_window.token(x).isCapitalized();
        if (m_window.cueAt(k) < 0 && !possessed && !named)
            return orgHead(k);
    }
    return {};
}

void MentionFinder::registerName(int first, int last, int roleStart, const Sentence &sentence)
{
    if (isDateline(first, last, sentence))
        return;
    NameSplit parts;
    if (!splitName(first, last, roleStart, sentence, parts))
        return;
    EntityRegistry::NameWords tokens;
    int roleFirst = -1;
    const EntityRegistry::NameInfo info = describeName(parts, first, roleStart, sentence, tokens, roleFirst);
    addMention(parts, tokens, info, roleFirst, sentence);
}

// A dateline ("CHARLOTTE —", "WASHINGTON (AP) —") opening a paragraph names a place.
bool MentionFinder::isDateline(int first, int last, const Sentence &sentence) const
{
    if (m_window.token(first).isAllCaps() && m_window.isSentenceInitial(first, sentence) && last + 1 < sentence.endToken
        && (m_window.isDash(last + 1) || m_window.isPunct(last + 1, u'(') || m_window.isPunct(last + 1, u','))) {
        const int block = m_window.article.blockAt(m_window.token(first).start);
        if (block >= 0 && m_window.article.blocks().at(block).start == m_window.token(first).start)
            return true;
    }
    return false;
}

// Splits the run into title/organisation part and the name proper: the name starts after the
// last title word, or after an organisation word followed by a full name. False when no name is left.
bool MentionFinder::splitName(int first, int last, int roleStart, const Sentence &sentence, NameSplit &parts) const
{
    for (int i = first; i <= last; ++i) {
        if (m_window.token(i).isWord() && !(m_window.isPunct(i, u'(') || m_window.isPunct(i, u')')))
            parts.words.append(i);
    }
    parts.titled = roleStart >= 0;
    for (int w = 0; w < parts.words.size(); ++w) {
        const int i = parts.words.at(w);
        if (m_window.token(i).isAllCaps() && i > first && m_window.isPunct(i - 1, u'(')) {
            continue;
        }
        Gender g = Gender::Unknown;
        if (m_window.isTitleToken(i, nullptr, &g) && w + 1 < parts.words.size()) {
            parts.split = w;
            parts.titled = true;
            if (g != Gender::Unknown)
                parts.gender = g;
            continue;
        }
        if (m_window.isHonorific(i, &g) && w + 1 < parts.words.size()) {
            parts.split = w;
            parts.titled = true;
            if (g != Gender::Unknown)
                parts.gender = g;
            continue;
        }
        if (!m_window.orgWordKind(i).isEmpty() && w + 2 < parts.words.size()) {
            // "... Security Council Maria Lopez": an organisation, then a person's full name.
            bool rest = true;
            for (int x = w + 1; x < parts.words.size(); ++x)
                rest = rest && m_window.isNameWord(parts.words.at(x), sentence)
                    && m_window.orgWordKind(parts.words.at(x)).isEmpty();
            if (rest)
                parts.split = w;
        }
    }
    // "Secretary of State Anna M. Berg": the title runs on through "of ..." up to the given name,
    // an initial, or else the last two words.
    if (parts.split >= 0 && parts.split + 1 < parts.words.size()
        && m_window.isRuleWord(parts.words.at(parts.split + 1), Lexicon::NameLink)) {
        int nameStart = -1;
        for (int w = parts.split + 2; w < parts.words.size(); ++w) {
            const int i = parts.words.at(w);
            if (m_lexicon.isGivenName(m_window.tokenView(i))
                || (w + 1 < parts.words.size() && m_window.token(parts.words.at(w + 1)).length() == 1)) {
                nameStart = w;
                break;
            }
        }
        if (nameStart < 0 && parts.words.size() - (parts.split + 2) >= 3)
            nameStart = int(parts.words.size()) - 2;
        if (nameStart > parts.split + 2)
            parts.split = nameStart - 1;
    }
    for (int w = parts.split + 1; w < parts.words.size(); ++w) {
        const int i = parts.words.at(w);
        if (m_window.token(i).isAllCaps() && i > first && m_window.isPunct(i - 1, u'(') && w + 1 < parts.words.size())
            continue; // a parenthesised acronym inside the run
        if (w == parts.split + 1 && m_window.isCommonWord(i) && !m_window.isNameWord(i, sentence))
            continue;
        parts.nameTokens.append(i);
    }
    // Strip a leading "The" that sentence position let in (not a surname that is a common word:
    // "May said").
    while (!parts.nameTokens.isEmpty() && m_window.isCommonWord(parts.nameTokens.front())
        && !m_window.isNameWord(parts.nameTokens.front(), sentence))
        parts.nameTokens.erase(parts.nameTokens.begin());
    // "Miss Universe Alicia Machado", "Nobel laureate Ana Ruiz": after a title, a long run whose
    // given name comes later starts the name there.
    if (parts.nameTokens.size() >= 3
        && m_window.givenName(parts.nameTokens.front()) == Gender::Unknown
        && m_window.orgWordKind(parts.nameTokens.back()).isEmpty()) {
        for (int k = 1; k + 1 < parts.nameTokens.size(); ++k) {
            if (m_window.givenName(parts.nameTokens.at(k)) != Gender::Unknown) {
                parts.nameTokens.erase(parts.nameTokens.begin(), parts.nameTokens.begin() + k);
                break;
            }
        }
    }
    // "The Prime Minister", "the President": titles alone, after an article or two of them, are a
    // role phrase ("King said", "Mr. King said" keep their name).
    bool titlesOnly = !parts.nameTokens.isEmpty();
    for (const int i : std::as_const(parts.nameTokens))
        titlesOnly = titlesOnly && m_window.isTitleToken(i) && m_window.givenName(i) == Gender::Unknown;
    if (titlesOnly) {
        bool honorific = false;
        for (const int i : std::as_const(parts.words))
            honorific = honorific || m_window.isHonorific(i);
        const int before = parts.words.front() - 1;
        const bool afterArticle = (before >= sentence.firstToken && m_window.isRuleWord(before, Lexicon::DefiniteArticle))
            || m_window.isRuleWord(parts.words.front(), Lexicon::DefiniteArticle);
        if (!honorific && (afterArticle || parts.words.size() >= 2))
            return false;
    }
    return !parts.nameTokens.isEmpty(); // a bare title ("the President") is a role phrase, not a name
}

// What the name says of its entity: the name words, gender, role (a title before it, an
// appositive after it) and kind. roleFirst is the first token of the role before the name, or -1.
EntityRegistry::NameInfo MentionFinder::describeName(const NameSplit &parts, int first, int roleStart,
    const Sentence &sentence, EntityRegistry::NameWords &tokens, int &roleFirst) const
{
    EntityRegistry::NameInfo info;
    info.titled = parts.titled;
    info.gender = parts.gender;
    QString orgCategory, nonPerson;
    bool pastLink = false; // "Bank of Norbury": the words after "of" name what the head belongs to
    for (int i : std::as_const(parts.nameTokens)) {
        // An initial keeps its full stop ("Anna M. Berg"), which follows it in the text.
        const Token &word = m_window.token(i);
        const bool initial = word.length() == 1 && m_window.hasAbbrevDot(i);
        tokens.append(m_window.text.mid(word.start, initial ? 2 : word.length()));
        // The organisation word nearest the end names its kind, as the head of an English compound
        // does ("Coastal Survey Agency" is an agency, not a poll).
        pastLink = pastLink || (i > 0 && m_window.isRuleWord(i - 1, Lexicon::NameLink) && !orgCategory.isEmpty());
        if (!pastLink && !m_window.orgWordKind(i).isEmpty())
            orgCategory = m_window.orgWordKind(i);
        // After a given name, a document word is part of a person's name ("Bill Ortega", "Steven
        // Law"), unless it ends a longer one ("Martin Luther King Day").
        const bool afterGiven = parts.nameTokens.size() >= 2
            && m_window.givenName(parts.nameTokens.front()) != Gender::Unknown
            && (i != parts.nameTokens.back() || parts.nameTokens.size() == 2);
        if (nonPerson.isEmpty() && !afterGiven)
            nonPerson = m_lexicon.nonPersonKind(m_window.tokenView(i), m_window.writtenHash(i));
    }
    // A country or capital named alone is a place, unless titled ("President Chad ..." is no
    // place): it speaks only as the subject of a verb of saying, for its government.
    if (nonPerson.isEmpty() && !parts.titled && tokens.size() <= 4) {
        // Most names are one word, asked as they stand; longer ones are joined by single spaces.
        QString joined;
        if (tokens.size() > 1) {
            for (const QStringView w : tokens)
                joined += (joined.isEmpty() ? QString() : QStringLiteral(" ")) + w;
        }
        const QStringView whole = tokens.size() == 1 ? tokens.front() : QStringView(joined);
        // ("Dunmore, N.H.": a region's dotted abbreviation standing alone names the region.)
        if (m_lexicon.isPlaceName(whole)
            || (tokens.size() == 1 && whole.endsWith(u'.') && !m_lexicon.regionNamed(whole).isEmpty()))
            nonPerson = QStringLiteral("place");
        else if (m_lexicon.isDemonym(whole) && modifiesNounAfter(parts.nameTokens.back() + 1, sentence))
            nonPerson = QStringLiteral("nationality"); // "European officials", not "German laughed"
    }
    // Honorific or title with a given name decides gender.
    if (info.gender == Gender::Unknown && tokens.size() >= 2)
        info.gender = m_lexicon.givenName(tokens.first());

    const int nameFirst = parts.nameTokens.front();
    const int nameLast = parts.nameTokens.back();
    roleFirst = -1;
    if (parts.split >= 0)
        roleFirst = first;
    if (roleStart >= 0)
        roleFirst = roleStart;
    if (roleFirst >= 0) {
        int roleLast = parts.split >= 0 ? parts.words.at(parts.split) : first - 1;
        if (roleLast < roleFirst)
            roleLast = first - 1;
        // Titles that are honorifics only (Mr, Mrs) are no role.
        QString role = m_window.textOf(roleFirst, roleLast);
        if (role.endsWith(u'.') && role.size() <= 5)
            role.clear();
        Gender g;
        if (roleLast == roleFirst && m_window.isHonorific(roleFirst, &g))
            role.clear();
        if (roleLast >= roleFirst + 1 && m_window.hasAbbrevDot(roleFirst)
            && m_window.isHonorific(roleFirst))
            role.clear();
        while (role.startsWith(u"The ") || role.startsWith(u"the "))
            role.remove(0, 4);
        info.role = role;
    }

    if (orgCategory.isEmpty() && roleStart >= 0 && first - 1 >= sentence.firstToken
        && m_window.token(first - 1).isWord() && !m_window.token(first - 1).isCapitalized()) {
        const QString category = m_lexicon.orgNounKind(m_window.lower(first - 1));
        if (!category.isEmpty() && !m_lexicon.roleNoun(m_window.lower(first - 1)))
            orgCategory = category; // "consumer group Fair Money", "lighting maker Lumora"
    }
    if (orgCategory.isEmpty() && nonPerson.isEmpty() && !parts.titled && info.gender == Gender::Unknown)
        orgCategory = orgNounInApposition(nameFirst, nameLast, sentence);
    if (!orgCategory.isEmpty() && parts.split < 0) {
        info.kind = Kind::Organization;
        info.orgCategory = orgCategory;
        info.role.clear();
    } else if (!nonPerson.isEmpty() && !parts.titled
        && !(tokens.size() == 1 && std::as_const(m_window.registry).findPerson(tokens) >= 0)) {
        // (a surname met before with a given name is that person: "Steven Law ... Law said")
        info.kind = Kind::Other;
        info.placeLike = nonPerson == u"place";
    } else if (tokens.size() == 1 && m_window.token(nameFirst).isAllCaps() && !parts.titled
        && m_window.token(nameFirst).length() <= 6) {
        info.kind = Kind::Organization; // an acronym: CNN, NATO, UNESCO
    } else if (parts.titled || info.gender != Gender::Unknown) {
        info.kind = Kind::Person;
    } else if (tokens.size() >= 2) {
        info.kind = Kind::Unknown;
    }
    if (info.kind != Kind::Organization && info.role.isEmpty()) {
        QString appositive;
        if (roleAppositiveAfter(nameLast, sentence, &appositive) >= 0)
            info.role = appositive;
        else if (nameFirst - 1 >= sentence.firstToken && m_window.isPunct(nameFirst - 1, u',')) {
            // "the European Union trade chief, Anna Berg"
            const int k = nameFirst - 2;
            if (k >= sentence.firstToken && m_window.token(k).isWord() && !m_window.token(k).isCapitalized()
                && m_lexicon.roleNoun(m_window.lower(k))) {
                int s = m_phrases.skipBackModifiers(k, sentence);
                info.role = m_window.textOf(s, k);
            }
        }
        if (!info.role.isEmpty() && info.kind == Kind::Unknown)
            info.kind = Kind::Person;
    }
    if (info.kind != Kind::Organization)
        info.region = partyRegionAfter(nameLast, sentence);
    return info;
}

// The region of a party and state tag after a name: "Sen. Ana Ortiz (D-N.M.)", "Rep. Dan Cole,
// R-Fla.," give New Mexico and Florida; an empty string when no such tag follows.
QString MentionFinder::partyRegionAfter(int nameLast, const Sentence &sentence) const
{
    int k = nameLast + 1;
    if (k < sentence.endToken && (m_window.isPunct(k, u'(') || m_window.isPunct(k, u',')))
        ++k;
    if (k >= sentence.endToken || !m_window.isPartyTag(k))
        return {};
    // The tokens up to the closing parenthesis or comma, with their dots ("N.M.").
    int last = k;
    while (last + 1 < sentence.endToken && last < k + 4 && m_window.token(last + 1).start == m_window.token(last).end
        && !m_window.isPunct(last + 1, u')') && !m_window.isPunct(last + 1, u','))
        ++last;
    const QString written = m_window.textOf(k, last).mid(2);
    QString region = m_lexicon.regionNamed(written);
    if (region.isEmpty() && written.endsWith(u'.'))
        region = m_lexicon.regionNamed(QStringView(written).chopped(1));
    return region;
}

// Adds the mention of the name, or of the organisation it names ("the Doe campaign"), and of the
// organisation it owns ("Lopez's campaign").
void MentionFinder::addMention(const NameSplit &parts, const EntityRegistry::NameWords &tokens, const EntityRegistry::NameInfo &info,
    int roleFirst, const Sentence &sentence)
{
    const int nameFirst = parts.nameTokens.front();
    const int nameLast = parts.nameTokens.back();

    // A name followed by an organisation noun ("the Doe campaign") names that organisation.
    if (nameLast + 1 < sentence.endToken && m_window.token(nameLast + 1).isWord()
        && !m_window.token(nameLast + 1).isCapitalized() && roleFirst < 0) {
        const QString category = m_lexicon.orgNounKind(m_window.lower(nameLast + 1));
        const bool determined = nameFirst - 1 >= sentence.firstToken && m_window.token(nameFirst - 1).isWord()
            && (m_window.wordClass(nameFirst - 1) & Lexicon::Determiner);
        if (!category.isEmpty() && determined && category != u"poll") {
            Mention m;
            m.first = nameFirst;
            m.last = nameLast + 1;
            m.inQuote = m_window.token(nameFirst).quote >= 0;
            m.entity = m_window.registry.addOrganization(
                m_window.textOf(nameFirst, nameLast + 1), category, m_window.token(nameFirst).start);
            m_window.mentions.append(m);
            for (int x = m.first; x <= m.last; ++x)
                m_window.mentionOfToken[x] = int(m_window.mentions.size()) - 1;
            return;
        }
    }

    // "Lopez's campaign", "Doe's team": the possessor's organisation, mentioned alongside them.
    int ownedOrg = -1;
    if (nameLast + 2 < sentence.endToken && m_window.token(nameLast + 1).type == Token::Type::Possessive
        && m_window.token(nameLast + 2).isWord() && !m_window.token(nameLast + 2).isCapitalized()) {
        const QString category = m_lexicon.orgNounKind(m_window.lower(nameLast + 2));
        if (!category.isEmpty() && category != u"poll" && category != u"media")
            ownedOrg = m_window.registry.addOrganization(
                m_window.textOf(nameFirst, nameLast + 2), category, m_window.token(nameFirst).start);
    }

    Mention m;
    m.first = nameFirst;
    m.last = nameLast;
    m.roleFirst = roleFirst;
    m.inQuote = m_window.token(nameFirst).quote >= 0;
    const int before = m.begin() - 1;
    if (before >= sentence.firstToken && m_window.token(before).isWord()
        && (m_window.wordClass(before) & Lexicon::Preposition))
        m.afterPreposition = true;
    m.entity = m_window.registry.addName(tokens, info, m_window.token(nameFirst).start);
    if (m.entity >= 0 && tokens.size() == 1 && before >= sentence.firstToken && m_window.token(before).isWord()) {
        // "in Ankara", "at Geneva": a bare word after a place preposition is a place.
        const bool possessive
            = nameLast + 1 < sentence.endToken && m_window.token(nameLast + 1).type == Token::Type::Possessive;
        if (!possessive && m_window.isRuleWord(before, Lexicon::PlacePreposition))
            m_window.registry.setNeuterEvidence(
                m.entity, std::as_const(m_window.registry).entity(m.entity).tokens.size() == 1);
    }
    m_window.mentions.append(m);
    for (int x = m.begin(); x <= m.last; ++x)
        m_window.mentionOfToken[x] = int(m_window.mentions.size()) - 1;
    if (ownedOrg >= 0) {
        Mention org;
        org.first = nameFirst;
        org.last = nameLast + 2;
        org.inQuote = m.inQuote;
        org.entity = ownedOrg;
        m_window.mentions.append(org);
        m_window.mentionOfToken[nameLast + 1] = m_window.mentionOfToken[nameLast + 2]
            = int(m_window.mentions.size()) - 1;
    }
}

void MentionFinder::markSubjects(const Sentence &sentence)
{
    // Records of this sentence all come after those of earlier ones: only the new tail needs sorting.
    const qsizetype oldSize = m_window.history.size();
    const auto [firstMention, endMention] = m_window.mentionsIn(sentence);
    for (int mentionIndex = firstMention; mentionIndex < endMention; ++mentionIndex) {
        Mention &m = m_window.mentions[mentionIndex];
        if (m.last >= sentence.endToken || m.inQuote)
            continue;
        int k = m.last + 1;
        if (k < sentence.endToken && m_window.isPunct(k, u'(')) {
            // "Roy Cooper (D), …": past the parenthesis.
            while (k < sentence.endToken && k < m.last + 8 && !m_window.isPunct(k, u')'))
                ++k;
            ++k;
        }
        // ("The candidate, former Gov. Ana Ortiz, read …": a modifier may stand before the title.)
        const int open = m.begin() - 1 >= sentence.firstToken && m_phrases.modifiesTitledName(m.begin() - 1)
            ? m.begin() - 2
            : m.begin() - 1;
        if (k < sentence.endToken && m_window.isPunct(k, u',') && open - 1 >= sentence.firstToken
            && m_window.isPunct(open, u',') && m_window.token(open - 1).isWord()
            && !m_window.token(open - 1).isCapitalized() && m_lexicon.roleNoun(m_window.lower(open - 1))
            && k + 1 < sentence.endToken && m_window.token(k + 1).isWord() && !m_window.token(k + 1).isCapitalized()
            && !(m_window.wordClass(k + 1) & (Lexicon::Relative | Lexicon::Determiner | Lexicon::Preposition))) {
            // "The head teacher, Mrs Ana Ortiz, read …": the name is itself the appositive of the
            // role noun before it, and the comma after it closes it.
            ++k;
        } else if (k < sentence.endToken && m_window.isPunct(k, u',')) {
            // Skip an appositive up to its closing comma.
            int x = k + 1;
            while (x < sentence.endToken && x < k + 14 && !m_window.isPunct(x, u',')
                && m_window.token(x).type != Token::Type::QuoteMark)
                ++x;
            if (x < sentence.endToken && m_window.isPunct(x, u','))
                k = x + 1;
            else
                continue;
        }
        // "Senator Ana Ortiz of Vermont endorsed", "Tom Pell of the Harbour Institute said": past
        // the place or the organisation the name is of.
        // (Title case, "The Rise Of Dunmore", links nothing.)
        for (int links = 0; links < 3 && k + 1 < sentence.endToken && m_window.isRuleWord(k, Lexicon::NameLink)
             && !m_window.token(k).isCapitalized();
             ++links) {
            int x = k + 1;
            if (m_window.isRuleWord(x, Lexicon::DefiniteArticle))
                ++x;
            const int of = x < sentence.endToken ? m_window.mentionOfToken.at(x) : -1;
            if (of < 0 || m_window.mentions.at(of).begin() != x || m_window.mentions.at(of).last + 1 >= sentence.endToken)
                break;
            k = m_window.mentions.at(of).last + 1;
        }
        // "… Council on Friday made": past a time phrase.
        if (k + 1 < sentence.endToken && m_window.isRuleWord(k, Lexicon::DatePreposition)
            && (m_window.wordClass(k + 1) & Lexicon::Time))
            k += 2;
        while (k < sentence.endToken && m_window.token(k).isWord()
            && (m_window.wordClass(k) & (Lexicon::Auxiliary | Lexicon::Adverb | Lexicon::Negation | Lexicon::Time)))
            ++k;
        if (k >= sentence.endToken || !m_window.token(k).isWord() || m_window.token(k).isCapitalized())
            continue;
        const quint16 c = m_window.wordClass(k);
        if (c & (Lexicon::Preposition | Lexicon::Determiner | Lexicon::Conjunction))
            continue;
        // "a judge’s Harbour heritage": after a possessive, a name before a noun modifies it.
        if (k == m.last + 1 && m.begin() > sentence.firstToken && m_window.isPossessiveMark(m.begin() - 1)
            && modifiesNounAfter(k, sentence))
            continue;
        // An object ("has encouraged European nations") follows a verb; a subject does not.
        int b = m.begin() - 1;
        while (b >= sentence.firstToken && m_window.token(b).isWord() && (m_window.wordClass(b) & Lexicon::Determiner))
            --b;
        // "advocate of an Apollo-type effort": a name after a preposition and its determiner is
        // the preposition's object.
        if (b < m.begin() - 1 && b >= sentence.firstToken && m_window.token(b).isWord()
            && (m_window.wordClass(b) & Lexicon::Preposition) && !(m_window.wordClass(b) & Lexicon::Relative))
            continue;
        // A role or organisation noun before the name is its description ("lighting maker Lumora
        // said", "party chairman Ana Ortiz said"), no verb.
        // ("former Gov. Ana Ortiz said": a modifier of the title is no description.)
        if (b >= sentence.firstToken && m_window.token(b).isWord() && !m_window.token(b).isCapitalized()
            && m_window.wordClass(b) == 0 && !m_lexicon.roleNoun(m_window.lower(b))
            && m_lexicon.orgNounKind(m_window.lower(b)).isEmpty() && !m_phrases.modifiesTitledName(b))
            continue;
        m.subject = !m.afterPreposition;
        if (m.subject && m.entity >= 0) {
            SalienceRecord h;
            h.pos = m_window.token(m.first).start;
            h.entity = m.entity;
            h.serial = sentence.serial;
            h.subject = true;
            m_window.history.append(h);
        }
    }
    // Non-subject mentions outside quotes also enter the history, with less weight.
    for (int mentionIndex = firstMention; mentionIndex < endMention; ++mentionIndex) {
        const Mention &m = m_window.mentions.at(mentionIndex);
        if (m.last >= sentence.endToken || m.inQuote || m.subject || m.entity < 0)
            continue;
        // "the soft-spoken Pellham native", "a Ruritania-based firm": a name modifying the noun after
        // it names no one a pronoun could point back to.
        int b = m.begin() - 1;
        for (int steps = 0; b >= sentence.firstToken && steps < 3 && m_window.token(b).isWord()
             && !m_window.token(b).isCapitalized() && m_window.wordClass(b) == 0;
             ++steps)
            --b;
        const int after = m.last + 1;
        if (b >= sentence.firstToken && m_window.isRuleWord(b, Lexicon::ArticleWord) && after < sentence.endToken
            && m_window.token(after).isWord() && !m_window.token(after).isCapitalized()
            && m_window.wordClass(after) == 0 && !m_window.isCueVerbAt(after))
            continue;
        SalienceRecord h;
        h.pos = m_window.token(m.first).start;
        h.entity = m.entity;
        h.serial = sentence.serial;
        h.afterPreposition = m.afterPreposition;
        m_window.history.append(h);
    }
    // A sentence adds a few records, nearly in order: sorted in place by insertion, which keeps
    // equal positions in the order they were added as a stable sort does, with no buffer to allocate.
    const auto added = m_window.history.begin() + oldSize;
    for (auto it = added; it != m_window.history.end(); ++it) {
        const SalienceRecord record = *it;
        auto hole = it;
        for (; hole != added && (hole - 1)->pos > record.pos; --hole)
            *hole = *(hole - 1);
        *hole = record;
    }
    if (m_window.history.size() > ExtractWindow::MaxHistory)
        m_window.history.erase(m_window.history.begin(), m_window.history.begin() + ExtractWindow::MaxHistory / 2);
}
