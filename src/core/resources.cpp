#include "resources.h"

#include "data_file.h"
#include "places/gazetteer_snapshot.h"

namespace depeche {

std::string gazetteer_snapshot_path(const ResourcePaths& paths, const std::string& language) {
    return paths.generated_dir + "/gazetteer-" + language + ".snapshot";
}

namespace {

// The files a language's gazetteer is built from, as bytes. Names are keyed with the language's
// tokenizer, so its abbreviations are among them.
struct PlaceSources {
    std::string generated_path, curated_path;
    std::string generated, curated, towns, abbreviations;

    std::uint64_t digest() const { return sources_digest({generated, curated, towns, abbreviations}); }
};

std::optional<PlaceSources> read_place_sources(const ResourcePaths& paths, const std::string& language,
                                               std::string& error) {
    PlaceSources s;
    s.generated_path = paths.generated_dir + "/gazetteer.json";
    s.curated_path = paths.assets_dir + "/gazetteer/" + language + "-curated.json";
    for (const auto& [path, bytes] : {std::pair{s.generated_path, &s.generated}, std::pair{s.curated_path, &s.curated},
                                      std::pair{paths.assets_dir + "/lang/" + language + "/abbreviations.json", &s.abbreviations}}) {
        auto read = read_data_file(path, error);
        if (!read) return std::nullopt;
        *bytes = std::move(*read);
    }
    if (paths.towns) {
        auto towns = read_data_file(paths.generated_dir + "/gazetteer-towns.json", error);
        if (!towns) return std::nullopt;
        s.towns = std::move(*towns);
    }
    return s;
}

bool build_gazetteer(const PlaceSources& s, bool towns, const TokenizerLexicon& tokenizer, Gazetteer& out,
                     std::string& error) {
    const auto generated = parse_json_data(s.generated_path, s.generated, error);
    const auto curated = generated ? parse_json_data(s.curated_path, s.curated, error) : std::nullopt;
    if (!curated || !load_gazetteer(*generated, *curated, tokenizer, out, error)) return false;
    return !towns || extend_gazetteer(s.towns, tokenizer, out, error);
}

// The gazetteer, from its snapshot when one of these very files is there (the command line's
// build writes it), else built from them.
bool load_place_names(const ResourcePaths& paths, const std::string& language, Resources& r, std::string& error) {
    const auto sources = read_place_sources(paths, language, error);
    if (!sources) return false;
    if (paths.towns && paths.snapshot) {
        std::string ignored;
        if (const auto snapshot = map_data_file(gazetteer_snapshot_path(paths, language), ignored);
            snapshot && read_gazetteer_snapshot(snapshot->bytes(), sources->digest(), r.gazetteer, ignored))
            return true;
    }
    return build_gazetteer(*sources, paths.towns, r.tokenizer, r.gazetteer, error);
}

}  // namespace

bool write_gazetteer_snapshot_file(ResourcePaths paths, const std::string& language, std::string& error) {
    // Built from the files, never taken from an older snapshot that the same files would let through.
    paths.towns = true;
    paths.snapshot = false;
    const auto fresh = load_resources(paths, language, error);
    const auto sources = fresh ? read_place_sources(paths, language, error) : std::nullopt;
    return sources &&
           write_data_file(gazetteer_snapshot_path(paths, language), write_gazetteer_snapshot(fresh->gazetteer, sources->digest()), error);
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
