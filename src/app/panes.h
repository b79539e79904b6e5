#pragma once
// The panes of the explorer as places on screen: each frame records where its panes, tabs and
// main buttons are (ViewSettings::regions), which tells a gesture whether it lands on text that
// scrolls or on the map or the chronology, and lets tests aim without reading pixels. The pane
// under the pointer (or the one being read) scrolls by the pixels the gestures and keys ask.
#include "frame.h"

#include "model/gestures.h"

#include <string>

namespace depeche::app {

// Records the last ImGui item (a child window, a tab, a button) as a region.
void mark_region(ViewSettings& views, std::string name);

// Records the tab just submitted (ImGui::BeginTabItem) as a region.
void mark_tab(ViewSettings& views, std::string name);

// Records the current child window, before it ends, as a pane that scrolls.
void mark_pane(ViewSettings& views, std::string name);

Surface surface_at(const ViewSettings& views, float x, float y);

// Moves the pane under the pointer by views.pointer's pixels, and the pane under the pointer or
// the one being read by the arrow, page, Home and End keys. Called once per frame, after
// ImGui::NewFrame and before the panes are drawn.
void scroll_panes(ViewSettings& views);

}  // namespace depeche::app
