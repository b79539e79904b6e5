#include "app.h"

#include "article_view.h"

#include <imgui.h>

namespace depeche::app {

bool init_app(App& app, const AppConfig& config, std::string& error) {
    auto resources = load_resources(config.resources, "fr", error);
    if (!resources) return false;
    app.resources = std::move(*resources);
    app.font_files = config.fonts;
    return true;
}

bool load_text(App& app, std::string_view text, const std::string& name, std::optional<std::string> dct) {
    Result result = analyze(text, Options{dct}, app.resources);
    if (!result.ok()) {
        app.status = result.error;
        return false;
    }
    app.document.name = name;
    app.document.result = std::move(result);
    app.document.requested_dct = std::move(dct);
    ++app.document.generation;
    app.status.clear();
    return true;
}

bool set_pixel_ratio(App& app, float pixel_ratio, std::string& error) {
    if (!load_fonts(app.fonts, app.font_files, pixel_ratio, error)) return false;
    apply_theme(app.theme, pixel_ratio);
    return true;
}

void draw_frame(App& app) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Depeche", nullptr, flags);
    if (!app.status.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.2f, 0.15f, 1.0f));
        ImGui::TextWrapped("%s", app.status.c_str());
        ImGui::PopStyleColor();
    }
    draw_article_view(app.document, app.fonts);
    ImGui::End();
}

}  // namespace depeche::app
