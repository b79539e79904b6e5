#pragma once
#include "analysis.h"
#include "calendar.h"

#include <optional>
#include <string_view>
#include <vector>

namespace depeche {

// How an article is laid out: an optional title line, an optional dateline ("Paris / La Gazette",
// "EREVAN, 4 AOÛT, ARMENPRESS", "PARIS (AFP) -" opening the first paragraph) and the body paragraphs.
struct Layout {
    std::optional<Span> title;
    std::optional<Dateline> dateline;
    std::vector<Span> paragraphs;  // trimmed; a leading dateline is cut off its paragraph
};

Layout read_layout(std::string_view text, const Calendar& calendar);

}  // namespace depeche
