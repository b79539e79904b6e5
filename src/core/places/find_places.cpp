#include "find_places.h"

#include "../fold.h"
#include "distance.h"
#include "unlisted_places.h"
#include "../utf8.h"
#include "../word_lists.h"
#include "../word_set.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace depeche {
namespace {

// Bonuses added to a namesake's prior when its country is named in the same sentence, or anywhere
// in the article: enough to prefer the American Georgia in a sentence about Atlanta, or the
// Canadian London in an article about Ontario, over the better-known namesake.
constexpr double kSentenceCountryBonus = 35.0;
constexpr double kArticleCountryBonus = 15.0;
// And when it is the country the article names most: Hyderabad in Sindh in an article about Pakistan
// that also mentions India.
constexpr double kMainCountryBonus = 10.0;
// The press of a home country names it in passing all the time ("la France a salué", "l'E3
// (France, Allemagne, Royaume-Uni)"), which says
// nothing of which Vienne is meant: its towns have their home bonus, not the article's. What does
// tell is a town or region of the article near one namesake (Lyon beside Vienne in Isère).
constexpr double kNearbyBonus = 25.0;
constexpr double kNearbyKm = 150.0;
constexpr double kHolderBonus = 100.0;  // a division in brackets after a town: the one around it
constexpr double kHolderKm = 300.0;
constexpr std::size_t kMaxNameTokens = 12;  // "Communauté économique des États de l'Afrique de l'Ouest"
// Shorter words are too often another word one letter away ("Goris", "Doris").
constexpr std::size_t kMinTypoBytes = 7;
constexpr std::size_t kKnownCompoundParts = 2;  // "Agdere-Terter-Agdam": places that vouch for an unknown part
constexpr std::size_t kMinTownList = 3;       // "Entraigues, Chappes ou encore Saint-Laure"
constexpr double kTownListSpreadKm = 60.0;  // how far apart the towns of one list may lie
constexpr double kTownPairSpreadKm = 25.0;  // "Villeveyrac et Montbazin": two names, so nearer still

// The parts of a word between its hyphens, empty ones included ("Nantes-PSG": "Nantes", "PSG").
std::vector<std::string_view> hyphen_parts(std::string_view word) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0; start <= word.size();) {
        const std::size_t end = std::min(word.find('-', start), word.size());
        parts.push_back(word.substr(start, end - start));
        start = end + 1;
    }
    return parts;
}

// What the words before a name say of its kind: "à Vienne" is a town, "dans la Vienne" or "au
// Québec" a country or division, and "La Hague (Manche)" in brackets after a name what holds that
// place, never a town or a sea; a dateline names the town a story was filed from ("GRENADE, 5
// octobre" is Granada, not Grenada). It decides between namesakes of different kinds only.
enum class KindHint { none, town, division, holder, dispatch };

struct Match {
    Span span;
    std::string key;
    std::optional<WordLists::List> candidates;
    std::uint32_t demonym = UINT32_MAX;  // country entry, when the match is an adjective
    std::uint32_t entry = UINT32_MAX;    // the place chosen for a name
    std::size_t sentence = SIZE_MAX;     // SIZE_MAX for the dateline
    bool after_preposition = false;
    // "du Québec", "en Gironde": no one's name follows these, whatever "CHUQ Enfant-Jésus Québec" did.
    bool after_division_preposition = false;
    KindHint hint = KindHint::none;
    bool actor = false;
    bool site = false;
    // "la région du Centre": a division's generic name, a place only in a country the article names.
    bool generic = false;
};

class Finder {
public:
    Finder(std::string_view text, const Gazetteer& g) : text_(text), g_(g) {}

    void scan(const TextIndex& index) {
        tokens_ = &index.tokens;
        last_generic_ = SIZE_MAX; // a token of another index
        const WordAnswers<const GazetteerWord*> words(
            *index.words, [&](const Word& w) { return g_.words.value(WordKey(w.text, w.hash)); });
        for (const Sentence& s : index.sentences) scan(s, sentences_++, words);
    }

    void scan(const Sentence& s, std::size_t sentence_number, const WordAnswers<const GazetteerWord*>& words) {
        if (in_dateline_) sentence_number = SIZE_MAX;
        const std::size_t sentence_start_match = matches_.size();
        for (std::size_t i = s.first_token; i < s.end_token; ++i) {
            const Token& t = token(i);
            // "U.R.S.S." is read as four abbreviations.
            if (t.kind != TokenKind::word && t.kind != TokenKind::abbreviation) continue;
            const GazetteerWord* const* answer = words.find(t);
            const GazetteerWord* word = answer ? *answer : nullptr;
            std::string corrected;
            if (!word && t.kind == TokenKind::word && t.capitalized) {
                if (bracketed_division(s, sentence_number, i) || generic_division(s, sentence_number, i))
                    continue;
                corrected = corrected_typo(t);
                word = corrected.empty() ? nullptr : g_.words.value(corrected);
                if (!word) {
                    scan_compound(t, sentence_number);
                    continue;
                }
            }
            if (!word) continue;
            // "la Suisse" is the country by name, "la presse suisse" by its adjective.
            const std::size_t end =
                word->starts_name ? longest_name(i, s.end_token, corrected.empty() ? word : nullptr, corrected) : i;
            if (end > i) {
                consider(s, sentence_number, i, end);
                i = end - 1;
            } else if (generic_division(s, sentence_number, i)) {
                continue;
            } else if (word->demonym != UINT32_MAX && !names_language(s, i)) {
                Match m;
                m.span = t.span();
                m.demonym = word->demonym;
                m.sentence = sentence_number;
                matches_.push_back(std::move(m));
            }
        }
        if (!unplaced_towns_.empty()) place_town_lists(sentence_start_match);
    }

    // "Dunkerque (Nord)": a division whose name is a common word, alone in brackets after a name.
    // Whether token i was such a name.
    bool bracketed_division(const Sentence& s, std::size_t sentence_number, std::size_t i) {
        if (i < s.first_token + 2 || i + 1 >= s.end_token || !token(i - 2).capitalized) return false;
        if (raw(token(i - 1)) != "(" || raw(token(i + 1)) != ")") return false;
        const std::optional<WordLists::List> divisions = g_.bracketed.find(token(i).key());
        if (!divisions || divisions->empty()) return false;
        consider_division(s, sentence_number, i, divisions);
        return true;
    }

