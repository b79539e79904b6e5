#include "entity_table.h"

#include "core/fold.h"
#include "core/utf8.h"

#include <algorithm>
#include <cctype>

namespace depeche {
namespace {

constexpr std::size_t kRecentMentions = 6;  // how far back "le technicien" looks for the person named
// A person holds a few roles in one article. A generated page may give one a new role on each of
// thousands of lines ("Le maire de X, Paul Roux"), and each mention of the name renews them all.
constexpr std::size_t kMaxRoles = 16;

std::string last_word(const std::string& folded) {
    const std::size_t space = folded.rfind(' ');
    return space == std::string::npos ? folded : folded.substr(space + 1);
}

std::string drop_article(std::string_view s) {
    for (std::string_view a : {"le ", "la ", "les ", "l'", "l\xE2\x80\x99", "un ", "une ", "des "}) {
        if (s.size() <= a.size() || fold(s.substr(0, a.size())) != fold(a)) continue;
        // "un de ses collègues", "une des manifestantes": the article is the one who speaks.
        const std::string_view rest = s.substr(a.size());
        if ((a == "un " || a == "une ") && (rest.starts_with("de ") || rest.starts_with("des ") || rest.starts_with("d'") ||
                                            rest.starts_with("d\xE2\x80\x99")))
            return std::string(s);
        return std::string(rest);
    }
    return std::string(s);
}

// "a. harutyunyan", "h.hadjiyev", "arayik haroutiounian" -> "a harutiunian": a person's first
// initial and surname's spelling key, so that the press's "A. Harutyunyan" is the "Arayik
// Haroutiounian" named before, or after. "" for a name of one word.
std::string initial_key(const std::string& folded, const NameLexicon& names) {
    if (folded.empty()) return {};
    std::size_t initial = 0;  // bytes of the first letter
    utf8::decode(folded, initial);
    const std::size_t dot = folded.find('.');
    if (dot != std::string::npos && dot > 0 && dot + 1 < folded.size()) {
        if (dot != initial) return {};
        const std::size_t surname = folded.find_first_not_of(' ', dot + 1);
        return surname == std::string::npos ? std::string()
                                            : folded.substr(0, initial) + " " + spelling_key(last_word(folded.substr(surname)), names);
    }
    if (folded.find(' ') == std::string::npos) return {};
    return folded.substr(0, initial) + " " + spelling_key(last_word(folded), names);
}

}  // namespace

std::string EntityTable::surname_key(const std::string& folded_name) const {
    return spelling_key(last_word(folded_name), names_);
}

void EntityTable::add_alias(EntityDraft& e, std::string_view alias) {
    if (alias.empty() || !e.alias_keys.insert(fold(alias)).second) return;
    e.aliases.emplace_back(alias);
}

template <class Also>
std::optional<std::size_t> EntityTable::recent_person(Gender gender, Also also) const {
    for (std::size_t k = recent_.size(); k > 0; --k) {
        const EntityDraft& e = entities_[recent_[k - 1]];
        if (e.name_words && e.person_evidence && !e.plural && (!e.gender || !gender || e.gender == gender) && also(e))
            return recent_[k - 1];
    }
    return std::nullopt;
}

namespace {

// The words of `s`, split at any white space.
std::vector<std::string_view> role_words(std::string_view s) {
    std::vector<std::string_view> words;
    for (std::size_t at = 0; at < s.size();) {
        while (at < s.size() && std::isspace(static_cast<unsigned char>(s[at]))) ++at;
        std::size_t end = at;
        while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end]))) ++end;
        if (end > at) words.push_back(s.substr(at, end - at));
        at = end;
    }
    return words;
}

