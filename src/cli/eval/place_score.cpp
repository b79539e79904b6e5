#include "place_score.h"

#include "gold.h"

#include "core/fold.h"
#include "core/places/distance.h"

#include <cstdio>
#include <optional>

namespace depeche::cli {
namespace {

constexpr double kCityKm = 100.0;
constexpr double kCountryKm = 500.0;
constexpr std::size_t kContextBytes = 40;

struct GoldPlace {
    std::string text;
    std::optional<Span> span;  // hand-written gold files may give the text alone
    std::string canonical;
    std::string kind;
    double lat = 0.0;
    double lon = 0.0;
};

std::vector<GoldPlace> gold_places(const nlohmann::json& list, std::size_t text_size) {
    std::vector<GoldPlace> out;
    for (const auto& g : list) {
        if (!g.is_object() || !g.value("lat", nlohmann::json()).is_number() || !g.value("lon", nlohmann::json()).is_number())
            continue;
        GoldPlace p{string_field(g, "text"), std::nullopt, string_field(g, "canonical"), string_field(g, "kind"),
                    g["lat"].get<double>(), g["lon"].get<double>()};
        p.span = gold_offsets(g, text_size);
        out.push_back(std::move(p));
    }
    return out;
}

std::string_view slice(std::string_view text, const Span& s) {
    return s.end <= text.size() && s.start <= s.end ? text.substr(s.start, s.size()) : std::string_view();
}

double distance(const GoldPlace& g, const Place& p) { return distance_km(g.lat, g.lon, p.lat, p.lon); }

bool near(const GoldPlace& g, const Place& p) {
    const bool country = g.kind == "country" || p.kind == PlaceKind::country;
    return distance(g, p) <= (country ? kCountryKm : kCityKm);
}

// The predicted place names the gold one: a mention on its span, or (for a gold place given by
// its text alone, or named again later in the text) the same name, case and accents aside.
bool names(std::string_view text, const Place& p, const GoldPlace& g) {
    const std::string gold_name = fold(g.text);
    if (!gold_name.empty() && fold(p.name) == gold_name) return true;
    for (const Span& m : p.mentions) {
        if (g.span ? m.overlaps(*g.span) : fold(slice(text, m)) == gold_name) return true;
    }
    return false;
}

bool on_span(std::string_view text, const Place& p, const GoldPlace& g) {
    if (!g.span) return names(text, p, g);
    for (const Span& m : p.mentions)
        if (m.overlaps(*g.span)) return true;
    return false;
}

// A Latin capital, A to Z or À to Þ (two bytes in UTF-8).
bool starts_with_capital(std::string_view s) {
    if (s.empty()) return false;
    const auto c = static_cast<unsigned char>(s[0]);
    if (c >= 'A' && c <= 'Z') return true;
    return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0x80 && static_cast<unsigned char>(s[1]) <= 0x9E;
}

// Named only by an adjective or its inhabitants: no mention reads as the place's name. A single
// lower-case word is an adjective even when it is spelt as the name ("les glaciers suisses").
bool adjective_only(std::string_view text, const Place& p) {
    const std::string name = fold(p.name);
    for (const Span& m : p.mentions) {
        const std::string_view written = slice(text, m);
        const bool proper = written.find(' ') != std::string_view::npos || starts_with_capital(written);
        if (proper && fold(written) == name) return false;
    }
    return true;
}

std::string context(std::string_view text, const Span& s) {
    std::size_t from = s.start > kContextBytes ? s.start - kContextBytes : 0;
    std::size_t to = std::min<std::size_t>(text.size(), s.end + kContextBytes);
    // Whole characters only: step off UTF-8 continuation bytes.
    while (from > 0 && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) --from;
    while (to < text.size() && (static_cast<unsigned char>(text[to]) & 0xC0) == 0x80) ++to;
    std::string out(text.substr(from, to - from));
    for (char& c : out)
        if (c == '\n') c = ' ';
    return "\u2026" + out + "\u2026";
}

std::string km(double d) {
    char b[32];
    std::snprintf(b, sizeof b, "%.0f km", d);
    return b;
}

std::string describe(const Place& p) {
    char b[48];
    std::snprintf(b, sizeof b, "%.2f, %.2f", p.lat, p.lon);
    return p.name + " (" + p.canonical + ", " + (p.country.empty() ? "-" : p.country) + " " + to_string(p.kind) +
           " at " + b + ")";
}

}  // namespace

void PlaceScore::add(const PlaceScore& o) {
    gold += o.gold;
    found += o.found;
    predicted += o.predicted;
    right += o.right;
    adjective_only += o.adjective_only;
    adjective_only_wrong += o.adjective_only_wrong;
    misses.insert(misses.end(), o.misses.begin(), o.misses.end());
    false_hits.insert(false_hits.end(), o.false_hits.begin(), o.false_hits.end());
}

PlaceScore score_places(std::string_view text, const Analysis& a, const nlohmann::json& gold, bool& scored) {
    PlaceScore s;
    const auto list = gold.find("places");
    scored = list != gold.end() && list->is_array();
    if (!scored) return s;
    const std::vector<GoldPlace> golds = gold_places(*list, text.size());
    s.gold = golds.size();
    for (const GoldPlace& g : golds) {
        const Place* there = nullptr;
        bool ok = false;
        for (const Place& p : a.places) {
            if (!on_span(text, p, g)) continue;
            there = &p;
            if ((ok = near(g, p))) break;
        }
        if (ok) {
            ++s.found;
            continue;
        }
        std::string miss = "place not found: \"" + g.text + "\" (" + g.canonical + ", " + g.kind + ")";
        if (there) miss += ", read as " + describe(*there) + ", " + km(distance(g, *there)) + " away";
        s.misses.push_back(std::move(miss));
    }
    s.predicted = a.places.size();
    for (const Place& p : a.places) {
        const GoldPlace* named = nullptr;
        bool ok = false;
        for (const GoldPlace& g : golds) {
            if (!names(text, p, g)) continue;
            named = &g;
            if ((ok = near(g, p))) break;
        }
        const bool adjective = adjective_only(text, p);
        s.adjective_only += adjective;
        if (ok) {
            ++s.right;
            continue;
        }
        s.adjective_only_wrong += adjective;
        std::string hit = "false place: " + describe(p);
        if (named) hit += ", but the gold \"" + named->text + "\" is " + named->canonical + ", " + km(distance(*named, p)) + " away";
        else if (adjective) hit += ", named only by an adjective or its inhabitants";
        if (!p.mentions.empty()) hit += ": " + context(text, p.mentions.front());
        s.false_hits.push_back(std::move(hit));
    }
    return s;
}

}  // namespace depeche::cli
