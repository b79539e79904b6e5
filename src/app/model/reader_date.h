#pragma once
// A TIMEX3 value as a newspaper writes it, in the interface's language: "18 septembre 2023",
// "semaine du 18 septembre 2023", "septembre 2023", "automne 2020", "T2 2014", "années 1990",
// "XIXe siècle", "9 mai 2023, soir", "9 mai 2023, 14:30"; never "2023-W38". The words and their
// order are the UI strings' (assets/ui/strings.json); a value it cannot read comes back as it is.
#include "ui_strings.h"

#include <optional>
#include <string>
#include <string_view>

namespace depeche::app {

std::string reader_date(std::string_view value, const std::optional<std::string>& dct, const UiStrings& strings);

}  // namespace depeche::app
