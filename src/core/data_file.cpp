#include "data_file.h"

#include <fstream>
#include <sstream>

namespace depeche {

std::optional<nlohmann::json> read_json_file(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot open data file " + path;
        return std::nullopt;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    auto parsed = nlohmann::json::parse(buffer.str(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        error = "data file " + path + " is not a JSON object";
        return std::nullopt;
    }
    return parsed;
}

}  // namespace depeche
