#include "resources.h"

#include "data_file.h"
#include "places/gazetteer_snapshot.h"

#include <memory>

namespace depeche {

std::string gazetteer_snapshot_path(const ResourcePaths& paths, const std::string& language) {
    return paths.generated_dir + "/gazetteer-" + language + ".snapshot";
}

namespace {

std::string generated_gazetteer_path(const ResourcePaths& paths) { return paths.generated_dir + "/gazetteer.json"; }
std::string towns_path(const ResourcePaths& paths) { return paths.generated_dir + "/gazetteer-towns.json"; }
std::string curated_path(const ResourcePaths& paths, const std::string& language) {
    return paths.assets_dir + "/gazetteer/" + language + "-curated.json";
}

bool build_gazetteer(const ResourcePaths& paths, const std::string& language, const TokenizerLexicon& tokenizer,
                     Gazetteer& out, std::string& error) {
    const auto generated = read_json_file(generated_gazetteer_path(paths), error);
    const auto curated = generated ? read_json_file(curated_path(paths, language), error) : std::nullopt;
    if (!curated || !load_gazetteer(*generated, *curated, tokenizer, out, error)) return false;
    if (!paths.towns) return true;
    const auto towns = read_data_file(towns_path(paths), error);
    return towns && extend_gazetteer(*towns, tokenizer, out, error);
}

// The gazetteer from its snapshot, when one was taken of these very files (the command line's
// build writes it). Its large arrays are read in place from the mapped file, which they keep.
bool read_snapshot(const ResourcePaths& paths, const std::string& language, Gazetteer& out) {
    std::string ignored;
    const auto stamp = gazetteer_sources_stamp(paths, language);
    auto mapped = stamp ? map_data_file(gazetteer_snapshot_path(paths, language), ignored) : std::nullopt;
    if (!mapped) return false;
    const auto snapshot = std::make_shared<const MappedFile>(std::move(*mapped));
    return read_gazetteer_snapshot(snapshot->bytes(), *stamp, out, ignored, snapshot);
}

bool load_place_names(const ResourcePaths& paths, const std::string& language, Resources& r, std::string& error) {
    if (paths.towns && paths.snapshot && read_snapshot(paths, language, r.gazetteer)) return true;
    return build_gazetteer(paths, language, r.tokenizer, r.gazetteer, error);
}

}  // namespace

std::optional<std::uint64_t> gazetteer_sources_stamp(const ResourcePaths& paths, const std::string& language) {
    // The order counts: the same files in other roles are other sources.
    std::uint64_t stamp = 0;
    const std::string abbreviations = paths.assets_dir + "/lang/" + language + "/abbreviations.json";
    for (const std::string& path :
         {generated_gazetteer_path(paths), curated_path(paths, language), abbreviations, towns_path(paths)}) {
        const auto file = stamp_data_file(path);
        if (!file) return std::nullopt;
        stamp = stamp * 0x9E3779B97F4A7C15ull + *file;
    }
    return stamp;
}

bool write_gazetteer_snapshot_file(ResourcePaths paths, const std::string& language, std::string& error) {
    // Built from the files, never taken from an older snapshot that the same files would let through.
    paths.towns = true;
    paths.snapshot = false;
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

std::optional<Resources> load_resources(const ResourcePaths& paths, const std::string& language,
                                        std::string& error) {
    if (language.empty() || language.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) {
        error = "unsupported language code \"" + language + "\"";
        return std::nullopt;
    }
    const std::string lang_dir = paths.assets_dir + "/lang/" + language + "/";
    Resources r;
    r.language = language;
    const auto calendar = read_json_file(lang_dir + "calendar.json", error);
    if (!calendar || !load_calendar(*calendar, r.calendar, error)) return std::nullopt;
    const auto abbreviations = read_json_file(lang_dir + "abbreviations.json", error);
    if (!abbreviations || !load_tokenizer_lexicon(*abbreviations, r.tokenizer, error)) return std::nullopt;
    if (!load_speech_lexicon(lang_dir, r.tokenizer, r.speech, error)) return std::nullopt;
    if (!load_place_names(paths, language, r, error)) return std::nullopt;
    const auto time_words = read_json_file(lang_dir + "time.json", error);
    if (!time_words || !time::load_time_lexicon(*time_words, r.tokenizer, r.calendar, r.time, error)) return std::nullopt;
    const auto names = read_json_file(lang_dir + "names.json", error);
    if (!names || !load_name_lexicon(*names, r.names, error)) return std::nullopt;
    return r;
}

}  // namespace depeche
