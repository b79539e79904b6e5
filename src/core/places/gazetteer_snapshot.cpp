#include "gazetteer_snapshot.h"

#include <cstring>
#include <deque>
#include <type_traits>

namespace depeche {
namespace {

// The second version keeps each table's index beside its entries; the third adds the words that
// name a village or a district, the fourth those that join a list of names,
// the fifth the plural words that head one, the sixth the links of towns' short names.
constexpr char kMagic[8] = {'D', 'P', 'C', 'H', 'G', 'A', 'Z', '6'};

// Every field of a gazetteer, once, in the order the bytes hold them: the writer and the reader
// walk this one list, so a field added to Gazetteer and not here is missed by both alike, which
// the round-trip test (places_snapshot.test.cpp) catches.
template <class E, class V>
void visit_entry(E& e, V& v) {
    v(e.canonical), v(e.french), v(e.country), v(e.kind), v(e.lat), v(e.lon), v(e.prior), v(e.capital),
        v(e.small_town), v(e.approximate);
}

template <class W, class V>
void visit_word(W& w, V& v) {
    v(w.demonym), v(w.starts_name), v(w.starts_small_town_only), v(w.starts_lower_case_name);
}

template <class G, class V>
void visit(G& g, V& v) {
    v(g.entries), v(g.capitals), v(g.names), v(g.name_prefixes), v(g.words), v(g.countries), v(g.blocked);
    v(g.determiners), v(g.person_titles), v(g.function_words), v(g.place_prepositions), v(g.speech_markers);
    v(g.subject_openers), v(g.auxiliaries), v(g.site_prepositions), v(g.town_prepositions);
    v(g.division_prepositions), v(g.language_words), v(g.complement_prepositions), v(g.street_words);
    v(g.street_of_words), v(g.settlement_words), v(g.district_words), v(g.unlisted_stops), v(g.list_joiners);
    v(g.list_heads), v(g.short_name_links);
    v(g.home_countries), v(g.division_prefixes), v(g.prefix_variants), v(g.typo_words);
    v(g.lower_case_names), v(g.not_names), v(g.bracketed), v(g.max_name_tokens), v(g.has_towns);
}

struct Writer {
    std::string out;

    template <class T>
        requires std::is_arithmetic_v<T> || std::is_enum_v<T>
    void operator()(const T& value) {
        char bytes[sizeof(T)];
        std::memcpy(bytes, &value, sizeof(T));
        out.append(bytes, sizeof(T));
    }
    // Counts and lengths in 32 bits: the largest table holds some 100,000 keys.
    void size(std::size_t n) { (*this)(static_cast<std::uint32_t>(n)); }
    void operator()(const std::string& s) {
        size(s.size());
        out += s;
    }
    void operator()(const GazetteerEntry& e) { visit_entry(e, *this); }
    void operator()(const GazetteerWord& w) { visit_word(w, *this); }
    template <class T>
    void operator()(const std::vector<T>& items) {
        size(items.size());
        for (const T& item : items) (*this)(item);
    }
    // A table's entries, then its index as it stands.
    void operator()(const WordSet& set) {
        size(set.size());
        for (const std::string& word : set) (*this)(word);
        (*this)(set.hashes()), (*this)(set.slots());
    }
    template <class T>
    void operator()(const WordMap<T>& map) {
        size(map.size());
        for (const auto& [key, value] : map) (*this)(key), (*this)(value);
        (*this)(map.hashes()), (*this)(map.slots());
    }
};

// Reads what Writer wrote; past the end, every value reads as empty and `ok` turns false, so a
// cut file is refused after one pass and never read out of bounds.
struct Reader {
    std::string_view in;
    bool ok = true;

    bool take(void* to, std::size_t n) {
        if (!ok || in.size() < n) return ok = false;
        // An empty vector's data() may be null, which memcpy must never be given, even for 0 bytes.
        if (n > 0) std::memcpy(to, in.data(), n);
        in.remove_prefix(n);
        return true;
    }
    template <class T>
        requires std::is_arithmetic_v<T> || std::is_enum_v<T>
    void operator()(T& value) {
        if (!take(&value, sizeof(T))) value = T{};
    }
    // A count of items of at least `least` bytes each that the bytes left can hold: a corrupt
    // one cannot ask for gigabytes.
    std::size_t size(std::size_t least = 1) {
        std::uint32_t n = 0;
        (*this)(n);
        if (n > in.size() / least) ok = false;
        return ok ? static_cast<std::size_t>(n) : 0;
    }
    void operator()(std::string& s) {
        const std::size_t n = size();
        s.assign(in.substr(0, n));
        in.remove_prefix(n);
    }
    void operator()(GazetteerEntry& e) { visit_entry(e, *this); }
    void operator()(GazetteerWord& w) { visit_word(w, *this); }
    template <class T>
    void operator()(std::vector<T>& items) {
        // Every item holds at least a number: a count of strings is followed by their lengths.
        const std::size_t n = size(std::is_arithmetic_v<T> ? sizeof(T) : sizeof(std::uint32_t));
        items.clear();
        if constexpr (std::is_arithmetic_v<T>) {
            items.resize(n);
            if (!take(items.data(), n * sizeof(T))) items.clear();
        } else {
            for (std::size_t i = 0; i < n && ok; ++i) (*this)(items.emplace_back());
        }
    }
    // Entries, then the index they were written with: nothing is hashed again.
    template <class Table, class Entry>
    void restore(Table& table, std::deque<Entry>&& entries) {
        std::vector<std::uint64_t> hashes, slots;
        (*this)(hashes), (*this)(slots);
        if (ok && !table.restore(std::move(entries), std::move(hashes), std::move(slots))) ok = false;
    }
    void operator()(WordSet& set) {
        const std::size_t n = size(sizeof(std::uint32_t));
        std::deque<std::string> words;
        for (std::size_t i = 0; i < n && ok; ++i) (*this)(words.emplace_back());
        restore(set, std::move(words));
    }
    template <class T>
    void operator()(WordMap<T>& map) {
        const std::size_t n = size(sizeof(std::uint32_t));
        std::deque<std::pair<const std::string, T>> entries;
        std::string key;
        for (std::size_t i = 0; i < n && ok; ++i) {
            (*this)(key);
            T value{};
            (*this)(value);
            entries.emplace_back(std::move(key), std::move(value));
        }
        restore(map, std::move(entries));
    }
};

}  // namespace

std::string write_gazetteer_snapshot(const Gazetteer& g, std::uint64_t sources) {
    Writer w;
    w.out.append(kMagic, sizeof kMagic);
    w(sources);
    visit(g, w);
    return std::move(w.out);
}

bool read_gazetteer_snapshot(std::string_view bytes, std::uint64_t sources, Gazetteer& out, std::string& error) {
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        error = "not a gazetteer snapshot";
        return false;
    }
    Reader r{bytes.substr(sizeof kMagic)};
    std::uint64_t made_from = 0;
    r(made_from);
    if (made_from != sources) {
        error = "the gazetteer snapshot was built from other files";
        return false;
    }
    Gazetteer g;
    visit(g, r);
    if (!r.ok || !r.in.empty()) {
        error = "the gazetteer snapshot is cut short or has bytes left over";
        return false;
    }
    out = std::move(g);
    return true;
}

std::uint64_t sources_digest(std::initializer_list<std::string_view> contents) {
    // The order counts: the same files in other roles are other sources.
    std::uint64_t digest = contents.size();
    for (const std::string_view c : contents) digest = digest * 0x9E3779B97F4A7C15ull + WordHash{}(c);
    return digest;
}

}  // namespace depeche
