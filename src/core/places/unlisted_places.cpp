#include "unlisted_places.h"

#include "../fold.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <unordered_map>

namespace depeche {
namespace {

constexpr std::size_t kMaxNameTokens = 5;

struct Unlisted {
    std::vector<std::string> keys;  // folded words of the name, as written
    std::vector<Span> mentions;
    PlaceKind kind = PlaceKind::city;
    std::string name;
};

class Reader {
public:
    Reader(std::string_view text, const TextIndex& index, const Gazetteer& g)
        : text_(text), index_(index), t_(index.tokens), g_(g) {}

    std::string_view raw(std::size_t i) const { return text_.substr(t_[i].start, t_[i].length); }

    // A capitalized word in mixed case: "ST-FLORENT" in a headline or "ONU" may be anything.
    bool name_word(std::size_t i) const {
        return t_[i].kind == TokenKind::word && t_[i].capitalized && !is_upper_case(raw(i));
    }

    bool link_word(std::size_t i) const {
        return !t_[i].capitalized &&
               (g_.determiners.count(t_[i].key()) || g_.complement_prepositions.count(t_[i].key()));
    }

    // End of the name that starts at token k: capitalized words, with lower-case links between
    // two of them ("Pont de Roide"); k when no name starts there.
    std::size_t name_end(const Sentence& s, std::size_t k) const {
        std::size_t end = k;
        for (std::size_t j = k; j < s.end_token && j < k + kMaxNameTokens; ++j) {
            if (name_word(j)) {
                end = j + 1;
            } else if (end == k || !link_word(j) || j + 1 >= s.end_token || !name_word(j + 1)) {
                break;
            }
        }
        return end;
    }

    std::optional<PlaceKind> head_kind(const Token& head, bool article) const {
        if (head.capitalized) return std::nullopt;
        if (g_.settlement_words.count(head.key()) && !article) return PlaceKind::city;
        if (g_.district_words.count(head.key())) return PlaceKind::other;
        return std::nullopt;
    }

    // The kind a settlement or district word gives the name after it ("le village de", "le
    // quartier du"), or nullopt; `start` is where the name's span begins. `listing`: the head is
    // plural, so a list of names may follow; `direct`: it is right before the name, with no
    // preposition ("les villages Kaswovu, Bumba …"), which only such a list confirms, or `bare`: a
    // district word that needs none ("au quartier Fandasso"; not "la ville Lumière", "le camp Biden").
    std::optional<PlaceKind> head_before(const Sentence& s, std::size_t i, std::size_t& start, bool& listing,
                                         bool& direct, bool& bare) const {
        std::size_t k = i;
        // "le quartier de la Gare": a lower-case article is part of a district's name. A village's
        // name holds none: "chaque ville de l'Estrie" names a region.
        const bool article = k > s.first_token && !t_[k - 1].capitalized && g_.determiners.count(t_[k - 1].key());
        if (article) --k;
        start = k;
        direct = !article && k > s.first_token && !g_.complement_prepositions.count(t_[k - 1].key());
        if (!direct && k < s.first_token + 2) return std::nullopt;
        const Token& head = t_[direct ? k - 1 : k - 2];
        listing = g_.list_heads.count(head.key()) > 0;
        bare = direct && g_.bare_district_words.count(head.key()) > 0;
        return head_kind(head, article);
    }

    // The names listed after the one that ends at `end`: "Kaswovu, Bumba, Kihinga et Nsinga",
    // "Gachai et de Ngororo", "la Tinée et de la Roya", each as [start, end) tokens. A list ends
    // on "et" or "ou": what follows a comma alone may be anyone ("le village de Pravouge, Jean
    // Dupont, …").
    std::vector<std::pair<std::size_t, std::size_t>> listed_after(const Sentence& s, std::size_t end) const {
        std::vector<std::pair<std::size_t, std::size_t>> names;
        std::size_t closed = 0;  // names up to the last one after a joiner
        std::size_t j = end;
        while (j < s.end_token) {
            std::size_t k = j;
            bool joined = false;
            for (; k < s.end_token && k < j + 3; ++k) {
                const bool joiner = !t_[k].capitalized && g_.list_joiners.count(t_[k].key());
                if (!joiner && !is_punct(t_[k], ",") && !link_word(k)) break;
                joined = joined || joiner;
            }
            if (k == j || k >= s.end_token || !name_word(k)) break;
            const std::size_t stop = name_end(s, k);
            names.emplace_back(k, stop);
            if (joined) closed = names.size();
            j = stop;
        }
        names.resize(closed);
        return names;
    }

