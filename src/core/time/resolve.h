#pragma once
// Turns what an expression means into a TIMEX3 value, against the DCT and the tense of its
// clause, the way HeidelTime does for news: a past-tense "dimanche" is the last Sunday, a
// future-tense one the next.
#include "core/analysis.h"
#include "recognize.h"
#include "tense.h"

#include <optional>
#include <string>

namespace depeche::time {

// The date an anchored expression ("le lendemain") counts from.
struct Reference {
    std::string id;           // timex id, e.g. "t3"
    std::string value;        // its value as computed (against a stand-in DCT when there is none)
    bool needs_dct = false;   // its value rests on the DCT
};

struct Context {
    long dct = 0;              // days; a stand-in when the article has no DCT, see needs_dct
    Tense tense = Tense::unknown;
    std::optional<Reference> reference;  // for a weekday, the day it is listed after
};

struct Resolved {
    TimexType type = TimexType::date;
    std::string value;        // computed against Context::dct
    bool needs_dct = false;   // the value is only true if Context::dct is the real DCT
    std::string anchor;       // the relative form, for readers when there is no DCT: "DCT-1W", "DCT<SUN"
    std::string mod;          // TIMEX3 START, MID or END for "début", "mi-", "fin"
};

Resolved resolve(const Match& m, const Context& c);

// The date n units after (before, when n < 0) a TIMEX3 date value: day precision for days and
// weeks, the unit's precision otherwise; empty when the value is not a calendar span.
std::string offset_from(const std::string& value, std::string_view unit, int n);

// The year nearest `year` in which day/month falls on weekday `wd` (1 = Monday), or `year`.
int year_of_weekday(int year, int month, int day, int wd);

// n units as an anchor writes them: "+2W", "-1D".
std::string signed_amount(int n, std::string_view unit);

}  // namespace depeche::time
