#pragma once
// A publication date as readers type it, read into the ISO form the core takes.
#include "ui_strings.h"

#include "core/analysis.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace depeche::app {

// "2024-05-14", "14/05/2024", "14.05.2024", "14 mai 2024", "1er mai 2024", "14 May 2024",
// "May 14, 2024" -> "2024-05-14". Month names are the interface's, in every language it has, full
// or short, with or without accents. nullopt when it is not a day of the calendar.
std::optional<std::string> read_typed_date(std::string_view typed, const UiStrings& strings);

// How many events wait for a publication date to be placed in time (0 when the article has one).
std::size_t events_waiting_for_dct(const Analysis& analysis);

}  // namespace depeche::app
