#pragma once
#include <string>
#include <string_view>

namespace depeche {

// Lower-cases and strips accents from Latin letters (AOÛT -> aout, Œ -> oe) and maps typographic
// apostrophes to ASCII, so lexicon lookups ignore case, accents and typography. The result is a
// key for matching, never shown to readers, and its length may differ from the input's.
std::string fold(std::string_view text);
// The same into `out`, whose buffer is reused: for callers that fold word after word.
void fold_into(std::string_view text, std::string& out);

// True when the text has letters and none of them is lower-case (titles, agency datelines).
bool is_upper_case(std::string_view text);

// A capital of the Latin letters fold() knows: ASCII, Latin-1 and Latin Extended-A ("É", "Š", "Ł").
bool is_latin_capital(char32_t cp);

}  // namespace depeche
