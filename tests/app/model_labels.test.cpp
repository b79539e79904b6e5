// Words the interface builds from numbers and codes: counts with their plural, places with the
// name of their country.
#include "app/model/place_label.h"
#include "app/model/ui_strings.h"

#include "core/data_file.h"

#include <doctest/doctest.h>

using namespace depeche;
using namespace depeche::app;

TEST_CASE("counts take the singular where the language does: 0 and 1 in French, 1 in English") {
    std::string error;
    const auto data = read_json_file(std::string(DEPECHE_TEST_ASSETS) + "/ui/strings.json", error);
    REQUIRE_MESSAGE(data, error);
    UiStrings strings;
    REQUIRE_MESSAGE(load_ui_strings(*data, strings, error), error);
    strings.language = "fr";
    CHECK(strings.count(1, "quote-count") == "1 citation");
    CHECK(strings.count(0, "quote-count") == "0 citation");
    CHECK(strings.count(2, "quote-count") == "2 citations");
    CHECK(strings.count(1, "mixed-count") == "1 mixte");
    CHECK(strings.count(11, "mixed-count") == "11 mixtes");
    CHECK(strings.count(1, "events") == "1 événement");
    strings.language = "en";
    CHECK(strings.count(1, "quote-count") == "1 quote");
    CHECK(strings.count(0, "quote-count") == "0 quotes");
    CHECK(strings.count(12, "mentions") == "12 mentions");
}

TEST_CASE("a place is labelled with its country's name in the interface's language") {
    Gazetteer g;
    GazetteerEntry country;
    country.canonical = g.add_text("Azerbaijan");
    country.french = g.add_text("Azerbaïdjan");
    country.country = g.add_text("AZ");
    country.kind = PlaceKind::country;
    g.entries.push_back(country);
    g.countries["AZ"] = 0;

    Place region;
    region.name = "Haut-Karabakh";
    region.canonical = "Nagorno-Karabakh";
    region.country = "AZ";
    region.kind = PlaceKind::region;
    CHECK(place_label(region, g, "fr") == "Haut-Karabakh (Nagorno-Karabakh), Azerbaïdjan");
    CHECK(place_label(region, g, "en") == "Haut-Karabakh (Nagorno-Karabakh), Azerbaijan");

    Place itself;
    itself.name = "Azerbaïdjan";
    itself.canonical = "Azerbaijan";
    itself.country = "AZ";
    itself.kind = PlaceKind::country;
    CHECK(place_label(itself, g, "fr") == "Azerbaïdjan (Azerbaijan)");

    region.country = "ZZ";  // a code the gazetteer lacks stays a code rather than vanishing
    CHECK(place_label(region, g, "fr") == "Haut-Karabakh (Nagorno-Karabakh), ZZ");
}
