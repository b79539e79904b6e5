#include "core/places/distance.h"
#include "core/places/find_places.h"

#include "core/data_file.h"
#include "test_support.h"

using namespace depeche;

TEST_CASE("every place of the launch article's gold is found, within 100 km (countries 500 km)") {
    std::string error;
    const auto gold = read_json_file(std::string(DEPECHE_TEST_GOLD) + "/karabakh-peskov.gold.json", error);
    REQUIRE_MESSAGE(gold.has_value(), error);
    const std::string text = test::read_file(std::string(DEPECHE_TEST_GOLD) + "/karabakh-peskov.fr.txt");
    const Result r = analyze(text, {}, test::french());
    REQUIRE(r.ok());
    const auto& places = r.analysis.places;
    REQUIRE((*gold)["places"].is_array());
    CHECK((*gold)["places"].size() >= 9);
    for (const auto& g : (*gold)["places"]) {
        const std::string name = g["text"].get<std::string>();
        CAPTURE(name);
        const Place* found = nullptr;
        for (const Place& p : places)
            for (const Span& m : p.mentions)
                if (test::slice(r.text, m) == name && !found) found = &p;
        REQUIRE_MESSAGE(found != nullptr, "no place has a mention \"" << name << "\"");
        CHECK(found->country == g["country"].get<std::string>());
        CHECK(std::string(to_string(found->kind)) == g["kind"].get<std::string>());
        const double limit = g["kind"] == "country" ? 500.0 : 100.0;
        CHECK(distance_km(found->lat, found->lon, g["lat"].get<double>(), g["lon"].get<double>()) <= limit);
    }
    // The headline names Moscow first, in capitals; the reader sees it written "Moscou", speaking
    // as the Russian government. Paris comes from the dateline.
    REQUIRE(!places.empty());
    CHECK(places.front().canonical == "Moscow");
    CHECK(places.front().name == "Moscou");
    CHECK(test::slice(r.text, places.front().mentions.front()) == "MOSCOU");
    CHECK(places.front().actor_mentions.size() >= 4);
    CHECK(places.front().actor_mentions.front() == places.front().mentions.front());
    for (const Place& p : places)
        if (p.canonical == "Paris") CHECK(p.mentions.front().start == r.analysis.dateline->span.start);
}

TEST_CASE("distances are great-circle kilometres") {
    CHECK(distance_km(48.857, 2.352, 48.857, 2.352) == doctest::Approx(0.0));
    CHECK(distance_km(48.857, 2.352, 51.507, -0.128) == doctest::Approx(344.0).epsilon(0.01));  // Paris-London
    CHECK(distance_km(40.177, 44.513, 40.409, 49.867) == doctest::Approx(453.0).epsilon(0.02));  // Yerevan-Baku
    CHECK(distance_km(0.0, 179.5, 0.0, -179.5) == doctest::Approx(111.2).epsilon(0.01));       // across the antimeridian
}

TEST_CASE("a place written only in capitals is named as usually written") {
    const Result r = analyze("PARIS (AFP) - Le ministre a quitté le pays pour la Suisse.", {}, test::french());
    REQUIRE(r.ok());
    REQUIRE(r.analysis.dateline.has_value());
    REQUIRE(r.analysis.places.size() == 2);
    CHECK(r.analysis.places[0].name == "Paris");
    CHECK(test::slice(r.text, r.analysis.places[0].mentions[0]) == "PARIS");
    CHECK(r.analysis.places[1].name == "Suisse");
}
