#pragma once
// The time stage: finds the time expressions of the title, the dateline and the body, takes the
// DCT from the article when the caller gave none, and resolves every expression.
#include "core/analysis.h"
#include "core/resources.h"
#include "tense.h"

#include <limits>
#include <string_view>
#include <vector>

namespace depeche::time {

constexpr std::size_t kNoSentence = std::numeric_limits<std::size_t>::max();

// What the chronology needs to know of each timex, beyond the contract's fields.
struct TimeNote {
    std::size_t sentence = kNoSentence;  // index into TextIndex::sentences; none for title and dateline
    std::size_t first_token = 0, end_token = 0;
    Tense tense = Tense::unknown;
    bool dated = false;      // a calendar span an event can sit on (not PRESENT_REF, a duration or a set)
    long first = 0, end = 0; // that span in days, [first, end), against the DCT or a stand-in
    // "un jour après qu'elles aient été lancées": the clause after the subordinator lies at
    // [shifted_first, shifted_end), counted from the dated expression of the same sentence.
    bool shifts_clause = false;
    long shifted_first = 0, shifted_end = 0;
    std::string shifted_value;
    std::string shifted_anchor;  // "t8-1D": one day before timex t8
};

struct TimeLayer {
    std::vector<TimeNote> notes;  // parallel to Analysis::timexes
    bool real_dct = false;        // false: the spans count from a stand-in date, good for ordering only
};

TimeLayer find_timexes(std::string_view text, const TextIndex& body, Analysis& a, const Resources& resources);

}  // namespace depeche::time
