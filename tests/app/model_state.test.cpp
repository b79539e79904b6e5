// The selection/filter model without rendering: what each view shows after each action.
#include "sample_analysis.h"

#include "app/model/state.h"
#include "app/model/state_json.h"

#include <doctest/doctest.h>

using namespace depeche;
using namespace depeche::app;

namespace {

std::vector<std::string> ids(const Analysis& a, const std::vector<std::size_t>& quotes) {
    std::vector<std::string> out;
    for (std::size_t i : quotes) out.push_back(a.quotes[i].id);
    return out;
}

std::vector<std::string> event_ids(const Analysis& a, const std::vector<std::size_t>& events) {
    std::vector<std::string> out;
    for (std::size_t i : events) out.push_back(a.events[i].id);
    return out;
}

Action act(Action::Type type, std::string id = {}) { return Action{type, std::move(id), QuoteKind::direct}; }

}  // namespace

TEST_CASE("speakers are ranked by quote count and counted by kind") {
    const auto s = test::sample_analysis();
    const Index ix = build_index(s.analysis);
    REQUIRE(ix.speakers.size() == 3);
    CHECK(s.analysis.entities[ix.speakers[0].entity].id == "e1");
    CHECK(ix.speakers[0].direct == 1);
    CHECK(ix.speakers[0].indirect == 1);
    CHECK(ix.speakers[0].mixed == 0);
    CHECK(ix.speaker_rank[1] == 1);
    CHECK(ix.quote_event == std::vector<int>{0, 0, 1, -1});
    CHECK(event_ids(s.analysis, ix.events_by_time) == std::vector<std::string>{"ev3", "ev4", "ev2", "ev1"});
}

TEST_CASE("choosing a speaker filters quotes and events, choosing again lifts the filter") {
    const auto s = test::sample_analysis();
    const Index ix = build_index(s.analysis);
    State st;
    CHECK(ids(s.analysis, visible_quotes(st, ix)).size() == 4);
    CHECK(apply(st, ix, act(Action::Type::toggle_speaker, "e1")));
    CHECK(st.selected == "e1");
    CHECK(focused_speaker(st, ix) == "e1");
    CHECK(ids(s.analysis, visible_quotes(st, ix)) == std::vector<std::string>{"q1", "q2"});
    CHECK(event_ids(s.analysis, visible_events(st, ix)) == std::vector<std::string>{"ev1"});
    CHECK(apply(st, ix, act(Action::Type::toggle_speaker, "e1")));
    CHECK(st.filters.speaker.empty());
    CHECK(st.selected.empty());
    CHECK(visible_quotes(st, ix).size() == 4);
}

TEST_CASE("selecting a speaker filters to them; selecting someone who never speaks does not") {
    auto s = test::sample_analysis();
    s.analysis.entities.push_back({"e4", EntityType::person, "Recep Tayyip Erdogan", {}, {}, {}, std::nullopt});
    const Index ix = build_index(s.analysis);
    State st;
    CHECK(apply(st, ix, act(Action::Type::select, "e2")));
    CHECK(st.filters.speaker == "e2");
    CHECK(ids(s.analysis, visible_quotes(st, ix)) == std::vector<std::string>{"q3"});
    CHECK(apply(st, ix, act(Action::Type::select, "e4")));
    CHECK(st.selected == "e4");
    CHECK(st.filters.speaker == "e2");
}

TEST_CASE("unknown ids change nothing") {
    const auto s = test::sample_analysis();
    const Index ix = build_index(s.analysis);
    State st;
    CHECK_FALSE(apply(st, ix, act(Action::Type::select, "q99")));
    CHECK_FALSE(apply(st, ix, act(Action::Type::select, "x1")));
    CHECK_FALSE(apply(st, ix, act(Action::Type::toggle_speaker, "p1")));
    CHECK(st.selected.empty());
}

TEST_CASE("selecting an event puts its place on the map; selecting a place filters events and quotes") {
    const auto s = test::sample_analysis();
    const Index ix = build_index(s.analysis);
    State st;
    CHECK(apply(st, ix, act(Action::Type::select, "ev2")));
    REQUIRE(map_place(st, ix));
    CHECK(s.analysis.places[*map_place(st, ix)].name == "Erevan");
    CHECK(st.filters.place.empty());

    CHECK(apply(st, ix, act(Action::Type::select, "p2")));
    CHECK(st.filters.place == "p2");
    CHECK(event_ids(s.analysis, visible_events(st, ix)) == std::vector<std::string>{"ev2"});
    // q3 belongs to the event at Erevan, q4 names Erevan.
    CHECK(ids(s.analysis, visible_quotes(st, ix)) == std::vector<std::string>{"q3", "q4"});

    CHECK(apply(st, ix, act(Action::Type::select, "q1")));
    REQUIRE(chronology_event(st, ix));
    CHECK(s.analysis.events[*chronology_event(st, ix)].id == "ev1");
    CHECK(focused_speaker(st, ix) == "e1");
}

