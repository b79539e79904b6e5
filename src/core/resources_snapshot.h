#pragma once
// The gazetteer's snapshot on disk: what the command line, the tests and the benchmark load the
// gazetteer from when the build wrote one for the very files it would otherwise read.
#include "resources.h"

#include <cstdint>
#include <optional>
#include <string>

namespace depeche {

// Where the snapshot of a language's gazetteer, towns included, goes: `depeche snapshot` writes it.
std::string gazetteer_snapshot_path(const ResourcePaths& paths, const std::string& language);

// One number for the files a language's gazetteer, towns included, is built from, as their
// stamps (stamp_data_file) say: a snapshot is taken for these files when it was written with the
// same number, without reading them. nullopt when one of them is not there.
std::optional<std::uint64_t> gazetteer_sources_stamp(const ResourcePaths& paths, const std::string& language);

// Builds a language's gazetteer, towns included, from its files and writes its snapshot there.
bool write_gazetteer_snapshot_file(ResourcePaths paths, const std::string& language, std::string& error);

// The gazetteer from its snapshot, when one was taken of these very files; false otherwise. A
// GazetteerShortcut.
bool read_gazetteer_snapshot_file(const ResourcePaths& paths, const std::string& language, Gazetteer& out);

// load_resources with the snapshot as its shortcut.
std::optional<Resources> load_resources_with_snapshot(const ResourcePaths& paths, const std::string& language,
                                                      std::string& error);

}  // namespace depeche
