#pragma once
// The chronology: clauses that say something happened at a time, with who, where and the
// quotes said then, ordered by time and merged when the article tells the same thing twice.
#include "core/analysis.h"
#include "core/time/time_lexicon.h"
#include "core/time/timexes.h"

#include <string_view>

namespace depeche::events {

// Reads Analysis::timexes (with the time layer's notes), quotes, entities and places, and
// fills Analysis::events.
void build_chronology(std::string_view text, const TextIndex& index, const time::TimeLayer& layer,
                      const time::TimeLexicon& lexicon, Analysis& a);

}  // namespace depeche::events
