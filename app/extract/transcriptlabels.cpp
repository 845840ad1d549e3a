#include "transcriptlabels.h"

#include "article/article.h"
#include "extractwindow.h"
#include "speakerresolver.h"

#include <algorithm>

namespace {

using Gender = Lexicon::Gender;
using Kind = EntityRegistry::Kind;

} // namespace

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

// "Q: What is your first job?" / "A: Dredging.": the question or answer label of an interview,
// 'Q' or 'A', with the position just after its colon; 0 when the paragraph opens with neither.
char interviewLabel(QStringView text, int start, int end, int *after)
{
    int i = start;
    while (i < end && text[i].isSpace())
        ++i;
    if (i + 2 >= end || (text[i] != u'Q' && text[i] != u'A') || text[i + 1] != u':' || !text[i + 2].isSpace())
        return 0;
    *after = i + 2;
    return char(text[i].unicode());
}

// The labels of one speaker share their last word: "DANA PELL:" for the first turn, "PELL:" after.
QString labelFamily(const QString &label)
{
    const qsizetype space = label.lastIndexOf(u' ');
    return (space < 0 ? label : label.mid(space + 1)).toUpper();
}

} // namespace

TranscriptLabels::TranscriptLabels(ExtractWindow &window, SpeakerResolver &speakers)
    : m_window(window)
    , m_lexicon(window.lexicon)
    , m_speakers(speakers)
{
}

void TranscriptLabels::countLabels()
{
    const auto &blocks = m_window.article.blocks();
    m_turnStart.assign(size_t(blocks.size()), -1);
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Article::Block &b = blocks.at(i);
        QString label;
        const int after = transcriptLabel(m_window.text, b.start, b.end(), &label);
        if (after >= 0) {
            ++m_labelCounts[labelFamily(label)];
            m_turnStart[size_t(i)] = after;
            m_turnLabel.insert(int(i), label);
        }
    }
    for (auto it = m_turnLabel.begin(); it != m_turnLabel.end();) {
        if (m_labelCounts.value(labelFamily(it.value())) < 2) {
            m_onceLabel.insert(it.key(), qMakePair(m_turnStart[size_t(it.key())], it.value()));
            m_turnStart[size_t(it.key())] = -1;
            it = m_turnLabel.erase(it);
        } else {
            ++it;
        }
    }
    // An interview in questions and answers: "Q:" and "A:" paragraphs, at least one of each.
    m_interviewTurn.assign(size_t(blocks.size()), 0);
    m_interviewAfter.assign(size_t(blocks.size()), -1);
    bool questions = false, answers = false;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        int after = -1;
        const char label = interviewLabel(m_window.text, blocks.at(i).start, blocks.at(i).end(), &after);
        if (!label || m_turnStart[size_t(i)] >= 0)
            continue;
        m_interviewTurn[size_t(i)] = label;
        m_interviewAfter[size_t(i)] = after;
        if (label == 'Q' && !questions)
            m_firstQuestion = blocks.at(i).start;
        questions = questions || label == 'Q';
        answers = answers || label == 'A';
    }
    if (!questions || !answers)
        std::fill(m_interviewTurn.begin(), m_interviewTurn.end(), char(0));
    m_anyTurn = !m_turnLabel.isEmpty() || (questions && answers);
}

// The person the interview is with: of the people the article makes the subject of a sentence
// before its first question, the one it does so most often (the first of them on a tie).
int TranscriptLabels::interviewee()
{
    if (m_interviewee != -2)
        return m_interviewee;
    m_interviewee = -1;
    QHash<int, int> subjectCount;
    int bestCount = 0;
    for (const SalienceRecord &r : std::as_const(m_window.history)) {
        if (r.pos >= m_firstQuestion || !r.subject || r.entity < 0)
            continue;
        const int e = m_window.registry.find(r.entity);
        if (m_window.registry.speakerKind(e) != Kind::Person)
            continue;
        const int count = ++subjectCount[e];
        if (count > bestCount) {
            bestCount = count;
            m_interviewee = e;
        }
    }
    return m_interviewee;
}

