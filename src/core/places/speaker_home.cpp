#include "speaker_home.h"

#include "../fold.h"
#include "../word_set.h"

namespace depeche {
namespace {

// The country a role names through an adjective ("premier ministre arménien" -> AM), or "".
std::string country_of_role(const std::string& role, const Gazetteer& g) {
    const std::string folded = fold(role);
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        const GazetteerWord* word = g.words.value(std::string_view(folded).substr(start, end - start));
        if (word && word->demonym != UINT32_MAX) return std::string(g.text(g.entries[word->demonym].country));
        start = end + 1;
    }
    return {};
}

}  // namespace

void locate_speakers(Analysis& a, const Gazetteer& g) {
    if (a.places.empty()) return;
    // Capitals the article names, by country.
    WordMap<const Place*> named_capitals;
    for (const std::uint32_t id : g.capitals) {
        const GazetteerEntry& e = g.entries[id];
        for (const Place& p : a.places)
            if (p.kind == PlaceKind::city && p.country == g.text(e.country) && p.canonical == g.text(e.canonical))
                named_capitals.emplace(g.text(e.country), &p);
    }
    if (named_capitals.empty()) return;
    for (Entity& entity : a.entities) {
        if (entity.type != EntityType::person || entity.home) continue;
        for (const std::string& role : entity.roles) {
            if (const Place* const* capital = named_capitals.value(country_of_role(role, g))) {
                entity.home = (*capital)->id;
                break;
            }
        }
    }
}

}  // namespace depeche
