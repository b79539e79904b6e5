#pragma once
#include "../analysis.h"
#include "../tokens.h"
#include "gazetteer.h"

#include <optional>
#include <string_view>
#include <vector>

namespace depeche {

// The distinct places the article names, in order of first mention: the title's, the dateline's, proper
// names ("l'Azerbaïdjan", "au Haut-Karabakh", "la bande de Gaza") and the country adjectives
// ("le président turc"). Namesakes are told apart by the countries named around them, a
// capitalized word that belongs to a person's name ("M. Paris", "Tony Paris") is not a place, and a
// place that acts or speaks ("Moscou a accusé", "selon Bakou") is also listed in actor_mentions.
std::vector<Place> find_places(std::string_view text, const TextIndex& index, const std::optional<Span>& title,
                               const std::optional<Dateline>& dateline, const Gazetteer& gazetteer,
                               const TokenizerLexicon& lexicon);

}  // namespace depeche
