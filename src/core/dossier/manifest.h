#pragma once
// A dossier manifest ("depeche/dossier@1" in ../shared/conventions.md): a JSON list
// [{"path": "a.txt", "name": "…", "dct": "YYYY-MM-DD"}], paths relative to the manifest's folder.
// The CLI (--manifest) and the page (a bundled dossier) read it the same way.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace depeche {

struct ManifestEntry {
    std::string path;  // the manifest's folder joined to the entry's path
    std::string name;  // the entry's name, else its path as written
    std::optional<std::string> dct;
};

// The entries of a parsed manifest; false, with `error` saying which entry and why, when it is not
// a list of objects that each have a non-empty "path" and only strings for "name" and "dct".
bool read_manifest(const nlohmann::json& list, const std::string& folder, std::vector<ManifestEntry>& out,
                   std::string& error);

}  // namespace depeche
