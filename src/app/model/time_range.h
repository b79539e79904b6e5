#pragma once
// TIMEX3 values as ranges of calendar days, so the chronology can place 1991, autumn 2020
// and 24 September 2023 on one axis.
#include <optional>
#include <string>
#include <string_view>

namespace depeche::app {

// Days since 1970-01-01, both ends included.
struct DayRange {
    int first = 0;
    int last = 0;
    int days() const { return last - first + 1; }
    bool is_day() const { return first == last; }
};

int days_from_civil(int year, int month, int day);
void civil_from_days(int days, int& year, int& month, int& day);

// Understands YYYY, YYYY-MM, YYYY-MM-DD (and a time after it), YYYY-Www, YYYY-SP/SU/FA/WI,
// YYYY-Qn, decades (199X), centuries (19XX), "a/b" spans, and PRESENT_REF (the DCT).
// Anything else (durations, sets, unresolved anchors) has no place on an axis: nullopt.
std::optional<DayRange> day_range(std::string_view value, const std::optional<std::string>& dct);

}  // namespace depeche::app
