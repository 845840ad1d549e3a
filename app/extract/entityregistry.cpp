#include "entityregistry.h"

#include <QVarLengthArray>

#include <algorithm>

namespace {

// Whether the capitals opening the tokens spell out acronym; compared in place, as every
// organisation of the article is asked.
bool hasInitials(const QStringList &tokens, QStringView acronym)
{
    qsizetype at = 0;
    for (const QString &t : tokens) {
        if (t.isEmpty() || !t.front().isUpper())
            continue;
        if (at == acronym.size() || acronym[at] != t.front())
            return false;
        ++at;
    }
    return at == acronym.size();
}

bool compatible(EntityRegistry::Kind a, EntityRegistry::Kind b)
{
    using K = EntityRegistry::Kind;
    return a == K::Unknown || b == K::Unknown || a == b;
}

} // namespace

EntityRegistry::EntityRegistry(const Lexicon &lexicon)
    : m_lexicon(lexicon)
{
}

EntityRegistry::NameWords EntityRegistry::viewsOf(const QStringList &tokens)
{
    NameWords words;
    for (const QString &t : tokens)
        words.append(t);
    return words;
}

int EntityRegistry::create(const NameWords &tokens, const NameInfo &info, int pos)
{
    Entity e;
    e.tokens.reserve(tokens.size());
    for (const QStringView t : tokens)
        e.tokens.append(t.toString());
    e.name = nameKey(tokens).toString();
    e.firstMention = pos;
    e.lastMention = pos;
    m_entities.append(std::move(e));
    const int id = int(m_entities.size()) - 1;
    const Entity &stored = m_entities.at(id);
    m_byName[QStringView(stored.name)] = id;
    for (const QString &t : stored.tokens)
        m_byToken[QStringView(t)].append({id, int(stored.tokens.size()), t == stored.tokens.last()});
    apply(id, info, pos);
    return id;
}

void EntityRegistry::apply(int id, const NameInfo &info, int pos)
{
    Entity &e = m_entities[id];
    e.lastMention = std::max(e.lastMention, pos);
    // An organisation already is in the lookups of organisations, under its category: filed by
    // an earlier call, or handed out for writing. Most mentions of one change neither.
    const bool wasOrganization = e.kind == Kind::Organization;
    if (e.kind == Kind::Unknown || (info.kind != Kind::Unknown && info.titled))
        e.kind = info.kind == Kind::Unknown ? e.kind : info.kind;
    if (e.kind == Kind::Organization && !wasOrganization)
        insertSorted(m_maybeOrganizations, id);
    if (e.gender == Lexicon::Gender::Unknown)
        e.gender = info.gender;
    if (!info.role.isEmpty())
        setRole(id, info.role);
    if (!info.region.isEmpty()) {
        const QString place = info.region.toLower();
        if (!e.rolePlaces.contains(place))
            e.rolePlaces.append(place);
    }
    bool newCategory = false;
    if (!info.orgCategory.isEmpty() && e.orgCategory.isEmpty()) {
        e.orgCategory = info.orgCategory;
        newCategory = true;
    }
    e.titled = e.titled || info.titled;
    e.placeLike = e.placeLike || info.placeLike;
    e.described = e.described || info.described;
    if (e.kind == Kind::Organization && (!wasOrganization || newCategory))
        indexOrganization(id);
}

void EntityRegistry::indexOrganization(int id)
{
    const Entity &e = m_entities.at(id);
    if (e.orgCategory.isEmpty())
        insertSorted(m_orgsWithoutCategory, id);
    else
        addToIndex(m_orgsByCategory, e.orgCategory, id);
}

void EntityRegistry::merge(int from, int into)
{
    if (from == into)
        return;
    Entity &src = m_entities[from];
    Entity &dst = m_entities[into];
    src.mergedInto = into;
    dst.firstMention = std::min(dst.firstMention, src.firstMention);
    dst.lastMention = std::max(dst.lastMention, src.lastMention);
    if (dst.gender == Lexicon::Gender::Unknown)
        dst.gender = src.gender;
    if (dst.role.isEmpty() && !src.role.isEmpty()) {
        dst.role = src.role;
        dst.roleWords = src.roleWords;
        dst.roleGroup = src.roleGroup;
        dst.roleWordBits = src.roleWordBits;
        if (!dst.roleWords.isEmpty())
            indexRoleWords(into);
    }
    dst.titled = dst.titled || src.titled;
    if (src.name != dst.name && !dst.aliases.contains(src.name))
        dst.aliases.append(src.name);
    for (const QString &a : std::as_const(src.aliases)) {
        if (a != dst.name && !dst.aliases.contains(a))
            dst.aliases.append(a);
    }
}

