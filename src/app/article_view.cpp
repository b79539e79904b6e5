#include "article_view.h"

#include <imgui.h>

#include <string_view>

namespace depeche::app {
void draw_article_view(const Document& doc, const Fonts& fonts) {
    const Analysis& a = doc.result.analysis;
    const std::string_view text = doc.result.text;
    const float column = 44.0f * ImGui::GetFontSize();
    ImGui::BeginChild("article", ImVec2(0, 0), false);
    const float width = ImGui::GetContentRegionAvail().x;
    // A comfortable reading measure: about 75 characters, centred in wide panels.
    if (width > column) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - column) * 0.5f);
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + (width > column ? column : width));
    if (!a.title.empty()) {
        ImGui::PushFont(fonts.title);
        ImGui::TextUnformatted(a.title.c_str());
        ImGui::PopFont();
        ImGui::Spacing();
    }
    if (a.dateline) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        const std::string line = a.dateline->place + " / " + a.dateline->source;
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopStyleColor();
        ImGui::Spacing();
    }
    for (const Span& p : a.paragraphs) {
        ImGui::TextUnformatted(text.data() + p.start, text.data() + p.end);
        ImGui::Dummy(ImVec2(0, ImGui::GetFontSize() * 0.5f));
    }
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::EndChild();
}

}  // namespace depeche::app
