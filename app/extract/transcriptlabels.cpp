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
            m_turnStart[size_t(it.key())] = -1;
            it = m_turnLabel.erase(it);
        } else {
            ++it;
        }
    }
    m_anyTurn = !m_turnLabel.isEmpty();
}

void TranscriptLabels::attribute(const Sentence &sentence)
{
    if (!m_anyTurn)
        return;
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
    const int after = m_turnStart.at(size_t(block));
    if (after < 0 || after > sentence.end || after <= sentence.start)
        return; // the label is in the first sentence of its paragraph only
    const QString label = m_turnLabel.value(block);
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
    q.decidedBy = AttributionPass::TranscriptLabel;
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
