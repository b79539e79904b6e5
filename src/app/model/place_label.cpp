#include "place_label.h"

#include <cstdint>

namespace depeche::app {

std::string country_name(const Gazetteer& gazetteer, const std::string& code, const std::string& language) {
    const std::uint32_t* entry = gazetteer.countries.value(code);
    if (!entry) return code;
    const GazetteerEntry& e = gazetteer.entries[*entry];
    const std::string_view french = gazetteer.text(e.french), canonical = gazetteer.text(e.canonical);
    if (language == "fr" && !french.empty()) return std::string(french);
    return canonical.empty() ? code : std::string(canonical);
}

std::string place_label(const Place& place, const Gazetteer& gazetteer, const std::string& language) {
    std::string label = place.name;
    if (!place.canonical.empty() && place.canonical != place.name) label += " (" + place.canonical + ")";
    // A country's own code adds nothing to its name.
    if (!place.country.empty() && place.kind != PlaceKind::country)
        label += ", " + country_name(gazetteer, place.country, language);
    return label;
}

}  // namespace depeche::app
