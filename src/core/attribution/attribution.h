#pragma once
#include "core/entities/entity_table.h"
#include "core/quotes/quotes.h"

#include <optional>
#include <vector>

namespace depeche {

// Resolves every draft's speaker to an entity, in text order: pronouns ("a-t-il averti",
// "selon elle") to the last compatible speaker, or failing that the last compatible person
// mentioned; a quotation standing alone to the speaker of the quotation just before it, in the
// same or the previous paragraph. nullopt when the article does not say.
std::vector<std::optional<std::size_t>> attribute(const std::vector<QuoteDraft>& drafts,
                                                   const std::vector<Mention>& mentions,
                                                   const std::vector<std::size_t>& entity_of_mention,
                                                   const MentionLexicon& lexicon, EntityTable& table);

}  // namespace depeche
