#include "event_place.h"

namespace depeche {
namespace {

// An event told from where the reporter is lasts a week at most ("mardi", "la semaine
// dernière", not "l'automne 2020") and falls within a month of the DCT: a summit that opened
// two weeks before its closing day is still at the dateline, last spring's vote is not.
constexpr long kDatelineSpanDays = 7;
constexpr long kDatelineReachDays = 31;

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

bool dateline_may_place(const Place& dateline, const std::vector<const Place*>& named, DaySpan event,
                        const DaySpan* dct) {
    if (!dct || event.end - event.first > kDatelineSpanDays || event.end < dct->first - kDatelineReachDays ||
        event.first > dct->end + kDatelineReachDays)
        return false;
    for (const Place* p : named)
        if (!p->country.empty() && p->country != dateline.country) return false;
    return true;
}

}  // namespace depeche
