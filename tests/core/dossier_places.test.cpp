#include "core/dossier/place_pool.h"

#include "dossier_support.h"

using namespace depeche;

namespace {

Place place(const char* name, const char* canonical, const char* country, double lat, double lon,
            PlaceKind kind = PlaceKind::city) {
    Place p;
    p.name = name, p.canonical = canonical, p.country = country, p.lat = lat, p.lon = lon, p.kind = kind;
    return p;
}

}  // namespace

TEST_CASE("places are pooled by canonical name and country, or by a point within a kilometre") {
    PlacePool pool;
    const std::size_t yerevan = pool.add(place("Erevan", "Yerevan", "AM", 40.18, 44.51));
    CHECK(pool.add(place("Yerevan", "Yerevan", "AM", 40.19, 44.52)) == yerevan);
    CHECK(pool.add(place("Erevan-centre", "Kentron", "AM", 40.185, 44.515)) == yerevan);  // 0.7 km away
    CHECK(pool.add(place("Gumri", "Gyumri", "AM", 40.79, 43.85)) != yerevan);
    // The same name in another country is another place.
    CHECK(pool.add(place("Yerevan", "Yerevan", "US", 40.18, -74.0)) != yerevan);
    // Two kilometres is not the same place.
    CHECK(pool.add(place("Nork", "Nork", "AM", 40.198, 44.51)) != yerevan);
    // A historical state drawn at its modern country's point is not that country.
    const std::size_t state = pool.add(place("Azerbaïdjan", "Azerbaijan", "AZ", 40.5, 47.5, PlaceKind::country));
    CHECK(pool.add(place("RSS d'Azerbaïdjan", "Azerbaijan SSR", "AZ", 40.5, 47.5, PlaceKind::other)) != state);
}

TEST_CASE("the dossier's places list the articles and events that name them") {
    const Dossier d = build_dossier({test::input("chantier", test::kBridgeOpened, "2024-03-13"),
                                     test::input("bilan", test::kBridgeByRole, "2024-10-03")},
                                    test::french());
    REQUIRE(d.places.size() == 2);
    CHECK(d.places[0].id == "p1");
    CHECK(d.places[0].canonical == "Grenoble");
    CHECK(d.places[0].articles == std::vector<std::string>{"a1"});
    CHECK(d.places[1].canonical == "Lyon");
    CHECK(d.places[1].articles == std::vector<std::string>{"a2"});
    REQUIRE(d.places[1].events.size() == 1);
    const auto lyon_event = std::find_if(d.events.begin(), d.events.end(), [&](const DossierEvent& e) { return e.id == d.places[1].events[0]; });
    REQUIRE(lyon_event != d.events.end());
    CHECK(lyon_event->place == "p2");
    CHECK(lyon_event->value == "2024-10-03");
}