    // Token i as one of `divisions`, the namesakes its generic name holds. Where its matches start.
    std::size_t consider_division(const Sentence& s, std::size_t sentence_number, std::size_t i,
                                  const std::optional<WordLists::List>& divisions) {
        best_candidates_ = divisions;
        best_key_ = token(i).folded();
        const std::size_t first = matches_.size();
        consider(s, sentence_number, i, i + 1);
        return first;
    }

    // "la région de l'Ouest", "les régions du Nord-Ouest et du Sud-Ouest", "dans le Littoral": a
    // generic name ("Centre", "Sud-Ouest") after the kind of division or "dans" and its article, not
    // before "de" ("dans le Nord de la France" is a direction). Whether token i was one.
    bool generic_division(const Sentence& s, std::size_t sentence_number, std::size_t i) {
        const std::optional<WordLists::List> divisions = g_.bracketed.find(token(i).key());
        if (!divisions || divisions->empty() || !token(i).capitalized) return false;
        if (i + 1 < s.end_token && g_.complement_prepositions.count(token(i + 1).folded())) return false;
        std::size_t k = i;
        const bool article = k > s.first_token && g_.determiners.count(token(k - 1).folded());
        if (article) --k;
        const bool in = article && k > s.first_token && token(k - 1).folded() == "dans";
        if (!in && !after_division_kind(s, k) && !listed_after_generic(s, k)) return false;
        for (std::size_t m = consider_division(s, sentence_number, i, divisions); m < matches_.size(); ++m)
            matches_[m].generic = true;
        last_generic_ = i;
        return true;
    }

    // "région du", "régions de l'" (the article already skipped), "province des" end at token k.
    bool after_division_kind(const Sentence& s, std::size_t k) const {
        if (k < s.first_token + 2) return false;
        std::string kind = token(k - 2).folded();
        if (kind.size() > 1 && kind.back() == 's') kind.pop_back();
        kind.append(" ").append(token(k - 1).folded());
        return std::find(g_.division_prefixes.begin(), g_.division_prefixes.end(), kind) !=
               g_.division_prefixes.end();
    }

    // "les régions du Nord-Ouest et du Sud-Ouest": the preposition at token k - 1 follows a joiner
    // right after the last generic name.
    bool listed_after_generic(const Sentence& s, std::size_t k) const {
        return k >= s.first_token + 3 && last_generic_ == k - 3 &&
               g_.list_joiners.count(token(k - 2).folded()) &&
               g_.complement_prepositions.count(token(k - 1).folded());
    }

    // Every place of the dateline before its source: "EREVAN/BAKOU, 10 novembre (Reuters)",
    // "MASIS, ARMÉNIE (Reuters)". A dateline is place context enough for a common-word name.
    void scan_dateline(const Dateline& d, const TokenizerLexicon& lexicon) {
        const std::string_view line = text_.substr(d.span.start, d.span.size());
        const std::size_t source = d.source.empty() || d.source == d.place ? std::string_view::npos : line.rfind(d.source);
        const std::size_t end = source == std::string_view::npos ? line.size() : source;
        in_dateline_ = true;
        scan(index_text(text_, {Span{d.span.start, d.span.start + end}}, lexicon));
        // "KIEV, Ukraine —": a country or a division after a comma is where the town lies, not who filed.
        if (end < line.size() && line.substr(0, end).find_last_not_of(' ') == line.find_last_of(',', end)) {
            const auto before = static_cast<std::ptrdiff_t>(matches_.size());
            scan(index_text(text_, {Span{d.span.start + end, d.span.end}}, lexicon));
            const auto towns = std::remove_if(matches_.begin() + before, matches_.end(),
                                             [&](const Match& m) { return !names_no_town(m); });
            matches_.erase(towns, matches_.end());
        }
        in_dateline_ = false;
    }

    // Every namesake of the match is a country or a division.
    bool names_no_town(const Match& m) const {
        return m.candidates && std::none_of(m.candidates->begin(), m.candidates->end(), [&](std::uint32_t id) {
                   return g_.entries[id].kind == PlaceKind::city;
               });
    }

    // A commune placed at its département's centre stands only in an article about its country,
    // the one most of its located towns and regions are in: in a story about Sion, Sierre and the
    // Valais, "Martigny" is the Swiss town the gazetteer knows as "Martigny-Ville", not a French
    // village of that name.
    void drop_approximate_abroad(std::unordered_set<std::uint32_t>& named) const {
        std::unordered_map<std::string, std::size_t> located;  // towns and regions per country
        bool any_approximate = false;
        for (const std::uint32_t id : named) {
            const GazetteerEntry& e = g_.entries[id];
            any_approximate = any_approximate || e.approximate;
            if (!e.approximate && (e.kind == PlaceKind::city || e.kind == PlaceKind::region))
                ++located[std::string(g_.text(e.country))];
        }
        if (!any_approximate || located.empty()) return;
        std::size_t most = 0;
        for (const auto& [country, n] : located) most = std::max(most, n);
        for (auto it = named.begin(); it != named.end();) {
            const GazetteerEntry& e = g_.entries[*it];
            const auto here = located.find(std::string(g_.text(e.country)));
            const bool abroad = here == located.end() || here->second < most;
            it = e.approximate && abroad ? named.erase(it) : std::next(it);
        }
    }

