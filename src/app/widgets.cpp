#include "widgets.h"

#include "palette.h"
#include "symbols.h"
#include "tab_walk.h"

#include "core/utf8.h"
#include "model/reader_date.h"

#include <cstdio>

namespace depeche::app {

void flow(float next_width) {
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + next_width > right) ImGui::NewLine();
}

bool chip(const char* label, ImVec4 colour, bool selected, const void* id) {
    ImGui::PushID(id);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float h = ImGui::GetFontSize() + style.FramePadding.y * 2;
    const float dot = ImGui::GetFontSize() * 0.55f;
    const ImVec2 text = ImGui::CalcTextSize(label);
    const ImVec2 size(text.x + dot + style.FramePadding.x * 3, h);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("chip", size);
    ring_if_walked_to();
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec4 fill = colour;
    fill.w = selected ? 0.30f : hovered ? 0.18f : 0.10f;
    dl->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), ImGui::ColorConvertFloat4ToU32(fill), h * 0.5f);
    if (selected) dl->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), ImGui::ColorConvertFloat4ToU32(colour), h * 0.5f, 0, 1.5f);
    dl->AddCircleFilled(ImVec2(at.x + style.FramePadding.x + dot * 0.5f, at.y + h * 0.5f), dot * 0.5f,
                        ImGui::ColorConvertFloat4ToU32(colour));
    dl->AddText(ImVec2(at.x + style.FramePadding.x * 2 + dot, at.y + style.FramePadding.y), ImGui::GetColorU32(ImGuiCol_Text), label);
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    return clicked;
}

bool toggle_chip(const char* label, bool on, const void* id) {
    ImGui::PushID(id);
    const ImGuiStyle& style = ImGui::GetStyle();
    const std::string text = on ? std::string(SYMBOL_CHECK " ") + label : std::string(label);
    const ImVec2 size(ImGui::CalcTextSize(text.c_str()).x + style.FramePadding.x * 2, ImGui::GetFrameHeight());
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton("toggle", size);
    ring_if_walked_to();
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(at.x + size.x, at.y + size.y);
    const float round = size.y * 0.5f;
    if (on) dl->AddRectFilled(at, end, ImGui::GetColorU32(hovered ? ImGuiCol_ButtonHovered : ImGuiCol_ButtonActive), round);
    else if (hovered) dl->AddRectFilled(at, end, ImGui::GetColorU32(ImGuiCol_FrameBgHovered), round);
    dl->AddRect(at, end, ImGui::GetColorU32(on ? ImGuiCol_Text : ImGuiCol_Border), round, 0, on ? 1.5f : 1.0f);
    dl->AddText(ImVec2(at.x + style.FramePadding.x, at.y + style.FramePadding.y),
                ImGui::GetColorU32(on ? ImGuiCol_Text : ImGuiCol_TextDisabled), text.c_str());
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    return clicked;
}

Card begin_card() {
    Card card{ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);  // the background goes under text drawn before the card is sized
    dl->ChannelsSetCurrent(1);
    ImGui::BeginGroup();
    return card;
}

CardHit end_card(const Card& card) {
    ImGui::EndGroup();
    CardHit hit;
    hit.end = ImVec2(card.at.x + card.width, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(card.at);
    hit.clicked = ImGui::InvisibleButton("card", ImVec2(card.width, hit.end.y - card.at.y));
    ring_if_walked_to();
    hit.hovered = ImGui::IsItemHovered();
    if (hit.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::GetWindowDrawList()->ChannelsSetCurrent(0);
    return hit;
}

bool filter_chip(const char* label, const void* id) {
    ImGui::PushID(id);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, ImGui::GetFontSize());
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_FrameBg));
    const std::string text = std::string(label) + "  \xC3\x97";  // ×
    const bool clicked = ImGui::Button(text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    ImGui::PopID();
    return clicked;
}

void speaker_chip(const Frame& f, const std::optional<std::string>& speaker, const void* id) {
    const auto e = speaker ? f.app.index.find(ItemKind::entity, *speaker) : std::nullopt;
    if (!e) {
        chip(f.tr("no-speaker"), speaker_colour(-1, f.app.theme), false, id);
        return;
    }
    const Entity& who = f.analysis().entities[*e];
    const int rank = f.app.index.speaker_rank[*e];
    if (chip(who.name.c_str(), speaker_colour(rank, f.app.theme), f.app.state.filters.speaker == who.id, id))
        f.actions.push_back({Action::Type::toggle_speaker, who.id, QuoteKind::direct});
    if (ImGui::IsItemHovered() && !who.roles.empty()) tooltip_text(who.roles.front());
}

const char* kind_label(const Frame& f, QuoteKind kind) { return f.tr(to_string(kind)); }

const char* entity_type_label(const Frame& f, const Entity& e) {
    // A place that speaks is its government ("Moscou a répondu"), and so is a ministry or presidency.
    if (e.type == EntityType::place) return f.tr("government");
    if (e.type == EntityType::organization)
        for (const Place& p : f.analysis().places)
            if (p.name == e.name) return f.tr("government");
    return f.tr(to_string(e.type));
}

std::string reader_date(const Frame& f, const std::string& value) {
    return app::reader_date(value, f.analysis().dct, f.app.strings);
}

std::string shortened(std::string_view text, std::size_t max_chars) {
    std::size_t pos = 0, chars = 0, last_space = 0;
    while (pos < text.size() && chars < max_chars) {
        if (text[pos] == ' ') last_space = pos;
        utf8::decode(text, pos);
        ++chars;
    }
    if (pos >= text.size()) return std::string(text);
    const std::size_t cut = last_space > 0 ? last_space : pos;
    return std::string(text.substr(0, cut)) + SYMBOL_ELLIPSIS;
}

void tooltip_text(const std::string& text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

bool released_without_drag() {
    const ImGuiIO& io = ImGui::GetIO();
    return ImGui::IsMouseReleased(ImGuiMouseButton_Left) &&
           io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] <= io.MouseDragThreshold * io.MouseDragThreshold;
}

}  // namespace depeche::app
