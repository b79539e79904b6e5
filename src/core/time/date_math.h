#pragma once
// Calendar arithmetic on proleptic Gregorian days, and the TIMEX3 spellings of dates, weeks,
// months, seasons, years and decades.
#include <string>

namespace depeche::time {

bool is_leap(int year);
int days_in_month(int year, int month);

struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;
    friend bool operator==(const Date&, const Date&) = default;
};

// Days since 1970-01-01 (negative before).
long to_days(Date d);
Date from_days(long days);
int weekday(long days);  // ISO: 1 = Monday .. 7 = Sunday

Date add_months(Date d, int months);  // clamps the day to the month's length

struct IsoWeek {
    int year = 1970;
    int week = 1;
};
IsoWeek iso_week(long days);
long iso_week_monday(int year, int week);

// Seasons as meteorologists count them, the way press usage does: spring March to May,
// summer June to August, autumn September to November, winter December to February
// (the winter of 2020 starts in December 2020).
enum class Season { spring, summer, autumn, winter };
bool season_from_code(const std::string& code, Season& out);  // "SP", "SU", "FA", "WI"
const char* season_code(Season s);
int season_first_month(Season s);  // 3, 6, 9, 12
Season season_of_month(int month);

std::string format_day(Date d);                  // 2023-09-25
std::string format_month(int year, int month);   // 2023-09
std::string format_year(int year);               // 2023
std::string format_week(IsoWeek w);              // 2023-W38
std::string format_season(int year, Season s);   // 2020-FA

// The days a TIMEX3 date value covers, [first, end), or false when it is not a calendar span
// (PRESENT_REF, durations, sets, "XXXX-09-13").
bool value_span(const std::string& value, long& first, long& end);

}  // namespace depeche::time