    std::vector<Place> places() {
        name_placed_towns_again();
        resolve_person_names();
        collect_evidence();
        drop_generic_abroad();
        std::vector<Place> out;
        std::unordered_map<std::uint32_t, std::size_t> place_of_entry;
        std::sort(matches_.begin(), matches_.end(), [](const Match& a, const Match& b) { return a.span.start < b.span.start; });
        // A country met only through its adjective or its people ("le président turc", "les
        // Arméniens") is who acts or speaks, not where anything happens: it is no place of the
        // article, though its adjectives count as mentions of it where its name is written.
        std::unordered_set<std::uint32_t> named;
        // The town a dateline names is the one the story goes on about: "GRENADE, 5 octobre", then
        // "la réunion de Grenade" is Granada still.
        std::unordered_map<std::string, std::uint32_t> filed_from;
        const Match* before = nullptr;
        for (Match& m : matches_) {
            if (!m.candidates || m.demonym != UINT32_MAX) continue;
            const auto filed = filed_from.find(m.key);
            const bool same = filed != filed_from.end() && !ruled_out(g_.entries[filed->second], m.hint) &&
                              std::find(m.candidates->begin(), m.candidates->end(), filed->second) != m.candidates->end();
            // "Poligny (Jura)": the division in brackets is the one that holds the town before it.
            const std::string_view gap =
                before ? text_.substr(before->span.end, m.span.start - before->span.end) : std::string_view();
            const bool held = before && before->entry != UINT32_MAX &&
                              ((gap.find('(') != std::string_view::npos && gap.find_first_not_of(" (") == std::string_view::npos) ||
                               set_in_division(gap));
            named.insert(m.entry = same ? filed->second : choose(m, held ? before->entry : UINT32_MAX));
            before = &m;
            if (m.sentence == SIZE_MAX) filed_from.emplace(m.key, m.entry);
        }
        drop_approximate_abroad(named);
        for (const Match& m : matches_) {
            if (!m.candidates && m.demonym == UINT32_MAX) continue;
            const std::uint32_t entry = m.demonym != UINT32_MAX ? m.demonym : m.entry;
            if (!named.count(entry)) continue;
            auto [it, added] = place_of_entry.emplace(entry, out.size());
            if (added) {
                const GazetteerEntry& e = g_.entries[entry];
                Place p;
                p.id = numbered_id("p", out.size() + 1);
                p.canonical = g_.text(e.canonical);
                p.country = g_.text(e.country);
                p.kind = e.kind;
                p.lat = e.lat;
                p.lon = e.lon;
                p.approximate = e.approximate;
                out.push_back(std::move(p));
            }
            Place& p = out[it->second];
            // Written as in the text, unless in capitals ("MOSCOU" in a headline, "PARIS (AFP)").
            const std::string_view written = text_.substr(m.span.start, m.span.size());
            if (p.name.empty() && m.demonym == UINT32_MAX && !is_upper_case(written)) p.name = std::string(written);
            p.mentions.push_back(m.span);
            if (m.actor) p.actor_mentions.push_back(m.span);
            if (m.site) p.site_mentions.push_back(m.span);
        }
        for (auto& [entry, at] : place_of_entry)
            if (out[at].name.empty()) out[at].name = g_.text(g_.entries[entry].french);
        return out;
    }

private:
    // "Drummondville vit sa pire inondation. À Drummondville, …": a small town the article places
    // once is that town wherever else it names it, with no preposition.
    void name_placed_towns_again() {
        WordSet placed;
        for (const Match& m : matches_)
            if (m.candidates && m.demonym == UINT32_MAX) placed.insert(m.key);
        for (Match& m : set_aside_)
            if (placed.count(m.key)) matches_.push_back(std::move(m));
        set_aside_.clear();
    }

    // "l'affiche Nantes-PSG", "le conflit Arménie-Azerbaïdjan": a word that no name holds as a whole,
    // made of places and initials joined by hyphens. Each place is a mention; a part that is neither
    // ("Marie-France", "Israël-Hamas") makes the word no list of places.
    void scan_compound(const Token& t, std::size_t sentence_number) {
        const std::string_view word = raw(t);
        if (word.find('-') == std::string_view::npos) return;
        std::vector<Match> places;
        // "Agdere-Terter-Agdam": districts joined as one front line, one of them unknown. A
        // capitalized part the gazetteer lacks is let pass when two others are places.
        std::size_t unknown = 0;
        // "l'axe Sikasso-Bougouni": a small town is a part when every part is a town, one of them
        // a larger one that vouches for the road between them; "Lac-Magog" joins no two towns.
        std::size_t small = 0;
        bool towns = true;
        for (const std::string_view part : hyphen_parts(word)) {
            const std::optional<WordLists::List> candidates = compound_place(part);
            if (candidates) {
                Match m;
                const std::size_t start = t.span().start + static_cast<std::size_t>(part.data() - word.data());
                m.span = {start, start + part.size()};
                m.key = fold(part);
                m.candidates = candidates;
                m.sentence = sentence_number;
                const GazetteerEntry& best = g_.entries[candidates->front()];
                if (best.small_town) ++small;
                towns = towns && best.kind == PlaceKind::city;
                places.push_back(std::move(m));
            } else if (part.size() >= 2 && is_upper_case(part)) {
                continue;
            } else if (opens_on_capital(part)) {
                ++unknown;
            } else {
                return;
            }
        }
        if (small > 0 && (unknown > 0 || small == places.size() || !towns)) return;
        if (unknown > 0 && places.size() < kKnownCompoundParts) return;
        for (Match& m : places) matches_.push_back(std::move(m));
    }

    static bool opens_on_capital(std::string_view part) {
        std::size_t after_first = 0;
        return !part.empty() && is_latin_capital(utf8::decode(part, after_first));
    }

    // The namesakes of one part of a hyphenated word, if it is a place written with a capital.
    std::optional<WordLists::List> compound_place(std::string_view part) const {
        if (part.empty() || is_upper_case(part) || !opens_on_capital(part)) return std::nullopt;
        const std::string key = fold(part);
        const std::optional<WordLists::List> candidates = g_.names.find(key);
        if (!candidates || candidates->empty() || g_.blocked.count(key)) return std::nullopt;
        return candidates;
    }

    // A text writes its names again and again: each capitalized word is held against every typo
    // word once, not at each of its tokens.
    const std::string& corrected_typo(const Token& t) {
        const WordKey key = t.key();
        if (const std::string* known = typo_fixes_.value(key)) return *known;
        return typo_fixes_.emplace(key.text, corrected_typo(t.folded())).first->second;
    }

