#include "theme.h"

#include <imgui.h>

namespace depeche::app {

namespace {
constexpr float kTouchTargetPx = 44.0f;
constexpr float kBodyPx = 16.0f;
}  // namespace

void apply_theme(Theme theme, float pixel_ratio, bool coarse) {
    ImGuiStyle style;
    if (theme == Theme::dark) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(0.11f, 0.12f, 0.14f, 1.0f);
    } else {
        ImGui::StyleColorsLight(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.975f, 0.965f, 1.0f);
        style.Colors[ImGuiCol_ChildBg] = ImVec4(0.98f, 0.975f, 0.965f, 1.0f);
        style.Colors[ImGuiCol_Text] = ImVec4(0.13f, 0.13f, 0.15f, 1.0f);
    }
    style.WindowRounding = 0.0f;
    style.ChildRounding = 4.0f;
    style.FrameRounding = 4.0f;
    style.WindowBorderSize = 0.0f;
    style.WindowPadding = ImVec2(16.0f, 12.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    style.ScrollbarSize = 12.0f;
    if (coarse) {
        style.FramePadding = ImVec2(12.0f, (kTouchTargetPx - kBodyPx) / 2);
        style.ItemSpacing = ImVec2(10.0f, 8.0f);
        style.ScrollbarSize = 16.0f;
    }
    style.ScaleAllSizes(pixel_ratio);
    ImGui::GetStyle() = style;
}

}  // namespace depeche::app
