#include "lexicon.h"

#include <QFile>
#include <QVarLengthArray>

#include <algorithm>
#include <iterator>

namespace {

Lexicon::Gender parseGender(QStringView s)
{
    if (s == u"m")
        return Lexicon::Gender::Male;
    if (s == u"f")
        return Lexicon::Gender::Female;
    if (s == u"n")
        return Lexicon::Gender::Neuter;
    if (s == u"p")
        return Lexicon::Gender::Plural;
    return Lexicon::Gender::Unknown;
}

QStringList splitWords(const QString &line)
{
    return line.split(u' ', Qt::SkipEmptyParts);
}

} // namespace

const Lexicon &Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

QStringList Lexicon::readRuleFile(const QString &name)
{
    QFile file(QStringLiteral(":/rules/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Saywho: rule file %s is missing from the resources", qPrintable(name));
        return {};
    }
    QStringList lines;
    const QString all = QString::fromUtf8(file.readAll());
    for (QStringView line : QStringView(all).split(u'\n')) {
        line = line.trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            lines.append(line.toString().simplified());
    }
    return lines;
}

Lexicon::Lexicon()
{
    // Function words and endings first: telling a verb form's kind asks them.
    loadFunctionWords();
    loadWordEndings();
    loadVerbs();
    loadTitles();
    loadRoleNouns();
    loadSimpleMaps();
}

QStringView Lexicon::keep(const QString &s)
{
    m_storage.push_back(s);
    return QStringView(m_storage.back());
}

void Lexicon::loadVerbs()
{
    auto addLines = [this](const QStringList &lines, quint16 extraFrames) {
        for (const QString &line : lines) {
            const qsizetype semi = line.indexOf(u';');
            const QStringList forms = splitWords(semi < 0 ? line : line.left(semi));
            const QStringList frameNames = semi < 0 ? QStringList() : splitWords(line.mid(semi + 1));
            if (forms.isEmpty())
                continue;
            quint16 frames = extraFrames;
            bool nounForms = false;
            for (const QString &f : frameNames) {
                if (f == u"clause") frames |= FrameClause;
                else if (f == u"that") frames |= FrameThat;
                else if (f == u"object") frames |= FrameObject;
                else if (f == u"inf") frames |= FrameInfinitive;
                else if (f == u"tell") frames |= FrameTell;
                else if (f == u"quote") frames |= FrameQuote;
                else if (f == u"weak") frames |= FrameWeak;
                else if (f == u"thought") frames |= FrameThought;
                else if (f == u"naming") frames |= FrameNaming;
                else if (f == u"gerund") frames |= FrameGerund;
                else if (f == u"noun") nounForms = true;
            }
            const QString lemma = forms.first().section(u'_', 0, 0);
            ++m_verbLemmas;
            for (const QString &form : forms) {
                QStringList words = form.split(u'_');
                VerbForm vf;
                vf.lemma = lemma;
                vf.frames = frames;
                const QString &head = words.first();
                vf.participle = hasEnding(head, ParticipleEnding) && head != lemma;
                const FunctionWord *word = m_functionWords.find(QStringView(head));
                vf.pastParticiple
                    = hasEnding(head, PastParticipleEnding) || (word && (word->ruleWords & PastParticiple));
                // ("noun": the base and the -s form, "state" and "states", are weak.)
                if (nounForms && !vf.participle && !vf.pastParticiple) {
                    vf.frames |= FrameWeak;
                    vf.noun = true;
                }
                vf.following = words.mid(1);
                QList<VerbForm> *forms = m_verbs.find(QStringView(head));
                if (!forms)
                    forms = &m_verbs[keep(head)];
                forms->append(vf);
            }
        }
    };
    addLines(readRuleFile(QStringLiteral("reporting-verbs.txt")), 0);
    addLines(readRuleFile(QStringLiteral("source-phrases.txt")), FrameSource);
    // Multiword forms must be tried before their one-word prefix ("called on" before "called").
    m_verbs.forEachValue([](QList<VerbForm> &forms) {
        std::stable_sort(forms.begin(), forms.end(), [](const VerbForm &a, const VerbForm &b) {
            return a.following.size() > b.following.size();
        });
    });
}

