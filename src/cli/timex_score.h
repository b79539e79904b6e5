#pragma once
// Scores the time layer against gold files (tests/gold/**/*.gold.json, build/real/*/*.gold.json):
// timex precision and recall by span overlap, value accuracy over the matched ones whose gold
// value is known, and event recall by value and by (value, place). A gold timex is placed by its
// byte offsets ("start", "end") when it has them, else by its text and occurrence.
#include "core/analysis.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace depeche::cli {

struct TimexScore {
    std::size_t gold = 0;         // required gold timexes
    std::size_t predicted = 0;    // predicted, less those on optional gold ones
    std::size_t matched = 0;      // required gold timexes found (span overlap)
    std::size_t valued = 0;       // of those, with a gold value (null: the annotator knew no DCT)
    std::size_t right_value = 0;  // of those, with the gold value
    std::size_t events = 0;       // gold events
    std::size_t events_by_value = 0;
    std::size_t events_by_value_place = 0;  // a gold event without a place counts on its value
    std::vector<std::string> misses;  // what went wrong, for readers

    void add(const TimexScore& o);
    double precision() const { return predicted ? double(matched) / double(predicted) : 1.0; }
    double recall() const { return gold ? double(matched) / double(gold) : 1.0; }
    double value_accuracy() const { return valued ? double(right_value) / double(valued) : 1.0; }
    double event_recall() const { return events ? double(events_by_value) / double(events) : 1.0; }
    double event_place_recall() const { return events ? double(events_by_value_place) / double(events) : 1.0; }
};

// Compares one analysis of `text` with one gold document.
TimexScore score_time(std::string_view text, const Analysis& a, const nlohmann::json& gold);

}  // namespace depeche::cli
