#pragma once
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace depeche {

// FNV-1a, inlined: keys are words of a few bytes, for which a library's out-of-line hash of long
// strings costs more than the word.
struct WordHash {
    std::uint64_t operator()(std::string_view s) const noexcept {
        std::uint64_t h = 14695981039346656037ull;
        for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return h;
    }
};

// Lexicons are asked about every token of the text, several times, so their lookups are most of an
// analysis. This table finds a word in one probe of a power-of-two index, where the standard
// unordered containers divide by a prime and chase a node per bucket; it is looked up by
// string_view without building a string; entries stay in insertion order and never move, so a
// pointer to one stays valid while the table grows. No erase: lexicons only grow while loading.
template <class Entry, class Key>
class WordTable {
public:
    using iterator = typename std::deque<Entry>::iterator;
    using const_iterator = typename std::deque<Entry>::const_iterator;

    iterator begin() { return entries_.begin(); }
    iterator end() { return entries_.end(); }
    const_iterator begin() const { return entries_.begin(); }
    const_iterator end() const { return entries_.end(); }
    std::size_t size() const { return entries_.size(); }
    bool empty() const { return entries_.empty(); }

    iterator find(std::string_view key) { return iter(locate(key, WordHash{}(key))); }
    const_iterator find(std::string_view key) const { return iter(locate(key, WordHash{}(key))); }
    std::size_t count(std::string_view key) const { return locate(key, WordHash{}(key)) != kNone ? 1 : 0; }

protected:
    // Adds the entry make() builds unless the key is there; the bool says whether it was added.
    template <class Make>
    std::pair<iterator, bool> add(std::string_view key, Make make) {
        const std::uint64_t h = WordHash{}(key);
        const std::size_t found = locate(key, h);
        if (found != kNone) return {iter(found), false};
        if ((entries_.size() + 1) * 4 > slots_.size() * 3) grow();
        entries_.push_back(make());
        hashes_.push_back(h);
        place(entries_.size() - 1);
        return {std::prev(entries_.end()), true};
    }

private:
    static constexpr std::size_t kNone = SIZE_MAX;
    std::deque<Entry> entries_;
    std::vector<std::uint64_t> hashes_;  // of each entry's key, so growing never rehashes a string
    std::vector<std::uint32_t> slots_;   // entry index + 1; 0 is an empty slot

    iterator iter(std::size_t i) { return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i); }
    const_iterator iter(std::size_t i) const {
        return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
    }

    std::size_t locate(std::string_view key, std::uint64_t h) const {
        if (slots_.empty()) return kNone;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = h & mask;; s = (s + 1) & mask) {
            const std::uint32_t e = slots_[s];
            if (e == 0) return kNone;
            if (hashes_[e - 1] == h && Key{}(entries_[e - 1]) == key) return e - 1;
        }
    }

    void place(std::size_t entry) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t s = hashes_[entry] & mask;
        while (slots_[s] != 0) s = (s + 1) & mask;
        slots_[s] = static_cast<std::uint32_t>(entry + 1);
    }

    void grow() {
        slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, 0);
        for (std::size_t e = 0; e < entries_.size(); ++e) place(e);
    }
};

struct KeyOfString {
    std::string_view operator()(const std::string& s) const { return s; }
};
struct KeyOfPair {
    template <class Pair>
    std::string_view operator()(const Pair& p) const { return p.first; }
};

class WordSet : public WordTable<std::string, KeyOfString> {
public:
    std::pair<iterator, bool> insert(std::string_view word) {
        return add(word, [&] { return std::string(word); });
    }
    template <class It>
    void insert(It first, It last) {
        for (; first != last; ++first) insert(*first);
    }
};

template <class T>
class WordMap : public WordTable<std::pair<const std::string, T>, KeyOfPair> {
    using Base = WordTable<std::pair<const std::string, T>, KeyOfPair>;

public:
    using typename Base::iterator;

    T& operator[](std::string_view key) {
        return this->add(key, [&] { return std::pair<const std::string, T>(std::string(key), T{}); }).first->second;
    }
    template <class V>
    std::pair<iterator, bool> emplace(std::string_view key, V&& value) {
        return this->add(key, [&] { return std::pair<const std::string, T>(std::string(key), std::forward<V>(value)); });
    }
};

}  // namespace depeche
