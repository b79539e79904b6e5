#include "tab_walk.h"

#include <imgui.h>
#include <imgui_internal.h>

namespace depeche::app {

void walk_every_control_on_tab(int& entered) {
    ImGuiContext& g = *GImGui;
    const bool tab = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Tab)) && !g.IO.KeyCtrl && !g.IO.KeyAlt;
    ImGuiWindow* explorer = ImGui::GetCurrentWindow();
    const bool elsewhere = !g.NavWindow || (g.NavWindow->RootWindowForNav != explorer && !(g.NavWindow->Flags & ImGuiWindowFlags_Popup));
    const bool backward = entered ? entered < 0 : g.IO.KeyShift;
    if (entered) {
        // Where ImGui's walk stood before the reader left says nothing of where they come in.
        g.NavId = 0;
        g.NavDisableHighlight = true;
    }
    if ((tab && elsewhere && !g.IO.WantTextInput) || entered) {
        entered = 0;
        // No window of the explorer has the focus yet, or the key that brought the focus in went
        // to the page: ImGui's request, if any, walks another window, so the walk starts here.
        if (g.NavMoveScoringItems) ImGui::NavMoveRequestCancel();
        ImGui::FocusWindow(explorer);
        g.NavTabbingDir = backward ? -1 : 0;
        ImGui::NavMoveRequestSubmit(ImGuiDir_None, backward ? ImGuiDir_Up : ImGuiDir_Down, ImGuiNavMoveFlags_Tabbing,
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

int tab_walk_leaves() {
    ImGuiContext& g = *GImGui;
    // Only a walk under way leaves: coming in from the page, the ring is hidden and the control
    // ImGui remembers says nothing of where the reader is.
    if (!g.NavMoveScoringItems || !(g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) || g.NavId == 0 || g.NavDisableHighlight)
        return 0;
    // Forward: the current control was the last one seen, so only the first one remains.
    const bool past_last = g.NavTabbingDir == +1 && g.NavTabbingCounter == 1 && g.NavMoveResultLocal.ID == 0;
    // Backward: ImGui stops scoring at the current control once it holds the one before; still
    // scoring means there was none, and it would take the last.
    const bool before_first = g.NavTabbingDir == -1;
    if (!past_last && !before_first) return 0;
    ImGui::NavMoveRequestCancel();
    // Coming back with Shift+Tab must land on the last control, not next to the one left.
    g.NavId = 0;
    g.NavDisableHighlight = true;
    return past_last ? +1 : -1;
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
