#include "analysis.h"

namespace depeche {

// Built by appending: GCC 12 warns wrongly about `"e" + std::to_string(n)` at -O3.
std::string numbered_id(std::string_view prefix, std::size_t n) {
    std::string id(prefix);
    id += std::to_string(n);
    return id;
}

const char* to_string(EntityType t) {
    switch (t) {
    case EntityType::person: return "person";
    case EntityType::organization: return "organization";
    case EntityType::place: return "place";
    case EntityType::group: return "group";
    case EntityType::other: break;
    }
    return "other";
}

const char* to_string(QuoteKind k) {
    switch (k) {
    case QuoteKind::direct: return "direct";
    case QuoteKind::indirect: return "indirect";
    case QuoteKind::mixed: break;
    }
    return "mixed";
}

const char* to_string(DctSource s) {
    switch (s) {
    case DctSource::given: return "given";
    case DctSource::text: return "text";
    case DctSource::none: break;
    }
    return "";
}

const char* to_string(TimexType t) {
    switch (t) {
    case TimexType::date: return "date";
    case TimexType::time: return "time";
    case TimexType::duration: return "duration";
    case TimexType::set: break;
    }
    return "set";
}

const char* to_string(PlaceKind k) {
    switch (k) {
    case PlaceKind::city: return "city";
    case PlaceKind::country: return "country";
    case PlaceKind::region: return "region";
    case PlaceKind::other: break;
    }
    return "other";
}

}  // namespace depeche
