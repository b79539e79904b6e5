#include "map_camera.h"

#include <algorithm>
#include <cmath>

namespace depeche::app {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kMaxLat = 85.0;
constexpr double kMaxScale = 4000.0;  // about a city district on a phone

double ease(double t) { return t < 0.5 ? 4 * t * t * t : 1 - std::pow(-2 * t + 2, 3) / 2; }

}  // namespace

double mercator_y(double lat) {
    const double phi = std::clamp(lat, -kMaxLat, kMaxLat) * kPi / 180.0;
    return std::log(std::tan(kPi / 4 + phi / 2)) * 180.0 / kPi;
}

double inverse_mercator_y(double y) { return (2 * std::atan(std::exp(y * kPi / 180.0)) - kPi / 2) * 180.0 / kPi; }

void to_screen(const Camera& c, const Viewport& v, LonLat p, double& sx, double& sy) {
    sx = v.width / 2 + (p.lon - c.x) * c.scale;
    sy = v.height / 2 - (mercator_y(p.lat) - c.y) * c.scale;
}

LonLat from_screen(const Camera& c, const Viewport& v, double sx, double sy) {
    return {c.x + (sx - v.width / 2) / c.scale, inverse_mercator_y(c.y - (sy - v.height / 2) / c.scale)};
}

GeoBounds visible_bounds(const Camera& c, const Viewport& v) {
    const LonLat nw = from_screen(c, v, 0, 0);
    const LonLat se = from_screen(c, v, v.width, v.height);
    return {nw.lon, se.lat, se.lon, nw.lat};
}

Camera clamp(Camera c, const Viewport& v) {
    const double world = mercator_y(kMaxLat) * 2;
    const double min_scale = std::min(v.width / 360.0, v.height / world);
    c.scale = std::clamp(c.scale, min_scale, kMaxScale);
    c.x = std::clamp(c.x, -180.0, 180.0);
    c.y = std::clamp(c.y, -world / 2, world / 2);
    return c;
}

Camera fit(const std::vector<LonLat>& points, const Viewport& v, double margin) {
    if (points.empty()) return clamp(Camera{0, 25, 0}, v);
    double x0 = 1e9, x1 = -1e9, y0 = 1e9, y1 = -1e9;
    for (const LonLat& p : points) {
        x0 = std::min(x0, p.lon);
        x1 = std::max(x1, p.lon);
        y0 = std::min(y0, mercator_y(p.lat));
        y1 = std::max(y1, mercator_y(p.lat));
    }
    // Never closer than 12 degrees across: a lone city keeps its neighbours in view.
    const double span_x = std::max(x1 - x0, 12.0), span_y = std::max(y1 - y0, 6.0);
    const double w = std::max(1.0, v.width - 2 * margin), h = std::max(1.0, v.height - 2 * margin);
    return clamp(Camera{(x0 + x1) / 2, (y0 + y1) / 2, std::min(w / span_x, h / span_y)}, v);
}

Camera zoom_about(const Camera& c, const Viewport& v, double sx, double sy, double factor) {
    Camera z = c;
    z.scale = c.scale * factor;
    z = clamp(z, v);
    const double k = 1.0 / c.scale - 1.0 / z.scale;
    z.x = c.x + (sx - v.width / 2) * k;
    z.y = c.y - (sy - v.height / 2) * k;
    return clamp(z, v);
}

Flight fly(const Camera& from, const Camera& to, double seconds) { return Flight{from, to, 0, seconds}; }

Camera advance(Flight& f, double dt) {
    f.elapsed = std::min(f.duration, f.elapsed + std::max(0.0, dt));
    const double t = f.duration > 0 ? ease(f.elapsed / f.duration) : 1.0;
    Camera c;
    c.x = f.from.x + (f.to.x - f.from.x) * t;
    c.y = f.from.y + (f.to.y - f.from.y) * t;
    c.scale = f.from.scale * std::pow(f.to.scale / f.from.scale, t);
    return c;
}

}  // namespace depeche::app
