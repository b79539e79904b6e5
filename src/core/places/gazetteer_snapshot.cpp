#include "gazetteer_snapshot.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <type_traits>

namespace depeche {
namespace {

// The second version keeps each table's index beside its entries; the third adds the words that
// name a village or a district, the fourth those that join a list of names; the fifth keeps the
// places' names in one text and the large tables as a few arrays each, and is stamped with the
// files' sizes and times rather than their bytes; the sixth adds the plural words that head a list
// of names and the links of towns' short names; the seventh the district words that need no "de";
// the eighth the indefinite articles that make a street one of a town's ("une rue de Ouagadougou");
// the ninth the words that make the name after them a body's ("le groupe Saint-Paul"); the tenth
// the particles that carry a name on past a place's ("Aïn El Beida").
constexpr char kMagic[8] = {'D', 'P', 'C', 'H', 'G', 'A', 'Z', 'A'};

// Every field of a place and of a word, that the writer copies into the record's bytes: one
// added to the struct and not here is written as zeros, which the round-trip test
// (places_snapshot.test.cpp) catches.
template <class V>
void visit_record(const GazetteerEntry& e, V& v) {
    v(e.canonical), v(e.french), v(e.country), v(e.kind), v(e.lat), v(e.lon), v(e.prior), v(e.capital),
        v(e.small_town), v(e.approximate);
}

template <class V>
void visit_record(const GazetteerWord& w, V& v) {
    v(w.demonym), v(w.starts_name), v(w.starts_small_town_only), v(w.starts_lower_case_name);
}

// Every field of a gazetteer, once, in the order the bytes hold them: the writer and the reader
// walk this one list, so a field added to Gazetteer and not here is missed by both alike, which
// the round-trip test catches.
template <class G, class V>
void visit(G& g, V& v) {
    v(g.entries), v(g.texts), v(g.capitals), v(g.names), v(g.name_prefixes), v(g.words), v(g.countries);
    v(g.blocked), v(g.determiners), v(g.person_titles), v(g.body_titles), v(g.function_words), v(g.place_prepositions);
    v(g.speech_markers), v(g.subject_openers), v(g.auxiliaries), v(g.site_prepositions), v(g.town_prepositions);
    v(g.division_prepositions), v(g.language_words), v(g.complement_prepositions), v(g.street_words);
    v(g.street_of_words), v(g.street_indefinites), v(g.settlement_words), v(g.district_words), v(g.bare_district_words), v(g.unlisted_stops), v(g.list_joiners);
    v(g.name_continuations);
    v(g.list_heads), v(g.short_name_links);
    v(g.home_countries), v(g.division_prefixes), v(g.prefix_variants), v(g.typo_words);
    v(g.lower_case_names), v(g.not_names), v(g.bracketed), v(g.max_name_tokens), v(g.has_towns);
}

// Values whose bytes are all there is to them, written and read as they lie: numbers, and
// structs of numbers without padding, whose bytes would be left to chance.
template <class T>
constexpr bool kPlain = std::is_arithmetic_v<T> || std::has_unique_object_representations_v<T>;

// Places and words: records of numbers, with padding between them.
template <class T>
constexpr bool kRecord = std::is_same_v<T, GazetteerEntry> || std::is_same_v<T, GazetteerWord>;

// A record's bytes as it lies in memory, with zeros where the compiler left padding: the bytes of
// a snapshot are the same for the same gazetteer, and the reader takes them in place.
template <class T>
void append_image(std::string& out, const T& record) {
    char image[sizeof(T)] = {};
    const auto field = [&](const auto& f) {
        const auto at = reinterpret_cast<const char*>(&f) - reinterpret_cast<const char*>(&record);
        std::memcpy(image + at, &f, sizeof f);
    };
    visit_record(record, field);
    out.append(image, sizeof(T));
}

// Bytes before an array, that it starts where its values may be read in place.
std::size_t padding(std::size_t offset, std::size_t align) { return (align - offset % align) % align; }

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
    template <class T>
    void operator()(const std::vector<T>& items) {
        size(items.size());
        if constexpr (kPlain<T>)
            out.append(reinterpret_cast<const char*>(items.data()), items.size() * sizeof(T));
        else
            for (const T& item : items) (*this)(item);
    }
    // The count, then the values aligned as in memory.
    template <class T>
    void operator()(const SharedArray<T>& items) {
        static_assert(kPlain<T> || kRecord<T>);
        size(items.size());
        out.append(padding(out.size(), alignof(T)), '\0');
        if constexpr (kRecord<T>)
            for (const T& item : items) append_image(out, item);
        else
            out.append(reinterpret_cast<const char*>(items.data()), items.size() * sizeof(T));
    }
    void operator()(const WordLists& lists) { (*this)(lists.runs()), (*this)(lists.values()); }
    // A table's entries, then its index as it stands.
    void operator()(const WordSet& set) {
        size(set.size());
        for (const std::string& word : set) (*this)(word);
        (*this)(set.slots());
    }
    template <class T>
    void operator()(const WordMap<T>& map) {
        size(map.size());
        for (const auto& [key, value] : map) (*this)(key), (*this)(value);
        (*this)(map.slots());
    }
    template <class T>
    void operator()(const FlatWordMap<T>& map) {
        (*this)(map.text()), (*this)(map.ends()), (*this)(map.values()), (*this)(map.index().slots());
    }
};

// Reads what Writer wrote; past the end, every value reads as empty and `ok` turns false, so a
// cut file is refused after one pass and never read out of bounds.
struct Reader {
    std::string_view in;
    const char* start;  // of the snapshot, that the arrays' padding counts from
    std::shared_ptr<const void> keeper;  // of the bytes, when arrays may be read in place
    bool ok = true;

