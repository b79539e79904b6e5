#pragma once
// TIMEX3 values as ranges of calendar days, so the chronology can place 1991, autumn 2020
// and 24 September 2023 on one axis. The calendar arithmetic is the core's (time/date_math.h).
#include "core/time/date_math.h"

#include <optional>
#include <string>
#include <string_view>

namespace depeche::app {

// Whether a date's field is written in digits only ("2014" in "2014-Q2", a day typed "14").
inline bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// Days since 1970-01-01, both ends included.
struct DayRange {
    int first = 0;
    int last = 0;
    int days() const { return last - first + 1; }
    bool is_day() const { return first == last; }
};

inline int days_from_civil(int year, int month, int day) { return static_cast<int>(time::to_days({year, month, day})); }
inline void civil_from_days(int days, int& year, int& month, int& day) {
    const time::Date d = time::from_days(days);
    year = d.year;
    month = d.month;
    day = d.day;
}

// What the core's value_span() reads (days, ISO weeks, months, seasons, years, decades,
// centuries), plus "a/b" spans and PRESENT_REF, which is the DCT. Anything else (durations,
// sets, unresolved anchors) has no place on an axis: nullopt.
std::optional<DayRange> day_range(std::string_view value, const std::optional<std::string>& dct);

}  // namespace depeche::app
