// The map camera: projection round-trip, fit-all, zoom about the cursor, eased flights.
#include "app/model/map_camera.h"
#include "app/model/map_mesh.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

using namespace depeche::app;

TEST_CASE("screen and geographic coordinates round-trip") {
    const Viewport v{800, 600};
    const Camera c{40, mercator_y(40), 30};
    double sx = 0, sy = 0;
    to_screen(c, v, {44.51, 40.18}, sx, sy);
    const LonLat back = from_screen(c, v, sx, sy);
    CHECK(back.lon == doctest::Approx(44.51));
    CHECK(back.lat == doctest::Approx(40.18));
    CHECK(mercator_y(0) == doctest::Approx(0));
    CHECK(mercator_y(90) == doctest::Approx(mercator_y(85)));
}

TEST_CASE("fit shows every place, and one place at a regional scale") {
    const Viewport v{800, 600};
    const std::vector<LonLat> places = {{37.62, 55.76}, {44.51, 40.18}, {46.75, 39.82}, {2.35, 48.86}};
    const Camera c = fit(places, v, 40);
    const GeoBounds b = visible_bounds(c, v);
    for (const LonLat& p : places) CHECK(b.contains(p));
    const Camera one = fit({{44.51, 40.18}}, v, 40);
    const GeoBounds ob = visible_bounds(one, v);
    CHECK(ob.east - ob.west >= 12.0);
    CHECK(ob.east - ob.west < 40.0);
    const Camera none = fit({}, v, 40);
    CHECK(visible_bounds(none, v).east - visible_bounds(none, v).west > 300);
}

TEST_CASE("zooming keeps the point under the cursor in place and stays within limits") {
    const Viewport v{800, 600};
    const Camera c{10, 20, 10};
    const LonLat before = from_screen(c, v, 600, 150);
    const Camera z = zoom_about(c, v, 600, 150, 2.0);
    const LonLat after = from_screen(z, v, 600, 150);
    CHECK(z.scale == doctest::Approx(20));
    CHECK(after.lon == doctest::Approx(before.lon));
    CHECK(after.lat == doctest::Approx(before.lat));
    const double whole_world = std::min(800.0 / 360.0, 600.0 / (2 * mercator_y(85)));
    CHECK(zoom_about(c, v, 400, 300, 1e-9).scale == doctest::Approx(whole_world));
}

TEST_CASE("a flight eases from one camera to the other and ends exactly there") {
    Flight f = fly({0, 0, 2}, {44, 45, 50}, 0.5);
    CHECK(f.active());
    const Camera mid = advance(f, 0.25);
    CHECK(mid.x == doctest::Approx(22));
    CHECK(mid.scale == doctest::Approx(10));  // geometric midpoint of 2 and 50
    const Camera end = advance(f, 10);
    CHECK_FALSE(f.active());
    CHECK(end.x == doctest::Approx(44));
    CHECK(end.scale == doctest::Approx(50));
}

TEST_CASE("country outlines become triangles, border segments and highlight flags") {
    depeche::MapData map;
    depeche::MapCountry square;
    square.iso2 = "AM";
    // A square with a square hole: earcut must leave the hole out.
    square.polygons.push_back({{{{0, 0}, {10, 0}, {10, 10}, {0, 10}, {0, 0}}, {{4, 4}, {6, 4}, {6, 6}, {4, 6}, {4, 4}}}});
    depeche::MapCountry other;
    other.iso2 = "AZ";
    other.polygons.push_back({{{{20, 0}, {30, 0}, {25, 8}, {20, 0}}}});
    map.countries = {square, other};
    const MapMesh mesh = build_map_mesh(map);
    REQUIRE(mesh.fill.size() % 6 == 0);
    double area = 0;
    for (std::size_t i = 0; i < mesh.fill.size(); i += 6) {
        const double ax = mesh.fill[i], ay = mesh.fill[i + 1], bx = mesh.fill[i + 2], by = mesh.fill[i + 3], cx = mesh.fill[i + 4], cy = mesh.fill[i + 5];
        if (mesh.fill_country[i / 2] == 0) area += std::abs((bx - ax) * (cy - ay) - (cx - ax) * (by - ay)) / 2;
    }
    // In projected degrees the square is a little taller than 10 × 10; the hole is cut out.
    CHECK(area == doctest::Approx(10.0 * mercator_y(10) - 2.0 * (mercator_y(6) - mercator_y(4))).epsilon(0.001));
    CHECK(mesh.borders.size() == (4 + 4 + 3) * 4);
    const auto flags = highlight_flags(mesh, {"AZ"});
    REQUIRE(flags.size() == mesh.fill_country.size());
    for (std::size_t i = 0; i < flags.size(); ++i) CHECK(flags[i] == (mesh.fill_country[i] == 1 ? 1.0f : 0.0f));
}

TEST_CASE("the detailed outlines are wanted from a continent's width on, and the whole world keeps the coarse ones") {
    const Viewport v{720, 480};
    const Camera world = fit({}, v, 0);
    CHECK_FALSE(wants_map_detail(world));
    // The South Caucasus, a few hundred kilometres across, fills the pane: the 1:110M corners show.
    const Camera caucasus = fit({{44.5, 40.2}, {49.9, 40.4}, {46.8, 39.8}}, v, 40);
    CHECK(wants_map_detail(caucasus));
    const Camera eurasia = fit({{-9.1, 38.7}, {139.7, 35.7}}, v, 40);
    CHECK_FALSE(wants_map_detail(eurasia));
}

TEST_CASE("a map file that is no map is refused with its reason and leaves the mesh empty") {
    MapMesh mesh;
    std::string error;
    CHECK_FALSE(read_map_mesh("", mesh, error));
    CHECK_FALSE(error.empty());
    error.clear();
    CHECK_FALSE(read_map_mesh(std::string(64, '\xff'), mesh, error));
    CHECK_FALSE(error.empty());
    CHECK(mesh.fill.empty());
}
