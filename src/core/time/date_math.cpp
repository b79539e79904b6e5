#include "date_math.h"

#include <cstdio>

namespace depeche::time {

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    // No month has days outside 1..12: a reader's slip must not read past the table.
    if (m < 1 || m > 12) return 0;
    return m == 2 && is_leap(y) ? 29 : days[m - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days.
long to_days(Date d) {
    const long y = d.month <= 2 ? d.year - 1 : d.year;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (d.month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + d.day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const long doe = z - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return {year, month, day};
}

int weekday(long days) {
    // 1970-01-01 was a Thursday (4).
    const long w = (days + 3) % 7;
    return static_cast<int>(w < 0 ? w + 7 : w) + 1;
}

Date add_months(Date d, int months) {
    const int total = d.year * 12 + (d.month - 1) + months;
    const int year = total >= 0 ? total / 12 : (total - 11) / 12;
    const int month = total - year * 12 + 1;
    const int dim = days_in_month(year, month);
    return {year, month, d.day > dim ? dim : d.day};
}

long iso_week_monday(int year, int week) {
    // Week 1 holds January 4th.
    const long jan4 = to_days({year, 1, 4});
    return jan4 - (weekday(jan4) - 1) + 7L * (week - 1);
}

IsoWeek iso_week(long days) {
    const long thursday = days - weekday(days) + 4;
    const int year = from_days(thursday).year;
    const long first = iso_week_monday(year, 1);
    return {year, static_cast<int>((days - first) / 7 + 1)};
}

bool season_from_code(const std::string& code, Season& out) {
    for (Season s : {Season::spring, Season::summer, Season::autumn, Season::winter}) {
        if (code == season_code(s)) {
            out = s;
            return true;
        }
    }
    return false;
}

const char* season_code(Season s) {
    switch (s) {
        case Season::spring: return "SP";
        case Season::summer: return "SU";
        case Season::autumn: return "FA";
        case Season::winter: return "WI";
    }
    return "SP";
}

int season_first_month(Season s) { return 3 + 3 * static_cast<int>(s); }

Season season_of_month(int month) {
    if (month == 12 || month <= 2) return Season::winter;
    return static_cast<Season>((month - 3) / 3);
}

namespace {

std::string printed(const char* format, int a, int b = 0, int c = 0) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, format, a, b, c);
    return buffer;
}

bool read_digits(const std::string& s, std::size_t at, std::size_t n, int& out) {
    if (at + n > s.size()) return false;
    out = 0;
    for (std::size_t i = at; i < at + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

}  // namespace

std::string format_day(Date d) { return printed("%04d-%02d-%02d", d.year, d.month, d.day); }
std::string format_month(int year, int month) { return printed("%04d-%02d", year, month); }
std::string format_year(int year) { return printed("%04d", year); }
std::string format_week(IsoWeek w) { return printed("%04d-W%02d", w.year, w.week); }
std::string format_season(int year, Season s) { return format_year(year) + "-" + season_code(s); }

bool value_span(const std::string& v, long& first, long& end) {
    int year = 0, month = 0, day = 0, week = 0;
    if (v.size() == 2 && read_digits(v, 0, 2, year)) {  // century
        first = to_days({year * 100, 1, 1});
        end = to_days({year * 100 + 100, 1, 1});
        return true;
    }
    if (v.size() == 3 && read_digits(v, 0, 3, year)) {  // decade
        first = to_days({year * 10, 1, 1});
        end = to_days({year * 10 + 10, 1, 1});
        return true;
    }
    if (!read_digits(v, 0, 4, year)) return false;
    if (v.size() == 4) {
        first = to_days({year, 1, 1});
        end = to_days({year + 1, 1, 1});
        return true;
    }
    if (v.size() < 7 || v[4] != '-') return false;
    if (v[5] == 'W' && read_digits(v, 6, 2, week)) {
        first = iso_week_monday(year, week);
        end = first + 7;
        if (v.compare(8, std::string::npos, "-WE") == 0) first += 5;
        return v.size() == 8 || v.compare(8, std::string::npos, "-WE") == 0;
    }
    Season season;
    if (season_from_code(v.substr(5, 2), season) && v.size() == 7) {
        const Date start{year, season_first_month(season), 1};
        first = to_days(start);
        end = to_days(add_months(start, 3));
        return true;
    }
    if (!read_digits(v, 5, 2, month) || month < 1 || month > 12) return false;
    if (v.size() == 7) {
        first = to_days({year, month, 1});
        end = to_days(add_months({year, month, 1}, 1));
        return true;
    }
    if (v.size() < 10 || v[7] != '-' || !read_digits(v, 8, 2, day) || day < 1 || day > days_in_month(year, month))
        return false;
    first = to_days({year, month, day});
    end = first + 1;
    return true;
}

}  // namespace depeche::time
