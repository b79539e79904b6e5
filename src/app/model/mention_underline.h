#pragma once
// Where a mention's underline starts: "le porte-parole du Kremlin" is underlined from
// "porte-parole", so the article does not read like a spell-checker's output of small words.
#include "core/analysis.h"
#include "core/word_set.h"

#include <string_view>

namespace depeche::app {

// `mention` without its leading function words (folded forms in `function_words`: "le", "de",
// "la"…) and spaces; the whole mention when every word is one.
Span mention_underline(std::string_view text, Span mention, const WordSet& function_words);

}  // namespace depeche::app
