#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace depeche {

// The bytes of one data file; nullopt, with the reason in `error`, when it cannot be read.
std::optional<std::string> read_data_file(const std::string& path, std::string& error);

// Reads and parses one data file; on failure returns nullopt and says why in `error`
// (missing file, or the parser's message with the file name).
std::optional<nlohmann::json> read_json_file(const std::string& path, std::string& error);

}  // namespace depeche
