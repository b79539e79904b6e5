// TIMEX3 values as day ranges, the chronology's compressed axis and its label lanes.
#include "app/model/time_range.h"
#include "app/model/time_scale.h"

#include <doctest/doctest.h>

using namespace depeche::app;

namespace {
int day(int y, int m, int d) { return days_from_civil(y, m, d); }
}  // namespace

TEST_CASE("calendar day numbers round-trip") {
    CHECK(day(1970, 1, 1) == 0);
    CHECK(day(2000, 3, 1) - day(2000, 2, 28) == 2);  // 2000 was a leap year
    int y = 0, m = 0, d = 0;
    civil_from_days(day(1991, 12, 31), y, m, d);
    CHECK((y == 1991 && m == 12 && d == 31));
}

TEST_CASE("TIMEX3 values become day ranges") {
    const std::optional<std::string> dct = "2023-09-25";
    auto r = day_range("1991", dct);
    REQUIRE(r);
    CHECK(r->first == day(1991, 1, 1));
    CHECK(r->last == day(1991, 12, 31));
    r = day_range("2020-FA", dct);
    REQUIRE(r);
    CHECK(r->first == day(2020, 9, 1));
    CHECK(r->last == day(2020, 11, 30));
    r = day_range("2023-W38", dct);
    REQUIRE(r);
    CHECK(r->first == day(2023, 9, 18));
    CHECK(r->last == day(2023, 9, 24));
    r = day_range("2021-W01", dct);  // 4 January 2021 was the Monday of ISO week 1
    REQUIRE(r);
    CHECK(r->first == day(2021, 1, 4));
    r = day_range("2023-09-24", dct);
    REQUIRE(r);
    CHECK(r->is_day());
    r = day_range("2024-02", dct);
    REQUIRE(r);
    CHECK(r->days() == 29);
    r = day_range("PRESENT_REF", dct);
    REQUIRE(r);
    CHECK(r->first == day(2023, 9, 25));
    r = day_range("199X", dct);
    REQUIRE(r);
    CHECK(r->days() == 3652);
    r = day_range("2023-09-12/2023-09-13", dct);
    REQUIRE(r);
    CHECK(r->days() == 2);
    CHECK_FALSE(day_range("PRESENT_REF", std::nullopt));
    CHECK_FALSE(day_range("P44D", dct));
    CHECK_FALSE(day_range("2023-02-30", dct));
    CHECK_FALSE(day_range("2023-13", dct));
    CHECK_FALSE(day_range("", dct));
    CHECK_FALSE(day_range("XXXX", dct));
}

TEST_CASE("the axis collapses empty decades yet keeps a week readable") {
    const std::optional<std::string> dct = "2023-09-25";
    std::vector<DayRange> ranges;
    for (const char* v : {"1991", "2020-FA", "2020", "2023-09-12", "2023-09-13", "2023-W38", "2023-09-24", "2023-09-25"})
        ranges.push_back(*day_range(v, dct));
    const TimeScale scale = build_time_scale(ranges);
    REQUIRE(scale.segments.size() == 3);
    REQUIRE(scale.breaks.size() == 2);
    CHECK(scale.breaks[0].skipped_days > 365 * 27);
    for (const DayRange& r : ranges) {
        CHECK(scale.x(r.first) >= 0.0);
        CHECK(scale.x(r.last) <= 1.0);
    }
    CHECK(scale.x(day(1991, 6, 1)) < scale.x(day(2020, 10, 1)));
    CHECK(scale.x(day(2020, 10, 1)) < scale.x(day(2023, 9, 12)));
    // The fortnight of September 2023 gets at least a sixth of the axis, and its days stay apart.
    const AxisSegment& week = scale.segments[2];
    CHECK(week.x1 - week.x0 > 1.0 / 6);
    CHECK(scale.x(day(2023, 9, 25)) - scale.x(day(2023, 9, 24)) > 0.01);
    // A day inside a break maps inside it, between the segments.
    const double mid = scale.x(day(2005, 1, 1));
    CHECK(mid >= scale.breaks[0].x0);
    CHECK(mid <= scale.breaks[0].x1);
    CHECK(build_time_scale({}).empty());
}

TEST_CASE("labels are stacked in lanes without overlapping") {
    const std::vector<LabelExtent> labels = {{0, 10}, {5, 15}, {12, 20}, {14, 30}, {16, 18}};
    const auto lanes = assign_lanes(labels, 2, 1.0);
    CHECK(lanes == std::vector<int>{0, 1, 0, -1, 1});
    CHECK(assign_lanes(labels, 0, 0).front() == -1);
}