    // "Nargorny-Karabakh", "Azerbaïjan": the word, or each part of a hyphenated word, one letter
    // away from a name the press often mistypes (`typo_words`); "" when no part is.
    std::string corrected_typo(const std::string& folded) const {
        std::string out;
        bool changed = false;
        for (const std::string_view part : hyphen_parts(folded)) {
            const auto fix = std::find_if(g_.typo_words.begin(), g_.typo_words.end(),
                                          [&](const std::string& w) { return one_letter_off(part, w); });
            changed = changed || fix != g_.typo_words.end();
            if (part.data() != folded.data()) out += '-';
            out += fix != g_.typo_words.end() ? std::string_view(*fix) : part;
        }
        return changed ? out : std::string();
    }

    // One letter added, dropped, replaced or two swapped, past the first letter, in a long word.
    static bool one_letter_off(std::string_view a, std::string_view b) {
        if (a.size() < kMinTypoBytes || a == b || a.front() != b.front()) return false;
        if (a.size() > b.size()) std::swap(a, b);
        if (b.size() - a.size() > 1) return false;
        std::size_t k = 0;
        while (k < a.size() && a[k] == b[k]) ++k;
        if (a.size() < b.size()) return a.substr(k) == b.substr(k + 1);
        if (a.substr(k + 1) == b.substr(k + 1)) return true;
        return k + 1 < a.size() && a[k] == b[k + 1] && a[k + 1] == b[k] && a.substr(k + 2) == b.substr(k + 2);
    }

    // End (exclusive) of the longest name starting at token i; i when none. A name may start with
    // a lower-case word ("bande de Gaza", "mer de Chine méridionale") if a later word is capitalized.
    // `first` is what the gazetteer says of token i as written, looked up by the caller. `corrected`,
    // when not empty, is the key read for token i (a mistyped name, corrected).
    std::size_t longest_name(std::size_t i, std::size_t limit, const GazetteerWord* first, const std::string& corrected) {
        std::size_t best = i;
        key_.clear();
        const std::size_t last = std::min({limit, i + g_.max_name_tokens, i + kMaxNameTokens});
        // A name counts only with a capital in it: "la" or "saint" in lower-case words is no place,
        // and is not looked up.
        bool any_capital = false;
        for (std::size_t j = i; j < last && !any_capital; ++j) any_capital = token(j).capitalized;
        if (!any_capital && !(first && first->starts_lower_case_name)) return best;
        bool capitalized = false;
        for (std::size_t j = i; j < last; ++j) {
            if (j > i) key_ += ' ';
            key_ += j == i && !corrected.empty() ? corrected : token(j).folded();
            capitalized = capitalized || token(j).capitalized;
            const WordKey key(key_);  // hashed once for the three tables
            const std::optional<WordLists::List> found = g_.names.find(key);
            if (found && (capitalized || g_.lower_case_names.count(key))) {
                best = j + 1;
                best_candidates_ = found;
                best_key_ = key_;
            }
            if (!g_.name_prefixes.count(key)) break;
        }
        return best;
    }

    bool is_name_word(std::size_t i) const {
        const Token& t = token(i);
        return t.kind == TokenKind::word && t.capitalized && !g_.function_words.count(t.key()) &&
               !is_upper_case(raw(t));
    }

