#include "manifest.h"

#include <filesystem>

namespace depeche {
namespace {

// The entry's string under `key`, or nullopt when absent or null; `error` set when it is something else.
std::optional<std::string> optional_string(const nlohmann::json& item, const char* key, std::size_t n,
                                           std::string& error) {
    const auto it = item.find(key);
    if (it == item.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) {
        error = "entry " + std::to_string(n) + ": \"" + key + "\" must be a string";
        return std::nullopt;
    }
    return it->get<std::string>();
}

}  // namespace

bool read_manifest(const nlohmann::json& list, const std::string& folder, std::vector<ManifestEntry>& out,
                   std::string& error) {
    if (!list.is_array()) {
        error = "not a JSON list";
        return false;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const nlohmann::json& item = list[i];
        const std::size_t n = i + 1;
        if (!item.is_object()) {
            error = "entry " + std::to_string(n) + " is not an object";
            return false;
        }
        const auto path = optional_string(item, "path", n, error);
        if (!path || path->empty()) {
            if (error.empty()) error = "entry " + std::to_string(n) + " has no \"path\"";
            return false;
        }
        ManifestEntry e{(std::filesystem::path(folder) / *path).string(), *path, std::nullopt};
        if (const auto name = optional_string(item, "name", n, error)) e.name = *name;
        e.dct = optional_string(item, "dct", n, error);
        if (!error.empty()) return false;
        out.push_back(std::move(e));
    }
    return true;
}

}  // namespace depeche
