#include "mention_lexicon.h"

#include "core/fold.h"
#include "core/lexicon_words.h"

#include <algorithm>

namespace depeche {
namespace {

Gender gender_of(const std::string& code) { return code == "m" || code == "f" ? code[0] : 0; }

bool load_roles(const nlohmann::json& titles, const TokenizerLexicon& tokenizer, MentionLexicon& out,
                std::string& error) {
    const auto roles = titles.find("roles");
    if (roles == titles.end() || !roles->is_object()) {
        error = "titles.json: \"roles\" must map person/organization/group to gendered lists";
        return false;
    }
    const std::pair<const char*, EntityType> types[] = {
        {"person", EntityType::person}, {"organization", EntityType::organization}, {"group", EntityType::group}};
    for (const auto& [key, type] : types) {
        const auto by_gender = roles->find(key);
        if (by_gender == roles->end() || !by_gender->is_object()) continue;
        for (const auto& [code, list] : by_gender->items()) {
            if (!list.is_array()) continue;
            for (const auto& word : list) {
                if (!word.is_string()) continue;
                RoleHead head{phrase_words(word.get<std::string>(), tokenizer), type, gender_of(code),
                              type == EntityType::group};
                if (head.words.empty()) continue;
                auto& bucket = out.roles[head.words.front()];
                const auto same = std::find_if(bucket.begin(), bucket.end(),
                                               [&](const RoleHead& h) { return h.words == head.words; });
                // A head listed under both genders ("ministre", "porte-parole") says nothing of gender.
                if (same != bucket.end()) {
                    if (same->gender != head.gender) same->gender = 0;
                } else {
                    bucket.push_back(std::move(head));
                }
            }
        }
    }
    if (const auto families = titles.find("role_families"); families != titles.end() && families->is_object())
        for (const auto& [family, heads] : families->items())
            if (heads.is_array())
                for (const auto& head : heads)
                    if (head.is_string()) {
                        std::string key;
                        for (const std::string& w : phrase_words(head.get<std::string>(), tokenizer))
                            key += (key.empty() ? "" : " ") + w;
                        out.family_of[key] = family;
                    }
    for (auto& [first, bucket] : out.roles)
        std::sort(bucket.begin(), bucket.end(),
                  [](const RoleHead& a, const RoleHead& b) { return a.words.size() > b.words.size(); });
    return true;
}

bool load_object(const nlohmann::json& data, const char* key, const char* file, std::string& error,
                 const nlohmann::json*& out) {
    const auto it = data.find(key);
    if (it == data.end() || !it->is_object()) {
        error = std::string(file) + ": \"" + key + "\" must be an object";
        return false;
    }
    out = &*it;
    return true;
}

}  // namespace

bool load_mention_lexicon(const nlohmann::json& titles, const nlohmann::json& mentions,
                          const TokenizerLexicon& tokenizer, MentionLexicon& out, std::string& error) {
    const nlohmann::json *honorifics = nullptr, *determiners = nullptr, *pronouns = nullptr, *inverted = nullptr;
    if (!load_object(titles, "honorifics", "titles.json", error, honorifics) ||
        !load_object(mentions, "determiners", "mentions.json", error, determiners) ||
        !load_object(mentions, "pronouns", "mentions.json", error, pronouns) ||
        !load_object(mentions, "inverted", "mentions.json", error, inverted))
        return false;
    const auto first_names = mentions.find("first_names");
    if (first_names == mentions.end() || !first_names->is_object()) {
        error = "mentions.json: \"first_names\" must map f, m and either to lists of names";
        return false;
    }
    for (const auto& [code, names] : first_names->items())
        if (names.is_array())
            for (const auto& name : names)
                if (name.is_string()) out.first_names[fold(name.get<std::string>())] = gender_of(code);
    for (const auto& [word, code] : honorifics->items())
        out.honorifics[fold(word)] = code.is_string() ? gender_of(code.get<std::string>()) : 0;
    WordSet definite, demonstratives;
    if (!read_word_set(mentions, "definite", "mentions.json", definite, error) ||
        !read_word_set(mentions, "demonstratives", "mentions.json", demonstratives, error))
        return false;
    for (const auto& [word, code] : determiners->items()) {
        const std::string c = code.is_string() ? code.get<std::string>() : "";
        const std::string w = fold(word);
        out.determiners[w] = {gender_of(c), c == "p", definite.count(w) > 0, demonstratives.count(w) > 0};
    }
    for (const auto& [word, info] : pronouns->items()) {
        if (!info.is_object()) continue;
        const auto g = info.find("gender");
        const auto n = info.find("number");
        const auto latest = info.find("latest");
        out.pronouns[fold(word)] = {g != info.end() && g->is_string() ? gender_of(g->get<std::string>()) : Gender{0},
                                    n != info.end() && n->is_string() && n->get<std::string>() == "p",
                                    latest != info.end() && latest->is_boolean() && latest->get<bool>()};
    }
    for (const auto& [suffix, pronoun] : inverted->items())
        if (pronoun.is_string()) out.inverted.emplace_back(fold(suffix), fold(pronoun.get<std::string>()));
    std::sort(out.inverted.begin(), out.inverted.end(),
              [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });
    for (const auto& [key, list] : {std::pair{"verb_endings", &out.verb_endings},
                                    std::pair{"plural_verb_endings", &out.plural_verb_endings},
                                    std::pair{"participle_endings", &out.participle_endings}}) {
        WordSet endings;
        if (!read_word_set(mentions, key, "mentions.json", endings, error)) return false;
        list->assign(endings.begin(), endings.end());
    }
    return load_roles(titles, tokenizer, out, error) &&
           read_word_set(mentions, "name_particles", "mentions.json", out.name_particles, error) &&
           read_word_set(mentions, "of", "mentions.json", out.of_words, error) &&
           read_word_set(mentions, "role_stops", "mentions.json", out.role_stops, error) &&
           read_word_set(mentions, "role_links", "mentions.json", out.role_links, error) &&
           read_word_set(mentions, "not_names", "mentions.json", out.not_names, error) &&
           read_word_set(mentions, "channels", "mentions.json", out.channels, error) &&
           read_word_set(mentions, "named_places", "mentions.json", out.named_places, error) &&
           read_word_set(mentions, "contractions", "mentions.json", out.contractions, error) &&
           read_word_set(mentions, "capital_complements", "mentions.json", out.capital_complements, error) &&
           read_word_set(mentions, "body_complements", "mentions.json", out.body_complements, error) &&
           read_word_set(mentions, "role_joiners", "mentions.json", out.role_joiners, error) &&
           read_word_set(mentions, "age_units", "mentions.json", out.age_units, error) &&
           read_word_set(mentions, "role_modifiers", "mentions.json", out.role_modifiers, error) &&
           read_phrase_list(mentions, "not_roles", "mentions.json", tokenizer, out.not_roles, error) &&
           read_word_set(mentions, "role_participles", "mentions.json", out.role_participles, error) &&
           read_word_set(mentions, "participle_links", "mentions.json", out.participle_links, error) &&
           read_word_set(mentions, "agent_markers", "mentions.json", out.agent_markers, error) &&
           read_phrase_list(mentions, "count_leads", "mentions.json", tokenizer, out.count_leads, error) &&
           read_phrase_list(mentions, "role_tails", "mentions.json", tokenizer, out.role_tails, error);
}

std::size_t participle_complement_end(const std::vector<Token>& tokens, const MentionLexicon& lexicon, std::size_t first,
                                      std::size_t stop, std::size_t end) {
    constexpr std::size_t kMaxWords = 4;  // "à Mahazo", "par nos confrères de L'As"
    end = std::min(end, tokens.size());
    if (stop <= first + 1 || stop + 1 >= end || !lexicon.participle_links.count(tokens[stop].key()) ||
        !lexicon.role_participles.count(tokens[stop - 1].key()))
        return stop;
    std::size_t k = stop + 1;
    if (lexicon.determiners.count(tokens[k].key())) ++k;
    const std::size_t words = k;
    while (k < end && k < words + kMaxWords && is_word(tokens[k]) && !lexicon.role_stops.count(tokens[k].key())) ++k;
    while (k > words && lexicon.of_words.count(tokens[k - 1].key())) --k;
    return k > words ? k : stop;
}

std::string inverted_pronoun(const MentionLexicon& lexicon, const std::string& folded_word) {
    for (const auto& [suffix, pronoun] : lexicon.inverted)
        if (folded_word.size() > suffix.size() &&
            folded_word.compare(folded_word.size() - suffix.size(), suffix.size(), suffix) == 0)
            return pronoun;
    return {};
}

}  // namespace depeche
