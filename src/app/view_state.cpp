#include "view_state.h"

#include "model/state_json.h"
#include "model/typed_date.h"

namespace depeche::app {
namespace {

using json = nlohmann::json;

const char* tab_name(Tab t) {
    switch (t) {
    case Tab::article: return "article";
    case Tab::speakers: return "speakers";
    case Tab::quotes: return "quotes";
    case Tab::chronology: return "chronology";
    case Tab::map: break;
    }
    return "map";
}

}  // namespace

json view_state(const App& app) {
    const Analysis& a = app.document.result.analysis;
    const Index& ix = app.index;
    const State& st = app.state;
    json out = state_to_json(st);
    out["layout"] = app.views.wide ? "columns" : "tabs";
    out["tab"] = app.views.wide ? json(nullptr) : json(tab_name(app.views.tab));
    out["theme"] = app.theme == Theme::dark ? "dark" : "light";
    out["uiLanguage"] = app.strings.language;
    out["dct"] = a.dct ? json(*a.dct) : json(nullptr);
    // The header's date box as the reader sees it: what is typed, the message under it, and how
    // many events wait for a date.
    out["dctField"] = {{"text", app.views.dct}, {"status", app.status}, {"waiting", events_waiting_for_dct(a)}};

    json speakers = json::array();
    for (const SpeakerStats& s : ix.speakers)
        speakers.push_back({{"id", a.entities[s.entity].id}, {"name", a.entities[s.entity].name}, {"colour", ix.speaker_rank[s.entity]},
                            {"direct", s.direct}, {"indirect", s.indirect}, {"mixed", s.mixed}});
    out["speakers"] = speakers;

    const std::vector<std::size_t> shown = visible_quotes(st, ix);
    json quotes = json::array();
    for (std::size_t qi : shown) quotes.push_back(a.quotes[qi].id);
    out["quotes"] = quotes;

    // The article shades every quote; those the filters keep and the focused speaker's stand out.
    std::vector<char> kept(a.quotes.size(), 0);
    for (std::size_t qi : shown) kept[qi] = 1;
    const std::string focus = focused_speaker(st, ix);
    json highlights = json::array();
    for (std::size_t qi = 0; qi < a.quotes.size(); ++qi) {
        const Quote& q = a.quotes[qi];
        const bool strong = kept[qi] && (focus.empty() || q.speaker == focus);
        highlights.push_back({{"quote", q.id}, {"start", q.span.start}, {"end", q.span.end},
                              {"speaker", q.speaker ? json(*q.speaker) : json(nullptr)}, {"emphasis", strong}, {"selected", st.selected == q.id}});
    }
    out["article"] = {{"highlights", highlights}};

    json events = json::array();
    for (std::size_t ei : visible_events(st, ix)) events.push_back(a.events[ei].id);
    const auto ev = chronology_event(st, ix);
    out["chronology"] = {{"events", events}, {"selected", ev ? json(a.events[*ev].id) : json(nullptr)},
                         {"value", ev && a.events[*ev].value ? json(*a.events[*ev].value) : json(nullptr)},
                         {"sources", ev && *ev < app.document.event_sources.size() ? json(app.document.event_sources[*ev]) : json(nullptr)},
                         {"zoom", app.views.chronology.zoom}, {"offset", app.views.chronology.offset}};

    const auto place = map_place(st, ix);
    const MapSettings& m = app.views.map;
    const GeoBounds b = visible_bounds(m.camera, m.viewport);
    json on_map = json::array();
    for (const Place& p : a.places)
        if (b.contains({p.lon, p.lat})) on_map.push_back(p.id);
    out["map"] = {{"selected", place ? json(a.places[*place].id) : json(nullptr)},
                  {"selectedName", place ? json(a.places[*place].name) : json(nullptr)},
                  {"bounds", {b.west, b.south, b.east, b.north}},
                  {"visiblePlaces", on_map},
                  {"moving", m.flight.active()},
                  {"outlines", &map_outlines_for(app, m.camera) == &app.map_detail ? "1:50M" : "1:110M"}};
    // In CSS pixels, as a page's script or a test taps and scrolls.
    const float ratio = app.fonts.pixel_ratio > 0 ? app.fonts.pixel_ratio : 1.0f;
    auto css = [ratio](const Region& r) {
        return json{{"name", r.name}, {"x", r.x / ratio}, {"y", r.y / ratio}, {"w", r.w / ratio}, {"h", r.h / ratio}};
    };
    json regions = json::array();
    for (const Region& r : app.views.regions) {
        json region = css(r);
        if (r.window) {
            region["scroll"] = r.scroll / ratio;
            region["scrollMax"] = r.scroll_max / ratio;
            region["content"] = r.content / ratio;
        }
        regions.push_back(region);
    }
    out["regions"] = regions;
    out["keyboardFocus"] = app.views.walked_to ? css(*app.views.walked_to) : json(nullptr);
    return out;
}

}  // namespace depeche::app
