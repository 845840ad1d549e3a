#include "directattribution.h"

#include "article/article.h"
#include "clausebounds.h"
#include "extractwindow.h"
#include "phraseparser.h"
#include "speakerresolver.h"

#include <algorithm>

DirectAttribution::DirectAttribution(
    ExtractWindow &window, const PhraseParser &phrases, const ClauseBounds &clauses, SpeakerResolver &speakers)
    : m_window(window)
    , m_lexicon(window.lexicon)
    , m_phrases(phrases)
    , m_clauses(clauses)
    , m_speakers(speakers)
{
}

void DirectAttribution::attribute(const Sentence &sentence)
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
            = p >= sentence.firstToken && (m_window.cueAt(p) >= 0 || m_window.isRuleWord(p, Lexicon::Complementizer));
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
                            && (m_window.isRuleWord(pc, Lexicon::Addition) || m_window.isRuleWord(pc, Lexicon::Contrast));
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
                q.decidedBy = AttributionPass::Continuation;
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
