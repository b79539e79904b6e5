#pragma once
// The time stage: finds the time expressions of the title, the dateline and the body, takes the
// DCT from the article when the caller gave none, and resolves every expression.
#include "core/analysis.h"
#include "core/resources.h"
#include "tense.h"

#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace depeche::time {

constexpr std::size_t kNoSentence = std::numeric_limits<std::size_t>::max();

// "un jour après qu'elles aient été lancées": the clause after the subordinator lies at
// [first, end), counted from the dated expression of the same sentence.
struct ClauseShift {
    long first = 0, end = 0;
    std::string value;
    std::string anchor;  // "t8-1D": one day before timex t8
};

// What the chronology needs to know of each timex, beyond the contract's fields. A long text has
// thousands: the rare clause shift is kept apart.
struct TimeNote {
    std::size_t sentence = kNoSentence;  // index into TextIndex::sentences; none for title and dateline
    std::uint32_t first_token = 0, end_token = 0;
    long first = 0, end = 0;             // the span in days, [first, end), against the DCT or a stand-in
    std::uint32_t shift = kNoShift;      // index into TimeLayer::shifts
    // "deux jours plus tard" is a duration, as TIMEX3 has it; its event sits on the day it lands on,
    // kept in TimeLayer::shifts.
    std::uint32_t landing = kNoShift;
    Tense tense = Tense::unknown;
    bool dated = false;  // a calendar span an event can sit on (not PRESENT_REF, a duration or a set)
    static constexpr std::uint32_t kNoShift = std::numeric_limits<std::uint32_t>::max();
};

struct TimeLayer {
    std::vector<TimeNote> notes;  // parallel to Analysis::timexes
    std::vector<ClauseShift> shifts;
    bool real_dct = false;        // false: the spans count from a stand-in date, good for ordering only
};

TimeLayer find_timexes(std::string_view text, const TextIndex& body, Analysis& a, const Resources& resources);

}  // namespace depeche::time
