#include "lexicon_words.h"

#include "fold.h"
#include "utf8.h"

namespace depeche {
namespace {

const nlohmann::json* string_list(const nlohmann::json& data, const char* key, const char* file, std::string& error) {
    const auto it = data.find(key);
    if (it == data.end() || !it->is_array()) {
        error = std::string(file) + ": \"" + key + "\" must be a list of strings";
        return nullptr;
    }
    for (const auto& item : *it) {
        if (!item.is_string()) {
            error = std::string(file) + ": \"" + key + "\" holds something that is not a string";
            return nullptr;
        }
    }
    return &*it;
}

}  // namespace

char32_t last_letter(std::string_view word) {
    if (word.empty()) return 0;
    std::size_t p = word.size() - 1;
    while (p > 0 && (static_cast<unsigned char>(word[p]) & 0xC0) == 0x80) --p;
    const char32_t c = utf8::decode(word, p);
    const bool upper = (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
    return upper ? c + 32 : c;
}

std::vector<std::string> phrase_words(std::string_view phrase, const TokenizerLexicon& tokenizer) {
    // Most forms of the cue verbs are one word: an index of its own for each was most of the
    // lexicons' load.
    if (is_plain_word(phrase)) return {fold(phrase)};
    const TextIndex index = index_text(phrase, {Span{0, phrase.size()}}, tokenizer);
    std::vector<std::string> words;
    words.reserve(index.tokens.size());
    for (const Token& t : index.tokens) words.push_back(t.folded());
    return words;
}

bool ends_with_one_of(std::string_view word, const std::vector<std::string>& endings, std::size_t stem) {
    for (const std::string& e : endings)
        if (word.size() > e.size() + stem && word.compare(word.size() - e.size(), e.size(), e) == 0) return true;
    return false;
}

bool read_word_set(const nlohmann::json& data, const char* key, const char* file, WordSet& out,
                   std::string& error) {
    const nlohmann::json* list = string_list(data, key, file, error);
    if (!list) return false;
    for (const auto& item : *list) out.insert(fold(item.get<std::string>()));
    return true;
}

bool read_phrase_list(const nlohmann::json& data, const char* key, const char* file,
                      const TokenizerLexicon& tokenizer, PhraseList& out,
                      std::string& error) {
    const nlohmann::json* list = string_list(data, key, file, error);
    if (!list) return false;
    for (const auto& item : *list) {
        auto words = phrase_words(item.get<std::string>(), tokenizer);
        if (!words.empty()) out.add(std::move(words));
    }
    return true;
}

}  // namespace depeche
