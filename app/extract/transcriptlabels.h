#pragma once

#include "article/extraction.h"

#include <QHash>
#include <QString>

#include <vector>

class ExtractWindow;
class Lexicon;
class SpeakerResolver;
struct Sentence;

// Attributes the turns of a transcript: a paragraph opening with a speaker label ("HARRIS:",
// "Mr. Doe:") that the article uses more than once is that speaker's words; in an interview set
// out as "Q:" and "A:" paragraphs, the answers are the interviewee's.
class TranscriptLabels
{
public:
    TranscriptLabels(ExtractWindow &window, SpeakerResolver &speakers);

    // Counts the labels of the whole article; a label seen once is no transcript.
    void countLabels();
    void attribute(const Sentence &sentence);
    // Whether the block opens with a speaker's label ("TAPPER:"), once countLabels() ran.
    bool opensWithLabel(int block) const
    {
        return (block >= 0 && size_t(block) < m_turnStart.size() && m_turnStart[size_t(block)] >= 0)
            || m_onceLabel.contains(block);
    }

private:
    void attribute(const Sentence &sentence, int block);
    void attributeHeadline(const Sentence &sentence);
    void recordTurn(const Sentence &sentence, int block, int after, int entity, const QString &label);
    struct LabelledRange
    {
        int start, end; // the words recorded
        int cuesTo;     // the cues before this position are the label's
    };
    void recordLabelled(const Sentence &sentence, int after, LabelledRange range, Quote::Kind kind, double confidence,
        int entity, const QString &label);
    int interviewee();

    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    SpeakerResolver &m_speakers;
    QHash<QString, int> m_labelCounts; // by the label's last word, upper case
    // Per block, as countLabels() found them: where the turn of a label the article uses more
    // than once starts (just after its colon), else -1; and that label. Each block is parsed once,
    // not again for every sentence.
    std::vector<int> m_turnStart;
    QHash<int, QString> m_turnLabel;
    QHash<int, QPair<int, QString>> m_onceLabel; // the labels used once: where the turn starts, the label
    // Per block, 'Q' or 'A' for the question and answer paragraphs of an interview, else 0, and
    // where the turn starts; the start of the first question; the interviewee once found (-2: not
    // yet looked for).
    std::vector<char> m_interviewTurn;
    std::vector<int> m_interviewAfter;
    int m_firstQuestion = 0;
    int m_interviewee = -2;
    bool m_anyTurn = false;
};
