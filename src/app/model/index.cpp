#include "index.h"

#include "time_range.h"

#include "core/fold.h"

#include <algorithm>
#include <limits>

namespace depeche::app {
namespace {

template <typename T>
void index_ids(const std::vector<T>& items, std::unordered_map<std::string, std::size_t>& out) {
    out.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) out.emplace(items[i].id, i);
}

bool starts_with_id(std::string_view id, std::string_view prefix) {
    return id.size() > prefix.size() && id.substr(0, prefix.size()) == prefix && id[prefix.size()] >= '0' &&
           id[prefix.size()] <= '9';
}

}  // namespace

ItemKind Index::kind_of(std::string_view id) const {
    if (starts_with_id(id, "ev")) return ItemKind::event;
    if (starts_with_id(id, "e")) return ItemKind::entity;
    if (starts_with_id(id, "q")) return ItemKind::quote;
    if (starts_with_id(id, "p")) return ItemKind::place;
    if (starts_with_id(id, "t")) return ItemKind::timex;
    return ItemKind::none;
}

std::optional<std::size_t> Index::find(ItemKind kind, std::string_view id) const {
    const std::unordered_map<std::string, std::size_t>* map = nullptr;
    switch (kind) {
    case ItemKind::entity: map = &entities; break;
    case ItemKind::quote: map = &quotes; break;
    case ItemKind::event: map = &events; break;
    case ItemKind::place: map = &places; break;
    case ItemKind::timex: map = &timexes; break;
    case ItemKind::none: return std::nullopt;
    }
    const auto it = map->find(std::string(id));
    if (it == map->end()) return std::nullopt;
    return it->second;
}

const Entity* Index::speaker_of(const Quote& q) const {
    if (!q.speaker) return nullptr;
    const auto it = entities.find(*q.speaker);
    return it == entities.end() ? nullptr : &analysis->entities[it->second];
}

Index build_index(const Analysis& a) {
    Index ix;
    ix.analysis = &a;
    index_ids(a.entities, ix.entities);
    index_ids(a.quotes, ix.quotes);
    index_ids(a.events, ix.events);
    index_ids(a.places, ix.places);
    index_ids(a.timexes, ix.timexes);

    std::vector<SpeakerStats> stats(a.entities.size());
    for (std::size_t i = 0; i < stats.size(); ++i) stats[i].entity = i;
    for (const Quote& q : a.quotes) {
        if (!q.speaker) continue;
        const auto it = ix.entities.find(*q.speaker);
        if (it == ix.entities.end()) continue;
        SpeakerStats& s = stats[it->second];
        (q.kind == QuoteKind::direct ? s.direct : q.kind == QuoteKind::indirect ? s.indirect : s.mixed) += 1;
    }
    // Ties keep the order of first appearance, so colours do not shuffle between identical runs.
    std::stable_sort(stats.begin(), stats.end(), [](const SpeakerStats& x, const SpeakerStats& y) { return x.total() > y.total(); });
    ix.speaker_rank.assign(a.entities.size(), -1);
    for (const SpeakerStats& s : stats) {
        if (s.total() == 0) break;
        ix.speaker_rank[s.entity] = static_cast<int>(ix.speakers.size());
        ix.speakers.push_back(s);
    }

    ix.quote_event.assign(a.quotes.size(), -1);
    for (std::size_t e = 0; e < a.events.size(); ++e)
        for (const std::string& qid : a.events[e].quotes) {
            const auto it = ix.quotes.find(qid);
            if (it != ix.quotes.end() && ix.quote_event[it->second] < 0) ix.quote_event[it->second] = static_cast<int>(e);
        }

    ix.timex_event.assign(a.timexes.size(), -1);
    for (std::size_t e = 0; e < a.events.size(); ++e) {
        const auto it = ix.timexes.find(a.events[e].timex);
        if (it != ix.timexes.end() && ix.timex_event[it->second] < 0) ix.timex_event[it->second] = static_cast<int>(e);
    }

    ix.quote_keys.reserve(a.quotes.size());
    for (const Quote& q : a.quotes) {
        const Entity* who = ix.speaker_of(q);
        ix.quote_keys.push_back(fold(q.text) + '\n' + fold(q.cue) + '\n' + (who ? fold(who->name) : std::string()));
    }

    std::vector<std::pair<int, std::size_t>> dated;
    for (std::size_t e = 0; e < a.events.size(); ++e) {
        const auto range = a.events[e].value ? day_range(*a.events[e].value, a.dct) : std::nullopt;
        dated.emplace_back(range ? range->first : std::numeric_limits<int>::max(), e);
    }
    std::stable_sort(dated.begin(), dated.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (const auto& d : dated) ix.events_by_time.push_back(d.second);
    return ix;
}

}  // namespace depeche::app
