#pragma once
#include "core/speech_lexicon.h"

#include <deque>
#include <string_view>
#include <vector>

namespace depeche {

// A stretch of text that names or describes someone: "M. Peskov", "Dmitri Peskov",
// "le porte-parole du Kremlin, Dmitri Peskov", "la diplomatie russe", "Moscou".
struct Mention {
    std::size_t first = 0, end = 0;  // tokens [first, end)
    Span span;
    Span name;              // the proper name inside, empty when there is none
    std::size_t name_words = 0;
    Span role;              // the role description without its determiner, empty when there is none
    Span role_with_article; // "le porte-parole du Kremlin", empty when the role has no article
    std::string role_head;  // folded head noun: "porte-parole"
    EntityType type = EntityType::other;
    Gender gender = 0;
    bool plural = false;
    bool definite = false;  // a role with le/la/l'/les: refers back to someone already named
    bool demonstrative = false;  // "cette quadragénaire": the one just named
    bool honorific = false; // M., Mme: certainly a person
    Span acronym;           // "(OTSC)" right after the mention, without the brackets
};

// A long text has thousands of mentions: a deque grows without the last step of a doubling
// vector, which holds them all twice.
using Mentions = std::deque<Mention>;

// Finds mentions left to right; they never overlap. Bounded look-ahead, so linear in the tokens.
Mentions find_mentions(std::string_view text, const TextIndex& index, const SpeechLexicon& lexicon);

}  // namespace depeche
