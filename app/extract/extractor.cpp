#include "extractor.h"

#include "article/article.h"
#include "clausebounds.h"
#include "extractwindow.h"
#include "phraseparser.h"
#include "speakerresolver.h"
#include "text/textchars.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace {

using Gender = Lexicon::Gender;
using Kind = EntityRegistry::Kind;

// "HARRIS: Let's start" / "“LOPEZ: Well, ..." / "Mr. Doe: ...": a speaker label opening a
// paragraph. Returns the position just after the colon and the label, or -1.
int transcriptLabel(QStringView text, int start, int end, QString *label)
{
    int i = start;
    while (i < end && (text[i].isSpace() || QuoteFinder::family(text[i]) != QuoteFinder::MarkFamily::None))
        ++i;
    const int labelStart = i;
    int letters = 0, words = 0;
    bool inWord = false;
    for (; i < end && i < labelStart + 40; ++i) {
        const QChar c = text[i];
        if (c == u':')
            break;
        if (c.isLetter()) {
            if (!inWord) {
                if (!c.isUpper())
                    return -1; // every word of a label is capitalised
                ++words;
            }
            inWord = true;
            ++letters;
        } else if (c == u' ' || c == u'.' || c == u'\'' || c == QChar(0x2019) || c == u'-') {
            inWord = c != u' ';
        } else {
            return -1;
        }
    }
    if (i >= end || text[i] != u':' || letters < 2 || words == 0 || words > 4)
        return -1;
    if (i + 1 < end && !text[i + 1].isSpace())
        return -1; // "10:30", a URL
    if (label)
        *label = text.mid(labelStart, i - labelStart).trimmed().toString();
    return i + 1;
}

class Run
{
public:
    Run(const Article &article, const Lexicon &lexicon, const std::atomic_bool *cancelled)
        : m_window(article, lexicon)
        , m_lexicon(lexicon)
        , m_phrases(m_window)
        , m_clauses(m_window, m_phrases)
        , m_speakers(m_window)
        , m_cancelled(cancelled)
    { }

    bool run();
    Extraction result();

private:
    void countTranscriptLabels();
    void findTranscriptLabel(const Sentence &sentence);
    void findTranscriptLabel(const Sentence &sentence, int block);
    void processWindow(int firstBlock, int lastBlock);
    void processUnit(const Sentence &sentence);
    void quoteIntroducedParagraph(int block);
    void noteColonIntroduction(const Sentence &sentence);
    void findMentions(const Sentence &sentence);
    int rolePrefixBefore(int first, const Sentence &sentence) const;
    int roleAppositiveAfter(int last, const Sentence &sentence, QString *role) const;
    void registerRun(int first, int last, int roleStart, const Sentence &sentence);
    void markSubjects(const Sentence &sentence);
    void findCues(const Sentence &sentence);
    void attributeDirect(const Sentence &sentence);
    void attributeIndirect(const Sentence &sentence);
    void attributePartials(const Sentence &sentence);

    ExtractWindow m_window;
    const Lexicon &m_lexicon;
    const PhraseParser m_phrases;
    const ClauseBounds m_clauses;
    SpeakerResolver m_speakers;
    const std::atomic_bool *m_cancelled;
    QHash<QString, int> m_labelCounts; // "HARRIS:" paragraph labels of a transcript
};

bool Run::run()
{
    m_window.spans = QuoteFinder::find(m_window.article);
    m_window.scanWords();
    countTranscriptLabels();
    const auto &blocks = m_window.article.blocks();
    int spanCursor = 0;
    int b = 0;
    while (b < blocks.size()) {
        if (m_cancelled && m_cancelled->load(std::memory_order_relaxed))
            return false;
        int c = b;
        // Extend the window while a quotation runs past the end of its last paragraph.
        while (spanCursor < m_window.spans.size() && m_window.spans.at(spanCursor).outerStart() < blocks.at(c).start)
            ++spanCursor;
        for (int k = spanCursor; k < m_window.spans.size(); ++k) {
            const auto &s = m_window.spans.at(k);
            if (s.outerStart() > blocks.at(c).end())
                break;
            while (c + 1 < blocks.size() && s.outerEnd() > blocks.at(c).end() + 1)
                ++c;
        }
        if (blocks.at(b).kind != Article::BlockKind::Title && blocks.at(b).kind != Article::BlockKind::Byline)
            processWindow(b, c);
        b = c + 1;
    }
    return true;
}

void Run::countTranscriptLabels()
{
    for (const Article::Block &b : m_window.article.blocks()) {
        QString label;
        if (transcriptLabel(m_window.text, b.start, b.end(), &label) >= 0)
            ++m_labelCounts[label];
    }
}

void Run::findTranscriptLabel(const Sentence &sentence)
{
    // A sentence held together by a quotation over several paragraphs can hold several turns.
    for (int block = m_window.article.blockAt(sentence.start); block >= 0 && block < m_window.article.blocks().size();
         ++block) {
        const Article::Block &b = m_window.article.blocks().at(block);
        if (b.start >= sentence.end)
            break;
        findTranscriptLabel(sentence, block);
    }
}

void Run::findTranscriptLabel(const Sentence &sentence, int block)
{
    const Article::Block &b = m_window.article.blocks().at(block);
    QString label;
    const int after = transcriptLabel(m_window.text, b.start, b.end(), &label);
    if (after < 0 || after > sentence.end || after <= sentence.start || m_labelCounts.value(label) < 2)
        return; // the label is in the first sentence of its paragraph only
    // The label names a person: title-case a shouted name, drop an honorific.
    QStringList words;
    Gender gender = Gender::Unknown;
    for (QString w : label.split(u' ', Qt::SkipEmptyParts)) {
        Gender g;
        if (m_lexicon.honorific(w, &g) || m_lexicon.honorific(QString(w.left(1) + w.mid(1).toLower()), &g)) {
            gender = g;
            continue;
        }
        if (w.size() > 1 && w == w.toUpper())
            w = w.left(1) + w.mid(1).toLower();
        if (m_lexicon.isCommonWord(w))
            return; // "Note:", "Update:"
        words.append(w);
    }
    if (words.isEmpty())
        return;
    EntityRegistry::NameInfo info;
    info.gender = gender;
    info.titled = gender != Gender::Unknown;
    info.kind = Kind::Person;
    // "LOPEZ:" joins a Maria Lopez the article named; a label naming nobody else stays as the
    // transcript writes it.
    int entity = m_window.registry.findPerson(words);
    if (entity < 0) {
        QStringList asWritten;
        for (const QString &w : label.split(u' ', Qt::SkipEmptyParts)) {
            if (!m_lexicon.honorific(w))
                asWritten.append(w);
        }
        entity = m_window.registry.addName(asWritten.isEmpty() ? words : asWritten, info, b.start);
    } else {
        m_window.registry.addAlias(entity, label);
    }
    int contentEnd = b.end();
    const auto [firstSpan, endSpan] = m_window.spansIn(b.start, b.end());
    for (int k = firstSpan; k < endSpan; ++k) {
        const auto &s = m_window.spans.at(m_window.windowSpans.at(k));
        {
            if (s.outerEnd() >= b.end() && s.close >= 0)
                contentEnd = std::min(contentEnd, s.close);
            m_window.spanUsed[k] = int(m_window.quotes.size());
        }
    }
    FoundQuote q;
    q.start = after;
    q.end = contentEnd;
    q.kind = Quote::Kind::Direct;
    q.cue = QStringLiteral(":");
    q.cueStart = after - 1;
    q.cueEnd = after;
    ResolvedSpeaker who;
    who.entity = entity;
    who.confidence = 0.9;
    who.source = label;
    who.named = true;
    m_speakers.record(q, who, sentence.serial);
    m_speakers.noteSpeaker(entity, b.start, sentence.serial);
    // Cues inside the turn belong to the turn.
    for (Cue &cue : m_window.cues) {
        if (cue.first >= sentence.firstToken && cue.first < sentence.endToken
            && m_window.token(cue.first).start >= after && m_window.token(cue.first).start < contentEnd)
            cue.used = true;
    }
}

