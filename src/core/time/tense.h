#pragma once
// The tense of the clause around a time expression, read from the nearest finite verb: what
// decides whether "dimanche" is the last Sunday or the next one.
#include "time_lexicon.h"

#include <string_view>

namespace depeche::time {

enum class Tense { unknown, past, future };

const char* to_string(Tense);

// Looks at the tokens of [first, end) nearest to [timex_first, timex_end), alternating right
// and left up to the lexicon's window, and returns the tense of the first verb it recognizes.
Tense tense_near(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t end,
                 std::size_t timex_first, std::size_t timex_end, const TenseLexicon& lexicon);

}  // namespace depeche::time
