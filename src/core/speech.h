#pragma once
#include "analysis.h"
#include "resources.h"

#include <string_view>

namespace depeche {

// The speakers-and-quotations stage: mentions clustered into entities, quotations with their
// cues, speakers resolved; fills Analysis::entities and Analysis::quotes.
void find_speech(std::string_view text, const TextIndex& index, const Resources& resources, Analysis& analysis);

}  // namespace depeche