void Lexicon::loadTitles()
{
    for (const QString &line : readRuleFile(QStringLiteral("titles.txt"))) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString form = line.left(eq).trimmed();
        QString rest = line.mid(eq + 1);
        Title t;
        const qsizetype semi = rest.indexOf(u';');
        if (semi >= 0) {
            t.gender = parseGender(QStringView(rest).mid(semi + 1).trimmed());
            rest.truncate(semi);
        }
        t.canonical = rest.trimmed();
        m_titles[keep(form)] = t;
    }
}

void Lexicon::loadRoleNouns()
{
    for (const QString &line : readRuleFile(QStringLiteral("role-nouns.txt"))) {
        QString rest = line;
        RoleNoun r;
        const qsizetype semi = rest.indexOf(u';');
        if (semi >= 0) {
            r.gender = parseGender(QStringView(rest).mid(semi + 1).trimmed());
            rest.truncate(semi);
        }
        const qsizetype eq = rest.indexOf(u'=');
        QString noun = (eq >= 0 ? rest.left(eq) : rest).trimmed();
        r.group = eq >= 0 ? rest.mid(eq + 1).trimmed() : noun;
        if (!m_roleNouns.contains(QStringView(noun)))
            m_roleNouns[keep(noun)] = r;
    }
}

void Lexicon::loadSimpleMaps()
{
    for (const QString &line : readRuleFile(QStringLiteral("honorifics.txt"))) {
        const QStringList w = splitWords(line);
        if (w.size() >= 2)
            m_honorifics[keep(w.at(0))] = parseGender(w.at(1));
    }
    for (const QString &line : readRuleFile(QStringLiteral("given-names.txt"))) {
        const QStringList w = splitWords(line);
        if (w.size() >= 2 && !m_givenNames.contains(QStringView(w.at(0))))
            m_givenNames[keep(w.at(0))] = parseGender(w.at(1));
    }
    auto loadKinds = [this](const QString &file, WordMap<QString> &map) {
        for (const QString &line : readRuleFile(file)) {
            const qsizetype space = line.lastIndexOf(u' ');
            if (space <= 0)
                continue;
            const QString key = line.left(space);
            if (!map.contains(QStringView(key)))
                map[keep(key)] = line.mid(space + 1);
        }
    };
    loadKinds(QStringLiteral("org-words.txt"), m_orgWords);
    loadKinds(QStringLiteral("org-nouns.txt"), m_orgNouns);
    loadKinds(QStringLiteral("non-person-words.txt"), m_nonPersonWords);
    loadSet(QStringLiteral("common-words.txt"), m_commonWords);
    // The gazetteer: "name ; country code" a line.
    auto loadNames = [this](const QString &file, WordMap<bool> &set) {
        for (const QString &line : readRuleFile(file)) {
            const QString name = line.section(u';', 0, 0).simplified();
            if (!name.isEmpty() && !set.contains(QStringView(name)))
                set[keep(name)] = true;
        }
    };
    loadNames(QStringLiteral("countries.txt"), m_placeNames);
    loadNames(QStringLiteral("capitals.txt"), m_placeNames);
    loadNames(QStringLiteral("regions.txt"), m_regionNames);
    loadNames(QStringLiteral("demonyms.txt"), m_demonyms);
    for (const QString &line : readRuleFile(QStringLiteral("region-abbreviations.txt"))) {
        const QString abbreviation = line.section(u';', 0, 0).simplified();
        const QString region = line.section(u';', 1).simplified();
        if (!abbreviation.isEmpty() && !region.isEmpty() && !m_regionAbbreviations.contains(QStringView(abbreviation)))
            m_regionAbbreviations[keep(abbreviation)] = region;
    }
    loadSet(QStringLiteral("abbreviations.txt"), m_abbreviations);
    loadSet(QStringLiteral("statement-nouns.txt"), m_statementNouns);
    loadSet(QStringLiteral("name-particles.txt"), m_nameParticles);
    loadSet(QStringLiteral("work-nouns.txt"), m_workNouns);
    loadSet(QStringLiteral("sentence-ending-abbreviations.txt"), m_sentenceEndingAbbreviations);
    for (const QString &line : readRuleFile(QStringLiteral("pronouns.txt"))) {
        const QStringList w = splitWords(line);
        if (w.size() < 3)
            continue;
        Pronoun p;
        p.gender = parseGender(w.at(1));
        p.subject = w.at(2) == u"subject";
        p.possessive = w.at(2) == u"possessive";
        m_pronouns[keep(w.at(0))] = p;
    }
}