    // Whether a span overlaps a mention of a known place: `taken` holds them all, by start. A long
    // text names its few places thousands of times, so they are searched, not scanned.
    static bool overlaps(const std::vector<Span>& taken, Span span) {
        auto it = std::lower_bound(taken.begin(), taken.end(), span.end, [](Span m, std::size_t at) { return m.start < at; });
        // Mentions do not nest: among those that start before the span ends, only the last may reach it.
        return it != taken.begin() && std::prev(it)->end > span.start;
    }

    std::vector<Unlisted> find(const std::vector<Place>& places) const {
        // Gathered when a head word first calls for them: most texts name no unlisted place.
        std::vector<Span> taken;
        bool gathered = false;
        auto known = [&]() -> const std::vector<Span>& {
            if (!gathered) {
                for (const Place& p : places) taken.insert(taken.end(), p.mentions.begin(), p.mentions.end());
                std::sort(taken.begin(), taken.end(), [](Span a, Span b) { return a.start < b.start; });
                gathered = true;
            }
            return taken;
        };
        std::vector<Unlisted> found;
        std::unordered_map<std::string, std::size_t> by_name;
        for (const Sentence& s : index_.sentences) {
            for (std::size_t i = s.first_token; i < s.end_token; ++i) {
                // The head word first: it is rare, and a capital is not.
                if (t_[i].kind != TokenKind::word || !t_[i].capitalized) continue;
                std::size_t start = i;
                bool listing = false, direct = false, bare = false;
                const std::optional<PlaceKind> kind = head_before(s, i, start, listing, direct, bare);
                if (!kind || !name_word(i)) continue;
                const std::size_t end = name_end(s, i);
                if (end == i || g_.unlisted_stops.count(t_[i].key())) continue;
                const auto listed = listing ? listed_after(s, end) : std::vector<std::pair<std::size_t, std::size_t>>{};
                if (direct && listed.empty() && !bare) continue;
                bool cut = !add(start, end, *kind, known, found, by_name);
                for (const auto& [from, to] : listed) cut = cut || !add(from, to, *kind, known, found, by_name);
                // A name the end of an excerpt cuts ("son village de Ha") may be any name.
                if (cut) break;
                i = (listed.empty() ? end : listed.back().second) - 1;
            }
        }
        if (!found.empty()) add_bare_mentions(known(), found);
        return found;
    }

private:
    // The name of tokens [start, end) as an unlisted place of `kind`, unless it is a known place's
    // mention; false when the text ends right after it.
    // `by_name`: each found name's index, by its folded words.
    template <class Known>
    bool add(std::size_t start, std::size_t end, PlaceKind kind, Known& known, std::vector<Unlisted>& found,
             std::unordered_map<std::string, std::size_t>& by_name) const {
        const Span span{t_[start].span().start, t_[end - 1].span().end};
        if (text_.find_first_not_of(" \t\r\n", span.end) == std::string_view::npos) return false;
        if (overlaps(known(), span)) return true;
        std::vector<std::string> keys;
        std::string name;
        for (std::size_t j = start; j < end; ++j) {
            keys.push_back(t_[j].folded());
            name += keys.back();
            name += ' ';
        }
        const auto [same, added] = by_name.try_emplace(std::move(name), found.size());
        if (added) found.push_back({std::move(keys), {}, kind, std::string(text_.substr(span.start, span.size()))});
        found[same->second].mentions.push_back(span);
        return true;
    }

