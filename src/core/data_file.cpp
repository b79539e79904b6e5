#include "data_file.h"

#include <fstream>
#include <algorithm>

namespace depeche {

std::optional<std::string> read_data_file(const std::string& path, std::string& error) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) {
        error = "cannot open data file " + path;
        return std::nullopt;
    }
    // Read at the file's size in one go: the gazetteer is a few hundred KB, read at every start.
    std::string bytes(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

std::optional<nlohmann::json> read_json_file(const std::string& path, std::string& error) {
    const auto bytes = read_data_file(path, error);
    if (!bytes) return std::nullopt;
    auto parsed = nlohmann::json::parse(*bytes, nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
        error = "data file " + path + " is not a JSON object";
        return std::nullopt;
    }
    return parsed;
}

}  // namespace depeche