// Whether `role` (folded) says nothing that contradicts the person's earlier roles: each word
// that qualifies its head directly ("américain" in "président américain") is one of theirs. What
// follows a link ("de Josep Borrell") only says whose role it is.
// The words that qualify a role's head directly ("américain" in "président américain"), up to a
// link: what follows one ("de Josep Borrell") only says whose role it is.
std::vector<std::string_view> qualifiers_of(const std::vector<std::string_view>& words, std::string_view head,
                                            const WordSet& links) {
    std::vector<std::string_view> qualifiers;
    auto w = std::find(words.begin(), words.end(), head);
    if (w == words.end()) return qualifiers;
    for (++w; w != words.end(); ++w) {
        const std::size_t elided = w->find('\'');  // "d'israel": the link is elided onto its word
        if (links.count(*w) || (elided != std::string_view::npos && links.count(w->substr(0, elided + 1)))) break;
        qualifiers.push_back(*w);
    }
    return qualifiers;
}

// Whether `role` (folded) says nothing that contradicts the person's earlier roles: each word
// that qualifies its head directly is one of theirs.
bool says_no_more(std::string_view role, std::string_view head, const std::vector<std::string>& roles,
                  const WordSet& links) {
    const auto qualifiers = qualifiers_of(role_words(role), head, links);
    return qualifiers.empty() || std::any_of(roles.begin(), roles.end(), [&](const std::string& earlier) {
               const std::string folded = fold(earlier);
               const auto theirs = role_words(folded);
               return std::all_of(qualifiers.begin(), qualifiers.end(), [&](std::string_view q) {
                   return std::find(theirs.begin(), theirs.end(), q) != theirs.end();
               });
           });
}

// Whether one of the person's earlier roles has the same head qualified by none of the same words:
// "président azerbaïdjanais" for "président américain". A bare head or another head says nothing
// against it.
bool contradicts(std::string_view role, std::string_view head, const std::vector<std::string>& roles, const WordSet& links) {
    const auto qualifiers = qualifiers_of(role_words(role), head, links);
    if (qualifiers.empty()) return false;
    return std::any_of(roles.begin(), roles.end(), [&](const std::string& earlier) {
        const std::string folded = fold(earlier);
        const auto theirs = qualifiers_of(role_words(folded), head, links);
        return !theirs.empty() && std::none_of(qualifiers.begin(), qualifiers.end(), [&](std::string_view q) {
                   return std::find(theirs.begin(), theirs.end(), q) != theirs.end();
               });
    });
}

}  // namespace

