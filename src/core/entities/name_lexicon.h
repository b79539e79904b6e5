#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace depeche {

// The spellings of one foreign name that the press alternates (assets/lang/<lang>/names.json).
struct NameLexicon {
    std::vector<std::pair<std::string, std::string>> spellings;  // folded, applied in order
    // The articles a surname opens on and the press drops at will: "El-Ghazouani" is "M. Ghazouani".
    std::vector<std::string> articles;  // folded: "el-", "al-"
};

bool load_name_lexicon(const nlohmann::json& names, NameLexicon& out, std::string& error);

// One key for every spelling of a folded word: "pashinyan", "pachinian" -> "pachinian"; "el-ghazouani",
// "ghazouani" -> "ghazuani".
std::string spelling_key(std::string_view folded_word, const NameLexicon& lexicon);

}  // namespace depeche