    // "le village de Khanabat", then "à Khanabat": the name again without its head word. Not a
    // name that opens on a lower-case article: "la Marine" is also "la Marine nationale". The text
    // is read once for all the names, by their first word: a long text may name thousands.
    void add_bare_mentions(const std::vector<Span>& taken, std::vector<Unlisted>& found) const {
        std::unordered_map<std::uint32_t, std::vector<std::size_t>> by_first_word;
        for (std::size_t k = 0; k < found.size(); ++k) {
            const Unlisted& u = found[k];
            if (g_.determiners.count(u.keys.front())) continue;
            if (const auto first = index_.words->find(u.keys.front()); first != index_.words->end())
                by_first_word[first->id].push_back(k);
        }
        if (by_first_word.empty()) return;
        // The mentions its head word gave each name, in the order of the text: a bare mention
        // found again inside one of them is that one.
        std::vector<std::vector<Span>> headed;
        headed.reserve(found.size());
        for (const Unlisted& u : found) headed.push_back(u.mentions);
        for (const Sentence& s : index_.sentences) {
            for (std::size_t i = s.first_token; i < s.end_token; ++i) {
                if (!t_[i].word || !name_word(i)) continue;
                const auto named = by_first_word.find(t_[i].word->id);
                if (named == by_first_word.end()) continue;
                for (const std::size_t k : named->second) {
                    Unlisted& u = found[k];
                    if (i + u.keys.size() > s.end_token) continue;
                    std::size_t n = 1;
                    while (n < u.keys.size() && t_[i + n].folded() == u.keys[n]) ++n;
                    // A longer name that merely starts with this one is another place.
                    if (n < u.keys.size() || (i + n < s.end_token && name_word(i + n))) continue;
                    const Span span{t_[i].span().start, t_[i + n - 1].span().end};
                    if (!overlaps(headed[k], span) && !overlaps(taken, span)) u.mentions.push_back(span);
                }
            }
        }
        for (Unlisted& u : found)
            std::sort(u.mentions.begin(), u.mentions.end(), [](Span a, Span b) { return a.start < b.start; });
    }

    std::string_view text_;
    const TextIndex& index_;
    const std::vector<Token>& t_;
    const Gazetteer& g_;
};

// The located towns and regions' mentions, by start: a village is most likely near the places the
// story names around it. Mentions never overlap one another, nor an unlisted name, so the nearest
// one before a name and the nearest one after it are its neighbours in that order.
class LocatedMentions {
public:
    explicit LocatedMentions(const std::vector<Place>& places) {
        for (std::size_t k = 0; k < places.size(); ++k) {
            const Place& p = places[k];
            if (p.approximate || (p.kind != PlaceKind::city && p.kind != PlaceKind::region)) continue;
            for (const Span m : p.mentions) by_start_.push_back({m, k});
        }
        std::sort(by_start_.begin(), by_start_.end(), [](const Located& a, const Located& b) { return a.span.start < b.span.start; });
    }

    // The place whose mention is nearest `at`, the first place on a tie; SIZE_MAX when there is none.
    std::size_t nearest(Span at) const {
        const auto after = std::lower_bound(by_start_.begin(), by_start_.end(), at.start,
                                            [](const Located& l, std::size_t start) { return l.span.start < start; });
        std::size_t best = SIZE_MAX;
        std::size_t best_gap = std::numeric_limits<std::size_t>::max();
        const auto consider = [&](const Located& l, std::size_t gap) {
            if (gap < best_gap || (gap == best_gap && l.place < best)) {
                best_gap = gap;
                best = l.place;
            }
        };
        if (after != by_start_.begin()) consider(*std::prev(after), at.start - std::prev(after)->span.end);
        if (after != by_start_.end()) consider(*after, after->span.start - at.end);
        return best;
    }

private:
    struct Located {
        Span span;
        std::size_t place;
    };
    std::vector<Located> by_start_;
};

}  // namespace

void add_unlisted_places(std::string_view text, const TextIndex& index, const Gazetteer& gazetteer,
                         std::vector<Place>& places) {
    const std::vector<Unlisted> found = Reader(text, index, gazetteer).find(places);
    if (found.empty()) return;
    const LocatedMentions located(places);
    for (const Unlisted& u : found) {
        const std::size_t at = located.nearest(u.mentions.front());
        if (at == SIZE_MAX) continue;
        const Place& host = places[at];
        Place p;
        p.name = u.name;
        p.canonical = u.name;
        p.country = host.country;
        p.kind = u.kind;
        p.lat = host.lat;
        p.lon = host.lon;
        p.approximate = true;
        p.near = host.id;
        p.mentions = u.mentions;
        places.push_back(std::move(p));
    }
    // Ids follow the order of first mention, which the added places break.
    std::stable_sort(places.begin(), places.end(), [](const Place& a, const Place& b) {
        return a.mentions.front().start < b.mentions.front().start;
    });
    std::unordered_map<std::string, std::string> renamed;
    for (std::size_t k = 0; k < places.size(); ++k) {
        std::string id = numbered_id("p", k + 1);
        if (!places[k].id.empty()) renamed.emplace(places[k].id, id);
        places[k].id = std::move(id);
    }
    for (Place& p : places)
        if (!p.near.empty()) p.near = renamed.at(p.near);
}

}  // namespace depeche
