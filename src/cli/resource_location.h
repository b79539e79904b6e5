#pragma once
#include "core/resources_snapshot.h"

#include <optional>
#include <string>

namespace depeche::cli {

// The data folders: --assets DIR, else $DEPECHE_ASSETS, else the source tree the binary was built from.
ResourcePaths resource_paths(const std::string& assets_flag);

// The French resources from those folders, loaded once and kept for the rest of the process (a
// command loads them once); on failure says why on stderr and returns nullptr.
const Resources* load_resources_or_explain(const std::string& assets_flag);

}  // namespace depeche::cli
