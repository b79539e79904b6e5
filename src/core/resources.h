#pragma once
#include "calendar.h"
#include "entities/name_lexicon.h"
#include "places/gazetteer.h"
#include "speech_lexicon.h"
#include "time/time_lexicon.h"
#include "tokens.h"

#include <cstdint>
#include <optional>
#include <string>

namespace depeche {

// Where the core finds its data: the committed language files and what the build generates
// from registry packages (gazetteer, for instance).
struct ResourcePaths {
    std::string assets_dir;     // holds lang/<language>/*.json
    std::string generated_dir;  // build-time data
    bool towns = true;  // the gazetteer's smaller towns too; the page adds them after its first frame
    bool snapshot = true;  // the gazetteer from its snapshot when it matches its files
};

// Everything the pipeline reads besides the text, compiled once into lookup tables.
struct Resources {
    std::string language;
    Calendar calendar;
    TokenizerLexicon tokenizer;
    Gazetteer gazetteer;
    SpeechLexicon speech;
    time::TimeLexicon time;
    NameLexicon names;  // spellings of one name, for the dossier's speakers
};

std::optional<Resources> load_resources(const ResourcePaths& paths, const std::string& language,
                                        std::string& error);

// Where the snapshot of a language's gazetteer, towns included, goes: `depeche snapshot` writes
// it, and load_resources reads it instead of the JSON files it was built from when they are the
// same files.
std::string gazetteer_snapshot_path(const ResourcePaths& paths, const std::string& language);

// One number for the files a language's gazetteer, towns included, is built from, as their
// stamps (stamp_data_file) say: a snapshot is taken for these files when it was written with the
// same number, without reading them. nullopt when one of them is not there.
std::optional<std::uint64_t> gazetteer_sources_stamp(const ResourcePaths& paths, const std::string& language);

// Builds a language's gazetteer, towns included, from its files and writes its snapshot there.
bool write_gazetteer_snapshot_file(ResourcePaths paths, const std::string& language, std::string& error);

}  // namespace depeche
