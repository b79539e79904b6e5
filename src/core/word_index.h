#pragma once
#include "shared_array.h"
#include "word_hash.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace depeche {

// Lexicons are asked about every token of the text, several times, so their lookups are most of an
// analysis, and most of them miss. This index of a table's entries is kept at most half full, each
// slot holding an entry's number and the high 32 bits of the hash of its key, which also choose the
// slot: a miss usually ends at the first or second slot without touching an entry, where the
// standard unordered containers divide by a prime and chase a node per bucket, and the slots alone
// are enough to place the entries again when the index grows. The table keeps the entries, and
// says what the key of one is.
class WordIndex {
public:
    static constexpr std::size_t kNone = SIZE_MAX;

    std::size_t size() const { return size_; }

    // The entry whose key is key.text, key_of(e) giving the key of entry e; kNone when none is.
    template <class KeyOf>
    std::size_t locate(WordKey key, KeyOf key_of) const {
        if (slots_.empty()) return kNone;
        const std::size_t mask = slots_.size() - 1;
        for (std::size_t s = home(key.hash) & mask;; s = (s + 1) & mask) {
            const std::uint64_t slot = slots_[s];
            if (slot == 0) return kNone;
            const std::size_t e = static_cast<std::uint32_t>(slot) - 1;
            if (tag(slot) == tag(key.hash) && key_of(e) == key.text) return e;
        }
    }

    // Indexes the next entry, whose key has this hash.
    void push_back(std::uint64_t hash) {
        if ((size_ + 1) * 2 > slots_.size()) grow(slots_.empty() ? 16 : slots_.size() * 2);
        place(tag(hash) | ++size_);
    }

    // Room for n entries without growing: a table read back whole is sized once.
    void reserve(std::size_t n) {
        std::size_t slots = 16;
        while (slots < n * 2) slots *= 2;
        if (slots > slots_.size()) grow(slots);
    }

    // The slots as they stand, that a snapshot keeps: a table read back is not hashed and placed
    // again word by word.
    const SharedArray<std::uint64_t>& slots() const { return slots_; }
    // Takes the slots saved for a table of `entries` entries. Slots that cannot be theirs (a corrupt
    // snapshot) are refused, so that no lookup can read past the entries or loop forever, nor miss
    // an entry; the index is left as it was.
    bool restore(std::size_t entries, SharedArray<std::uint64_t>&& slots) {
        if (entries == 0 && slots.empty()) {
            *this = WordIndex();
            return true;
        }
        if (slots.size() < 16 || (slots.size() & (slots.size() - 1)) != 0 || slots.size() < 2 * entries)
            return false;
        // Without a branch per slot, a quarter to a half of which are empty at random: an entry's
        // mark is at its number, and the empty slots mark 0.
        std::vector<std::uint8_t> placed(entries + 1);
        std::size_t used = 0;
        bool wrong = false;
        for (const std::uint64_t slot : slots) {
            const std::size_t e = static_cast<std::uint32_t>(slot);
            const std::size_t at = e <= entries ? e : 0;
            wrong |= (slot != 0) & ((e == 0) | (e > entries) | (placed[at] & (e != 0)));
            placed[at] = 1;
            used += slot != 0;
        }
        if (wrong || used != entries) return false;
        size_ = entries;
        slots_ = std::move(slots);
        return true;
    }

private:
    std::size_t size_ = 0;
    SharedArray<std::uint64_t> slots_;  // low half: entry index + 1, 0 for an empty slot; high half: hash >> 32

    static std::uint64_t tag(std::uint64_t h) { return h & 0xFFFFFFFF00000000ull; }
    static std::size_t home(std::uint64_t h) { return static_cast<std::size_t>(h >> 32); }

    void place(std::uint64_t slot) {
        const std::size_t mask = slots_.size() - 1;
        std::size_t s = home(slot) & mask;
        while (slots_[s] != 0) s = (s + 1) & mask;
        slots_[s] = slot;
    }

    void grow(std::size_t slots) {
        const SharedArray<std::uint64_t> old =
            std::exchange(slots_, SharedArray<std::uint64_t>(std::vector<std::uint64_t>(slots, 0)));
        for (const std::uint64_t slot : old)
            if (slot != 0) place(slot);
    }
};

}  // namespace depeche