QStringView EntityRegistry::nameKey(const NameWords &tokens) const
{
    // Names are looked up far more often than registered: a one-word name is its own key, a longer
    // one is joined in a buffer that keeps its capacity, so a lookup allocates nothing.
    if (tokens.size() == 1)
        return tokens.first();
    // Words that stand in the text one space apart (most names) are their own key, in place.
    bool inPlace = true;
    for (qsizetype i = 1; i < tokens.size() && inPlace; ++i) {
        const QStringView before = tokens.at(i - 1);
        inPlace = tokens.at(i).data() == before.data() + before.size() + 1 && before.data()[before.size()] == u' ';
    }
    if (inPlace) {
        const QStringView last = tokens.last();
        return QStringView(tokens.first().data(), last.data() + last.size());
    }
    m_keyBuffer.resize(0);
    m_keyBuffer += tokens.first();
    for (qsizetype i = 1; i < tokens.size(); ++i) {
        m_keyBuffer += u' ';
        m_keyBuffer += tokens.at(i);
    }
    return m_keyBuffer;
}

int EntityRegistry::addName(const QStringList &tokens, const NameInfo &info, int pos)
{
    return addName(viewsOf(tokens), info, pos);
}

int EntityRegistry::addName(const NameWords &tokens, const NameInfo &info, int pos)
{
    if (tokens.isEmpty())
        return -1;
    if (const int *exact = m_byName.find(nameKey(tokens))) {
        const int id = find(*exact);
        apply(id, info, pos);
        return id;
    }

    if (tokens.size() == 1) {
        const QStringView t = tokens.first();
        // A short form: the most recently mentioned full name holding this word, surname first.
        int best = -1;
        int bestScore = -1;
        const QList<NamedBy> *candidates = m_byToken.find(t);
        for (const NamedBy &entry : candidates ? *candidates : QList<NamedBy>()) {
            const int cand = find(entry.id);
            const Entity &e = m_entities.at(cand);
            const bool indexed = cand == entry.id; // else the words are those of the entity it joined
            if ((indexed ? entry.wordCount : e.tokens.size()) < 2 || !compatible(e.kind, info.kind))
                continue;
            const bool surname = indexed ? entry.lastWord : e.tokens.last() == t;
            const int score = (surname ? 2 : 1) * 1000000 + std::min(e.lastMention, 999999);
            if (score > bestScore) {
                bestScore = score;
                best = cand;
            }
        }
        if (best < 0 && t.size() >= 2 && t.size() <= 6) {
            // An acronym of an organisation named in full ("European Union" -> "EU").
            bool allUpper = true;
            for (QChar c : t)
                allUpper = allUpper && c.isUpper();
            if (allUpper) {
                for (const int i : m_maybeOrganizations) {
                    const Entity &e = m_entities.at(i);
                    if (e.mergedInto < 0 && e.kind == Kind::Organization && e.tokens.size() >= 2
                        && hasInitials(e.tokens, t)) {
                        best = i;
                        break;
                    }
                }
            }
        }
        if (best >= 0) {
            apply(best, info, pos);
            addAlias(best, t);
            return best;
        }
        return create(tokens, info, pos);
    }

    // A full name. Join earlier single-word forms of it (seen before the full name appeared) unless
    // another full name already claimed them.
    const int id = create(tokens, info, pos);
    Entity &fresh = m_entities[id];
    for (const QStringView t : tokens) {
        const QList<NamedBy> *candidates = m_byToken.find(t);
        for (const NamedBy &entry : candidates ? *candidates : QList<NamedBy>()) {
            const int cand = find(entry.id);
            if (cand == id)
                continue;
            const Entity &e = m_entities.at(cand);
            const qsizetype words = cand == entry.id ? entry.wordCount : e.tokens.size();
            if (words == 1 && compatible(e.kind, fresh.kind) && (t == tokens.last() || t == tokens.first())) {
                merge(cand, id);
            } else if (words >= 2 && e.tokens.first() == tokens.first()
                       && e.tokens.last() == tokens.last() && compatible(e.kind, fresh.kind)) {
                // "John Fitzgerald Doe" after "John Doe": one person, keep the first form.
                merge(id, cand);
                apply(cand, info, pos);
                return cand;
            }
        }
    }
    return id;
}

