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
        const qsizetype i = slotOf(key);
        return i >= 0 ? &m_values[m_slots.at(i).value] : nullptr;
    }
    const T *find(QStringView key) const
    {
        const qsizetype i = slotOf(key);
        return i >= 0 ? &m_values.at(m_slots.at(i).value) : nullptr;
    }
    bool contains(QStringView key) const { return slotOf(key) >= 0; }

    // The value for key, default-constructed when the key is new.
    T &operator[](QStringView key)
    {
        if ((m_values.size() + 1) * 2 > m_slots.size())
            grow();
        const qsizetype mask = m_slots.size() - 1;
        const quint32 h = hash(key);
        for (qsizetype i = qsizetype(h) & mask;; i = (i + 1) & mask) {
            Slot &s = m_slots[i];
            if (s.key.isNull()) {
                s.key = key;
                s.hash = h;
                s.value = qint32(m_values.size());
                m_values.append(T());
                return m_values.last();
            }
            if (s.hash == h && same(s.key, key))
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
    struct Slot
    {
        QStringView key;
        quint32 hash = 0;
        qint32 value = -1;
    };

    // Inline, as most calls compare a word with the one key of its hash.
    static bool same(QStringView a, QStringView b)
    {
        return a.size() == b.size() && std::equal(a.utf16(), a.utf16() + a.size(), b.utf16());
    }

    static quint32 hash(QStringView w)
    {
        quint32 h = 2166136261u;
        for (QChar c : w)
            h = (h ^ c.unicode()) * 16777619u;
        return h;
    }
    qsizetype slotOf(QStringView key) const
    {
        if (m_slots.isEmpty())
            return -1;
        const qsizetype mask = m_slots.size() - 1;
        const quint32 h = hash(key);
        for (qsizetype i = qsizetype(h) & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots.at(i);
            if (s.key.isNull())
                return -1;
            if (s.hash == h && same(s.key, key))
                return i;
        }
    }
    void grow()
    {
        QList<Slot> bigger(std::max<qsizetype>(64, m_slots.size() * 2));
        const qsizetype mask = bigger.size() - 1;
        for (const Slot &s : std::as_const(m_slots)) {
            if (s.key.isNull())
                continue;
            qsizetype i = qsizetype(s.hash) & mask;
            while (!bigger.at(i).key.isNull())
                i = (i + 1) & mask;
            bigger[i] = s;
        }
        m_slots = std::move(bigger);
    }

    QList<Slot> m_slots;
    QList<T> m_values;
};
