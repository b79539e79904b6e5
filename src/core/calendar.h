#pragma once
#include <nlohmann/json.hpp>

#include <string>
#include <unordered_map>

namespace depeche {

// Month, weekday and season words of one language (assets/lang/<lang>/calendar.json), by folded form.
struct Calendar {
    std::unordered_map<std::string, int> months;      // 1..12
    std::unordered_map<std::string, int> weekdays;    // ISO: 1 = Monday
    std::unordered_map<std::string, std::string> seasons;  // TIMEX3 season code
};

bool load_calendar(const nlohmann::json& data, Calendar& out, std::string& error);

}  // namespace depeche
