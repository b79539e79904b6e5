#pragma once
#include "analysis.h"
#include "word_set.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace depeche {

enum class TokenKind : std::uint8_t {
    word,          // letters, with inner hyphens ("a-t-il", "Haut-Karabakh") and apostrophes ("aujourd'hui")
    elision,       // "l'", "d'", "qu'": the elided word with its apostrophe
    number,        // "13", "1991", "13/09/2023", "3,5", "1er"
    abbreviation,  // "M.", "Mme", "etc.": the full stop belongs to the word
    quote_open,    // « “ ‘ ‹ and a straight " that opens
    quote_close,   // » ” ’ › and a straight " that closes
    sentence_end,  // . ! ? … and runs of them
    punct,         // anything else: , ; : ( ) - — – /
};

// A distinct folded word of a text, hashed once for all the lexicons it is looked up in.
struct Word {
    std::string text;
    std::uint64_t hash = 0;
    std::uint32_t id = 0;  // rank in its text's vocabulary: a stage keeps per-word answers in an array
};

struct KeyOfWord {
    std::string_view operator()(const Word& w) const { return w.text; }
};

class Vocabulary : public WordTable<Word, KeyOfWord> {
public:
    const Word& intern(std::string_view folded) {
        const WordKey key(folded);
        const auto id = static_cast<std::uint32_t>(size());
        return *add(key, [&] { return Word{std::string(folded), key.hash, id}; }).first;
    }
};

// A large text holds about one token every five bytes, so a token is kept to 16 bytes: an offset
// in 32 bits (inputs stop at 16 MiB), a length in 16 (the tokenizer cuts runs longer than
// kMaxTokenBytes) and its folded form shared with every token of the same word.
struct Token {
    const Word* word = nullptr;  // fold() of the token, owned by TextIndex::words
    std::uint32_t start = 0;
    std::uint16_t length = 0;
    TokenKind kind = TokenKind::punct;
    bool capitalized = false;  // first letter upper-case

    Span span() const { return {start, std::size_t{start} + length}; }
    // Lower case, no accents, ASCII apostrophe.
    const std::string& folded() const { return word ? word->text : none().text; }
    // The folded form with its hash, to look up in lexicons.
    WordKey key() const {
        const Word& w = word ? *word : none();
        return {w.text, w.hash};
    }

private:
    static const Word& none() {
        static const Word empty{{}, WordHash{}({}), 0};
        return empty;
    }
};

// A word, elided ("l'", "qu'") or not: what a name, a role or a complement is made of.
inline bool is_word(const Token& t) { return t.kind == TokenKind::word || t.kind == TokenKind::elision; }

// Whether the token is the punctuation sign `p`: ",", "(", "»".
inline bool is_punct(const Token& t, std::string_view p) { return t.kind == TokenKind::punct && t.folded() == p; }
// A hyphen, an en dash or an em dash standing alone.
inline bool is_dash(const Token& t) {
    return t.kind == TokenKind::punct && (t.folded() == "-" || t.folded() == "\u2013" || t.folded() == "\u2014");
}

// One answer per distinct word of a text, computed once: lexicons are asked about every token, and
// a text's words recur every few sentences. Answers are kept by Word::id; a token of another text
// has none here.
template <class T>
class WordAnswers {
public:
    template <class Ask>
    WordAnswers(const Vocabulary& words, Ask ask) {
        entries_.reserve(words.size());
        for (const Word& w : words) entries_.push_back({&w, ask(w)});
    }
    const T* find(const Token& t) const {
        if (!t.word || t.word->id >= entries_.size() || entries_[t.word->id].word != t.word) return nullptr;
        return &entries_[t.word->id].answer;
    }

private:
    struct Entry {
        const Word* word;
        T answer;
    };
    std::vector<Entry> entries_;
};

// No word of any language is this long: a longer run of letters or digits is cut into tokens of
// at most this size, so that a hostile input costs what ordinary text does.
constexpr std::size_t kMaxTokenBytes = 4096;
constexpr std::size_t kMaxParticleBytes = 3;  // "ash" in "ash-Shaibani"
constexpr std::size_t kMaxDomainSuffix = 7;   // ".online", its stop included

struct Sentence {
    Span span;
    std::size_t first_token = 0;  // [first_token, end_token)
    std::size_t end_token = 0;
    std::size_t paragraph = 0;    // index into Analysis::paragraphs
};

// Words the tokenizer must know: abbreviations (assets/lang/<lang>/abbreviations.json).
struct TokenizerLexicon {
    WordSet abbreviations;  // folded, without the full stop
    WordSet elisions;       // folded, without the apostrophe
    WordSet name_elisions;  // "N'" of "N'Djamena", "N'Diaye": capitalized before a capitalized word, part of the name
    WordSet name_particles; // "al" in "al-Charaa": a name that starts in lower case
    WordSet domain_suffixes;  // "fr" in "Franceinfo.fr": a site's name keeps its stop
    WordSet ordinal_suffixes;  // "er" in "1er", "th" in "18th": part of the number's token
};

bool load_tokenizer_lexicon(const nlohmann::json& data, TokenizerLexicon& out, std::string& error);

// The first token that starts at byte `byte` or later, or tokens.size().
std::size_t first_token_from(const std::vector<Token>& tokens, std::size_t byte);

struct TextIndex {
    // Every distinct folded word once; its entries never move, so the tokens' pointers survive
    // its growth, and copies of the index share it.
    std::shared_ptr<Vocabulary> words;
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
};

// Tokenizes every paragraph and splits it into sentences. A sentence never crosses a paragraph,
// and never ends inside a quotation that opened in it, so a quote of several sentences stays whole.
TextIndex index_text(std::string_view text, const std::vector<Span>& paragraphs, const TokenizerLexicon& lexicon);

// The index of `first` followed by the paragraphs of `body`, as index_text would make it (each
// paragraph is tokenized on its own), without tokenizing the body again: a title read as one more
// paragraph costs its own words only. Its words are interned in the body's vocabulary, which the
// two indexes then share.
TextIndex index_with_paragraph_before(std::string_view text, const TextIndex& body, Span first,
                                      const TokenizerLexicon& lexicon);

// Whether a text is one word of Latin letters, with hyphens only between letters ("Saint-Malo",
// "déclara-t-elle"): the tokenizer makes one token of it, whose folded form is fold(text), so the
// lexicons and the gazetteer, which read thousands of such names at start-up, skip the tokenizer
// for them (places_towns.test.cpp and tokens.test.cpp check it on their files).
bool is_plain_word(std::string_view text);

// The tokens of one short run of text, in `out` (cleared first), its words interned in `words`:
// the gazetteer tokenizes thousands of names at start-up, and one vocabulary and token buffer for
// them all cost far less than an index each.
void tokenize(std::string_view text, const TokenizerLexicon& lexicon, Vocabulary& words, std::vector<Token>& out);

}  // namespace depeche
