#pragma once
#include "core/analysis.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace depeche::cli {

struct GoldSpeaker {
    std::string name;
    std::vector<std::string> aliases;  // the name is one of them
};

struct GoldQuote {
    QuoteKind kind = QuoteKind::direct;
    std::string text;
    std::optional<std::size_t> speaker;  // index into GoldArticle::speakers; nullopt: the article does not say
    Span span;                           // where the text is in the article
    std::string construction;            // how the text reports it, where the gold says ("np-object")
};

// One gold file (tests/gold/*.gold.json) with its article. Sections a scorer does not read stay
// in `document` for the others (timexes, places, events).
struct GoldArticle {
    std::string gold_path;
    std::string article_path;
    std::string text;
    std::optional<std::string> dct;
    std::vector<GoldSpeaker> speakers;
    std::vector<GoldQuote> quotes;
    nlohmann::json document;
};

// A string field of a gold entry, "" when absent.
std::string string_field(const nlohmann::json& entry, const char* key);

// The byte offsets "start"/"end" of a gold entry when it has them and they lie in the text.
std::optional<Span> gold_offsets(const nlohmann::json& entry, std::size_t text_size);

// Loads a gold file, reads its article ("article" relative to the gold file, or the file of the
// same name next to it) and finds each gold quotation in the text, in order.
std::optional<GoldArticle> load_gold(const std::string& path, std::string& error);

}  // namespace depeche::cli