    void consider(const Sentence& s, std::size_t sentence_number, std::size_t i, std::size_t end) {
        if (best_candidates_->empty()) return;  // "Groupe de Minsk": a name that is no place
        const bool has_prev = i > s.first_token;
        const Token* prev = has_prev ? &token(i - 1) : nullptr;
        const bool single = end == i + 1;
        if (names_street(s, i) || acronym_in_brackets(s, i, end)) return;
        // "M. Paris": a person; a later bare "Paris" in the article is that person too.
        const GazetteerEntry& best = g_.entries[best_candidates_->front()];
        if (prev && g_.person_titles.count(prev->folded())) {
            if (single && best.kind != PlaceKind::country) person_keys_.insert(best_key_);
            return;
        }
        // "le groupe Saint-Paul", "la société Lyon Parc Auto": a company's or a paper's name. The
        // kind has its article: folded, "a marqué Berlin" reads as "la marque Berlin".
        if (prev && g_.body_titles.count(prev->folded()) && i >= s.first_token + 2 && articled(token(i - 2))) return;
        // "Charlotte Gainsbourg", "Tony Paris", "Air France", "Washington Post": the name is part of
        // a longer one. Only a town or region is then taken for a person's name for the rest of the
        // article: a country or a capital is too often part of a company's or a paper's name.
        const bool namesake = single && best.kind != PlaceKind::country && !best.capital;
        const bool prev_is_place = has_prev && !matches_.empty() && matches_.back().span.end == prev_end(i);
        // "Marine Le Pen", "Jean-Yves Le Drian": a capitalized article inside a person's name.
        // So is a capitalized "De": "Pascal De Lima".
        const bool particle = prev && i >= s.first_token + 2 && prev->capitalized &&
                              (g_.determiners.count(prev->key()) || g_.complement_prepositions.count(prev->folded())) &&
                              is_name_word(i - 2);
        const bool after_name = prev && (is_name_word(i - 1) || particle) && !prev_is_place;
        // "le président des Etats-Unis Joe Biden", "le sénateur du Loiret Hugues Saury": a country or
        // region after its preposition, with the name of someone of it after. Not a town: "de
        // Nancy Pelosi" is a person.
        const bool apposed = best.kind != PlaceKind::city && complements(s, i);
        // "a déclaré à Genève Tamer Ramadan": after "à", a town, then the full name of who spoke.
        const bool town_then_person = prev && g_.town_prepositions.count(raw(*prev)) && end + 1 < s.end_token &&
                                      is_name_word(end) && is_name_word(end + 1);
        const bool before_name = end < s.end_token && is_name_word(end) && !starts_name(token(end)) && !apposed &&
                                 !town_then_person && !is_upper_case(raw(token(i)));
        if (after_name || before_name) {
            if (namesake) person_keys_.insert(best_key_);
            return;
        }
        // "Ain El Beida": the start of another place's name.
        if (end < s.end_token && token(end).capitalized && g_.name_continuations.count(token(end).folded()))
            return;
        if (single && starts_with_article(g_.text(best.french))) {
            if (heads_longer_name(s, end)) return;
            // "Cap sur la mairie": a town whose name opens on its article ("Le Cap") is written with
            // it, or with the article a preposition holds ("au Cap", "du Cap"), unless what is left
            // of its name is no word of its own ("la commune de Teste-de-Buch").
            if (raw(token(i)).find('-') == std::string_view::npos &&
                !(prev && articled(*prev)))
                return;
        }
        if (common_noun_town(s, i)) return;
        // "les navires de la Flotte (russe)": a town whose name opens on its article writes it
        // with a capital; in lower case the article is the sentence's own.
        if (prev && !prev->capitalized && g_.determiners.count(prev->key()) && best.kind == PlaceKind::city &&
            starts_with_article(g_.text(best.french)))
            return;
        Match m;
        m.span = {token(i).span().start, token(end - 1).span().end};
        m.key = best_key_;
        m.candidates = best_candidates_;
        m.sentence = sentence_number;
        m.after_preposition = after_preposition(s, i);
        m.after_division_preposition = i > s.first_token && g_.division_prepositions.count(token(i - 1).folded());
        m.hint = kind_hint(s, i);
        if (in_dateline_ && m.hint == KindHint::none) m.hint = KindHint::dispatch;
        // A blocked name needs its preposition, and its case: "EN TÊTE" in a headline is no town.
        const bool headline = is_upper_case(text_.substr(m.span.start, m.span.size()));
        // A small town is a place where the text says so: after "à" or "de", in the dateline, with its
        // département in brackets; not in capitals elsewhere ("KEYSTONE/EPA", a photo credit).
        // Either may still be one of a list of towns (place_town_lists).
        // So is one after its capitalized article, the common word being written in lower case: "La
        // Réunion a été frappée" (unless every word has its capital, as in a title).
        const bool capital_article = prev && prev->capitalized && g_.determiners.count(prev->key()) &&
                                     !(end < s.end_token && token(end).kind == TokenKind::word && token(end).capitalized);
        const bool blocked = g_.blocked.count(m.key) && (!(m.after_preposition || capital_article) || headline) &&
                             !in_dateline_;
        const bool unplaced =
            blocked ||
            (best.small_town && !in_dateline_ &&
             (headline || !(m.after_preposition || before_bracket(s, end) ||
                            (in_brackets(s, i, end) && at_home(best)) || listed_after_town(s, i, end))));
        if (unplaced && headline) return;
        m.actor = acts(s, i, end);
        m.site = is_site(s, i);
        if (unplaced) unplaced_towns_.push_back({std::move(m), i, end, blocked});
        else matches_.push_back(std::move(m));
    }

    // A small town named with no word that makes it one, kept until its sentence is read.
    struct UnplacedTown {
        Match match;
        std::size_t first = 0, end = 0;  // tokens
        bool blocked = false;            // a name that is also a common word
    };

    // "Entraigues, Chappes ou encore Saint-Laure font partie des communes touchées": three small
    // towns or more listed one after the other, the list closing on a joiner, are towns when they
    // lie near one another; names that are small towns only by chance lie far apart.
    void place_town_lists(std::size_t sentence_start_match) {
        std::size_t from = 0;
        while (from < unplaced_towns_.size()) {
            std::size_t to = from + 1;
            bool joined = false;
            for (; to < unplaced_towns_.size(); ++to) {
                const std::size_t gap_first = unplaced_towns_[to - 1].end, gap_end = unplaced_towns_[to].first;
                const bool comma = gap_end == gap_first + 1 && raw(token(gap_first)) == ",";
                bool joiner = gap_end > gap_first && gap_end <= gap_first + 2;
                for (std::size_t k = gap_first; joiner && k < gap_end; ++k) joiner = g_.list_joiners.count(token(k).folded()) > 0;
                if (!comma && !joiner) break;
                joined = joined || joiner;
                // A list closes on its word ("ou encore"); a route goes on past its dash ("Marolles
                // – Averdon – Champigny-en-Beauce").
                if (joiner && !route_dash(token(gap_first))) {
                    ++to;
                    break;
                }
            }
            const bool listed =
                joined && ((to - from >= kMinTownList && lie_together(from, to, kTownListSpreadKm)) ||
                           (to - from == 2 && lie_together(from, to, kTownPairSpreadKm)));
            for (std::size_t k = from; k < to; ++k) {
                if (listed || before_placed_town(unplaced_towns_[k], sentence_start_match) ||
                    before_placed_country(unplaced_towns_[k], sentence_start_match))
                    matches_.push_back(std::move(unplaced_towns_[k].match));
                else if (!unplaced_towns_[k].blocked) set_aside_.push_back(std::move(unplaced_towns_[k].match));
            }
            from = to;
        }
        unplaced_towns_.clear();
        std::stable_sort(matches_.begin() + static_cast<std::ptrdiff_t>(sentence_start_match), matches_.end(),
                         [](const Match& a, const Match& b) { return a.span.start < b.span.start; });
    }

    // A joiner that is a sign, not a word: the dash between the towns of a route.
    bool route_dash(const Token& t) const { return t.kind == TokenKind::punct && g_.list_joiners.count(t.folded()); }

    // "l'axe Kolondiéba – Sikasso": a small town before a route's dash and a town the text placed.
    bool before_placed_town(const UnplacedTown& u, std::size_t sentence_start_match) const {
        if (u.blocked || u.end + 1 >= tokens_->size() || !route_dash(token(u.end))) return false;
        const GazetteerEntry* next = placed_at(token(u.end + 1).span().start, sentence_start_match);
        return next && next->kind == PlaceKind::city;
    }

