#pragma once
#include "core/resources.h"

#include <string>

namespace depeche::cli {

// The data folders: --assets DIR, else $DEPECHE_ASSETS, else the source tree the binary was built from.
ResourcePaths resource_paths(const std::string& assets_flag);

}  // namespace depeche::cli
