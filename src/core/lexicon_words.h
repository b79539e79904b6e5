#pragma once
#include "tokens.h"
#include "word_set.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace depeche {

// The folded tokens of a lexicon phrase ("mis en garde", "d'après"), cut by the same tokenizer as
// the text so that a phrase matches the tokens it is written as.
std::vector<std::string> phrase_words(std::string_view phrase, const TokenizerLexicon& tokenizer);

// The last letter of a word in lower case, accents kept: folding makes "accusé" and "accuse"
// one key, and this tells them apart. 0 for an empty word.
char32_t last_letter(std::string_view word);

// Whether a folded word ends with one of the endings and keeps more than `stem` letters before
// it: "accusant" ends in "ant", "chant" is too short to be a participle.
bool ends_with_one_of(std::string_view word, const std::vector<std::string>& endings, std::size_t stem);

// Reads data[key], a list of strings, as folded single-token words. `file` names the data file in
// error messages.
bool read_word_set(const nlohmann::json& data, const char* key, const char* file, WordSet& out,
                   std::string& error);

// Reads data[key], a list of phrases, as token sequences.
bool read_phrase_list(const nlohmann::json& data, const char* key, const char* file,
                      const TokenizerLexicon& tokenizer, PhraseList& out,
                      std::string& error);

}  // namespace depeche
