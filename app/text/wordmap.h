#pragma once

#include <QList>
#include <QStringView>

#include <algorithm>

// A hash map from words to values for the extractor's hot path: open addressing with an FNV-1a
// hash over the UTF-16 units, keys kept as views (their text must outlive the map). Much cheaper
// per lookup than QHash<QStringView, T>, which matters when every token is looked up.
template <typename T>
class WordMap
{
public:
    T *find(QStringView key)
    {
        const qint32 i = indexOf(key, hash(key));
        return i >= 0 ? &m_values[i] : nullptr;
    }
    const T *find(QStringView key) const
    {
        const qint32 i = indexOf(key, hash(key));
        return i >= 0 ? &m_values.at(i) : nullptr;
    }
    // For a key whose hash() the caller already has (the tokenizer hashes every word once).
    const T *find(QStringView key, quint32 keyHash) const
    {
        const qint32 i = indexOf(key, keyHash);
        return i >= 0 ? &m_values.at(i) : nullptr;
    }
    bool contains(QStringView key) const { return indexOf(key, hash(key)) >= 0; }

    // FNV-1a over the UTF-16 units; hashStep() folds in one unit, for hashing while scanning.
    static constexpr quint32 kHashSeed = 2166136261u;
    static quint32 hashStep(quint32 h, char16_t unit) { return (h ^ unit) * 16777619u; }
    static quint32 hash(QStringView w)
    {
        quint32 h = kHashSeed;
        for (QChar c : w)
            h = hashStep(h, c.unicode());
        return h;
    }

    // The value for key, default-constructed when the key is new. A null key is never found.
    T &operator[](QStringView key)
    {
        if (key.isNull()) {
            m_keys.append(key);
            m_values.append(T());
            return m_values.last();
        }
        if ((m_values.size() + 1) * 2 > m_slots.size())
            grow();
        const qsizetype mask = m_slots.size() - 1;
        const quint32 h = hash(key);
        for (qsizetype i = qsizetype(h) & mask;; i = (i + 1) & mask) {
            Slot &s = m_slots[i];
            if (s.value < 0) {
                s.hash = h;
                s.value = qint32(m_values.size());
                m_keys.append(key);
                m_values.append(T());
                return m_values.last();
            }
            if (s.hash == h && same(m_keys.at(s.value), key))
                return m_values[s.value];
        }
    }
    qsizetype size() const { return m_values.size(); }
    template <typename F>
    void forEachValue(F f)
    {
        for (T &v : m_values)
            f(v);
    }

private:
    // Eight bytes a slot, the key beside the value: a lookup of a word that is not there (most
    // are not) reads the slots only, and more of them share a cache line.
    struct Slot
    {
        quint32 hash = 0;
        qint32 value = -1; // index into m_keys and m_values, -1 for a free slot
    };

    // Inline, as most calls compare a word with the one key of its hash.
    static bool same(QStringView a, QStringView b)
    {
        return a.size() == b.size() && std::equal(a.utf16(), a.utf16() + a.size(), b.utf16());
    }

    qint32 indexOf(QStringView key, quint32 h) const
    {
        if (m_slots.isEmpty())
            return -1;
        const qsizetype mask = m_slots.size() - 1;
        for (qsizetype i = qsizetype(h) & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots.at(i);
            if (s.value < 0)
                return -1;
            if (s.hash == h && same(m_keys.at(s.value), key))
                return s.value;
        }
    }
    void grow()
    {
        QList<Slot> bigger(std::max<qsizetype>(64, m_slots.size() * 2));
        const qsizetype mask = bigger.size() - 1;
        for (const Slot &s : std::as_const(m_slots)) {
            if (s.value < 0)
                continue;
            qsizetype i = qsizetype(s.hash) & mask;
            while (bigger.at(i).value >= 0)
                i = (i + 1) & mask;
            bigger[i] = s;
        }
        m_slots = std::move(bigger);
    }

    QList<Slot> m_slots;
    QList<QStringView> m_keys;
    QList<T> m_values;
};