void Run::processWindow(int firstBlock, int lastBlock)
{
    const auto &blocks = m_window.article.blocks();
    m_window.load(firstBlock, lastBlock);
    quoteIntroducedParagraph(firstBlock);
    for (const Sentence &sentence : std::as_const(m_window.sentences)) {
        // A new paragraph inside the window (a quotation running over paragraphs).
        const int block = m_window.article.blockAt(sentence.start);
        if (block >= 0)
            m_window.paragraph = std::max(m_window.paragraph, blocks.at(block).paragraph);
        processUnit(sentence);
    }
}

void Run::processUnit(const Sentence &sentence)
{
    findMentions(sentence);
    markSubjects(sentence);
    findCues(sentence);
    findTranscriptLabel(sentence);
    attributeDirect(sentence);
    attributeIndirect(sentence);
    attributePartials(sentence);
    noteColonIntroduction(sentence);
}

void Run::quoteIntroducedParagraph(int block)
{
    // "Limbaugh added:" closing one paragraph, and the next set off without quotation marks (a
    // block quotation whose markup was lost): that paragraph is what was added.
    if (!m_window.lastAttribution.colonIntro || m_window.lastAttribution.entity < 0
        || m_window.lastAttribution.paragraph != m_window.paragraph - 1 || m_window.sentences.isEmpty())
        return;
    const Article::Block &b = m_window.article.blocks().at(block);
    int i = b.start;
    while (i < b.end() && m_window.text[i].isSpace())
        ++i;
    if (i >= b.end() || QuoteFinder::family(m_window.text[i]) != QuoteFinder::MarkFamily::None)
        return; // a quotation opening the paragraph is attributed the usual way
    if (b.length < 20)
        return;
    for (int t = 0; t < m_window.tokens.size() && m_window.token(t).start < b.end(); ++t) {
        const QList<Lexicon::VerbForm> *forms
            = m_window.token(t).isWord() ? m_lexicon.verbForms(m_window.lower(t)) : nullptr;
        if (forms && !(forms->first().frames & Lexicon::FrameWeak) && !m_window.token(t).isCapitalized()
            && m_window.lower(t) != QStringView(forms->first().lemma))
            return; // the paragraph reports speech of its own ("said", not the noun-like "fear")
    }
    FoundQuote q;
    q.start = b.start;
    q.end = b.end();
    q.kind = Quote::Kind::Direct;
    ResolvedSpeaker who;
    who.entity = m_window.lastAttribution.entity;
    who.confidence = 0.7;
    const auto [firstSpan, endSpan] = m_window.spansIn(b.start, b.end());
    for (int k = firstSpan; k < endSpan; ++k)
        m_window.spanUsed[k] = int(m_window.quotes.size());
    m_speakers.record(q, who, m_window.sentences.first().serial);
    m_window.lastAttribution.colonIntro = false;
}

void Run::noteColonIntroduction(const Sentence &sentence)
{
    // "Halloran then rose and read a short statement to the court:" — the quotation that opens the
    // next paragraph is the subject's, even without a reporting verb.
    if (sentence.endToken - 1 <= sentence.firstToken || !m_window.isPunct(sentence.endToken - 1, u':')
        || m_window.lastAttribution.colonIntro)
        return;
    const int block = m_window.article.blockAt(sentence.start);
    if (block < 0 || m_window.token(sentence.endToken - 1).end < m_window.article.blocks().at(block).end())
        return;
    const int sm = m_phrases.sentenceSubject(sentence, sentence.endToken);
    if (sm < 0)
        return;
    const ResolvedSpeaker who
        = m_speakers.resolve(m_phrases.nounPhraseEndingAt(m_window.mentions.at(sm).last, sentence), sentence);
    if (who.entity < 0)
        return;
    m_window.lastAttribution.entity = who.entity;
    m_window.lastAttribution.serial = sentence.serial;
    m_window.lastAttribution.paragraph = m_window.paragraph;
    m_window.lastAttribution.colonIntro = true;
}

void Run::findMentions(const Sentence &sentence)
{
    struct NameRun
    {
        int first, last;
        bool swallowed = false;
    };
    QList<NameRun> runs;
    for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
        if (!m_window.token(i).isCapitalized())
            continue; // names, titles and honorifics all start with a capital
        const bool title = m_window.isTitleToken(i);
        Gender g;
        const bool honorific = m_window.token(i).isWord() && m_lexicon.honorific(m_window.tokenView(i), &g);
        if (!title && !honorific && !m_window.isNameWord(i, sentence))
            continue;
        const int quote = m_window.token(i).quote;
        int j = i;
        bool hasTitleOrOrg = title || honorific || !m_lexicon.orgWordKind(m_window.tokenView(i)).isEmpty();
        while (j + 1 < sentence.endToken) {
            const int k = j + 1;
            if (m_window.token(k).quote != quote)
                break;
            if (m_window.isNameWord(k, sentence) || m_window.isTitleToken(k)) {
                hasTitleOrOrg = hasTitleOrOrg || m_window.isTitleToken(k)
                    || !m_lexicon.orgWordKind(m_window.tokenView(k)).isEmpty();
                j = k;
            } else if (m_window.isPunct(k, u'.') && m_window.token(k).start == m_window.token(j).end
                && (m_window.isTitleToken(j) || m_lexicon.honorific(m_window.tokenView(j))
                    || m_lexicon.isAbbreviation(m_window.textOf(j, k))
                    || (m_window.token(j).length() == 1 && m_window.token(j).isCapitalized()))
                && k + 1 < sentence.endToken && m_window.isNameWord(k + 1, sentence)) {
                j = k; // "Sen." "Mr." "Gov." before a name, or a middle initial ("Laurence H. Tribe")
            } else if (m_window.token(k).isWord() && m_lexicon.isNameParticle(m_window.tokenView(k))
                && k + 1 < sentence.endToken && m_window.isNameWord(k + 1, sentence)) {
                j = k + 1;
            } else if ((m_window.isTitleToken(j) || !m_lexicon.orgWordKind(m_window.tokenView(j)).isEmpty())
                && m_window.isWordLower(k, u"of") && k + 1 < sentence.endToken
                && (m_window.isNameWord(k + 1, sentence)
                    || (m_window.isWordLower(k + 1, u"the") && k + 2 < sentence.endToken
                        && m_window.isNameWord(k + 2, sentence)))) {
                // "Secretary of State", "Bank of Norbury": "of" right after a title or an
                // organisation word; not "Dr. Mei-Lin Tsao of the University".
                j = m_window.isNameWord(k + 1, sentence) ? k + 1 : k + 2;
            } else if ((m_window.isWordLower(k, u"and") || m_window.isPunct(k, u'&')) && !hasTitleOrOrg
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
        runs.append({i, j});
        i = j;
    }

    // A run that is the role prefix of the next one ("Secretary of Ruritania's Supreme ... Council
    // Maria Lopez", "Doe campaign manager Jane Roe") is not a name of its own.
    QList<int> roleStarts(runs.size(), -1);
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
            registerRun(runs.at(r).first, runs.at(r).last, roleStarts.at(r), sentence);
    }
}

