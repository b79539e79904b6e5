#pragma once
#include "core/resources.h"

#include <optional>
#include <string>

namespace depeche::cli {

// The data folders: --assets DIR, else $DEPECHE_ASSETS, else the source tree the binary was built from.
ResourcePaths resource_paths(const std::string& assets_flag);

// The French resources from those folders; on failure says why on stderr and returns nullopt.
std::optional<Resources> load_resources_or_explain(const std::string& assets_flag);

}  // namespace depeche::cli
