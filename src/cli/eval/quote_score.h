#pragma once
#include "gold.h"

#include "core/analysis.h"

#include <array>
#include <cstddef>
#include <string>

namespace depeche::cli {

// Counts for one overlap threshold.
struct MatchCounts {
    std::size_t matched = 0;
    std::size_t predicted = 0;
    std::size_t gold = 0;
    double precision() const { return predicted ? double(matched) / double(predicted) : 1.0; }
    double recall() const { return gold ? double(matched) / double(gold) : 1.0; }
    double f1() const {
        const double p = precision(), r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

// One kind of quotation: gold ones found (recall), predicted ones that match (precision).
struct KindCounts {
    std::size_t gold = 0, found = 0, predicted = 0, right = 0;
};

struct QuoteScore {
    MatchCounts loose;   // the shared characters cover more than 30% of the gold quotation
    MatchCounts strict;  // more than 80%
    std::size_t speaker_right = 0;  // among the loose matches
    std::size_t speaker_judged = 0;
    std::vector<std::size_t> missed;          // gold quotations with no loose match
    struct WrongSpeaker {
        std::size_t gold;  // the gold quotation
        std::string said;  // the speaker Depeche gave it, "" for none
    };
    std::vector<WrongSpeaker> wrong_speaker;  // gold quotations matched with the wrong speaker
    std::array<KindCounts, 3> by_kind{};      // direct, indirect, mixed (QuoteKind's order), at 30%
    double speaker_accuracy() const { return speaker_judged ? double(speaker_right) / double(speaker_judged) : 1.0; }
    QuoteScore& operator+=(const QuoteScore& o);
};

inline constexpr double kLooseOverlap = 0.3;
inline constexpr double kStrictOverlap = 0.8;

// Scores predicted quotations against gold ones as ../shared/conventions.md says: each gold
// quotation is matched at most once, best overlap first; a speaker is right when the predicted
// entity's name or an alias equals one of the gold speaker's aliases, case and accents aside.
QuoteScore score_quotes(const GoldArticle& gold, const Analysis& predicted);

}  // namespace depeche::cli
