#pragma once
// The map's projection (Web Mercator, in degrees so both axes read alike) and its camera:
// fit-all, fly-to with an eased animation, zoom about the cursor. No drawing here.
#include <vector>

namespace depeche::app {

struct LonLat {
    double lon = 0, lat = 0;
};

struct Camera {
    double x = 0, y = 0;   // projected centre
    double scale = 2.0;    // screen pixels per projected degree
};

// Projected coordinates: x = longitude, y = Mercator latitude in degrees (north up, clamped at ±85°).
double mercator_y(double lat);
double inverse_mercator_y(double y);

struct Viewport {
    double width = 1, height = 1;
};

// Screen position (pixels from the viewport's top-left) of a point, and back.
void to_screen(const Camera& c, const Viewport& v, LonLat p, double& sx, double& sy);
LonLat from_screen(const Camera& c, const Viewport& v, double sx, double sy);

struct GeoBounds {
    double west = 0, south = 0, east = 0, north = 0;
    bool contains(LonLat p) const { return p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north; }
};
GeoBounds visible_bounds(const Camera& c, const Viewport& v);

// The camera that shows every point with `margin` pixels to spare; one point is shown at a
// regional scale (about 12 degrees across), none at the whole world.
Camera fit(const std::vector<LonLat>& points, const Viewport& v, double margin);

// Keeps the scale between the whole world and a city's streets.
Camera clamp(Camera c, const Viewport& v);

Camera zoom_about(const Camera& c, const Viewport& v, double sx, double sy, double factor);

// From this scale on (a continent or less across a map pane), the 1:110M outlines show their
// corners and the 1:50M ones are drawn, once the page has fetched them.
constexpr double kDetailedMapScale = 12.0;
inline bool wants_map_detail(const Camera& c) { return c.scale >= kDetailedMapScale; }

// An eased flight between two cameras; the scale moves geometrically so zooming feels even.
struct Flight {
    Camera from, to;
    double elapsed = 0, duration = 0;
    bool active() const { return elapsed < duration; }
};

Flight fly(const Camera& from, const Camera& to, double seconds);
Camera advance(Flight& f, double dt);

}  // namespace depeche::app
