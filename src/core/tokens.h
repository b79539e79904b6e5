#pragma once
#include "analysis.h"

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <nlohmann/json.hpp>

namespace depeche {

enum class TokenKind {
    word,          // letters, with inner hyphens ("a-t-il", "Haut-Karabakh") and apostrophes ("aujourd'hui")
    elision,       // "l'", "d'", "qu'": the elided word with its apostrophe
    number,        // "13", "1991", "13/09/2023", "3,5", "1er"
    abbreviation,  // "M.", "Mme", "etc.": the full stop belongs to the word
    quote_open,    // « “ ‘ ‹ and a straight " that opens
    quote_close,   // » ” ’ › and a straight " that closes
    sentence_end,  // . ! ? … and runs of them
    punct,         // anything else: , ; : ( ) - — – /
};

struct Token {
    Span span;
    TokenKind kind = TokenKind::punct;
    std::string folded;   // fold() of the token: lower case, no accents, ASCII apostrophe
    bool capitalized = false;  // first letter upper-case
};

struct Sentence {
    Span span;
    std::size_t first_token = 0;  // [first_token, end_token)
    std::size_t end_token = 0;
    std::size_t paragraph = 0;    // index into Analysis::paragraphs
};

// Words the tokenizer must know: abbreviations (assets/lang/<lang>/abbreviations.json).
struct TokenizerLexicon {
    std::unordered_set<std::string> abbreviations;  // folded, without the full stop
    std::unordered_set<std::string> elisions;       // folded, without the apostrophe
};

bool load_tokenizer_lexicon(const nlohmann::json& data, TokenizerLexicon& out, std::string& error);

struct TextIndex {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

// Tokenizes every paragraph and splits it into sentences. A sentence never crosses a paragraph,
// and never ends inside a quotation that opened in it, so a quote of several sentences stays whole.
TextIndex index_text(std::string_view text, const std::vector<Span>& paragraphs, const TokenizerLexicon& lexicon);

}  // namespace depeche
