// The article as a reader sees it, with quotes shaded in their speaker's colour and mentions,
// dates and places underlined; hover explains, click selects.
#include "palette.h"
#include "symbols.h"
#include "tab_walk.h"
#include "views.h"
#include "widgets.h"

#include "model/place_label.h"

#include <algorithm>

namespace depeche::app {
namespace {

bool same_mark(const Piece& a, const Piece& b) { return a.mark == b.mark && a.item == b.item; }

std::string piece_tooltip(const Frame& f, const Piece& p) {
    const Analysis& a = f.analysis();
    std::string tip;
    if (p.mark == MarkKind::timex) {
        const Timex& t = a.timexes[static_cast<std::size_t>(p.item)];
        tip = ICON_CALENDAR " " + t.text + " " SYMBOL_ARROW " " + (t.value ? reader_date(f, *t.value) + " (" + *t.value + ")" : std::string(f.tr("unresolved")));
    } else if (p.mark == MarkKind::place) {
        const Place& pl = a.places[static_cast<std::size_t>(p.item)];
        tip = ICON_MAP_MARKER " " + place_label(pl, f.app.resources.gazetteer, f.app.strings.language);
    } else if (p.mark == MarkKind::mention) {
        const Entity& e = a.entities[static_cast<std::size_t>(p.item)];
        tip = ICON_USER " " + e.name + (e.roles.empty() ? "" : ", " + e.roles.front());
    }
    if (p.quote >= 0) {
        const Quote& q = a.quotes[static_cast<std::size_t>(p.quote)];
        const Entity* who = f.app.index.speaker_of(q);
        if (!tip.empty()) tip += "\n";
        tip += ICON_QUOTE " " + (who ? who->name : std::string(f.tr("no-speaker"))) + " \xC2\xB7 " + kind_label(f, q.kind) +
               (q.cue.empty() ? "" : " \xC2\xB7 \xC2\xAB\xC2\xA0" + q.cue + "\xC2\xA0\xC2\xBB");
    }
    return tip;
}

// The id a click on the piece selects: the mark under the pointer first, else its quote.
std::string piece_target(const Frame& f, const Piece& p) {
    const Analysis& a = f.analysis();
    switch (p.mark) {
    case MarkKind::timex: {
        // A date selects the event it anchors, when there is one.
        const int ev = f.app.index.timex_event[static_cast<std::size_t>(p.item)];
        if (ev >= 0) return a.events[static_cast<std::size_t>(ev)].id;
        break;
    }
    case MarkKind::place: return a.places[static_cast<std::size_t>(p.item)].id;
    case MarkKind::mention: return a.entities[static_cast<std::size_t>(p.item)].id;
    case MarkKind::none: break;
    }
    return p.quote >= 0 ? a.quotes[static_cast<std::size_t>(p.quote)].id : std::string();
}

void draw_heading(const Frame& f, float width) {
    const Analysis& a = f.analysis();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    if (!a.title.empty()) {
        ImGui::PushFont(f.app.fonts.title);
        ImGui::TextUnformatted(a.title.c_str());
        ImGui::PopFont();
        ImGui::Spacing();
    }
    if (a.dateline) {
        const std::string line = a.dateline->place + (a.dateline->source.empty() ? "" : " / " + a.dateline->source);
        ImGui::TextDisabled("%s", line.c_str());
        ImGui::Spacing();
    }
    ImGui::PopTextWrapPos();
}

}  // namespace

void draw_article_view(const Frame& f) {
    const Analysis& a = f.analysis();
    const std::string& text = f.text();
    const Index& ix = f.app.index;
    ImGui::BeginChild("article", ImVec2(0, 0), false, kPaneWindowFlags);
    const float column = 40.0f * ImGui::GetFontSize();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(avail, column);
    // A comfortable reading measure, centred in wide panels.
    if (avail > column) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - column) * 0.5f);
    const float left = ImGui::GetCursorPosX();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    draw_sources_view(f);
    ImGui::PopTextWrapPos();
    ImGui::SetCursorPosX(left);
    draw_heading(f, width);
    ImGui::SetCursorPosX(left);

    // A new article opens at its top, wherever the last one was scrolled to.
    if (f.views.article.generation != f.app.document.generation) ImGui::SetScrollY(0.0f);
    layout_article(f.views.article, f.app.document.generation, a, text, f.app.fonts.body, width, ImGui::GetFontSize() * 0.6f,
                   f.app.resources.gazetteer.function_words);
    const ArticleLayout& layout = f.views.article;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float top = ImGui::GetCursorPosY();
    ImGui::Dummy(ImVec2(width, layout.height));

    const MarkColours colours = mark_colours(f.app.theme);
    const std::string focus = focused_speaker(f.app.state, ix);
    const State& st = f.app.state;
    const bool filtering = st.filters.active();
    // Quote visibility under the filters, once per frame rather than per piece.
    std::vector<char> shown(a.quotes.size(), filtering ? 0 : 1);
    if (filtering)
        for (std::size_t qi : visible_quotes(st, ix)) shown[qi] = 1;

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float scroll = ImGui::GetScrollY();
    const float view_h = ImGui::GetWindowHeight();
    const float lh = layout.line_height, fs = ImGui::GetFontSize();
    const float text_dy = (lh - fs) * 0.5f;
    const ImVec2 mouse = ImGui::GetMousePos();
    const bool hover_window = ImGui::IsWindowHovered();
    const Piece* hovered = nullptr;
    const std::vector<Piece>& pieces = layout.pieces;
    std::size_t i = first_piece_at(layout, scroll - top);
    for (; i < pieces.size() && pieces[i].y + top < scroll + view_h; ++i) {
        const Piece& p = pieces[i];
        const ImVec2 p0(origin.x + p.x, origin.y + p.y), p1(p0.x + p.w, p0.y + lh);
        if (p.quote >= 0) {
            const Quote& q = a.quotes[static_cast<std::size_t>(p.quote)];
            const auto who = q.speaker ? ix.find(ItemKind::entity, *q.speaker) : std::nullopt;
            const int rank = who ? ix.speaker_rank[*who] : -1;
            const bool on = shown[static_cast<std::size_t>(p.quote)] && (focus.empty() || q.speaker == focus);
            const bool selected = st.selected == q.id;
            float right = p1.x;
            // Shade the space up to the next piece of the same quote on the same line.
            if (i + 1 < pieces.size() && pieces[i + 1].quote == p.quote && pieces[i + 1].y == p.y) right = origin.x + pieces[i + 1].x;
            dl->AddRectFilled(ImVec2(p0.x, p0.y + 1), ImVec2(right, p1.y - 1), speaker_fill(rank, f.app.theme, selected ? 0.42f : on ? 0.22f : 0.06f));
            if (selected) dl->AddLine(ImVec2(p0.x, p1.y - 1), ImVec2(right, p1.y - 1), speaker_fill(rank, f.app.theme, 1.0f), 2.0f);
        }
        if (p.mark != MarkKind::none) {
            ImU32 c = colours.mention;
            if (p.mark == MarkKind::timex) c = colours.timex;
            if (p.mark == MarkKind::place) c = colours.place;
            if (p.mark == MarkKind::mention && ix.speaker_rank[static_cast<std::size_t>(p.item)] >= 0)
                c = speaker_fill(ix.speaker_rank[static_cast<std::size_t>(p.item)], f.app.theme, 1.0f);
            const float y = p0.y + text_dy + fs + 1.5f;
            // The selected item's mentions get a thick underline; dates are dashed, the rest plain.
            const bool chosen = piece_target(f, p) == st.selected;
            const bool dashed = p.mark == MarkKind::timex && !chosen;
            const float thickness = chosen ? std::max(2.5f, fs / 6) : std::max(1.0f, fs / 12);
            // A mention is one line under all its words, the spaces between them included.
            float right = p1.x;
            if (p.mark == MarkKind::mention && i + 1 < pieces.size() && same_mark(pieces[i + 1], p) && pieces[i + 1].y == p.y)
                right = origin.x + pieces[i + 1].x;
            for (float x = p0.x; x < right; x += dashed ? fs * 0.5f : right - p0.x)
                dl->AddLine(ImVec2(x, y), ImVec2(std::min(right, dashed ? x + fs * 0.3f : right), y), chosen ? colours.selection : c, thickness);
        }
        dl->AddText(f.app.fonts.body, fs, ImVec2(p0.x, p0.y + text_dy), ImGui::GetColorU32(ImGuiCol_Text), text.data() + p.start, text.data() + p.end);
        if (hover_window && mouse.x >= p0.x && mouse.x < p1.x && mouse.y >= p0.y && mouse.y < p1.y) hovered = &p;
    }
    if (hovered) {
        const std::string tip = piece_tooltip(f, *hovered);
        if (!tip.empty()) {
            ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            tooltip_text(tip);
        }
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
            const std::string target = piece_target(f, *hovered);
            f.select(target == st.selected ? std::string() : target);
        }
    }
    // Bring the selected item into view once, wherever the selection came from.
    if (!f.views.scroll_article_to.empty()) {
        const std::string& id = f.views.scroll_article_to;
        for (const Piece& p : pieces) {
            if ((p.quote >= 0 && a.quotes[static_cast<std::size_t>(p.quote)].id == id) || (p.mark != MarkKind::none && piece_target(f, p) == id)) {
                ImGui::SetScrollY(std::max(0.0f, top + p.y - view_h * 0.3f));
                break;
            }
        }
        f.views.scroll_article_to.clear();
    }
    ImGui::EndChild();
}

}  // namespace depeche::app
