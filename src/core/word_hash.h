#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

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

}  // namespace depeche
