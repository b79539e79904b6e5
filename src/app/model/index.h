#pragma once
// Lookups over one Analysis, built once when it arrives so views never scan per frame:
// ids to positions, quote to event, speaker statistics, folded search keys.
#include "core/analysis.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace depeche::app {

enum class ItemKind { none, entity, quote, event, place, timex };

struct SpeakerStats {
    std::size_t entity = 0;
    int direct = 0, indirect = 0, mixed = 0;
    int total() const { return direct + indirect + mixed; }
};

struct Index {
    const Analysis* analysis = nullptr;
    std::unordered_map<std::string, std::size_t> entities, quotes, events, places, timexes;
    std::vector<SpeakerStats> speakers;       // most quoted first; a speaker's colour is its rank
    std::vector<int> speaker_rank;            // per entity, -1 when it is not a speaker
    std::vector<int> quote_event;             // per quote, -1 when no event holds it
    std::vector<int> timex_event;             // per timex, the event it dates, -1 when none
    std::vector<std::string> quote_keys;      // folded text + cue + speaker name, for search
    std::vector<std::size_t> events_by_time;  // dated events, earliest first (undated ones last)

    ItemKind kind_of(std::string_view id) const;
    std::optional<std::size_t> find(ItemKind kind, std::string_view id) const;
    const Entity* speaker_of(const Quote& q) const;
};

Index build_index(const Analysis& analysis);

}  // namespace depeche::app
