#pragma once
// Tab and Shift+Tab walk every control of the explorer in the order it is drawn (header, tabs,
// filters, lists, map and chronology buttons), with a visible ring; Enter or Space acts on the
// control walked to. Dear ImGui 1.86 only stops Tab on text fields, so the walk widens ImGui's
// own tabbing request to every item rather than keeping a second list of controls.
#include "view_settings.h"

#include <imgui.h>

#include <optional>

namespace depeche::app {

// The flags of every pane's child window: ImGui's walk stays inside one window unless its
// children are flattened into it.
inline constexpr ImGuiWindowFlags kPaneWindowFlags = ImGuiWindowFlags_NavFlattened;

// Called once per frame, in the explorer's window before any item is drawn. `entered` is +1 or -1
// when Tab or Shift+Tab on the page brought the focus in (then consumed), else 0.
void walk_every_control_on_tab(int& entered);

// At the end of the explorer's window: +1 when Tab on its last control, -1 when Shift+Tab on
// its first, would go round to the other end. The request is dropped and the ring hidden, so the
// platform can hand the focus on to the page, as Tab does past any web control.
int tab_walk_leaves();

// Draws the keyboard ring around the last item when Tab or the arrows walked to it. Widgets
// built on ImGui::InvisibleButton need it: ImGui only rings the widgets it draws itself.
void ring_if_walked_to();

// Where the ring is, as a region named "focus" (device pixels), when the keys walked to a control
// or a text field is being typed in; none when the pointer leads.
std::optional<Region> walked_to();

}  // namespace depeche::app
