#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace depeche {

// Reads and parses one data file; on failure returns nullopt and says why in `error`
// (missing file, or the parser's message with the file name).
std::optional<nlohmann::json> read_json_file(const std::string& path, std::string& error);

}  // namespace depeche
