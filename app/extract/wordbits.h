#pragma once

#include <QList>
#include <QStringView>

// Which words occur in an article, kept as a bit set of word hashes: the pre-pass marks every
// lower-case word, so insertion must be cheap. A false positive (about one in a hundred at news
// vocabulary sizes) only makes a sentence-initial word look like an ordinary one.
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
