#pragma once
// Finds time expressions in a run of tokens and says what each one means, before any DCT is
// known: "dimanche" is "a Sunday", "la semaine dernière" is "one week before the DCT".
#include "core/calendar.h"
#include "date_math.h"
#include "time_lexicon.h"

#include <string_view>
#include <vector>

namespace depeche::time {

enum class Meaning {
    full_date,       // year, month, day
    day_month,       // month, day, weekday when written ("jeudi 3 mars"); the year comes from the DCT
    month_year,      // year, month
    month,           // month, shift (-1 "mars dernier", +1 "mars prochain", 0); with unit Y, in the year
                     // amount years from the DCT's ("octobre de cette année", "décembre de l'an dernier")
    season_year,     // year, season
    season,          // season, shift
    year,            // year
    decade,          // year = first year of the decade
    century,         // year = first year of the century ("le XXe siècle" = 1900)
    weekday,         // weekday, shift, part
    day_offset,      // amount = days from the DCT ("hier" = -1); part
    unit_offset,     // unit, amount from the DCT ("la semaine dernière" = W, -1)
    vague_offset,    // amount's sign: past (-1) or future (+1) by an unknown amount
    present,         // PRESENT_REF
    duration,        // unit, amount (-1 when vague: "quelques jours")
    anchored_offset, // unit, shift * amount from the date talked about ("deux jours plus tard" = D, +2)
    anchored_unit,   // unit, shift from the date talked about, at the unit's precision ("l'année suivante")
    clause_offset,   // duration; the clause after "que" lies at -amount unit from the date talked about
    clock,           // amount = minutes after midnight, on the day talked about ("à 10 h 30")
    day_part,        // part, on the day talked about ("en fin d'après-midi")
    set_weekday,     // weekday: "tous les lundis"
    set_unit,        // unit, amount (0 for one): "chaque année", "tous les deux ans"
    set_part,        // part: "chaque nuit"
    set_season,      // season: "chaque été", "tous les hivers"
    narrative_day,   // day of the month the date talked about is in: "Le 12, les députés votent"
    ordinal_period,  // unit Q, H, W or D; amount = rank (-1 last); in year (0: the DCT's, + shift) and
                     // month (0: none): "le deuxième trimestre 2023", "la première semaine d'octobre"
};

// Hours, minutes and seconds count time within a day: no calendar period is named by them ("cette
// heure" is no date), and "trente secondes plus tard" says how long after rather than when.
inline bool clock_unit(std::string_view unit) {
    return unit == "H" || unit == "HM" || unit == "MIN" || unit == "MS" || unit == "S";
}

// "à partir du 15 juin" looks ahead in a present or future clause, back in a past one ("on a
// commencé à les nourrir à partir du 15 juin").
constexpr int kOpeningLean = 2;
// "jusqu'au 20 mars" ends a span that may still run: a past tense, often the imperfect of reported
// speech ("a annoncé que le préavis courait jusqu'au 20 mars"), does not make it the last one.
constexpr int kUntilLean = 3;

struct Match {
    std::size_t first = 0, end = 0;  // tokens
    Meaning meaning = Meaning::full_date;
    int year = 0, month = 0, day = 0, weekday = 0, shift = 0, amount = 0;
    std::string_view part;  // TIMEX3 part of day ("MO", "EV") after a weekday, or empty; the lexicon's
    int lean = 0;      // -1 after "depuis", +1 after "d'ici": overrides the clause's tense; kOpeningLean, kUntilLean
                       // after "à partir de", which the clause's tense overrides
    int minutes = -1;  // a time of day written with the date ("le 3 mars à 14h30"), or -1
    int seconds = -1;  // of a clock time written to the second ("12:03:39"), or -1
    std::string_view zone;  // TIMEX3 offset written after the time ("21h TU" = "Z"), or empty
    int edge = -1;     // "début mars" 0, "mi-mars" 1, "fin mars" 2: the month_edges' order
    int nudge = 0;     // days added to the day found: "la nuit du 16 au 17" is the night of the 16th
    bool approx = false;  // a rough count: "il y a environ six semaines", "une dizaine de jours"
    bool counted = false;  // an anchored offset written as a count of units: "deux jours plus tard"
    Season season = Season::spring;
    // TIMEX3 unit: D, W, M, Y, Q, DE, CE, H, MIN, WE, or HM (hours and minutes counted in minutes); the
    // lexicon's or a literal. On a day (full_date, day_month), W or WE asks for the week or weekend that
    // holds it ("la semaine du 12 mars"); on a weekday, W asks for that day of the DCT's week ("ce
    // jeudi"). Match is kept small: every reading starts from a cleared one.
    std::string_view unit;
};

// A clock reading written in one token: "10h30", "10:30", "13H36" (agencies write the H in
// capitals), "12:03:39" (to the second, as the wires stamp their dispatches), "10h". The range of
// each part is left to the caller.
struct ClockToken {
    char mark = 0;  // 'h', 'H' or ':'
    int hour = 0, minute = 0;
    int seconds = -1;  // -1 when not written
    bool minutes_written = false;
};

// Reads `raw` as such a reading; false when it is none.
bool read_clock_token(std::string_view raw, ClockToken& out);

// Time expressions in tokens [first, end), left to right, never overlapping. `buckets` are those of
// the tokens' text.
void recognize(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t end,
               const Calendar& calendar, const TimeLexicon& lexicon, const WordBuckets& buckets,
               std::vector<Match>& out);

}  // namespace depeche::time
