#pragma once
#include "core/entities/name_lexicon.h"

#include "core/analysis.h"
#include "core/entities/mention_lexicon.h"

#include <string>
#include <string_view>
#include <vector>

namespace depeche {

// What an entity's name says of who it is, in keys that compare across articles.
struct SpeakerName {
    std::vector<std::string> words;  // spelling keys of the proper name without titles; none when known by a role
    std::vector<std::string> roles;  // folded, determiners dropped: "premier ministre armenien"
    std::string shown;               // the proper name as written: "Nikol Pashinyan"
    bool indefinite = false;         // "un habitant": someone, not someone the reader knows
    std::string full() const;        // the words joined by spaces
};

// "M. Nikol Pashinyan" -> {"nikol", "pachinian"}; "le Premier ministre arménien" -> no words, its role.
SpeakerName read_speaker_name(const Entity& entity, const MentionLexicon& mentions, const NameLexicon& names);

// A description folded, its opening determiners dropped: "le Premier ministre" -> "premier ministre".
std::string role_key(std::string_view description, const MentionLexicon& mentions);

}  // namespace depeche
