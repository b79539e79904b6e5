#include "dossier_json.h"

#include "core/analysis_json.h"

namespace depeche {
namespace {

using json = nlohmann::ordered_json;

json refs_json(const std::vector<DossierRef>& refs, const char* item) {
    json out = json::array();
    for (const DossierRef& r : refs) out.push_back(json{{"article", r.article}, {item, r.item}});
    return out;
}

json article_json(const DossierArticle& a) {
    const Analysis& an = a.result.analysis;
    return json{{"id", a.id},
                {"name", a.name},
                {"title", an.title},
                {"dct", an.dct ? json(*an.dct) : json(nullptr)},
                {"dct_source", an.dct_source == DctSource::none ? json(nullptr) : json(to_string(an.dct_source))},
                {"analysis", to_json(an)}};
}

json speaker_json(const DossierSpeaker& s) {
    return json{{"id", s.id},       {"name", s.name},   {"type", to_string(s.type)},
                {"aliases", s.aliases}, {"roles", s.roles}, {"entities", refs_json(s.entities, "entity")},
                {"quotes", refs_json(s.quotes, "quote")}};
}

json place_json(const DossierPlace& p) {
    json out{{"id", p.id},   {"name", p.name}, {"canonical", p.canonical}, {"country", p.country},
             {"kind", to_string(p.kind)}, {"lat", p.lat}, {"lon", p.lon}, {"articles", p.articles},
             {"events", p.events}};
    if (p.approximate) out["approximate"] = true;
    return out;
}

json event_json(const DossierEvent& e) {
    return json{{"id", e.id},
                {"value", e.value ? json(*e.value) : json(nullptr)},
                {"place", e.place ? json(*e.place) : json(nullptr)},
                {"speakers", e.speakers},
                {"summary", e.summary},
                {"sources", refs_json(e.sources, "event")}};
}

json refusal_json(const Refusal& r) { return json{{"name", r.name}, {"reason", r.reason}}; }

template <class T, class F>
json list_json(const std::vector<T>& items, F&& convert) {
    json out = json::array();
    for (const T& item : items) out.push_back(convert(item));
    return out;
}

}  // namespace

void write_json(std::ostream& out, const Dossier& d, bool pretty) {
    json document{{"schema", kDossierSchema},
                  {"articles", list_json(d.articles, article_json)},
                  {"speakers", list_json(d.speakers, speaker_json)},
                  {"places", list_json(d.places, place_json)},
                  {"events", list_json(d.events, event_json)},
                  {"refused", list_json(d.refused, refusal_json)}};
    out << dump(document, pretty);
}

}  // namespace depeche
