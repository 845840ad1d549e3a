#include "extractor.h"

#include "article/article.h"
#include "entityregistry.h"
#include "lexicon.h"
#include "quotefinder.h"
#include "sentencesplitter.h"
#include "text/textchars.h"
#include "token.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

// QT_LOGGING_RULES="saywho.extractor.debug=true" traces every attribution and where it came from.
Q_LOGGING_CATEGORY(lcExtractor, "saywho.extractor", QtWarningMsg)

namespace {

using Gender = Lexicon::Gender;

// Which words occur in lower case in the article, kept as a bit set of word hashes: the pre-pass
// marks every lower-case word, so insertion must be cheap. A false positive (about one in a
// hundred at news vocabulary sizes) only makes a sentence-initial word look like an ordinary one.
class WordBits
{
public:
    WordBits()
        : m_bits(kWords, 0)
    {
    }
    bool contains(QStringView w) const
    {
        const quint32 h = finish(hashStep(w, kSeed));
        return m_bits.at((h >> 6) & (kWords - 1)) & (quint64(1) << (h & 63));
    }

    // FNV-1a over UTF-16 units, for callers that hash a word while they scan it: start from kSeed,
    // fold each unit in with step(), then insertHash().
    static constexpr quint32 kSeed = 2166136261u;
    static quint32 step(quint32 h, char16_t unit) { return (h ^ unit) * 16777619u; }
    void insertHash(quint32 unfinished)
    {
        const quint32 h = finish(unfinished);
        m_bits[(h >> 6) & (kWords - 1)] |= quint64(1) << (h & 63);
    }

private:
    static constexpr qsizetype kWords = qsizetype(1) << 16; // 4 Mbit
    static quint32 hashStep(QStringView w, quint32 h)
    {
        for (QChar c : w)
            h = step(h, c.unicode());
        return h;
    }
    static quint32 finish(quint32 h) { return h ^ (h >> 15); }
    QList<quint64> m_bits;
};

using Kind = EntityRegistry::Kind;

constexpr int kMaxHistory = 4096;

// A name found in the text, registered with the entity registry.
struct Mention
{
    int first = 0;        // first token of the name proper
    int last = 0;         // last token of the name proper
    int roleFirst = -1;   // first token of a title or role prefix, -1 if none
    int entity = -1;
    bool inQuote = false;
    bool subject = false;
    bool afterPreposition = false;
    int begin() const { return roleFirst >= 0 ? roleFirst : first; }
};

// A reporting cue: a verb form, "according to", or "X's statement that".
struct Cue
{
    int first = 0;
    int last = 0;
    const Lexicon::VerbForm *form = nullptr;
    bool used = false;
    bool source = false;
    bool statementNoun = false;
    bool colonNoun = false; // "made the following comment:"
    int entity = -1; // resolved speaker, once attributed
};

// A phrase naming a speaker, before it is resolved.
struct Ref
{
    enum class Type { None, Name, Pronoun, Role, OrgRole, Group };
    Type type = Type::None;
    int first = -1;
    int last = -1;
    int mention = -1;
    Gender gender = Gender::Unknown;
    EntityRegistry::RoleQuery role;
    bool isNone() const { return type == Type::None; }
};

struct Resolved
{
    int entity = -1;
    double confidence = 0;
    QString source;
    bool named = false; // a name, not a pronoun or role
};

struct HistoryRecord
{
    int pos = 0;
    int entity = -1;
    int serial = 0;
    bool subject = false;
    bool speaker = false;
    bool afterPreposition = false;
};

struct RawQuote
{
    int start = 0;
    int end = 0;
    Quote::Kind kind = Quote::Kind::Direct;
    int entity = -1;
    QString cue;
    int cueStart = -1;
    int cueEnd = -1;
    QString source;
    double confidence = 0;
    int paragraph = 0;
};

struct Unit
{
    int start = 0;
    int end = 0;
    int firstToken = 0;
    int endToken = 0; // one past the last token
    int serial = 0;
};

struct LastAttribution
{
    int entity = -1;
    int serial = -1000;
    int paragraph = -1000;
    bool colonIntro = false;
    QString source;
};

class Run
{
public:
    Run(const Article &article, const Lexicon &lexicon, const std::atomic_bool *cancelled)
        : m_article(article)
        , m_text(article.text())
        , m_lex(lexicon)
        , m_registry(lexicon)
        , m_cancelled(cancelled)
    {
    }

    bool run();
    Extraction result();

private:
    // Text helpers.
    QStringView tv(int i) const { return m_text.mid(m_tokens.at(i).start, m_tokens.at(i).length()); }
    QStringView lower(int i) const;
    void lowerCaseTokens();
    quint16 cls(int i) const
    {
        // Looked up once per token: the parser asks the same token many times.
        qint16 &cached = const_cast<FastList<qint16> &>(m_classCache)[i];
        if (cached < 0)
            cached = m_tokens.at(i).isWord() ? m_lex.wordClass(lower(i)) : 0;
        return quint16(cached);
    }
    bool isPunct(int i, char16_t c) const
    {
        const Token &t = m_tokens.at(i);
        return t.type == Token::Type::Punct && t.length() == 1 && m_text[t.start] == QChar(c);
    }
    bool isDash(int i) const;
    bool isClauseBreak(int i) const
    {
        return isPunct(i, u',') || isPunct(i, u';') || isPunct(i, u':') || isPunct(i, u'.') || isPunct(i, u'(')
            || isPunct(i, u')') || isPunct(i, u'!') || isPunct(i, u'?');
    }
    bool isWordLower(int i, QStringView w) const { return m_tokens.at(i).isWord() && lower(i) == w; }
    bool outside(int i) const { return m_tokens.at(i).quote < 0; }
    // A quotation mark that opens or closes a quotation (a stray apostrophe is not one).
    bool isQuoteBoundary(int i) const
    {
        return m_tokens.at(i).type == Token::Type::QuoteMark && m_tokens.at(i).quote >= 0;
    }
    bool isNameWord(int i, const Unit &u) const;
    bool endsInOrganisation(int from, const Unit &u) const;
    bool computeNameWord(int i, const Unit &u) const;
    bool isSentenceInitial(int i, const Unit &u) const;
    bool isTitleToken(int i, QString *canonical = nullptr, Gender *gender = nullptr) const;
    bool hasAbbrevDot(int i) const;
    QString textOf(int first, int last) const;

    // Pipeline.
    void prepass();
    void processWindow(int firstBlock, int lastBlock);
    void buildUnits(int firstBlock, int lastBlock);
    bool isBareAttribution(const SentenceSplitter::Range &previous, const SentenceSplitter::Range &r) const;
    void processUnit(const Unit &u);
    void findMentions(const Unit &u);
    void registerRun(int first, int last, int roleStart, const Unit &u);
    int roleAppositiveAfter(int last, const Unit &u, QString *role) const;
    int rolePrefixBefore(int first, const Unit &u) const;
    void markSubjects(const Unit &u);
    void findCues(const Unit &u);
    void attributeDirect(const Unit &u);
    void attributeIndirect(const Unit &u);
    void attributePartials(const Unit &u);
    void noteColonIntroduction(const Unit &u);
    void quoteIntroducedParagraph(int block);

    // Phrase parsing.
    Ref subjectBefore(int tok, const Unit &u) const;
    Ref clauseInitialName(int comma, const Unit &u) const;
    Ref subjectAfter(int tok, const Unit &u) const;
    Ref nounPhraseEndingAt(int j, const Unit &u) const;
    Ref nounPhraseStartingAt(int j, const Unit &u) const;
    int skipBackModifiers(int j, const Unit &u) const;
    Resolved resolve(const Ref &ref, const Unit &u, bool subjectOfCue = false);
    int resolvePronoun(Gender gender, int pos, int serial, double *confidence) const;
    int sentenceSubject(const Unit &u, int before) const;
    Ref subjectOfSentence(const Unit &u, int before) const;
    int cueAt(int tok) const;
    int contentStartAfterCue(const Cue &cue, const Unit &u) const;
    int contentEnd(int from, const Unit &u) const;
    bool startsClause(int i, const Unit &u) const;
    bool isComplementizer(int i, const Unit &u) const;
    // Index ranges of the window's quotations, cues and mentions that fall in a sentence: the
    // lists are in text order, so each sentence looks only at its own (no quadratic scans).
    QPair<int, int> spansIn(int from, int to) const;
    QPair<int, int> cuesIn(const Unit &u) const;
    QPair<int, int> mentionsIn(const Unit &u) const;
    int wordCount(int first, int last) const;
    bool isCueVerbAt(int i) const;
    void checkNeuterEvidence(int entity, int fromTok, const Unit &u);
    int describedSource(const Ref &ref);
    void findTranscriptLabel(const Unit &u);
    void findTranscriptLabel(const Unit &u, int block);
    void countTranscriptLabels();

    void record(RawQuote q, const Resolved &who, int unitSerial);
    QString intern(const QString &s);
    void noteSpeaker(int entity, int pos, int serial);

    const Article &m_article;
    QStringView m_text;
    const Lexicon &m_lex;
    EntityRegistry m_registry;
    const std::atomic_bool *m_cancelled;

    QList<QuoteFinder::Span> m_spans;
    WordBits m_lowerWords;
    WordBits m_capitalWords; // capitalised words seen inside a sentence

    // Window state.
    TokenList m_tokens;
    QString m_lowerText;
    FastList<int> m_lowerAt;
    FastList<qint16> m_classCache;
    FastList<qint8> m_nameWordCache;
    FastList<qint8> m_titleKnown;
    FastList<const Lexicon::Title *> m_titleCache;
    FastList<Unit> m_units;
    FastList<Mention> m_mentions;
    FastList<int> m_mentionAt; // token -> mention index, -1
    FastList<Cue> m_cues;
    FastList<int> m_cueAt;     // token -> cue index, -1
    QList<int> m_windowSpans; // indices into m_spans
    QList<int> m_spanUsed;    // per window span: -1 free, else raw quote index or -2 dropped
    QList<bool> m_spanStandalone; // a whole-sentence quotation nothing attributed (yet)
    int m_maxSpanLength = 0;       // longest quotation of the window, to find overlaps by start
    int maxSpanLength() const { return m_maxSpanLength; }
    int m_paragraph = 0;
    int m_serial = 0;

    QHash<QString, int> m_labelCounts; // "HARRIS:" paragraph labels of a transcript
    QList<HistoryRecord> m_history;
    LastAttribution m_last;
    QList<RawQuote> m_quotes;
    QSet<QString> m_interned;
    std::array<QList<SentenceSplitter::Range>, 3> m_rangeBuffers; // buildUnits' working lists
};

QStringView Run::lower(int i) const
{
    const Token &t = m_tokens.at(i);
    if (!(t.flags & Token::HasUpper))
        return tv(i);
    return QStringView(m_lowerText).mid(m_lowerAt.at(i), t.length());
}

void Run::lowerCaseTokens()
{
    // Lower-case forms of the capitalised tokens, side by side in one buffer (no allocation per word).
    m_lowerAt.resize(m_tokens.size());
    qsizetype total = 0;
    for (const Token &t : std::as_const(m_tokens))
        total += (t.flags & Token::HasUpper) ? t.length() : 0;
    m_lowerText.resize(total);
    QChar *out = m_lowerText.data();
    int at = 0;
    for (int i = 0; i < m_tokens.size(); ++i) {
        const Token &t = m_tokens.at(i);
        if (!(t.flags & Token::HasUpper))
            continue;
        m_lowerAt[i] = at;
        for (QChar c : tv(i)) {
            const char16_t u = c.unicode();
            out[at++] = u < 0x80 ? QChar(u >= u'A' && u <= u'Z' ? char16_t(u + 32) : u) : c.toLower();
        }
    }
}

bool Run::isDash(int i) const
{
    const Token &t = m_tokens.at(i);
    if (t.type != Token::Type::Punct)
        return false;
    const QChar c = m_text[t.start];
    return c.category() == QChar::Punctuation_Dash || c == QChar(0x2015);
}

QString Run::textOf(int first, int last) const
{
    if (first < 0 || last < first)
        return {};
    return m_text.mid(m_tokens.at(first).start, m_tokens.at(last).end - m_tokens.at(first).start).toString();
}

bool Run::hasAbbrevDot(int i) const
{
    return i + 1 < m_tokens.size() && isPunct(i + 1, u'.') && m_tokens.at(i + 1).start == m_tokens.at(i).end;
}

bool Run::isTitleToken(int i, QString *canonical, Gender *gender) const
{
    const Token &t = m_tokens.at(i);
    if (!t.isWord() || !t.isCapitalized())
        return false;
    qint8 &known = const_cast<FastList<qint8> &>(m_titleKnown)[i];
    const Lexicon::Title *title = nullptr;
    if (known >= 0) {
        title = m_titleCache.at(i);
    } else {
        if (hasAbbrevDot(i)) // the full stop follows in the text: "Sen."
            title = m_lex.title(m_text.mid(t.start, t.length() + 1));
        if (!title)
            title = m_lex.title(tv(i));
        const_cast<FastList<const Lexicon::Title *> &>(m_titleCache)[i] = title;
        known = 1;
    }
    if (!title)
        return false;
    if (canonical)
        *canonical = title->canonical;
    if (gender)
        *gender = title->gender;
    return true;
}

bool Run::isSentenceInitial(int i, const Unit &u) const
{
    for (int k = i - 1; k >= u.firstToken; --k) {
        const Token &t = m_tokens.at(k);
        if (t.type == Token::Type::QuoteMark || isPunct(k, u'(') || isPunct(k, u':') || isDash(k))
            continue;
        return false;
    }
    return true;
}

bool Run::endsInOrganisation(int from, const Unit &u) const
{
    // The capitalised run starting at from ends with an organisation word.
    int last = -1;
    for (int k = from; k < u.endToken && k < from + 6 && isNameWord(k, u); ++k)
        last = k;
    return last >= 0 && !m_lex.orgWordKind(tv(last)).isEmpty();
}

bool Run::isNameWord(int i, const Unit &u) const
{
    qint8 &cached = const_cast<FastList<qint8> &>(m_nameWordCache)[i];
    if (cached < 0)
        cached = computeNameWord(i, u) ? 1 : 0;
    return cached == 1;
}

bool Run::computeNameWord(int i, const Unit &u) const
{
    const Token &t = m_tokens.at(i);
    if (!t.isWord() || !t.isCapitalized())
        return false;
    const QStringView w = tv(i);
    if (m_lex.isCommonWord(w))
        return false;
    if (w.size() == 1 && !hasAbbrevDot(i))
        return false; // "I", "A"
    if (w.size() >= 3 && (w[0] == u'R' || w[0] == u'D' || w[0] == u'I') && w[1] == u'-' && w[2].isUpper())
        return false; // party and state ("R-Wis.", "D-N.Y.")
    if (isSentenceInitial(i, u)) {
        if (m_lowerWords.contains(lower(i)))
            return false;
        // "Addressing the press, ..." / "Speaking on Monday, ...": a verb form opening the sentence.
        const bool nextLower = i + 1 < u.endToken && m_tokens.at(i + 1).isWord()
            && !m_tokens.at(i + 1).isCapitalized();
        // A reporting verb right after it makes it the subject instead ("Nanjing warned that ...").
        const auto finiteCue = [this, i] {
            const QList<Lexicon::VerbForm> *forms = m_lex.verbForms(lower(i + 1));
            return forms && std::any_of(forms->cbegin(), forms->cend(),
                                        [](const Lexicon::VerbForm &f) { return !f.participle; });
        };
        if (nextLower && !isTitleToken(i) && m_lex.givenName(w) == Gender::Unknown
            && (w.endsWith(u"ing") || w.endsWith(u"ed") || w.endsWith(u"ly")) && !m_capitalWords.contains(w)
            && (w.endsWith(u"ly") || !finiteCue()))
            return false;
    }
    return true;
}

void Run::prepass()
{
    // Words that occur in lower case anywhere: such a word opening a sentence is not a name.
    // One pass over the whole text, so each word is hashed as it is scanned.
    const qsizetype n = m_text.size();
    const QChar *text = m_text.data();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text[i];
        if (!TextChars::isLetter(c)) {
            ++i;
            continue;
        }
        const qsizetype s = i;
        quint32 h = WordBits::kSeed;
        while (i < n) {
            const QChar d = text[i];
            if (!TextChars::isLetterOrNumber(d) && d != u'-')
                break;
            h = WordBits::step(h, d.unicode());
            ++i;
        }
        if (TextChars::isLower(c) && (s == 0 || !TextChars::isLetterOrNumber(text[s - 1]))) {
            m_lowerWords.insertHash(h);
        } else if (s >= 2 && text[s - 1] == u' ' && TextChars::isLower(text[s - 2])) {
            m_capitalWords.insertHash(h); // "the app Zoomly": capitalised mid-sentence
        }
    }
}