    // The place the sentence's matches from `sentence_start_match` name at byte `start`, if any.
    const GazetteerEntry* placed_at(std::size_t start, std::size_t sentence_start_match) const {
        const auto found = std::find_if(matches_.begin() + static_cast<std::ptrdiff_t>(sentence_start_match),
                                        matches_.end(), [&](const Match& m) { return m.span.start == start; });
        return found == matches_.end() ? nullptr : &g_.entries[found->candidates->front()];
    }

    // "la route qui relie Mont-Saint-Martin, en France, à Rodange": a small town before the country
    // or region the text places it in.
    bool before_placed_country(const UnplacedTown& u, std::size_t sentence_start_match) const {
        if (u.blocked || u.end + 2 >= tokens_->size() || raw(token(u.end)) != "," ||
            !g_.division_prepositions.count(token(u.end + 1).folded()))
            return false;
        const GazetteerEntry* next = placed_at(token(u.end + 2).span().start, sentence_start_match);
        return next && (next->kind == PlaceKind::country || next->kind == PlaceKind::region);
    }

    // Whether every town of unplaced_towns_[from, to) has a namesake within `spread_km` of one of the
    // first's.
    bool lie_together(std::size_t from, std::size_t to, double spread_km) const {
        const WordLists::List first = *unplaced_towns_[from].match.candidates;
        for (std::size_t k = from + 1; k < to; ++k) {
            const WordLists::List other = *unplaced_towns_[k].match.candidates;
            const bool near = std::any_of(first.begin(), first.end(), [&](std::uint32_t a) {
                return std::any_of(other.begin(), other.end(), [&](std::uint32_t b) {
                    const GazetteerEntry& x = g_.entries[a];
                    const GazetteerEntry& y = g_.entries[b];
                    return distance_km(x.lat, x.lon, y.lat, y.lon) <= spread_km;
                });
            });
            if (!near) return false;
        }
        return true;
    }

    const Token& token(std::size_t i) const { return (*tokens_)[i]; }
    // A token as written.
    std::string_view raw(const Token& t) const { return text_.substr(t.span().start, t.span().size()); }

    // "les communes de Saint-Jeures et Araules", "Riom, Volvic ou encore Chappes": a name listed
    // right after a town the text placed is a town too. After a comma the list must go on past the
    // name: "À Roubaix, Bernard, 71 ans, …" names a town, then the subject.
    bool listed_after_town(const Sentence& s, std::size_t i, std::size_t end) const {
        std::size_t k = i;
        while (k > s.first_token && i - k < 2 && g_.list_joiners.count(token(k - 1).folded())) --k;
        if (k == i && k > s.first_token && raw(token(k - 1)) == "," && goes_on_listing(s, end)) --k;
        if (k == i || k == s.first_token || matches_.empty() || matches_.back().span.end != prev_end(k)) return false;
        const WordLists::List before = *matches_.back().candidates;
        return std::any_of(before.begin(), before.end(), [&](std::uint32_t id) { return g_.entries[id].kind == PlaceKind::city; });
    }

    // A list of names goes on at `end`: a joiner, or a comma and another capitalized word.
    bool goes_on_listing(const Sentence& s, std::size_t end) const {
        if (end >= s.end_token) return false;
        if (g_.list_joiners.count(token(end).folded())) return true;
        return raw(token(end)) == "," && end + 1 < s.end_token && token(end + 1).capitalized;
    }

    // A place of a country whose press writes the article's language.
    bool at_home(const GazetteerEntry& e) const {
        return g_.home_countries.count(fold(g_.text(e.country))) > 0;
    }

    // "Desvres (Pas-de-Calais)", "Orsières (VS)": a town given with its département or canton.
    bool before_bracket(const Sentence& s, std::size_t end) const {
        return end < s.end_token && raw(token(end)) == "(";
    }

    // "Virginal (Ittre)", "François Genoud (pdc, Châtel-Saint-Denis)": the town a place or a
    // speaker belongs to, alone in brackets or last after a party's initials. Only a town of the
    // press's own countries: abroad, a name in brackets is more often a photo agency's ("(Keystone)").
    bool in_brackets(const Sentence& s, std::size_t i, std::size_t end) const {
        if (end >= s.end_token || raw(token(end)) != ")" || i == s.first_token) return false;
        if (raw(token(i - 1)) == "(") return true;
        return raw(token(i - 1)) == "," && i >= s.first_token + 3 && raw(token(i - 3)) == "(";
    }

    // "l'Alliance" (NATO), "le Goncourt" (the prize): a town takes no article unless its name
    // holds one ("Le Havre"), so after an article a name whose every namesake is such a town,
    // and no capital, is a common noun with a capital.
    bool common_noun_town(const Sentence& s, std::size_t i) const {
        if (i == s.first_token || !g_.determiners.count(token(i - 1).key()) || token(i - 1).capitalized) return false;
        return std::all_of(best_candidates_->begin(), best_candidates_->end(), [&](std::uint32_t id) {
            const GazetteerEntry& e = g_.entries[id];
            return e.kind == PlaceKind::city && !e.capital && !starts_with_article(g_.text(e.french));
        });
    }

    // "l'Agence de presse saoudienne (SPA)": a word in capitals alone in brackets after a common
    // word is the initials of the name before it; after a capitalized name ("Orsières (VS)") it
    // may be its canton.
    bool acronym_in_brackets(const Sentence& s, std::size_t i, std::size_t end) const {
        if (end != i + 1 || i < s.first_token + 2 || end >= s.end_token) return false;
        return raw(token(i - 1)) == "(" && raw(token(end)) == ")" && is_upper_case(raw(token(i))) &&
               !token(i - 2).capitalized;
    }

    // "pont Lafayette" in Lyon is no bridge in Louisiana: a street, bridge or square named after a
    // place is in the town the article is about, which a namesake elsewhere would hide.
    bool names_street(const Sentence& s, std::size_t i) const {
        if (i == s.first_token) return false;
        if (g_.street_words.count(token(i - 1).folded())) return true;
        std::size_t k = i - 1;
        if (k > s.first_token && g_.determiners.count(token(k).key())) --k;
        // "une rue de Ouagadougou" is one of the town's streets: the town is the place.
        if (k >= s.first_token + 2 && g_.street_indefinites.count(token(k - 2).folded())) return false;
        return k > s.first_token && g_.complement_prepositions.count(token(k).folded()) &&
               g_.street_of_words.count(token(k - 1).folded());
    }

