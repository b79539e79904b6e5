#include "resolve.h"

#include <cstdio>
#include <cstdlib>

namespace depeche::time {
namespace {

const char* const kWeekdays[] = {"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"};

std::string two_digits(int n) {
    char b[12];  // room for any int: g++ cannot tell n stays below 100
    std::snprintf(b, sizeof b, "%02d", n);
    return b;
}

// How the expression leans in time: "dernier" and a past tense look back, "prochain" and a
// future tense look ahead, otherwise the nearest reading wins.
enum class Lean { back, back_strict, ahead, ahead_strict, nearest, back_unless_soon };

// "a annoncé que le préavis courait jusqu'au 20 mars", said on the 12th: an end this near ahead is
// still to come, whatever the past tense.
constexpr long kSoonDays = 31;

Lean lean_of(int shift, int lean, Tense tense) {
    if (shift < 0) return Lean::back_strict;
    if (shift > 0) return Lean::ahead_strict;
    // "la fermeture des écoles à partir du 5 avril" with no tense to read, dated 7 April: the
    // nearest 5 April, not one a year ahead.
    if (lean == kOpeningLean) return tense == Tense::past ? Lean::back : tense == Tense::unknown ? Lean::nearest : Lean::ahead;
    if (lean == kUntilLean)
        return tense == Tense::future ? Lean::ahead : tense == Tense::past ? Lean::back_unless_soon : Lean::nearest;
    if (lean < 0) return Lean::back;
    if (lean > 0) return Lean::ahead;
    if (tense == Tense::past) return Lean::back;
    if (tense == Tense::future) return Lean::ahead;
    return Lean::nearest;
}

const char* lean_mark(Lean l) {
    switch (l) {
        case Lean::back: return "<";
        case Lean::back_strict: return "-1D<";
        case Lean::ahead: return ">";
        case Lean::ahead_strict: return "+1D>";
        case Lean::nearest: return "~";
        case Lean::back_unless_soon: return "<~";
    }
    return "~";
}

// The span of a yearless name (a day of the month, a month, a season) in a given year.
struct Yearless {
    int month = 1, day = 0;   // day 0: the whole month
    bool is_season = false;
    Season season = Season::spring;

