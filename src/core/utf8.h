#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace depeche::utf8 {

struct Repair {
    std::string text;               // same length as the input: every offset stays valid
    std::size_t invalid_bytes = 0;  // each replaced by '?'
    std::size_t nul_bytes = 0;      // each replaced by a space
};

// Makes text valid UTF-8 without moving a single byte, so spans computed on the repaired text are
// spans of the original. A replacement character would take three bytes and shift every offset.
// The text is repaired in place: a caller that moves it in makes no copy.
Repair repair(std::string text);

bool is_valid(std::string_view text);

// Decodes the code point at `pos` of valid UTF-8 and advances `pos` past it. Inline for ASCII,
// which is most of the bytes of any Latin-script text and decoded once or twice per byte.
char32_t decode_multibyte(std::string_view text, std::size_t& pos);
inline char32_t decode(std::string_view text, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead < 0x80) {
        ++pos;
        return lead;
    }
    return decode_multibyte(text, pos);
}

std::size_t sequence_length(unsigned char lead);

void append(std::string& out, char32_t cp);

}  // namespace depeche::utf8
