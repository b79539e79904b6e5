#include "core/dossier/combined.h"

#include "dossier_support.h"

#include <set>

using namespace depeche;

namespace {

Dossier bridge_dossier() {
    return build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                          test::input("critiques", test::kBridgeCriticized, "2024-03-14"),
                          test::input("bilan", test::kBridgeByRole, "2024-10-03")},
                         test::french());
}

bool inside(const std::string& text, Span s) { return s.start <= s.end && s.end <= text.size(); }

template <class Item>
std::set<std::string> ids(const std::vector<Item>& items) {
    std::set<std::string> out;
    for (const Item& i : items) CHECK_MESSAGE(out.insert(i.id).second, "duplicate id " << i.id);
    return out;
}

// What the explorer relies on: unique ids, every reference resolved, every span in the text and
// every quoted or dated text the slice it claims to be.
void check_valid(const Result& r, const Dossier& d) {
    const std::string& text = r.text;
    const auto entity_ids = ids(r.analysis.entities), quote_ids = ids(r.analysis.quotes);
    const auto timex_ids = ids(r.analysis.timexes), place_ids = ids(r.analysis.places);
    ids(r.analysis.events);
    for (const Span& p : r.analysis.paragraphs) CHECK(inside(text, p));
    for (const Entity& e : r.analysis.entities) {
        CHECK(!e.mentions.empty());
        for (const Span& m : e.mentions) CHECK(inside(text, m));
        if (e.home) CHECK(place_ids.count(*e.home));
    }
    for (const Quote& q : r.analysis.quotes) {
        REQUIRE(inside(text, q.span));
        CHECK(test::slice(text, q.span) == q.text);
        CHECK(inside(text, q.cue_span));
        CHECK(test::slice(text, q.cue_span) == q.cue);
        if (q.speaker) CHECK(entity_ids.count(*q.speaker));
    }
    for (const Timex& t : r.analysis.timexes) {
        REQUIRE(inside(text, t.span));
        CHECK(test::slice(text, t.span) == t.text);
    }
    for (const Place& p : r.analysis.places)
        for (const Span& m : p.mentions) CHECK(inside(text, m));
    for (const Event& e : r.analysis.events) {
        CHECK(inside(text, e.span));
        if (!e.timex.empty()) CHECK(timex_ids.count(e.timex));
        if (e.place) CHECK(place_ids.count(*e.place));
        for (const std::string& id : e.entities) CHECK(entity_ids.count(id));
        for (const std::string& id : e.quotes) CHECK(quote_ids.count(id));
    }
    // Each shown article sits at its span, byte for byte.
    for (const DossierArticle& a : d.articles)
        if (a.span.size() > 0) CHECK(test::slice(text, a.span) == a.result.text);
}

}  // namespace

TEST_CASE("the combined result of all articles is one valid analysis") {
    Dossier d = bridge_dossier();
    REQUIRE(d.articles.size() == 3);
    const Result r = combined_result(d, {true, true, true});
    REQUIRE(r.ok());
    check_valid(r, d);
    CHECK(r.text == d.articles[0].result.text + "\n\n" + d.articles[1].result.text + "\n\n" + d.articles[2].result.text);
    CHECK(d.articles[1].span.start == d.articles[0].result.text.size() + 2);
    CHECK(r.analysis.title.empty());
    CHECK(r.analysis.dct == "2024-10-03");
    // Each article's title opens its paragraphs.
    REQUIRE(!r.analysis.paragraphs.empty());
    CHECK(test::slice(r.text, r.analysis.paragraphs[0]) == d.articles[0].result.analysis.title);
    const Span second_title = r.analysis.paragraphs[d.articles[0].result.analysis.paragraphs.size() + 1];
    CHECK(test::slice(r.text, second_title) == d.articles[1].result.analysis.title);
    // One entity for the minister, with his mentions from all three articles and his three quotes.
    const auto minister = std::find_if(r.analysis.entities.begin(), r.analysis.entities.end(),
                                       [](const Entity& e) { return e.name == "Arsène Kalousdian"; });
    REQUIRE(minister != r.analysis.entities.end());
    CHECK(std::count_if(r.analysis.entities.begin(), r.analysis.entities.end(),
                        [](const Entity& e) { return e.name.find("Kalousd") != std::string::npos; }) == 1);
    CHECK(minister->mentions.front().start < d.articles[0].span.end);
    CHECK(minister->mentions.back().start >= d.articles[2].span.start);
    const std::size_t his_quotes = std::count_if(r.analysis.quotes.begin(), r.analysis.quotes.end(),
                                                 [&](const Quote& q) { return q.speaker == minister->id; });
    CHECK(his_quotes == 3);
    // One Grenoble, and the bridge's launch once, placed there, spanning its first source's words.
    CHECK(std::count_if(r.analysis.places.begin(), r.analysis.places.end(),
                        [](const Place& p) { return p.canonical == "Grenoble"; }) == 1);
    CHECK(r.analysis.events.size() == d.events.size());
    const auto launch = std::find_if(r.analysis.events.begin(), r.analysis.events.end(),
                                     [](const Event& e) { return e.value == "2024-03-12"; });
    REQUIRE(launch != r.analysis.events.end());
    CHECK(d.articles[0].span.contains(launch->span));
    REQUIRE(launch->place);
    CHECK(std::find_if(r.analysis.places.begin(), r.analysis.places.end(),
                       [&](const Place& p) { return p.id == *launch->place; })->canonical == "Grenoble");
}

TEST_CASE("a hidden article leaves the combined result, its events with it") {
    Dossier d = bridge_dossier();
    const Result r = combined_result(d, {false, true, false});
    check_valid(r, d);
    CHECK(r.text == d.articles[1].result.text);
    CHECK(d.articles[0].span.size() == 0);
    CHECK(d.articles[2].span.size() == 0);
    CHECK(d.articles[1].span == Span(0, r.text.size()));
    CHECK(r.analysis.dct == "2024-03-14");
    // The launch, told by the first two articles, now spans the second one's words.
    const auto launch = std::find_if(r.analysis.events.begin(), r.analysis.events.end(),
                                     [](const Event& e) { return e.value == "2024-03-12"; });
    REQUIRE(launch != r.analysis.events.end());
    CHECK(d.articles[1].span.contains(launch->span));
    CHECK(std::none_of(r.analysis.events.begin(), r.analysis.events.end(),
                       [](const Event& e) { return e.value == "2024-10-03"; }));
    CHECK(std::none_of(r.analysis.places.begin(), r.analysis.places.end(),
                       [](const Place& p) { return p.canonical == "Lyon"; }));
}

TEST_CASE("nothing shown is an empty analysis") {
    Dossier d = bridge_dossier();
    const Result r = combined_result(d, {false, false, false});
    CHECK(r.ok());
    CHECK(r.text.empty());
    CHECK(r.analysis.entities.empty());
    CHECK(r.analysis.events.empty());
    CHECK(!r.analysis.dct);
}
