#include "map_mesh.h"

#include "map_camera.h"

#include <mapbox/earcut.hpp>

#include <algorithm>
#include <array>

namespace depeche::app {

bool read_map_mesh(std::string_view bytes, MapMesh& out, std::string& error) {
    MapData map;
    if (!decode_map(bytes, map, error)) return false;
    out = build_map_mesh(map);
    return true;
}

MapMesh build_map_mesh(const MapData& map) {
    MapMesh mesh;
    using Point = std::array<float, 2>;
    std::vector<std::vector<Point>> polygon;
    for (std::size_t ci = 0; ci < map.countries.size(); ++ci) {
        const MapCountry& country = map.countries[ci];
        mesh.iso2.push_back(country.iso2);
        for (const MapPolygon& poly : country.polygons) {
            polygon.clear();
            for (const auto& ring : poly.rings) {
                std::vector<Point> projected;
                projected.reserve(ring.size());
                // A ring that crosses the antimeridian (Chukotka, Fiji) is unwrapped eastwards,
                // or its triangles would span the whole world.
                float west = 180, east = -180;
                for (const GeoPoint& p : ring) {
                    west = std::min(west, p.lon);
                    east = std::max(east, p.lon);
                }
                const bool wraps = east - west > 270;
                for (const GeoPoint& p : ring)
                    projected.push_back({wraps && p.lon < 0 ? p.lon + 360 : p.lon, static_cast<float>(mercator_y(p.lat))});
                for (std::size_t i = 0; i + 1 < projected.size(); ++i) {
                    mesh.borders.insert(mesh.borders.end(), {projected[i][0], projected[i][1], projected[i + 1][0], projected[i + 1][1]});
                }
                polygon.push_back(std::move(projected));
            }
            // Earcut indexes the rings' points as if they were one array, outer ring first.
            const std::vector<std::uint32_t> indices = mapbox::earcut<std::uint32_t>(polygon);
            std::vector<const Point*> flat;
            for (const auto& ring : polygon)
                for (const Point& p : ring) flat.push_back(&p);
            for (std::uint32_t i : indices) {
                mesh.fill.push_back((*flat[i])[0]);
                mesh.fill.push_back((*flat[i])[1]);
                mesh.fill_country.push_back(static_cast<std::uint16_t>(ci));
            }
        }
    }
    return mesh;
}

std::vector<float> highlight_flags(const MapMesh& mesh, const std::unordered_set<std::string>& countries) {
    std::vector<char> named(mesh.iso2.size(), 0);
    for (std::size_t i = 0; i < mesh.iso2.size(); ++i) named[i] = countries.count(mesh.iso2[i]) ? 1 : 0;
    std::vector<float> flags(mesh.fill_country.size());
    for (std::size_t i = 0; i < flags.size(); ++i) flags[i] = named[mesh.fill_country[i]] ? 1.0f : 0.0f;
    return flags;
}

}  // namespace depeche::app
