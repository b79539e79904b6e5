#include "commands.h"
#include "options.h"
#include "resource_location.h"

#include <iostream>

namespace depeche::cli {

// Run by the build after the gazetteer's files change: every later command reads the snapshot
// instead of building the gazetteer again.
int run_snapshot(const Args& raw) {
    std::string assets, error;
    std::vector<std::string> operands;
    if (!OptionSpec().text("--assets", assets).parse(raw, operands, error) || !operands.empty()) {
        std::cerr << "depeche snapshot: " << (error.empty() ? "takes no file: it writes into the generated folder" : error)
                  << "\n";
        return 2;
    }
    const ResourcePaths paths = resource_paths(assets);
    if (!write_gazetteer_snapshot_file(paths, "fr", error)) {
        std::cerr << "depeche snapshot: " << error << "\n";
        return 1;
    }
    std::cout << gazetteer_snapshot_path(paths, "fr") << "\n";
    return 0;
}

}  // namespace depeche::cli