void Lexicon::loadFunctionWords()
{
    const auto entry = [this](const QString &word) -> FunctionWord & {
        FunctionWord *f = m_functionWords.find(QStringView(word));
        return f ? *f : m_functionWords[keep(word)];
    };
    for (const QString &line : readRuleFile(QStringLiteral("function-words.txt"))) {
        QStringList w = splitWords(line);
        if (w.size() < 2)
            continue;
        const QString cls = w.takeFirst();
        if (cls == u"particle") {
            for (const QString &word : std::as_const(w))
                m_verbParticles[keep(word)] = true;
            continue;
        }
        quint16 bit = 0;
        if (cls == u"det") bit = Determiner;
        else if (cls == u"prep") bit = Preposition;
        else if (cls == u"aux") bit = Auxiliary;
        else if (cls == u"neg") bit = Negation;
        else if (cls == u"conj") bit = Conjunction;
        else if (cls == u"rel") bit = Relative;
        else if (cls == u"adv") bit = Adverb;
        else if (cls == u"time") bit = Time;
        else if (cls == u"control") bit = Control;
        else if (cls == u"answer")
            bit = Answer;
        else if (cls == u"relpron")
            bit = RelativePronoun;
        else if (cls == u"comparison")
            bit = Comparison;
        for (const QString &word : std::as_const(w))
            entry(word).classes |= bit;
    }
    static const struct
    {
        const char16_t *name;
        RuleWord part;
    } parts[] = {
        {u"complementizer", Complementizer},
        {u"infinitive-to", InfinitiveTo},
        {u"name-link", NameLink},
        {u"definite-article", DefiniteArticle},
        {u"article", ArticleWord},
        {u"indefinite-source", IndefiniteSource},
        {u"addition", Addition},
        {u"contrast", Contrast},
        {u"alternative", Alternative},
        {u"clause-lead", ClauseLead},
        {u"parenthetical-as", ParentheticalAs},
        {u"non-adverbial-preposition", NonAdverbialPreposition},
        {u"date-preposition", DatePreposition},
        {u"source-link", SourceLink},
        {u"attachment", Attachment},
        {u"interrogative", Interrogative},
        {u"conditional", Conditional},
        {u"near-demonstrative", NearDemonstrative},
        {u"be-form", BeForm},
        {u"object-pronoun", ObjectPronoun},
        {u"place-preposition", PlacePreposition},
        {u"neuter-reference", NeuterReference},
        {u"personal-reference", PersonalReference},
        {u"clause-subject", ClauseSubject},
        {u"contracted-be", ContractedBe},
        {u"irregular-participle", IrregularParticiple},
        {u"plural-demonstrative", PluralDemonstrative},
        {u"quantifier", Quantifier},
        {u"share", ShareWord},
        {u"affiliation", Affiliation},
        {u"past-participle", PastParticiple},
        {u"question-word", QuestionWord},
    };
    for (const QString &line : readRuleFile(QStringLiteral("rule-words.txt"))) {
        QStringList w = splitWords(line);
        if (w.size() < 2)
            continue;
        const QString name = w.takeFirst();
        const auto *part = std::find_if(std::begin(parts), std::end(parts),
                                        [&name](const auto &p) { return name == QStringView(p.name); });
        if (part == std::end(parts)) {
            qWarning("Saywho: rule-words.txt names an unknown part %s", qPrintable(name));
            continue;
        }
        for (const QString &word : std::as_const(w))
            entry(word).ruleWords |= part->part;
    }
}

