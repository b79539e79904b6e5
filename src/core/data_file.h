#pragma once
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace depeche {

// The bytes of one data file; nullopt, with the reason in `error`, when it cannot be read.
std::optional<std::string> read_data_file(const std::string& path, std::string& error);

// Reads and parses one data file; on failure returns nullopt and says why in `error`
// (missing file, or the parser's message with the file name).
std::optional<nlohmann::json> read_json_file(const std::string& path, std::string& error);

// Writes a data file whole, through a temporary file renamed over it: a reader never sees half
// of one. False, with the reason, when it cannot be written.
bool write_data_file(const std::string& path, std::string_view bytes, std::string& error);

// Parses the bytes read_data_file gave for `path`, with the same errors as read_json_file.
std::optional<nlohmann::json> parse_json_data(const std::string& path, std::string_view bytes, std::string& error);

}  // namespace depeche