    // "traduit du russe", "en français", "version française": the language, not the country.
    bool names_language(const Sentence& s, std::size_t i) const {
        return i > s.first_token && !token(i).capitalized && g_.language_words.count(token(i - 1).folded());
    }

    bool starts_name(const Token& t) const {
        const GazetteerWord* word = g_.words.value(t.key());
        return word && word->starts_name && !word->starts_small_town_only;
    }

    std::size_t prev_end(std::size_t i) const { return token(i - 1).span().end; }

    // Metonymy: the place is the subject of a verb ("La Russie espère", "Dimanche, Moscou a
    // accusé") or the source of what is said ("selon Bakou").
    bool acts(const Sentence& s, std::size_t i, std::size_t end) const {
        std::size_t k = i;
        if (k > s.first_token && g_.determiners.count(token(k - 1).key())) --k;
        if (k > s.first_token) {
            const std::string& before = token(k - 1).folded();
            if (g_.speech_markers.count(before)) return true;
            if (k > s.first_token + 1 && g_.speech_markers.count(token(k - 2).folded() + before)) return true;
        }
        const bool subject = k == s.first_token || token(k - 1).folded() == "," ||
                             token(k - 1).kind == TokenKind::quote_open || g_.subject_openers.count(token(k - 1).key());
        if (!subject || end >= s.end_token) return false;
        // A verb follows: a lower-case word that is no function word nor adjective ("Moscou
        // poursuit", "Téhéran dénonçait", "Moscou a accusé"), or a negation or pronoun ("Kiev n'a").
        const Token& next = token(end);
        if (next.kind == TokenKind::elision || g_.auxiliaries.count(raw(next)))
            return true;
        const bool headline = is_upper_case(raw(next));  // "MOSCOU REJETTE"
        if (next.kind != TokenKind::word || (next.capitalized && !headline) || g_.function_words.count(next.key()))
            return false;
        const GazetteerWord* word = g_.words.value(next.key());
        return !word || word->demonym == UINT32_MAX;
    }

    // The word before the name, past an article: "dans la Somme" -> "dans".
    const std::string* word_before(const Sentence& s, std::size_t i) const {
        std::size_t k = i;
        if (k > s.first_token && g_.determiners.count(token(k - 1).key())) --k;
        return k > s.first_token ? &token(k - 1).folded() : nullptr;
    }

    bool is_site(const Sentence& s, std::size_t i) const {
        const std::string* before = word_before(s, i);
        return before && g_.site_prepositions.count(*before);
    }

    // "au Palais des Congrès", "vers La Planche des Belles Filles", "le Val d'Hérens": a town named
    // by an article and a common noun (Le Palais, La Planche, Le Val) is only the head of a longer
    // name when a complement with a capital follows it.
    bool heads_longer_name(const Sentence& s, std::size_t end) const {
        return end + 1 < s.end_token && g_.complement_prepositions.count(token(end).folded()) && token(end + 1).capitalized;
    }

    // An article, or a preposition that holds one or opens a division's name: "la", "du", "en".
    bool articled(const Token& t) const {
        return g_.determiners.count(t.key()) || g_.division_prepositions.count(t.folded());
    }

    bool complements(const Sentence& s, std::size_t i) const {
        const std::string* before = word_before(s, i);
        return before && g_.complement_prepositions.count(*before);
    }

    bool after_preposition(const Sentence& s, std::size_t i) const {
        const std::string* before = word_before(s, i);
        return before && (g_.place_prepositions.count(*before) || g_.site_prepositions.count(*before));
    }

    KindHint kind_hint(const Sentence& s, std::size_t i) const {
        if (i == s.first_token) return KindHint::none;
        const Token& before = token(i - 1);
        if (g_.town_prepositions.count(raw(before))) return KindHint::town;
        if (articled(before)) return KindHint::division;
        if (i >= s.first_token + 2 && raw(before) == "(" && token(i - 2).capitalized)
            return KindHint::holder;
        return KindHint::none;
    }

    // A namesake the words before the name rule out, when one of another kind remains. A town
    // whose name holds its article ("au Caire", "le Havre") is not ruled out by that article.
    bool ruled_out(const GazetteerEntry& e, KindHint hint) const {
        if (hint == KindHint::town) return e.kind == PlaceKind::region;
        if (hint == KindHint::division)
            return e.kind == PlaceKind::city && !starts_with_article(g_.text(e.french));
        if (hint == KindHint::holder) return e.kind == PlaceKind::city || e.kind == PlaceKind::other;
        if (hint == KindHint::dispatch) return e.kind != PlaceKind::city;
        return false;
    }

    bool starts_with_article(std::string_view name) const {
        const std::size_t space = name.find(' ');
        const std::size_t elided = std::min(name.find('\''), name.find("\u2019"));  // "L'Haÿ-les-Roses"
        if (elided < space) return g_.determiners.count(fold(name.substr(0, elided)) + '\'');
        return space != std::string_view::npos && g_.determiners.count(fold(name.substr(0, space)));
    }

    void resolve_person_names() {
        if (person_keys_.empty()) return;
        std::erase_if(matches_, [&](const Match& m) {
            return m.demonym == UINT32_MAX && m.sentence != SIZE_MAX && !m.after_preposition &&
                   !m.after_division_preposition && person_keys_.count(m.key);
        });
    }

    // The country every namesake of a match lies in: "Québec", the city or the province, is Canada.
    std::string_view one_country(const Match& m) const {
        if (m.demonym != UINT32_MAX) return g_.text(g_.entries[m.demonym].country);
        const std::string_view country = g_.text(g_.entries[m.candidates->front()].country);
        for (std::uint32_t id : *m.candidates)
            if (g_.text(g_.entries[id].country) != country) return {};
        return country;
    }

