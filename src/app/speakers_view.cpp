// One card per speaker, most quoted first: name, role, type, colour, counts by kind.
#include "palette.h"
#include "views.h"
#include "widgets.h"

namespace depeche::app {
namespace {

void count_badge(const Frame& f, int n, QuoteKind kind) {
    if (n == 0) return;
    ImGui::SameLine();
    const std::string label = f.app.strings.count(n, std::string(to_string(kind)) + "-count");
    ImGui::TextDisabled("%s", label.c_str());
}

}  // namespace

void draw_speakers_view(const Frame& f) {
    const Index& ix = f.app.index;
    if (ix.speakers.empty()) {
        ImGui::TextDisabled("%s", f.tr("no-speakers"));
        return;
    }
    const float pad = ImGui::GetStyle().FramePadding.x;
    const float stripe = ImGui::GetFontSize() * 0.3f;
    for (const SpeakerStats& s : ix.speakers) {
        const Entity& e = f.analysis().entities[s.entity];
        const int rank = ix.speaker_rank[s.entity];
        const bool filtered = f.app.state.filters.speaker == e.id;
        const bool selected = f.app.state.selected == e.id;
        ImGui::PushID(e.id.c_str());
        const Card card = begin_card();
        const ImVec2 at = card.at;
        ImGui::Indent(stripe + pad * 2);
        ImGui::Dummy(ImVec2(0, pad * 0.5f));
        ImGui::PushFont(f.app.fonts.bold);
        ImGui::TextUnformatted(e.name.c_str());
        ImGui::PopFont();
        ImGui::SameLine();
        ImGui::TextDisabled("%s", entity_type_label(f, e));
        if (!e.roles.empty()) {
            ImGui::PushTextWrapPos(at.x + card.width - pad - ImGui::GetWindowPos().x);
            ImGui::TextWrapped("%s", e.roles.front().c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::TextUnformatted(f.app.strings.count(s.total(), "quote-count").c_str());
        count_badge(f, s.direct, QuoteKind::direct);
        count_badge(f, s.indirect, QuoteKind::indirect);
        count_badge(f, s.mixed, QuoteKind::mixed);
        ImGui::Dummy(ImVec2(0, pad * 0.5f));
        ImGui::Unindent(stripe + pad * 2);
        const auto [clicked, hovered, end] = end_card(card);
        if (clicked) f.actions.push_back({Action::Type::toggle_speaker, e.id, QuoteKind::direct});
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float r = ImGui::GetStyle().FrameRounding;
        dl->AddRectFilled(at, end, speaker_fill(rank, f.app.theme, filtered ? 0.22f : hovered ? 0.12f : 0.06f), r);
        dl->AddRectFilled(at, ImVec2(at.x + stripe, end.y), speaker_fill(rank, f.app.theme, 1.0f), r, ImDrawFlags_RoundCornersLeft);
        if (filtered || selected) dl->AddRect(at, end, speaker_fill(rank, f.app.theme, 0.9f), r, 0, 2.0f);
        dl->ChannelsMerge();
        ImGui::Dummy(ImVec2(0, pad));
        ImGui::PopID();
    }
}

}  // namespace depeche::app
