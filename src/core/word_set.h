#pragma once
#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace depeche {

// Words are a few bytes long and hashed by the hundred thousand: eight bytes are mixed at a time,
// inlined, where a byte-at-a-time hash or a library's out-of-line one costs more than the word.
// Only equality of hashes is ever used, never their order, so the byte order does not matter.
struct WordHash {
    std::uint64_t operator()(std::string_view s) const noexcept {
        std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
        const char* p = s.data();
        std::size_t n = s.size();
        for (; n >= 8; p += 8, n -= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            h = mix(h ^ w);
        }
        if (n > 0) {
            std::uint64_t w = 0;
            for (std::size_t k = 0; k < n; ++k) w |= std::uint64_t{static_cast<unsigned char>(p[k])} << (8 * k);
            h = mix(h ^ w);
        }
        return h;
    }

private:
    // splitmix64's finalizer: every input bit reaches the low bits, which pick a table's slot.
    static std::uint64_t mix(std::uint64_t x) {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
        return x ^ (x >> 31);
    }
};

// A word with its hash, computed once: the text's words keep theirs, so the many lexicons a word
// is looked up in never hash it again.
struct WordKey {
    std::string_view text;
    std::uint64_t hash;
    WordKey(std::string_view s) : text(s), hash(WordHash{}(s)) {}
    WordKey(std::string_view s, std::uint64_t h) : text(s), hash(h) {}
};

// Lexicons are asked about every token of the text, several times, so their lookups are most of an
// analysis, and most of them miss. This table keeps its index at most half full, each slot holding
// its entry and 32 bits of the entry's hash: a miss usually ends at the first or second slot
// without touching an entry, where the standard unordered containers divide by a prime and chase a
// node per bucket. It is looked up by string_view without building a string; entries stay in
// insertion order and never move, so a pointer to one stays valid while the table grows. No
// erase: lexicons only grow while loading.
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
    std::size_t count(WordKey key) const { return locate(key) != kNone ? 1 : 0; }
    std::size_t count(std::string_view key) const { return count(WordKey(key)); }

    // Room for n entries without growing: a table read back whole is sized once.
    void reserve(std::size_t n) {
        std::size_t slots = 16;
        while (slots < n * 2) slots *= 2;
        if (slots <= slots_.size()) return;
        slots_.assign(slots, 0);
        for (std::size_t e = 0; e < entries_.size(); ++e) place(e);
    }

    // The index as it stands: each entry's hash, and the slots. A snapshot keeps them, so that a
    // table read back is not hashed and placed again word by word.
    const std::vector<std::uint64_t>& hashes() const { return hashes_; }
    const std::vector<std::uint64_t>& slots() const { return slots_; }
    // Takes entries with the index saved beside them. A table whose index cannot be theirs (a
    // corrupt snapshot) is refused, so that no lookup can read past the entries or loop forever;
    // the table is left as it was.
    bool restore(std::deque<Entry>&& entries, std::vector<std::uint64_t>&& hashes, std::vector<std::uint64_t>&& slots) {
        const std::size_t n = entries.size();
        if (n == 0 && hashes.empty() && slots.empty()) {
            *this = WordTable();
            return true;
        }
        if (hashes.size() != n || slots.size() < 16 || (slots.size() & (slots.size() - 1)) != 0 || slots.size() < 2 * n)
            return false;
        std::size_t used = 0;
        for (const std::uint64_t slot : slots) {
            if (slot == 0) continue;
            const std::size_t e = static_cast<std::uint32_t>(slot);
            if (e == 0 || e > n || tag(slot) != tag(hashes[e - 1])) return false;
            ++used;
        }
        if (used != n) return false;
        entries_ = std::move(entries);
        hashes_ = std::move(hashes);
        slots_ = std::move(slots);
        return true;
    }

protected:
    // Adds the entry make() builds unless the key is there; the bool says whether it was added.
    template <class Make>
    std::pair<iterator, bool> add(WordKey key, Make make) {
        const std::size_t found = locate(key);
        if (found != kNone) return {iter(found), false};
        if ((entries_.size() + 1) * 2 > slots_.size()) grow();
        entries_.push_back(make());
        hashes_.push_back(key.hash);
        place(entries_.size() - 1);
        return {std::prev(entries_.end()), true};
    }

private:
    static constexpr std::size_t kNone = SIZE_MAX;
    std::deque<Entry> entries_;
    std::vector<std::uint64_t> hashes_;  // of each entry's key, so growing never rehashes a string
    std::vector<std::uint64_t> slots_;   // low half: entry index + 1, 0 for an empty slot; high half: hash >> 32

    static std::uint64_t tag(std::uint64_t h) { return h & 0xFFFFFFFF00000000ull; }

    iterator iter(std::size_t i) { return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i); }
    const_iterator iter(std::size_t i) const {
        return i == kNone ? entries_.end() : entries_.begin() + static_cast<std::ptrdiff_t>(i);
    }

    std::size_t locate(WordKey key) const {
        if (slots_.empty()) return kNone;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = key.hash & mask;; s = (s + 1) & mask) {
            const std::uint64_t slot = slots_[s];
            if (slot == 0) return kNone;
            const std::size_t e = static_cast<std::uint32_t>(slot) - 1;
            if (tag(slot) == tag(key.hash) && Key{}(entries_[e]) == key.text) return e;
        }
    }

    void place(std::size_t entry) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t s = hashes_[entry] & mask;
        while (slots_[s] != 0) s = (s + 1) & mask;
        slots_[s] = tag(hashes_[entry]) | (entry + 1);
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
    // The phrases by first word, in list order: a token is compared with its own word's few.
    WordMap<std::vector<std::uint32_t>> by_first_word;

    void add(std::vector<std::string> words) {
        by_first_word[words.front()].push_back(static_cast<std::uint32_t>(phrases.size()));
        phrases.push_back(std::move(words));
    }
    auto begin() const { return phrases.begin(); }
    auto end() const { return phrases.end(); }
};

}  // namespace depeche
