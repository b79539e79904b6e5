#pragma once
// How a place is named in tooltips: its name as written, the English name when it differs, and
// its country by name in the interface's language ("Stepanakert (Khankendi), Azerbaïdjan").
#include "core/analysis.h"
#include "core/places/gazetteer.h"

#include <string>

namespace depeche::app {

// The country's name in `language` ("fr": the gazetteer's French name; else its English one);
// the code itself when the gazetteer does not know it.
std::string country_name(const Gazetteer& gazetteer, const std::string& code, const std::string& language);

std::string place_label(const Place& place, const Gazetteer& gazetteer, const std::string& language);

}  // namespace depeche::app
