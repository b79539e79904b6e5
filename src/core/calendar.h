#pragma once

#include "word_set.h"
#include <nlohmann/json.hpp>

#include <string>

namespace depeche {

// Month, weekday and season words of one language (assets/lang/<lang>/calendar.json), by folded form.
struct Calendar {
    WordMap<int> months;      // 1..12
    WordMap<int> weekdays;    // ISO: 1 = Monday
    WordMap<std::string> seasons;  // TIMEX3 season code
};

bool load_calendar(const nlohmann::json& data, Calendar& out, std::string& error);

}  // namespace depeche
