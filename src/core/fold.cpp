#include "fold.h"

#include "utf8.h"

namespace depeche {
namespace {

// Latin-1 Supplement U+00C0..U+00FF folded to ASCII; an empty entry keeps the character.
constexpr const char* kLatin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Latin Extended-A U+0100..U+017F: the base letter of each, and whether it is upper-case (U).
constexpr const char* kExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
constexpr const char* kExtendedACase =
    "UlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUllUlUlUlUlUlUlUlUllUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUlUUlUlUll";

}  // namespace

std::string fold(std::string_view text) {
    std::string out;
    fold_into(text, out);
    return out;
}

void fold_into(std::string_view text, std::string& out) {
    out.clear();
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        // A run of ASCII is copied whole and lower-cased in place; a grave accent typed for the
        // apostrophe ("l`agent") is one.
        std::size_t run = pos;
        while (run < text.size() && static_cast<unsigned char>(text[run]) < 0x80) ++run;
        if (run > pos) {
            const std::size_t at = out.size();
            out.append(text.data() + pos, run - pos);
            for (std::size_t k = at; k < out.size(); ++k) {
                if (out[k] >= 'A' && out[k] <= 'Z') out[k] = static_cast<char>(out[k] + 32);
                else if (out[k] == '`') out[k] = '\'';
            }
            pos = run;
            continue;
        }
        const char32_t cp = utf8::decode(text, pos);
        if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0][0] != '\0') {
            out += kLatin1[cp - 0xC0];
        } else if (cp == 0x152 || cp == 0x153) {
            out += "oe";
        } else if (cp == 0x132 || cp == 0x133) {
            out += "ij";
        } else if (cp >= 0x100 && cp <= 0x17F) {
            out += kExtendedA[cp - 0x100];
        } else if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0xB4) {
            out += '\'';
        } else if (cp == 0xA0 || cp == 0x202F || cp == 0x2009) {
            out += ' ';
        } else if (cp == 0x2010 || cp == 0x2011) {
            out += '-';
        } else {
            utf8::append(out, cp);
        }
    }
}

bool is_latin_capital(char32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
           (cp >= 0x100 && cp <= 0x17F && kExtendedACase[cp - 0x100] == 'U');
}

bool is_upper_case(std::string_view text) {
    bool letters = false;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = utf8::decode(text, pos);
        const bool upper = is_latin_capital(cp);
        const bool lower = (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) ||
                           (cp >= 0x100 && cp <= 0x17F && !upper);
        if (lower) return false;
        letters = letters || upper;
    }
    return letters;
}

}  // namespace depeche
