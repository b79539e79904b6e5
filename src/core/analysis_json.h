#pragma once
#include "analysis.h"

#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

namespace depeche {

inline constexpr const char* kSchema = "depeche/analysis@1";

// The "depeche/analysis@1" document of ../shared/conventions.md, plus the fields the UI needs
// (paragraph spans, title span, warnings), keys in the contract's order; nulls where the article does not say.
nlohmann::ordered_json to_json(const Analysis& analysis);

// Serializes without ever throwing: the text is valid UTF-8 after repair, and should a slice
// still be cut mid-character, the bad bytes are replaced rather than aborting.
std::string dump(const nlohmann::ordered_json& document, bool pretty);

// The same bytes as dump(to_json(analysis), pretty), written element by element: the memory of
// one entity or quote at a time instead of a tree as large as the analysis.
void write_json(std::ostream& out, const Analysis& analysis, bool pretty);
std::string dump(const Analysis& analysis, bool pretty);

}  // namespace depeche
