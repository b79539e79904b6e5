#include "time_scale.h"

#include <algorithm>
#include <cmath>

namespace depeche::app {
namespace {

constexpr double kBreakWeight = 0.6;
// Events closer than this (or than the cluster is long) share a segment: a fortnight keeps a
// week of September in one stretch while the years between wars still collapse.
constexpr int kMergeDays = 14;

double segment_weight(const AxisSegment& s) {
    return 1.0 + 0.5 * std::log2(1.0 + (s.last - s.first)) + 0.5 * s.events;
}

}  // namespace

double TimeScale::x(double day) const {
    if (segments.empty()) return 0.5;
    if (day <= segments.front().first) return segments.front().x0;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const AxisSegment& s = segments[i];
        if (day <= s.last) {
            if (day >= s.first) return s.x0 + (s.x1 - s.x0) * (day - s.first) / (s.last - s.first);
            const AxisSegment& p = segments[i - 1];
            return p.x1 + (s.x0 - p.x1) * (day - p.last) / (s.first - p.last);
        }
    }
    return segments.back().x1;
}

TimeScale build_time_scale(const std::vector<DayRange>& ranges) {
    TimeScale scale;
    if (ranges.empty()) return scale;
    std::vector<DayRange> sorted = ranges;
    std::sort(sorted.begin(), sorted.end(), [](const DayRange& a, const DayRange& b) { return a.first < b.first; });
    struct Cluster {
        int first, last, count;
    };
    std::vector<Cluster> clusters;
    for (const DayRange& r : sorted) {
        if (!clusters.empty()) {
            Cluster& c = clusters.back();
            const int gap = r.first - c.last - 1;
            if (gap <= std::max(kMergeDays, c.last - c.first + 1)) {
                c.last = std::max(c.last, r.last);
                ++c.count;
                continue;
            }
        }
        clusters.push_back({r.first, r.last, 1});
    }
    double total = 0;
    for (std::size_t i = 0; i < clusters.size(); ++i) {
        const Cluster& c = clusters[i];
        const double length = c.last - c.first + 1;
        const double pad = std::max(1.0, length * 0.08);
        AxisSegment s{c.first - pad, c.last + 1 + pad, 0, 0, c.count};
        if (i > 0) total += kBreakWeight;
        s.x0 = total;
        total += segment_weight(s);
        s.x1 = total;
        scale.segments.push_back(s);
    }
    for (AxisSegment& s : scale.segments) {
        s.x0 /= total;
        s.x1 /= total;
    }
    for (std::size_t i = 1; i < scale.segments.size(); ++i) {
        const AxisSegment& a = scale.segments[i - 1];
        const AxisSegment& b = scale.segments[i];
        scale.breaks.push_back({a.x1, b.x0, static_cast<int>(std::lround(b.first - a.last))});
    }
    return scale;
}

std::vector<int> assign_lanes(const std::vector<LabelExtent>& labels, int max_lanes, double gap) {
    std::vector<int> lanes(labels.size(), -1);
    std::vector<double> lane_end(static_cast<std::size_t>(std::max(0, max_lanes)), -1e300);
    for (std::size_t i = 0; i < labels.size(); ++i) {
        for (std::size_t lane = 0; lane < lane_end.size(); ++lane) {
            if (labels[i].x0 >= lane_end[lane] + gap) {
                lanes[i] = static_cast<int>(lane);
                lane_end[lane] = labels[i].x1;
                break;
            }
        }
    }
    return lanes;
}

}  // namespace depeche::app