int EntityRegistry::findPerson(const QStringList &tokens) const
{
    return findPerson(viewsOf(tokens));
}

int EntityRegistry::findPerson(const NameWords &tokens) const
{
    if (tokens.isEmpty())
        return -1;
    if (const int *exact = m_byName.find(nameKey(tokens)))
        return find(*exact);
    int best = -1;
    if (const QList<NamedBy> *candidates = m_byToken.find(tokens.last())) {
        for (const NamedBy &entry : *candidates) {
            const int cand = find(entry.id);
            const Entity &e = m_entities.at(cand);
            if (e.tokens.size() >= 2 && e.tokens.last() == tokens.last() && e.kind != Kind::Organization
                && e.kind != Kind::Other && (best < 0 || e.lastMention > m_entities.at(best).lastMention))
                best = cand;
        }
    }
    return best;
}

int EntityRegistry::addOrganization(const QString &name, const QString &category, int pos)
{
    // "the Lopez campaign" and "Lopez's campaign" are one organisation, named as first seen.
    QString key = name;
    key.remove(QStringLiteral("\u2019s")).remove(QStringLiteral("'s"));
    auto it = m_orgByKey.constFind(key);
    if (it != m_orgByKey.cend()) {
        const int id = find(it.value());
        m_entities[id].lastMention = std::max(m_entities[id].lastMention, pos);
        return id;
    }
    NameInfo info;
    info.kind = Kind::Organization;
    info.orgCategory = category;
    const int id = addName(QStringList{name}, info, pos);
    m_orgByKey.insert(key, id);
    return id;
}

void EntityRegistry::setRole(int id, const QString &role)
{
    const int target = find(id);
    Entity &e = m_entities[target];
    if (!e.role.isEmpty() || role.isEmpty())
        return;
    e.role = role;
    e.roleWords.clear();
    // The words are gathered on the stack and split as views: a role is set once per entity, but
    // a long article sets thousands.
    QVarLengthArray<QChar, 64> word;
    for (QChar c : role) {
        if (c.isLetterOrNumber() || c == u'-') {
            word.append(c.toLower());
        } else if (!word.isEmpty()) {
            e.roleWords.append(QString(word.constData(), word.size()));
            word.clear();
        }
    }
    if (!word.isEmpty())
        e.roleWords.append(QString(word.constData(), word.size()));
    // The places of the role ("Florida Sen.", "a senator from New Mexico").
    QStringList words;
    for (const QStringView w : QStringView(role).tokenize(u' ', Qt::SkipEmptyParts)) {
        QStringView bare = w;
        while (!bare.isEmpty() && !bare.back().isLetter())
            bare.chop(1);
        if (bare.endsWith(u"'s") || bare.endsWith(u"\u2019s"))
            bare.chop(2);
        words.append(bare.toString());
    }
    for (const QString &place : m_lexicon.placesIn(words)) {
        if (!e.rolePlaces.contains(place))
            e.rolePlaces.append(place);
    }
    // Abbreviated titles stand for their full form ("Sen." -> senator).
    for (const QStringView w : QStringView(role).tokenize(u' ', Qt::SkipEmptyParts)) {
        const Lexicon::Title *t = m_lexicon.title(w);
        if (!t && !w.endsWith(u'.')) {
            QVarLengthArray<QChar, 64> withDot(w.begin(), w.end());
            withDot.append(QChar(u'.'));
            t = m_lexicon.title(QStringView(withDot.constData(), withDot.size()));
        }
        if (t) {
            for (const QStringView c : QStringView(t->canonical).tokenize(u' ', Qt::SkipEmptyParts)) {
                if (!e.roleWords.contains(c))
                    e.roleWords.append(c.toString());
            }
        }
    }
    e.roleGroup = roleHeadGroup(m_lexicon, e.roleWords);
    e.roleWordBits = 0;
    for (const QString &w : std::as_const(e.roleWords))
        e.roleWordBits |= roleWordBit(w);
    if (!e.roleWords.isEmpty())
        indexRoleWords(target);
}

void EntityRegistry::indexRoleWords(int id)
{
    // An entity's role words are set once (setRole and merge give them only to one without).
    const Entity &e = m_entities.at(id);
    for (const QString &w : e.roleWords)
        addToIndex(m_byRoleWord, w, id);
    if (!e.roleGroup.isEmpty())
        addToIndex(m_byRoleGroup, e.roleGroup, id);
}

