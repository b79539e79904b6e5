#include "gazetteer.h"

#include "towns_file.h"

#include "../fold.h"
#include "../utf8.h"

#include <algorithm>
#include <cmath>

namespace depeche {
namespace {

using json = nlohmann::json;

// Priors order the namesakes of one name: a country before a capital before a region before a
// town, and a large town before a small one ("London" is the British capital until the text
// says otherwise).
constexpr double kCountryPrior = 50.0;
constexpr double kCuratedPrior = 45.0;
constexpr double kCapitalPrior = 40.0;
constexpr double kRegionPrior = 20.0;
constexpr double kTownPrior = 10.0;  // plus twice the decimal logarithm of the population
// A town or region of a country whose press writes in the article's language beats a namesake
// abroad of up to ten times its size (Orange in Vaucluse, not in California).
constexpr double kHomeBonus = 2.0;

// The string at `key` of an object, or "" when it is missing or not a string (never throws: the
// wasm build cannot catch nlohmann's type errors).
std::string text_at(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool read_strings(const json& data, const char* field, WordSet& out, std::string& error,
                  bool folded = true) {
    const auto it = data.find(field);
    if (it == data.end() || !it->is_array()) {
        error = std::string("curated gazetteer: \"") + field + "\" must be an array of strings";
        return false;
    }
    for (const json& v : *it) {
        if (!v.is_string()) {
            error = std::string("curated gazetteer: \"") + field + "\" holds a non-string";
            return false;
        }
        out.insert(folded ? fold(v.get<std::string>()) : v.get<std::string>());
    }
    return true;
}

// "P’ot’i", "Och’amch’ire", "Tqvarch'eli": the marks of a transliteration that the French press
// leaves out ("Poti", "Ochamchire"). The name without them, or "" when it has none; an elision
// ("Villeneuve-d'Ascq", "L'Haÿ-les-Roses") is no such mark.
std::string without_transliteration_marks(std::string_view name, const TokenizerLexicon& lexicon) {
    // Most names have no apostrophe at all: they are not decoded.
    if (name.find('\'') == std::string_view::npos && name.find("\xE2\x80\x99") == std::string_view::npos &&
        name.find("\xCA\xBC") == std::string_view::npos)
        return {};
    std::string out;
    bool marked = false;
    std::size_t word_start = 0;
    for (std::size_t pos = 0; pos < name.size();) {
        const std::size_t at = pos;
        const char32_t cp = utf8::decode(name, pos);
        const bool apostrophe = cp == '\'' || cp == 0x2019 || cp == 0x02BC;
        if (apostrophe && at > word_start && !lexicon.elisions.count(fold(name.substr(word_start, at - word_start)))) {
            marked = true;
        } else {
            out.append(name.substr(at, pos - at));
        }
        if (apostrophe || cp == ' ' || cp == '-') word_start = pos;
    }
    return marked ? out : std::string();
}

// name_key, with the vocabulary and token buffer the caller keeps from one name to the next.
std::string joined_key(std::string_view name, const TokenizerLexicon& lexicon, Vocabulary& words,
                       std::vector<Token>& tokens) {
    if (is_plain_word(name)) return fold(name);
    tokenize(name, lexicon, words, tokens);
    std::string key;
    for (const Token& t : tokens) {
        if (!key.empty()) key += ' ';
        key += t.folded();
    }
    return key;
}

class Builder {
public:
    Builder(Gazetteer& g, const TokenizerLexicon& lexicon) : g_(g), lexicon_(lexicon) {}

    // A place, with its names among the gazetteer's texts; a French name that is the English one
    // (most towns') is the same text.
    std::uint32_t add(GazetteerEntry e, std::string_view canonical, std::string_view french,
                      std::string_view country) {
        e.canonical = g_.add_text(canonical);
        e.french = french == canonical ? e.canonical : g_.add_text(french);
        e.country = g_.add_text(country);
        g_.entries.push_back(e);
        return static_cast<std::uint32_t>(g_.entries.size() - 1);
    }

    // The press often drops a name's hyphens ("la Guinée Bissau", "Clermont Ferrand"): the name
    // written with spaces is a key too, but for one that opens on a compass word ("Nord-Kivu"),
    // which would make "Nord" in "Dunkerque (Nord)" the start of a longer name.
    void name(std::uint32_t entry, std::string_view text) {
        add_key(entry, key_of(text));
        const std::size_t dash = text.find('-');
        if (dash == std::string_view::npos) {
            add_key(entry, dashed_key(text));
            return;
        }
        if (g_.function_words.count(key_of(text.substr(0, dash)))) return;
        std::string spaced(text);
        std::replace(spaced.begin(), spaced.end(), '-', ' ');
        add_key(entry, key_of(spaced));
    }

    // And the other way round ("le Burkina-Faso", "New-York", "Hong-Kong"): a name of capitalized
    // words joined by spaces is a key with dashes too. "" for any other name.
    std::string dashed_key(std::string_view text) {
        if (text.find(' ') == std::string_view::npos) return {};
        std::string dashed;
        for (std::size_t at = 0; at <= text.size();) {
            const std::size_t space = std::min(text.find(' ', at), text.size());
            const std::string_view word = text.substr(at, space - at);
            std::size_t first = 0;
            const char32_t c = utf8::decode(word, first);
            if (word.empty() || !is_latin_capital(c)) return {};
            if (!dashed.empty()) dashed += '-';
            dashed += word;
            at = space + 1;
        }
        return key_of(dashed);
    }

    // A name of the towns file, whose first word starts no name of a larger place.
    void add_town_key(std::uint32_t entry, std::string_view key) {
        towns_ = true;
        add_key(entry, key);
        towns_ = false;
    }

    std::string without_marks(std::string_view name) const { return without_transliteration_marks(name, lexicon_); }

    // The key a name is looked up by: "Le Blanc" is found as "blanc".
    std::string lookup_key(std::string_view text) { return std::string(without_determiner(key_of(text))); }

    // A division's name, and also its name without the kind of division ("Canton du Valais" is
    // "Valais" too, "Oblast de Kherson" is "Kherson"): the text rarely spells the kind out.
    void division_name(std::uint32_t entry, std::string_view text) {
        const std::string key = key_of(text);
        if (g_.not_names.count(key)) g_.bracketed.add(key, entry);
        add_key(entry, key);
        for (const std::string& prefix : g_.division_prefixes) {
            const std::string_view name = strip_prefix(key, prefix);
            // "Région de Bruxelles" less the bare "région" is no name: "la réunion de Bruxelles".
            const std::string_view first = name.starts_with("d'") ? std::string_view("d'") : name.substr(0, name.find(' '));
            if (name.size() < key.size() && !g_.complement_prepositions.count(first)) {
                if (const std::string_view bare = without_determiner(name); g_.not_names.count(bare))
                    g_.bracketed.add(bare, entry);
                add_key(entry, name);
            }
        }
    }

    // A name that is never a place as a whole ("Groupe de Minsk", "Europe 1"): it is matched like
    // a place name, so its words are read as one, and yields no place.
    void non_place(std::string_view text) { register_key(key_of(text)); }

    // "pays baltes", "continent africain": a name written without a capital is a common noun
    // phrase that names one place, found as written.
    void lower_case_name(std::string_view text) {
        const TextIndex index = index_text(text, {Span{0, text.size()}}, lexicon_);
        if (std::any_of(index.tokens.begin(), index.tokens.end(), [](const Token& t) { return t.capitalized; })) return;
        const std::string key(without_determiner(name_key(text, lexicon_)));
        g_.lower_case_names.insert(key);
        g_.words[key.substr(0, key.find(' '))].starts_lower_case_name = true;
    }

    void sort_namesakes() {
        g_.names.sort(
            [&](std::uint32_t a, std::uint32_t b) { return g_.entries[a].prior > g_.entries[b].prior; });
    }

private:
    std::string key_of(std::string_view text) { return joined_key(text, lexicon_, words_, tokens_); }

    // The key without a leading word or words and the space after them, or the key as it is.
    static std::string_view strip_prefix(std::string_view key, std::string_view prefix) {
        if (key.size() > prefix.size() + 1 && key.starts_with(prefix) && key[prefix.size()] == ' ')
            return key.substr(prefix.size() + 1);
        return key;
    }

    void add_key(std::uint32_t entry, std::string_view key) {
        for (const std::vector<std::string>& variants : g_.prefix_variants)
            if (key.size() > variants.front().size() && key.starts_with(variants.front()))
                for (std::size_t v = 1; v < variants.size(); ++v)
                    add_one_key(entry, variants[v] + std::string(key.substr(variants.front().size())));
        add_one_key(entry, key);
    }

    void add_one_key(std::uint32_t entry, std::string_view key) {
        if (const std::string_view name = register_key(key); !name.empty()) g_.names.add(name, entry);
    }

    // Most keys are one word and start with no determiner: no determiner is tried on them.
    std::string_view without_determiner(std::string_view key) const {
        if (key.find(' ') == std::string_view::npos) return key;
        for (const std::string& d : g_.determiners)
            if (const std::string_view stripped = strip_prefix(key, d); stripped.size() < key.size()) return stripped;
        return key;
    }

    // The key, made known to the matcher, without its determiner: the key of its namesakes; empty
    // for a key that is no name.
    std::string_view register_key(std::string_view whole) {
        const std::string_view key = without_determiner(whole);
        if (key.empty() || g_.not_names.count(key)) return {};
        g_.names.add(key);
        const std::size_t space = key.find(' ');
        GazetteerWord& first = g_.words[key.substr(0, space)];
        if (!first.starts_name) first.starts_small_town_only = towns_;
        first.starts_name = true;
        for (std::size_t at = space; at != std::string_view::npos; at = key.find(' ', at + 1))
            g_.name_prefixes.insert(key.substr(0, at));
        g_.max_name_tokens = std::max<std::size_t>(g_.max_name_tokens, 1 + std::count(key.begin(), key.end(), ' '));
        return key;
    }

    Gazetteer& g_;
    const TokenizerLexicon& lexicon_;
    bool towns_ = false;
    Vocabulary words_;
    std::vector<Token> tokens_;
};

bool row_ok(const json& row, std::size_t size, std::initializer_list<std::size_t> strings,
            std::initializer_list<std::size_t> numbers) {
    if (!row.is_array() || row.size() < size) return false;
    for (std::size_t i : strings)
        if (!row[i].is_string()) return false;
    for (std::size_t i : numbers)
        if (!row[i].is_number()) return false;
    return true;
}

// A city or town, its names left to Builder::add; the larger first among namesakes, a capital
// before all.
GazetteerEntry city_entry(std::string_view country, double lat, double lon, double population, bool capital,
                          const Gazetteer& g) {
    GazetteerEntry e{{}, {}, {}, PlaceKind::city, lat, lon,
                     capital ? kCapitalPrior : kTownPrior + 2.0 * std::log10(std::max(1.0, population))};
    e.capital = capital;
    if (g.home_countries.count(fold(country))) e.prior += kHomeBonus;
    return e;
}

void add_city(const json& row, Builder& b, Gazetteer& out) {
    // [english, french or "", iso2, lat, lon, population, capital]
    if (!row_ok(row, 7, {0, 1, 2}, {3, 4, 5, 6})) return;
    const std::string english = row[0].get<std::string>(), given = row[1].get<std::string>();
    const std::string country = row[2].get<std::string>();
    const std::string& french = given.empty() ? english : given;
    const std::uint32_t id = b.add(city_entry(country, row[3].get<double>(), row[4].get<double>(), row[5].get<double>(),
                                              row[6].get<double>() > 0, out),
                                   english, french, country);
    b.name(id, english);
    // Most towns have no French name of their own: the same name twice would only be tokenized twice.
    if (french != english) b.name(id, french);
    if (const std::string plain = b.without_marks(english); !plain.empty()) b.name(id, plain);
}

bool load_generated(const json& g, Builder& b, Gazetteer& out, std::string& error) {
    if (!g.is_object() || text_at(g, "format") != "depeche/gazetteer@1" || !g.contains("countries") ||
        !g["countries"].is_array() || !g.contains("cities") || !g["cities"].is_array() || !g.contains("regions") ||
        !g["regions"].is_array()) {
        error = "gazetteer.json is not a depeche/gazetteer@1 file: rebuild it (target depeche_gazetteer)";
        return false;
    }
    out.entries.reserve(g["countries"].size() + g["cities"].size() + g["regions"].size());
    for (const json& row : g["countries"]) {
        if (!row_ok(row, 5, {0, 1}, {3, 4}) || !row[2].is_array()) continue;
        const std::string canonical = row[1].get<std::string>(), country = row[0].get<std::string>();
        std::vector<std::string> french;
        for (const json& n : row[2])
            if (n.is_string()) french.push_back(n.get<std::string>());
        const GazetteerEntry e{{}, {}, {}, PlaceKind::country, row[3].get<double>(), row[4].get<double>(),
                               kCountryPrior};
        const std::uint32_t id = b.add(e, canonical, french.empty() ? canonical : french.front(), country);
        out.countries.emplace(country, id);
        for (const std::string& n : french) b.name(id, n);
    }
    for (const json& row : g["cities"]) add_city(row, b, out);
    for (const json& row : g["regions"]) {
        if (!row_ok(row, 5, {0, 1, 2}, {3, 4})) continue;
        const std::string french = row[1].get<std::string>(), country = row[2].get<std::string>();
        const std::string english = row[0].get<std::string>();
        GazetteerEntry e{{}, {}, {}, PlaceKind::region, row[3].get<double>(), row[4].get<double>(), kRegionPrior};
        if (out.home_countries.count(fold(country))) e.prior += kHomeBonus;
        const std::uint32_t id = b.add(e, english.empty() ? french : english, french, country);
        b.division_name(id, french);
    }
    if (out.countries.empty()) {
        error = "gazetteer.json holds no country";
        return false;
    }
    return true;
}

PlaceKind kind_named(const std::string& s) {
    if (s == "city") return PlaceKind::city;
    if (s == "country") return PlaceKind::country;
    if (s == "region") return PlaceKind::region;
    return PlaceKind::other;
}

// The generated place an alias names, by English name and country: the first, so the largest of
// namesake towns (the generated file lists them by population).
// `kind` empty: any kind ("Québec" the city and the province share a name and a country).
std::uint32_t find_entry(const Gazetteer& g, const std::string& canonical, const std::string& country,
                         const std::string& kind) {
    for (std::size_t id = 0; id < g.entries.size(); ++id)
        if (g.text(g.entries[id].canonical) == canonical && g.text(g.entries[id].country) == country &&
            (kind.empty() || g.entries[id].kind == kind_named(kind)))
            return static_cast<std::uint32_t>(id);
    return UINT32_MAX;
}

bool read_prefix_variants(const json& c, std::vector<std::vector<std::string>>& out, std::string& error) {
    const auto field = c.find("prefix_variants");
    if (field == c.end()) return true;
    if (!field->is_array()) {
        error = "curated gazetteer: \"prefix_variants\" must be an array of arrays of strings";
        return false;
    }
    for (const json& group : *field) {
        std::vector<std::string> variants;
        if (group.is_array())
            for (const json& v : group)
                if (v.is_string() && !v.get<std::string>().empty()) variants.push_back(v.get<std::string>());
        if (variants.size() < 2 || variants.size() != group.size()) {
            error = "curated gazetteer: each of \"prefix_variants\" is a key's start and its other spellings";
            return false;
        }
        out.push_back(std::move(variants));
    }
    return true;
}

bool load_curated_words(const json& c, const TokenizerLexicon& lexicon, Gazetteer& out, std::string& error) {
    if (!c.is_object()) {
        error = "curated gazetteer is not a JSON object";
        return false;
    }
    const std::pair<const char*, WordSet Gazetteer::*> lists[] = {
        {"determiners", &Gazetteer::determiners},       {"blocked", &Gazetteer::blocked},
        {"person_titles", &Gazetteer::person_titles},   {"function_words", &Gazetteer::function_words},
        {"body_titles", &Gazetteer::body_titles},
        {"place_prepositions", &Gazetteer::place_prepositions}, 
        {"speech_markers", &Gazetteer::speech_markers},         {"subject_openers", &Gazetteer::subject_openers},
        {"home_countries", &Gazetteer::home_countries},         {"site_prepositions", &Gazetteer::site_prepositions},
        {"division_prepositions", &Gazetteer::division_prepositions},
        {"complement_prepositions", &Gazetteer::complement_prepositions},
        {"language_words", &Gazetteer::language_words},
        {"street_words", &Gazetteer::street_words},     {"street_of_words", &Gazetteer::street_of_words},
        {"street_indefinites", &Gazetteer::street_indefinites},
        {"settlement_words", &Gazetteer::settlement_words}, {"district_words", &Gazetteer::district_words},
        {"bare_district_words", &Gazetteer::bare_district_words},
        {"unlisted_stops", &Gazetteer::unlisted_stops}, {"list_joiners", &Gazetteer::list_joiners},
        {"name_continuations", &Gazetteer::name_continuations},
        {"list_heads", &Gazetteer::list_heads}, {"short_name_links", &Gazetteer::short_name_links}};
    for (const auto& [field, member] : lists)
        if (!read_strings(c, field, out.*member, error)) return false;
    if (!read_strings(c, "auxiliaries", out.auxiliaries, error, false)) return false;
    if (!read_strings(c, "town_prepositions", out.town_prepositions, error, false)) return false;
    if (!read_prefix_variants(c, out.prefix_variants, error)) return false;
    WordSet typo_words;
    if (!read_strings(c, "typo_words", typo_words, error)) return false;
    out.typo_words.assign(typo_words.begin(), typo_words.end());
    WordSet prefixes;
    if (!read_strings(c, "division_prefixes", prefixes, error)) return false;
    for (const std::string& p : prefixes) out.division_prefixes.push_back(name_key(p, lexicon));
    const auto not_names = c.find("not_names");
    if (not_names == c.end() || !not_names->is_array()) {
        error = "curated gazetteer: \"not_names\" must be an array of strings";
        return false;
    }
    for (const json& n : *not_names)
        if (n.is_string()) out.not_names.insert(name_key(n.get<std::string>(), lexicon));
    return true;
}

bool load_curated(const json& c, Builder& b, Gazetteer& out, std::string& error) {
    const json places = c.value("places", json::array());
    const json aliases = c.value("aliases", json::array());
    const json demonyms = c.value("demonyms", json::object());
    if (!places.is_array() || !aliases.is_array() || !demonyms.is_object()) {
        error = "curated gazetteer: \"places\" and \"aliases\" must be arrays, \"demonyms\" an object";
        return false;
    }
    // A row per place, the rows of a file that is part of the page's first load:
    // [canonical, country, kind, lat, lon, names]; a place the press names only by its canonical
    // name leaves the names out.
    for (const json& p : places) {
        if (!row_ok(p, 5, {0}, {3, 4}) || (p.size() > 5 && !p[5].is_array())) {
            error = "curated gazetteer: each place is a row [canonical, country, kind, lat, lon, names]";
            return false;
        }
        const auto text = [&](std::size_t i) { return p[i].is_string() ? p[i].get<std::string>() : std::string(); };
        const json names = p.size() > 5 ? p[5] : json::array({p[0]});
        std::string french;  // the first of its names
        for (const json& n : names)
            if (n.is_string() && french.empty()) french = n.get<std::string>();
        const GazetteerEntry e{{}, {}, {}, kind_named(text(2)), p[3].get<double>(), p[4].get<double>(), kCuratedPrior};
        const std::uint32_t id = b.add(e, p[0].get<std::string>(), french, text(1));
        for (const json& n : names) {
            if (!n.is_string()) continue;
            const std::string name = n.get<std::string>();
            b.name(id, name);
            b.lower_case_name(name);
        }
    }
    for (const json& a : aliases) {
        if (!a.is_object() || !a.value("names", json()).is_array()) continue;
        const std::string canonical = text_at(a, "canonical"), country = text_at(a, "country");
        const std::uint32_t id = find_entry(out, canonical, country, text_at(a, "kind"));
        if (id == UINT32_MAX) {
            error = "curated gazetteer: alias target " + canonical + " (" + country + ") is not in the generated gazetteer";
            return false;
        }
        for (const json& n : a["names"])
            if (n.is_string()) b.name(id, n.get<std::string>());
        // A better point than the generated one, for a country whose rough centre is far off.
        if (a.value("lat", json()).is_number() && a.value("lon", json()).is_number()) {
            out.entries[id].lat = a["lat"].get<double>();
            out.entries[id].lon = a["lon"].get<double>();
        }
    }
    const json non_places = c.value("non_places", json::array());
    if (!non_places.is_array()) {
        error = "curated gazetteer: \"non_places\" must be an array of strings";
        return false;
    }
    for (const json& n : non_places)
        if (n.is_string()) b.non_place(n.get<std::string>());
    for (const auto& [iso2, forms] : demonyms.items()) {
        const auto country = out.countries.find(iso2);
        if (country == out.countries.end() || !forms.is_array()) continue;
        for (const json& f : forms)
            if (f.is_string()) out.words[fold(f.get<std::string>())].demonym = country->second;
    }
    return true;
}

// The keys of a town that no place loaded before the towns answers to: a small town never takes
// a name from a larger place ("Paris" in Texas, "Pekin" in Illinois), only from another town.
std::vector<std::string> free_keys(const TownRow& town, Builder& b, const Gazetteer& g, std::uint32_t first_town) {
    std::vector<std::string> keys;
    const std::string plain = b.without_marks(town.english);
    for (const std::string* name : {&town.english, &town.french, &plain}) {
        if (name->empty()) continue;
        std::string key = b.lookup_key(*name);
        const std::optional<WordLists::List> held = g.names.find(key);
        // An empty list is a name that is no place ("Matignon" is the Prime Minister's office).
        const bool taken = held && (held->empty() || std::any_of(held->begin(), held->end(),
                                                                  [&](std::uint32_t id) { return id < first_town; }));
        if (!key.empty() && !taken && std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
    }
    return keys;
}

// "Pierrefeu" for "Pierrefeu-du-Var", "La Teste" for "La Teste-de-Buch": the name up to its first
// hyphen-joined link word, or empty when it has none.
std::string_view short_name(std::string_view name, const WordSet& links) {
    for (std::size_t dash = name.find('-'); dash != std::string_view::npos; dash = name.find('-', dash + 1)) {
        const std::size_t next = name.find('-', dash + 1);
        if (next == std::string_view::npos) break;
        if (dash > 0 && links.count(name.substr(dash + 1, next - dash - 1))) return name.substr(0, dash);
    }
    return {};
}

// Every city's short name, as one more key, the largest city first. A name that is no place, or
// that more than a small town holds ("Marseille" is no short Marseille-en-Beauvaisis), takes none.
// Like a town that is also a word, a name that is only short is a place only after a place
// preposition: "Fort" in "Fort heureusement" is no Fort-de-France.
void add_short_names(Builder& b, Gazetteer& g) {
    std::vector<std::pair<std::string, std::uint32_t>> short_keys;
    for (std::uint32_t id = 0; id < g.entries.size(); ++id) {
        const GazetteerEntry& e = g.entries[id];
        if (e.kind != PlaceKind::city) continue;
        // Most towns' French name is their English one, the same text.
        const bool one_name = e.french.at == e.canonical.at && e.french.size == e.canonical.size;
        for (const TextRef name : {e.canonical, e.french}) {
            if (const std::string_view s = short_name(g.text(name), g.short_name_links); !s.empty())
                short_keys.emplace_back(b.lookup_key(s), id);
            if (one_name) break;
        }
    }
    std::stable_sort(short_keys.begin(), short_keys.end(), [&](const auto& x, const auto& y) {
        return x.first != y.first ? x.first < y.first : g.entries[x.second].prior > g.entries[y.second].prior;
    });
    for (const auto& [key, id] : short_keys) {
        const std::optional<WordLists::List> held = g.names.find(key);
        if (key.empty() || (held && (held->empty() || std::any_of(held->begin(), held->end(), [&](std::uint32_t h) {
                                         return !g.entries[h].small_town;
                                     }))))
            continue;
        if (!held) g.blocked.insert(key);
        b.add_town_key(id, key);
    }
}

}  // namespace

std::string name_key(std::string_view name, const TokenizerLexicon& lexicon) {
    Vocabulary words;
    std::vector<Token> tokens;
    return joined_key(name, lexicon, words, tokens);
}

bool load_gazetteer(const json& generated, const json& curated, const TokenizerLexicon& lexicon, Gazetteer& out,
                    std::string& error) {
    out = Gazetteer{};
    Builder b(out, lexicon);
    // Curated word lists first: the determiners are stripped from every name that follows.
    if (!load_curated_words(curated, lexicon, out, error)) return false;
    if (!load_generated(generated, b, out, error)) return false;
    if (!load_curated(curated, b, out, error)) return false;
    b.sort_namesakes();
    for (std::uint32_t id = 0; id < out.entries.size(); ++id)
        if (out.entries[id].capital) out.capitals.push_back(id);
    return true;
}

bool extend_gazetteer(std::string_view towns_json, const TokenizerLexicon& lexicon, Gazetteer& out, std::string& error) {
    if (out.has_towns) return true;
    auto towns = read_towns(towns_json, error);
    if (!towns) return false;
    Builder b(out, lexicon);
    const auto first_town = static_cast<std::uint32_t>(out.entries.size());
    out.entries.reserve(out.entries.size() + towns->size());
    for (const TownRow& town : *towns) {
        const std::vector<std::string> keys = free_keys(town, b, out, first_town);
        if (keys.empty()) continue;
        GazetteerEntry e = city_entry(town.country, town.lat, town.lon, town.population, false, out);
        // A quarter's name is rare enough to be a place with no word that makes it one.
        e.small_town = !town.quarter;
        e.approximate = town.approximate;
        const std::uint32_t id =
            b.add(e, town.english, town.french.empty() ? town.english : town.french, town.country);
        for (const std::string& key : keys) b.add_town_key(id, key);
        // A town that is also a word is a place only after a place preposition: "à Lit", not "au lit".
        if (town.is_word) out.blocked.insert(keys.begin(), keys.end());
    }
    b.sort_namesakes();
    add_short_names(b, out);
    out.has_towns = true;
    return true;
}

}  // namespace depeche
