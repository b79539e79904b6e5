#pragma once
// The interface's words in each language (assets/ui/strings.json: {"fr": {key: text}, "en": ...}),
// so a new language is a new block of data.
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace depeche::app {

struct UiStrings {
    std::vector<std::string> languages;  // alphabetical
    std::unordered_map<std::string, std::unordered_map<std::string, std::string>> by_language;
    std::string language;                // the one in use

    // The text of `key` in the language in use, else in the first language that has it, else the key.
    const char* operator()(const char* key) const;

    // "1 citation", "3 citations": n and the word of `key`, or of `key`-one when n is among the
    // counts the language reads as singular (its "plural-one": "0 1" in French, "1" in English).
    std::string count(long long n, const std::string& key) const;
};

bool load_ui_strings(const nlohmann::json& data, UiStrings& out, std::string& error);

// Picks the first language of `preferences` (BCP 47 tags such as "fr-CA", "en-US") that the
// strings have, by primary subtag; else the first of `languages`.
std::string pick_language(const UiStrings& strings, const std::vector<std::string>& preferences);

}  // namespace depeche::app
