#pragma once
#include "../analysis.h"
#include "../flat_word_map.h"
#include "../shared_array.h"
#include "../tokens.h"
#include "../word_lists.h"
#include "../word_set.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace depeche {

// A text of Gazetteer::texts: the 60,000 places' names are one array, that a snapshot gives back
// in place, rather than three strings a place.
struct TextRef {
    std::uint32_t at = 0;
    std::uint32_t size = 0;
};

struct GazetteerEntry {
    TextRef canonical;  // English name, as the contract's `canonical`
    TextRef french;     // the usual French name, shown when the text only names it by an adjective
    TextRef country;    // ISO 3166-1 alpha-2; empty for places spanning several countries
    PlaceKind kind = PlaceKind::other;
    double lat = 0.0;
    double lon = 0.0;
    double prior = 0.0;  // how likely a bare mention of the name means this place rather than a namesake
    bool capital = false;
    bool small_town = false;  // from the towns file: a place only where the text says it is one
    bool approximate = false;  // at the centre of its division: its own point is unknown
};

// What one word of the text can be: the first token of some name (the only tokens worth a name
// lookup), or an adjective or inhabitant of a country ("turque", "Arméniens"). One lookup per word.
struct GazetteerWord {
    std::uint32_t demonym = UINT32_MAX;  // country entry
    bool starts_name = false;
    bool starts_small_town_only = false;  // a town of the towns file: "Hilton" in "Paris Hilton" is no list of places
    bool starts_lower_case_name = false;  // of a name written without a capital: "pays baltes"
};

// Names are keys of folded tokens joined by one space ("haut-karabakh", "bande de gaza"), so the
// text is matched token by token whatever its case, accents or apostrophes.
struct Gazetteer {
    SharedArray<GazetteerEntry> entries;
    SharedArray<char> texts;  // the entries' names, end to end
    std::vector<std::uint32_t> capitals;  // the entries that are capitals, in entry order
    WordLists names;  // key -> entries, best prior first; none for a name that is no place
    WordSet name_prefixes;  // keys that some longer name continues: "bande de" for "bande de gaza"
    FlatWordMap<GazetteerWord> words;  // folded word -> what it may start or mean
    WordMap<std::uint32_t> countries;  // ISO2 -> country entry
    WordSet blocked;      // names that are places only after a place preposition
    WordSet determiners;
    WordSet person_titles;
    WordSet body_titles;  // "groupe", "société": the name right after them is a body's, not a place
    WordSet function_words;
    WordSet place_prepositions;
    WordSet speech_markers;
    WordSet subject_openers;  // words after which a clause, and its subject, begins
    WordSet auxiliaries;  // as written, not folded: "a" (has) is no "à" (at)
    WordSet site_prepositions;  // "à Moscou", "dans le Donbass": where something happens
    WordSet town_prepositions;      // as written: "à Vienne" is the town, not the département
    WordSet division_prepositions;  // "au Québec", "en Vienne": the division, not the town
    WordSet language_words;  // "du russe", "en français": before an adjective that names a language
    WordSet complement_prepositions;  // "du Loiret", "des Etats-Unis": the name completes a noun
    WordSet street_words;     // "pont Lafayette", "place Bellecour": the name is a street's or a building's
    WordSet street_of_words;  // "rue de Moscou": the same with "de" between
    WordSet street_indefinites;  // "une rue de Ouagadougou": a street of the town, whose name it is not
    // "le village de X", "le quartier de X": X is a place even when no gazetteer knows it; its
    // kind is a town after a settlement word, "other" after a district word.
    WordSet settlement_words;
    WordSet district_words;
    // The district words that need no "de": "au quartier Fandasso"; not "le camp Biden".
    WordSet bare_district_words;
    WordSet list_joiners;  // folded: "et", "ou" between the names of a list
    // Capitalized particles that carry a name on past a place's ("Aïn El Beida", "Sidi Bel Abbès"):
    // the place is only the start of another one's name.
    WordSet name_continuations;
    // Plural settlement or district words, which every name of the list after them completes:
    // "les villages Kaswovu, Bumba et Nsinga", "les communes de Chappes et d'Entraigues".
    WordSet list_heads;
    // Words that join a town's name to what tells it from its namesakes: the press writes
    // "Pierrefeu" for Pierrefeu-du-Var and "La Teste" for La Teste-de-Buch.
    WordSet short_name_links;
    WordSet unlisted_stops;  // first words that make no such place: "le village de Noël"
    WordSet home_countries;  // folded ISO2 codes of the countries whose press writes the language
    std::vector<std::string> division_prefixes;  // name keys: "canton du", "oblast de", "region"
    // Other spellings of a key's start: {"saint-", "st-", "st "} finds Saint-Raphaël as "St Raphaël".
    std::vector<std::vector<std::string>> prefix_variants;
    std::vector<std::string> typo_words;  // folded words of names found also one letter off ("nargorny")
    WordSet lower_case_names;  // keys of curated names written without a capital, found as written
    WordSet not_names;  // name keys never indexed: generic division names ("centre", "sud-ouest")
    // Divisions whose names are among them ("Nord"), found only in brackets after a town:
    // "Dunkerque (Nord)".
    WordLists bracketed;
    std::size_t max_name_tokens = 1;
    bool has_towns = false;  // the towns file is in

    std::string_view text(TextRef t) const { return std::string_view(texts.data() + t.at, t.size); }
    TextRef add_text(std::string_view s) {
        const TextRef t{static_cast<std::uint32_t>(texts.size()), static_cast<std::uint32_t>(s.size())};
        texts.append(s.data(), s.size());
        return t;
    }
};

// `generated` is gazetteer.json from tools/build-gazetteer.mjs, `curated` the language's
// assets/gazetteer/<lang>-curated.json; names are tokenized with the text's own tokenizer.
bool load_gazetteer(const nlohmann::json& generated, const nlohmann::json& curated, const TokenizerLexicon& lexicon,
                    Gazetteer& out, std::string& error);

// Adds the smaller towns of gazetteer-towns.json (its text; tools/build-gazetteer.mjs) to a loaded
// gazetteer: the page's first analysis runs without them, and they come after its first frame.
// Adding them twice adds nothing.
bool extend_gazetteer(std::string_view towns_json, const TokenizerLexicon& lexicon, Gazetteer& out, std::string& error);

// The lookup key of a name, or of a run of tokens of the text.
std::string name_key(std::string_view name, const TokenizerLexicon& lexicon);

}  // namespace depeche
