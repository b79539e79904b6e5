#include "calendar.h"

#include <type_traits>

namespace depeche {

namespace {

template <typename Value>
bool read_table(const nlohmann::json& data, const char* key, WordMap<Value>& out,
                std::string& error) {
    const auto it = data.find(key);
    if (it == data.end() || !it->is_object()) {
        error = std::string("calendar.json: \"") + key + "\" must be an object";
        return false;
    }
    for (const auto& [word, value] : it->items()) {
        const bool fits = std::is_same_v<Value, int> ? value.is_number_integer() : value.is_string();
        if (!fits) {
            error = std::string("calendar.json: bad value for \"") + word + "\"";
            return false;
        }
        out.emplace(word, value.template get<Value>());
    }
    return true;
}

}  // namespace

bool load_calendar(const nlohmann::json& data, Calendar& out, std::string& error) {
    return read_table(data, "months", out.months, error) && read_table(data, "weekdays", out.weekdays, error) &&
           read_table(data, "seasons", out.seasons, error);
}

}  // namespace depeche
