#pragma once
// Country outlines (core's MapData) turned into what the GPU draws: land as triangles and borders
// as line segments, both in projected degrees (longitude, Mercator latitude), built once; and the
// per-vertex highlight of the countries an article names, rebuilt per analysis.
#include "core/map_data.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace depeche::app {

struct MapMesh {
    std::vector<float> fill;                  // x, y per vertex, three vertices per triangle
    std::vector<std::uint16_t> fill_country;  // per fill vertex, index in MapData::countries
    std::vector<float> borders;               // x, y per vertex, two vertices per segment
    std::vector<std::string> iso2;            // per country
};

MapMesh build_map_mesh(const MapData& map);

// The mesh of a map file (world-110m.bin, world-50m.bin); false with the reason for a file that
// is no map.
bool read_map_mesh(std::string_view bytes, MapMesh& out, std::string& error);

// A mesh and the highlight of its vertices for the analysis on screen.
struct MapOutlines {
    MapMesh mesh;
    std::vector<float> flags;
};

// 1 for each fill vertex of a country in `countries` (ISO alpha-2), 0 elsewhere.
std::vector<float> highlight_flags(const MapMesh& mesh, const std::unordered_set<std::string>& countries);

}  // namespace depeche::app
