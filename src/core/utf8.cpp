#include "utf8.h"

#include <cstdint>
#include <cstring>

namespace depeche::utf8 {

std::size_t sequence_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

namespace {

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed sequence at pos, or 0 (Unicode Table 3-7: no overlongs, no surrogates).
std::size_t valid_length_at(std::string_view s, std::size_t pos) {
    const auto lead = static_cast<unsigned char>(s[pos]);
    const std::size_t n = sequence_length(lead);
    if (n == 0 || pos + n > s.size()) return 0;
    if (n == 1) return 1;
    const auto second = static_cast<unsigned char>(s[pos + 1]);
    unsigned char lo = 0x80, hi = 0xBF;
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
    if (second < lo || second > hi) return 0;
    for (std::size_t i = 2; i < n; ++i)
        if (!is_continuation(static_cast<unsigned char>(s[pos + i]))) return 0;
    return n;
}

}  // namespace

Repair repair(std::string text) {
    Repair r;
    r.text = std::move(text);
    std::size_t pos = 0;
    while (pos < r.text.size()) {
        // Eight bytes of ASCII without a NUL, the bulk of a news text, are passed in one test.
        if (pos + 8 <= r.text.size()) {
            std::uint64_t w;
            std::memcpy(&w, r.text.data() + pos, 8);
            constexpr std::uint64_t kLow = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
            if (((w | ((w - kLow) & ~w)) & kHigh) == 0) {
                pos += 8;
                continue;
            }
        }
        if (r.text[pos] == '\0') {
            r.text[pos] = ' ';
            ++r.nul_bytes;
            ++pos;
            continue;
        }
        const std::size_t n = valid_length_at(r.text, pos);
        if (n == 0) {
            r.text[pos] = '?';
            ++r.invalid_bytes;
            ++pos;
        } else {
            pos += n;
        }
    }
    return r;
}

bool is_valid(std::string_view text) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t n = valid_length_at(text, pos);
        if (n == 0) return false;
        pos += n;
    }
    return true;
}

char32_t decode_multibyte(std::string_view s, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(s[pos]);
    std::size_t n = sequence_length(lead);
    if (n == 0 || pos + n > s.size()) {
        ++pos;
        return U'\uFFFD';
    }
    char32_t cp = n == 1 ? lead : lead & (0x7F >> n);
    for (std::size_t i = 1; i < n; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
    pos += n;
    return cp;
}

void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace depeche::utf8