void EntityRegistry::addToIndex(WordMap<std::vector<int>> &index, const QString &key, int id)
{
    std::vector<int> *ids = index.find(key);
    if (!ids) {
        m_roleKeys.push_back(key);
        ids = &index[QStringView(m_roleKeys.back())];
    }
    insertSorted(*ids, id);
}

quint64 EntityRegistry::roleWordBit(QStringView word)
{
    quint32 h = 2166136261u;
    for (QChar c : word)
        h = (h ^ c.unicode()) * 16777619u;
    return quint64(1) << ((h ^ (h >> 16)) & 63);
}

void EntityRegistry::insertSorted(std::vector<int> &ids, int id)
{
    const auto at = std::lower_bound(ids.begin(), ids.end(), id);
    if (at == ids.end() || *at != id)
        ids.insert(at, id);
}

EntityRegistry::Entity &EntityRegistry::entity(int id)
{
    const int root = find(id);
    insertSorted(m_maybeOrganizations, root);
    insertSorted(m_handedOut, root);
    return m_entities[root];
}

void EntityRegistry::setGender(int id, Lexicon::Gender gender)
{
    Entity &e = m_entities[find(id)];
    if (e.gender == Lexicon::Gender::Unknown)
        e.gender = gender;
}

void EntityRegistry::addAlias(int id, const QString &alias)
{
    addAlias(id, QStringView(alias));
}

void EntityRegistry::addAlias(int id, QStringView alias)
{
    // Copied only when new: a short form mostly comes again.
    Entity &e = m_entities[find(id)];
    if (alias.isEmpty() || alias == e.name || e.aliases.contains(alias))
        return;
    e.aliases.append(alias.toString());
}

bool EntityRegistry::isPerson(int id) const
{
    return speakerKind(id) == Kind::Person;
}

EntityRegistry::Kind EntityRegistry::speakerKind(int id) const
{
    const Entity &e = entity(id);
    if (e.kind != Kind::Unknown)
        return e.kind;
    if (e.neuterEvidence)
        return Kind::Other;
    if (e.gender == Lexicon::Gender::Male || e.gender == Lexicon::Gender::Female || e.titled)
        return Kind::Person;
    // A bare single word nothing else tells about: a surname, or a place standing for a government.
    // Only call it a person once it has been mentioned as one (pronoun evidence sets the gender).
    return e.tokens.size() >= 2 ? Kind::Person : Kind::Unknown;
}

bool EntityRegistry::canSpeak(int id) const
{
    const Kind k = speakerKind(id);
    return k == Kind::Person || k == Kind::Organization;
}

QString EntityRegistry::roleHeadGroup(const Lexicon &lexicon, const QStringList &lowerWords, QString *head)
{
    for (int n = int(lowerWords.size()) - 1; n >= 0; --n) {
        // Prefer the longest phrase ending at a role word ("secretary general" over "general").
        if (n >= 1) {
            // The two words joined in a buffer on the stack: most pairs are no role noun.
            QVarLengthArray<QChar, 64> two;
            two.append(lowerWords.at(n - 1).constData(), lowerWords.at(n - 1).size());
            two.append(QChar(u' '));
            two.append(lowerWords.at(n).constData(), lowerWords.at(n).size());
            const QStringView pair(two.constData(), two.size());
            if (const auto *r = lexicon.roleNoun(pair)) {
                if (head)
                    *head = pair.toString();
                return r->group;
            }
        }
        if (const auto *r = lexicon.roleNoun(lowerWords.at(n))) {
            if (head)
                *head = lowerWords.at(n);
            return r->group;
        }
    }
    return {};
}

