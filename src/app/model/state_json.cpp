#include "state_json.h"

namespace depeche::app {
namespace {

using json = nlohmann::json;

constexpr QuoteKind kKinds[] = {QuoteKind::direct, QuoteKind::indirect, QuoteKind::mixed};

json id_or_null(const std::string& id) { return id.empty() ? json(nullptr) : json(id); }

std::string known_id(const json& j, const char* key, ItemKind kind, const Index& index) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string()) return {};
    const std::string id = it->get<std::string>();
    return index.find(kind, id) ? id : std::string();
}

}  // namespace

json state_to_json(const State& state) {
    json kinds = json::array();
    for (QuoteKind k : kKinds)
        if (state.filters.kinds & kind_bit(k)) kinds.push_back(to_string(k));
    return json{{"selected", id_or_null(state.selected)},
                {"filters", json{{"speaker", id_or_null(state.filters.speaker)},
                                 {"place", id_or_null(state.filters.place)},
                                 {"kinds", kinds},
                                 {"search", state.filters.search}}}};
}

bool filters_from_json(std::string_view text, const Index& index, Filters& out) {
    const json j = json::parse(text.begin(), text.end(), nullptr, false);
    if (!j.is_object()) return false;
    Filters f;
    f.speaker = known_id(j, "speaker", ItemKind::entity, index);
    f.place = known_id(j, "place", ItemKind::place, index);
    if (const auto it = j.find("kinds"); it != j.end() && it->is_array()) {
        unsigned kinds = 0;
        for (const json& k : *it)
            for (QuoteKind kind : kKinds)
                if (k.is_string() && k.get<std::string>() == to_string(kind)) kinds |= kind_bit(kind);
        f.kinds = kinds ? kinds : kAllKinds;
    }
    if (const auto it = j.find("search"); it != j.end() && it->is_string()) f.search = it->get<std::string>();
    out = std::move(f);
    return true;
}

}  // namespace depeche::app
