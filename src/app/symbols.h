#pragma once

// Typographic signs the UI draws around its words (and the minus of news figures, "−5 °C"), as
// UTF-8. cmake/Fonts.cmake reads the "U+XXXX" comments below to keep them in the text font, whose
// ranges otherwise stop at punctuation.
#define SYMBOL_ELLIPSIS "\xE2\x80\xA6"  // U+2026
#define SYMBOL_ARROW "\xE2\x86\x92"     // U+2192
#define SYMBOL_MINUS "\xE2\x88\x92"     // U+2212
#define SYMBOL_APPROX "\xE2\x89\x88"    // U+2248
#define SYMBOL_CHECK "\xE2\x9C\x93"     // U+2713

namespace depeche::app {
inline constexpr const char* kSymbols[] = {SYMBOL_ELLIPSIS, SYMBOL_ARROW, SYMBOL_MINUS, SYMBOL_APPROX, SYMBOL_CHECK};
}  // namespace depeche::app
