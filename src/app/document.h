#pragma once
#include "core/analyze.h"

#include <optional>
#include <string>

namespace depeche::app {

// The article on screen and its analysis. Replaced whole when a new text is accepted, so a
// refused text never disturbs what the reader was looking at.
struct Document {
    std::string name;  // file name or "pasted text"
    Result result;     // result.text is what spans index; result.analysis is what views draw
    std::optional<std::string> requested_dct;
    unsigned generation = 0;  // bumped on every new analysis, so views can drop cached layout
};

}  // namespace depeche::app