TEST_CASE("a click on a kind shows that kind; kind and search filters combine") {
    const auto s = test::sample_analysis();
    const Index ix = build_index(s.analysis);
    State st;
    const auto kind = [](QuoteKind k) { return Action{Action::Type::toggle_kind, {}, k}; };
    CHECK(apply(st, ix, kind(QuoteKind::direct)));
    CHECK(st.filters.kinds == kind_bit(QuoteKind::direct));
    CHECK(ids(s.analysis, visible_quotes(st, ix)) == std::vector<std::string>{"q1"});
    CHECK(apply(st, ix, kind(QuoteKind::mixed)));
    CHECK(ids(s.analysis, visible_quotes(st, ix)) == std::vector<std::string>{"q1", "q3"});
    CHECK(apply(st, ix, act(Action::Type::set_search, "ECHOUÉ")));
    CHECK(ids(s.analysis, visible_quotes(st, ix)) == std::vector<std::string>{"q3"});
    CHECK(apply(st, ix, act(Action::Type::set_search, "pachinyan")));  // the speaker's name matches too
    CHECK(ids(s.analysis, visible_quotes(st, ix)) == std::vector<std::string>{"q3"});
    CHECK(apply(st, ix, act(Action::Type::set_search, "")));
    CHECK(apply(st, ix, kind(QuoteKind::direct)));  // a kind shown is hidden again
    CHECK(st.filters.kinds == kind_bit(QuoteKind::mixed));
    CHECK(apply(st, ix, kind(QuoteKind::mixed)));   // hiding the last one shows them all
    CHECK(st.filters.kinds == kAllKinds);
    CHECK(apply(st, ix, kind(QuoteKind::indirect)));
    CHECK(apply(st, ix, act(Action::Type::clear_kinds)));
    CHECK(st.filters.kinds == kAllKinds);
    CHECK_FALSE(apply(st, ix, act(Action::Type::clear_kinds)));
    CHECK(apply(st, ix, act(Action::Type::toggle_speaker, "e2")));
    CHECK(st.filters.active());
    CHECK(apply(st, ix, act(Action::Type::reset)));
    CHECK_FALSE(st.filters.active());
    CHECK(st.selected.empty());
    CHECK_FALSE(apply(st, ix, act(Action::Type::reset)));
}

TEST_CASE("the state round-trips through JSON and drops ids a new analysis lacks") {
    const auto s = test::sample_analysis();
    const Index ix = build_index(s.analysis);
    State st;
    apply(st, ix, act(Action::Type::toggle_speaker, "e2"));
    apply(st, ix, act(Action::Type::select, "q3"));
    apply(st, ix, Action{Action::Type::toggle_kind, {}, QuoteKind::indirect});
    apply(st, ix, Action{Action::Type::toggle_kind, {}, QuoteKind::mixed});
    const auto j = state_to_json(st);
    CHECK(j["selected"] == "q3");
    CHECK(j["filters"]["speaker"] == "e2");
    CHECK(j["filters"]["place"].is_null());
    CHECK(j["filters"]["kinds"] == nlohmann::json::array({"indirect", "mixed"}));

    Filters f;
    REQUIRE(filters_from_json(j["filters"].dump(), ix, f));
    CHECK(f == st.filters);
    CHECK_FALSE(filters_from_json("not json", ix, f));
    CHECK_FALSE(filters_from_json("[1]", ix, f));
    REQUIRE(filters_from_json(R"({"speaker": "e42", "place": 7, "kinds": ["none"]})", ix, f));
    CHECK(f.speaker.empty());
    CHECK(f.place.empty());
    CHECK(f.kinds == kAllKinds);

    Analysis smaller = s.analysis;
    smaller.quotes.resize(1);
    smaller.entities.resize(1);
    const Index small = build_index(smaller);
    keep_valid(st, small);
    CHECK(st.selected.empty());
    CHECK(st.filters.speaker.empty());
}
