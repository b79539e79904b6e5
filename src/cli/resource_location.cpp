#include "resource_location.h"

#include <cstdlib>
#include <iostream>

namespace depeche::cli {

ResourcePaths resource_paths(const std::string& assets_flag) {
    ResourcePaths paths{DEPECHE_DEFAULT_ASSETS, DEPECHE_DEFAULT_GENERATED};
    if (const char* env = std::getenv("DEPECHE_ASSETS"); env && *env) paths.assets_dir = env;
    if (const char* env = std::getenv("DEPECHE_GENERATED"); env && *env) paths.generated_dir = env;
    if (!assets_flag.empty()) paths.assets_dir = assets_flag;
    return paths;
}

const Resources* load_resources_or_explain(const std::string& assets_flag) {
    std::string error;
    auto resources = load_resources_with_snapshot(resource_paths(assets_flag), "fr", error);
    if (!resources) {
        std::cerr << "depeche: " << error << "\n";
        return nullptr;
    }
    // Never freed: the process ends when the command does, and freeing the gazetteer's 80,000
    // entries and their keys one by one took a tenth of a short run. The pointer stays reachable.
    static const Resources* kept = new Resources(std::move(*resources));
    return kept;
}

}  // namespace depeche::cli
