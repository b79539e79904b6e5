#include "commands.h"
#include "input.h"
#include "options.h"
#include "resource_location.h"

#include "core/dossier/dossier.h"
#include "core/dossier/dossier_json.h"
#include "core/dossier/manifest.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <iostream>

namespace depeche::cli {
namespace {

struct DossierArgs {
    std::vector<std::string> files;
    std::string manifest;
    bool pretty = false;
    std::string assets;
};

// The manifest's entries, paths made relative to its folder; false, with `error` set, when it
// cannot be read or is no manifest.
bool read_manifest_file(const std::string& manifest, std::vector<ManifestEntry>& out, std::string& error) {
    const auto text = read_input(manifest, error);
    if (!text) return false;
    const auto list = nlohmann::json::parse(*text, nullptr, false);
    std::string why = list.is_discarded() ? "not valid JSON" : "";
    if (why.empty() && read_manifest(list, std::filesystem::path(manifest).parent_path().string(), out, why)) return true;
    error = manifest + ": " + why + R"( (expected a list of {"path": "a.txt", "name": "…", "dct": "YYYY-MM-DD"}))";
    return false;
}

bool parse(const Args& args, DossierArgs& out, std::string& error) {
    const bool read = OptionSpec()
                          .flag("--pretty", out.pretty)
                          .text("--manifest", out.manifest)
                          .text("--assets", out.assets)
                          .parse(args, out.files, error);
    if (read && out.files.empty() && out.manifest.empty()) error = "give the articles' files, or --manifest LIST.json";
    return error.empty();
}

}  // namespace

int run_dossier(const Args& raw) {
    DossierArgs args;
    std::string error;
    if (!parse(raw, args, error)) {
        std::cerr << "depeche dossier: " << error << "\n";
        return 2;
    }
    std::vector<ManifestEntry> entries;
    for (const std::string& file : args.files) entries.push_back({file, file, std::nullopt});
    if (!args.manifest.empty() && !read_manifest_file(args.manifest, entries, error)) {
        std::cerr << "depeche dossier: " << error << "\n";
        return 2;
    }
    const auto resources = load_resources_or_explain(args.assets);
    if (!resources) return 1;
    std::vector<DossierInput> inputs;
    std::vector<std::optional<Refusal>> unread;  // per entry
    for (ManifestEntry& e : entries) {
        std::string why;
        if (auto text = read_input(e.path, why)) {
            inputs.push_back({e.name, std::move(*text), std::move(e.dct)});
            unread.emplace_back();
        } else {
            // read_input names the path: said once when the entry's name is that path.
            if (e.name == e.path && why.rfind(e.path + ": ", 0) == 0) why.erase(0, e.path.size() + 2);
            unread.push_back(Refusal{e.name, std::move(why)});
        }
    }
    Dossier dossier = build_dossier(std::move(inputs), *resources);
    // The files that could not be read among those the core refused, in the order given.
    std::vector<Refusal> refused;
    auto analyzed = dossier.refused.begin();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (unread[i]) refused.push_back(std::move(*unread[i]));
        else if (analyzed != dossier.refused.end() && analyzed->name == entries[i].name)
            refused.push_back(std::move(*analyzed++));
    }
    dossier.refused = std::move(refused);
    for (const Refusal& r : dossier.refused) std::cerr << "depeche dossier: refused " << r.name << ": " << r.reason << "\n";
    write_json(std::cout, dossier, args.pretty);
    std::cout << "\n";
    return dossier.refused.empty() ? 0 : 1;
}

}  // namespace depeche::cli