    // Countries named without ambiguity, by sentence and for the whole article.
    void collect_evidence() {
        std::size_t most = 0;
        for (const Match& m : matches_) {
            if (m.generic) continue;
            const std::string_view country = one_country(m);
            if (country.empty()) continue;
            const std::size_t n = ++article_countries_[country];
            if (n > most) {
                most = n;
                main_country_ = country;
            }
            if (m.sentence != SIZE_MAX)
                sentence_countries_.insert((std::to_string(m.sentence) + ':').append(country));
            if (m.demonym == UINT32_MAX && m.candidates->size() == 1 &&
                g_.entries[m.candidates->front()].kind != PlaceKind::country &&
                std::find(anchors_.begin(), anchors_.end(), m.candidates->front()) == anchors_.end())
                anchors_.push_back(m.candidates->front());
        }
    }

    // "le Sud" of an article about Libya is a direction: Libya has no division of that name.
    void drop_generic_abroad() {
        const auto abroad = [&](const Match& m) {
            return m.generic &&
                   std::none_of(m.candidates->begin(), m.candidates->end(), [&](std::uint32_t id) {
                       return article_countries_.count(g_.text(g_.entries[id].country)) > 0;
                   });
        };
        matches_.erase(std::remove_if(matches_.begin(), matches_.end(), abroad), matches_.end());
    }

    // Once per namesake: a long text names the same few places thousands of times.
    bool near_anchor(std::uint32_t id) const {
        const auto [known, added] = near_anchor_.emplace(id, false);
        if (!added) return known->second;
        const GazetteerEntry& e = g_.entries[id];
        return known->second = std::any_of(anchors_.begin(), anchors_.end(), [&](std::uint32_t a) {
            return a != id && distance_km(e.lat, e.lon, g_.entries[a].lat, g_.entries[a].lon) <= kNearbyKm;
        });
    }

    // "Saint-Lô, dans la Manche", "Libourne, en Gironde": between a town and the next name, a comma
    // and a preposition of place with its article set the division that holds the town.
    bool set_in_division(std::string_view gap) const {
        const std::size_t comma = gap.find_first_not_of(' ');
        if (comma == std::string_view::npos || gap[comma] != ',') return false;
        bool preposition = false;
        for (std::size_t k = comma + 1; k < gap.size();) {
            if (gap[k] == ' ') {
                ++k;
                continue;
            }
            std::size_t end = gap.find(' ', k);
            if (end == std::string_view::npos) end = gap.size();
            const std::string word = fold(gap.substr(k, end - k));
            if (!preposition && g_.site_prepositions.count(word)) preposition = true;
            else if (!preposition || !g_.determiners.count(word)) return false;
            k = end;
        }
        return preposition;
    }

    // `held`: the place just before the name, in whose brackets it stands, or UINT32_MAX.
    std::uint32_t choose(const Match& m, std::uint32_t held) const {
        const auto& c = *m.candidates;
        if (c.size() == 1) return c.front();
        const bool any_left = std::any_of(c.begin(), c.end(), [&](std::uint32_t id) {
            return !ruled_out(g_.entries[id], m.hint);
        });
        std::uint32_t holder = UINT32_MAX;  // the candidate nearest the place it holds
        if (held != UINT32_MAX) {
            double nearest = kHolderKm;
            const GazetteerEntry& town = g_.entries[held];
            for (std::uint32_t id : c)
                if (const double d = distance_km(town.lat, town.lon, g_.entries[id].lat, g_.entries[id].lon);
                    d < nearest && !(any_left && ruled_out(g_.entries[id], m.hint))) {
                    nearest = d;
                    holder = id;
                }
        }
        std::uint32_t best = c.front();
        double best_score = -1.0;
        for (std::uint32_t id : c) {
            const GazetteerEntry& e = g_.entries[id];
            if (any_left && ruled_out(e, m.hint)) continue;
            double score = e.prior;
            const std::string_view country = g_.text(e.country);
            const bool abroad = !country.empty() && !at_home(e);
            if (abroad && sentence_countries_.count((std::to_string(m.sentence) + ':').append(country)))
                score += kSentenceCountryBonus;
            if (abroad && article_countries_.count(country)) score += kArticleCountryBonus;
            if (abroad && country == main_country_) score += kMainCountryBonus;
            if (near_anchor(id)) score += kNearbyBonus;
            if (id == holder) score += kHolderBonus;
            if (score > best_score) {
                best_score = score;
                best = id;
            }
        }
        return best;
    }

    std::string_view text_;
    const Gazetteer& g_;
    bool in_dateline_ = false;
    const std::vector<Token>* tokens_ = nullptr;  // of the part being scanned: the title or the body
    std::size_t sentences_ = 0;
    std::vector<Match> matches_;
    std::vector<UnplacedTown> unplaced_towns_;  // of the sentence being scanned
    std::vector<Match> set_aside_;              // small towns no word placed, until the article has been read
    std::string key_;
    std::string best_key_;
    std::optional<WordLists::List> best_candidates_;
    WordMap<std::string> typo_fixes_;  // folded word -> corrected_typo() of it
    WordSet person_keys_;
    std::size_t last_generic_ = SIZE_MAX;     // token of the last generic division name
    WordMap<std::size_t> article_countries_;  // ISO2 -> unambiguous mentions
    std::string main_country_;
    WordSet sentence_countries_;
    std::vector<std::uint32_t> anchors_;  // towns and regions named without a namesake, once each
    mutable std::unordered_map<std::uint32_t, bool> near_anchor_;
};

}  // namespace

std::vector<Place> find_places(std::string_view text, const TextIndex& index, const std::optional<Span>& title,
                               const std::optional<Dateline>& dateline, const Gazetteer& gazetteer,
                               const TokenizerLexicon& lexicon) {
    Finder finder(text, gazetteer);
    if (title) finder.scan(index_text(text, {*title}, lexicon));
    if (dateline) finder.scan_dateline(*dateline, lexicon);
    finder.scan(index);
    std::vector<Place> places = finder.places();
    add_unlisted_places(text, index, gazetteer, places);
    return places;
}

}  // namespace depeche
