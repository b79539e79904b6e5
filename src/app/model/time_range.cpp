#include "time_range.h"

#include <charconv>

namespace depeche::app {
namespace {

bool digits(std::string_view s, int& out) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return std::from_chars(s.data(), s.data() + s.size(), out).ec == std::errc();
}

int month_length(int year, int month) {
    return days_from_civil(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) - days_from_civil(year, month, 1);
}

DayRange months(int year, int first_month, int count) {
    const int first = days_from_civil(year, first_month, 1);
    int end_year = year, end_month = first_month + count;
    while (end_month > 12) {
        end_month -= 12;
        ++end_year;
    }
    return {first, days_from_civil(end_year, end_month, 1) - 1};
}

std::optional<DayRange> single(std::string_view v, const std::optional<std::string>& dct) {
    if (v == "PRESENT_REF") return dct ? single(*dct, std::nullopt) : std::nullopt;
    if (v.size() < 4) return std::nullopt;
    const std::string_view y = v.substr(0, 4);
    int year = 0;
    if (y[3] == 'X' && y[2] == 'X' && digits(y.substr(0, 2), year) && v.size() == 4)
        return DayRange{days_from_civil(year * 100, 1, 1), days_from_civil(year * 100 + 100, 1, 1) - 1};
    if (y[3] == 'X' && digits(y.substr(0, 3), year) && v.size() == 4)
        return DayRange{days_from_civil(year * 10, 1, 1), days_from_civil(year * 10 + 10, 1, 1) - 1};
    if (!digits(y, year)) return std::nullopt;
    if (v.size() == 4) return months(year, 1, 12);
    if (v[4] != '-') return std::nullopt;
    const std::string_view rest = v.substr(5);
    if (rest.size() >= 2 && rest[0] == 'W') {
        int week = 0;
        if (!digits(rest.substr(1, 2), week) || week < 1 || week > 53) return std::nullopt;
        // ISO week 1 holds the year's first Thursday; 1970-01-01 was a Thursday (weekday 3 from Monday).
        const int jan4 = days_from_civil(year, 1, 4);
        const int monday = jan4 - ((jan4 + 3) % 7 + 7) % 7;
        const int first = monday + (week - 1) * 7;
        return DayRange{first, first + 6};
    }
    if (rest == "SP") return months(year, 3, 3);
    if (rest == "SU") return months(year, 6, 3);
    if (rest == "FA") return months(year, 9, 3);
    if (rest == "WI") return months(year, 12, 3);
    if (rest.size() == 2 && rest[0] == 'Q') {
        int q = 0;
        if (!digits(rest.substr(1), q) || q < 1 || q > 4) return std::nullopt;
        return months(year, (q - 1) * 3 + 1, 3);
    }
    int month = 0;
    if (rest.size() < 2 || !digits(rest.substr(0, 2), month) || month < 1 || month > 12) return std::nullopt;
    if (rest.size() == 2) return months(year, month, 1);
    int day = 0;
    if (rest.size() < 5 || rest[2] != '-' || !digits(rest.substr(3, 2), day) || day < 1 || day > month_length(year, month))
        return std::nullopt;
    if (rest.size() > 5 && rest[5] != 'T') return std::nullopt;
    const int d = days_from_civil(year, month, day);
    return DayRange{d, d};
}

}  // namespace

// Howard Hinnant's proleptic Gregorian day count.
int days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civil_from_days(int z, int& year, int& month, int& day) {
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    day = doy - (153 * mp + 2) / 5 + 1;
    month = mp < 10 ? mp + 3 : mp - 9;
    year = yoe + era * 400 + (month <= 2);
}

std::optional<DayRange> day_range(std::string_view value, const std::optional<std::string>& dct) {
    const auto slash = value.find('/');
    if (slash == std::string_view::npos) return single(value, dct);
    auto a = single(value.substr(0, slash), dct);
    auto b = single(value.substr(slash + 1), dct);
    if (!a || !b || b->last < a->first) return std::nullopt;
    return DayRange{a->first, b->last};
}

}  // namespace depeche::app
