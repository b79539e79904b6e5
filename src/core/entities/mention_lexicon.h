#pragma once
#include "core/analysis.h"
#include "core/tokens.h"
#include "core/word_set.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace depeche {

// 'm', 'f', or 0 when the word does not say.
using Gender = char;

struct RoleHead {
    std::vector<std::string> words;  // folded: "premier", "ministre"
    EntityType type = EntityType::person;
    Gender gender = 0;
    bool plural = false;
};

struct Determiner {
    Gender gender = 0;
    bool plural = false;
    bool definite = false;  // le, la, cet: the description points back to someone already named
    bool demonstrative = false;  // cet, cette: back to the one just named, whatever else is said
};

struct PronounInfo {
    Gender gender = 0;
    bool plural = false;
    bool latest = false;  // "ce dernier": the last one named, whether a subject or not
};

// Words that name or describe speakers (assets/lang/<lang>/titles.json and mentions.json).
struct MentionLexicon {
    WordMap<Gender> honorifics;             // folded: "m.", "mme"
    WordMap<std::vector<RoleHead>> roles;   // by first folded word
    WordMap<Determiner> determiners;
    WordMap<PronounInfo> pronouns;          // "il", "lui", "elles"
    WordMap<Gender> first_names;            // folded: "jocelyne" -> 'f'; 0 for names both carry
    std::vector<std::pair<std::string, std::string>> inverted;      // "-t-il" -> "il", longest first
    WordSet name_particles, of_words, role_stops, not_names, channels;
    WordSet named_places;  // "lycée" in "le lycée Victor Hugo": the name after it is the place's
    WordSet role_links;  // folded: "de", "pour", "d'": what follows says whose role, not which
    WordSet contractions;  // "du", "au": open a role, are not part of it
    WordSet capital_complements;  // "aux", "en": part of a role before a capital ("aux Sports", "en Géorgie")
    WordSet body_complements;  // "au", "pour", "contre": part of a body's proper name ("Ligue contre le cancer")
    WordSet role_joiners;         // "et": joins two roles of one person
    WordSet age_units;     // "ans": "Lucie, 34 ans," is a person
    WordSet role_modifiers;  // "autre", "ancien": may stand between the article and the role head
    PhraseList not_roles;  // "au milieu de": set phrases around a role noun
    PhraseList count_leads;  // "près de", "quelque": an approximation before a count of people
    PhraseList role_tails;  // "sur place": set phrases that end a role description ("un témoin sur place")
    WordSet role_participles, participle_links;  // "joint", "habitant"; "par", "à": "un syndicaliste joint par L'As"
    WordSet agent_markers;                       // "par": "Interrogé par l'AFP, …" opens on no name
    WordMap<std::string> family_of;  // folded role head -> its family
    std::string anyone_family = "anyone";  // heads that can describe any person ("la jeune femme")
    std::vector<std::string> verb_endings, plural_verb_endings, participle_endings;  // folded word endings
};

bool load_mention_lexicon(const nlohmann::json& titles, const nlohmann::json& mentions,
                          const TokenizerLexicon& tokenizer, MentionLexicon& out, std::string& error);

// Where a role description that stopped at token `stop` ends when its last word is a participle
// whose complement belongs to it ("une mère de famille habitant à Mahazo", "un syndicaliste joint
// par L'As"): past the complement's few words, by `end`; else `stop`.
// `first` is the description's first word after its article: a participle there is a noun.
std::size_t participle_complement_end(const std::vector<Token>& tokens, const MentionLexicon& lexicon, std::size_t first,
                                      std::size_t stop, std::size_t end);

// The subject pronoun an inverted verb carries ("a-t-elle" -> "elle"), or "" when it carries none.
std::string inverted_pronoun(const MentionLexicon& lexicon, const std::string& folded_word);

}  // namespace depeche
