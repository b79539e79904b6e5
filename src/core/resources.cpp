#include "resources.h"

#include "data_file.h"

namespace depeche {
namespace {

std::string generated_gazetteer_path(const ResourcePaths& paths) { return paths.generated_dir + "/gazetteer.json"; }
std::string towns_path(const ResourcePaths& paths) { return paths.generated_dir + "/gazetteer-towns.json"; }
std::string curated_path(const ResourcePaths& paths, const std::string& language) {
    return paths.assets_dir + "/gazetteer/" + language + "-curated.json";
}
std::string language_file(const ResourcePaths& paths, const std::string& language, const char* name) {
    return paths.assets_dir + "/lang/" + language + "/" + name;
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

bool load_place_names(const ResourcePaths& paths, const std::string& language, GazetteerShortcut shortcut,
                      Resources& r, std::string& error) {
    if (paths.towns && shortcut && shortcut(paths, language, r.gazetteer)) return true;
    return build_gazetteer(paths, language, r.tokenizer, r.gazetteer, error);
}

}  // namespace

std::array<std::string, 4> gazetteer_source_files(const ResourcePaths& paths, const std::string& language) {
    return {generated_gazetteer_path(paths), curated_path(paths, language),
            language_file(paths, language, "abbreviations.json"), towns_path(paths)};
}

std::optional<Resources> load_resources(const ResourcePaths& paths, const std::string& language,
                                        std::string& error, GazetteerShortcut shortcut) {
    if (language.empty() || language.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) {
        error = "unsupported language code \"" + language + "\"";
        return std::nullopt;
    }
    const std::string lang_dir = language_file(paths, language, "");
    Resources r;
    r.language = language;
    const auto calendar = read_json_file(lang_dir + "calendar.json", error);
    if (!calendar || !load_calendar(*calendar, r.calendar, error)) return std::nullopt;
    const auto abbreviations = read_json_file(lang_dir + "abbreviations.json", error);
    if (!abbreviations || !load_tokenizer_lexicon(*abbreviations, r.tokenizer, error)) return std::nullopt;
    if (!load_speech_lexicon(lang_dir, r.tokenizer, r.speech, error)) return std::nullopt;
    if (!load_place_names(paths, language, shortcut, r, error)) return std::nullopt;
    const auto time_words = read_json_file(lang_dir + "time.json", error);
    if (!time_words || !time::load_time_lexicon(*time_words, r.tokenizer, r.calendar, r.time, error)) return std::nullopt;
    const auto names = read_json_file(lang_dir + "names.json", error);
    if (!names || !load_name_lexicon(*names, r.names, error)) return std::nullopt;
    return r;
}

}  // namespace depeche
