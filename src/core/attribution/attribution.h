#pragma once
#include "core/entities/entity_table.h"
#include "core/quotes/quotes.h"

#include <optional>
#include <vector>

namespace depeche {

// Resolves every draft's speaker to an entity, in text order. A pronoun ("a-t-il averti",
// "selon elle") goes to the nearest earlier compatible entity that was a subject, failing that to
// the last compatible speaker, failing that to the last compatible person named; a quotation standing alone
// goes to the speaker of the quotation just before it, in the same or the previous paragraph.
// nullopt when the article does not say. `subjects[m]` is true for a mention that is a sentence's
// first or a cue's subject.
std::vector<std::optional<std::size_t>> attribute(const std::vector<QuoteDraft>& drafts,
                                                   const Mentions& mentions,
                                                   const std::vector<std::size_t>& entity_of_mention,
                                                   const std::vector<bool>& subjects,
                                                   const MentionLexicon& lexicon, EntityTable& table);

}  // namespace depeche