void TranscriptLabels::attribute(const Sentence &sentence)
{
    if (!m_anyTurn) {
        attributeHeadline(sentence);
        return;
    }
    // A sentence held together by a quotation over several paragraphs can hold several turns.
    for (int block = m_window.article.blockAt(sentence.start); block >= 0 && block < m_window.article.blocks().size();
         ++block) {
        const Article::Block &b = m_window.article.blocks().at(block);
        if (b.start >= sentence.end)
            break;
        attribute(sentence, block);
    }
}

void TranscriptLabels::attribute(const Sentence &sentence, int block)
{
    const Article::Block &b = m_window.article.blocks().at(block);
    if (m_interviewTurn.at(size_t(block))) {
        // An answer is the interviewee's; a question, the interviewer's, is left to the other
        // passes (the article rarely names who asked).
        const int after = m_interviewAfter.at(size_t(block));
        if (m_interviewTurn.at(size_t(block)) != 'A' || after > sentence.end || after <= sentence.start)
            return;
        const int entity = interviewee();
        if (entity >= 0)
            recordTurn(sentence, block, after, entity, QStringLiteral("A"));
        return;
    }
    int after = m_turnStart.at(size_t(block));
    QString label = m_turnLabel.value(block);
    // In a transcript, a label used once is a turn too when it names someone the article named
    // ("Moderator Helen Strake put questions to Arturo Belmonte …" and one "BELMONTE:").
    bool once = false;
    if (after < 0 && !m_turnLabel.isEmpty() && m_onceLabel.contains(block)) {
        after = m_onceLabel.value(block).first;
        label = m_onceLabel.value(block).second;
        once = true;
    }
    if (after < 0 || after > sentence.end || after <= sentence.start)
        return; // the label is in the first sentence of its paragraph only
    // "Ana Ortiz: 1,501.": a tally, not a turn; a turn has words.
    const QStringView turn = QStringView(m_window.text).mid(after, b.end() - after);
    if (std::none_of(turn.begin(), turn.end(), [](QChar c) { return c.isLetter(); }))
        return;
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
    // transcript writes it, but for a full name, which reads as a name ("DANA PELL:" is Dana Pell,
    // whom "PELL:" then joins).
    int entity = m_window.registry.findPerson(words);
    if (entity < 0 && once)
        return;
    if (entity < 0 && words.size() >= 2) {
        entity = m_window.registry.addName(words, info, b.start);
    } else if (entity < 0) {
        QStringList asWritten;
        for (const QString &w : label.split(u' ', Qt::SkipEmptyParts)) {
            if (!m_lexicon.honorific(w))
                asWritten.append(w);
        }
        entity = m_window.registry.addName(asWritten.isEmpty() ? words : asWritten, info, b.start);
    } else {
        m_window.registry.addAlias(entity, label);
    }
    recordTurn(sentence, block, after, entity, label);
}

