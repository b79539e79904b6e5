#pragma once
#include "mentions.h"
#include "name_lexicon.h"
#include "../word_set.h"

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace depeche {

// One entity being built: the mentions clustered so far and what they say about it.
struct EntityDraft {
    EntityType type = EntityType::other;
    Gender gender = 0;
    bool plural = false;
    bool person_evidence = false;  // an honorific, a person role, a first name, a pronoun
    bool speaker = false;
    bool phrase = false;  // named only by the words before a cue: listed only if it speaks
    std::string name;
    std::size_t name_words = 0;
    std::vector<std::string> aliases;
    // Folded aliases, so that each is listed once. A std::set rather than a WordSet: its move
    // cannot throw, so the table's vector moves its drafts when it grows instead of copying them.
    std::set<std::string, std::less<>> alias_keys;
    std::string acronym;                         // folded: "otsc"
    std::vector<std::string> roles;
    std::vector<std::string> role_heads;  // folded: "ministre", "porte-parole"
    std::vector<Span> mentions;
};
static_assert(std::is_nothrow_move_constructible_v<EntityDraft>, "the table's vector copies drafts it cannot move safely");

// A person or a group of people, or what the text gave person evidence: someone who could speak
// with no cue naming them, as an institution or a place named in passing could not.
inline bool may_be_people(const EntityDraft& e) {
    return e.type == EntityType::person || e.type == EntityType::group || e.person_evidence;
}

// One person: types are settled after quotations, so until then a person is also told by its
// evidence ("M.", a role, a first name) on an entity of no type yet.
inline bool is_one_person(const EntityDraft& e) {
    return !e.plural && (e.type == EntityType::person || (e.type == EntityType::other && e.person_evidence));
}

// Clusters mentions into entities as they come, in text order: a full name and its surname
// ("Dmitri Peskov", "M. Peskov"), a name and its roles (apposition), a definite role that
// recurs ("le porte-parole ...") with the last entity that held that role or one of its family
// ("l'entraîneur" then "le technicien"), and "la jeune femme" with the woman just named.
class EntityTable {
public:
    EntityTable(std::string_view text, const MentionLexicon& lexicon, const NameLexicon& names)
        : text_(text), lexicon_(lexicon), names_(names) {}

    std::size_t add(const Mention& m);
    // A speaker named by words that are not a known mention ("un habitant", "Moscou"): joins the
    // entity already named so, or starts one.
    std::size_t add_phrase(Span span, EntityType type);
    void note_gender(std::size_t entity, Gender g);

    const std::vector<EntityDraft>& entities() const { return entities_; }
    std::vector<EntityDraft>& entities() { return entities_; }

private:
    std::string_view text_;
    const MentionLexicon& lexicon_;
    const NameLexicon& names_;
    std::vector<EntityDraft> entities_;
    WordMap<std::size_t> by_name_;     // folded full name or alias
    WordMap<std::size_t> by_surname_;  // spelling key of a name's last word: "Pachinian" is "Pashinyan"
    WordMap<std::size_t> by_first_name_;  // "veronique": the last person named in full with that first word
    WordMap<std::size_t> by_initial_;  // "a haroutiounian": a first name's initial and the surname's key
    WordMap<std::size_t> by_role_;     // folded role text
    WordMap<std::size_t> by_head_;     // folded role head, last holder
    WordMap<std::size_t> by_family_;   // role family, last entity described by it
    std::vector<std::size_t> recent_;                          // entities of the last mentions, oldest first

    std::string_view slice(Span s) const { return text_.substr(s.start, s.size()); }
    std::string surname_key(const std::string& folded_name) const;
    std::string_view with_article(Span name) const;
    std::size_t find_or_create(const Mention& m);
    // The person last named among the recent mentions, of a compatible gender, for whom `also` holds.
    template <class Also>
    std::optional<std::size_t> recent_person(Gender gender, Also also) const;
    void add_alias(EntityDraft& e, std::string_view alias);
    // Makes `id` the last holder of a role head and of its family.
    void note_role_head(std::size_t id, const std::string& head);
};

}  // namespace depeche
