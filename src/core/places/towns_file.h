#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace depeche {

// One row of gazetteer-towns.json (tools/build-gazetteer.mjs).
struct TownRow {
    std::string english;
    std::string french;  // empty when the town has no French name of its own
    std::string country;  // ISO 3166-1 alpha-2
    double lat = 0.0;
    double lon = 0.0;
    double population = 0.0;
    bool is_word = false;  // the name is also a French word
    bool approximate = false;  // placed at the centre of its division, its own point unknown
    bool quarter = false;      // a city's quarter, from the project's own list: a place wherever named
};

// The rows of a depeche/gazetteer-towns@1 file, its towns then its communes (approximate rows),
// read as they stream by: a document tree of 50,000 rows would cost the page and the command line
// more than the rows themselves. Malformed rows are skipped; nullopt, with the reason, for a file
// that is not such a file.
std::optional<std::vector<TownRow>> read_towns(std::string_view json_text, std::string& error);

}  // namespace depeche