    void span(int year, long& first, long& end) const {
        if (is_season) {
            const Date start{year, season_first_month(season), 1};
            first = to_days(start);
            end = to_days(add_months(start, 3));
        } else if (day > 0) {
            const int d = day > days_in_month(year, month) ? days_in_month(year, month) : day;
            first = to_days({year, month, d});
            end = first + 1;
        } else {
            first = to_days({year, month, 1});
            end = to_days(add_months({year, month, 1}, 1));
        }
    }
};

int pick_year(const Yearless& y, long dct, Lean lean) {
    const int base = from_days(dct).year;
    long first = 0, end = 0;
    switch (lean) {
        case Lean::back:
            y.span(base, first, end);
            return first > dct ? base - 1 : base;
        case Lean::back_unless_soon:
            y.span(base, first, end);
            return first > dct + kSoonDays ? base - 1 : base;
        case Lean::back_strict:
            y.span(base, first, end);
            return end > dct + 1 || first > dct ? base - 1 : base;
        case Lean::ahead:
            y.span(base, first, end);
            return end <= dct ? base + 1 : base;
        case Lean::ahead_strict:
            y.span(base, first, end);
            return first <= dct ? base + 1 : base;
        case Lean::nearest: break;
    }
    int best = base;
    long best_distance = -1;
    for (int year : {base, base - 1, base + 1}) {
        y.span(year, first, end);
        const long distance = dct < first ? first - dct : (dct >= end ? dct - end + 1 : 0);
        if (best_distance < 0 || distance < best_distance) {
            best = year;
            best_distance = distance;
        }
    }
    return best;
}

long pick_weekday(int wd, long dct, Lean lean) {
    const int today = weekday(dct);
    int back = (today - wd + 7) % 7, ahead = (wd - today + 7) % 7;
    if (lean == Lean::back_strict && back == 0) back = 7;
    if (lean == Lean::ahead_strict && ahead == 0) ahead = 7;
    switch (lean) {
        case Lean::back:
        case Lean::back_unless_soon:
        case Lean::back_strict: return dct - back;
        case Lean::ahead:
        case Lean::ahead_strict: return dct + ahead;
        case Lean::nearest: break;
    }
    return back <= ahead ? dct - back : dct + ahead;
}

// "14:30", "12:03:39": a time of day, to the second when it was written so.
std::string clock_of(int minutes, int seconds) {
    std::string out = two_digits(minutes / 60) + ":" + two_digits(minutes % 60);
    return seconds < 0 ? out : out + ":" + two_digits(seconds);
}

std::string shifted(long dct, std::string_view unit, int n) {
    const Date d = from_days(dct);
    if (unit == "D") return format_day(from_days(dct + n));
    if (unit == "W") return format_week(iso_week(dct + 7L * n));
    if (unit == "WE") return format_week(iso_week(dct + 7L * n)) + "-WE";
    if (unit == "M") {
        const Date m = add_months(d, n);
        return format_month(m.year, m.month);
    }
    if (unit == "Q") {
        const Date m = add_months(d, 3 * n);
        return format_year(m.year) + "-Q" + std::to_string((m.month - 1) / 3 + 1);
    }
    if (unit == "DE") return std::to_string(d.year / 10 + n);
    if (unit == "CE") return std::to_string(d.year / 100 + n);
    if (unit == "H") return format_day(from_days(dct + n / 24));
    if (unit == "MIN") return format_day(from_days(dct + n / (24 * 60)));
    if (unit == "S") return format_day(from_days(dct + n / (24 * 60 * 60)));
    return format_year(d.year + n);
}

// Decades and centuries counted in years when their number is known ("trois décennies" P30Y),
// as the press's annotators write them and as "trente ans" would be.
std::string duration(int n, std::string_view unit) {
    // Built by appending: g++ 12 warns falsely (-Wrestrict) on "P" + std::to_string(...) + "Y".
    auto years = [](int y) { return (std::string("P") += std::to_string(y)) += 'Y'; };
    if (n >= 0 && unit == "DE") return years(10 * n);
    if (n >= 0 && unit == "CE") return years(100 * n);
    const std::string count = n < 0 ? "X" : std::to_string(n);
    // "1h38": hours and minutes, the amount counted in minutes.
    if (unit == "HM") {
        std::string out = "PT" + std::to_string(n / 60) + "H";
        return n % 60 ? out.append(std::to_string(n % 60)).append("M") : out;
    }
    // "12 minutes 39 secondes": minutes and seconds, the amount counted in seconds.
    if (unit == "MS") {
        std::string out = "PT" + std::to_string(n / 60) + "M";
        return n % 60 ? out.append(std::to_string(n % 60)).append("S") : out;
    }
    if (unit == "H") return "PT" + count + "H";
    if (unit == "MIN") return "PT" + count + "M";
    if (unit == "S") return "PT" + count + "S";
    return ("P" + count).append(unit);
}

}  // namespace

// Within a few years any day falls on any weekday; further, the written weekday is more likely wrong.
int year_of_weekday(int year, int month, int day, int wd) {
    constexpr int kReach = 6;
    for (int d = 0; d <= kReach; ++d)
        for (int y : {year + d, year - d})
            if (day <= days_in_month(y, month) && weekday(to_days({y, month, day})) == wd) return y;
    return year;
}

std::string signed_amount(int n, std::string_view unit) {
    std::string out(1, n < 0 ? '-' : '+');
    out += std::to_string(std::abs(n));
    out += unit;
    return out;
}

std::string offset_from(const std::string& value, std::string_view unit, int n) {
    long first = 0, end = 0;
    if (!value_span(value, first, end)) return {};
    if (unit == "D") return format_day(from_days(first + n));
    if (unit == "W") return format_day(from_days(first + 7L * n));
    return shifted(first, unit, n);
}

namespace {

// A zone kept as "standard/summer" ("+01:00/+02:00") is on summer time from the last Sunday of
// March to the last Sunday of October, as in Europe; `day` is YYYY-MM-DD.
std::string_view zone_on(std::string_view zone, const std::string& day) {
    const std::size_t slash = zone.find('/');
    if (slash == std::string_view::npos) return zone;
    Date d;
    std::sscanf(day.c_str(), "%d-%d-%d", &d.year, &d.month, &d.day);
    auto last_sunday = [&](int month) {
        const long end = to_days({d.year, month, days_in_month(d.year, month)});
        return end - weekday(end) % 7;
    };
    const long t = to_days(d);
    return t >= last_sunday(3) && t < last_sunday(10) ? zone.substr(slash + 1) : zone.substr(0, slash);
}

}  // namespace

Resolved resolve(const Match& m, const Context& c) {
    Resolved r;
    const Lean lean = lean_of(m.shift, m.lean, m.meaning == Meaning::weekday || m.meaning == Meaning::day_month ||
                                               m.meaning == Meaning::month || m.meaning == Meaning::season ||
                                               m.meaning == Meaning::ordinal_period
                                           ? c.tense
                                           : Tense::unknown);
    switch (m.meaning) {
        case Meaning::full_date: r.value = format_day({m.year, m.month, m.day}); break;
        case Meaning::month_year: r.value = format_month(m.year, m.month); break;
        case Meaning::season_year: r.value = format_season(m.year, m.season); break;
        case Meaning::year: r.value = format_year(m.year); break;
        case Meaning::decade: r.value = std::to_string(m.year / 10); break;
        case Meaning::century: r.value = std::to_string(m.year / 100); break;
        case Meaning::present: r.value = "PRESENT_REF"; break;
        case Meaning::vague_offset: r.value = m.amount < 0 ? "PAST_REF" : "FUTURE_REF"; break;
        case Meaning::day_month: {
            const Yearless y{m.month, m.day};
            int year = pick_year(y, c.dct, lean);
            // "le 29 février" is in a leap year: the one the clause leans to.
            const bool ahead = lean == Lean::ahead || lean == Lean::ahead_strict;
            while (m.day > days_in_month(year, m.month)) year += ahead ? 1 : -1;
            if (m.weekday) year = year_of_weekday(year, m.month, m.day, m.weekday);
            r.value = format_day({year, m.month, m.day});
            r.needs_dct = true;
            r.anchor = std::string("DCT") + lean_mark(lean) + two_digits(m.month) + "-" + two_digits(m.day);
            break;
        }
        case Meaning::month: {
            if (m.unit == "Y") {
                r.value = format_month(from_days(c.dct).year + m.amount, m.month);
                r.needs_dct = true;
                r.anchor = "DCT" + signed_amount(m.amount, "Y") + ":M" + two_digits(m.month);
                break;
            }
            const Yearless y{m.month, 0};
            r.value = format_month(pick_year(y, c.dct, lean), m.month);
            r.needs_dct = true;
            r.anchor = std::string("DCT") + lean_mark(lean) + "M" + two_digits(m.month);
            break;
        }
        case Meaning::season: {
            Yearless y;
            y.is_season = true;
            y.season = m.season;
            y.month = season_first_month(m.season);
            r.value = format_season(pick_year(y, c.dct, lean), m.season);
            r.needs_dct = true;
            r.anchor = std::string("DCT") + lean_mark(lean) + season_code(m.season);
            break;
        }
        case Meaning::weekday: {
            if (m.unit == "W" && m.shift == 0) {
                // "ce jeudi": that day of the DCT's week, even in a past clause ("jeudi dernier" would
                // say so), but "la grève débutera ce lundi" written on a Friday is the coming Monday,
                // and "ce dimanche, une patrouille est intervenue" written on a Monday the one just
                // past, when it is nearer than the one to come (a clause's tense may be misread).
                // A present says neither: "le Tour s'élance ce lundi" written on a Sunday is the
                // Monday to come, the nearer one.
                long day = c.dct - weekday(c.dct) + m.weekday;
                if (day < c.dct && (c.tense == Tense::future || (c.tense == Tense::unknown && day < c.dct - 3)) &&
                    !m.nudge)
                    day += 7;
                if (day > c.dct + 3 && c.tense == Tense::past && !m.nudge) day -= 7;
                r.value = format_day(from_days(day));
                r.needs_dct = true;
                r.anchor = std::string("DCT") + (m.nudge ? signed_amount(m.nudge / 7, "W") : "") + "=" + kWeekdays[m.weekday - 1];
                break;
            }
            long first = 0, end = 0;
            // "jeudi et vendredi": a weekday listed after a day is the first one after it.
            if (c.reference && value_span(c.reference->value.substr(0, 10), first, end)) {
                r.value = format_day(from_days(first + (m.weekday - weekday(first) + 6) % 7 + 1));
                r.needs_dct = c.reference->needs_dct;
                r.anchor = c.reference->id + "+1D>" + kWeekdays[m.weekday - 1];
                break;
            }
            // "mardi en huit": a week after the coming Tuesday, today if it is one ("lundi en huit"
            // said on a Monday is seven days on, "en quinze" fourteen).
            const long weeks_on = m.shift > 1 ? 7L * (m.shift - 1) : 0;
            const Lean from = m.shift > 1 ? Lean::ahead : lean;
            r.value = format_day(from_days(pick_weekday(m.weekday, c.dct, from) + weeks_on));
            r.needs_dct = true;
            r.anchor = std::string("DCT") + lean_mark(lean) + kWeekdays[m.weekday - 1];
            break;
        }
        case Meaning::day_offset:
            r.value = format_day(from_days(c.dct + m.amount));
            r.needs_dct = true;
            r.anchor = m.amount == 0 ? "DCT" : "DCT" + signed_amount(m.amount, "D");
            break;
        case Meaning::unit_offset: {
            // "ce week-end" on a weekday is the one just past in a past clause ("ont été évacués ce
            // week-end", written on a Monday) or when nothing says otherwise and it is nearer.
            int amount = m.amount;
            if (m.unit == "WE" && amount == 0 && weekday(c.dct) <= 5) {
                const bool nearer_past = weekday(c.dct) <= 3;  // Monday to Wednesday
                if (c.tense == Tense::past || (c.tense != Tense::future && nearer_past)) amount = -1;
            }
            r.value = shifted(c.dct, m.unit, amount);
            r.needs_dct = true;
            r.anchor = "DCT" + signed_amount(amount, m.unit);
            break;
        }
        case Meaning::duration:
        case Meaning::clause_offset:
            r.type = TimexType::duration;
            r.value = duration(m.amount, m.unit);
            break;
        case Meaning::anchored_offset:
        case Meaning::anchored_unit: {
            const int n = m.shift * m.amount;
            const bool precise = m.meaning == Meaning::anchored_offset;
            if (c.reference) {
                long first = 0, end = 0;
                if (!precise && value_span(c.reference->value, first, end)) r.value = shifted(first, m.unit, n);
                else r.value = offset_from(c.reference->value, m.unit, n);
                r.needs_dct = c.reference->needs_dct;
                r.anchor = c.reference->id + signed_amount(n, m.unit);
            }
            if (r.value.empty()) {
                r.value = precise ? offset_from(format_day(from_days(c.dct)), m.unit, n) : shifted(c.dct, m.unit, n);
                r.needs_dct = true;
                r.anchor = "DCT" + signed_amount(n, m.unit);
            }
            break;
        }
        case Meaning::day_part: {
            const std::string day = c.reference ? c.reference->value.substr(0, 10) : format_day(from_days(c.dct));
            r.value = day;
            r.needs_dct = !c.reference || c.reference->needs_dct;
            r.anchor = c.reference ? c.reference->id : std::string("DCT");
            break;
        }
        case Meaning::narrative_day: {
            // The month talked about, else the DCT's; a day it does not have leaves no value.
            Date month = from_days(c.dct);
            if (c.reference) std::sscanf(c.reference->value.c_str(), "%d-%d", &month.year, &month.month);
            if (m.day <= days_in_month(month.year, month.month)) r.value = format_day({month.year, month.month, m.day});
            r.needs_dct = !c.reference || c.reference->needs_dct;
            r.anchor = (c.reference ? c.reference->id : std::string("DCT")) + ":D" + two_digits(m.day);
            break;
        }
        case Meaning::clock: {
            const std::string day = c.reference ? c.reference->value.substr(0, 10) : format_day(from_days(c.dct));
            r.type = TimexType::time;
            r.value = day + "T" + clock_of(m.amount, m.seconds);
            r.value.append(zone_on(m.zone, day));
            r.needs_dct = !c.reference || c.reference->needs_dct;
            r.anchor = (c.reference ? c.reference->id : std::string("DCT")) + ":T" + clock_of(m.amount, m.seconds);
            break;
        }
        case Meaning::ordinal_period: {
            int year = m.year ? m.year : from_days(c.dct).year + m.shift;
            r.needs_dct = m.year == 0;
            if (m.unit == "Q" || m.unit == "H") {
                const int count = m.unit == "Q" ? 4 : 2;
                const int rank = m.amount < 0 ? count : m.amount;
                r.value = format_year(year) + "-" + std::string(m.unit) + std::to_string(rank > count ? count : rank);
                r.anchor = r.needs_dct ? "DCT" + signed_amount(m.shift, "Y") + ":" + r.value.substr(5) : "";
                break;
            }
            int month = m.month;
            if (m.weekday && !month) {
                // "le dernier vendredi du mois (prochain)": the DCT's month, shifted.
                const long months = from_days(c.dct).year * 12L + (from_days(c.dct).month - 1) + m.shift;
                year = static_cast<int>(months / 12);
                month = static_cast<int>(months % 12) + 1;
            } else if (!m.year) {
                Yearless y{m.month, 0};
                year = pick_year(y, c.dct, lean);
            }
            const int last = days_in_month(year, month);
            if (m.weekday || m.unit == "WE") {
                // "le premier mercredi de décembre": the month's first such day, or n weeks on; "le
                // dernier": its last. A weekend is counted by its Saturday.
                const int wd = m.unit == "WE" ? 6 : m.weekday;
                const long first = to_days({year, month, 1});
                const long end = to_days({year, month, last});
                const long first_such = first + (wd - weekday(first) + 7) % 7;
                const long last_such = end - (weekday(end) - wd + 7) % 7;
                const long day = std::min(m.amount < 0 ? last_such : first_such + 7L * (m.amount - 1), last_such);
                r.value = m.unit == "WE" ? format_week(iso_week(day)) + "-WE" : format_day(from_days(day));
                r.needs_dct = m.year == 0;
                r.anchor = "";
                break;
            }
            if (m.unit == "D") {
                const int day = m.amount < 0 ? last : m.amount;
                r.value = format_day({year, month, day > last ? last : day});
            } else {
                // Weeks count from the month's first Monday; the last is the one holding its last Monday.
                const long first = to_days({year, month, 1});
                const long monday = first + (8 - weekday(first)) % 7;
                const long last_monday = to_days({year, month, last}) - (weekday(to_days({year, month, last})) - 1);
                r.value = format_week(iso_week(m.amount < 0 ? last_monday : monday + 7L * (m.amount - 1)));
            }
            r.anchor = r.needs_dct ? std::string("DCT") + lean_mark(lean) + "M" + two_digits(m.month) : "";
            break;
        }
        case Meaning::set_weekday:
            r.type = TimexType::set;
            r.value = "XXXX-WXX-" + std::to_string(m.weekday);
            if (!m.part.empty()) r.value.append("T").append(m.part);  // "tous les samedis matin"
            if (m.minutes >= 0) r.value.append("T").append(clock_of(m.minutes, m.seconds));
            break;
        case Meaning::set_unit:
            r.type = TimexType::set;
            // Every weekend is a weekend of any week: TIMEX3 has no unit of weekends to count by.
            r.value = m.unit == "WE" && m.amount <= 1 ? "XXXX-WXX-WE" : duration(m.amount > 0 ? m.amount : 1, m.unit);
            if (m.minutes >= 0) r.value = "XXXX-XX-XXT" + clock_of(m.minutes, m.seconds);  // "tous les jours à 8 h"
            break;
        case Meaning::set_season:
            r.type = TimexType::set;
            r.value = std::string("XXXX-").append(season_code(m.season));
            break;
        case Meaning::set_part:
            r.type = TimexType::set;
            r.value = std::string("XXXX-XX-XXT").append(m.part);
            break;
    }
    static constexpr const char* kMods[] = {"START", "MID", "END"};
    if (m.edge >= 0 && m.edge < 3) r.mod = kMods[m.edge];
    else if (m.approx) r.mod = "APPROX";
    const bool day = r.type == TimexType::date && r.value.size() == 10;
    if (day && m.nudge) {
        long first = 0, end = 0;
        if (value_span(r.value, first, end)) r.value = format_day(from_days(first + m.nudge));
    }
    const bool dated = m.meaning == Meaning::full_date || m.meaning == Meaning::day_month;
    if (day && dated && (m.unit == "W" || m.unit == "WE")) {
        long first = 0, end = 0;
        if (value_span(r.value, first, end))
            r.value = format_week(iso_week(first)) + (m.unit == "WE" ? "-WE" : "");
    } else if (day && m.minutes >= 0) {
        r.value.append("T").append(clock_of(m.minutes, m.seconds));
        r.value.append(zone_on(m.zone, r.value.substr(0, 10)));
        r.type = TimexType::time;
        r.anchor.append(r.anchor.empty() ? "" : ":T").append(r.anchor.empty() ? "" : r.value.substr(11));
    } else if (day && !m.part.empty()) {
        r.value.append("T").append(m.part);
        r.type = TimexType::time;
    }
    return r;
}

}  // namespace depeche::time
