#pragma once
#include "core/analyze.h"
#include "core/dossier/dossier.h"
#include "model/exports.h"

#include <optional>
#include <string>
#include <vector>

namespace depeche::app {

// The article on screen and its analysis. Replaced whole when a new text is accepted, so a
// refused text never disturbs what the reader was looking at.
struct Document {
    std::string name;  // file name or "pasted text"
    Result result;     // result.text is what spans index; result.analysis is what views draw
    std::optional<std::string> requested_dct;
    unsigned generation = 0;  // bumped on every new analysis, so views can drop cached layout
    // Many articles at once: `result` is then the shown ones drawn as one (core/dossier/combined.h),
    // so every view, filter and export works on the dossier as on an article.
    std::optional<Dossier> dossier;
    std::vector<bool> shown;  // per dossier article
    ArticleSpans articles;    // where each shown article sits in result.text, with its title
    std::vector<std::string> event_sources;  // per event of result: the shown articles telling it
};

}  // namespace depeche::app
