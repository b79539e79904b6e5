#include "time_range.h"

namespace depeche::app {
namespace {

std::optional<DayRange> single(std::string_view value, const std::optional<std::string>& dct) {
    if (value == "PRESENT_REF") return dct ? single(*dct, std::nullopt) : std::nullopt;
    long first = 0, end = 0;
    // The core reads dates at day precision; a time of day after them changes nothing here.
    const std::string date(value.substr(0, value.find('T')));
    if (!time::value_span(date, first, end) || end <= first) return std::nullopt;
    return DayRange{static_cast<int>(first), static_cast<int>(end - 1)};
}

}  // namespace

std::optional<DayRange> day_range(std::string_view value, const std::optional<std::string>& dct) {
    const auto slash = value.find('/');
    if (slash == std::string_view::npos) return single(value, dct);
    auto a = single(value.substr(0, slash), dct);
    auto b = single(value.substr(slash + 1), dct);
    if (!a || !b || b->last < a->first) return std::nullopt;
    return DayRange{a->first, b->last};
}

}  // namespace depeche::app
