#include "timex_score.h"

#include "eval/gold.h"

#include "core/fold.h"

namespace depeche::cli {
namespace {

// The span of the n-th occurrence (1-based) of `needle`, or an empty span.
Span occurrence(std::string_view text, const std::string& needle, int n) {
    std::size_t at = std::string_view::npos, from = 0;
    for (int k = 0; k < n; ++k) {
        at = text.find(needle, from);
        if (at == std::string_view::npos) return {};
        from = at + 1;
    }
    return {at, at + needle.size()};
}

// Where a gold timex lies: its byte offsets when it has them (a string repeated in the text is
// then told apart), else the n-th occurrence of its text.
Span gold_span(std::string_view text, const nlohmann::json& g) {
    if (g.contains("start")) return gold_offsets(g, text.size()).value_or(Span{});
    const auto occ = g.find("occurrence");
    const int n = occ != g.end() && occ->is_number_integer() ? occ->get<int>() : 1;
    return occurrence(text, string_field(g, "text"), n);
}

}  // namespace

void TimexScore::add(const TimexScore& o) {
    gold += o.gold;
    predicted += o.predicted;
    matched += o.matched;
    valued += o.valued;
    right_value += o.right_value;
    events += o.events;
    events_by_value += o.events_by_value;
    events_by_value_place += o.events_by_value_place;
    misses.insert(misses.end(), o.misses.begin(), o.misses.end());
}

TimexScore score_time(std::string_view text, const Analysis& a, const nlohmann::json& gold) {
    TimexScore s;
    std::vector<bool> used(a.timexes.size(), false), on_optional(a.timexes.size(), false);
    const auto timexes = gold.find("timexes");
    if (timexes != gold.end() && timexes->is_array()) {
        for (const auto& g : *timexes) {
            if (!g.is_object()) continue;
            const std::string text_of = string_field(g, "text");
            const Span span = gold_span(text, g);
            const bool optional = g.value("optional", false);
            const auto value_field = g.find("value");
            const bool known = value_field == g.end() || !value_field->is_null();
            const std::string value = known ? string_field(g, "value") : "null";
            if (!optional) ++s.gold;
            std::size_t found = a.timexes.size();
            for (std::size_t i = 0; i < a.timexes.size() && span.size() > 0; ++i) {
                if (!a.timexes[i].span.overlaps(span)) continue;
                if (optional) on_optional[i] = true;
                else if (!used[i] && found == a.timexes.size()) found = i;
            }
            if (optional) continue;
            if (found == a.timexes.size()) {
                s.misses.push_back("timex not found: \"" + text_of + "\" (" + value + ")");
                continue;
            }
            used[found] = true;
            ++s.matched;
            if (!known) continue;
            ++s.valued;
            const std::string got = a.timexes[found].value.value_or("null");
            if (got == value) ++s.right_value;
            else s.misses.push_back("timex \"" + text_of + "\": " + got + " instead of " + value);
        }
    }
    for (std::size_t i = 0; i < a.timexes.size(); ++i) {
        if (used[i] || !on_optional[i]) ++s.predicted;
        if (!used[i] && !on_optional[i]) s.misses.push_back("extra timex: \"" + a.timexes[i].text + "\"");
    }
    const auto events = gold.find("events");
    if (events != gold.end() && events->is_array()) {
        for (const auto& g : *events) {
            if (!g.is_object()) continue;
            ++s.events;
            const std::string when = string_field(g, "when"), place = fold(string_field(g, "place"));
            bool by_value = false, by_place = false;
            for (const Event& e : a.events) {
                if (e.value != when) continue;
                by_value = true;
                const Place* p = nullptr;
                for (const Place& candidate : a.places)
                    if (e.place && candidate.id == *e.place) p = &candidate;
                // A gold event with no place is scored on its value alone.
                if (place.empty() || (p && (fold(p->name) == place || fold(p->canonical) == place))) by_place = true;
            }
            s.events_by_value += by_value;
            s.events_by_value_place += by_place;
            if (!by_value) s.misses.push_back("event not found: " + when + " " + string_field(g, "summary"));
        }
    }
    return s;
}

}  // namespace depeche::cli
