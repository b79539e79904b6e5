#include "core/map_data.h"

#include "test_support.h"

using namespace depeche;

namespace {

const MapData& map_at(const char* scale) {
    static std::string error;
    static MapData maps[2];
    const int i = std::string(scale) == "110m" ? 0 : 1;
    if (maps[i].countries.empty()) {
        const std::string bytes = test::read_file(std::string(DEPECHE_TEST_GENERATED) + "/map/world-" + scale + ".bin");
        REQUIRE_MESSAGE(decode_map(bytes, maps[i], error), error);
    }
    return maps[i];
}

const MapCountry* find(const MapData& map, const std::string& iso2) {
    for (const MapCountry& c : map.countries)
        if (c.iso2 == iso2) return &c;
    return nullptr;
}

}  // namespace

TEST_CASE("both map scales decode, with the countries' codes and closed rings") {
    for (const char* scale : {"110m", "50m"}) {
        CAPTURE(std::string(scale));
        const MapData& map = map_at(scale);
        CHECK(map.countries.size() >= 170);
        std::size_t points = 0;
        for (const MapCountry& c : map.countries) {
            CHECK(c.iso2.size() == 2);
            CHECK(!c.polygons.empty());
            for (const MapPolygon& p : c.polygons)
                for (const auto& ring : p.rings) {
                    CHECK(ring.size() >= 3);
                    points += ring.size();
                    for (const GeoPoint& g : ring) {
                        CHECK(g.lon >= c.bbox.west - 0.01f);
                        CHECK(g.lon <= c.bbox.east + 0.01f);
                    }
                }
        }
        CHECK(points > 10000);
    }
    CHECK(map_at("50m").countries.size() > map_at("110m").countries.size());
}

TEST_CASE("outlines hold their capitals") {
    struct Capital {
        const char* iso2;
        double lat, lon;
    };
    for (const Capital c : {Capital{"AM", 40.177, 44.513}, Capital{"AZ", 40.409, 49.867}, Capital{"FR", 48.857, 2.352},
                            Capital{"RU", 55.756, 37.617}, Capital{"TR", 39.93, 32.86}, Capital{"US", 39.0, -98.0},
                            Capital{"BR", -15.79, -47.88}, Capital{"AU", -25.0, 134.0}}) {
        for (const char* scale : {"110m", "50m"}) {
            const MapData& map = map_at(scale);
            CAPTURE(std::string(c.iso2) + " " + scale);
            const MapCountry* country = find(map, c.iso2);
            REQUIRE(country != nullptr);
            CHECK(country->bbox.contains(c.lat, c.lon));
            const MapCountry* at = country_at(map, c.lat, c.lon);
            REQUIRE(at != nullptr);
            CHECK(at->iso2 == c.iso2);
        }
    }
    CHECK(country_at(map_at("110m"), 0.0, -30.0) == nullptr);  // the middle of the Atlantic
    CHECK(find(map_at("110m"), "AM")->numeric == 51);
}

TEST_CASE("damaged map data is refused, never read past its end") {
    const std::string bytes = test::read_file(std::string(DEPECHE_TEST_GENERATED) + "/map/world-110m.bin");
    MapData map;
    std::string error;
    CHECK_FALSE(decode_map("", map, error));
    CHECK_FALSE(decode_map("GIF89a", map, error));
    CHECK(error.find("DPMP") != std::string::npos);
    for (std::size_t cut : {std::size_t{7}, std::size_t{100}, bytes.size() / 2, bytes.size() - 1}) {
        CAPTURE(cut);
        error.clear();
        CHECK_FALSE(decode_map(std::string_view(bytes).substr(0, cut), map, error));
        CHECK(error.find("truncated") != std::string::npos);
        CHECK(map.countries.empty());
    }
    std::string future = bytes;
    future[4] = 9;
    CHECK_FALSE(decode_map(future, map, error));
    CHECK(error.find("version 9") != std::string::npos);
}
