#include "resources.h"

#include "data_file.h"

namespace depeche {

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
    const auto gazetteer = read_json_file(paths.generated_dir + "/gazetteer.json", error);
    const auto curated = gazetteer ? read_json_file(paths.assets_dir + "/gazetteer/" + language + "-curated.json", error)
                                   : std::nullopt;
    if (!curated || !load_gazetteer(*gazetteer, *curated, r.tokenizer, r.gazetteer, error)) return std::nullopt;
    if (paths.towns) {
        const auto towns = read_data_file(paths.generated_dir + "/gazetteer-towns.json", error);
        if (!towns || !extend_gazetteer(*towns, r.tokenizer, r.gazetteer, error)) return std::nullopt;
    }
    const auto time_words = read_json_file(lang_dir + "time.json", error);
    if (!time_words || !time::load_time_lexicon(*time_words, r.tokenizer, r.calendar, r.time, error)) return std::nullopt;
    const auto names = read_json_file(lang_dir + "names.json", error);
    if (!names || !load_name_lexicon(*names, r.names, error)) return std::nullopt;
    return r;
}

}  // namespace depeche
