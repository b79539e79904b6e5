#pragma once
// Scores the publication date Depeche reads from a text, against gold files that say where their
// own "dct" came from ("dct_from": "text" when the text states it, "url" or "none" otherwise, as
// tools/real-corpus.mjs writes them). The text is analyzed without a DCT: a "text" gold counts as
// read when the analysis infers exactly its date; any other gold counts as a false read when the
// analysis infers one anyway. Gold files without "dct_from" are not scored.
#include "core/analysis.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace depeche::cli {

struct DctScore {
    std::size_t stated = 0;      // gold files whose text states the date
    std::size_t read = 0;        // of those, read exactly
    std::size_t unstated = 0;    // gold files whose text does not
    std::size_t false_read = 0;  // of those, read anyway
    std::vector<std::string> misses;

    void add(const DctScore& o);
    bool scored() const { return stated + unstated > 0; }
};

// `blind` is the analysis of the gold's text made without a DCT; `name` labels the misses.
DctScore score_dct(const Analysis& blind, const nlohmann::json& gold, const std::string& name);

// Whether a gold file takes part: it says where its date came from.
bool has_dct_origin(const nlohmann::json& gold);

}  // namespace depeche::cli
