#include "resources_snapshot.h"

#include "data_file.h"
#include "places/gazetteer_snapshot.h"

#include <memory>

namespace depeche {

std::string gazetteer_snapshot_path(const ResourcePaths& paths, const std::string& language) {
    return paths.generated_dir + "/gazetteer-" + language + ".snapshot";
}

std::optional<std::uint64_t> gazetteer_sources_stamp(const ResourcePaths& paths, const std::string& language) {
    // The order counts: the same files in other roles are other sources.
    std::uint64_t stamp = 0;
    for (const std::string& path : gazetteer_source_files(paths, language)) {
        const auto file = stamp_data_file(path);
        if (!file) return std::nullopt;
        stamp = stamp * 0x9E3779B97F4A7C15ull + *file;
    }
    return stamp;
}

bool write_gazetteer_snapshot_file(ResourcePaths paths, const std::string& language, std::string& error) {
    // Built from the files, never taken from an older snapshot that the same files would let through.
    paths.towns = true;
    // Stamped before the files are read: one written meanwhile makes the snapshot stale, never
    // a snapshot of older bytes taken for the newer ones.
    const auto stamp = gazetteer_sources_stamp(paths, language);
    if (!stamp) {
        error = "cannot stamp the gazetteer's files in " + paths.generated_dir + " and " + paths.assets_dir;
        return false;
    }
    const auto fresh = load_resources(paths, language, error);
    return fresh && write_data_file(gazetteer_snapshot_path(paths, language),
                                    write_gazetteer_snapshot(fresh->gazetteer, *stamp), error);
}

// Its large arrays are read in place from the mapped file, which they keep.
bool read_gazetteer_snapshot_file(const ResourcePaths& paths, const std::string& language, Gazetteer& out) {
    std::string ignored;
    const auto stamp = gazetteer_sources_stamp(paths, language);
    auto mapped = stamp ? map_data_file(gazetteer_snapshot_path(paths, language), ignored) : std::nullopt;
    if (!mapped) return false;
    const auto snapshot = std::make_shared<const MappedFile>(std::move(*mapped));
    return read_gazetteer_snapshot(snapshot->bytes(), *stamp, out, ignored, snapshot);
}

std::optional<Resources> load_resources_with_snapshot(const ResourcePaths& paths, const std::string& language,
                                                      std::string& error) {
    return load_resources(paths, language, error, read_gazetteer_snapshot_file);
}

}  // namespace depeche
