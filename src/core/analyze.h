#pragma once
#include "analysis.h"
#include "resources.h"

#include <optional>
#include <string>
#include <string_view>

namespace depeche {

// Larger inputs are refused rather than risk the reader's tab: 16 MiB is over a hundred times
// the longest news feature, and still analyzed in well under a second.
constexpr std::size_t kMaxInputBytes = 16u << 20;

struct Options {
    std::optional<std::string> dct;  // YYYY-MM-DD; when absent, one found in the article is used
};

struct Result {
    Analysis analysis;
    std::string text;   // the input after UTF-8 repair, byte for byte as long: what the spans index
    std::string error;  // set when the input was refused; the analysis is then empty
    bool ok() const { return error.empty(); }
};

// The whole pipeline, a pure function of its inputs. The text is taken by value and becomes
// Result::text: a caller that moves it in makes no copy of a long article.
Result analyze(std::string text, const Options& options, const Resources& resources);

// Checks a caller-given DCT: a real calendar day written YYYY-MM-DD. Empty string when valid.
std::string check_dct(std::string_view dct);

}  // namespace depeche