bool Run::run()
{
    m_spans = QuoteFinder::find(m_article);
    prepass();
    countTranscriptLabels();
    const auto &blocks = m_article.blocks();
    int spanCursor = 0;
    int b = 0;
    while (b < blocks.size()) {
        if (m_cancelled && m_cancelled->load(std::memory_order_relaxed))
            return false;
        int c = b;
        // Extend the window while a quotation runs past the end of its last paragraph.
        while (spanCursor < m_spans.size() && m_spans.at(spanCursor).outerStart() < blocks.at(c).start)
            ++spanCursor;
        for (int k = spanCursor; k < m_spans.size(); ++k) {
            const auto &s = m_spans.at(k);
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

namespace {

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

} // namespace

void Run::countTranscriptLabels()
{
    for (const Article::Block &b : m_article.blocks()) {
        QString label;
        if (transcriptLabel(m_text, b.start, b.end(), &label) >= 0)
            ++m_labelCounts[label];
    }
}

void Run::findTranscriptLabel(const Unit &u)
{
    // A sentence held together by a quotation over several paragraphs can hold several turns.
    for (int block = m_article.blockAt(u.start); block >= 0 && block < m_article.blocks().size(); ++block) {
        const Article::Block &b = m_article.blocks().at(block);
        if (b.start >= u.end)
            break;
        findTranscriptLabel(u, block);
    }
}

void Run::findTranscriptLabel(const Unit &u, int block)
{
    const Article::Block &b = m_article.blocks().at(block);
    QString label;
    const int after = transcriptLabel(m_text, b.start, b.end(), &label);
    if (after < 0 || after > u.end || after <= u.start || m_labelCounts.value(label) < 2)
        return; // the label is in the first sentence of its paragraph only
    // The label names a person: title-case a shouted name, drop an honorific.
    QStringList words;
    Gender gender = Gender::Unknown;
    for (QString w : label.split(u' ', Qt::SkipEmptyParts)) {
        Gender g;
        if (m_lex.honorific(w, &g) || m_lex.honorific(QString(w.left(1) + w.mid(1).toLower()), &g)) {
            gender = g;
            continue;
        }
        if (w.size() > 1 && w == w.toUpper())
            w = w.left(1) + w.mid(1).toLower();
        if (m_lex.isCommonWord(w))
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
    int entity = m_registry.findPerson(words);
    if (entity < 0) {
        QStringList asWritten;
        for (const QString &w : label.split(u' ', Qt::SkipEmptyParts)) {
            if (!m_lex.honorific(w))
                asWritten.append(w);
        }
        entity = m_registry.addName(asWritten.isEmpty() ? words : asWritten, info, b.start);
    } else {
        m_registry.addAlias(entity, label);
    }
    int contentEnd = b.end();
    const auto [firstSpan, endSpan] = spansIn(b.start, b.end());
    for (int k = firstSpan; k < endSpan; ++k) {
        const auto &s = m_spans.at(m_windowSpans.at(k));
        {
            if (s.outerEnd() >= b.end() && s.close >= 0)
                contentEnd = std::min(contentEnd, s.close);
            m_spanUsed[k] = int(m_quotes.size());
        }
    }
    RawQuote q;
    q.start = after;
    q.end = contentEnd;
    q.kind = Quote::Kind::Direct;
    q.cue = QStringLiteral(":");
    q.cueStart = after - 1;
    q.cueEnd = after;
    Resolved who;
    who.entity = entity;
    who.confidence = 0.9;
    who.source = label;
    who.named = true;
    record(q, who, u.serial);
    noteSpeaker(entity, b.start, u.serial);
    // Cues inside the turn belong to the turn.
    for (Cue &cue : m_cues) {
        if (cue.first >= u.firstToken && cue.first < u.endToken && m_tokens.at(cue.first).start >= after
            && m_tokens.at(cue.first).start < contentEnd)
            cue.used = true;
    }
}

void Run::processWindow(int firstBlock, int lastBlock)
{
    const auto &blocks = m_article.blocks();
    const int from = blocks.at(firstBlock).start;
    const int to = blocks.at(lastBlock).end();
    m_paragraph = blocks.at(firstBlock).paragraph;

    m_tokens.clear();
    Tokenizer::tokenize(m_text, from, to, m_tokens);
    lowerCaseTokens();
    m_classCache.fill(qint16(-1), m_tokens.size());
    m_nameWordCache.fill(qint8(-1), m_tokens.size());
    m_titleKnown.fill(qint8(-1), m_tokens.size());
    m_titleCache.resize(m_tokens.size());

    // Quotations of the window, and which tokens they hold.
    m_windowSpans.clear();
    auto it = std::lower_bound(m_spans.cbegin(), m_spans.cend(), from,
                               [](const QuoteFinder::Span &s, int pos) { return s.outerStart() < pos; });
    for (; it != m_spans.cend() && it->outerStart() < to; ++it) {
        const int idx = int(std::distance(m_spans.cbegin(), it));
        m_windowSpans.append(idx);
    }
    m_spanUsed = QList<int>(m_windowSpans.size(), -1);
    m_maxSpanLength = 0;
    for (int idx : std::as_const(m_windowSpans))
        m_maxSpanLength = std::max(m_maxSpanLength, m_spans.at(idx).outerEnd() - m_spans.at(idx).outerStart());
    m_spanStandalone = QList<bool>(m_windowSpans.size(), false);
    {
        int k = 0;
        for (Token &t : m_tokens) {
            while (k < m_windowSpans.size() && m_spans.at(m_windowSpans.at(k)).outerEnd() <= t.start)
                ++k;
            if (k < m_windowSpans.size()) {
                const auto &s = m_spans.at(m_windowSpans.at(k));
                if (t.start >= s.outerStart() && t.end <= s.outerEnd())
                    t.quote = m_windowSpans.at(k);
            }
        }
    }

    buildUnits(firstBlock, lastBlock);

    m_mentions.clear();
    m_mentionAt.fill(-1, m_tokens.size());
    m_cues.clear();
    m_cueAt.fill(-1, m_tokens.size());
    quoteIntroducedParagraph(firstBlock);
    for (const Unit &u : std::as_const(m_units)) {
        // A new paragraph inside the window (a quotation running over paragraphs).
        const int block = m_article.blockAt(u.start);
        if (block >= 0)
            m_paragraph = std::max(m_paragraph, blocks.at(block).paragraph);
        processUnit(u);
    }
}

bool Run::isBareAttribution(const SentenceSplitter::Range &previous, const SentenceSplitter::Range &r) const
{
    // The previous sentence ends with a closing quotation mark and this one is only "Name said."
    int e = previous.end;
    while (e > previous.start && m_text[e - 1].isSpace())
        --e;
    if (e <= previous.start || QuoteFinder::family(m_text[e - 1]) == QuoteFinder::MarkFamily::None)
        return false;
    if (m_article.blockAt(previous.start) != m_article.blockAt(r.start) || r.end - r.start > 90)
        return false;
    const QStringView s = m_text.mid(r.start, r.end - r.start);
    int words = 0;
    bool verb = false;
    qsizetype i = 0;
    while (i < s.size()) {
        if (QuoteFinder::family(s[i]) != QuoteFinder::MarkFamily::None && !QuoteFinder::isApostrophe(s, i))
            return false;
        if (!s[i].isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < s.size() && (s[i].isLetterOrNumber() || s[i] == u'-' || s[i] == u'.'))
            ++i;
        QStringView w = s.mid(start, i - start);
        while (w.endsWith(u'.'))
            w.chop(1);
        ++words;
        if (words > 1 && !w.isEmpty() && w.front().isLower() && m_lex.verbForms(w))
            verb = true;
    }
    return verb && words <= 12;
}

void Run::buildUnits(int firstBlock, int lastBlock)
{
    // Kept between windows (clear() keeps the capacity): one allocation per run, not per window.
    QList<SentenceSplitter::Range> &ranges = m_rangeBuffers[0];
    QList<SentenceSplitter::Range> &merged = m_rangeBuffers[1];
    QList<SentenceSplitter::Range> &bounded = m_rangeBuffers[2];
    ranges.clear();
    merged.clear();
    bounded.clear();
    for (int b = firstBlock; b <= lastBlock; ++b) {
        const auto &block = m_article.blocks().at(b);
        SentenceSplitter::split(m_text, block.start, block.end(), m_lex, ranges);
    }
    // A sentence break inside a quotation does not end the sentence the quotation belongs to.
    int k = 0;
    for (const auto &r : std::as_const(ranges)) {
        bool join = false;
        if (!merged.isEmpty() && r.start < m_text.size()
            && (m_text[r.start].category() == QChar::Punctuation_Dash || m_text[r.start] == QChar(0x2015))
            && m_article.blockAt(r.start) == m_article.blockAt(merged.last().start))
            join = true;
        if (!merged.isEmpty() && !join && isBareAttribution(merged.last(), r))
            join = true; // “Why not?” Vitter demanded.
        if (!merged.isEmpty() && !join) {
            const int boundary = r.start;
            while (k < m_windowSpans.size() && m_spans.at(m_windowSpans.at(k)).outerEnd() < boundary)
                ++k;
            for (int j = k; j < m_windowSpans.size(); ++j) {
                const auto &s = m_spans.at(m_windowSpans.at(j));
                if (s.outerStart() >= boundary)
                    break;
                if (s.outerStart() < boundary && s.outerEnd() > merged.last().end - 1 && s.outerEnd() > boundary - 1
                    && s.outerStart() < merged.last().end) {
                    join = s.outerEnd() > boundary;
                    if (join)
                        break;
                }
            }
        }
        if (join)
            merged.last().end = r.end;
        else
            merged.append(r);
    }
    // A "sentence" of thousands of characters is no sentence (a line without full stops, a
    // list): cut it at clause boundaries so the work per sentence stays bounded.
    constexpr int kMaxUnit = 2000;
    for (SentenceSplitter::Range r : std::as_const(merged)) {
        while (r.end - r.start > kMaxUnit) {
            int cut = r.start + kMaxUnit;
            for (int k = cut; k > r.start + kMaxUnit / 2; --k) {
                if ((m_text[k - 1] == u',' || m_text[k - 1] == u';') && m_text[k].isSpace()) {
                    cut = k;
                    break;
                }
            }
            while (cut < r.end && !m_text[cut].isSpace() && cut < r.start + kMaxUnit + 200)
                ++cut;
            bounded.append({r.start, cut});
            r.start = cut;
        }
        bounded.append(r);
    }
    m_units.clear();
    int t = 0;
    for (const auto &r : std::as_const(bounded)) {
        Unit u;
        u.start = r.start;
        u.end = r.end;
        while (t < m_tokens.size() && m_tokens.at(t).start < r.start)
            ++t;
        u.firstToken = t;
        while (t < m_tokens.size() && m_tokens.at(t).start < r.end)
            ++t;
        u.endToken = t;
        u.serial = m_serial++;
        for (int i = u.firstToken; i < u.endToken; ++i)
            m_tokens[i].sentence = u.serial;
        if (u.endToken > u.firstToken)
            m_units.append(u);
    }
}

void Run::processUnit(const Unit &u)
{
    findMentions(u);
    markSubjects(u);
    findCues(u);
    findTranscriptLabel(u);
    attributeDirect(u);
    attributeIndirect(u);
    attributePartials(u);
    noteColonIntroduction(u);
}

void Run::quoteIntroducedParagraph(int block)
{
    // "Limbaugh added:" closing one paragraph, and the next set off without quotation marks (a
    // block quotation whose markup was lost): that paragraph is what was added.
    if (!m_last.colonIntro || m_last.entity < 0 || m_last.paragraph != m_paragraph - 1 || m_units.isEmpty())
        return;
    const Article::Block &b = m_article.blocks().at(block);
    int i = b.start;
    while (i < b.end() && m_text[i].isSpace())
        ++i;
    if (i >= b.end() || QuoteFinder::family(m_text[i]) != QuoteFinder::MarkFamily::None)
        return; // a quotation opening the paragraph is attributed the usual way
    if (b.length < 20)
        return;
    for (int t = 0; t < m_tokens.size() && m_tokens.at(t).start < b.end(); ++t) {
        const QList<Lexicon::VerbForm> *forms = m_tokens.at(t).isWord() ? m_lex.verbForms(lower(t)) : nullptr;
        if (forms && !(forms->first().frames & Lexicon::FrameWeak) && !m_tokens.at(t).isCapitalized()
            && lower(t) != QStringView(forms->first().lemma))
            return; // the paragraph reports speech of its own ("said", not the noun-like "fear")
    }
    RawQuote q;
    q.start = b.start;
    q.end = b.end();
    q.kind = Quote::Kind::Direct;
    Resolved who;
    who.entity = m_last.entity;
    who.confidence = 0.7;
    const auto [firstSpan, endSpan] = spansIn(b.start, b.end());
    for (int k = firstSpan; k < endSpan; ++k)
        m_spanUsed[k] = int(m_quotes.size());
    record(q, who, m_units.first().serial);
    m_last.colonIntro = false;
}

void Run::noteColonIntroduction(const Unit &u)
{
    // "Halloran then rose and read a short statement to the court:" — the quotation that opens the
    // next paragraph is the subject's, even without a reporting verb.
    if (u.endToken - 1 <= u.firstToken || !isPunct(u.endToken - 1, u':') || m_last.colonIntro)
        return;
    const int block = m_article.blockAt(u.start);
    if (block < 0 || m_tokens.at(u.endToken - 1).end < m_article.blocks().at(block).end())
        return;
    const int sm = sentenceSubject(u, u.endToken);
    if (sm < 0)
        return;
    const Resolved who = resolve(nounPhraseEndingAt(m_mentions.at(sm).last, u), u);
    if (who.entity < 0)
        return;
    m_last.entity = who.entity;
    m_last.serial = u.serial;
    m_last.paragraph = m_paragraph;
    m_last.colonIntro = true;
}

// ---------------------------------------------------------------------------------------------
// Names

void Run::findMentions(const Unit &u)
{
    struct NameRun
    {
        int first, last;
        bool swallowed = false;
    };
    QList<NameRun> runs;
    for (int i = u.firstToken; i < u.endToken; ++i) {
        if (!m_tokens.at(i).isCapitalized())
            continue; // names, titles and honorifics all start with a capital
        const bool title = isTitleToken(i);
        Gender g;
        const bool honorific = m_tokens.at(i).isWord() && m_lex.honorific(tv(i), &g);
        if (!title && !honorific && !isNameWord(i, u))
            continue;
        const int quote = m_tokens.at(i).quote;
        int j = i;
        bool hasTitleOrOrg = title || honorific || !m_lex.orgWordKind(tv(i)).isEmpty();
        while (j + 1 < u.endToken) {
            const int k = j + 1;
            if (m_tokens.at(k).quote != quote)
                break;
            if (isNameWord(k, u) || isTitleToken(k)) {
                hasTitleOrOrg = hasTitleOrOrg || isTitleToken(k) || !m_lex.orgWordKind(tv(k)).isEmpty();
                j = k;
            } else if (isPunct(k, u'.') && m_tokens.at(k).start == m_tokens.at(j).end
                       && (isTitleToken(j) || m_lex.honorific(tv(j)) || m_lex.isAbbreviation(textOf(j, k))
                           || (m_tokens.at(j).length() == 1 && m_tokens.at(j).isCapitalized()))
                       && k + 1 < u.endToken && isNameWord(k + 1, u)) {
                j = k; // "Sen." "Mr." "Gov." before a name, or a middle initial ("Laurence H. Tribe")
            } else if (m_tokens.at(k).isWord() && m_lex.isNameParticle(tv(k)) && k + 1 < u.endToken
                       && isNameWord(k + 1, u)) {
                j = k + 1;
            } else if ((isTitleToken(j) || !m_lex.orgWordKind(tv(j)).isEmpty()) && isWordLower(k, u"of")
                       && k + 1 < u.endToken
                       && (isNameWord(k + 1, u) || (isWordLower(k + 1, u"the") && k + 2 < u.endToken
                                                    && isNameWord(k + 2, u)))) {
                // "Secretary of State", "Bank of Norbury": "of" right after a title or an
                // organisation word; not "Dr. Mei-Lin Tsao of the University".
                j = isNameWord(k + 1, u) ? k + 1 : k + 2;
            } else if ((isWordLower(k, u"and") || isPunct(k, u'&')) && !hasTitleOrOrg && k + 1 < u.endToken
                       && isNameWord(k + 1, u) && endsInOrganisation(k + 1, u)) {
                // "Relief and Shelter Agency", "Securities and Exchange Commission".
                j = k;
            } else if (m_tokens.at(k).type == Token::Type::QuoteMark && m_tokens.at(k).quote < 0
                       && tv(j).endsWith(u's') && k + 1 < u.endToken && isNameWord(k + 1, u)
                       && m_tokens.at(k).start == m_tokens.at(j).end) {
                j = k; // a plural possessive inside a name: "Farmers’ Federation"
            } else if (isPunct(k, u'(') && k + 2 < u.endToken && m_tokens.at(k + 1).isAllCaps()
                       && isPunct(k + 2, u')') && k + 3 < u.endToken && isNameWord(k + 3, u)) {
                j = k + 3; // "Council (NSC) Maria Lopez"
            } else {
                break;
            }
        }
        // "the Swiss city", "a Chilean official": one capitalised word between a determiner and a
        // lower-case noun is an adjective.
        if (j == i && !title && !honorific && i > u.firstToken && m_tokens.at(i - 1).isWord()
            && (cls(i - 1) & Lexicon::Determiner) && i + 1 < u.endToken && m_tokens.at(i + 1).isWord()
            && !m_tokens.at(i + 1).isCapitalized() && !m_lex.orgNounKind(lower(i + 1)).length()
            && !(cls(i + 1) & (Lexicon::Auxiliary | Lexicon::Preposition | Lexicon::Conjunction))
            && !isCueVerbAt(i + 1) && !m_tokens.at(i).isAllCaps()) {
            continue;
        }
        runs.append({i, j});
        i = j;
    }

    // A run that is the role prefix of the next one ("Secretary of Ruritania's Supreme ... Council
    // Maria Lopez", "Doe campaign manager Jane Roe") is not a name of its own.
    QList<int> roleStarts(runs.size(), -1);
    for (int r = 0; r < runs.size(); ++r) {
        const int prefix = rolePrefixBefore(runs.at(r).first, u);
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
            registerRun(runs.at(r).first, runs.at(r).last, roleStarts.at(r), u);
    }
}

// First token of a role phrase standing right before a name ("Republican presidential nominee",
// "CNN's anchor", "Secretary of Ruritania's Supreme Defence Council"), or -1.
int Run::rolePrefixBefore(int first, const Unit &u) const
{
    int k = first - 1;
    if (k < u.firstToken)
        return -1;
    const Token &t = m_tokens.at(k);
    if (t.isWord() && !t.isCapitalized() && (m_lex.roleNoun(lower(k)) || isTitleToken(k))) {
        const int start = skipBackModifiers(k, u);
        return start;
    }
    if (t.type == Token::Type::Possessive) {
        // "Ruritania's Supreme Council Maria Lopez" is handled inside the run; here the owner is itself
        // part of a title ("Secretary of Ruritania's ...").
        int j = k - 1;
        int firstCap = -1;
        while (j >= u.firstToken && (isNameWord(j, u) || isTitleToken(j) || isWordLower(j, u"of")
                                     || isWordLower(j, u"the"))) {
            if (m_tokens.at(j).isCapitalized())
                firstCap = j;
            --j;
        }
        if (firstCap >= 0) {
            bool titled = false;
            for (int x = firstCap; x < k; ++x)
                titled = titled || isTitleToken(x);
            if (titled)
                return firstCap;
        }
    }
    return -1;
}

// Walks back over the modifiers of a role noun at j ("the European Union foreign policy chief"),
// returning the first modifier token.
int Run::skipBackModifiers(int j, const Unit &u) const
{
    int start = j;
    int steps = 0;
    for (int k = j - 1; k >= u.firstToken && steps < 6; --k, ++steps) {
        const Token &t = m_tokens.at(k);
        if (t.quote != m_tokens.at(j).quote)
            break;
        if (t.type == Token::Type::Possessive) {
            if (k - 1 >= u.firstToken && m_tokens.at(k - 1).isWord()) {
                start = k - 1;
                --k;
                // keep going over the owner's name
                while (k - 1 >= u.firstToken && isNameWord(k - 1, u) && steps < 6) {
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
        const quint16 c = cls(k);
        // Stop at grammar words and at inflected verbs ("said the spokesman"); a base form such as
        // "state" can be a modifier ("state officials").
        const QStringView w = lower(k);
        if (c != 0 || (isCueVerbAt(k) && !std::any_of(m_lex.verbForms(w)->cbegin(), m_lex.verbForms(w)->cend(),
                                                       [w](const Lexicon::VerbForm &f) { return w == QStringView(f.lemma); })))
            break;
        if (t.isCapitalized() && m_lex.isCommonWord(tv(k)))
            break;
        start = k;
    }
    return start;
}

int Run::roleAppositiveAfter(int last, const Unit &u, QString *role) const
{
    // "Name, the WHO chief, said" / "Name, CNN's anchor," / "Name, a spokesman for the campaign,"
    int k = last + 1;
    if (k >= u.endToken || !isPunct(k, u','))
        return -1;
    ++k;
    if (k >= u.endToken)
        return -1;
    const int start = (m_tokens.at(k).isWord() && (cls(k) & Lexicon::Determiner)) ? k + 1 : k;
    int roleEnd = -1;
    for (int x = start; x < u.endToken && x < start + 9; ++x) {
        const Token &t = m_tokens.at(x);
        if (t.type == Token::Type::Punct || t.type == Token::Type::QuoteMark)
            break;
        if (t.isWord() && !t.isCapitalized() && isCueVerbAt(x))
            break;
        if (t.isWord() && (m_lex.roleNoun(lower(x)) || isTitleToken(x)))
            roleEnd = x;
    }
    if (roleEnd < 0)
        return -1;
    // Extend over "of/for X" to the closing comma.
    int end = roleEnd;
    for (int x = roleEnd + 1; x < u.endToken && x < roleEnd + 7; ++x) {
        if (isPunct(x, u',') || isPunct(x, u'.') || m_tokens.at(x).type == Token::Type::QuoteMark)
            break;
        if (m_tokens.at(x).isWord() && isCueVerbAt(x))
            break;
        end = x;
    }
    if (end + 1 < u.endToken && !isPunct(end + 1, u',') && !isPunct(end + 1, u'.'))
        end = roleEnd;
    if (role)
        *role = textOf(start, end);
    return end;
}

void Run::registerRun(int first, int last, int roleStart, const Unit &u)
{
    // A dateline ("CHARLOTTE —", "WASHINGTON (AP) —") opening a paragraph names a place.
    if (m_tokens.at(first).isAllCaps() && isSentenceInitial(first, u) && last + 1 < u.endToken
        && (isDash(last + 1) || isPunct(last + 1, u'(') || isPunct(last + 1, u','))) {
        const int block = m_article.blockAt(m_tokens.at(first).start);
        if (block >= 0 && m_article.blocks().at(block).start == m_tokens.at(first).start)
            return;
    }
    // Split the run into title/organisation part and the name proper: the name starts after the
    // last title word, or after an organisation word followed by a full name.
    QVarLengthArray<int, 16> words;
    for (int i = first; i <= last; ++i) {
        if (m_tokens.at(i).isWord() && !(isPunct(i, u'(') || isPunct(i, u')')))
            words.append(i);
    }
    int split = -1; // index into words of the last role token
    Gender gender = Gender::Unknown;
    bool titled = roleStart >= 0;
    for (int w = 0; w < words.size(); ++w) {
        const int i = words.at(w);
        if (m_tokens.at(i).isAllCaps() && i > first && isPunct(i - 1, u'(')) {
            continue;
        }
        QString canonical;
        Gender g = Gender::Unknown;
        if (isTitleToken(i, &canonical, &g) && w + 1 < words.size()) {
            split = w;
            titled = true;
            if (g != Gender::Unknown)
                gender = g;
            continue;
        }
        if (m_lex.honorific(tv(i), &g) && w + 1 < words.size()) {
            split = w;
            titled = true;
            if (g != Gender::Unknown)
                gender = g;
            continue;
        }
        if (!m_lex.orgWordKind(tv(i)).isEmpty() && w + 2 < words.size()) {
            // "... Security Council Maria Lopez": an organisation, then a person's full name.
            bool rest = true;
            for (int x = w + 1; x < words.size(); ++x)
                rest = rest && isNameWord(words.at(x), u) && m_lex.orgWordKind(tv(words.at(x))).isEmpty();
            if (rest)
                split = w;
        }
    }
    // "Secretary of State Anna M. Berg": the title runs on through "of ..." up to the given name,
    // an initial, or else the last two words.
    if (split >= 0 && split + 1 < words.size() && isWordLower(words.at(split + 1), u"of")) {
        int nameStart = -1;
        for (int w = split + 2; w < words.size(); ++w) {
            const int i = words.at(w);
            if (m_lex.isGivenName(tv(i)) || (w + 1 < words.size() && m_tokens.at(words.at(w + 1)).length() == 1)) {
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
        if (m_tokens.at(i).isAllCaps() && i > first && isPunct(i - 1, u'(') && w + 1 < words.size())
            continue; // a parenthesised acronym inside the run
        if (w == split + 1 && m_lex.isCommonWord(tv(i)))
            continue;
        nameTokens.append(i);
    }
    // Strip a leading "The" that sentence position let in.
    while (!nameTokens.isEmpty() && m_lex.isCommonWord(tv(nameTokens.front())))
        nameTokens.erase(nameTokens.begin());
    // "Miss Universe Alicia Machado", "Nobel laureate Ana Ruiz": after a title, a long run whose
    // given name comes later starts the name there.
    if (nameTokens.size() >= 3 && m_lex.givenName(tv(nameTokens.front())) == Gender::Unknown
        && m_lex.orgWordKind(tv(nameTokens.back())).isEmpty()) {
        for (int k = 1; k + 1 < nameTokens.size(); ++k) {
            if (m_lex.givenName(tv(nameTokens.at(k))) != Gender::Unknown) {
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
        tokens.append(m_tokens.at(i).length() == 1 && hasAbbrevDot(i) ? tv(i).toString() + u'.' : tv(i).toString());
        if (orgCategory.isEmpty())
            orgCategory = m_lex.orgWordKind(tv(i));
        if (nonPerson.isEmpty())
            nonPerson = m_lex.nonPersonKind(tv(i));
    }
    // Honorific or title with a given name decides gender.
    if (info.gender == Gender::Unknown && tokens.size() >= 2)
        info.gender = m_lex.givenName(tokens.first());

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
        QString role = textOf(roleFirst, roleLast);
        if (role.endsWith(u'.') && role.size() <= 5)
            role.clear();
        Gender g;
        if (roleLast == roleFirst && m_lex.honorific(tv(roleFirst), &g))
            role.clear();
        if (roleLast >= roleFirst + 1 && hasAbbrevDot(roleFirst) && m_lex.honorific(tv(roleFirst)))
            role.clear();
        while (role.startsWith(u"The ") || role.startsWith(u"the "))
            role.remove(0, 4);
        info.role = role;
    }

    if (orgCategory.isEmpty() && roleStart >= 0 && first - 1 >= u.firstToken && m_tokens.at(first - 1).isWord()
        && !m_tokens.at(first - 1).isCapitalized()) {
        const QString category = m_lex.orgNounKind(lower(first - 1));
        if (!category.isEmpty() && !m_lex.roleNoun(lower(first - 1)))
            orgCategory = category; // "consumer group Fair Money", "lighting maker Lumora"
    }
    if (!orgCategory.isEmpty() && split < 0) {
        info.kind = Kind::Organization;
        info.orgCategory = orgCategory;
        info.role.clear();
    } else if (!nonPerson.isEmpty() && !titled) {
        info.kind = Kind::Other;
        info.placeLike = nonPerson == u"place";
    } else if (tokens.size() == 1 && m_tokens.at(nameFirst).isAllCaps() && !titled && m_tokens.at(nameFirst).length() <= 6) {
        info.kind = Kind::Organization; // an acronym: CNN, NATO, UNESCO
    } else if (titled || info.gender != Gender::Unknown) {
        info.kind = Kind::Person;
    } else if (tokens.size() >= 2) {
        info.kind = Kind::Unknown;
    }
    if (info.kind != Kind::Organization && info.role.isEmpty()) {
        QString appositive;
        if (roleAppositiveAfter(nameLast, u, &appositive) >= 0)
            info.role = appositive;
        else if (nameFirst - 1 >= u.firstToken && isPunct(nameFirst - 1, u',')) {
            // "the European Union trade chief, Anna Berg"
            const int k = nameFirst - 2;
            if (k >= u.firstToken && m_tokens.at(k).isWord() && !m_tokens.at(k).isCapitalized()
                && m_lex.roleNoun(lower(k))) {
                int s = skipBackModifiers(k, u);
                info.role = textOf(s, k);
            }
        }
        if (!info.role.isEmpty() && info.kind == Kind::Unknown)
            info.kind = Kind::Person;
    }

    // A name followed by an organisation noun ("the Doe campaign") names that organisation.
    if (nameLast + 1 < u.endToken && m_tokens.at(nameLast + 1).isWord()
        && !m_tokens.at(nameLast + 1).isCapitalized() && roleFirst < 0) {
        const QString category = m_lex.orgNounKind(lower(nameLast + 1));
        const bool determined = nameFirst - 1 >= u.firstToken && m_tokens.at(nameFirst - 1).isWord()
            && (cls(nameFirst - 1) & Lexicon::Determiner);
        if (!category.isEmpty() && determined && category != u"poll") {
            Mention m;
            m.first = nameFirst;
            m.last = nameLast + 1;
            m.inQuote = m_tokens.at(nameFirst).quote >= 0;
            m.entity = m_registry.addOrganization(textOf(nameFirst, nameLast + 1), category,
                                                  m_tokens.at(nameFirst).start);
            m_mentions.append(m);
            for (int x = m.first; x <= m.last; ++x)
                m_mentionAt[x] = int(m_mentions.size()) - 1;
            return;
        }
    }

    // "Lopez's campaign", "Doe's team": the possessor's organisation, mentioned alongside them.
    int ownedOrg = -1;
    if (nameLast + 2 < u.endToken && m_tokens.at(nameLast + 1).type == Token::Type::Possessive
        && m_tokens.at(nameLast + 2).isWord() && !m_tokens.at(nameLast + 2).isCapitalized()) {
        const QString category = m_lex.orgNounKind(lower(nameLast + 2));
        if (!category.isEmpty() && category != u"poll" && category != u"media")
            ownedOrg = m_registry.addOrganization(textOf(nameFirst, nameLast + 2), category, m_tokens.at(nameFirst).start);
    }

    Mention m;
    m.first = nameFirst;
    m.last = nameLast;
    m.roleFirst = roleFirst;
    m.inQuote = m_tokens.at(nameFirst).quote >= 0;
    const int before = m.begin() - 1;
    if (before >= u.firstToken && m_tokens.at(before).isWord() && (cls(before) & Lexicon::Preposition))
        m.afterPreposition = true;
    m.entity = m_registry.addName(tokens, info, m_tokens.at(nameFirst).start);
    if (m.entity >= 0 && tokens.size() == 1 && before >= u.firstToken && m_tokens.at(before).isWord()) {
        // "in Ankara", "at Geneva": a bare word after a place preposition is a place.
        const QStringView p = lower(before);
        const bool possessive = nameLast + 1 < u.endToken
            && m_tokens.at(nameLast + 1).type == Token::Type::Possessive;
        if (!possessive && (p == u"in" || p == u"at" || p == u"near" || p == u"outside" || p == u"inside"
                            || p == u"across" || p == u"throughout"))
            m_registry.entity(m.entity).neuterEvidence = m_registry.entity(m.entity).tokens.size() == 1;
    }
    m_mentions.append(m);
    for (int x = m.begin(); x <= m.last; ++x)
        m_mentionAt[x] = int(m_mentions.size()) - 1;
    if (ownedOrg >= 0) {
        Mention org;
        org.first = nameFirst;
        org.last = nameLast + 2;
        org.inQuote = m.inQuote;
        org.entity = ownedOrg;
        m_mentions.append(org);
        m_mentionAt[nameLast + 1] = m_mentionAt[nameLast + 2] = int(m_mentions.size()) - 1;
    }
}

void Run::markSubjects(const Unit &u)
{
    // Records of this sentence all come after those of earlier ones: only the new tail needs sorting.
    const qsizetype oldSize = m_history.size();
    const auto [firstMention, endMention] = mentionsIn(u);
    for (int mi = firstMention; mi < endMention; ++mi) {
        Mention &m = m_mentions[mi];
        if (m.last >= u.endToken || m.inQuote)
            continue;
        int k = m.last + 1;
        if (k < u.endToken && isPunct(k, u'(')) {
            // "Roy Cooper (D), …": past the parenthesis.
            while (k < u.endToken && k < m.last + 8 && !isPunct(k, u')'))
                ++k;
            ++k;
        }
        if (k < u.endToken && isPunct(k, u',')) {
            // Skip an appositive up to its closing comma.
            int x = k + 1;
            while (x < u.endToken && x < k + 14 && !isPunct(x, u',') && m_tokens.at(x).type != Token::Type::QuoteMark)
                ++x;
            if (x < u.endToken && isPunct(x, u','))
                k = x + 1;
            else
                continue;
        }
        // "… Council on Friday made": past a time phrase.
        if (k + 1 < u.endToken && isWordLower(k, u"on") && (cls(k + 1) & Lexicon::Time))
            k += 2;
        while (k < u.endToken && m_tokens.at(k).isWord()
               && (cls(k) & (Lexicon::Auxiliary | Lexicon::Adverb | Lexicon::Negation | Lexicon::Time)))
            ++k;
        if (k >= u.endToken || !m_tokens.at(k).isWord() || m_tokens.at(k).isCapitalized())
            continue;
        const quint16 c = cls(k);
        if (c & (Lexicon::Preposition | Lexicon::Determiner | Lexicon::Conjunction))
            continue;
        // An object ("has encouraged European nations") follows a verb; a subject does not.
        int b = m.begin() - 1;
        while (b >= u.firstToken && m_tokens.at(b).isWord() && (cls(b) & Lexicon::Determiner))
            --b;
        if (b >= u.firstToken && m_tokens.at(b).isWord() && !m_tokens.at(b).isCapitalized() && cls(b) == 0)
            continue;
        m.subject = !m.afterPreposition;
        if (m.subject && m.entity >= 0) {
            HistoryRecord h;
            h.pos = m_tokens.at(m.first).start;
            h.entity = m.entity;
            h.serial = u.serial;
            h.subject = true;
            m_history.append(h);
        }
    }
    // Non-subject mentions outside quotes also enter the history, with less weight.
    for (int mi = firstMention; mi < endMention; ++mi) {
        const Mention &m = m_mentions.at(mi);
        if (m.last >= u.endToken || m.inQuote || m.subject || m.entity < 0)
            continue;
        HistoryRecord h;
        h.pos = m_tokens.at(m.first).start;
        h.entity = m.entity;
        h.serial = u.serial;
        h.afterPreposition = m.afterPreposition;
        m_history.append(h);
    }
    std::stable_sort(m_history.begin() + oldSize, m_history.end(),
                     [](const HistoryRecord &a, const HistoryRecord &b) { return a.pos < b.pos; });
    if (m_history.size() > kMaxHistory)
        m_history.erase(m_history.begin(), m_history.begin() + kMaxHistory / 2);
}

// ---------------------------------------------------------------------------------------------
// Cues

bool Run::isCueVerbAt(int i) const
{
    if (!m_tokens.at(i).isWord())
        return false;
    return m_lex.verbForms(lower(i)) != nullptr;
}

int Run::cueAt(int tok) const
{
    return tok >= 0 && tok < m_cueAt.size() ? m_cueAt.at(tok) : -1;
}

void Run::findCues(const Unit &u)
{
    for (int i = u.firstToken; i < u.endToken; ++i) {
        const Token &t = m_tokens.at(i);
        if (!t.isWord() || !outside(i))
            continue;
        const QStringView w = lower(i);
        // "Roe made the following comment:" introduces what follows.
        if (i + 2 == u.endToken && isPunct(i + 1, u':') && m_lex.isStatementNoun(w)) {
            Cue c;
            c.first = c.last = i;
            c.colonNoun = true;
            m_cues.append(c);
            m_cueAt[i] = int(m_cues.size()) - 1;
            continue;
        }
        // "X's statement that ..."
        if (i > u.firstToken && m_tokens.at(i - 1).type == Token::Type::Possessive && m_lex.isStatementNoun(w)
            && i + 1 < u.endToken && isWordLower(i + 1, u"that")) {
            Cue c;
            c.first = c.last = i;
            c.statementNoun = true;
            m_cues.append(c);
            m_cueAt[i] = int(m_cues.size()) - 1;
            continue;
        }
        const QList<Lexicon::VerbForm> *forms = m_lex.verbForms(w);
        if (!forms)
            continue;
        // "Secretary of State", "The Washington Post": a capitalised word inside a name is no verb.
        if (m_mentionAt.at(i) >= 0 || (t.isCapitalized() && !isSentenceInitial(i, u)))
            continue;
        for (const Lexicon::VerbForm &f : *forms) {
            int last = i;
            bool ok = true;
            for (const QString &next : f.following) {
                ++last;
                if (last >= u.endToken || !m_tokens.at(last).isWord() || lower(last) != next) {
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
                if (p >= u.firstToken) {
                    const Token &pt = m_tokens.at(p);
                    if (pt.type == Token::Type::Possessive)
                        break;
                    const quint16 pc = cls(p);
                    if ((pc & Lexicon::Determiner) && !(pc & Lexicon::Relative))
                        break;
                    if (p - 1 >= u.firstToken && pt.isWord() && pc == 0 && !pt.isCapitalized()
                        && (cls(p - 1) & Lexicon::Determiner) && !(cls(p - 1) & Lexicon::Relative) && w.endsWith(u's'))
                        break; // determiner, adjective, plural noun
                }
                if (last + 1 < u.endToken && m_tokens.at(last + 1).isWord() && !m_tokens.at(last + 1).isCapitalized()
                    && (cls(last + 1) & Lexicon::Auxiliary) && !(cls(last + 1) & Lexicon::Determiner))
                    break; // a verb is not followed by "could", "were", "have": "the claims were false"
                // A bare base form ("state", "report", "claim") is often a noun: "1995 state tax
                // return". Not a verb after a number, a possessive, a determiner or a preposition.
                if (w == QStringView(f.lemma) && p >= u.firstToken) {
                    const Token &pt = m_tokens.at(p);
                    const quint16 pc = pt.isWord() ? cls(p) : 0;
                    const bool nounUse = pt.type == Token::Type::Number || pt.type == Token::Type::Possessive
                        || (pt.isWord() && lower(p).endsWith(u"est") && lower(p).size() > 4) // "the greatest fear"
                        || ((pc & (Lexicon::Determiner | Lexicon::Preposition)) && !(pc & Lexicon::Relative)
                            && !isWordLower(p, u"to"));
                    // "state officials", "report cards": a noun modifying the noun after it.
                    const bool compound = last + 1 < u.endToken && m_tokens.at(last + 1).isWord()
                        && !m_tokens.at(last + 1).isCapitalized() && cls(last + 1) == 0
                        && (m_lex.roleNoun(lower(last + 1)) || !m_lex.orgNounKind(lower(last + 1)).isEmpty()
                            || (lower(last + 1).endsWith(u's') && !m_lex.verbForms(lower(last + 1))));
                    if (nounUse || compound)
                        break;
                }
                while (p >= u.firstToken && m_tokens.at(p).isWord() && (cls(p) & (Lexicon::Adverb | Lexicon::Negation)))
                    --p;
                if (p >= u.firstToken && m_tokens.at(p).isWord()) {
                    const QStringView pw = lower(p);
                    const bool be = pw == u"is" || pw == u"are" || pw == u"was" || pw == u"were" || pw == u"be"
                        || pw == u"been" || pw == u"being";
                    if (be && f.pastParticiple && !f.participle)
                        break;
                    if (pw == u"to") {
                        // "went on to say", "took to Twitter to accuse": the subject spoke. Not after
                        // "declined", "expected", "wants" (no speech yet), nor after an object
                        // ("asked him to explain": he did not).
                        int q = p - 1;
                        while (q >= u.firstToken && m_tokens.at(q).isWord() && (cls(q) & Lexicon::Adverb))
                            --q;
                        if (q < u.firstToken || !m_tokens.at(q).isWord())
                            break;
                        const QStringView qw = lower(q);
                        const Lexicon::Pronoun *object = m_lex.pronoun(qw);
                        if ((cls(q) & (Lexicon::Control | Lexicon::Auxiliary)) || (object && !object->subject)
                            || qw == u"me" || qw == u"us" || qw == u"you" || m_lex.roleNoun(qw)
                            || (m_tokens.at(q).isCapitalized() && m_mentionAt.at(q) >= 0
                                && !(q - 1 >= u.firstToken && (cls(q - 1) & Lexicon::Preposition))))
                            break;
                    }
                }
            }
            Cue c;
            c.first = i;
            c.last = last;
            c.form = &f;
            c.source = source;
            m_cues.append(c);
            for (int x = i; x <= last; ++x)
                m_cueAt[x] = int(m_cues.size()) - 1;
            i = last;
            break;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Phrases naming a speaker

Ref Run::nounPhraseEndingAt(int j, const Unit &u) const
{
    Ref ref;
    if (j < u.firstToken || j >= u.endToken)
        return ref;
    if (isPunct(j, u')')) {
        int k = j - 1;
        while (k >= u.firstToken && k > j - 8 && !isPunct(k, u'('))
            --k;
        if (k <= u.firstToken || !isPunct(k, u'('))
            return ref;
        j = k - 1;
    }
    const Token &t = m_tokens.at(j);
    if (!t.isWord())
        return ref;
    const int mi = m_mentionAt.at(j);
    if (mi >= 0 && m_mentions.at(mi).last == j) {
        ref.type = Ref::Type::Name;
        ref.mention = mi;
        ref.first = m_mentions.at(mi).begin();
        ref.last = j;
        // "the Lopez campaign" style organisation mentions include their determiner
        if (ref.first - 1 >= u.firstToken && isWordLower(ref.first - 1, u"the"))
            ref.first -= 1;
        return ref;
    }
    const QStringView w = lower(j);
    if (const Lexicon::Pronoun *p = m_lex.pronoun(w)) {
        if (p->subject) {
            ref.type = Ref::Type::Pronoun;
            ref.gender = p->gender;
            ref.first = ref.last = j;
        }
        return ref;
    }
    if (m_lex.isStatementNoun(w) && j - 2 >= u.firstToken && m_tokens.at(j - 1).type == Token::Type::Possessive) {
        Ref owner = nounPhraseEndingAt(j - 2, u);
        if (owner.type == Ref::Type::Name) {
            owner.last = j;
            return owner;
        }
    }
    // Sentence-initial capitals are ordinary nouns here ("Police say", "Authorities said").
    if (t.isCapitalized() && !isTitleToken(j) && !(isSentenceInitial(j, u) && !isNameWord(j, u)))
        return ref;
    // A role or organisation phrase: "the WHO chief", "a White House spokesman", "the newspaper".
    QString head = w.toString();
    bool plural = false;
    const Lexicon::RoleNoun *role = m_lex.roleNoun(head);
    static const Lexicon::RoleNoun age{QStringLiteral("person"), Gender::Unknown};
    if (!role && head.endsWith(u"-year-old") && head.front().isDigit())
        role = &age; // "the 23-year-old" refers back to a person
    QString orgCategory = m_lex.orgNounKind(head);
    if (!role && orgCategory.isEmpty() && head.endsWith(u's') && head.size() > 3) {
        const QString singular = head.endsWith(u"ies") ? head.left(head.size() - 3) + u'y' : head.left(head.size() - 1);
        role = m_lex.roleNoun(singular);
        if (!role)
            orgCategory = m_lex.orgNounKind(singular);
        plural = role || !orgCategory.isEmpty();
        if (plural)
            head = singular;
    }
    if (!role && orgCategory.isEmpty() && isTitleToken(j)) {
        QString canonical;
        isTitleToken(j, &canonical);
        role = m_lex.roleNoun(canonical);
    }
    if (!role && orgCategory.isEmpty())
        return ref;
    const int start = skipBackModifiers(j, u);
    int det = start - 1;
    const bool hasDet = det >= u.firstToken && m_tokens.at(det).isWord() && (cls(det) & Lexicon::Determiner);
    if (!hasDet && !plural && start == j && !t.isCapitalized()) {
        // A bare singular noun ("spokesman said") is unusual; accept only a title word.
        if (!isTitleToken(j))
            return ref;
    }
    ref.first = hasDet ? det : start;
    ref.last = j;
    for (int k = start; k < j; ++k) {
        if (m_tokens.at(k).isWord())
            ref.role.modifiers.append(lower(k).toString());
    }
    ref.role.head = head;
    if (!orgCategory.isEmpty() && !role) {
        ref.type = Ref::Type::OrgRole;
        ref.role.orgCategory = orgCategory;
        return ref;
    }
    if (plural && ref.first - 2 >= u.firstToken && (isWordLower(ref.first - 1, u"and") || isWordLower(ref.first - 1, u"or"))
        && m_tokens.at(ref.first - 2).isWord() && m_lex.wordClass(lower(ref.first - 2)) == 0)
        ref.first -= 2; // "Federal and state officials"
    ref.type = plural ? Ref::Type::Group : Ref::Type::Role;
    ref.role.group = role->group;
    ref.role.gender = role->gender;
    // The head may be the last word of a two-word role ("secretary general").
    QString twoHead;
    const QString group = EntityRegistry::roleHeadGroup(m_lex, ref.role.modifiers + QStringList{head}, &twoHead);
    if (!group.isEmpty())
        ref.role.group = group;
    return ref;
}

Ref Run::clauseInitialName(int comma, const Unit &u) const
{
    // Walk back to the start of the clause: the sentence start, a quotation, or a semicolon.
    int start = comma;
    while (start > u.firstToken && comma - start < 60) {
        if (isQuoteBoundary(start - 1) || m_tokens.at(start - 1).quote >= 0 || isPunct(start - 1, u';'))
            break;
        --start;
    }
    while (start < comma && (isPunct(start, u',') || isDash(start) || isWordLower(start, u"as") || isWordLower(start, u"and")
                             || isWordLower(start, u"but") || isWordLower(start, u"while")))
        ++start;
    const int mi = start < comma ? m_mentionAt.at(start) : -1;
    if (mi < 0 || m_mentions.at(mi).begin() != start)
        return {};
    const Mention &m = m_mentions.at(mi);
    int after = m.last + 1;
    if (after < comma && isPunct(after, u'(')) {
        while (after < comma && !isPunct(after, u')'))
            ++after;
        ++after;
    }
    if (after >= comma + 1 || !isPunct(after, u','))
        return {};
    return nounPhraseEndingAt(m.last, u);
}

Ref Run::subjectBefore(int tok, const Unit &u) const
{
    int j = tok - 1;
    int skipped = 0;
    // "Smith on Tuesday said", "Smith has also said"
    if (j - 1 >= u.firstToken && m_tokens.at(j).isWord() && (cls(j) & Lexicon::Time) && isWordLower(j - 1, u"on"))
        j -= 2;
    while (j >= u.firstToken && skipped < 4 && m_tokens.at(j).isWord()
           && ((cls(j) & (Lexicon::Auxiliary | Lexicon::Adverb | Lexicon::Negation | Lexicon::Time)) || !m_tokens.at(j).isCapitalized())
           && ((cls(j) & (Lexicon::Auxiliary | Lexicon::Adverb | Lexicon::Negation | Lexicon::Time))
               || (lower(j).endsWith(u"ly") && m_lex.wordClass(lower(j)) == 0 && !m_lex.roleNoun(lower(j))))) {
        --j;
        ++skipped;
    }
    if (j < u.firstToken)
        return {};
    // "A Northfield College poll released in early May found": step over the participle phrase.
    for (int k = j, steps = 0; k > u.firstToken && steps < 7; --k, ++steps) {
        const Token &t = m_tokens.at(k);
        if (!t.isWord() || t.quote >= 0)
            break;
        const QStringView w = lower(k);
        if (!t.isCapitalized() && (w.endsWith(u"ed") || w.endsWith(u"ing") || w == u"written" || w == u"taken")
            && cls(k) == 0 && !isCueVerbAt(k) && k - 1 >= u.firstToken && m_tokens.at(k - 1).isWord()) {
            const Ref head = nounPhraseEndingAt(k - 1, u);
            if (!head.isNone())
                return head;
            break;
        }
        if (!(cls(k) & (Lexicon::Preposition | Lexicon::Determiner | Lexicon::Time | Lexicon::Adverb)) && !t.isCapitalized()
            && t.type != Token::Type::Number)
            break;
    }
    if (isDash(j) && j > u.firstToken) {
        // "Kall -- co-editor of a book about the debates -- said"
        int k = j - 1;
        while (k > u.firstToken && k > j - 30 && !isDash(k) && !isQuoteBoundary(k))
            --k;
        if (isDash(k)) {
            const Ref outer = nounPhraseEndingAt(k - 1, u);
            if (outer.type == Ref::Type::Name)
                return outer;
        }
    }
    if (isPunct(j, u')')) {
        // "Sen. Jane Doe (D-Ore.) said"
        int k = j - 1;
        while (k >= u.firstToken && k > j - 8 && !isPunct(k, u'('))
            --k;
        if (k >= u.firstToken && isPunct(k, u'('))
            j = k - 1;
    } else if (isPunct(j, u',')) {
        // "Jane Doe, the campaign's spokeswoman, said" / "Doe, 45, said"
        int k = j - 1;
        while (k >= u.firstToken && k > j - 16 && !isPunct(k, u',') && !isQuoteBoundary(k)
               && !(isPunct(k, u'.') && !(k > u.firstToken && hasAbbrevDot(k - 1))))
            --k;
        if (k < u.firstToken || !isPunct(k, u',') || k == j - 1)
            return clauseInitialName(j, u);
        const Ref inner = nounPhraseEndingAt(j - 1, u);
        const Ref outer = nounPhraseEndingAt(k - 1, u);
        // "X, the spokesman, said" and "The campaign's chairman, X, said": the name wins. The part
        // between the commas must be the appositive itself, not a clause ("…day, Doe attacked
        // Iraq and Libya, saying").
        const int innerMention = m_mentionAt.at(k + 1);
        if (innerMention >= 0 && m_mentions.at(innerMention).begin() == k + 1 && outer.type != Ref::Type::Name) {
            const Ref named = nounPhraseEndingAt(m_mentions.at(innerMention).last, u);
            if (named.type == Ref::Type::Name)
                return named;
        }
        const bool innerIsWhole = !inner.isNone() && inner.first <= k + 2;
        bool clause = false;
        for (int x = k + 1; x < j && !clause; ++x)
            clause = cueAt(x) >= 0 || (m_tokens.at(x).isWord() && (cls(x) & Lexicon::Auxiliary) && !isWordLower(x, u"'s"));
        // A name inside a phrase ("who leads a group in the town of Hamaura, eight kilometres
        // away,") is no subject: look for the name that opens the clause.
        if (outer.type == Ref::Type::Name && !clause && !m_mentions.at(outer.mention).afterPreposition)
            return outer;
        if (outer.type == Ref::Type::Name && m_mentions.at(outer.mention).afterPreposition) {
            const Ref opening = clauseInitialName(j, u);
            if (!opening.isNone())
                return opening;
        }
        if (inner.type == Ref::Type::Name && innerIsWhole)
            return inner;
        if (!outer.isNone() && !clause && innerIsWhole)
            return outer;
        // A long appositive ("Jane Doe, director of X and a professor at Y, said"): the name that
        // opens the clause.
        return clauseInitialName(j, u);
    }
    if (j >= u.firstToken && m_tokens.at(j).isWord() && (cls(j) & Lexicon::Relative) && !isWordLower(j, u"that")) {
        // "Jane Doe, who ... , said": the relative pronoun stands for the phrase before it; in "one
        // resident of Ferry Row, who asked", for the head before the preposition.
        int k = j - 1;
        if (k >= u.firstToken && isPunct(k, u','))
            --k;
        Ref antecedent = nounPhraseEndingAt(k, u);
        if (antecedent.type == Ref::Type::Name && m_mentions.at(antecedent.mention).afterPreposition)
            antecedent = nounPhraseEndingAt(m_mentions.at(antecedent.mention).begin() - 2, u);
        return antecedent;
    }
    Ref ref = nounPhraseEndingAt(j, u);
    if (ref.type == Ref::Type::Name && ref.first - 2 >= u.firstToken && m_tokens.at(ref.first - 1).isWord()
        && (isWordLower(ref.first - 1, u"to") || isWordLower(ref.first - 1, u"of") || isWordLower(ref.first - 1, u"for"))) {
        // "advisers to Mr. Doe say": the advisers speak, not Mr. Doe.
        Ref group = nounPhraseEndingAt(ref.first - 2, u);
        if (group.type == Ref::Type::Group || group.type == Ref::Type::Role) {
            group.last = ref.last;
            return group;
        }
    }
    return ref;
}

Ref Run::nounPhraseStartingAt(int j, const Unit &u) const
{
    Ref ref;
    if (j >= u.endToken || !m_tokens.at(j).isWord())
        return ref;
    const int mi = m_mentionAt.at(j);
    if (mi >= 0 && m_mentions.at(mi).begin() == j)
        return nounPhraseEndingAt(m_mentions.at(mi).last, u);
    if (const Lexicon::Pronoun *p = m_lex.pronoun(lower(j))) {
        if (p->subject) {
            ref.type = Ref::Type::Pronoun;
            ref.gender = p->gender;
            ref.first = ref.last = j;
        }
        return ref;
    }
    // "said the spokesman", "said a spokeswoman for the campaign", "said Jane Doe, the senator"
    if (!m_tokens.at(j).isCapitalized() && !(cls(j) & Lexicon::Determiner) && !m_lex.roleNoun(lower(j)))
        return ref;
    for (int k = j; k < u.endToken && k < j + 7; ++k) {
        const Token &t = m_tokens.at(k);
        if (!t.isWord())
            break;
        const int mk = m_mentionAt.at(k);
        if (mk >= 0 && k > j && m_mentions.at(mk).begin() == k)
            return nounPhraseEndingAt(m_mentions.at(mk).last, u);
        Ref r = nounPhraseEndingAt(k, u);
        if (!r.isNone() && r.first == j)
            return r;
        if (k > j && (cls(k) & Lexicon::Preposition))
            break;
    }
    return ref;
}

Ref Run::subjectAfter(int tok, const Unit &u) const
{
    return nounPhraseStartingAt(tok, u);
}

int Run::resolvePronoun(Gender gender, int pos, int serial, double *confidence) const
{
    int best = -1;
    int bestScore = -1000;
    int candidates = 0;
    for (int h = int(m_history.size()) - 1; h >= 0; --h) {
        const HistoryRecord &r = m_history.at(h);
        if (r.pos >= pos)
            continue;
        const int distance = serial - r.serial;
        if (distance > 8)
            break;
        const int e = m_registry.find(r.entity);
        const EntityRegistry::Entity &ent = m_registry.entity(e);
        const Kind kind = m_registry.speakerKind(e);
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
        *confidence = candidates <= 1 ? 0.85 : (bestScore >= 4 ? 0.8 : 0.65);
    return best;
}

Resolved Run::resolve(const Ref &ref, const Unit &u, bool subjectOfCue)
{
    Resolved out;
    if (ref.isNone())
        return out;
    out.source = textOf(ref.first, ref.last);
    const int pos = m_tokens.at(ref.first).start;
    switch (ref.type) {
    case Ref::Type::None:
        break;
    case Ref::Type::Name: {
        const Mention &m = m_mentions.at(ref.mention);
        const int e = m_registry.find(m.entity);
        out.source = textOf(m.first, m.last);
        if (e >= 0) {
            checkNeuterEvidence(e, ref.last + 1, u);
            EntityRegistry::Entity &ent = m_registry.entity(e);
            if (subjectOfCue && (ent.placeLike || ent.neuterEvidence) && ent.kind != Kind::Organization
                && ent.kind != Kind::Person) {
                // "North Korea said", "Washington warned": a place speaking is its government. Only
                // as the subject of the reporting verb itself, never through a pronoun or a clause.
                ent.kind = Kind::Organization;
                if (ent.placeLike)
                    ent.orgCategory = QStringLiteral("government");
            }
            if (m_registry.canSpeak(e) || (m_registry.speakerKind(e) == Kind::Unknown && !ent.neuterEvidence)) {
                out.entity = e;
                out.confidence = 0.95;
                out.named = true;
            }
        }
        break;
    }
    case Ref::Type::Pronoun: {
        double conf = 0;
        const int e = resolvePronoun(ref.gender, pos, u.serial, &conf);
        if (e >= 0) {
            out.entity = e;
            out.confidence = conf;
            if (ref.gender == Gender::Male || ref.gender == Gender::Female)
                m_registry.setGender(e, ref.gender);
        }
        break;
    }
    case Ref::Type::Role:
    case Ref::Type::OrgRole: {
        // "a spokeswoman for X" introduces someone; "the spokeswoman" refers back.
        const bool indefinite = isWordLower(ref.first, u"a") || isWordLower(ref.first, u"an")
            || isWordLower(ref.first, u"one") || isWordLower(ref.first, u"another");
        int e = indefinite && ref.type == Ref::Type::Role ? -1 : m_registry.resolveRole(ref.role, pos);
        if (e >= 0 && ref.type == Ref::Type::OrgRole) {
            // "the Reuters/Ipsos poll" is not the Northfield poll mentioned before: a capitalised
            // modifier must belong to the antecedent's name.
            const QStringList &names = m_registry.entity(e).tokens;
            const QString name = names.join(u' ');
            for (int k = ref.first; k < ref.last; ++k) {
                if (m_tokens.at(k).isCapitalized() && !m_lex.isCommonWord(tv(k)) && !name.contains(tv(k)))
                    e = -1;
            }
        }
        if (e >= 0) {
            out.entity = m_registry.find(e);
            out.confidence = 0.8;
        } else if (ref.type == Ref::Type::Role && !indefinite && isWordLower(ref.first, u"the")) {
            // "the senator" for someone introduced without that title: the person in focus, if the
            // article never gave them another role.
            double conf = 0;
            const int p = resolvePronoun(ref.role.gender == Gender::Unknown ? Gender::Male : ref.role.gender, pos, u.serial, &conf);
            const int q = ref.role.gender == Gender::Unknown ? resolvePronoun(Gender::Female, pos, u.serial, &conf) : p;
            const int cand = p >= 0 ? p : q;
            if (cand >= 0 && (p == q || q < 0 || p < 0) && m_registry.entity(cand).role.isEmpty()) {
                out.entity = cand;
                out.confidence = 0.5;
            }
        } else if (ref.type == Ref::Type::Role && (indefinite || m_tokens.at(ref.first).type == Token::Type::Word)) {
            // "a White House spokesman", "an Interior Department official": an unnamed source
            // described well enough to be one.
            const int named = describedSource(ref);
            if (named >= 0) {
                out.entity = named;
                out.confidence = 0.7;
            }
        } else if (ref.type == Ref::Type::OrgRole) {
            // "the Lopez campaign" with a name inside: an organisation of its own.
            bool named = false;
            for (int k = ref.first; k <= ref.last; ++k)
                named = named || (m_tokens.at(k).isCapitalized() && !m_lex.isCommonWord(tv(k)));
            const bool definite = isWordLower(ref.first, u"the");
            if (named || (definite && ref.role.orgCategory == u"police")) {
                // "the Lopez campaign", "the regional police": an organisation of its own.
                int s = ref.first;
                if (m_tokens.at(s).isWord() && (cls(s) & Lexicon::Determiner))
                    ++s;
                out.entity = m_registry.addOrganization(textOf(s, ref.last), ref.role.orgCategory, pos);
                out.confidence = named ? 0.8 : 0.7;
            }
        }
        break;
    }
    case Ref::Type::Group: {
        // "Lopez supporters", "Senate Democrats": a group named well enough to be a source.
        const int named = describedSource(ref);
        if (named >= 0) {
            out.entity = named;
            out.confidence = 0.7;
        }
        break;
    }
    }
    return out;
}

int Run::describedSource(const Ref &ref)
{
    // A group ("Federal and state officials", "advisers to Mr. Doe") is named as the text names
    // it. A single unnamed source needs a capitalised description to stand on its own ("a White
    // House spokesman", "Connecticut's tax commissioner"); "a spokesman" alone says nobody.
    const bool group = ref.type == Ref::Type::Group;
    int s = ref.first;
    if (isWordLower(s, u"the") || isWordLower(s, u"a") || isWordLower(s, u"an"))
        ++s;
    if (s > ref.last)
        return -1;
    const Lexicon::Pronoun *owner = m_tokens.at(s).isWord() ? m_lex.pronoun(lower(s)) : nullptr;
    if (owner && owner->possessive)
        return -1; // "his aides": whose depends on a pronoun
    bool capitalised = false;
    for (int k = s; k <= ref.last; ++k) {
        const Token &t = m_tokens.at(k);
        if (k != ref.last && t.isWord() && t.isCapitalized() && !m_lex.isCommonWord(tv(k))
            && !(k == s && (cls(k) & Lexicon::Determiner)))
            capitalised = true;
    }
    if (!capitalised && !group)
        return -1;
    EntityRegistry::NameInfo info;
    info.kind = group ? Kind::Organization : Kind::Person;
    if (group)
        info.orgCategory = QStringLiteral("group"); // never the antecedent of "the company"
    QString name = textOf(s, ref.last);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    info.role = group ? QString() : name;
    return m_registry.addName(QStringList{name}, info, m_tokens.at(s).start);
}

void Run::checkNeuterEvidence(int entity, int fromTok, const Unit &u)
{
    // "Ruritania rejects ... its ...": a bare name referred back to with "its" is no person.
    EntityRegistry::Entity &e = m_registry.entity(entity);
    if (e.tokens.size() != 1 || e.kind != Kind::Unknown || e.gender != Gender::Unknown || e.titled)
        return;
    for (int k = std::max(fromTok, u.firstToken); k < u.endToken && k < fromTok + 24; ++k) {
        if (!m_tokens.at(k).isWord() || !outside(k))
            continue;
        const QStringView w = lower(k);
        if (w == u"its" || w == u"itself") {
            e.neuterEvidence = true;
            return;
        }
        if (w == u"his" || w == u"her" || w == u"he" || w == u"she")
            return;
    }
}

Ref Run::subjectOfSentence(const Unit &u, int before) const
{
    const int sm = sentenceSubject(u, before);
    if (sm >= 0)
        return nounPhraseEndingAt(m_mentions.at(sm).last, u);
    // A name opening the sentence, even when what follows it is no plain verb ("House Speaker
    // Jane Roe, R-Ore., despite conceding that ...").
    const auto [firstMention, endMention] = mentionsIn(u);
    if (firstMention < endMention && m_mentions.at(firstMention).begin() == u.firstToken
        && m_mentions.at(firstMention).last < before && !m_mentions.at(firstMention).inQuote)
        return nounPhraseEndingAt(m_mentions.at(firstMention).last, u);
    // "Authorities announced … and said": a role or group phrase opening the sentence.
    for (int k = u.firstToken; k < before && k < u.firstToken + 6; ++k) {
        const Ref r = nounPhraseEndingAt(k, u);
        if (!r.isNone() && r.type != Ref::Type::Pronoun && r.first <= u.firstToken + 1 && m_mentionAt.at(k) < 0)
            return r;
        if (!m_tokens.at(k).isWord())
            break;
    }
    // "She then asks her brother ... and again says": a pronoun opening the sentence (not
    // "it", which opens idioms: "It goes without saying").
    for (int i = u.firstToken; i < before && i < u.firstToken + 3; ++i) {
        if (!m_tokens.at(i).isWord())
            continue;
        const Lexicon::Pronoun *p = m_lex.pronoun(lower(i));
        if (p && p->subject && p->gender != Gender::Neuter) {
            Ref r;
            r.type = Ref::Type::Pronoun;
            r.gender = p->gender;
            r.first = r.last = i;
            return r;
        }
        if (!(cls(i) & (Lexicon::Conjunction | Lexicon::Adverb)))
            break;
    }
    return {};
}

int Run::sentenceSubject(const Unit &u, int before) const
{
    int found = -1;
    const auto [firstMention, endMention] = mentionsIn(u);
    for (int i = firstMention; i < endMention; ++i) {
        const Mention &m = m_mentions.at(i);
        if (m.last < u.endToken && m.subject && m.last < before && m.entity >= 0)
            found = i;
    }
    return found;
}

// ---------------------------------------------------------------------------------------------
// Attribution

void Run::noteSpeaker(int entity, int pos, int serial)
{
    if (entity < 0)
        return;
    HistoryRecord h;
    h.pos = pos;
    h.entity = entity;
    h.serial = serial;
    h.subject = true;
    h.speaker = true;
    auto it = std::upper_bound(m_history.begin(), m_history.end(), pos,
                               [](int p, const HistoryRecord &r) { return p < r.pos; });
    m_history.insert(it, h);
}

QString Run::intern(const QString &s)
{
    if (s.isEmpty())
        return {};
    auto it = m_interned.constFind(s);
    if (it != m_interned.cend())
        return *it;
    m_interned.insert(s);
    return s;
}

void Run::record(RawQuote q, const Resolved &who, int unitSerial)
{
    // Trim spaces and dangling punctuation at the edges of the quoted words.
    auto trimmable = [](QChar c) {
        return c.isSpace() || c == u',' || c == u';' || c == u':' || c == QChar(0x2014) || c == QChar(0x2013);
    };
    while (q.start < q.end && trimmable(m_text[q.start]))
        ++q.start;
    while (q.end > q.start && (trimmable(m_text[q.end - 1]) || (q.kind == Quote::Kind::Indirect && m_text[q.end - 1] == u'.')))
        --q.end;
    if (q.end - q.start < 2)
        return;
    q.entity = who.entity;
    q.source = intern(who.source);
    q.cue = intern(q.cue);
    q.confidence = who.entity >= 0 ? who.confidence : 0;
    q.paragraph = m_paragraph;
    qCDebug(lcExtractor).noquote() << Quote::kindName(q.kind) << "cue" << q.cue << "source" << who.source << "entity"
                                   << (who.entity >= 0 ? m_registry.entity(who.entity).name : QString()) << "|"
                                   << m_text.mid(q.start, std::min(q.end - q.start, 80)).toString();
    m_quotes.append(q);
    if (who.entity >= 0) {
        if (who.named || (!who.source.isEmpty() && !m_lex.pronoun(who.source.toLower()))) {
            QString alias = who.source;
            if (alias.startsWith(u"The ") || alias.startsWith(u"A ") || alias.startsWith(u"An "))
                alias[0] = alias[0].toLower(); // "the WHO chief", as it reads mid-sentence
            m_registry.addAlias(who.entity, alias);
        }
        m_last.entity = who.entity;
        m_last.serial = unitSerial;
        m_last.paragraph = m_paragraph;
        m_last.source = who.source;
        m_last.colonIntro = false;
    }
}

void Run::attributeDirect(const Unit &u)
{
    const auto [firstSpan, endSpan] = spansIn(u.start, u.end);
    for (int local = firstSpan; local < endSpan; ++local) {
        const auto &s = m_spans.at(m_windowSpans.at(local));
        if (m_spanUsed.at(local) != -1)
            continue;
        const int spanIndex = m_windowSpans.at(local);
        // Tokens of the quotation.
        int qFirst = -1, qLast = -1;
        for (int i = u.firstToken; i < u.endToken; ++i) {
            if (m_tokens.at(i).quote == spanIndex) {
                if (qFirst < 0)
                    qFirst = i;
                qLast = i;
            }
        }
        if (qFirst < 0)
            continue;
        const int words = wordCount(qFirst, qLast);
        bool capitalStart = false;
        for (int i = qFirst; i <= qLast; ++i) {
            if (m_tokens.at(i).isWord()) {
                const QChar first = m_text[m_tokens.at(i).start];
                capitalStart = m_tokens.at(i).isCapitalized() || (!first.isUpper() && !first.isLower());
                break;
            }
        }
        const int before = qFirst - 1;
        const int after = qLast + 1;

        // A title of a work ("the book "…"", "a song called "…"") is no quotation.
        {
            int p = before;
            while (p >= u.firstToken && (isPunct(p, u',') || isPunct(p, u':')))
                --p;
            // "book "…"", "the book is "…"", "a film called "…"".
            bool work = false;
            for (int k = p; k >= u.firstToken && k > p - 3 && !work; --k) {
                if (!m_tokens.at(k).isWord())
                    break;
                work = m_lex.isWorkNoun(lower(k));
                if (k < p && !(cls(k + 1) & Lexicon::Auxiliary) && !m_lex.isWorkNoun(lower(k + 1)))
                    break;
            }
            if (work && words <= 10) {
                m_spanUsed[local] = -2;
                continue;
            }
        }

        // Where the quotation sits in its sentence.
        int p = before;
        bool colonBefore = false, commaBefore = false;
        while (p >= u.firstToken && (isPunct(p, u',') || isPunct(p, u':') || isDash(p))) {
            colonBefore = colonBefore || isPunct(p, u':');
            commaBefore = commaBefore || isPunct(p, u',');
            --p;
        }
        const bool atStart = p < u.firstToken;
        const bool cueRightBefore = p >= u.firstToken && (cueAt(p) >= 0 || isWordLower(p, u"that"));
        int nAfter = after;
        while (nAfter < u.endToken && isPunct(nAfter, u','))
            ++nAfter;
        const bool endsSentence = after >= u.endToken
            || (m_tokens.at(after).type == Token::Type::Punct && !isPunct(after, u'(') && nAfter >= u.endToken);
        const bool embedded = !atStart && !colonBefore && !commaBefore && !cueRightBefore;

        Resolved who;
        int cueIndex = -1;
        QString cueText;

        // 1. Attribution after the quotation: "...," he said / said Smith / — Smith. The quotation
        // must end with a separating mark ("…,” / “…?” / “…” —), else the words run on.
        int li = s.contentEnd - 1;
        while (li > s.contentStart && (QuoteFinder::family(m_text[li]) != QuoteFinder::MarkFamily::None || m_text[li].isSpace()))
            --li; // past the close of a quotation inside it (“… ‘…,’”) and French spacing (« … , »)
        const QChar lastInside = li >= s.contentStart ? m_text[li] : QChar();
        const bool separated = lastInside == u',' || lastInside == u'!' || lastInside == u'?' || lastInside == u'.'
            || lastInside.category() == QChar::Punctuation_Dash || lastInside == QChar(0x2026)
            || (after < u.endToken && (isPunct(after, u',') || isDash(after)));
        if (after < u.endToken && separated) {
            int k = after;
            while (k < u.endToken && (isPunct(k, u',') || isDash(k)))
                ++k;
            bool dash = k > after && isDash(k - 1);
            if (k < u.endToken && m_tokens.at(k).type != Token::Type::QuoteMark) {
                const int ck = cueAt(k);
                if (ck >= 0 && !m_cues.at(ck).used && !m_cues.at(ck).source) {
                    // said Smith / said the spokesman
                    Ref r = subjectAfter(m_cues.at(ck).last + 1, u);
                    if (r.isNone()) {
                        // "...," said on Monday Smith is rare; look before the quotation instead.
                    } else {
                        who = resolve(r, u, true);
                        cueIndex = ck;
                    }
                } else if (ck >= 0 && m_cues.at(ck).source) {
                    Ref r = subjectAfter(m_cues.at(ck).last + 1, u);
                    if (!r.isNone()) {
                        who = resolve(r, u);
                        cueIndex = ck;
                    }
                } else {
                    // he said / Smith, the senator, said / the spokesman told reporters
                    for (int c = k + 1; c < u.endToken && c <= k + 14; ++c) {
                        if (m_tokens.at(c).type == Token::Type::QuoteMark)
                            break;
                        const int cc = cueAt(c);
                        if (cc < 0 || m_cues.at(cc).first != c)
                            continue;
                        if (m_cues.at(cc).used || m_cues.at(cc).source)
                            break;
                        const int own = contentStartAfterCue(m_cues.at(cc), u);
                        if (own >= 0 && own < u.endToken && m_tokens.at(own).type != Token::Type::QuoteMark)
                            break; // "“Morning Report,” Smith said the plan ...": the cue reports its own clause
                        Ref r = subjectBefore(c, u);
                        if (!r.isNone() && r.first >= k) {
                            who = resolve(r, u, true);
                            cueIndex = cc;
                            if (who.entity < 0 && who.source.isEmpty())
                                who.source = textOf(r.first, r.last);
                        }
                        break;
                    }
                    if (cueIndex < 0 && who.entity < 0) {
                        // "“…,” Jane Doe, director of X and a professor at Y, said."
                        const int mi = m_mentionAt.at(k);
                        if (mi >= 0 && m_mentions.at(mi).begin() == k && m_mentions.at(mi).last + 1 < u.endToken
                            && isPunct(m_mentions.at(mi).last + 1, u',')) {
                            for (int c = m_mentions.at(mi).last + 2; c < u.endToken && c < k + 60; ++c) {
                                if (m_tokens.at(c).type == Token::Type::QuoteMark || isPunct(c, u';'))
                                    break;
                                const int cc = cueAt(c);
                                if (cc >= 0 && m_cues.at(cc).first == c && !m_cues.at(cc).used && !m_cues.at(cc).source
                                    && c > 0 && isPunct(c - 1, u',')) {
                                    who = resolve(nounPhraseEndingAt(m_mentions.at(mi).last, u), u);
                                    cueIndex = cc;
                                    break;
                                }
                            }
                        }
                    }
                    if (cueIndex < 0 && dash) {
                        Ref r = nounPhraseStartingAt(k, u);
                        if (r.type == Ref::Type::Name) {
                            who = resolve(r, u);
                            cueText = QString(m_text[m_tokens.at(k - 1).start]);
                        }
                    }
                }
            }
        }
        // 2. Attribution before it: Smith said: "..." / Smith told reporters, "..." / Smith: "..."
        if (cueIndex < 0 && who.entity < 0 && cueText.isEmpty()) {
            int c = before;
            int limit = std::max(u.firstToken, before - 12);
            for (; c >= limit; --c) {
                if (m_tokens.at(c).type == Token::Type::QuoteMark)
                    break;
                const int cc = cueAt(c);
                if (cc >= 0 && m_cues.at(cc).last == c && m_cues.at(cc).used && m_cues.at(cc).entity >= 0
                    && c + 1 == before && isPunct(before, u',')) {
                    // “Nobody is happy,” Doe said, “but …”: the second half is Doe's too.
                    who.entity = m_cues.at(cc).entity;
                    who.confidence = 0.9;
                    who.source = textOf(cc >= 0 ? m_cues.at(cc).first : c, c);
                    cueIndex = -1;
                    cueText = textOf(m_cues.at(cc).first, m_cues.at(cc).last);
                    break;
                }
                if (cc >= 0 && m_cues.at(cc).last == c && !m_cues.at(cc).used) {
                    const Cue &cue = m_cues.at(cc);
                    if (cue.source) {
                        Ref r = subjectAfter(cue.last + 1, u);
                        if (!r.isNone()) {
                            who = resolve(r, u);
                            cueIndex = cc;
                        }
                    } else {
                        const bool participleAfterComma = cue.form && cue.form->participle && cue.first > u.firstToken
                            && (isPunct(cue.first - 1, u',') || isDash(cue.first - 1));
                        Ref r = (cue.statementNoun || participleAfterComma) ? Ref() : subjectBefore(cue.first, u);
                        int pc = cue.first - 1;
                        while (pc >= u.firstToken && m_tokens.at(pc).isWord() && (cls(pc) & (Lexicon::Adverb | Lexicon::Auxiliary)))
                            --pc;
                        const bool coordinated = pc >= u.firstToken && (isWordLower(pc, u"and") || isWordLower(pc, u"but"));
                        const bool direct = !r.isNone() && !(cue.form && cue.form->participle);
                        if (r.isNone() && ((cue.form && cue.form->participle) || coordinated))
                            r = subjectOfSentence(u, cue.first);
                        if (!r.isNone()) {
                            who = resolve(r, u, direct);
                            cueIndex = cc;
                        } else if (embedded) {
                            cueIndex = -1;
                        }
                    }
                    break;
                }
            }
            if (cueIndex < 0 && !colonBefore && before >= u.firstToken && isDash(before) && before - 1 >= u.firstToken) {
                Ref r = nounPhraseEndingAt(before - 1, u);
                if (r.type == Ref::Type::Name) {
                    who = resolve(r, u);
                    cueText = textOf(before, before);
                }
            }
            if (cueIndex < 0 && cueText.isEmpty() && colonBefore && p >= u.firstToken) {
                Ref r = nounPhraseEndingAt(p, u);
                if (r.type == Ref::Type::Name || r.type == Ref::Type::Role || r.type == Ref::Type::OrgRole) {
                    who = resolve(r, u);
                    cueText = QStringLiteral(":");
                }
            }
        }

        RawQuote q;
        q.start = s.contentStart;
        q.end = s.contentEnd;
        // Quoted words the sentence runs on after ("expressed “cautious optimism” about the talks")
        // are a partial quote.
        const bool runsOn = !separated && after < u.endToken && m_tokens.at(after).isWord()
            && !m_tokens.at(after).isCapitalized() && !isCueVerbAt(after) && !m_lex.pronoun(lower(after));
        q.kind = runsOn ? Quote::Kind::Partial : Quote::Kind::Direct;
        if (cueIndex >= 0) {
            Cue &cue = m_cues[cueIndex];
            cue.used = true;
            cue.entity = who.entity;
            q.cue = textOf(cue.first, cue.last);
            q.cueStart = m_tokens.at(cue.first).start;
            q.cueEnd = m_tokens.at(cue.last).end;
        } else if (!cueText.isEmpty()) {
            q.cue = cueText;
        }

        const bool attributed = cueIndex >= 0 || !cueText.isEmpty();
        if (!attributed && words <= 5) {
            int longWords = 0, capitalised = 0;
            for (int i = qFirst; i <= qLast; ++i) {
                if (m_tokens.at(i).isWord() && m_tokens.at(i).length() >= 4) {
                    ++longWords;
                    capitalised += m_tokens.at(i).isCapitalized();
                }
            }
            if (longWords > 0 && capitalised == longWords) {
                m_spanUsed[local] = -2; // “Morning Report”, “Dragon Hour”: a title, not speech
                continue;
            }
        }
        if (embedded) {
            // Quoted words inside a sentence: handled with the sentence's reported speech, or below.
            if (attributed && cueIndex >= 0 && m_cues.at(cueIndex).first > qLast) {
                // The deal is "a disaster," Smith said: the clause up to the quotation is reported.
                q.kind = Quote::Kind::Partial;
                q.start = m_tokens.at(u.firstToken).start;
                q.end = s.outerEnd();
                m_spanUsed[local] = int(m_quotes.size());
                record(q, who, u.serial);
                noteSpeaker(who.entity, m_tokens.at(m_cues.at(cueIndex).first).start, u.serial);
            } else if (cueIndex >= 0) {
                m_cues[cueIndex].used = false; // leave it to the reported-speech pass
            } else if (attributed && who.entity >= 0) {
                q.kind = Quote::Kind::Partial; // "… “quoted words” ― Jane Doe"
                m_spanUsed[local] = int(m_quotes.size());
                record(q, who, u.serial);
            }
            continue;
        }
        if (!attributed) {
            // Continuation: a quotation opening a sentence or paragraph right after one attributed
            // to a speaker is theirs.
            const bool opensParagraph = m_article.blockAt(s.outerStart()) >= 0
                && [&] {
                       const auto &blk = m_article.blocks().at(m_article.blockAt(s.outerStart()));
                       int x = blk.start;
                       while (x < s.outerStart() && m_text[x].isSpace())
                           ++x;
                       return x == s.outerStart();
                   }();
            // A cue later in the sentence ("“…” of the proposals, Mr. Doe said") will attribute
            // it: no continuation then.
            bool laterCue = false;
            const auto [firstCue, endCue] = cuesIn(u);
            for (int cc = firstCue; cc < endCue && !laterCue; ++cc)
                laterCue = m_cues.at(cc).first > qLast && !m_cues.at(cc).used && !m_cues.at(cc).source;
            const bool recent = m_last.entity >= 0 && !laterCue
                && ((m_last.paragraph == m_paragraph && u.serial - m_last.serial <= 3)
                    || (opensParagraph && m_paragraph - m_last.paragraph == 1));
            if ((atStart || opensParagraph) && recent && (endsSentence || words >= 3)) {
                who.entity = m_last.entity;
                who.confidence = m_last.colonIntro ? 0.9 : (m_last.paragraph == m_paragraph ? 0.75 : 0.65);
                who.source = QString();
            } else if (words <= 2 || (!capitalStart && words <= 4)) {
                m_spanUsed[local] = -2; // scare quotes, a nickname: nothing said
                continue;
            } else {
                // Nothing attributes it yet; reported speech in the sentence may ("“…” of the
                // plan, Smith said"). What is left over is recorded unattributed at the end.
                m_spanStandalone[local] = true;
                continue;
            }
        }
        m_spanUsed[local] = int(m_quotes.size());
        record(q, who, u.serial);
        if (cueIndex >= 0)
            noteSpeaker(who.entity, m_tokens.at(m_cues.at(cueIndex).first).start, u.serial);
        else if (who.entity >= 0)
            noteSpeaker(who.entity, s.outerStart(), u.serial);
    }
}

QPair<int, int> Run::spansIn(int from, int to) const
{
    auto starts = [this](int local) { return m_spans.at(m_windowSpans.at(local)).outerStart(); };
    int lo = 0, hi = int(m_windowSpans.size());
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        if (starts(mid) < from)
            lo = mid + 1;
        else
            hi = mid;
    }
    int end = lo;
    while (end < m_windowSpans.size() && starts(end) < to)
        ++end;
    return {lo, end};
}

QPair<int, int> Run::cuesIn(const Unit &u) const
{
    auto it = std::lower_bound(m_cues.cbegin(), m_cues.cend(), u.firstToken,
                               [](const Cue &c, int tok) { return c.first < tok; });
    const int begin = int(std::distance(m_cues.cbegin(), it));
    int end = begin;
    while (end < m_cues.size() && m_cues.at(end).first < u.endToken)
        ++end;
    return {begin, end};
}

QPair<int, int> Run::mentionsIn(const Unit &u) const
{
    auto it = std::lower_bound(m_mentions.cbegin(), m_mentions.cend(), u.firstToken,
                               [](const Mention &m, int tok) { return m.first < tok; });
    const int begin = int(std::distance(m_mentions.cbegin(), it));
    int end = begin;
    while (end < m_mentions.size() && m_mentions.at(end).first < u.endToken)
        ++end;
    return {begin, end};
}

int Run::wordCount(int first, int last) const
{
    // Scripts written without spaces (Chinese, Japanese) count a word per two characters.
    int words = 0;
    for (int i = first; i <= last; ++i) {
        const Token &t = m_tokens.at(i);
        if (!t.isWord())
            continue;
        const QChar c = m_text[t.start];
        words += (c.unicode() >= 0x2E80 && !c.isUpper() && !c.isLower()) ? std::max(1, t.length() / 2) : 1;
    }
    return words;
}

bool Run::isComplementizer(int i, const Unit &u) const
{
    // "said that the plan ..." introduces a clause; "the meeting that was held" is a relative clause.
    if (!isWordLower(i, u"that"))
        return false;
    if (i + 1 >= u.endToken)
        return false;
    const Token &next = m_tokens.at(i + 1);
    if (next.isWord() && !next.isCapitalized()) {
        const quint16 c = cls(i + 1);
        if ((c & Lexicon::Auxiliary) && !(c & Lexicon::Determiner))
            return false;
    }
    return true;
}

bool Run::startsClause(int i, const Unit &u) const
{
    if (i >= u.endToken)
        return false;
    const Token &t = m_tokens.at(i);
    if (t.type == Token::Type::QuoteMark || t.type == Token::Type::Number)
        return true;
    if (!t.isWord())
        return false;
    const QStringView w = lower(i);
    if (w == u"that")
        return isComplementizer(i, u) && i + 1 < u.endToken && !isWordLower(i + 1, u"that");
    if (w == u"there" || w == u"it" || w == u"he" || w == u"she" || w == u"they" || w == u"we" || w == u"i"
        || w == u"you" || w == u"this" || w == u"those" || w == u"these")
        return true;
    const quint16 c = m_lex.wordClass(w);
    if (c & Lexicon::Determiner)
        return true;
    if (c & (Lexicon::Preposition | Lexicon::Conjunction | Lexicon::Auxiliary | Lexicon::Relative | Lexicon::Negation))
        return false;
    if (t.isCapitalized())
        return true;
    // A bare noun opening a clause ("said leaders had agreed"): the next word must look like a verb
    // or another noun, not the end of the sentence.
    return !(c & Lexicon::Adverb) && !isCueVerbAt(i) && i + 1 < u.endToken && m_tokens.at(i + 1).isWord();
}

int Run::contentStartAfterCue(const Cue &cue, const Unit &u) const
{
    const quint16 frames = cue.form ? cue.form->frames : quint16(Lexicon::FrameThat);
    const bool weak = frames & Lexicon::FrameWeak;
    int n = cue.last + 1;
    // Adverbs and short adverbial phrases: "said on Monday that", "told reporters in Madrid that".
    auto skipAdverbials = [&](int k) {
        int guard = 0;
        while (k < u.endToken && guard++ < 12) {
            if (m_tokens.at(k).isWord() && (cls(k) & Lexicon::Time) && !isWordLower(k, u"that")
                && (!isWordLower(k, u"this") || (k + 1 < u.endToken && (cls(k + 1) & Lexicon::Time)))) {
                ++k; // "on Monday", "last week", "this month"
                continue;
            }
            if (m_tokens.at(k).isWord() && !m_tokens.at(k).isCapitalized() && (cls(k) & (Lexicon::Adverb | Lexicon::Negation))
                && !isWordLower(k, u"that")) {
                ++k;
                continue;
            }
            if (isPunct(k, u',') && k + 1 < u.endToken && isWordLower(k + 1, u"that"))
                return k + 1;
            if (m_tokens.at(k).isWord() && (cls(k) & Lexicon::Preposition) && !isWordLower(k, u"that")
                && !isWordLower(k, u"to") && !isWordLower(k, u"as") && !isWordLower(k, u"like")) {
                // A prepositional phrase up to "that" or a comma.
                int x = k + 1;
                while (x < u.endToken && x < k + 14 && !isWordLower(x, u"that") && !isPunct(x, u',')
                       && m_tokens.at(x).type != Token::Type::QuoteMark && cueAt(x) < 0)
                    ++x;
                // "said in a statement that ...", "said on Monday, that ...": the phrase ends at
                // "that". A comma after it ends the verb's reach ("said after the talks with her
                // counterpart, Sven Aaltonen").
                if (x < u.endToken && isWordLower(x, u"that")) {
                    k = x;
                    continue;
                }
                if (x + 1 < u.endToken && isPunct(x, u',') && isWordLower(x + 1, u"that")) {
                    k = x + 1;
                    continue;
                }
                return k;
            }
            break;
        }
        return k;
    };
    {
        // "As Ms. Doe wrote in a letter in May, the plan ...": the reported clause follows the
        // comma that closes the "as" clause.
        int s = cue.first - 1;
        while (s >= u.firstToken && !isPunct(s, u',') && !isWordLower(s, u"as") && !isQuoteBoundary(s)
               && cue.first - s < 10)
            --s;
        if (s >= u.firstToken && isWordLower(s, u"as") && !cue.source) {
            for (int k = cue.last + 1; k < u.endToken && k < cue.last + 20; ++k) {
                if (isQuoteBoundary(k) && k == cue.last + 1)
                    break;
                if (isPunct(k, u','))
                    return k + 1 < u.endToken ? k + 1 : -1;
            }
        }
    }
    n = skipAdverbials(n);
    if (n >= u.endToken)
        return -1;
    if (isPunct(n, u',') && n + 1 < u.endToken && cueAt(n + 1) < 0) {
        // "As Ms. Doe put it, the plan ..." / "In recent days, advisers say, the president ...":
        // the reporting clause is parenthetical and the reported one follows the comma.
        int s = cue.first - 1;
        while (s >= u.firstToken && !isPunct(s, u',') && !isWordLower(s, u"as") && !isQuoteBoundary(s))
            --s;
        if (s >= u.firstToken && isWordLower(s, u"as"))
            return n + 1;
        if (!startsClause(n + 1, u))
            return -1;
        if (s > u.firstToken && isPunct(s, u',') && m_tokens.at(u.firstToken).isWord()
            && (cls(u.firstToken) & (Lexicon::Preposition | Lexicon::Conjunction | Lexicon::Adverb | Lexicon::Time))) {
            bool verbless = true;
            for (int k = u.firstToken; k < s && verbless; ++k)
                verbless = cueAt(k) < 0 && !(m_tokens.at(k).isWord() && (cls(k) & Lexicon::Auxiliary));
            if (verbless)
                return n + 1;
        }
    }
    // A weak verb ("called", "blasted") reports speech only when quoted words follow.
    bool quoteAhead = false;
    for (int k = n; k < u.endToken && k < n + 30 && !quoteAhead; ++k)
        quoteAhead = m_tokens.at(k).type == Token::Type::QuoteMark;
    const bool objectOk = (frames & Lexicon::FrameObject) && (!weak || quoteAhead);
    if (isComplementizer(n, u) && (frames & (Lexicon::FrameThat | Lexicon::FrameClause | Lexicon::FrameTell)))
        return n + 1; // not "rejected that view"
    if (isPunct(n, u':'))
        return n + 1;
    if ((isWordLower(n, u"whether") || (isWordLower(n, u"if") && (frames & Lexicon::FrameTell))) && !weak)
        return n; // "asked whether the plan would pass"
    if (frames & (Lexicon::FrameTell | Lexicon::FrameInfinitive | Lexicon::FrameObject)) {
        // An object: the addressee of "told", the one urged, or the thing restated.
        int m = n;
        int guard = 0;
        while (m < u.endToken && guard++ < 16) {
            const Token &t = m_tokens.at(m);
            if (isQuoteBoundary(m) && m > n) {
                // A short quoted name inside the object ("told Channel 5's “Morning Report” on Monday
                // that"): step over it.
                int e = m + 1;
                while (e < u.endToken && m_tokens.at(e).quote == t.quote)
                    ++e;
                int words = 0;
                for (int x = m; x < e; ++x)
                    words += m_tokens.at(x).isWord();
                if (words <= 5 && e < u.endToken && m_tokens.at(e).isWord()) {
                    m = e;
                    continue;
                }
            }
            if (isWordLower(m, u"that") || isWordLower(m, u"to") || t.type == Token::Type::QuoteMark)
                break;
            // "told farmers this week he would": the object ends before a time phrase
            // or a subject pronoun opening the reported clause.
            if (m > n && t.isWord() && ((cls(m) & Lexicon::Time) || (m_lex.pronoun(lower(m)) && m_lex.pronoun(lower(m))->subject)))
                break;
            if (t.type == Token::Type::Punct && (isClauseBreak(m) || isDash(m)))
                break;
            if (cueAt(m) >= 0 && m > n)
                break;
            ++m;
        }
        if (m < u.endToken && m > n && isComplementizer(m, u) && (frames & (Lexicon::FrameTell | Lexicon::FrameThat)))
            return m + 1;
        const int m2 = (m < u.endToken && isPunct(m, u',')) ? skipAdverbials(m + 1) : m;
        if (m2 < u.endToken && m2 > n && isComplementizer(m2, u) && (frames & Lexicon::FrameTell))
            return m2 + 1;
        if (m < u.endToken && m > n && isWordLower(m, u"to") && (frames & Lexicon::FrameInfinitive))
            return n;
        if (isWordLower(n, u"to") && (frames & Lexicon::FrameInfinitive) && !weak)
            return n;
        if (objectOk && (m_tokens.at(n).isWord() || m_tokens.at(n).type == Token::Type::Number)
            && (!(cls(n) & (Lexicon::Preposition | Lexicon::Conjunction)) || (isWordLower(n, u"as") && quoteAhead)))
            return n;
        if (objectOk && m_tokens.at(n).type == Token::Type::QuoteMark)
            return n;
        int clauseAt = m;
        while (clauseAt < u.endToken && clauseAt < m + 4 && m_tokens.at(clauseAt).isWord() && (cls(clauseAt) & Lexicon::Time))
            ++clauseAt; // "this weekend"
        if ((frames & Lexicon::FrameTell) && (frames & Lexicon::FrameClause) && m > n && startsClause(clauseAt, u)
            && cueAt(clauseAt) < 0 && m_tokens.at(clauseAt).isWord())
            return clauseAt;
    }
    if ((frames & Lexicon::FrameClause) && !(frames & Lexicon::FrameTell) && !weak && startsClause(n, u))
        return n;
    if ((frames & Lexicon::FrameInfinitive) && !weak && isWordLower(n, u"to"))
        return n;
    return -1;
}

int Run::contentEnd(int from, const Unit &u) const
{
    int end = u.endToken;
    for (int k = from; k < u.endToken; ++k) {
        if (isPunct(k, u';')) {
            end = k;
            break;
        }
        if (!outside(k))
            continue;
        // ", adding that", ", according to", "and emphasized that", ", he said."
        if (isPunct(k, u',') || isDash(k) || isWordLower(k, u"and") || isWordLower(k, u"but")) {
            int x = k + 1;
            if (isPunct(k, u',') && x < u.endToken && (isWordLower(x, u"and") || isWordLower(x, u"but")))
                ++x;
            while (x < u.endToken && m_tokens.at(x).isWord() && (cls(x) & (Lexicon::Adverb | Lexicon::Auxiliary)))
                ++x;
            const int c = cueAt(x);
            if (c >= 0 && m_cues.at(c).first == x) {
                const Cue &cue = m_cues.at(c);
                const bool participle = cue.form && cue.form->participle;
                const bool finite = cue.form && !cue.form->participle;
                if (cue.source || (participle && isPunct(k, u',')) || (finite && k + 1 <= x && (isWordLower(k, u"and") || isWordLower(k + 1, u"and") || isWordLower(k, u"but")))) {
                    end = k;
                    break;
                }
            }
            if (isPunct(k, u',')) {
                // ", he said." / ", Smith said on Monday."
                const Ref r = nounPhraseStartingAt(k + 1, u);
                if (!r.isNone()) {
                    int y = r.last + 1;
                    while (y < u.endToken && m_tokens.at(y).isWord() && (cls(y) & (Lexicon::Adverb | Lexicon::Auxiliary)))
                        ++y;
                    const int c2 = cueAt(y);
                    if (c2 >= 0 && m_cues.at(c2).first == y) {
                        end = k;
                        break;
                    }
                }
                const int c3 = cueAt(k + 1);
                if (c3 >= 0 && m_cues.at(c3).first == k + 1 && m_cues.at(c3).form && !m_cues.at(c3).form->participle) {
                    end = k; // ", said Smith."
                    break;
                }
            }
        }
    }
    // Drop a sentence-final full stop.
    while (end > from && m_tokens.at(end - 1).type == Token::Type::Punct
           && (isPunct(end - 1, u'.') || isPunct(end - 1, u',') || isPunct(end - 1, u'?') || isPunct(end - 1, u'!')))
        --end;
    return end;
}

void Run::attributeIndirect(const Unit &u)
{
    int lastEntityInSentence = -1;
    QString lastSourceInSentence;
    int contentUntil = -1; // end of the last reported content in this sentence
    const auto [firstCue, endCue] = cuesIn(u);
    for (int ci = firstCue; ci < endCue; ++ci) {
        Cue &cue = m_cues[ci];
        if (cue.first < contentUntil && !cue.used)
            continue; // "Brooks said the governor had asked ...": reported within a report
        if (cue.used) {
            if (cue.entity >= 0) {
                lastEntityInSentence = cue.entity;
            }
            continue;
        }
        int contentFrom = -1, contentTo = -1;
        Ref ref;
        bool inherited = false;
        if (cue.source) {
            // "According to X, ..." or "..., according to X."
            ref = subjectAfter(cue.last + 1, u);
            if (ref.type == Ref::Type::OrgRole || ref.type == Ref::Type::None || ref.type == Ref::Type::Role) {
                // "according to a study by the Ruritanian Herald": the author of the report.
                const int from = ref.isNone() ? cue.last + 1 : ref.last + 1;
                for (int k = from; k < u.endToken && k < from + 4; ++k) {
                    if (isPunct(k, u','))
                        break;
                    if (isWordLower(k, u"by") || isWordLower(k, u"from")) {
                        const Ref by = subjectAfter(k + 1, u);
                        if (by.type == Ref::Type::Name)
                            ref = by;
                        break;
                    }
                }
            }
            if (ref.isNone()) {
                // "according to a report by X", "according to polls": a source all the same.
                int k = cue.last + 1;
                while (k < u.endToken && !isPunct(k, u',') && !isPunct(k, u'.') && k < cue.last + 9)
                    ++k;
                ref.first = cue.last + 1;
                ref.last = k - 1;
            }
            int p = cue.first - 1;
            while (p >= u.firstToken && (isPunct(p, u',') || isDash(p)))
                --p;
            if (p < u.firstToken || (p == u.firstToken && m_tokens.at(p).isWord() && (cls(p) & Lexicon::Conjunction))) {
                int k = (ref.last >= 0 ? ref.last : cue.last) + 1;
                while (k < u.endToken && !isPunct(k, u','))
                    ++k;
                contentFrom = k + 1;
                contentTo = contentEnd(contentFrom, u);
            } else {
                contentFrom = u.firstToken;
                contentTo = p + 1;
                if (isPunct(cue.first - 1, u',') || isDash(cue.first - 1))
                    contentTo = cue.first - 1;
                // Start after an earlier attribution in the same sentence, if any.
                for (int k = contentTo - 1; k > u.firstToken; --k) {
                    if (isPunct(k, u';')) {
                        contentFrom = k + 1;
                        break;
                    }
                }
            }
        } else {
            const bool participleAfterComma = cue.form && cue.form->participle && cue.first > u.firstToken
                && (isPunct(cue.first - 1, u',') || isDash(cue.first - 1));
            if (cue.colonNoun) {
                const int sm = sentenceSubject(u, cue.first);
                if (sm >= 0)
                    ref = nounPhraseEndingAt(m_mentions.at(sm).last, u);
            } else if (cue.statementNoun) {
                int k = cue.first - 2; // before the possessive
                ref = nounPhraseEndingAt(k, u);
            } else if (!participleAfterComma) {
                ref = subjectBefore(cue.first, u);
            }
            int p = cue.first - 1;
            while (p >= u.firstToken && m_tokens.at(p).isWord() && (cls(p) & (Lexicon::Adverb | Lexicon::Auxiliary)))
                --p;
            const bool coordinated = p >= u.firstToken
                && (isWordLower(p, u"and") || isWordLower(p, u"but") || isPunct(p, u',') || isWordLower(p, u"to"));
            if (ref.isNone() && (coordinated || (cue.form && cue.form->participle))) {
                inherited = true;
            }
            if (ref.isNone() && cue.form && cue.form->participle && isSentenceInitial(cue.first, u)) {
                // "Claiming the criticism was unfair, Doe told reporters …": the main clause's subject.
                const int sm = sentenceSubject(u, u.endToken);
                if (sm >= 0) {
                    ref = nounPhraseEndingAt(m_mentions.at(sm).last, u);
                    inherited = false;
                }
            }
            contentFrom = cue.colonNoun ? cue.last + 2 : contentStartAfterCue(cue, u);
            if (ref.isNone() && !inherited && cue.first > u.firstToken + 2 && isPunct(cue.first - 1, u',')
                && cue.form && !cue.form->participle) {
                // "The meeting went badly, said one source in the room." The source follows the
                // cue and the reported words come before it.
                const Ref after = subjectAfter(cue.last + 1, u);
                int end = after.isNone() ? -1 : after.last + 1;
                while (end >= 0 && end < u.endToken && !isPunct(end, u'.') && !isPunct(end, u',') && end < after.last + 8)
                    ++end;
                if (!after.isNone() && (end >= u.endToken || isPunct(end, u'.') || isPunct(end, u','))) {
                    ref = after;
                    contentFrom = u.firstToken;
                    contentTo = cue.first - 1;
                    for (int y = contentTo - 1; y > u.firstToken; --y) {
                        if (isPunct(y, u';')) {
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
                contentTo = contentEnd(contentFrom, u);
            } else if (!ref.isNone() && !inherited && cue.form && (cue.form->frames & (Lexicon::FrameClause | Lexicon::FrameThat | Lexicon::FrameQuote))
                       && !(cue.form->frames & Lexicon::FrameWeak)) {
                // Inverted: "The deal is dead, Smith said." / "The deal, he said, is dead."
                int k = ref.first - 1;
                if (k > u.firstToken && (isPunct(k, u',') || isDash(k))) {
                    // Only adverbials may follow the cue.
                    int x = cue.last + 1;
                    bool tail = true;
                    int guard = 0;
                    while (x < u.endToken && guard++ < 12) {
                        if (isPunct(x, u'.') || isPunct(x, u',') || isPunct(x, u'!') || isPunct(x, u'?'))
                            break;
                        if (m_tokens.at(x).type == Token::Type::QuoteMark) {
                            tail = false;
                            break;
                        }
                        ++x;
                    }
                    if (x < u.endToken && isPunct(x, u',') && x + 1 < u.endToken) {
                        // Mid-sentence: the content runs on after the second comma.
                        contentFrom = u.firstToken;
                        contentTo = contentEnd(x + 1, u);
                    } else if (tail && guard <= 12) {
                        contentFrom = u.firstToken;
                        contentTo = k;
                    }
                    // Start after an earlier clause boundary ("; ").
                    for (int y = k - 1; y > u.firstToken && contentFrom == u.firstToken; --y) {
                        if (isPunct(y, u';'))
                            contentFrom = y + 1;
                    }
                }
            }
        }
        if (contentFrom == u.endToken && contentFrom > u.firstToken && isPunct(contentFrom - 1, u':') && !ref.isNone()) {
            // "Smith continued:" — the quotation in the next paragraph is Smith's.
            const Resolved who = resolve(ref, u);
            if (who.entity >= 0) {
                cue.used = true;
                m_last.entity = who.entity;
                m_last.serial = u.serial;
                m_last.paragraph = m_paragraph;
                m_last.colonIntro = true;
                noteSpeaker(who.entity, m_tokens.at(cue.first).start, u.serial);
            }
            continue;
        }
        if (contentFrom < 0 || contentTo <= contentFrom || contentFrom >= u.endToken)
            continue;
        // The content needs a few words of its own.
        int words = 0;
        for (int k = contentFrom; k < contentTo; ++k)
            words += m_tokens.at(k).isWord() || m_tokens.at(k).type == Token::Type::Number;
        if (words < 2)
            continue;

        Resolved who;
        if (inherited) {
            if (lastEntityInSentence >= 0) {
                who.entity = lastEntityInSentence;
                who.confidence = 0.85;
                who.source = lastSourceInSentence;
            } else {
                who = resolve(subjectOfSentence(u, cue.first), u);
                who.confidence = std::min(who.confidence, 0.8);
            }
        } else if (!ref.isNone()) {
            who = resolve(ref, u, !(cue.form && cue.form->participle) && !cue.source);
            if (who.source.isEmpty())
                who.source = textOf(ref.first, ref.last);
        }
        if (who.entity >= 0) {
            lastEntityInSentence = who.entity;
            lastSourceInSentence = who.source;
        }

        // Quotations inside the content make it a partial quote; one that is the whole content
        // keeps its own (direct) entry.
        const int from = m_tokens.at(contentFrom).start;
        if (cue.form && (cue.form->frames & Lexicon::FrameWeak)) {
            // A weak verb reports the quoted words it governs, not the rest of the sentence:
            // "called the plan “a disaster” and left" ends after the quotation.
            int lastQuote = -1;
            for (int k = contentFrom; k < contentTo; ++k) {
                if (isQuoteBoundary(k))
                    lastQuote = k;
            }
            if (lastQuote >= 0) {
                int end = lastQuote + 1;
                while (end < contentTo && m_tokens.at(end).quote == m_tokens.at(lastQuote).quote)
                    ++end;
                contentTo = end;
            }
        }
        const int to = m_tokens.at(contentTo - 1).end;
        RawQuote q;
        q.start = from;
        q.end = to;
        q.kind = Quote::Kind::Indirect;
        if (who.entity < 0 && cue.form && (cue.form->frames & Lexicon::FrameThought))
            continue; // "many think that ...", "polls show that ...": nobody's words
        bool skip = false;
        const auto [overlapFirst, overlapEnd] = spansIn(from - (m_spans.isEmpty() ? 0 : maxSpanLength()), to);
        for (int k = overlapFirst; k < overlapEnd; ++k) {
            const auto &s = m_spans.at(m_windowSpans.at(k));
            if (s.outerEnd() <= from || s.outerStart() >= to)
                continue;
            const int used = m_spanUsed.at(k);
            if (s.outerStart() >= from && s.outerEnd() <= to + 1) {
                if (s.outerStart() <= from + 1 && s.outerEnd() >= to - 1) {
                    if (used >= 0 || used == -2) {
                        skip = true; // the whole content is a quotation already attributed
                    } else {
                        q.start = s.contentStart;
                        q.end = s.contentEnd;
                        q.kind = Quote::Kind::Direct;
                        m_spanUsed[k] = int(m_quotes.size());
                    }
                } else if (used == -1 || used == -2) {
                    q.kind = Quote::Kind::Partial;
                    m_spanUsed[k] = int(m_quotes.size());
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
        q.cue = textOf(cue.first, cue.last);
        q.cueStart = m_tokens.at(cue.first).start;
        q.cueEnd = m_tokens.at(cue.last).end;
        record(q, who, u.serial);
        noteSpeaker(who.entity, m_tokens.at(cue.first).start, u.serial);
    }
}

void Run::attributePartials(const Unit &u)
{
    // Quoted words inside a sentence that no reported speech took: the sentence's subject said them.
    const auto [firstSpan, endSpan] = spansIn(u.start, u.end);
    for (int local = firstSpan; local < endSpan; ++local) {
        const auto &s = m_spans.at(m_windowSpans.at(local));
        if (m_spanUsed.at(local) != -1)
            continue;
        int qFirst = -1, qLast = -1;
        for (int i = u.firstToken; i < u.endToken; ++i) {
            if (m_tokens.at(i).quote == m_windowSpans.at(local)) {
                if (qFirst < 0)
                    qFirst = i;
                qLast = i;
            }
        }
        const int words = qFirst < 0 ? 0 : wordCount(qFirst, qLast);
        if (m_spanStandalone.at(local)) {
            RawQuote q;
            q.start = s.contentStart;
            q.end = s.contentEnd;
            q.kind = Quote::Kind::Direct;
            m_spanUsed[local] = int(m_quotes.size());
            record(q, Resolved(), u.serial);
            continue;
        }
        if (words <= 2) {
            m_spanUsed[local] = -2; // scare quotes
            continue;
        }
        Resolved who;
        const int sm = sentenceSubject(u, qFirst < 0 ? u.endToken : qFirst);
        if (sm >= 0) {
            who = resolve(nounPhraseEndingAt(m_mentions.at(sm).last, u), u);
            who.confidence = std::min(who.confidence, 0.55);
        } else {
            // A pronoun subject: "He called it "…"".
            for (int i = u.firstToken; i < (qFirst < 0 ? u.endToken : qFirst); ++i) {
                if (!m_tokens.at(i).isWord())
                    continue;
                const Lexicon::Pronoun *p = m_lex.pronoun(lower(i));
                if (p && p->subject && (p->gender == Gender::Male || p->gender == Gender::Female)) {
                    Ref r;
                    r.type = Ref::Type::Pronoun;
                    r.gender = p->gender;
                    r.first = r.last = i;
                    who = resolve(r, u);
                    who.confidence = std::min(who.confidence, 0.55);
                }
                break;
            }
        }
        RawQuote q;
        q.start = s.contentStart;
        q.end = s.contentEnd;
        q.kind = Quote::Kind::Partial;
        m_spanUsed[local] = int(m_quotes.size());
        record(q, who, u.serial);
    }
}

Extraction Run::result()
{
    Extraction out;
    // Overlaps can remain between quotes of different passes; the earlier, stronger one wins.
    std::stable_sort(m_quotes.begin(), m_quotes.end(),
                     [](const RawQuote &a, const RawQuote &b) { return a.start < b.start; });
    qsizetype keptCount = 0;
    for (qsizetype i = 0; i < m_quotes.size(); ++i) {
        RawQuote &q = m_quotes[i];
        if (keptCount > 0 && q.start < m_quotes.at(keptCount - 1).end) {
            RawQuote &prev = m_quotes[keptCount - 1];
            if (prev.kind == Quote::Kind::Indirect && q.kind == Quote::Kind::Direct)
                prev = std::move(q);
            continue;
        }
        if (keptCount != i)
            m_quotes[keptCount] = std::move(q);
        ++keptCount;
    }
    m_quotes.resize(keptCount);
    QList<RawQuote> &kept = m_quotes;

    // Speakers in order of first mention.
    QHash<int, int> speakerOf;
    QList<int> entities;
    for (RawQuote &q : kept) {
        if (q.entity < 0)
            continue;
        q.entity = m_registry.find(q.entity);
        if (!speakerOf.contains(q.entity)) {
            speakerOf.insert(q.entity, -1);
            entities.append(q.entity);
        }
    }
    std::sort(entities.begin(), entities.end(), [this](int a, int b) {
        return m_registry.entity(a).firstMention < m_registry.entity(b).firstMention;
    });
    for (int e : std::as_const(entities)) {
        const EntityRegistry::Entity &ent = m_registry.entity(e);
        Speaker s;
        s.id = QStringLiteral("s%1").arg(out.speakers.size() + 1);
        s.name = ent.name;
        // An organisation also known by its acronym shows both: "International Monetary Fund (IMF)".
        for (const QString &a : ent.aliases) {
            if (a.size() >= 2 && a.size() <= 6 && a == a.toUpper() && ent.tokens.size() >= 2
                && m_registry.speakerKind(e) == Kind::Organization) {
                s.name = ent.name + QStringLiteral(" (") + a + u')';
                break;
            }
        }
        s.kind = m_registry.speakerKind(e) == Kind::Organization ? Speaker::Kind::Organization
                                                                 : Speaker::Kind::Person;
        s.role = ent.role;
        s.gender = ent.gender;
        s.firstMention = ent.firstMention;
        for (const QString &a : ent.aliases) {
            if (a != s.name && !m_lex.pronoun(a.toLower()))
                s.aliases.append(a);
        }
        speakerOf[e] = int(out.speakers.size());
        out.speakers.append(s);
    }
    out.quotes.reserve(kept.size());
    for (const RawQuote &r : std::as_const(kept)) {
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
{
}

Extractor::Extractor()
    : m_lexicon(Lexicon::instance())
{
}

Extraction Extractor::extract(const Article &article, const std::atomic_bool *cancelled) const
{
    Run run(article, m_lexicon, cancelled);
    if (!run.run())
        return {};
    return run.result();
}
