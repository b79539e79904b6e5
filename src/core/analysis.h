#pragma once
// The plain data the pipeline produces; analysis_json.h turns it into "depeche/analysis@1".
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace depeche {

// Byte offsets into the UTF-8 text as given, end exclusive. 32 bits: inputs stop at 16 MiB
// (kMaxInputBytes), and a long text holds hundreds of thousands of spans.
struct Span {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    Span() = default;
    Span(std::size_t s, std::size_t e) : start(static_cast<std::uint32_t>(s)), end(static_cast<std::uint32_t>(e)) {}
    std::size_t size() const { return end - start; }
    bool contains(const Span& o) const { return start <= o.start && o.end <= end; }
    bool overlaps(const Span& o) const { return start < o.end && o.start < end; }
    friend bool operator==(const Span&, const Span&) = default;
};

enum class EntityType { person, organization, place, group, other };
enum class QuoteKind { direct, indirect, mixed };
enum class TimexType { date, time, duration, set };
enum class PlaceKind { city, country, region, other };
// Where the DCT came from: the caller, the article's own words, or nowhere.
enum class DctSource { none, given, text };

struct Entity {
    std::string id;
    EntityType type = EntityType::other;
    std::string name;
    std::vector<std::string> aliases;
    std::vector<std::string> roles;
    std::vector<Span> mentions;
    std::optional<std::string> home;  // place id of where the entity speaks from, when the article names it
};

struct Quote {
    std::string id;
    QuoteKind kind = QuoteKind::direct;
    std::string text;
    Span span;
    std::optional<std::string> speaker;
    std::string cue;
    Span cue_span;
    double confidence = 0.0;
};

struct Timex {
    std::string id;
    std::string text;
    Span span;
    TimexType type = TimexType::date;
    std::optional<std::string> value;  // TIMEX3; nullopt when it needs a DCT that is unknown
    std::string anchor;                // unresolved relative form, e.g. "DCT-1W"
    std::string mod;                   // TIMEX3 mod of a part of the span: START, MID, END; or empty
};

struct Place {
    std::string id;
    std::string name;
    std::string canonical;
    std::string country;  // ISO 3166-1 alpha-2
    PlaceKind kind = PlaceKind::other;
    double lat = 0.0;
    double lon = 0.0;
    std::vector<Span> mentions;
    std::vector<Span> actor_mentions;  // mentions where the place stands for its government or people, acting or speaking
    std::vector<Span> site_mentions;   // mentions that say where something happens: "à Moscou", "au Karabakh"
    bool approximate = false;  // lat and lon are the centre of the division that holds the place
    // Or, for a village no gazetteer knows ("le hameau de X"), the id of the place named nearest
    // to it in the text, whose position it takes.
    std::string near{};
};

struct Event {
    std::string id;
    std::optional<std::string> value;
    std::string anchor;
    std::string timex;
    std::optional<std::string> place;
    std::vector<std::string> entities;
    std::vector<std::string> quotes;
    Span span;
    std::string summary;
};

struct Dateline {
    std::string place;
    std::string source;
    Span span;
};

struct Analysis {
    std::string language = "fr";
    std::optional<std::string> dct;
    DctSource dct_source = DctSource::none;
    std::string title;
    Span title_span;
    std::optional<Dateline> dateline;
    std::vector<Span> paragraphs;  // body paragraphs, title and dateline excluded
    std::vector<Entity> entities;
    std::vector<Quote> quotes;
    std::vector<Timex> timexes;
    std::vector<Place> places;
    std::vector<Event> events;
    std::vector<std::string> warnings;  // what was repaired or skipped, in words a reader understands
};

// The contract's ids: "e1", "q12", "t3", "p2", "ev4".
std::string numbered_id(std::string_view prefix, std::size_t n);

const char* to_string(EntityType);
const char* to_string(QuoteKind);
const char* to_string(DctSource);  // "given", "text"; none has no name
const char* to_string(TimexType);
const char* to_string(PlaceKind);

}  // namespace depeche
