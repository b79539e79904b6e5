// A dossier's sources: each article with its date and title, a toggle that takes it out of (or
// back into) every view, and "only" to read one article alone.
#include "panes.h"
#include "tab_walk.h"
#include "views.h"
#include "widgets.h"

#include <algorithm>

namespace depeche::app {

void draw_sources_view(const Frame& f) {
    const auto& dossier = f.app.document.dossier;
    if (!dossier) return;
    const std::vector<bool>& shown = f.app.document.shown;
    const auto on = static_cast<long long>(std::count(shown.begin(), shown.end(), true));
    const std::string label = std::string(f.tr("sources")) + " (" + std::to_string(on) + "/" +
                              std::to_string(dossier->articles.size()) + ")###sources";
    const bool open = ImGui::CollapsingHeader(label.c_str(), ImGuiTreeNodeFlags_DefaultOpen);
    mark_region(f.views, "button:sources");
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("sources-hint"));
    if (!open) return;
    for (std::size_t i = 0; i < dossier->articles.size(); ++i) {
        const DossierArticle& article = dossier->articles[i];
        const Analysis& a = article.result.analysis;
        ImGui::PushID(static_cast<int>(i));
        bool keep = i < shown.size() && shown[i];
        if (ImGui::Checkbox("##shown", &keep)) {
            std::vector<bool> next = shown;
            next[i] = keep;
            f.requests.shown = std::move(next);
        }
        ring_if_walked_to();
        mark_region(f.views, "source:" + article.id);
        ImGui::SameLine();
        if (ImGui::SmallButton(f.tr("sources-only"))) {
            std::vector<bool> only(dossier->articles.size(), false);
            only[i] = true;
            f.requests.shown = std::move(only);
        }
        mark_region(f.views, "source-only:" + article.id);
        if (ImGui::IsItemHovered()) tooltip_text(f.tr("sources-only-hint"));
        ImGui::SameLine();
        ImGui::TextDisabled("%s", a.dct.value_or("—").c_str());
        ImGui::SameLine();
        const std::string& title = a.title.empty() ? article.name : a.title;
        ImGui::PushTextWrapPos(0.0f);
        if (keep) ImGui::TextUnformatted(title.c_str());
        else ImGui::TextDisabled("%s", title.c_str());
        ImGui::PopTextWrapPos();
        if (ImGui::IsItemHovered() && title != article.name) tooltip_text(article.name);
        ImGui::PopID();
    }
    if (on < static_cast<long long>(dossier->articles.size())) {
        if (ImGui::SmallButton(f.tr("sources-all"))) f.requests.shown = std::vector<bool>(dossier->articles.size(), true);
        mark_region(f.views, "button:sources-all");
    }
    ImGui::Separator();
}

}  // namespace depeche::app
