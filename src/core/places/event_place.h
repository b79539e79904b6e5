#pragma once
#include "../analysis.h"

#include <vector>

namespace depeche {

// Where what is told in `span` (a clause, a sentence) happened: the place named there as a site
// ("à Moscou", "au Karabakh"), the most precise one when there are several (a city before its
// region before its country). nullptr when the span names no site: the caller may then fall back on
// the dateline's place.
const Place* place_of_event(const std::vector<Place>& places, Span span);

// Days [first, end) of an event or of the DCT.
struct DaySpan {
    long first = 0, end = 0;
};

// Whether an event that names no site of its own may be put at the dateline's place. The dateline
// says where the reporter was in the days of the DCT: an event of other days ("la guerre de
// l'automne 2020"), or one whose sentence names a place in another country ("l'Azerbaïdjan a
// libéré…" in an article datelined Paris), happened elsewhere, and a wrong place is worse than none.
// `named` are the places named in the event's sentence; `dct` is null when the DCT is unknown.
bool dateline_may_place(const Place& dateline, const std::vector<const Place*>& named, DaySpan event,
                        const DaySpan* dct);

}  // namespace depeche
