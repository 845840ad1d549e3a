#pragma once

#include <QtGlobal>

#include <vector>

// The extractor's per-token working lists: std::vector with the part of QList's interface the
// extractor uses. Read and written for every token, many times over, where QList's detach checks
// and out-of-line appends showed in profiles; checked like QList::at() only where
// asserts are on (debug, sanitizer and fuzz builds).
template <typename T>
class FastList
{
public:
    const T &at(qsizetype i) const
    {
        Q_ASSERT_X(i >= 0 && i < size(), "FastList::at", "index out of range");
        return m_items[size_t(i)];
    }
    T &operator[](qsizetype i)
    {
        Q_ASSERT_X(i >= 0 && i < size(), "FastList::operator[]", "index out of range");
        return m_items[size_t(i)];
    }
    const T &operator[](qsizetype i) const
    {
        Q_ASSERT_X(i >= 0 && i < size(), "FastList::operator[]", "index out of range");
        return m_items[size_t(i)];
    }
    qsizetype size() const { return qsizetype(m_items.size()); }
    bool isEmpty() const { return m_items.empty(); }
    const T &first() const { return m_items.front(); }
    const T &last() const { return m_items.back(); }
    T &last() { return m_items.back(); }
    void append(const T &item) { m_items.push_back(item); }
    // A new default item at the end, to be filled in place (no copy from the stack).
    T &appendNew() { return m_items.emplace_back(); }
    void clear() { m_items.clear(); } // keeps the capacity for the next window
    void resize(qsizetype n) { m_items.resize(size_t(n)); }
    void fill(const T &value, qsizetype n) { m_items.assign(size_t(n), value); }
    typename std::vector<T>::iterator begin() { return m_items.begin(); }
    typename std::vector<T>::iterator end() { return m_items.end(); }
    typename std::vector<T>::const_iterator begin() const { return m_items.begin(); }
    typename std::vector<T>::const_iterator end() const { return m_items.end(); }
    typename std::vector<T>::const_iterator cbegin() const { return m_items.cbegin(); }
    typename std::vector<T>::const_iterator cend() const { return m_items.cend(); }

private:
    std::vector<T> m_items;
};
