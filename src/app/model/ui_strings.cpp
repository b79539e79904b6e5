#include "ui_strings.h"

#include "core/fold.h"

#include <sstream>

namespace depeche::app {

const char* UiStrings::operator()(const char* key) const {
    if (const auto table = by_language.find(language); table != by_language.end())
        if (const auto it = table->second.find(key); it != table->second.end()) return it->second.c_str();
    for (const std::string& lang : languages)
        if (const auto it = by_language.at(lang).find(key); it != by_language.at(lang).end()) return it->second.c_str();
    return key;
}

std::string UiStrings::count(long long n, const std::string& key) const {
    const std::string number = std::to_string(n);
    std::istringstream singular_counts((*this)("plural-one"));
    std::string word;
    bool singular = false;
    while (singular_counts >> word) singular |= word == number;
    return number + " " + (*this)((key + (singular ? "-one" : "")).c_str());
}

bool load_ui_strings(const nlohmann::json& data, UiStrings& out, std::string& error) {
    if (!data.is_object() || data.empty()) {
        error = "UI strings: expected an object of languages";
        return false;
    }
    UiStrings s;
    for (const auto& [lang, table] : data.items()) {
        if (!table.is_object()) {
            error = "UI strings: \"" + lang + "\" is not an object";
            return false;
        }
        auto& map = s.by_language[lang];
        for (const auto& [key, text] : table.items())
            if (text.is_string()) map.emplace(key, text.get<std::string>());
        s.languages.push_back(lang);
    }
    s.language = s.languages.front();
    out = std::move(s);
    return true;
}

std::string pick_language(const UiStrings& strings, const std::vector<std::string>& preferences) {
    for (const std::string& tag : preferences) {
        const std::string primary = fold(tag.substr(0, tag.find('-')));
        if (strings.by_language.count(primary)) return primary;
    }
    return strings.languages.empty() ? std::string() : strings.languages.front();
}

}  // namespace depeche::app
