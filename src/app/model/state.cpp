#include "state.h"

#include "core/fold.h"

#include <algorithm>

namespace depeche::app {
namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool known(const Index& index, const std::string& id) { return index.find(index.kind_of(id), id).has_value(); }

template <typename T>
bool assign(T& field, T value) {
    if (field == value) return false;
    field = std::move(value);
    return true;
}

// A quote belongs to a place when its event happens there or when it names the place.
bool quote_at_place(const Index& index, std::size_t qi, const std::string& place_id) {
    const Analysis& a = *index.analysis;
    const int ev = index.quote_event[qi];
    if (ev >= 0 && a.events[static_cast<std::size_t>(ev)].place == place_id) return true;
    const auto p = index.find(ItemKind::place, place_id);
    if (!p) return false;
    const Span& span = a.quotes[qi].span;
    for (const Span& m : a.places[*p].mentions)
        if (span.contains(m)) return true;
    return false;
}

bool quote_passes(const State& state, const Index& index, std::size_t qi, const std::string& folded_search) {
    const Quote& q = index.analysis->quotes[qi];
    const Filters& f = state.filters;
    if (!(f.kinds & kind_bit(q.kind))) return false;
    if (!f.speaker.empty() && q.speaker != f.speaker) return false;
    if (!f.place.empty() && !quote_at_place(index, qi, f.place)) return false;
    return folded_search.empty() || index.quote_keys[qi].find(folded_search) != std::string::npos;
}

}  // namespace

bool apply(State& state, const Index& index, const Action& action) {
    switch (action.type) {
    case Action::Type::select: {
        if (action.id.empty()) return assign(state.selected, std::string());
        if (!known(index, action.id)) return false;
        bool changed = assign(state.selected, action.id);
        const ItemKind kind = index.kind_of(action.id);
        if (kind == ItemKind::place) changed |= assign(state.filters.place, action.id);
        if (kind == ItemKind::entity && index.speaker_rank[*index.find(kind, action.id)] >= 0)
            changed |= assign(state.filters.speaker, action.id);
        return changed;
    }
    case Action::Type::toggle_speaker: {
        if (!index.find(ItemKind::entity, action.id)) return false;
        if (state.filters.speaker == action.id) {
            state.filters.speaker.clear();
            if (state.selected == action.id) state.selected.clear();
            return true;
        }
        state.filters.speaker = action.id;
        state.selected = action.id;
        return true;
    }
    case Action::Type::toggle_kind: {
        // A click on a kind asks to see it: from the unfiltered list, that means only it.
        if (state.filters.kinds == kAllKinds) return assign(state.filters.kinds, kind_bit(action.kind));
        const unsigned kinds = state.filters.kinds ^ kind_bit(action.kind);
        // Hiding every kind would leave an empty list that looks like a bug: it means "all" again.
        return assign(state.filters.kinds, kinds == 0 ? kAllKinds : kinds);
    }
    case Action::Type::set_search: return assign(state.filters.search, action.id);
    case Action::Type::clear_speaker: return assign(state.filters.speaker, std::string());
    case Action::Type::clear_place: return assign(state.filters.place, std::string());
    case Action::Type::clear_kinds: return assign(state.filters.kinds, kAllKinds);
    case Action::Type::reset: {
        const bool changed = !state.selected.empty() || state.filters.active();
        state = State{};
        return changed;
    }
    }
    return false;
}

void keep_valid(State& state, const Index& index) {
    if (!state.selected.empty() && !known(index, state.selected)) state.selected.clear();
    if (!state.filters.speaker.empty() && !index.find(ItemKind::entity, state.filters.speaker)) state.filters.speaker.clear();
    if (!state.filters.place.empty() && !index.find(ItemKind::place, state.filters.place)) state.filters.place.clear();
}

bool quote_visible(const State& state, const Index& index, std::size_t qi) {
    return quote_passes(state, index, qi, fold(state.filters.search));
}

bool event_visible(const State& state, const Index& index, std::size_t ei) {
    const Analysis& a = *index.analysis;
    const Event& e = a.events[ei];
    const Filters& f = state.filters;
    if (!f.place.empty() && e.place != f.place) return false;
    if (!f.speaker.empty() && !contains(e.entities, f.speaker)) {
        const bool quoted = std::any_of(e.quotes.begin(), e.quotes.end(), [&](const std::string& qid) {
            const auto q = index.find(ItemKind::quote, qid);
            return q && a.quotes[*q].speaker == f.speaker;
        });
        if (!quoted) return false;
    }
    return true;
}

std::vector<std::size_t> visible_quotes(const State& state, const Index& index) {
    const std::string folded_search = fold(state.filters.search);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < index.analysis->quotes.size(); ++i)
        if (quote_passes(state, index, i, folded_search)) out.push_back(i);
    return out;
}

std::vector<std::size_t> visible_events(const State& state, const Index& index) {
    std::vector<std::size_t> out;
    for (std::size_t i : index.events_by_time)
        if (event_visible(state, index, i)) out.push_back(i);
    return out;
}

std::optional<std::size_t> chronology_event(const State& state, const Index& index) {
    switch (index.kind_of(state.selected)) {
    case ItemKind::event: return index.find(ItemKind::event, state.selected);
    case ItemKind::quote: {
        const auto q = index.find(ItemKind::quote, state.selected);
        if (q && index.quote_event[*q] >= 0) return static_cast<std::size_t>(index.quote_event[*q]);
        return std::nullopt;
    }
    default: return std::nullopt;
    }
}

std::optional<std::size_t> map_place(const State& state, const Index& index) {
    if (index.kind_of(state.selected) == ItemKind::place) return index.find(ItemKind::place, state.selected);
    if (const auto ev = chronology_event(state, index)) {
        const auto& place = index.analysis->events[*ev].place;
        if (place) return index.find(ItemKind::place, *place);
    }
    if (!state.filters.place.empty()) return index.find(ItemKind::place, state.filters.place);
    return std::nullopt;
}

std::string focused_speaker(const State& state, const Index& index) {
    if (!state.filters.speaker.empty()) return state.filters.speaker;
    const ItemKind kind = index.kind_of(state.selected);
    if (kind == ItemKind::entity) return state.selected;
    if (kind == ItemKind::quote) {
        const auto q = index.find(ItemKind::quote, state.selected);
        if (q && index.analysis->quotes[*q].speaker) return *index.analysis->quotes[*q].speaker;
    }
    return {};
}

}  // namespace depeche::app