// First token of a role phrase standing right before a name ("Republican presidential nominee",
// "CNN's anchor", "Secretary of Ruritania's Supreme Defence Council"), or -1.
int Run::rolePrefixBefore(int first, const Sentence &sentence) const
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
            && (m_window.isNameWord(j, sentence) || m_window.isTitleToken(j) || m_window.isWordLower(j, u"of")
                || m_window.isWordLower(j, u"the"))) {
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

int Run::roleAppositiveAfter(int last, const Sentence &sentence, QString *role) const
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

void Run::registerRun(int first, int last, int roleStart, const Sentence &sentence)
{
    // A dateline ("CHARLOTTE —", "WASHINGTON (AP) —") opening a paragraph names a place.
    if (m_window.token(first).isAllCaps() && m_window.isSentenceInitial(first, sentence) && last + 1 < sentence.endToken
        && (m_window.isDash(last + 1) || m_window.isPunct(last + 1, u'(') || m_window.isPunct(last + 1, u','))) {
        const int block = m_window.article.blockAt(m_window.token(first).start);
        if (block >= 0 && m_window.article.blocks().at(block).start == m_window.token(first).start)
            return;
    }
    // Split the run into title/organisation part and the name proper: the name starts after the
    // last title word, or after an organisation word followed by a full name.
    QVarLengthArray<int, 16> words;
    for (int i = first; i <= last; ++i) {
        if (m_window.token(i).isWord() && !(m_window.isPunct(i, u'(') || m_window.isPunct(i, u')')))
            words.append(i);
    }
    int split = -1; // index into words of the last role token
    Gender gender = Gender::Unknown;
    bool titled = roleStart >= 0;
    for (int w = 0; w < words.size(); ++w) {
        const int i = words.at(w);
        if (m_window.token(i).isAllCaps() && i > first && m_window.isPunct(i - 1, u'(')) {
            continue;
        }
        QString canonical;
        Gender g = Gender::Unknown;
        if (m_window.isTitleToken(i, &canonical, &g) && w + 1 < words.size()) {
            split = w;
            titled = true;
            if (g != Gender::Unknown)
                gender = g;
            continue;
        }
        if (m_lexicon.honorific(m_window.tokenView(i), &g) && w + 1 < words.size()) {
            split = w;
            titled = true;
            if (g != Gender::Unknown)
                gender = g;
            continue;
        }
        if (!m_lexicon.orgWordKind(m_window.tokenView(i)).isEmpty() && w + 2 < words.size()) {
            // "... Security Council Maria Lopez": an organisation, then a person's full name.
            bool rest = true;
            for (int x = w + 1; x < words.size(); ++x)
                rest = rest && m_window.isNameWord(words.at(x), sentence)
                    && m_lexicon.orgWordKind(m_window.tokenView(words.at(x))).isEmpty();
            if (rest)
                split = w;
        }
    }
    // "Secretary of State Anna M. Berg": the title runs on through "of ..." up to the given name,
    // an initial, or else the last two words.
    if (split >= 0 && split + 1 < words.size() && m_window.isWordLower(words.at(split + 1), u"of")) {
        int nameStart = -1;
        for (int w = split + 2; w < words.size(); ++w) {
            const int i = words.at(w);
            if (m_lexicon.isGivenName(m_window.tokenView(i))
                || (w + 1 < words.size() && m_window.token(words.at(w + 1)).length() == 1)) {
                nameStart = w;
                break;
            }
        }
        if (nameStart < 0 && words.size() - (split + 2) >= 3)
            nameStart = int(words.size()) - 2;
        if (nameStart > split + 2)
            split = nameStart - 1;
    }
    QVarLengthArray<int, 16> nameTokens;
    for (int w = split + 1; w < words.size(); ++w) {
        const int i = words.at(w);
        if (m_window.token(i).isAllCaps() && i > first && m_window.isPunct(i - 1, u'(') && w + 1 < words.size())
            continue; // a parenthesised acronym inside the run
        if (w == split + 1 && m_lexicon.isCommonWord(m_window.tokenView(i)))
            continue;
        nameTokens.append(i);
    }
    // Strip a leading "The" that sentence position let in.
    while (!nameTokens.isEmpty() && m_lexicon.isCommonWord(m_window.tokenView(nameTokens.front())))
        nameTokens.erase(nameTokens.begin());
    // "Miss Universe Alicia Machado", "Nobel laureate Ana Ruiz": after a title, a long run whose
    // given name comes later starts the name there.
    if (nameTokens.size() >= 3 && m_lexicon.givenName(m_window.tokenView(nameTokens.front())) == Gender::Unknown
        && m_lexicon.orgWordKind(m_window.tokenView(nameTokens.back())).isEmpty()) {
        for (int k = 1; k + 1 < nameTokens.size(); ++k) {
            if (m_lexicon.givenName(m_window.tokenView(nameTokens.at(k))) != Gender::Unknown) {
                nameTokens.erase(nameTokens.begin(), nameTokens.begin() + k);
                break;
            }
        }
    }
    if (nameTokens.isEmpty())
        return; // a bare title ("the President") is a role phrase, not a name

    EntityRegistry::NameInfo info;
    info.titled = titled;
    info.gender = gender;
    QString orgCategory, nonPerson;
    QStringList tokens;
    for (int i : std::as_const(nameTokens)) {
        // An initial keeps its full stop ("Anna M. Berg").
        tokens.append(m_window.token(i).length() == 1 && m_window.hasAbbrevDot(i)
                ? m_window.tokenView(i).toString() + u'.'
                : m_window.tokenView(i).toString());
        if (orgCategory.isEmpty())
            orgCategory = m_lexicon.orgWordKind(m_window.tokenView(i));
        if (nonPerson.isEmpty())
            nonPerson = m_lexicon.nonPersonKind(m_window.tokenView(i));
    }
    // Honorific or title with a given name decides gender.
    if (info.gender == Gender::Unknown && tokens.size() >= 2)
        info.gender = m_lexicon.givenName(tokens.first());

    const int nameFirst = nameTokens.front();
    const int nameLast = nameTokens.back();
    int roleFirst = -1;
    if (split >= 0)
        roleFirst = first;
    if (roleStart >= 0)
        roleFirst = roleStart;
    if (roleFirst >= 0) {
        int roleLast = split >= 0 ? words.at(split) : first - 1;
        if (roleLast < roleFirst)
            roleLast = first - 1;
        // Titles that are honorifics only (Mr, Mrs) are no role.
        QString role = m_window.textOf(roleFirst, roleLast);
        if (role.endsWith(u'.') && role.size() <= 5)
            role.clear();
        Gender g;
        if (roleLast == roleFirst && m_lexicon.honorific(m_window.tokenView(roleFirst), &g))
            role.clear();
        if (roleLast >= roleFirst + 1 && m_window.hasAbbrevDot(roleFirst)
            && m_lexicon.honorific(m_window.tokenView(roleFirst)))
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
    if (!orgCategory.isEmpty() && split < 0) {
        info.kind = Kind::Organization;
        info.orgCategory = orgCategory;
        info.role.clear();
    } else if (!nonPerson.isEmpty() && !titled) {
        info.kind = Kind::Other;
        info.placeLike = nonPerson == u"place";
    } else if (tokens.size() == 1 && m_window.token(nameFirst).isAllCaps() && !titled
        && m_window.token(nameFirst).length() <= 6) {
        info.kind = Kind::Organization; // an acronym: CNN, NATO, UNESCO
    } else if (titled || info.gender != Gender::Unknown) {
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
        const QStringView p = m_window.lower(before);
        const bool possessive
            = nameLast + 1 < sentence.endToken && m_window.token(nameLast + 1).type == Token::Type::Possessive;
        if (!possessive
            && (p == u"in" || p == u"at" || p == u"near" || p == u"outside" || p == u"inside" || p == u"across"
                || p == u"throughout"))
            m_window.registry.entity(m.entity).neuterEvidence = m_window.registry.entity(m.entity).tokens.size() == 1;
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

void Run::markSubjects(const Sentence &sentence)
{
    // Records of this sentence all come after those of earlier ones: only the new tail needs sorting.
    const qsizetype oldSize = m_window.history.size();
    const auto [firstMention, endMention] = m_window.mentionsIn(sentence);
    for (int mi = firstMention; mi < endMention; ++mi) {
        Mention &m = m_window.mentions[mi];
        if (m.last >= sentence.endToken || m.inQuote)
            continue;
        int k = m.last + 1;
        if (k < sentence.endToken && m_window.isPunct(k, u'(')) {
            // "Roy Cooper (D), …": past the parenthesis.
            while (k < sentence.endToken && k < m.last + 8 && !m_window.isPunct(k, u')'))
                ++k;
            ++k;
        }
        if (k < sentence.endToken && m_window.isPunct(k, u',')) {
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
        // "… Council on Friday made": past a time phrase.
        if (k + 1 < sentence.endToken && m_window.isWordLower(k, u"on") && (m_window.wordClass(k + 1) & Lexicon::Time))
            k += 2;
        while (k < sentence.endToken && m_window.token(k).isWord()
            && (m_window.wordClass(k) & (Lexicon::Auxiliary | Lexicon::Adverb | Lexicon::Negation | Lexicon::Time)))
            ++k;
        if (k >= sentence.endToken || !m_window.token(k).isWord() || m_window.token(k).isCapitalized())
            continue;
        const quint16 c = m_window.wordClass(k);
        if (c & (Lexicon::Preposition | Lexicon::Determiner | Lexicon::Conjunction))
            continue;
        // An object ("has encouraged European nations") follows a verb; a subject does not.
        int b = m.begin() - 1;
        while (b >= sentence.firstToken && m_window.token(b).isWord() && (m_window.wordClass(b) & Lexicon::Determiner))
            --b;
        if (b >= sentence.firstToken && m_window.token(b).isWord() && !m_window.token(b).isCapitalized()
            && m_window.wordClass(b) == 0)
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
    for (int mi = firstMention; mi < endMention; ++mi) {
        const Mention &m = m_window.mentions.at(mi);
        if (m.last >= sentence.endToken || m.inQuote || m.subject || m.entity < 0)
            continue;
        SalienceRecord h;
        h.pos = m_window.token(m.first).start;
        h.entity = m.entity;
        h.serial = sentence.serial;
        h.afterPreposition = m.afterPreposition;
        m_window.history.append(h);
    }
    std::stable_sort(m_window.history.begin() + oldSize, m_window.history.end(),
        [](const SalienceRecord &a, const SalienceRecord &b) { return a.pos < b.pos; });
    if (m_window.history.size() > ExtractWindow::MaxHistory)
        m_window.history.erase(m_window.history.begin(), m_window.history.begin() + ExtractWindow::MaxHistory / 2);
}

void Run::findCues(const Sentence &sentence)
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
            && m_lexicon.isStatementNoun(w) && i + 1 < sentence.endToken && m_window.isWordLower(i + 1, u"that")) {
            Cue c;
            c.first = c.last = i;
            c.statementNoun = true;
            m_window.cues.append(c);
            m_window.cueOfToken[i] = int(m_window.cues.size()) - 1;
            continue;
        }
        const QList<Lexicon::VerbForm> *forms = m_lexicon.verbForms(w);
        if (!forms)
            continue;
        // "Secretary of State", "The Washington Post": a capitalised word inside a name is no verb.
        if (m_window.mentionOfToken.at(i) >= 0 || (t.isCapitalized() && !m_window.isSentenceInitial(i, sentence)))
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
            if (!source) {
                // Noun use ("the claims", "his report", "his early-morning tweets", "swing states
                // could"), passive ("was told"), infinitive ("to say").
                int p = i - 1;
                if (p >= sentence.firstToken) {
                    const Token &pt = m_window.token(p);
                    if (pt.type == Token::Type::Possessive)
                        break;
                    const quint16 pc = m_window.wordClass(p);
                    if ((pc & Lexicon::Determiner) && !(pc & Lexicon::Relative))
                        break;
                    if (p - 1 >= sentence.firstToken && pt.isWord() && pc == 0 && !pt.isCapitalized()
                        && (m_window.wordClass(p - 1) & Lexicon::Determiner)
                        && !(m_window.wordClass(p - 1) & Lexicon::Relative) && w.endsWith(u's'))
                        break; // determiner, adjective, plural noun
                }
                if (last + 1 < sentence.endToken && m_window.token(last + 1).isWord()
                    && !m_window.token(last + 1).isCapitalized() && (m_window.wordClass(last + 1) & Lexicon::Auxiliary)
                    && !(m_window.wordClass(last + 1) & Lexicon::Determiner))
                    break; // a verb is not followed by "could", "were", "have": "the claims were false"
                // A bare base form ("state", "report", "claim") is often a noun: "1995 state tax
                // return". Not a verb after a number, a possessive, a determiner or a preposition.
                if (w == QStringView(f.lemma) && p >= sentence.firstToken) {
                    const Token &pt = m_window.token(p);
                    const quint16 pc = pt.isWord() ? m_window.wordClass(p) : 0;
                    const bool nounUse = pt.type == Token::Type::Number || pt.type == Token::Type::Possessive
                        || (pt.isWord() && m_window.lower(p).endsWith(u"est")
                            && m_window.lower(p).size() > 4) // "the greatest fear"
                        || ((pc & (Lexicon::Determiner | Lexicon::Preposition)) && !(pc & Lexicon::Relative)
                            && !m_window.isWordLower(p, u"to"));
                    // "state officials", "report cards": a noun modifying the noun after it.
                    const bool compound = last + 1 < sentence.endToken && m_window.token(last + 1).isWord()
                        && !m_window.token(last + 1).isCapitalized() && m_window.wordClass(last + 1) == 0
                        && (m_lexicon.roleNoun(m_window.lower(last + 1))
                            || !m_lexicon.orgNounKind(m_window.lower(last + 1)).isEmpty()
                            || (m_window.lower(last + 1).endsWith(u's')
                                && !m_lexicon.verbForms(m_window.lower(last + 1))));
                    if (nounUse || compound)
                        break;
                }
                while (p >= sentence.firstToken && m_window.token(p).isWord()
                    && (m_window.wordClass(p) & (Lexicon::Adverb | Lexicon::Negation)))
                    --p;
                if (p >= sentence.firstToken && m_window.token(p).isWord()) {
                    const QStringView pw = m_window.lower(p);
                    const bool be = pw == u"is" || pw == u"are" || pw == u"was" || pw == u"were" || pw == u"be"
                        || pw == u"been" || pw == u"being";
                    if (be && f.pastParticiple && !f.participle)
                        break;
                    if (pw == u"to") {
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
                        if ((m_window.wordClass(q) & (Lexicon::Control | Lexicon::Auxiliary))
                            || (object && !object->subject) || qw == u"me" || qw == u"us" || qw == u"you"
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

void Run::attributeDirect(const Sentence &sentence)
{
    const auto [firstSpan, endSpan] = m_window.spansIn(sentence.start, sentence.end);
    for (int local = firstSpan; local < endSpan; ++local) {
        const auto &s = m_window.spans.at(m_window.windowSpans.at(local));
        if (m_window.spanUsed.at(local) != -1)
            continue;
        const int spanIndex = m_window.windowSpans.at(local);
        // Tokens of the quotation.
        int qFirst = -1, qLast = -1;
        for (int i = sentence.firstToken; i < sentence.endToken; ++i) {
            if (m_window.token(i).quote == spanIndex) {
                if (qFirst < 0)
                    qFirst = i;
                qLast = i;
            }
        }
        if (qFirst < 0)
            continue;
        const int words = m_window.wordCount(qFirst, qLast);
        bool capitalStart = false;
        for (int i = qFirst; i <= qLast; ++i) {
            if (m_window.token(i).isWord()) {
                const QChar first = m_window.text[m_window.token(i).start];
                capitalStart = m_window.token(i).isCapitalized() || (!first.isUpper() && !first.isLower());
                break;
            }
        }
        const int before = qFirst - 1;
        const int after = qLast + 1;

        // A title of a work ("the book "…"", "a song called "…"") is no quotation.
        {
            int p = before;
            while (p >= sentence.firstToken && (m_window.isPunct(p, u',') || m_window.isPunct(p, u':')))
                --p;
            // "book "…"", "the book is "…"", "a film called "…"".
            bool work = false;
            for (int k = p; k >= sentence.firstToken && k > p - 3 && !work; --k) {
                if (!m_window.token(k).isWord())
                    break;
                work = m_lexicon.isWorkNoun(m_window.lower(k));
                if (k < p && !(m_window.wordClass(k + 1) & Lexicon::Auxiliary)
                    && !m_lexicon.isWorkNoun(m_window.lower(k + 1)))
                    break;
            }
            if (work && words <= 10) {
                m_window.spanUsed[local] = -2;
                continue;
            }
        }

        // Where the quotation sits in its sentence.
        int p = before;
        bool colonBefore = false, commaBefore = false;
        while (p >= sentence.firstToken
            && (m_window.isPunct(p, u',') || m_window.isPunct(p, u':') || m_window.isDash(p))) {
            colonBefore = colonBefore || m_window.isPunct(p, u':');
            commaBefore = commaBefore || m_window.isPunct(p, u',');
            --p;
        }
        const bool atStart = p < sentence.firstToken;
        const bool cueRightBefore
            = p >= sentence.firstToken && (m_window.cueAt(p) >= 0 || m_window.isWordLower(p, u"that"));
        int pastCommas = after;
        while (pastCommas < sentence.endToken && m_window.isPunct(pastCommas, u','))
            ++pastCommas;
        const bool endsSentence = after >= sentence.endToken
            || (m_window.token(after).type == Token::Type::Punct && !m_window.isPunct(after, u'(')
                && pastCommas >= sentence.endToken);
        const bool embedded = !atStart && !colonBefore && !commaBefore && !cueRightBefore;

        ResolvedSpeaker who;
        int cueIndex = -1;
        QString cueText;

        // 1. Attribution after the quotation: "...," he said / said Smith / — Smith. The quotation
        // must end with a separating mark ("…,” / “…?” / “…” —), else the words run on.
        int lastInsideAt = s.contentEnd - 1;
        while (lastInsideAt > s.contentStart
            && (QuoteFinder::family(m_window.text[lastInsideAt]) != QuoteFinder::MarkFamily::None
                || m_window.text[lastInsideAt].isSpace()))
            --lastInsideAt; // past the close of a quotation inside it (“… ‘…,’”) and French spacing (« … , »)
        const QChar lastInside = lastInsideAt >= s.contentStart ? m_window.text[lastInsideAt] : QChar();
        const bool separated = lastInside == u',' || lastInside == u'!' || lastInside == u'?' || lastInside == u'.'
            || lastInside.category() == QChar::Punctuation_Dash || lastInside == QChar(0x2026)
            || (after < sentence.endToken && (m_window.isPunct(after, u',') || m_window.isDash(after)));
        if (after < sentence.endToken && separated) {
            int k = after;
            while (k < sentence.endToken && (m_window.isPunct(k, u',') || m_window.isDash(k)))
                ++k;
            bool dash = k > after && m_window.isDash(k - 1);
            if (k < sentence.endToken && m_window.token(k).type != Token::Type::QuoteMark) {
                const int ck = m_window.cueAt(k);
                if (ck >= 0 && !m_window.cues.at(ck).used && !m_window.cues.at(ck).source) {
                    // said Smith / said the spokesman
                    SpeakerPhrase r = m_phrases.subjectAfter(m_window.cues.at(ck).last + 1, sentence);
                    if (r.isNone()) {
                        // "...," said on Monday Smith is rare; look before the quotation instead.
                    } else {
                        who = m_speakers.resolve(r, sentence, true);
                        cueIndex = ck;
                    }
                } else if (ck >= 0 && m_window.cues.at(ck).source) {
                    SpeakerPhrase r = m_phrases.subjectAfter(m_window.cues.at(ck).last + 1, sentence);
                    if (!r.isNone()) {
                        who = m_speakers.resolve(r, sentence);
                        cueIndex = ck;
                    }
                } else {
                    // he said / Smith, the senator, said / the spokesman told reporters
                    for (int c = k + 1; c < sentence.endToken && c <= k + 14; ++c) {
                        if (m_window.token(c).type == Token::Type::QuoteMark)
                            break;
                        const int cc = m_window.cueAt(c);
                        if (cc < 0 || m_window.cues.at(cc).first != c)
                            continue;
                        if (m_window.cues.at(cc).used || m_window.cues.at(cc).source)
                            break;
                        const int own = m_clauses.contentStartAfterCue(m_window.cues.at(cc), sentence);
                        if (own >= 0 && own < sentence.endToken && m_window.token(own).type != Token::Type::QuoteMark)
                            break; // "“Morning Report,” Smith said the plan ...": the cue reports its own clause
                        SpeakerPhrase r = m_phrases.subjectBefore(c, sentence);
                        if (!r.isNone() && r.first >= k) {
                            who = m_speakers.resolve(r, sentence, true);
                            cueIndex = cc;
                            if (who.entity < 0 && who.source.isEmpty())
                                who.source = m_window.textOf(r.first, r.last);
                        }
                        break;
                    }
                    if (cueIndex < 0 && who.entity < 0) {
                        // "“…,” Jane Doe, director of X and a professor at Y, said."
                        const int mi = m_window.mentionOfToken.at(k);
                        if (mi >= 0 && m_window.mentions.at(mi).begin() == k
                            && m_window.mentions.at(mi).last + 1 < sentence.endToken
                            && m_window.isPunct(m_window.mentions.at(mi).last + 1, u',')) {
                            for (int c = m_window.mentions.at(mi).last + 2; c < sentence.endToken && c < k + 60; ++c) {
                                if (m_window.token(c).type == Token::Type::QuoteMark || m_window.isPunct(c, u';'))
                                    break;
                                const int cc = m_window.cueAt(c);
                                if (cc >= 0 && m_window.cues.at(cc).first == c && !m_window.cues.at(cc).used
                                    && !m_window.cues.at(cc).source && c > 0 && m_window.isPunct(c - 1, u',')) {
                                    who = m_speakers.resolve(
                                        m_phrases.nounPhraseEndingAt(m_window.mentions.at(mi).last, sentence),
                                        sentence);
                                    cueIndex = cc;
                                    break;
                                }
                            }
                        }
                    }
                    if (cueIndex < 0 && dash) {
                        SpeakerPhrase r = m_phrases.nounPhraseStartingAt(k, sentence);
                        if (r.type == SpeakerPhrase::Type::Name) {
                            who = m_speakers.resolve(r, sentence);
                            cueText = QString(m_window.text[m_window.token(k - 1).start]);
                        }
                    }
                }
            }
        }
        // 2. Attribution before it: Smith said: "..." / Smith told reporters, "..." / Smith: "..."
        if (cueIndex < 0 && who.entity < 0 && cueText.isEmpty()) {
            int c = before;
            int limit = std::max(sentence.firstToken, before - 12);
            for (; c >= limit; --c) {
                if (m_window.token(c).type == Token::Type::QuoteMark)
                    break;
                const int cc = m_window.cueAt(c);
                if (cc >= 0 && m_window.cues.at(cc).last == c && m_window.cues.at(cc).used
                    && m_window.cues.at(cc).entity >= 0 && c + 1 == before && m_window.isPunct(before, u',')) {
                    // “Nobody is happy,” Doe said, “but …”: the second half is Doe's too.
                    who.entity = m_window.cues.at(cc).entity;
                    who.confidence = 0.9;
                    who.source = m_window.textOf(cc >= 0 ? m_window.cues.at(cc).first : c, c);
                    cueIndex = -1;
                    cueText = m_window.textOf(m_window.cues.at(cc).first, m_window.cues.at(cc).last);
                    break;
                }
                if (cc >= 0 && m_window.cues.at(cc).last == c && !m_window.cues.at(cc).used) {
                    const Cue &cue = m_window.cues.at(cc);
                    if (cue.source) {
                        SpeakerPhrase r = m_phrases.subjectAfter(cue.last + 1, sentence);
                        if (!r.isNone()) {
                            who = m_speakers.resolve(r, sentence);
                            cueIndex = cc;
                        }
                    } else {
                        const bool participleAfterComma = cue.form && cue.form->participle
                            && cue.first > sentence.firstToken
                            && (m_window.isPunct(cue.first - 1, u',') || m_window.isDash(cue.first - 1));
                        SpeakerPhrase r = (cue.statementNoun || participleAfterComma)
                            ? SpeakerPhrase()
                            : m_phrases.subjectBefore(cue.first, sentence);
                        int pc = cue.first - 1;
                        while (pc >= sentence.firstToken && m_window.token(pc).isWord()
                            && (m_window.wordClass(pc) & (Lexicon::Adverb | Lexicon::Auxiliary)))
                            --pc;
                        const bool coordinated = pc >= sentence.firstToken
                            && (m_window.isWordLower(pc, u"and") || m_window.isWordLower(pc, u"but"));
                        const bool direct = !r.isNone() && !(cue.form && cue.form->participle);
                        if (r.isNone() && ((cue.form && cue.form->participle) || coordinated))
                            r = m_phrases.subjectOfSentence(sentence, cue.first);
                        if (!r.isNone()) {
                            who = m_speakers.resolve(r, sentence, direct);
                            cueIndex = cc;
                        } else if (embedded) {
                            cueIndex = -1;
                        }
                    }
                    break;
                }
            }
            if (cueIndex < 0 && !colonBefore && before >= sentence.firstToken && m_window.isDash(before)
                && before - 1 >= sentence.firstToken) {
                SpeakerPhrase r = m_phrases.nounPhraseEndingAt(before - 1, sentence);
                if (r.type == SpeakerPhrase::Type::Name) {
                    who = m_speakers.resolve(r, sentence);
                    cueText = m_window.textOf(before, before);
                }
            }
            if (cueIndex < 0 && cueText.isEmpty() && colonBefore && p >= sentence.firstToken) {
                SpeakerPhrase r = m_phrases.nounPhraseEndingAt(p, sentence);
                if (r.type == SpeakerPhrase::Type::Name || r.type == SpeakerPhrase::Type::Role
                    || r.type == SpeakerPhrase::Type::OrgRole) {
                    who = m_speakers.resolve(r, sentence);
                    cueText = QStringLiteral(":");
                }
            }
        }

        FoundQuote q;
        q.start = s.contentStart;
        q.end = s.contentEnd;
        // Quoted words the sentence runs on after ("expressed “cautious optimism” about the talks")
        // are a partial quote.
        const bool runsOn = !separated && after < sentence.endToken && m_window.token(after).isWord()
            && !m_window.token(after).isCapitalized() && !m_window.isCueVerbAt(after)
            && !m_lexicon.pronoun(m_window.lower(after));
        q.kind = runsOn ? Quote::Kind::Partial : Quote::Kind::Direct;
        if (cueIndex >= 0) {
            Cue &cue = m_window.cues[cueIndex];
            cue.used = true;
            cue.entity = who.entity;
            q.cue = m_window.textOf(cue.first, cue.last);
            q.cueStart = m_window.token(cue.first).start;
            q.cueEnd = m_window.token(cue.last).end;
        } else if (!cueText.isEmpty()) {
            q.cue = cueText;
        }

        const bool attributed = cueIndex >= 0 || !cueText.isEmpty();
        if (!attributed && words <= 5) {
            int longWords = 0, capitalised = 0;
            for (int i = qFirst; i <= qLast; ++i) {
                if (m_window.token(i).isWord() && m_window.token(i).length() >= 4) {
                    ++longWords;
                    capitalised += m_window.token(i).isCapitalized();
                }
            }
            if (longWords > 0 && capitalised == longWords) {
                m_window.spanUsed[local] = -2; // “Morning Report”, “Dragon Hour”: a title, not speech
                continue;
            }
        }
        if (embedded) {
            // Quoted words inside a sentence: handled with the sentence's reported speech, or below.
            if (attributed && cueIndex >= 0 && m_window.cues.at(cueIndex).first > qLast) {
                // The deal is "a disaster," Smith said: the clause up to the quotation is reported.
                q.kind = Quote::Kind::Partial;
                q.start = m_window.token(sentence.firstToken).start;
                q.end = s.outerEnd();
                m_window.spanUsed[local] = int(m_window.quotes.size());
                m_speakers.record(q, who, sentence.serial);
                m_speakers.noteSpeaker(
                    who.entity, m_window.token(m_window.cues.at(cueIndex).first).start, sentence.serial);
            } else if (cueIndex >= 0) {
                m_window.cues[cueIndex].used = false; // leave it to the reported-speech pass
            } else if (attributed && who.entity >= 0) {
                q.kind = Quote::Kind::Partial; // "… “quoted words” ― Jane Doe"
                m_window.spanUsed[local] = int(m_window.quotes.size());
                m_speakers.record(q, who, sentence.serial);
            }
            continue;
        }
        if (!attributed) {
            // Continuation: a quotation opening a sentence or paragraph right after one attributed
            // to a speaker is theirs.
            const bool opensParagraph = m_window.article.blockAt(s.outerStart()) >= 0 && [&] {
                const auto &blk = m_window.article.blocks().at(m_window.article.blockAt(s.outerStart()));
                int x = blk.start;
                while (x < s.outerStart() && m_window.text[x].isSpace())
                    ++x;
                return x == s.outerStart();
            }();
            // A cue later in the sentence ("“…” of the proposals, Mr. Doe said") will attribute
            // it: no continuation then.
            bool laterCue = false;
            const auto [firstCue, endCue] = m_window.cuesIn(sentence);
            for (int cc = firstCue; cc < endCue && !laterCue; ++cc)
                laterCue
                    = m_window.cues.at(cc).first > qLast && !m_window.cues.at(cc).used && !m_window.cues.at(cc).source;
            const bool recent = m_window.lastAttribution.entity >= 0 && !laterCue
                && ((m_window.lastAttribution.paragraph == m_window.paragraph
                        && sentence.serial - m_window.lastAttribution.serial <= 3)
                    || (opensParagraph && m_window.paragraph - m_window.lastAttribution.paragraph == 1));
            if ((atStart || opensParagraph) && recent && (endsSentence || words >= 3)) {
                who.entity = m_window.lastAttribution.entity;
                who.confidence = m_window.lastAttribution.colonIntro
                    ? 0.9
                    : (m_window.lastAttribution.paragraph == m_window.paragraph ? 0.75 : 0.65);
                who.source = QString();
            } else if (words <= 2 || (!capitalStart && words <= 4)) {
                m_window.spanUsed[local] = -2; // scare quotes, a nickname: nothing said
                continue;
            } else {
                // Nothing attributes it yet; reported speech in the sentence may ("“…” of the
                // plan, Smith said"). What is left over is recorded unattributed at the end.
                m_window.spanStandalone[local] = true;
                continue;
            }
        }
        m_window.spanUsed[local] = int(m_window.quotes.size());
        m_speakers.record(q, who, sentence.serial);
        if (cueIndex >= 0)
            m_speakers.noteSpeaker(who.entity, m_window.token(m_window.cues.at(cueIndex).first).start, sentence.serial);
        else if (who.entity >= 0)
            m_speakers.noteSpeaker(who.entity, s.outerStart(), sentence.serial);
    }
}

void Run::attributeIndirect(const Sentence &sentence)
{
    int lastEntityInSentence = -1;
    QString lastSourceInSentence;
    int contentUntil = -1; // end of the last reported content in this sentence
    const auto [firstCue, endCue] = m_window.cuesIn(sentence);
    for (int ci = firstCue; ci < endCue; ++ci) {
        Cue &cue = m_window.cues[ci];
        if (cue.first < contentUntil && !cue.used)
            continue; // "Brooks said the governor had asked ...": reported within a report
        if (cue.used) {
            if (cue.entity >= 0) {
                lastEntityInSentence = cue.entity;
            }
            continue;
        }
        int contentFrom = -1, contentTo = -1;
        SpeakerPhrase ref;
        bool inherited = false;
        if (cue.source) {
            // "According to X, ..." or "..., according to X."
            ref = m_phrases.subjectAfter(cue.last + 1, sentence);
            if (ref.type == SpeakerPhrase::Type::OrgRole || ref.type == SpeakerPhrase::Type::None
                || ref.type == SpeakerPhrase::Type::Role) {
                // "according to a study by the Ruritanian Herald": the author of the report.
                const int from = ref.isNone() ? cue.last + 1 : ref.last + 1;
                for (int k = from; k < sentence.endToken && k < from + 4; ++k) {
                    if (m_window.isPunct(k, u','))
                        break;
                    if (m_window.isWordLower(k, u"by") || m_window.isWordLower(k, u"from")) {
                        const SpeakerPhrase by = m_phrases.subjectAfter(k + 1, sentence);
                        if (by.type == SpeakerPhrase::Type::Name)
                            ref = by;
                        break;
                    }
                }
            }
            if (ref.isNone()) {
                // "according to a report by X", "according to polls": a source all the same.
                int k = cue.last + 1;
                while (k < sentence.endToken && !m_window.isPunct(k, u',') && !m_window.isPunct(k, u'.')
                    && k < cue.last + 9)
                    ++k;
                ref.first = cue.last + 1;
                ref.last = k - 1;
            }
            int p = cue.first - 1;
            while (p >= sentence.firstToken && (m_window.isPunct(p, u',') || m_window.isDash(p)))
                --p;
            if (p < sentence.firstToken
                || (p == sentence.firstToken && m_window.token(p).isWord()
                    && (m_window.wordClass(p) & Lexicon::Conjunction))) {
                int k = (ref.last >= 0 ? ref.last : cue.last) + 1;
                while (k < sentence.endToken && !m_window.isPunct(k, u','))
                    ++k;
                contentFrom = k + 1;
                contentTo = m_clauses.contentEnd(contentFrom, sentence);
            } else {
                contentFrom = sentence.firstToken;
                contentTo = p + 1;
                if (m_window.isPunct(cue.first - 1, u',') || m_window.isDash(cue.first - 1))
                    contentTo = cue.first - 1;
                // Start after an earlier attribution in the same sentence, if any.
                for (int k = contentTo - 1; k > sentence.firstToken; --k) {
                    if (m_window.isPunct(k, u';')) {
                        contentFrom = k + 1;
                        break;
                    }
                }
            }
        } else {
            const bool participleAfterComma = cue.form && cue.form->participle && cue.first > sentence.firstToken
                && (m_window.isPunct(cue.first - 1, u',') || m_window.isDash(cue.first - 1));
            if (cue.colonNoun) {
                const int sm = m_phrases.sentenceSubject(sentence, cue.first);
                if (sm >= 0)
                    ref = m_phrases.nounPhraseEndingAt(m_window.mentions.at(sm).last, sentence);
            } else if (cue.statementNoun) {
                int k = cue.first - 2; // before the possessive
                ref = m_phrases.nounPhraseEndingAt(k, sentence);
            } else if (!participleAfterComma) {
                ref = m_phrases.subjectBefore(cue.first, sentence);
            }
            int p = cue.first - 1;
            while (p >= sentence.firstToken && m_window.token(p).isWord()
                && (m_window.wordClass(p) & (Lexicon::Adverb | Lexicon::Auxiliary)))
                --p;
            const bool coordinated = p >= sentence.firstToken
                && (m_window.isWordLower(p, u"and") || m_window.isWordLower(p, u"but") || m_window.isPunct(p, u',')
                    || m_window.isWordLower(p, u"to"));
            if (ref.isNone() && (coordinated || (cue.form && cue.form->participle))) {
                inherited = true;
            }
            if (ref.isNone() && cue.form && cue.form->participle && m_window.isSentenceInitial(cue.first, sentence)) {
                // "Claiming the criticism was unfair, Doe told reporters …": the main clause's subject.
                const int sm = m_phrases.sentenceSubject(sentence, sentence.endToken);
                if (sm >= 0) {
                    ref = m_phrases.nounPhraseEndingAt(m_window.mentions.at(sm).last, sentence);
                    inherited = false;
                }
            }
            contentFrom = cue.colonNoun ? cue.last + 2 : m_clauses.contentStartAfterCue(cue, sentence);
            if (ref.isNone() && !inherited && cue.first > sentence.firstToken + 2
                && m_window.isPunct(cue.first - 1, u',') && cue.form && !cue.form->participle) {
                // "The meeting went badly, said one source in the room." The source follows the
                // cue and the reported words come before it.
                const SpeakerPhrase after = m_phrases.subjectAfter(cue.last + 1, sentence);
                int end = after.isNone() ? -1 : after.last + 1;
                while (end >= 0 && end < sentence.endToken && !m_window.isPunct(end, u'.')
                    && !m_window.isPunct(end, u',') && end < after.last + 8)
                    ++end;
                if (!after.isNone()
                    && (end >= sentence.endToken || m_window.isPunct(end, u'.') || m_window.isPunct(end, u','))) {
                    ref = after;
                    contentFrom = sentence.firstToken;
                    contentTo = cue.first - 1;
                    for (int y = contentTo - 1; y > sentence.firstToken; --y) {
                        if (m_window.isPunct(y, u';')) {
                            contentFrom = y + 1;
                            break;
                        }
                    }
                }
            }
            if (contentFrom >= 0 && contentTo > contentFrom) {
                // The inverted form above set both ends.
            } else if (contentFrom >= 0) {
                // A quotation that is the whole content was attributed as a direct quote already.
                contentTo = m_clauses.contentEnd(contentFrom, sentence);
            } else if (!ref.isNone() && !inherited && cue.form
                && (cue.form->frames & (Lexicon::FrameClause | Lexicon::FrameThat | Lexicon::FrameQuote))
                && !(cue.form->frames & Lexicon::FrameWeak)) {
                // Inverted: "The deal is dead, Smith said." / "The deal, he said, is dead."
                int k = ref.first - 1;
                if (k > sentence.firstToken && (m_window.isPunct(k, u',') || m_window.isDash(k))) {
                    // Only adverbials may follow the cue.
                    int x = cue.last + 1;
                    bool tail = true;
                    int guard = 0;
                    while (x < sentence.endToken && guard++ < 12) {
                        if (m_window.isPunct(x, u'.') || m_window.isPunct(x, u',') || m_window.isPunct(x, u'!')
                            || m_window.isPunct(x, u'?'))
                            break;
                        if (m_window.token(x).type == Token::Type::QuoteMark) {
                            tail = false;
                            break;
                        }
                        ++x;
                    }
                    if (x < sentence.endToken && m_window.isPunct(x, u',') && x + 1 < sentence.endToken) {
                        // Mid-sentence: the content runs on after the second comma.
                        contentFrom = sentence.firstToken;
                        contentTo = m_clauses.contentEnd(x + 1, sentence);
                    } else if (tail && guard <= 12) {
                        contentFrom = sentence.firstToken;
                        contentTo = k;
                    }
                    // Start after an earlier clause boundary ("; ").
                    for (int y = k - 1; y > sentence.firstToken && contentFrom == sentence.firstToken; --y) {
                        if (m_window.isPunct(y, u';'))
                            contentFrom = y + 1;
                    }
                }
            }
        }
        if (contentFrom == sentence.endToken && contentFrom > sentence.firstToken
            && m_window.isPunct(contentFrom - 1, u':') && !ref.isNone()) {
            // "Smith continued:" — the quotation in the next paragraph is Smith's.
            const ResolvedSpeaker who = m_speakers.resolve(ref, sentence);
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
        if (contentFrom < 0 || contentTo <= contentFrom || contentFrom >= sentence.endToken)
            continue;
        // The content needs a few words of its own.
        int words = 0;
        for (int k = contentFrom; k < contentTo; ++k)
            words += m_window.token(k).isWord() || m_window.token(k).type == Token::Type::Number;
        if (words < 2)
            continue;

        ResolvedSpeaker who;
        if (inherited) {
            if (lastEntityInSentence >= 0) {
                who.entity = lastEntityInSentence;
                who.confidence = 0.85;
                who.source = lastSourceInSentence;
            } else {
                who = m_speakers.resolve(m_phrases.subjectOfSentence(sentence, cue.first), sentence);
                who.confidence = std::min(who.confidence, 0.8);
            }
        } else if (!ref.isNone()) {
            who = m_speakers.resolve(ref, sentence, !(cue.form && cue.form->participle) && !cue.source);
            if (who.source.isEmpty())
                who.source = m_window.textOf(ref.first, ref.last);
        }
        if (who.entity >= 0) {
            lastEntityInSentence = who.entity;
            lastSourceInSentence = who.source;
        }

        // Quotations inside the content make it a partial quote; one that is the whole content
        // keeps its own (direct) entry.
        const int from = m_window.token(contentFrom).start;
        if (cue.form && (cue.form->frames & Lexicon::FrameWeak)) {
            // A weak verb reports the quoted words it governs, not the rest of the sentence:
            // "called the plan “a disaster” and left" ends after the quotation.
            int lastQuote = -1;
            for (int k = contentFrom; k < contentTo; ++k) {
                if (m_window.isQuoteBoundary(k))
                    lastQuote = k;
            }
            if (lastQuote >= 0) {
                int end = lastQuote + 1;
                while (end < contentTo && m_window.token(end).quote == m_window.token(lastQuote).quote)
                    ++end;
                contentTo = end;
            }
        }
        const int to = m_window.token(contentTo - 1).end;
        FoundQuote q;
        q.start = from;
        q.end = to;
        q.kind = Quote::Kind::Indirect;
        if (who.entity < 0 && cue.form && (cue.form->frames & Lexicon::FrameThought))
            continue; // "many think that ...", "polls show that ...": nobody's words
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
        if (skip)
            continue;
        cue.used = true;
        cue.entity = who.entity;
        if (contentFrom > cue.last)
            contentUntil = std::max(contentUntil, contentTo);
        q.cue = m_window.textOf(cue.first, cue.last);
        q.cueStart = m_window.token(cue.first).start;
        q.cueEnd = m_window.token(cue.last).end;
        m_speakers.record(q, who, sentence.serial);
        m_speakers.noteSpeaker(who.entity, m_window.token(cue.first).start, sentence.serial);
    }
}

void Run::attributePartials(const Sentence &sentence)
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
        const int sm = m_phrases.sentenceSubject(sentence, qFirst < 0 ? sentence.endToken : qFirst);
        if (sm >= 0) {
            who = m_speakers.resolve(m_phrases.nounPhraseEndingAt(m_window.mentions.at(sm).last, sentence), sentence);
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
        q.start = s.contentStart;
        q.end = s.contentEnd;
        q.kind = Quote::Kind::Partial;
        m_window.spanUsed[local] = int(m_window.quotes.size());
        m_speakers.record(q, who, sentence.serial);
    }
}

Extraction Run::result()
{
    Extraction out;
    // Overlaps can remain between quotes of different passes; the earlier, stronger one wins.
    std::stable_sort(m_window.quotes.begin(), m_window.quotes.end(),
        [](const FoundQuote &a, const FoundQuote &b) { return a.start < b.start; });
    qsizetype keptCount = 0;
    for (qsizetype i = 0; i < m_window.quotes.size(); ++i) {
        FoundQuote &q = m_window.quotes[i];
        if (keptCount > 0 && q.start < m_window.quotes.at(keptCount - 1).end) {
            FoundQuote &prev = m_window.quotes[keptCount - 1];
            if (prev.kind == Quote::Kind::Indirect && q.kind == Quote::Kind::Direct)
                prev = std::move(q);
            continue;
        }
        if (keptCount != i)
            m_window.quotes[keptCount] = std::move(q);
        ++keptCount;
    }
    m_window.quotes.resize(keptCount);
    QList<FoundQuote> &kept = m_window.quotes;

    // Speakers in order of first mention.
    QHash<int, int> speakerOf;
    QList<int> entities;
    for (FoundQuote &q : kept) {
        if (q.entity < 0)
            continue;
        q.entity = m_window.registry.find(q.entity);
        if (!speakerOf.contains(q.entity)) {
            speakerOf.insert(q.entity, -1);
            entities.append(q.entity);
        }
    }
    std::sort(entities.begin(), entities.end(), [this](int a, int b) {
        return m_window.registry.entity(a).firstMention < m_window.registry.entity(b).firstMention;
    });
    for (int e : std::as_const(entities)) {
        const EntityRegistry::Entity &ent = m_window.registry.entity(e);
        Speaker s;
        s.id = QStringLiteral("s%1").arg(out.speakers.size() + 1);
        s.name = ent.name;
        // An organisation also known by its acronym shows both: "International Monetary Fund (IMF)".
        for (const QString &a : ent.aliases) {
            if (a.size() >= 2 && a.size() <= 6 && a == a.toUpper() && ent.tokens.size() >= 2
                && m_window.registry.speakerKind(e) == Kind::Organization) {
                s.name = ent.name + QStringLiteral(" (") + a + u')';
                break;
            }
        }
        s.kind = m_window.registry.speakerKind(e) == Kind::Organization ? Speaker::Kind::Organization
                                                                        : Speaker::Kind::Person;
        s.role = ent.role;
        s.gender = ent.gender;
        s.firstMention = ent.firstMention;
        for (const QString &a : ent.aliases) {
            if (a != s.name && !m_lexicon.pronoun(a.toLower()))
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

} // namespace

Extractor::Extractor(const Lexicon &lexicon)
    : m_lexicon(lexicon)
{ }

Extractor::Extractor()
    : m_lexicon(Lexicon::instance())
{ }

Extraction Extractor::extract(const Article &article, const std::atomic_bool *cancelled) const
{
    Run run(article, m_lexicon, cancelled);
    if (!run.run())
        return {};
    return run.result();
}
