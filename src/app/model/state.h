#pragma once
// The explorer's shared state: what the reader selected and which filters narrow the views.
// Views read it and emit Actions; apply() is the one place that changes it. No UI header here,
// so the model is unit-tested natively (tests/app).
#include "index.h"

#include <string>
#include <string_view>

namespace depeche::app {

inline constexpr unsigned kind_bit(QuoteKind k) { return 1u << static_cast<unsigned>(k); }
inline constexpr unsigned kAllKinds = kind_bit(QuoteKind::direct) | kind_bit(QuoteKind::indirect) | kind_bit(QuoteKind::mixed);

struct Filters {
    std::string speaker;  // entity id; empty: every speaker
    std::string place;    // place id; empty: everywhere
    unsigned kinds = kAllKinds;
    std::string search;   // matched against quote text, cue and speaker, ignoring case and accents
    bool active() const { return !speaker.empty() || !place.empty() || kinds != kAllKinds || !search.empty(); }
    friend bool operator==(const Filters&, const Filters&) = default;
};

struct State {
    std::string selected;  // id of an entity, quote, event, place or timex; empty: nothing
    Filters filters;
};

struct Action {
    enum class Type {
        select,          // id: select it; a place or a speaker also filters to it, "" clears the selection
        toggle_speaker,  // id: filter every view to this speaker, or lift that filter if it is the one set
        toggle_kind,     // kind: while every kind shows, show only this one; then show or hide it
        set_search,      // text
        clear_speaker,
        clear_place,
        clear_kinds,     // every kind shows again
        reset,           // selection and every filter
    };
    Type type = Type::select;
    std::string id;
    QuoteKind kind = QuoteKind::direct;
};

// Applies one action; returns true when the state changed. Unknown ids change nothing.
bool apply(State& state, const Index& index, const Action& action);

// Drops what a new analysis no longer has (ids are renumbered by each analysis).
void keep_valid(State& state, const Index& index);

bool quote_visible(const State& state, const Index& index, std::size_t quote);
bool event_visible(const State& state, const Index& index, std::size_t event);
std::vector<std::size_t> visible_quotes(const State& state, const Index& index);
std::vector<std::size_t> visible_events(const State& state, const Index& index);

// The place the map should show as selected: the selected place, or the place of the selected
// event, or of the event the selected quote belongs to.
std::optional<std::size_t> map_place(const State& state, const Index& index);

// The event the chronology should show: the selected one, or the one holding the selected quote.
std::optional<std::size_t> chronology_event(const State& state, const Index& index);

// The speaker whose quotes stand out: the speaker filter, else the selected entity, else the
// speaker of the selected quote.
std::string focused_speaker(const State& state, const Index& index);

}  // namespace depeche::app