void Lexicon::loadWordEndings()
{
    static const char16_t *const parts[WordEndingCount] = {u"participle", u"past", u"past-participle", u"adverb", u"present",
                                                                   u"people-plural"};
    for (const QString &line : readRuleFile(QStringLiteral("word-endings.txt"))) {
        QStringList w = splitWords(line);
        if (w.size() < 2)
            continue;
        const QString name = w.takeFirst();
        const auto *part = std::find_if(std::begin(parts), std::end(parts),
                                        [&name](const char16_t *p) { return name == QStringView(p); });
        if (part == std::end(parts)) {
            qWarning("Saywho: word-endings.txt names an unknown part %s", qPrintable(name));
            continue;
        }
        m_endings[size_t(std::distance(std::begin(parts), part))] += w;
    }
}

void Lexicon::loadSet(const QString &file, WordMap<bool> &set)
{
    for (const QString &line : readRuleFile(file)) {
        for (const QString &w : splitWords(line)) {
            if (!set.contains(QStringView(w)))
                set[keep(w)] = true;
        }
    }
}

const QList<Lexicon::VerbForm> *Lexicon::verbForms(QStringView lowerWord) const
{
    return m_verbs.find(lowerWord);
}

const Lexicon::Title *Lexicon::title(QStringView word) const
{
    return m_titles.find(word);
}

const Lexicon::RoleNoun *Lexicon::roleNoun(QStringView lowerWord) const
{
    return m_roleNouns.find(lowerWord);
}

bool Lexicon::honorific(QStringView word, Gender *gender) const
{
    const Gender *g = m_honorifics.find(word);
    if (!g)
        return false;
    if (gender)
        *gender = *g;
    return true;
}

Lexicon::Gender Lexicon::givenName(QStringView word) const
{
    const Gender *g = m_givenNames.find(word);
    return g ? *g : Gender::Unknown;
}

const QString &Lexicon::orgWordKind(QStringView word) const
{
    const QString *k = m_orgWords.find(word);
    return k ? *k : m_noKind;
}

const QString &Lexicon::orgNounKind(QStringView lowerWord) const
{
    const QString *k = m_orgNouns.find(lowerWord);
    return k ? *k : m_noKind;
}

QString Lexicon::regionNamed(QStringView written) const
{
    if (const QString *region = m_regionAbbreviations.find(written))
        return *region;
    return m_regionNames.contains(written) ? written.toString() : QString();
}

QStringList Lexicon::placesIn(const QStringList &words) const
{
    QStringList places;
    // Each candidate of up to three words is joined in a buffer on the stack: most are no place.
    QVarLengthArray<QChar, 128> joined;
    for (qsizetype i = 0; i < words.size();) {
        qsizetype taken = 0;
        for (qsizetype n = std::min<qsizetype>(3, words.size() - i); n >= 1 && taken == 0; --n) {
            joined.clear();
            for (qsizetype k = i; k < i + n; ++k) {
                if (k > i)
                    joined.append(QChar(u' '));
                joined.append(words.at(k).constData(), words.at(k).size());
            }
            const QStringView name(joined.constData(), joined.size());
            if (m_placeNames.contains(name) || m_regionNames.contains(name)) {
                places.append(name.toString().toLower());
                taken = n;
            }
        }
        i += taken > 0 ? taken : 1;
    }
    return places;
}

const QString &Lexicon::nonPersonKind(QStringView word) const
{
    const QString *k = m_nonPersonWords.find(word);
    return k ? *k : m_noKind;
}

const Lexicon::Pronoun *Lexicon::pronoun(QStringView lowerWord) const
{
    return m_pronouns.find(lowerWord);
}
