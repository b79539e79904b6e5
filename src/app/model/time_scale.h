#pragma once
// The chronology's axis. Articles mix a war in 1991, a ceasefire in autumn 2020 and a week of
// September 2023: a linear axis would squeeze the week into one pixel, a log axis would lie
// about order of magnitude. So the axis is piecewise linear: days that hold events form
// segments, each drawn linearly at a width that grows with the log of its length and with the
// number of events in it; the empty years between segments collapse into fixed-width breaks
// labelled with the time they skip.
#include "time_range.h"

#include <vector>

namespace depeche::app {

struct AxisSegment {
    double first = 0, last = 0;  // days, padded around the events, last exclusive
    double x0 = 0, x1 = 0;       // in [0, 1]
    int events = 0;
};

struct AxisBreak {
    double x0 = 0, x1 = 0;
    int skipped_days = 0;
};

struct TimeScale {
    std::vector<AxisSegment> segments;
    std::vector<AxisBreak> breaks;
    double x(double day) const;  // in [0, 1]; days inside a break map into it
    bool empty() const { return segments.empty(); }
};

TimeScale build_time_scale(const std::vector<DayRange>& ranges);

// A label that occupies [x0, x1) on screen, in the order labels are laid out.
struct LabelExtent {
    double x0 = 0, x1 = 0;
};

// Stacks labels in lanes so none overlaps another: each takes the lowest lane whose last label
// ends before it starts (with `gap` between). Labels that fit no lane get -1 and show on hover.
std::vector<int> assign_lanes(const std::vector<LabelExtent>& labels, int max_lanes, double gap);

}  // namespace depeche::app
