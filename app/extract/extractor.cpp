#include "extractor.h"

#include "article/article.h"
#include "clausebounds.h"
#include "colonintroduction.h"
#include "cuefinder.h"
#include "extractwindow.h"
#include "mentionfinder.h"
#include "phraseparser.h"
#include "speakerresolver.h"
#include "text/textchars.h"
#include "transcriptlabels.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>

namespace {

using Gender = Lexicon::Gender;
using Kind = EntityRegistry::Kind;

class Run
{
public:
    Run(const Article &article, const Lexicon &lexicon, const std::atomic_bool *cancelled)
        : m_window(article, lexicon)
        , m_lexicon(lexicon)
        , m_phrases(m_window)
        , m_clauses(m_window, m_phrases)
        , m_speakers(m_window)
        , m_mentionFinder(m_window, m_phrases)
        , m_cueFinder(m_window)
        , m_transcriptLabels(m_window, m_speakers)
        , m_colonIntroduction(m_window, m_phrases, m_speakers)
        , m_cancelled(cancelled)
    { }

    bool run();
    Extraction result();

private:
    void processWindow(int firstBlock, int lastBlock);
    void processUnit(const Sentence &sentence);
    void attributeDirect(const Sentence &sentence);
    void attributeIndirect(const Sentence &sentence);
    void attributePartials(const Sentence &sentence);

    ExtractWindow m_window;
    const Lexicon &m_lexicon;
    const PhraseParser m_phrases;
    const ClauseBounds m_clauses;
    SpeakerResolver m_speakers;
    MentionFinder m_mentionFinder;
    CueFinder m_cueFinder;
    TranscriptLabels m_transcriptLabels;
    ColonIntroduction m_colonIntroduction;
    const std::atomic_bool *m_cancelled;
};

bool Run::run()
{
    m_window.spans = QuoteFinder::find(m_window.article);
    m_window.scanWords();
    m_transcriptLabels.countLabels();
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

void Run::processWindow(int firstBlock, int lastBlock)
{
    const auto &blocks = m_window.article.blocks();
    m_window.load(firstBlock, lastBlock);
    m_colonIntroduction.attributeParagraph(firstBlock);
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
    m_mentionFinder.find(sentence);
    m_mentionFinder.markSubjects(sentence);
    m_cueFinder.find(sentence);
    m_transcriptLabels.attribute(sentence);
    attributeDirect(sentence);
    attributeIndirect(sentence);
    attributePartials(sentence);
    m_colonIntroduction.note(sentence);
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
