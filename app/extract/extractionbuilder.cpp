#include "extractionbuilder.h"

#include "extractwindow.h"

#include <QHash>

#include <algorithm>

namespace {

using Kind = EntityRegistry::Kind;

// "the harbour budget office" beside the name "Harbour budget office": the same name after an
// article, which the sidebar need not show as another name.
bool isNameWithArticle(QStringView alias, QStringView name, const Lexicon &lexicon)
{
    const qsizetype space = alias.indexOf(u' ');
    if (space <= 0)
        return false;
    const Lexicon::FunctionWord *first = lexicon.functionWord(alias.left(space).toString().toLower());
    return first && (first->ruleWords & Lexicon::ArticleWord)
        && alias.mid(space + 1).compare(name, Qt::CaseInsensitive) == 0;
}

} // namespace

Extraction ExtractionBuilder::build(ExtractWindow &window)
{
    Extraction out;
    // Overlaps can remain between quotes of different passes; the earlier, stronger one wins.
    std::stable_sort(window.quotes.begin(), window.quotes.end(),
        [](const FoundQuote &a, const FoundQuote &b) { return a.start < b.start; });
    qsizetype keptCount = 0;
    for (qsizetype i = 0; i < window.quotes.size(); ++i) {
        FoundQuote &q = window.quotes[i];
        if (keptCount > 0 && q.start < window.quotes.at(keptCount - 1).end) {
            FoundQuote &prev = window.quotes[keptCount - 1];
            if (prev.kind == Quote::Kind::Indirect && q.kind == Quote::Kind::Direct)
                prev = std::move(q);
            continue;
        }
        if (keptCount != i)
            window.quotes[keptCount] = std::move(q);
        ++keptCount;
    }
    window.quotes.resize(keptCount);
    QList<FoundQuote> &kept = window.quotes;

    // Speakers in order of first mention.
    QHash<int, int> speakerOf;
    QList<int> entities;
    for (FoundQuote &q : kept) {
        if (q.entity < 0)
            continue;
        q.entity = window.registry.find(q.entity);
        if (!speakerOf.contains(q.entity)) {
            speakerOf.insert(q.entity, -1);
            entities.append(q.entity);
        }
    }
    // Read through the const registry: the writable entity() would file each entity it hands out
    // among the possible organisations, a sorted insertion per comparison of the sort.
    const EntityRegistry &registry = window.registry;
    std::sort(entities.begin(), entities.end(), [&registry](int a, int b) {
        return registry.entity(a).firstMention < registry.entity(b).firstMention;
    });
    for (int e : std::as_const(entities)) {
        const EntityRegistry::Entity &ent = registry.entity(e);
        Speaker s;
        s.id = QStringLiteral("s%1").arg(out.speakers.size() + 1);
        s.name = ent.name;
        // An organisation also known by its acronym shows both: "International Monetary Fund (IMF)".
        for (const QString &a : ent.aliases) {
            if (a.size() >= 2 && a.size() <= 6 && a == a.toUpper() && ent.tokens.size() >= 2
                && window.registry.speakerKind(e) == Kind::Organization) {
                s.name = ent.name + QStringLiteral(" (") + a + u')';
                break;
            }
        }
        if (window.registry.speakerKind(e) != Kind::Organization)
            s.kind = Speaker::Kind::Person;
        else if (ent.orgCategory == u"group")
            s.kind = Speaker::Kind::Group;
        else
            s.kind = Speaker::Kind::Organization;
        s.described = ent.described;
        s.role = ent.role;
        s.gender = ent.gender;
        s.firstMention = ent.firstMention;
        for (const QString &a : ent.aliases) {
            if (a != s.name && !window.lexicon.pronoun(a.toLower()) && !isNameWithArticle(a, s.name, window.lexicon))
                s.aliases.append(a);
        }
        speakerOf[e] = int(out.speakers.size());
        out.speakers.append(s);
    }
    out.quotes.reserve(kept.size());
    for (const FoundQuote &r : std::as_const(kept)) {
        Quote q;
        q.speaker = r.entity >= 0 ? speakerOf.value(r.entity, -1) : -1;
        q.kind = r.kind;
        q.start = r.start;
        q.end = r.end;
        q.cue = r.cue;
        q.cueStart = r.cueStart;
        q.cueEnd = r.cueEnd;
        q.source = r.source;
        q.paragraph = r.paragraph;
        q.confidence = r.confidence;
        if (q.speaker >= 0)
            ++out.speakers[q.speaker].quoteCount;
        out.quotes.append(q);
    }
    return out;
}
