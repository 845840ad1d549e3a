#pragma once

#include <QStringView>

#include <vector>

// Which words occur in an article, kept as a set of 22-bit word hashes (a 4 Mbit bit set in
// effect): the pre-pass marks every lower-case word, so insertion must be cheap. A false positive
// (about one in a hundred at news vocabulary sizes) only makes a sentence-initial word look like an
// ordinary one. A news article holds a few thousand distinct words, so the hashes are first kept
// in a small open-addressing table, and only a text with many more words gets the full 512 KB bit
// set: clearing that for every article cost more than the article's whole scan.
class WordBits
{
public:
    WordBits()
        : m_table(kFirstTableSize, kEmpty)
    {
    }
    bool contains(QStringView w) const
    {
        const quint32 key = finish(hashStep(w, kSeed)) & kKeyMask;
        if (!m_bits.empty())
            return m_bits[key >> 6] & (quint64(1) << (key & 63));
        const size_t mask = m_table.size() - 1;
        for (size_t i = slotOf(key, mask);; i = (i + 1) & mask) {
            if (m_table[i] == key)
                return true;
            if (m_table[i] == kEmpty)
                return false;
        }
    }

    // FNV-1a over UTF-16 units, for callers that hash a word while they scan it: start from kSeed,
    // fold each unit in with step(), then insertHash().
    static constexpr quint32 kSeed = 2166136261u;
    static quint32 step(quint32 h, char16_t unit) { return (h ^ unit) * 16777619u; }
    void insertHash(quint32 unfinished)
    {
        const quint32 key = finish(unfinished) & kKeyMask;
        if (!m_bits.empty()) {
            m_bits[key >> 6] |= quint64(1) << (key & 63);
            return;
        }
        const size_t mask = m_table.size() - 1;
        size_t i = slotOf(key, mask);
        for (; m_table[i] != kEmpty; i = (i + 1) & mask) {
            if (m_table[i] == key)
                return;
        }
        m_table[i] = key;
        if (++m_keys * 2 > m_table.size())
            grow();
    }

private:
    static constexpr quint32 kKeyMask = (quint32(1) << 22) - 1; // 4 Mbit
    static constexpr quint32 kEmpty = ~quint32(0);
    static constexpr size_t kFirstTableSize = 1024;
    // Past this many keys the table would take a quarter of the bit set's memory.
    static constexpr size_t kMaxTableKeys = size_t(1) << 15;

    static size_t slotOf(quint32 key, size_t mask) { return size_t((key * 2654435761u) >> 10) & mask; }
    static quint32 hashStep(QStringView w, quint32 h)
    {
        for (QChar c : w)
            h = step(h, c.unicode());
        return h;
    }
    static quint32 finish(quint32 h) { return h ^ (h >> 15); }

    void grow()
    {
        std::vector<quint32> old;
        old.swap(m_table);
        if (m_keys > kMaxTableKeys) {
            m_bits.assign(size_t(kKeyMask + 1) / 64, 0);
            for (quint32 key : old) {
                if (key != kEmpty)
                    m_bits[key >> 6] |= quint64(1) << (key & 63);
            }
            return;
        }
        m_table.assign(old.size() * 2, kEmpty);
        const size_t mask = m_table.size() - 1;
        for (quint32 key : old) {
            if (key == kEmpty)
                continue;
            size_t i = slotOf(key, mask);
            while (m_table[i] != kEmpty)
                i = (i + 1) & mask;
            m_table[i] = key;
        }
    }

    std::vector<quint32> m_table; // the keys while there are few; kEmpty marks a free slot
    std::vector<quint64> m_bits;  // the bit set, once there are many (m_table is then empty)
    size_t m_keys = 0;
};
