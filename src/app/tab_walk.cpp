#include "tab_walk.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace depeche::app {

void walk_every_control_on_tab() {
    ImGuiContext& g = *GImGui;
    const bool tab = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) && !g.IO.KeyCtrl && !g.IO.KeyAlt;
    ImGuiWindow* explorer = ImGui::GetCurrentWindow();
    const bool elsewhere = !g.NavWindow || (g.NavWindow->RootWindowForNav != explorer && !(g.NavWindow->Flags & ImGuiWindowFlags_Popup));
    if (tab && elsewhere && !g.IO.WantTextInput) {
        // No window of the explorer has the focus yet (the canvas was reached with Tab from the
        // page): ImGui's request, if any, walks another window, so the walk starts here.
        if (g.NavMoveScoringItems) ImGui::NavMoveRequestCancel();
        ImGui::FocusWindow(explorer);
        g.NavTabbingDir = g.IO.KeyShift ? -1 : 0;
        ImGui::NavMoveRequestSubmit(ImGuiDir_None, g.IO.KeyShift ? ImGuiDir_Up : ImGuiDir_Down, ImGuiNavMoveFlags_Tabbing,
                                    ImGuiScrollFlags_KeepVisibleEdgeX | ImGuiScrollFlags_KeepVisibleEdgeY);
        g.NavTabbingResultFirst.Clear();
        g.NavTabbingCounter = -1;
    }
    if (!g.NavMoveScoringItems || !(g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) || (g.NavMoveFlags & ImGuiNavMoveFlags_FocusApi)) return;
    // The focus-API form of a tabbing request stops on every item, not only on text fields.
    g.NavMoveFlags |= ImGuiNavMoveFlags_FocusApi;
    // ImGui restarts from the first item whenever no text field is being edited; a reader who
    // walked to a button and presses Tab again expects the next control.
    if (g.NavTabbingDir == 0 && g.NavId != 0 && !g.NavDisableHighlight) g.NavTabbingDir = +1;
}

void ring_if_walked_to() {
    const ImGuiContext& g = *GImGui;
    if (g.LastItemData.ID != 0) ImGui::RenderNavHighlight(g.LastItemData.Rect, g.LastItemData.ID);
}

std::optional<Region> walked_to() {
    const ImGuiContext& g = *GImGui;
    const bool typing = g.ActiveId != 0 && g.ActiveId == g.NavId && g.IO.WantTextInput;
    if (g.NavId == 0 || !g.NavWindow || (g.NavDisableHighlight && !typing)) return std::nullopt;
    const ImRect r = ImGui::WindowRectRelToAbs(g.NavWindow, g.NavWindow->NavRectRel[g.NavLayer]);
    return Region{"focus", r.Min.x, r.Min.y, r.GetWidth(), r.GetHeight()};
}

}  // namespace depeche::app
