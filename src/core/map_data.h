#pragma once
// Reader of the world outlines built by tools/build-map.mjs (format "DPMP" version 1, described
// there): plain data the map view turns into vertex buffers.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace depeche {

struct GeoPoint {
    float lon = 0.0f;
    float lat = 0.0f;
};

struct GeoBox {
    float west = 0.0f, south = 0.0f, east = 0.0f, north = 0.0f;
    bool contains(double lat, double lon) const { return lon >= west && lon <= east && lat >= south && lat <= north; }
};

// Outer ring first, then the holes (lakes, enclaves).
struct MapPolygon {
    std::vector<std::vector<GeoPoint>> rings;
};

struct MapCountry {
    std::uint16_t numeric = 0;  // ISO 3166-1 numeric, 0 when unknown
    std::string iso2;           // ISO 3166-1 alpha-2, "--" when unknown
    GeoBox bbox;
    std::vector<MapPolygon> polygons;
};

struct MapData {
    std::vector<MapCountry> countries;
};

// Decodes a whole file; on damaged or truncated data returns false and says where in `error`.
bool decode_map(std::string_view bytes, MapData& out, std::string& error);

// The country whose outline holds the point (even-odd rule over its rings), or nullptr (sea).
const MapCountry* country_at(const MapData& map, double lat, double lon);

}  // namespace depeche