// "Ortiz: Fares will fall by May.": a headline opening with a name and a colon is the claim of
// the person it names, in the words of the newsroom.
void TranscriptLabels::attributeHeadline(const Sentence &sentence)
{
    // The short paragraph the article opens with, its headline when the reader did not take it
    // for the title (a title block is no body text and is never attributed). Asked of every
    // sentence, so the cheap tests first.
    const auto &blocks = m_window.article.blocks();
    if (blocks.isEmpty() || sentence.start >= blocks.first().end() || !m_onceLabel.contains(0))
        return;
    const Article::Block &b = blocks.first();
    if (b.kind != Article::BlockKind::Paragraph || b.length >= 200)
        return;
    const auto [after, label] = m_onceLabel.value(0);
    if (after <= sentence.start || after > sentence.end)
        return;
    // The label is one name: a mention of the window from the headline's first word to the colon.
    const int first = sentence.firstToken;
    int colon = first;
    while (colon < sentence.endToken && !m_window.isPunct(colon, u':'))
        ++colon;
    if (colon >= sentence.endToken || colon == first)
        return;
    const int mention = m_window.mentionOfToken.at(first);
    if (mention < 0 || m_window.mentions.at(mention).begin() != first || m_window.mentions.at(mention).last + 1 != colon
        || m_window.mentions.at(mention).entity < 0)
        return;
    // ("EXCLUSIVE:", "WATCH:" are rubrics; "Newspaper:", "Poll:" name no one.)
    for (int k = first; k < colon; ++k) {
        if (m_window.token(k).isAllCaps() && m_window.token(k).length() > 1)
            return;
    }
    if (colon == first + 1
        && (m_lexicon.roleNoun(m_window.lower(first)) || !m_lexicon.orgNounKind(m_window.lower(first)).isEmpty()
            || m_lexicon.isCommonWord(m_window.tokenView(first))))
        return;
    const int entity = m_window.mentions.at(mention).entity;
    const Kind kind = m_window.registry.speakerKind(entity);
    if (kind != Kind::Person && kind != Kind::Unknown)
        return;
    int words = 0;
    for (int k = colon + 1; k < sentence.endToken; ++k)
        words += m_window.token(k).isWord();
    if (words < 3)
        return;
    int contentEnd = sentence.end;
    // ("Ortiz: Fares will fall; the mayor's plan goes to the council": a deck after the semicolon.)
    for (int k = colon + 1; k < sentence.endToken; ++k) {
        if (m_window.isPunct(k, u';') && m_window.outsideQuotes(k)) {
            contentEnd = m_window.token(k).start;
            break;
        }
    }
    while (contentEnd > after && (m_window.text[contentEnd - 1] == u'.' || m_window.text[contentEnd - 1].isSpace()))
        --contentEnd;
    int contentStart = after;
    while (contentStart < contentEnd && m_window.text[contentStart].isSpace())
        ++contentStart;
    const auto [firstSpan, endSpan] = m_window.spansIn(contentStart, contentEnd);
    for (int k = firstSpan; k < endSpan; ++k)
        m_window.spanUsed[k] = int(m_window.quotes.size());
    // (Cues in a deck after the claim belong to the headline too.)
    recordLabelled(sentence, after, {contentStart, contentEnd, sentence.end}, Quote::Kind::Indirect, 0.8, entity, label);
}

// Records the words from range.start to range.end after the label's colon at after - 1 as
// entity's, and takes the cues of the sentence from the colon to range.cuesTo as theirs.
void TranscriptLabels::recordLabelled(const Sentence &sentence, int after, LabelledRange range, Quote::Kind kind,
    double confidence, int entity, const QString &label)
{
    FoundQuote q;
    q.decidedBy = AttributionPass::TranscriptLabel;
    q.start = range.start;
    q.end = range.end;
    q.kind = kind;
    q.cue = QStringLiteral(":");
    q.cueStart = after - 1;
    q.cueEnd = after;
    ResolvedSpeaker who;
    who.entity = entity;
    who.confidence = confidence;
    who.source = label;
    who.named = true;
    m_speakers.record(q, who, sentence.serial);
    for (Cue &cue : m_window.cues) {
        if (cue.first >= sentence.firstToken && cue.first < sentence.endToken
            && m_window.token(cue.first).start >= after && m_window.token(cue.first).start < range.cuesTo)
            cue.used = true;
    }
}

// Records the paragraph from `after` to its end, or to the quotation closing it, as the turn of
// entity.
void TranscriptLabels::recordTurn(const Sentence &sentence, int block, int after, int entity, const QString &label)
{
    const Article::Block &b = m_window.article.blocks().at(block);
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
    // Cues inside the turn belong to the turn.
    recordLabelled(sentence, after, {after, contentEnd, contentEnd}, Quote::Kind::Direct, 0.9, entity, label);
    m_speakers.noteSpeaker(entity, b.start, sentence.serial);
}
