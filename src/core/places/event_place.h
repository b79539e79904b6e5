#pragma once
#include "../analysis.h"

#include <vector>

namespace depeche {

// Where what is told in `span` (a clause, a sentence) happened: the place named there as a site
// ("à Moscou", "au Karabakh"), the most precise one when there are several (a city before its
// region before its country). nullptr when the span names no site: the caller may then fall back on
// the dateline's place.
const Place* place_of_event(const std::vector<Place>& places, Span span);

}  // namespace depeche
