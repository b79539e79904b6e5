#pragma once
#include "word_index.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace depeche {

// A table of words and what goes with them, indexed by a WordIndex. It is looked up by
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

    iterator find(WordKey key) { return iter(locate(key)); }
    const_iterator find(WordKey key) const { return iter(locate(key)); }
    iterator find(std::string_view key) { return find(WordKey(key)); }
    const_iterator find(std::string_view key) const { return find(WordKey(key)); }
    std::size_t count(WordKey key) const { return locate(key) != WordIndex::kNone ? 1 : 0; }
    std::size_t count(std::string_view key) const { return count(WordKey(key)); }

    // Room for n entries without growing: a table read back whole is sized once.
    void reserve(std::size_t n) { index_.reserve(n); }

    // The index as it stands (WordIndex::slots), which a snapshot keeps.
    const SharedArray<std::uint64_t>& slots() const { return index_.slots(); }
    // Takes entries with the index saved beside them; one that cannot be theirs is refused, and
    // the table is left as it was (WordIndex::restore).
    bool restore(std::deque<Entry>&& entries, SharedArray<std::uint64_t>&& slots) {
        if (!index_.restore(entries.size(), std::move(slots))) return false;
        entries_ = std::move(entries);
        return true;
    }

protected:
    // Adds the entry make() builds unless the key is there; the bool says whether it was added.
    template <class Make>
    std::pair<iterator, bool> add(WordKey key, Make make) {
        const std::size_t found = locate(key);
        if (found != WordIndex::kNone) return {iter(found), false};
        entries_.push_back(make());
        index_.push_back(key.hash);
        return {std::prev(entries_.end()), true};
    }

private:
    std::deque<Entry> entries_;
    WordIndex index_;

    iterator iter(std::size_t i) {
        return i == WordIndex::kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
    }
    const_iterator iter(std::size_t i) const {
        return i == WordIndex::kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
    }

    std::size_t locate(WordKey key) const {
        return index_.locate(key, [&](std::size_t e) { return Key{}(entries_[e]); });
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
    // The value of key, or nullptr.
    const T* value(WordKey key) const {
        const auto it = this->find(key);
        return it == this->end() ? nullptr : &it->second;
    }
    const T* value(std::string_view key) const { return value(WordKey(key)); }
    template <class V>
    std::pair<iterator, bool> emplace(std::string_view key, V&& value) {
        return this->add(key, [&] { return std::pair<const std::string, T>(std::string(key), std::forward<V>(value)); });
    }
};

// A lexicon's phrases, as folded tokens, with the set of their first words: most tokens of a
// text start none of them, and one lookup of the token's hash says so without comparing each.
struct PhraseList {
    std::vector<std::vector<std::string>> phrases;
    // The phrases by first word, longest first, then in list order: a token is compared with its
    // own word's few, and "une autre" is found before "une".
    WordMap<std::vector<std::uint32_t>> by_first_word;

    void add(std::vector<std::string> words) {
        std::vector<std::uint32_t>& same_first = by_first_word[words.front()];
        const auto longer = [&](std::uint32_t other) { return phrases[other].size() >= words.size(); };
        same_first.insert(std::find_if_not(same_first.begin(), same_first.end(), longer),
                          static_cast<std::uint32_t>(phrases.size()));
        phrases.push_back(std::move(words));
    }
    auto begin() const { return phrases.begin(); }
    auto end() const { return phrases.end(); }
};

}  // namespace depeche
