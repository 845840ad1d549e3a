#pragma once

#include "lexicon.h"
#include "text/wordmap.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVarLengthArray>

#include <deque>
#include <vector>

// The people and organisations an article mentions, with coreference of names: a short form
// ("Lopez", "Ms Lopez") joins the full name it stands for, and a short form seen before the full name
// is merged into it once the full name appears. Also resolves role phrases ("the WHO chief") to the
// entity introduced with a matching role.
class EntityRegistry
{
public:
    enum class Kind { Unknown, Person, Organization, Other };

    struct NameInfo
    {
        Kind kind = Kind::Unknown;
        Lexicon::Gender gender = Lexicon::Gender::Unknown;
        QString role;         // "WHO Director-General", as written
        QString orgCategory;  // "media", "campaign", ... for organisations
        bool titled = false;  // a title or honorific stood before the name
        bool placeLike = false; // a place name ("North Korea", "Fort Wayne")
        QString region; // the region a party and state tag names ("Florida" of "R-Fla.")
        bool described = false; // named by a description ("White House spokesman"), see Speaker
    };

    struct Entity
    {
        // The facts every lookup checks come first, in one cache line: the lookups that walk all
        // entities of a long article read little else.
        int firstMention = 0;
        int lastMention = 0;
        int mergedInto = -1;
        Kind kind = Kind::Unknown;
        Lexicon::Gender gender = Lexicon::Gender::Unknown;
        bool titled = false;
        bool neuterEvidence = false; // referred back to with "it"/"its", or a bare place name
        bool placeLike = false;
        bool described = false;
        quint64 roleWordBits = 0; // roleWordBit() of each role word: most role words are not there
        QString orgCategory;
        QStringList tokens;
        QString name;
        QString role;
        QStringList roleWords; // lower case, for matching role phrases; set through setRole() only
        QString roleGroup;     // roleHeadGroup() of roleWords, kept with them: resolveRole asks for every entity
        QStringList aliases;
        QStringList rolePlaces; // lower case, the places the role names ("florida" of "Florida Sen.")
    };

    struct RoleQuery
    {
        QStringList modifiers; // lower-case words before the head ("who" in "the WHO chief")
        QString head;          // lower-case head noun ("chief")
        QString group;         // synonym group of the head
        QString orgCategory;   // set when the head names an organisation ("newspaper" -> media)
        QStringList places; // lower case, the places among the modifiers ("new jersey")
        Lexicon::Gender gender = Lexicon::Gender::Unknown;
    };

    // The words of a name as views of the text: most names are met again, and a name already
    // known costs no copy of its words.
    using NameWords = QVarLengthArray<QStringView, 8>;

    explicit EntityRegistry(const Lexicon &lexicon);

    // Registers a mention of a name (tokens of the name only, no title) at position pos.
    int addName(const QStringList &tokens, const NameInfo &info, int pos);
    int addName(const NameWords &tokens, const NameInfo &info, int pos);
    // A person already known by these name words (a full name or its surname), or -1.
    int findPerson(const QStringList &tokens) const;
    int findPerson(const NameWords &tokens) const;
    // Best antecedent for a role phrase among entities mentioned before pos, or -1.
    int resolveRole(const RoleQuery &query, int pos) const;
    // Registers an organisation named by a phrase such as "the Doe campaign".
    int addOrganization(const QString &name, const QString &category, int pos);

    int find(int id) const
    {
        // Inline: the short-form lookups ask it for every entity a word names.
        while (id >= 0 && m_entities.at(id).mergedInto >= 0)
            id = m_entities.at(id).mergedInto;
        return id;
    }
    // For writing: a pass may make the entity an organisation ("Ruritania said"), so the lookups of
    // organisations look at it from now on (see m_maybeOrganizations).
    Entity &entity(int id);
    const Entity &entity(int id) const { return m_entities.at(find(id)); }
    int size() const { return int(m_entities.size()); }

    void setRole(int id, const QString &role);
    void setGender(int id, Lexicon::Gender gender);
    // Unlike a write through entity(), this leaves the entity out of the organisation lookups:
    // evidence of a thing or place makes no organisation.
    void setNeuterEvidence(int id, bool evidence) { m_entities[find(id)].neuterEvidence = evidence; }
    void addAlias(int id, const QString &alias);
    void addAlias(int id, QStringView alias);
    // Whether the entity can be a speaker: a person, an organisation, or a bare name that nothing
    // marks as a place or thing.
    bool canSpeak(int id) const;
    bool isPerson(int id) const;
    // Speaker kind to show; Unknown resolves to a person when the name looks personal.
    Kind speakerKind(int id) const;

    static QString roleHeadGroup(const Lexicon &lexicon, const QStringList &lowerWords, QString *head = nullptr);

private:
    static NameWords viewsOf(const QStringList &tokens);
    int create(const NameWords &tokens, const NameInfo &info, int pos);
    void merge(int from, int into);
    void apply(int id, const NameInfo &info, int pos);
    static void insertSorted(std::vector<int> &ids, int id);
    void indexRoleWords(int id);
    void indexOrganization(int id);
    int resolveOrgRole(const RoleQuery &query, int pos) const;
    void addToIndex(WordMap<std::vector<int>> &index, const QString &key, int id);
    static quint64 roleWordBit(QStringView word);
    static bool hasRoleWord(const Entity &e, const QString &word, quint64 bit)
    {
        return (e.roleWordBits & bit) && e.roleWords.contains(word);
    }
    QStringView nameKey(const NameWords &tokens) const;

    const Lexicon &m_lexicon;
    QList<Entity> m_entities;
    // Keys are views of the entities' own names and tokens, which never change once created.
    WordMap<int> m_byName;
    // An entity a word names, with what the short-form lookups ask of the entity's words (which
    // never change), so that walking the entities of a common word reads only their first line.
    struct NamedBy
    {
        int id = -1;
        int wordCount = 0;
        bool lastWord = false; // the word is the entity's last
    };
    WordMap<QList<NamedBy>> m_byToken;
    QHash<QString, int> m_orgByKey;
    // The entities the walk of acronyms and organisation roles looks at, ascending, so that a long
    // article's role phrases do not each walk every entity: those that are or may be organisations
    // (made one by the registry, or handed out for writing).
    std::vector<int> m_maybeOrganizations;
    // The organisations by the category they had when they became one or got one, ascending (an
    // entity may be under more than one: extra candidates cost a check, never a result), those
    // with none, and every entity handed out for writing, whose kind or category may have changed
    // since: "the company" looks at those alone. Keys are views of m_roleKeys.
    WordMap<std::vector<int>> m_orgsByCategory;
    std::vector<int> m_orgsWithoutCategory;
    std::vector<int> m_handedOut;
    // The entities with role words by each of those words and by their role group, ascending: a
    // person's role phrase can only match one that shares its head, its group or its first
    // modifier, so resolveRole looks at those alone. Keys are views of m_roleKeys.
    WordMap<std::vector<int>> m_byRoleWord;
    WordMap<std::vector<int>> m_byRoleGroup;
    std::deque<QString> m_roleKeys;
    mutable std::vector<int> m_roleCandidates; // resolveRole's working list
    mutable QString m_keyBuffer; // nameKey()'s joined name
};
