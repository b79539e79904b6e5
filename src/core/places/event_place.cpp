#include "event_place.h"

namespace depeche {
namespace {

int precision(PlaceKind kind) {
    switch (kind) {
        case PlaceKind::city: return 3;
        case PlaceKind::region: return 2;
        case PlaceKind::country: return 1;
        case PlaceKind::other: return 0;
    }
    return 0;
}

}  // namespace

const Place* place_of_event(const std::vector<Place>& places, Span span) {
    const Place* best = nullptr;
    std::size_t best_start = 0;
    for (const Place& p : places)
        for (const Span& m : p.site_mentions) {
            if (!span.contains(m)) continue;
            const bool better = !best || precision(p.kind) > precision(best->kind) ||
                                (precision(p.kind) == precision(best->kind) && m.start < best_start);
            if (better) {
                best = &p;
                best_start = m.start;
            }
            break;
        }
    return best;
}

}  // namespace depeche