std::size_t EntityTable::find_or_create(const Mention& m) {
    const std::string name = m.name.size() ? fold(slice(m.name)) : std::string();
    if (m.acronym.size())
        if (const auto it = by_name_.find(fold(slice(m.acronym))); it != by_name_.end()) return it->second;
    const std::string role = m.role.size() ? fold(slice(m.role)) : std::string();
    if (!name.empty()) {
        if (const auto it = by_name_.find(name); it != by_name_.end()) return it->second;
        const auto sur = by_surname_.find(surname_key(name));
        // "M. Peskov" after "Dmitri Peskov", or "Dmitri Peskov" after "M. Peskov".
        if (sur != by_surname_.end() && (m.name_words == 1 || entities_[sur->second].name_words == 1)) return sur->second;
        if (const std::string initial = initial_key(name, names_); !initial.empty())
            if (const auto it = by_initial_.find(initial); it != by_initial_.end()) return it->second;
        // A portrait calls the woman it introduced as "Véronique Martin" by her first name.
        // So does a title before a name that is not a known first name: "le prince Abdelaziz ben
        // Salmane", then "le prince Abdelaziz".
        if (m.name_words == 1 && (lexicon_.first_names.value(name) || m.honorific || !role.empty()))
            if (const std::size_t* who = by_first_name_.value(name)) return *who;
        // "Le président syrien salue …" in a title, then "Le président syrien Ahmed Al-Charaa a salué":
        // the role met alone names the person it is now given to.
        if (!role.empty()) {
            if (const auto it = by_role_.find(role); it != by_role_.end() && entities_[it->second].name_words == 0)
                return it->second;
            // "leur directeur confirmait …", then "le directeur du site, Sébastien Depierre": the
            // role first met bare is made precise, and the person is the same.
            if (const auto it = by_head_.find(m.role_head); it != by_head_.end() && entities_[it->second].name_words == 0)
                for (const std::string& earlier : entities_[it->second].roles)
                    if (const std::string bare = fold(earlier); role.size() > bare.size() && role.compare(0, bare.size(), bare) == 0 && role[bare.size()] == ' ')
                        return it->second;
        }
    } else if (!role.empty() && !m.plural) {
        const auto family = lexicon_.family_of.find(m.role_head);
        const bool anyone = family != lexicon_.family_of.end() && family->second == lexicon_.anyone_family;
        // "L'homme", "la commerçante" name whoever of that gender the text is about now: after
        // "Son voisin, William Hoarau, …", "L'homme explique" is the neighbour, even where an
        // earlier "l'homme" was someone else.
        if (anyone && m.definite)
            if (const auto who = recent_person(m.gender, [](const EntityDraft&) { return true; })) return *who;
        if (const auto it = by_role_.find(role); it != by_role_.end()) return it->second;
        // "le président" is the last president named; "le président américain" is not the
        // "président azerbaïdjanais" named before, though "le ministre russe" is still the
        // "ministre russe des Affaires étrangères".
        if (m.definite)
            if (const auto it = by_head_.find(m.role_head);
                it != by_head_.end() && says_no_more(role, m.role_head, entities_[it->second].roles, lexicon_.role_links))
                return it->second;
        // "Le maire … La députée …": one family, but a man and a woman are two people; "le chef de
        // l'État" is the "président azerbaïdjanais" named before, "le président américain" is not.
        if (m.definite && family != lexicon_.family_of.end() && !anyone)
            if (const auto it = by_family_.find(family->second);
                it != by_family_.end() && !(m.gender && entities_[it->second].gender && m.gender != entities_[it->second].gender) &&
                !contradicts(role, m.role_head, entities_[it->second].roles, lexicon_.role_links))
                return it->second;
        // "... soutenus par Sophie Morel. La secrétaire générale du syndicat s'est rendue ...": a
        // definite role seen for the first time describes the person just named without one, in
        // the same paragraph; a new paragraph may bring in someone else by their role.
        const auto described_here = [&](const EntityDraft& e) {
            if (!e.roles.empty() || e.mentions.empty() || e.mentions.back().end > m.span.start ||
                e.type != EntityType::person)
                return false;
            const std::size_t from = e.mentions.back().end;
            return text_.substr(from, m.span.start - from).find('\n') == std::string_view::npos;
        };
        if (m.definite && m.type == EntityType::person)
            if (const auto who = recent_person(m.gender, described_here)) return *who;
    } else if (!role.empty()) {
        if (const auto it = by_role_.find(role); it != by_role_.end()) return it->second;
    }
    entities_.emplace_back();
    return entities_.size() - 1;
}

