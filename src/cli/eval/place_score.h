#pragma once
// Scores the places stage against the "places" of a gold file, as ../shared/conventions.md says:
// a gold place is found when a predicted place has a mention overlapping its span and lies within
// 100 km of it (500 km when either is a country). Gold files without "places" are not scored.
#include "core/analysis.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace depeche::cli {

struct PlaceScore {
    std::size_t gold = 0;       // gold places
    std::size_t found = 0;      // of those, found at the right spot
    std::size_t predicted = 0;  // distinct predicted places
    std::size_t right = 0;      // of those, naming a gold place at the right spot
    std::size_t adjective_only = 0;  // predicted places the text names only by an adjective or inhabitants
    std::size_t adjective_only_wrong = 0;  // of those, not right
    std::vector<std::string> misses;      // gold places not found, with what was found instead
    std::vector<std::string> false_hits;  // predicted places that are not right, with the reason

    void add(const PlaceScore& o);
    double recall() const { return gold ? double(found) / double(gold) : 1.0; }
    double precision() const { return predicted ? double(right) / double(predicted) : 1.0; }
    // Precision over the places named by a proper name, leaving out the adjective-only ones that
    // the annotation guidelines never mark ("le président turc" with no "Turquie").
    double named_precision() const {
        const std::size_t named = predicted - adjective_only;
        return named ? double(right - (adjective_only - adjective_only_wrong)) / double(named) : 1.0;
    }
};

// Compares the places of one analysis of `text` with one gold document; `scored` is false when
// the gold file has no "places".
PlaceScore score_places(std::string_view text, const Analysis& a, const nlohmann::json& gold, bool& scored);

}  // namespace depeche::cli
