// Every quote with its speaker, kind, cue and time; searchable and filterable; a click selects
// it and brings it into view in the article.
#include "palette.h"
#include "panes.h"
#include "tab_walk.h"
#include "views.h"
#include "widgets.h"

#include <cstring>

namespace depeche::app {
namespace {

// A list longer than this is cut: nobody reads the 5000th quote of a list, they search.
constexpr std::size_t kMaxListed = 400;

void filters_row(const Frame& f) {
    ImGui::SetNextItemWidth(-1);
    if (ImGui::InputTextWithHint("##search", f.tr("search-quotes"), f.views.search, sizeof f.views.search))
        f.actions.push_back({Action::Type::set_search, f.views.search, QuoteKind::direct});
    // "All" is a chip of its own, so a kind reads as on only when the reader chose it.
    const unsigned kinds = f.app.state.filters.kinds;
    if (toggle_chip(f.tr("all-kinds"), kinds == kAllKinds, "all-kinds"))
        f.actions.push_back({Action::Type::clear_kinds, {}, QuoteKind::direct});
    mark_region(f.views, "chip:all-kinds");
    for (QuoteKind k : {QuoteKind::direct, QuoteKind::indirect, QuoteKind::mixed}) {
        ImGui::SameLine();
        if (toggle_chip(kind_label(f, k), kinds != kAllKinds && (kinds & kind_bit(k)), to_string(k)))
            f.actions.push_back({Action::Type::toggle_kind, {}, k});
        mark_region(f.views, std::string("chip:") + to_string(k));
    }
}

void quote_card(const Frame& f, std::size_t qi) {
    const Quote& q = f.analysis().quotes[qi];
    const Index& ix = f.app.index;
    const bool selected = f.app.state.selected == q.id;
    const auto who = q.speaker ? ix.find(ItemKind::entity, *q.speaker) : std::nullopt;
    const int rank = who ? ix.speaker_rank[*who] : -1;
    ImGui::PushID(q.id.c_str());
    const float pad = ImGui::GetStyle().FramePadding.x;
    const Card card = begin_card();
    const ImVec2 at = card.at;
    ImGui::Dummy(ImVec2(0, pad * 0.25f));
    ImGui::Indent(pad * 2);
    speaker_chip(f, q.speaker, &q);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", kind_label(f, q.kind));
    if (!q.cue.empty()) {
        ImGui::SameLine();
        ImGui::Text("\xC2\xAB\xC2\xA0%s\xC2\xA0\xC2\xBB", q.cue.c_str());
    }
    const int ev = ix.quote_event[qi];
    if (ev >= 0 && f.analysis().events[static_cast<std::size_t>(ev)].value) {
        const std::string when = ICON_CALENDAR " " + reader_date(f, *f.analysis().events[static_cast<std::size_t>(ev)].value);
        flow(ImGui::CalcTextSize(when.c_str()).x);
        ImGui::TextDisabled("%s", when.c_str());
    }
    // In a dossier, which article said it: a speaker's statements read article by article.
    if (const std::string& source = f.app.document.articles.at(q.span.start); !source.empty()) {
        const std::string from = ICON_NEWSPAPER " " + shortened(source, 48);
        flow(ImGui::CalcTextSize(from.c_str()).x);
        ImGui::TextDisabled("%s", from.c_str());
        if (ImGui::IsItemHovered() && from.size() < source.size()) tooltip_text(source);
    }
    ImGui::PushTextWrapPos(at.x + card.width - pad * 2 - ImGui::GetWindowPos().x);
    if (q.kind == QuoteKind::direct) ImGui::TextWrapped("\xC2\xAB\xC2\xA0%s\xC2\xA0\xC2\xBB", q.text.c_str());
    else ImGui::TextWrapped("%s", q.text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::Unindent(pad * 2);
    ImGui::Dummy(ImVec2(0, pad * 0.25f));
    const auto [clicked, hovered, end] = end_card(card);
    if (clicked) f.select(selected ? std::string() : q.id);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = ImGui::GetStyle().FrameRounding;
    dl->AddRectFilled(at, end, speaker_fill(rank, f.app.theme, selected ? 0.20f : hovered ? 0.10f : 0.05f), r);
    dl->AddRectFilled(at, ImVec2(at.x + pad * 0.6f, end.y), speaker_fill(rank, f.app.theme, 1.0f), r, ImDrawFlags_RoundCornersLeft);
    if (selected) dl->AddRect(at, end, speaker_fill(rank, f.app.theme, 0.9f), r, 0, 2.0f);
    dl->ChannelsMerge();
    if (f.views.scroll_quotes_to == q.id) {
        ImGui::SetScrollHereY(0.2f);
        f.views.scroll_quotes_to.clear();
    }
    ImGui::Dummy(ImVec2(0, pad * 0.5f));
    ImGui::PopID();
}

}  // namespace

void draw_quotes_view(const Frame& f) {
    filters_row(f);
    ImGui::Separator();
    ImGui::BeginChild("quote-list", ImVec2(0, 0), false, kPaneWindowFlags);
    const std::vector<std::size_t> shown = visible_quotes(f.app.state, f.app.index);
    if (shown.empty()) ImGui::TextDisabled("%s", f.tr("no-quotes"));
    for (std::size_t i = 0; i < shown.size() && i < kMaxListed; ++i) quote_card(f, shown[i]);
    if (shown.size() > kMaxListed) ImGui::TextDisabled("+ %zu", shown.size() - kMaxListed);
    ImGui::EndChild();
}

}  // namespace depeche::app
