// The map camera: projection round-trip, fit-all, zoom about the cursor, eased flights.
#include "app/model/map_camera.h"

#include <doctest/doctest.h>

#include <algorithm>

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
