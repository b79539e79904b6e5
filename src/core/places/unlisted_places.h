#pragma once
#include "../analysis.h"
#include "../tokens.h"
#include "gazetteer.h"

#include <string_view>
#include <vector>

namespace depeche {

// Villages and districts no gazetteer knows but the text names as such: "le village de X", "le
// hameau du Y", "le quartier de la Z". Each is added to `places` as approximate, at the position
// of the located town or region the text names nearest to it (`Place::near`), with every later
// mention of the same name; one with no such neighbour is left out, since a map cannot show it.
void add_unlisted_places(std::string_view text, const TextIndex& index, const Gazetteer& gazetteer,
                         std::vector<Place>& places);

}  // namespace depeche
