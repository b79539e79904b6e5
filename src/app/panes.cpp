#include "panes.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace depeche::app {
namespace {

// The map and the chronology pan and zoom under a finger or a wheel; everything else scrolls.
bool is_direct(const std::string& name) { return name == "pane:map" || name == "pane:chronology"; }

// The innermost window that can scroll, from `w` outwards.
ImGuiWindow* scrollable(ImGuiWindow* w) {
    while (w && w->ScrollMax.y <= 0.0f && (w->Flags & ImGuiWindowFlags_ChildWindow)) w = w->ParentWindow;
    return w && w->ScrollMax.y > 0.0f ? w : nullptr;
}

// The pane a key scrolls when the pointer is over none: the article in columns, the open tab's.
ImGuiWindow* reading_pane(const ViewSettings& views) {
    const std::string wanted = views.wide ? "pane:article" : "";
    for (const Region& r : views.regions) {
        if (!r.window || is_direct(r.name)) continue;
        if (wanted.empty() || r.name == wanted) return scrollable(ImGui::FindWindowByID(r.window));
    }
    return nullptr;
}

float key_scroll(const ImGuiWindow* w, bool walking) {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.WantTextInput) return 0;
    const float line = ImGui::GetTextLineHeightWithSpacing();
    const float page = std::max(line, w->InnerRect.GetHeight() - 2 * line);
    auto pressed = [](ImGuiKey_ key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key), true); };
    float dy = 0;
    // Once the reader walks the items with the arrows, the arrows and Space are the walk's
    // (ImGui's keyboard navigation brings each item into view and Space activates it); before,
    // they scroll as on a page.
    if (!walking && pressed(ImGuiKey_DownArrow)) dy += 3 * line;
    if (!walking && pressed(ImGuiKey_UpArrow)) dy -= 3 * line;
    if (pressed(ImGuiKey_PageDown)) dy += page;
    if (pressed(ImGuiKey_PageUp)) dy -= page;
    if (!walking && pressed(ImGuiKey_Space)) dy += io.KeyShift ? -page : page;
    if (pressed(ImGuiKey_Home)) dy -= w->Scroll.y;
    if (pressed(ImGuiKey_End)) dy += w->ScrollMax.y - w->Scroll.y;
    return dy;
}

// A pane's list or text often scrolls in a child of its own: the first window that scrolls,
// depth first, else the pane itself.
const ImGuiWindow* scrolling_inside(const ImGuiWindow* w) {
    if (w->ScrollMax.y > 0.0f) return w;
    for (const ImGuiWindow* child : w->DC.ChildWindows)
        if (const ImGuiWindow* s = scrolling_inside(child); s->ScrollMax.y > 0.0f) return s;
    return w;
}

// How tall a pane's text or list is: a child that reaches the pane's bottom (the article's
// text under its title, the quote list under its filters) is sized by the pane, so its own
// content is what counts.
float content_height(const ImGuiWindow* w) {
    for (const ImGuiWindow* child : w->DC.ChildWindows)
        if (child->Active && child->Pos.y + child->Size.y >= w->InnerRect.Max.y - 1.0f)
            return child->Pos.y - w->Pos.y + content_height(child) + w->WindowPadding.y;
    return w->ContentSize.y + w->WindowPadding.y * 2;
}

}  // namespace

void mark_region(ViewSettings& views, std::string name) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    views.regions.push_back({std::move(name), a.x, a.y, b.x - a.x, b.y - a.y, 0});
}

void mark_tab(ViewSettings& views, std::string name) {
    const ImGuiTabBar* bar = GImGui->CurrentTabBar;
    if (!bar || bar->LastTabItemIdx < 0) return;
    const ImGuiTabItem& tab = bar->Tabs[bar->LastTabItemIdx];
    const float x = bar->BarRect.Min.x + tab.Offset - bar->ScrollingAnim;
    views.regions.push_back({std::move(name), x, bar->BarRect.Min.y, tab.Width, bar->BarRect.GetHeight()});
}

void mark_pane(ViewSettings& views, std::string name) {
    const ImGuiWindow* w = ImGui::GetCurrentWindow();
    const ImGuiWindow* s = scrolling_inside(w);
    views.regions.push_back({std::move(name), w->Pos.x, w->Pos.y, w->Size.x, w->Size.y, s->ID, s->Scroll.y, s->ScrollMax.y, content_height(w)});
}

Surface surface_at(const ViewSettings& views, float x, float y) {
    // A pane is recorded as it ends, so one inside another (the chronology's list of events)
    // comes first and wins.
    for (const Region& r : views.regions)
        if (r.name.starts_with("pane:") && r.contains(x, y)) return is_direct(r.name) ? Surface::direct : Surface::scroll;
    return Surface::scroll;
}

void scroll_panes(ViewSettings& views) {
    ImGuiContext& g = *GImGui;
    const ImGuiIO& io = ImGui::GetIO();
    ImGuiWindow* under = io.MousePos.x > -FLT_MAX ? scrollable(g.HoveredWindow) : nullptr;
    if (under && views.pointer.scroll_y != 0) {
        const float want = views.pointer.scroll_y + views.scroll_rest;
        const float target = std::clamp(under->Scroll.y + want, 0.0f, under->ScrollMax.y);
        const float moved = std::floor(target) - under->Scroll.y;
        views.scroll_rest = target > 0 && target < under->ScrollMax.y ? want - moved : 0.0f;
        ImGui::SetScrollY(under, under->Scroll.y + moved);
    }
    ImGuiWindow* keyed = under ? under : reading_pane(views);
    // What the keys meant is decided by the frame before: the key that starts a walk scrolls.
    const bool walking = views.walking_items;
    views.walking_items = io.NavVisible;
    if (!keyed) return;
    if (const float dy = key_scroll(keyed, walking); dy != 0) ImGui::SetScrollY(keyed, std::clamp(keyed->Scroll.y + dy, 0.0f, keyed->ScrollMax.y));
}

}  // namespace depeche::app
