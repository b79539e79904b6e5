#pragma once
#include "calendar.h"
#include "entities/name_lexicon.h"
#include "places/gazetteer.h"
#include "speech_lexicon.h"
#include "time/time_lexicon.h"
#include "tokens.h"

#include <array>
#include <optional>
#include <string>

namespace depeche {

// Where the core finds its data: the committed language files and what the build generates
// from registry packages (gazetteer, for instance).
struct ResourcePaths {
    std::string assets_dir;     // holds lang/<language>/*.json
    std::string generated_dir;  // build-time data
    bool towns = true;  // the gazetteer's smaller towns too; the page adds them after its first frame
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

// A quicker way to a language's gazetteer, towns included, than its JSON files: true when `out`
// holds it. The command line reads the build's snapshot (resources_snapshot.h); the page has none,
// so the snapshot's reader is never part of it.
using GazetteerShortcut = bool (*)(const ResourcePaths& paths, const std::string& language, Gazetteer& out);

std::optional<Resources> load_resources(const ResourcePaths& paths, const std::string& language,
                                        std::string& error, GazetteerShortcut shortcut = nullptr);

// The files a language's gazetteer, towns included, is built from, in the order they are read.
std::array<std::string, 4> gazetteer_source_files(const ResourcePaths& paths, const std::string& language);

}  // namespace depeche