    bool take(void* to, std::size_t n) {
        if (in.size() < n) return fail();
        // An empty vector's data() may be null, which memcpy must never be given, even for 0 bytes.
        if (n > 0) std::memcpy(to, in.data(), n);
        in.remove_prefix(n);
        return true;
    }
    // Nothing is left to read after a failure, so that the one test of take() stops every later read.
    bool fail() {
        in = {};
        return ok = false;
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
        if (n > in.size() / least) return fail();
        return n;
    }
    // The next string, as a view of the bytes.
    std::string_view text() {
        const std::size_t n = size();
        const std::string_view t = in.substr(0, n);
        in.remove_prefix(n);
        return t;
    }
    void operator()(std::string& s) { s = text(); }
    template <class T>
    void operator()(std::vector<T>& items) {
        // Every item holds at least a number: a count of strings is followed by their lengths.
        const std::size_t n = size(kPlain<T> ? sizeof(T) : sizeof(std::uint32_t));
        items.clear();
        if constexpr (kPlain<T>) {
            items.resize(n);
            if (!take(items.data(), n * sizeof(T))) items.clear();
        } else {
            for (std::size_t i = 0; i < n && ok; ++i) (*this)(items.emplace_back());
        }
    }
    // In place when the bytes are kept and aligned as they were written, else copied.
    template <class T>
    void operator()(SharedArray<T>& items) {
        const std::size_t n = size(sizeof(T));
        if (!ok) return;
        const std::size_t skip = padding(static_cast<std::size_t>(in.data() - start), alignof(T));
        if (in.size() < skip + n * sizeof(T)) {
            fail();
            return;
        }
        const char* at = in.data() + skip;
        if (keeper && reinterpret_cast<std::uintptr_t>(at) % alignof(T) == 0) {
            items = SharedArray<T>(keeper, reinterpret_cast<const T*>(at), n);
        } else {
            std::vector<T> values(n);
            if (n > 0) std::memcpy(values.data(), at, n * sizeof(T));
            items = SharedArray<T>(std::move(values));
        }
        in.remove_prefix(skip + n * sizeof(T));
    }
    // Entries, then the index they were written with: nothing is hashed again.
    template <class Table, class Entry>
    void restore(Table& table, std::deque<Entry>&& entries) {
        SharedArray<std::uint64_t> slots;
        (*this)(slots);
        if (ok && !table.restore(std::move(entries), std::move(slots))) fail();
    }
    void operator()(WordSet& set) {
        const std::size_t n = size(sizeof(std::uint32_t));
        std::deque<std::string> words;
        for (std::size_t i = 0; i < n && ok; ++i) words.emplace_back(text());
        restore(set, std::move(words));
    }
    template <class T>
    void operator()(WordMap<T>& map) {
        const std::size_t n = size(sizeof(std::uint32_t));
        std::deque<std::pair<const std::string, T>> entries;
        for (std::size_t i = 0; i < n && ok; ++i) (*this)(entries.emplace_back(text(), T{}).second);
        restore(map, std::move(entries));
    }
    template <class T>
    void operator()(FlatWordMap<T>& map) {
        SharedArray<char> text;
        SharedArray<std::uint32_t> ends;
        SharedArray<T> values;
        SharedArray<std::uint64_t> slots;
        (*this)(text), (*this)(ends), (*this)(values), (*this)(slots);
        if (ok && !map.restore(std::move(text), std::move(ends), std::move(values), std::move(slots))) fail();
    }
    void operator()(WordLists& lists) {
        FlatWordMap<WordLists::Run> runs;
        SharedArray<std::uint32_t> values;
        (*this)(runs), (*this)(values);
        if (ok && !lists.restore(std::move(runs), std::move(values))) fail();
    }
};

// Every name of a place within the texts, and every place named within the places: a corrupt
// snapshot is refused, never read past its arrays in an analysis.
bool holds_together(const Gazetteer& g) {
    const auto text_in = [&](TextRef t) { return std::uint64_t{t.at} + t.size <= g.texts.size(); };
    const auto entry_in = [&](std::uint32_t id) { return id < g.entries.size(); };
    const auto entries_in = [&](const auto& ids) { return std::all_of(ids.begin(), ids.end(), entry_in); };
    const auto place_in = [&](const GazetteerEntry& e) {
        return text_in(e.canonical) && text_in(e.french) && text_in(e.country);
    };
    const auto country_in = [&](const auto& country) { return entry_in(country.second); };
    const auto word_in = [&](const GazetteerWord& w) { return w.demonym == UINT32_MAX || entry_in(w.demonym); };
    const auto& words = g.words.values();
    return std::all_of(g.entries.begin(), g.entries.end(), place_in) && entries_in(g.capitals) &&
           entries_in(g.names.values()) && entries_in(g.bracketed.values()) &&
           std::all_of(g.countries.begin(), g.countries.end(), country_in) &&
           std::all_of(words.begin(), words.end(), word_in);
}

}  // namespace

std::string write_gazetteer_snapshot(const Gazetteer& g, std::uint64_t sources) {
    Writer w;
    w.out.append(kMagic, sizeof kMagic);
    w(sources);
    visit(g, w);
    return std::move(w.out);
}

bool read_gazetteer_snapshot(std::string_view bytes, std::uint64_t sources, Gazetteer& out, std::string& error,
                             std::shared_ptr<const void> keeper) {
    if (bytes.size() < sizeof kMagic || std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) {
        error = "not a gazetteer snapshot";
        return false;
    }
    Reader r{bytes.substr(sizeof kMagic), bytes.data(), std::move(keeper)};
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
    if (!holds_together(g)) {
        error = "the gazetteer snapshot names places or texts it does not hold";
        return false;
    }
    out = std::move(g);
    return true;
}

}  // namespace depeche
