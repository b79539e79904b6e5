#include "core/places/event_place.h"

#include "core/places/find_places.h"
#include "test_support.h"

using namespace depeche;

namespace {

struct Found {
    std::string text;
    std::vector<Place> places;
};

Found find(std::string text) {
    const Resources& r = test::french();
    Found f{std::move(text), {}};
    const TextIndex index = index_text(f.text, {Span{0, f.text.size()}}, r.tokenizer);
    f.places = find_places(f.text, index, std::nullopt, std::nullopt, r.gazetteer, r.tokenizer);
    return f;
}

}  // namespace

TEST_CASE("a site is a name after a place preposition, articles skipped") {
    const auto f = find("Des combats au Karabakh et dans le Donbass. Le président de la Russie a parlé à Moscou.");
    for (const Place& p : f.places) {
        CAPTURE(p.canonical);
        const bool expected_site = p.canonical == "Karabakh" || p.canonical == "Donbas" || p.canonical == "Moscow";
        CHECK(p.site_mentions.empty() != expected_site);
    }
}

TEST_CASE("an event happens at the most precise site named in its span") {
    const auto f = find("En Turquie, à Istanbul, des milliers de manifestants ont défilé. Ankara a réagi. "
                        "La Russie a tenu un sommet à Sotchi.");
    const std::size_t second = f.text.find("Ankara");
    const Place* first = place_of_event(f.places, {0, second});
    REQUIRE(first != nullptr);
    CHECK(first->canonical == "Istanbul");
    CHECK(place_of_event(f.places, {second, f.text.find("La Russie")}) == nullptr);  // Ankara acts, it is no site
    const Place* third = place_of_event(f.places, {f.text.find("La Russie"), f.text.size()});
    REQUIRE(third != nullptr);
    CHECK(third->canonical == "Sochi");
}