std::size_t EntityTable::add(const Mention& m) {
    const std::size_t id = find_or_create(m);
    EntityDraft& e = entities_[id];
    e.mentions.push_back(m.span);
    if (m.name.size()) {
        const std::string name(slice(m.name));
        const bool acronym = !e.acronym.empty() && fold(name) == e.acronym;
        // The fullest name: more words, or as many without an initial ("Hikmet Hadjiyev", not "H. Hadjiyev").
        const bool fuller = m.name_words > e.name_words || e.name_words == 0 ||
                            (m.name_words == e.name_words && e.name.find('.') != std::string::npos &&
                             name.find('.') == std::string::npos);
        if (!acronym && fuller) {
            e.name = name;
            e.name_words = m.name_words;
        }
        add_alias(e, name);
        add_alias(e, with_article(m.name));
        if (m.honorific) add_alias(e, slice(m.span.start < m.name.start ? Span{m.span.start, m.name.end} : m.name));
        const std::string folded = fold(name);
        by_name_[folded] = id;
        by_surname_[surname_key(folded)] = id;
        if (const std::string initial = initial_key(folded, names_); !initial.empty()) by_initial_[initial] = id;
        if (m.name_words >= 2) {
            e.person_evidence = true;
            const std::string first = folded.substr(0, folded.find(' '));
            by_first_name_[first] = id;
        }
    }
    if (m.role.size()) {
        const std::string role(slice(m.role));
        if (e.name.empty()) e.name = role;
        if (e.roles.size() < kMaxRoles && std::find(e.roles.begin(), e.roles.end(), role) == e.roles.end())
            e.roles.push_back(role);
        add_alias(e, role);
        if (m.role_with_article.size()) {
            add_alias(e, slice(m.role_with_article));
            // "Les deux dirigeants": an article before the determiner the role opened on.
            add_alias(e, with_article(m.role_with_article));
        }
        if (std::find(e.role_heads.begin(), e.role_heads.end(), m.role_head) == e.role_heads.end())
            e.role_heads.push_back(m.role_head);
        by_role_[fold(role)] = id;
        note_role_head(id, m.role_head);
    } else if (m.name.size()) {
        // "L'auteur de … a été choisi", then "Un auteur qui …", then "a déclaré Jean-Paul Dubois":
        // named again, a person is the last one of their roles, and "l'écrivain" after it is them.
        for (const std::string& role : e.roles) by_role_[fold(role)] = id;
        for (const std::string& head : e.role_heads) note_role_head(id, head);
    }
    if (m.acronym.size()) {
        add_alias(e, slice(m.acronym));
        e.acronym = fold(slice(m.acronym));
        by_name_[e.acronym] = id;
    }
    if (m.honorific || m.type == EntityType::person) e.person_evidence = true;
    if (m.type != EntityType::other && (e.type == EntityType::other || m.type == EntityType::person)) e.type = m.type;
    if (m.plural) e.plural = true;
    note_gender(id, m.gender);
    recent_.push_back(id);
    if (recent_.size() > kRecentMentions) recent_.erase(recent_.begin());
    return id;
}

void EntityTable::note_role_head(std::size_t id, const std::string& head) {
    by_head_[head] = id;
    if (const auto family = lexicon_.family_of.find(head); family != lexicon_.family_of.end())
        by_family_[family->second] = id;
}

// "l'Arménie", "la Turquie", "le Kremlin": a name as the text writes it, with its article.
std::string_view EntityTable::with_article(Span name) const {
    for (std::string_view a : {"l'", "l\xE2\x80\x99", "la ", "le ", "les "}) {
        if (name.start < a.size()) continue;
        const std::size_t from = name.start - a.size();
        if (fold(text_.substr(from, a.size())) != fold(a)) continue;
        if (from > 0 && !std::isspace(static_cast<unsigned char>(text_[from - 1])) && text_[from - 1] != '(' && text_[from - 1] != '"')
            continue;
        return text_.substr(from, name.end - from);
    }
    return {};
}

std::size_t EntityTable::add_phrase(Span span, EntityType type) {
    const std::string words = drop_article(slice(span));
    const std::string key = fold(words);
    std::size_t id;
    if (const auto it = by_name_.find(key); it != by_name_.end()) {
        id = it->second;
    } else {
        entities_.emplace_back();
        id = entities_.size() - 1;
        entities_[id].name = words;
        entities_[id].phrase = true;
        by_name_[key] = id;
    }
    EntityDraft& e = entities_[id];
    e.mentions.push_back(span);
    add_alias(e, words);
    add_alias(e, slice(span));
    if (e.type == EntityType::other) e.type = type;
    return id;
}

void EntityTable::note_gender(std::size_t entity, Gender g) {
    if (g && !entities_[entity].gender) entities_[entity].gender = g;
}

}  // namespace depeche
