#include "analysis_json.h"

namespace depeche {
namespace {

using json = nlohmann::ordered_json;

json span_json(const Span& s) { return json{{"start", s.start}, {"end", s.end}}; }

json spans_json(const std::vector<Span>& spans) {
    json out = json::array();
    for (const Span& s : spans) out.push_back(span_json(s));
    return out;
}

template <typename T>
json optional_json(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

json entity_json(const Entity& e) {
    return json{{"id", e.id},           {"type", to_string(e.type)}, {"name", e.name},
                {"aliases", e.aliases}, {"roles", e.roles},         {"mentions", spans_json(e.mentions)},
                {"home", optional_json(e.home)}};
}

json quote_json(const Quote& q) {
    return json{{"id", q.id},
                {"kind", to_string(q.kind)},
                {"text", q.text},
                {"start", q.span.start},
                {"end", q.span.end},
                {"speaker", optional_json(q.speaker)},
                {"cue", q.cue},
                {"cue_start", q.cue_span.start},
                {"cue_end", q.cue_span.end},
                {"confidence", q.confidence}};
}

json timex_json(const Timex& t) {
    json out{{"id", t.id},       {"text", t.text},           {"start", t.span.start},
             {"end", t.span.end}, {"type", to_string(t.type)}, {"value", optional_json(t.value)}};
    if (!t.anchor.empty()) out["anchor"] = t.anchor;
    if (!t.mod.empty()) out["mod"] = t.mod;
    return out;
}

json place_json(const Place& p) {
    return json{{"id", p.id},   {"name", p.name}, {"canonical", p.canonical}, {"country", p.country},
                {"kind", to_string(p.kind)}, {"lat", p.lat}, {"lon", p.lon}, {"mentions", spans_json(p.mentions)},
                {"actor_mentions", spans_json(p.actor_mentions)}, {"site_mentions", spans_json(p.site_mentions)}};
}

json event_json(const Event& e) {
    json out{{"id", e.id},
             {"value", optional_json(e.value)},
             {"timex", e.timex.empty() ? json(nullptr) : json(e.timex)},
             {"place", optional_json(e.place)},
             {"entities", e.entities},
             {"quotes", e.quotes},
             {"start", e.span.start},
             {"end", e.span.end},
             {"summary", e.summary}};
    if (!e.anchor.empty()) out["anchor"] = e.anchor;
    return out;
}

template <typename T, typename F>
json array_of(const std::vector<T>& items, F&& convert) {
    json out = json::array();
    for (const T& item : items) out.push_back(convert(item));
    return out;
}

}  // namespace

json to_json(const Analysis& a) {
    json dateline = nullptr;
    if (a.dateline)
        dateline = json{{"place", a.dateline->place},
                        {"source", a.dateline->source},
                        {"start", a.dateline->span.start},
                        {"end", a.dateline->span.end}};
    return json{{"schema", kSchema},
                {"language", a.language},
                {"dct", optional_json(a.dct)},
                {"dct_source", a.dct_source == DctSource::none ? json(nullptr) : json(to_string(a.dct_source))},
                {"title", a.title},
                {"title_span", span_json(a.title_span)},
                {"dateline", dateline},
                {"paragraphs", spans_json(a.paragraphs)},
                {"entities", array_of(a.entities, entity_json)},
                {"quotes", array_of(a.quotes, quote_json)},
                {"timexes", array_of(a.timexes, timex_json)},
                {"places", array_of(a.places, place_json)},
                {"events", array_of(a.events, event_json)},
                {"warnings", a.warnings}};
}

std::string dump(const json& document, bool pretty) {
    return document.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

}  // namespace depeche
