#pragma once
#include <optional>
#include <string>

namespace depeche::cli {

// Reads a file ("-" for stdin) whole, refusing anything over the core's input limit before
// reading it all, so a 50 MB file is turned down at once instead of filling memory.
std::optional<std::string> read_input(const std::string& path, std::string& error);

}  // namespace depeche::cli
