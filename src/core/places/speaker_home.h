#pragma once
#include "../analysis.h"
#include "gazetteer.h"

namespace depeche {

// Where a person speaks from when the article does not say: an official whose role names a
// country ("le premier ministre arménien", "la ministre turque") speaks from that country's
// capital. Set only when the article itself names that capital, so the chronology never points
// at a place the reader cannot find in the text.
void locate_speakers(Analysis& analysis, const Gazetteer& gazetteer);

}  // namespace depeche