int EntityRegistry::resolveOrgRole(const RoleQuery &query, int pos) const
{
    // "the company" refers back to an organisation of that kind, or to one whose kind the article
    // never said ("Lumora said ... The company said"). The best is the one of that kind, else one
    // of none, mentioned last, else first: an order of its own, so the lists are walked one by one.
    int best = -1;
    int bestScore = 0;
    const auto consider = [&](const std::vector<int> *ids) {
        for (const int i : ids ? *ids : std::vector<int>()) {
            const Entity &e = m_entities.at(i);
            if (e.mergedInto >= 0 || e.firstMention >= pos || e.kind != Kind::Organization
                || (e.orgCategory != query.orgCategory && !e.orgCategory.isEmpty()))
                continue;
            const int score = e.orgCategory == query.orgCategory ? 4 : 3;
            if (best < 0 || score > bestScore
                || (score == bestScore
                    && (e.lastMention > m_entities.at(best).lastMention
                        || (e.lastMention == m_entities.at(best).lastMention && i < best)))) {
                bestScore = score;
                best = i;
            }
        }
    };
    consider(m_orgsByCategory.find(query.orgCategory));
    // ("Police said" is no organisation of unknown kind named before: police are named as such.)
    if (query.orgCategory == u"police")
        return best;
    consider(&m_orgsWithoutCategory);
    consider(&m_handedOut);
    return best;
}

int EntityRegistry::resolveRole(const RoleQuery &query, int pos) const
{
    if (!query.orgCategory.isEmpty())
        return resolveOrgRole(query, pos);
    int best = -1;
    int bestScore = 0;
    const quint64 headBit = roleWordBit(query.head);
    QVarLengthArray<quint64, 8> modifierBits;
    for (const QString &m : query.modifiers)
        modifierBits.append(roleWordBit(m));
    // A person's role phrase can only match an entity whose role words hold its head or its
    // modifiers (all of them, so the first), or whose role has its group: look at those alone, in
    // the order of all entities.
    m_roleCandidates.clear();
    const auto take = [this](const std::vector<int> *ids) {
        if (ids)
            m_roleCandidates.insert(m_roleCandidates.end(), ids->cbegin(), ids->cend());
    };
    take(m_byRoleWord.find(query.head));
    if (!query.group.isEmpty())
        take(m_byRoleGroup.find(query.group));
    if (!query.modifiers.isEmpty())
        take(m_byRoleWord.find(query.modifiers.first()));
    std::sort(m_roleCandidates.begin(), m_roleCandidates.end());
    m_roleCandidates.erase(std::unique(m_roleCandidates.begin(), m_roleCandidates.end()), m_roleCandidates.end());
    for (const int i : m_roleCandidates) {
        const Entity &e = m_entities.at(i);
        if (e.mergedInto >= 0 || e.firstMention >= pos)
            continue;
        if (e.kind == Kind::Organization || e.kind == Kind::Other || e.roleWords.isEmpty())
            continue;
        if (query.gender != Lexicon::Gender::Unknown && e.gender != Lexicon::Gender::Unknown
            && e.gender != query.gender)
            continue;
        const bool headMatch
            = hasRoleWord(e, query.head, headBit) || (!e.roleGroup.isEmpty() && e.roleGroup == query.group);
        // A place among the modifiers matches the place of the entity's role or party tag ("the
        // Florida senator" for "Sen. Dan Cole (R-Fla.)").
        const auto placeOfEntity = [&](const QString &modifier) {
            for (const QString &place : query.places) {
                if (e.rolePlaces.contains(place) && place.split(u' ').contains(modifier))
                    return true;
            }
            return false;
        };
        int modifierMatches = 0;
        for (qsizetype m = 0; m < query.modifiers.size(); ++m) {
            if (hasRoleWord(e, query.modifiers.at(m), modifierBits[m])
                || (!e.rolePlaces.isEmpty() && placeOfEntity(query.modifiers.at(m))))
                ++modifierMatches;
        }
        const int modifierMisses = int(query.modifiers.size()) - modifierMatches;
        // "the Florida senator" is not the Iowa senator: the same role noun, each with a place,
        // and no place the same.
        if (!query.places.isEmpty() && !e.rolePlaces.isEmpty() && hasRoleWord(e, query.head, headBit)
            && std::none_of(query.places.cbegin(), query.places.cend(),
                [&e](const QString &m) { return e.rolePlaces.contains(m); }))
            continue;
        if (!headMatch && (modifierMatches == 0 || modifierMisses > 0))
            continue;
        // A matching modifier ("the WHO chief") counts most; an unmatched one ("the Indiana
        // governor" for a governor introduced without his state) counts a little against.
        const int score = 6 * modifierMatches + (headMatch ? 4 : 0) - modifierMisses;
        if (score < 2)
            continue;
        // Recency breaks ties.
        if (score > bestScore || (score == bestScore && best >= 0 && e.lastMention > m_entities.at(best).lastMention)) {
            bestScore = score;
            best = i;
        }
    }
    return best;
}
