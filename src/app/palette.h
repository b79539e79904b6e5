#pragma once
// Colours that carry meaning: one per speaker (by rank, the same in every view) and one per
// kind of mark, tuned for the light and the dark theme.
#include "theme.h"

#include <imgui.h>

namespace depeche::app {

// rank < 0: a quote without a known speaker.
ImVec4 speaker_colour(int rank, Theme theme);
ImU32 speaker_fill(int rank, Theme theme, float alpha);

struct MarkColours {
    ImU32 mention, timex, place, selection, axis, muted, land, water, grid;
};
MarkColours mark_colours(Theme theme);

}  // namespace depeche::app
