#include "name_lexicon.h"

#include "core/fold.h"

namespace depeche {

bool load_name_lexicon(const nlohmann::json& names, NameLexicon& out, std::string& error) {
    const auto spellings = names.find("spellings");
    if (spellings == names.end() || !spellings->is_array()) {
        error = "names.json: \"spellings\" must be a list of [from, to] pairs";
        return false;
    }
    for (const auto& pair : *spellings) {
        if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string() ||
            pair[0].get<std::string>().empty()) {
            error = "names.json: each spelling must be a pair of strings [from, to], from not empty";
            return false;
        }
        out.spellings.emplace_back(fold(pair[0].get<std::string>()), fold(pair[1].get<std::string>()));
    }
    if (const auto articles = names.find("articles"); articles != names.end()) {
        if (!articles->is_array()) {
            error = "names.json: \"articles\" must be a list of strings";
            return false;
        }
        for (const auto& a : *articles)
            if (a.is_string() && !a.get<std::string>().empty()) out.articles.push_back(fold(a.get<std::string>()));
    }
    return true;
}

std::string spelling_key(std::string_view folded_word, const NameLexicon& lexicon) {
    for (const std::string& article : lexicon.articles)
        if (folded_word.size() > article.size() && folded_word.starts_with(article)) {
            folded_word.remove_prefix(article.size());
            break;
        }
    std::string key(folded_word), next;
    for (const auto& [from, to] : lexicon.spellings) {
        if (key.find(from) == std::string::npos) continue;
        next.clear();
        for (std::size_t i = 0; i < key.size();) {
            if (key.compare(i, from.size(), from) == 0) {
                next += to;
                i += from.size();
            } else {
                next += key[i++];
            }
        }
        key.swap(next);
    }
    // Doubled letters are the commonest variant of all (Kalachnikov, Kalachnikkov).
    std::string single;
    for (char c : key)
        if (single.empty() || single.back() != c) single += c;
    return single;
}

}  // namespace depeche
