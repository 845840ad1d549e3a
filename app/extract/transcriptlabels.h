#pragma once

#include <QHash>
#include <QString>

class ExtractWindow;
class Lexicon;
class SpeakerResolver;
struct Sentence;

// Attributes the turns of a transcript: a paragraph opening with a speaker label ("HARRIS:",
// "Mr. Doe:") that the article uses more than once is that speaker's words.
class TranscriptLabels
{
public:
    TranscriptLabels(ExtractWindow &window, SpeakerResolver &speakers);

    // Counts the labels of the whole article; a label seen once is no transcript.
    void countLabels();
    void attribute(const Sentence &sentence);

private:
    void attribute(const Sentence &sentence, int block);

    ExtractWindow &m_window;
    const Lexicon &m_lexicon;
    SpeakerResolver &m_speakers;
    QHash<QString, int> m_labelCounts; // by the label's last word, upper case
};
