#include "cuefinder.h"

#include "extractwindow.h"

CueFinder::CueFinder(ExtractWindow &window)
    : m_window(window)
    , m_lexicon(window.lexicon)
{
}

void CueFinder::find(const Sentence &sentence)
{
    for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
        const Token &t = m_window.token(i);
        if (!t.isWord() || !m_window.outsideQuotes(i))
            continue;
        const QStringView w = m_window.lower(i);
        // "Roe made the following comment:" introduces what follows.
        if (i + 2 == sentence.endToken && m_window.isPunct(i + 1, u':') && m_lexicon.isStatementNoun(w)) {
            Cue c;
            c.first = c.last = i;
            c.colonNoun = true;
            m_window.cues.append(c);
            m_window.cueOfToken[i] = int(m_window.cues.size()) - 1;
            continue;
        }
        // "X's statement that ..."
        if (i > sentence.firstToken && m_window.token(i - 1).type == Token::Type::Possessive
            && m_lexicon.isStatementNoun(w) && i + 1 < sentence.endToken
            && m_window.isRuleWord(i + 1, Lexicon::Complementizer)) {
            Cue c;
            c.first = c.last = i;
            c.statementNoun = true;
            m_window.cues.append(c);
            m_window.cueOfToken[i] = int(m_window.cues.size()) - 1;
            continue;
        }
        const QList<Lexicon::VerbForm> *forms = m_window.verbForms(i);
        if (!forms)
            continue;
        // "Secretary of State", "The Washington Post": a capitalised word inside a name is no verb.
        if (m_window.mentionOfToken.at(i) >= 0
            || (t.isCapitalized() && !m_window.isSentenceInitial(i, sentence) && !m_window.isHeadlineCue(i, sentence)))
            continue;
        for (const Lexicon::VerbForm &f : *forms) {
            int last = i;
            bool ok = true;
            for (const QString &next : f.following) {
                ++last;
                if (last >= sentence.endToken || !m_window.token(last).isWord() || m_window.lower(last) != next) {
                    ok = false;
                    break;
                }
            }
            if (!ok)
                continue;
            const bool source = f.frames & Lexicon::FrameSource;
            bool quantifierSubject = false;
            if (!source) {
                // Noun use ("the claims", "his report", "his early-morning tweets", "swing states
                // could"), passive ("was told"), infinitive ("to say").
                int p = i - 1;
                if (p >= sentence.firstToken) {
                    const Token &pt = m_window.token(p);
                    // ("He's said", "who’s argued": the mark is a contracted "has".)
                    if (pt.type == Token::Type::Possessive && !m_window.isContractedAuxiliary(p, sentence))
                        break;
                    const quint16 pc = m_window.wordClass(p);
                    // "Some say", "Many argued": a quantifier opening the clause stands for people.
                    // (or floating after its subject: "Ortiz and Lund all said"; or after a comma: "In
                    // many ways, all agreed").
                    quantifierSubject = m_window.isRuleWord(p, Lexicon::Quantifier)
                        && (p == sentence.firstToken || m_window.isFloatingQuantifier(p, sentence)
                            || (p - 1 == sentence.firstToken && (m_window.wordClass(p - 1) & Lexicon::Conjunction))
                            || m_window.isPunct(p - 1, u';') || (m_window.isPunct(p - 1, u',') && !f.participle));
                    if ((pc & Lexicon::Determiner) && !(pc & Lexicon::Relative) && !quantifierSubject)
                        break;
                    // Determiner, adjective, plural noun ("the early claims"); but after a noun
                    // naming people or an organisation the form is its verb ("the council says").
                    // So too after a preposition and a word that is no plural ("in coastal states
                    // that", "in swing states whose"; "One in three voters says" is a verb).
                    const quint16 before = p - 1 >= sentence.firstToken ? m_window.wordClass(p - 1) : 0;
                    const bool afterPreposition = (before & Lexicon::Preposition) && !(before & Lexicon::Relative)
                        && !m_window.lower(p).endsWith(u's') && !m_lexicon.pronoun(m_window.lower(p)); // "as he urges"
                    if (p - 1 >= sentence.firstToken && pt.isWord() && pc == 0 && !pt.isCapitalized()
                        && ((before & Lexicon::Determiner) || afterPreposition) && !(before & Lexicon::Relative)
                        && w.endsWith(u's') && !m_lexicon.roleNoun(m_window.lower(p))
                        && m_lexicon.orgNounKind(m_window.lower(p)).isEmpty())
                        break;
                    // "voters in six states going to the polls", "contests in states with": a
                    // present form in -s never follows a preposition or a number word; the plural
                    // noun does.
                    if (pt.isWord() && w != QStringView(f.lemma) && w.endsWith(u's') && !f.participle
                        && !f.pastParticiple
                        && (((pc & Lexicon::Preposition) && !(pc & Lexicon::Relative)
                                && !m_window.isRuleWord(p, Lexicon::ParentheticalAs))
                            || (m_window.isRuleWord(p, Lexicon::ShareWord) && !pt.isCapitalized()
                                && !m_window.isRuleWord(p, Lexicon::Quantifier))))
                        break;
                }
                // ("said having Lund on the ticket helps": an auxiliary's -ing form opens a gerund.)
                if (last + 1 < sentence.endToken && m_window.token(last + 1).isWord()
                    && !m_window.token(last + 1).isCapitalized() && (m_window.wordClass(last + 1) & Lexicon::Auxiliary)
                    && !(m_window.wordClass(last + 1) & Lexicon::Determiner)
                    && !m_lexicon.hasEnding(m_window.lower(last + 1), Lexicon::ParticipleEnding)
                    && !m_window.isRelativeBeforeSubject(i, sentence))
                    break; // a verb is not followed by "could", "were", "have": "the claims were false"
                // "said comments from the mayor were": a form in -s between a reporting verb and a
                // preposition is the noun the clause opens with.
                if (p >= sentence.firstToken && m_window.cueAt(p) >= 0 && w != QStringView(f.lemma) && w.endsWith(u's')
                    && !f.participle && !f.pastParticiple && last + 1 < sentence.endToken
                    && m_window.token(last + 1).isWord() && (m_window.wordClass(last + 1) & Lexicon::Preposition)
                    && !(m_window.wordClass(last + 1) & Lexicon::Relative))
                    break;
                // "the 9 counties holding votes", "120 pledged members": after a number and before
                // a content word, the form is a noun or an adjective ("two in 5 said they" is a verb).
                // (So too after a number word: "endorsing eight state legislative candidates".)
                const bool numberWord = p >= sentence.firstToken && m_window.isRuleWord(p, Lexicon::ShareWord)
                    && !m_window.token(p).isCapitalized() && !m_window.isRuleWord(p, Lexicon::Quantifier);
                if (p >= sentence.firstToken && (m_window.token(p).type == Token::Type::Number || numberWord)
                    && last + 1 < sentence.endToken && m_window.token(last + 1).isWord()
                    && !m_window.token(last + 1).isCapitalized() && m_window.wordClass(last + 1) == 0
                    && !m_lexicon.pronoun(m_window.lower(last + 1)))
                    break;
                // "states' budgets", "the report's authors": a possessive makes the form a noun.
                // (A mark after a lower-case plural, closing no quotation, before a word.)
                const bool pluralPossessive = last + 2 < sentence.endToken && w.endsWith(u's')
                    && m_window.token(last + 1).type == Token::Type::QuoteMark && m_window.token(last + 1).quote < 0
                    && m_window.token(last).end == m_window.token(last + 1).start && m_window.token(last + 2).isWord()
                    && !m_window.token(last + 2).isCapitalized();
                if (last + 1 < sentence.endToken
                    && (m_window.token(last + 1).type == Token::Type::Possessive || m_window.isPossessiveMark(last + 1)
                        || pluralPossessive))
                    break;
                // "a majority of pledged members", "with added fees": a past form after a
                // preposition and before a content word qualifies the noun ("as noted above" stays).
                if (f.pastParticiple && !f.participle && p >= sentence.firstToken && m_window.token(p).isWord()
                    && (m_window.wordClass(p) & Lexicon::Preposition) && !(m_window.wordClass(p) & Lexicon::Relative)
                    && !m_window.isRuleWord(p, Lexicon::InfinitiveTo)
                    && !m_window.isRuleWord(p, Lexicon::ParentheticalAs) && last + 1 < sentence.endToken
                    && m_window.token(last + 1).isWord() && !m_window.token(last + 1).isCapitalized()
                    && m_window.wordClass(last + 1) == 0 && !m_lexicon.pronoun(m_window.lower(last + 1))
                    && m_window.cueAt(last + 1) < 0 && !m_window.verbForms(last + 1))
                    break;
                // "coastal ferry states that", "northern states this week that": the -s form of a
                // verb that is mostly a noun reports only after a name, a subject pronoun, a
                // singular noun or the end of an aside ("Ortiz states that", "The report states
                // that", "Byrne — who was posted there — states that").
                if (f.noun && w != QStringView(f.lemma) && p >= sentence.firstToken) {
                    const Token &pt = m_window.token(p);
                    const Lexicon::Pronoun *pronounBefore
                        = pt.isWord() ? m_lexicon.pronoun(m_window.lower(p)) : nullptr;
                    const QStringView before = pt.isWord() ? m_window.lower(p) : QStringView();
                    const bool singularSubject = m_window.mentionEndingAt(p) >= 0
                        || (pronounBefore && pronounBefore->subject && pronounBefore->gender != Lexicon::Gender::Plural)
                        || (pt.isWord() && !pt.isCapitalized()
                            && (m_lexicon.roleNoun(before) || !m_lexicon.orgNounKind(before).isEmpty()
                                || m_lexicon.isDocumentNoun(before)))
                        || pt.type == Token::Type::QuoteMark || m_window.isDash(p) || m_window.isPunct(p, u')')
                        || m_window.isPunct(p, u',');
                    if (!singularSubject)
                        break;
                }
                // "state Rep. Jane Doe", "State Sen. John Roe": a noun before a title.
                if (w == QStringView(f.lemma) && last + 1 < sentence.endToken && m_window.isTitleToken(last + 1))
                    break;
                // A bare base form ("state", "report", "claim") is often a noun: "1995 state tax
                // return". Not a verb after a number, a possessive, a determiner or a preposition.
                if (w == QStringView(f.lemma) && p >= sentence.firstToken) {
                    const Token &pt = m_window.token(p);
                    const quint16 pc = pt.isWord() ? m_window.wordClass(p) : 0;
                    // ("Six in 10 say", "nine out of 10 say": a share of people is a subject.)
                    const bool share = pt.type == Token::Type::Number && m_window.isShareOfNumber(p, sentence);
                    const bool nounUse = (pt.type == Token::Type::Number && !share)
                        || pt.type == Token::Type::Possessive
                        || (pt.isWord() && m_window.lower(p).endsWith(u"est")
                            && m_window.lower(p).size() > 4) // "the greatest fear"
                        || ((pc & (Lexicon::Determiner | Lexicon::Preposition)) && !(pc & Lexicon::Relative)
                            && !m_window.isRuleWord(p, Lexicon::InfinitiveTo) && !quantifierSubject);
                    // "state officials", "report cards": a noun modifying the noun after it.
                    const bool compound = m_window.isModifiedNounAt(last + 1, sentence);
                    // "Critics say ferries could", "they report losses": after a subject pronoun
                    // or a plural noun the base form is the verb.
                    const Lexicon::Pronoun *pronounBefore = pt.isWord() ? m_lexicon.pronoun(m_window.lower(p)) : nullptr;
                    const bool pluralSubject = pt.isWord()
                        && ((pronounBefore && pronounBefore->subject)
                            || (pc == 0 && m_window.lower(p).endsWith(u's') && m_window.lower(p).size() > 3
                                && (!pt.isCapitalized() || m_window.isSentenceInitial(p, sentence))));
                    if (nounUse || (compound && !pluralSubject))
                        break;
                }
                while (p >= sentence.firstToken && m_window.token(p).isWord()
                    && (m_window.wordClass(p) & (Lexicon::Adverb | Lexicon::Negation)))
                    --p;
                if (p >= sentence.firstToken && m_window.token(p).isWord()) {
                    if (m_window.isRuleWord(p, Lexicon::BeForm) && f.pastParticiple && !f.participle)
                        break;
                    if (m_window.isRuleWord(p, Lexicon::InfinitiveTo)) {
                        // "went on to say", "took to Twitter to accuse": the subject spoke. Not after
                        // "declined", "expected", "wants" (no speech yet), nor after an object
                        // ("asked him to explain": he did not).
                        int q = p - 1;
                        while (q >= sentence.firstToken && m_window.token(q).isWord()
                            && (m_window.wordClass(q) & Lexicon::Adverb))
                            --q;
                        if (q < sentence.firstToken || !m_window.token(q).isWord())
                            break;
                        const QStringView qw = m_window.lower(q);
                        const Lexicon::Pronoun *object = m_lexicon.pronoun(qw);
                        // "declined to say whether …", "refused to say how …": what was not said is
                        // reported as a question.
                        const bool declinedQuestion = (m_window.wordClass(q) & Lexicon::Control)
                            && !(m_window.wordClass(q) & Lexicon::Auxiliary) && last + 1 < sentence.endToken
                            && m_window.isRuleWord(last + 1, Lexicon::Interrogative | Lexicon::QuestionWord);
                        if (((m_window.wordClass(q) & (Lexicon::Control | Lexicon::Auxiliary)) && !declinedQuestion)
                            || (object && !object->subject) || m_window.isRuleWord(q, Lexicon::ObjectPronoun)
                            || m_lexicon.roleNoun(qw)
                            || (m_window.token(q).isCapitalized() && m_window.mentionOfToken.at(q) >= 0
                                && !(q - 1 >= sentence.firstToken
                                    && (m_window.wordClass(q - 1) & Lexicon::Preposition))))
                            break;
                    }
                }
            }
            Cue c;
            c.first = i;
            c.last = last;
            c.form = &f;
            c.source = source;
            m_window.cues.append(c);
            for (int x = i; x <= last; ++x)
                m_window.cueOfToken[x] = int(m_window.cues.size()) - 1;
            i = last;
            break;
        }
    }
}
