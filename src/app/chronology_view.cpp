// A horizontal timeline over the compressed axis of model/time_scale.h: events as points (a day)
// or spans (a week, a season, a year), labels stacked so none collides, zoom about the pointer,
// drag to pan, ← → to step from event to event; the selected event's details below.
#include "palette.h"
#include "panes.h"
#include "symbols.h"
#include "tab_walk.h"
#include "views.h"
#include "widgets.h"

#include "model/time_scale.h"

#include <algorithm>
#include <cmath>

namespace depeche::app {
namespace {

constexpr int kLanes = 3;
// Bounds on what one frame lays out, so an article with a hundred thousand dated events still
// scrolls: the events on screen are drawn up to kMaxDrawn, labelled up to kMaxLabelled.
constexpr std::size_t kMaxDrawn = 2000;
constexpr std::size_t kMaxLabelled = 300;
constexpr double kMaxZoom = 60.0;
constexpr std::size_t kMaxListed = 400;  // cards in the phone's list of events

struct Placed {
    std::size_t event;
    DayRange range;
    float x0 = 0, x1 = 0;  // pixels
    int rank = -1;          // colour: the speaker of its first quote
};

int event_rank(const Frame& f, const Event& e) {
    const Index& ix = f.app.index;
    for (const std::string& qid : e.quotes)
        if (const auto q = ix.find(ItemKind::quote, qid))
            if (const auto& s = f.analysis().quotes[*q].speaker)
                if (const auto who = ix.find(ItemKind::entity, *s)) return ix.speaker_rank[*who];
    return -1;
}

void clamp_view(ChronologySettings& c) {
    c.zoom = std::clamp(c.zoom, 1.0, kMaxZoom);
    c.offset = std::clamp(c.offset, 0.0, 1.0 - 1.0 / c.zoom);
}

// Zooms keeping the axis point `u` where it is on screen.
void zoom_about(ChronologySettings& c, double u, double factor) {
    const double at = (u - c.offset) * c.zoom;  // where u is, as a fraction of the panel
    c.zoom *= factor;
    clamp_view(c);
    c.offset = u - at / c.zoom;
    clamp_view(c);
}

// The zoom buttons keep the selected event where it is when it is on screen, else the middle.
double zoom_centre(const ChronologySettings& c, std::optional<double> selected) {
    if (selected && *selected >= c.offset && *selected <= c.offset + 1.0 / c.zoom) return *selected;
    return c.offset + 0.5 / c.zoom;
}

float axis_height(float fs) { return fs * 1.5f * kLanes + fs * 0.8f + fs * 2.6f; }

std::string gap_label(const Frame& f, int days) {
    if (days >= 730) return SYMBOL_APPROX " " + std::to_string(static_cast<int>(std::lround(days / 365.25))) + " " + f.tr("years-skipped");
    if (days >= 60) return SYMBOL_APPROX " " + std::to_string(static_cast<int>(std::lround(days / 30.44))) + " " + f.tr("months-skipped");
    return std::to_string(days) + " " + f.tr("days-skipped");
}

// Ticks inside one segment at the finest calendar unit that leaves room for their labels.
void draw_ticks(const Frame& f, ImDrawList* dl, const AxisSegment& s, double px0, double px1, float axis_y, float clip_l, float clip_r) {
    const MarkColours colours = mark_colours(f.app.theme);
    const double per_day = (px1 - px0) / (s.last - s.first);
    const float min_gap = ImGui::GetFontSize() * 5.5f;
    enum Unit { day, month, year, decade } unit = decade;
    if (per_day * 1 >= min_gap) unit = day;
    else if (per_day * 30 >= min_gap) unit = month;
    else if (per_day * 365 >= min_gap) unit = year;
    int y = 0, m = 0, d = 0;
    civil_from_days(static_cast<int>(std::ceil(s.first)), y, m, d);
    if (unit != day) d = 1;
    if (unit == year || unit == decade) m = 1;
    if (unit == decade) y = y / 10 * 10;
    for (int n = 0; n < 400; ++n) {
        const int day_number = days_from_civil(y, m, d);
        if (day_number > s.last) break;
        if (day_number >= s.first) {
            const float x = static_cast<float>(px0 + (day_number - s.first) * per_day);
            if (x >= clip_l && x <= clip_r) {
                dl->AddLine(ImVec2(x, axis_y), ImVec2(x, axis_y + ImGui::GetFontSize() * 0.4f), colours.axis);
                std::string label = std::to_string(y);
                if (unit == month) label = std::string(f.tr(("month-short-" + std::to_string(m)).c_str())) + " " + label;
                if (unit == day) label = std::to_string(d) + " " + f.tr(("month-short-" + std::to_string(m)).c_str());
                dl->AddText(ImVec2(x + 3, axis_y + ImGui::GetFontSize() * 0.35f), colours.muted, label.c_str());
            }
        }
        if (unit == day) civil_from_days(day_number + 1, y, m, d);
        else if (unit == month) {
            if (++m > 12) { m = 1; ++y; }
        } else y += unit == year ? 1 : 10;
    }
}

void draw_details(const Frame& f, std::size_t ei) {
    const Analysis& a = f.analysis();
    const Index& ix = f.app.index;
    const Event& e = a.events[ei];
    ImGui::PushFont(f.app.fonts.bold);
    ImGui::TextUnformatted(e.value ? reader_date(f, *e.value).c_str() : f.tr("unresolved"));
    ImGui::PopFont();
    if (e.place)
        if (const auto p = ix.find(ItemKind::place, *e.place)) {
            ImGui::SameLine();
            const std::string label = ICON_MAP_MARKER " " + a.places[*p].name;
            if (chip(label.c_str(), ImGui::ColorConvertU32ToFloat4(mark_colours(f.app.theme).place), f.app.state.filters.place == a.places[*p].id, &a.places[*p]))
                f.select(a.places[*p].id);
        }
    if (!e.summary.empty()) ImGui::TextWrapped("%s", e.summary.c_str());
    // In a dossier, every article that tells it.
    if (ei < f.app.document.event_sources.size()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("%s %s", ICON_NEWSPAPER, f.app.document.event_sources[ei].c_str());
        ImGui::PopStyleColor();
    }
    for (const std::string& qid : e.quotes) {
        const auto q = ix.find(ItemKind::quote, qid);
        if (!q) continue;
        const Quote& quote = a.quotes[*q];
        ImGui::PushID(qid.c_str());
        speaker_chip(f, quote.speaker, &quote);
        ImGui::SameLine();
        const std::string line = shortened(quote.text, 90);
        if (ImGui::Selectable(line.c_str(), f.app.state.selected == qid)) f.select(qid);
        ImGui::PopID();
    }
}

// On a phone or a tablet the axis leaves most of the tab empty and its labels are cut at the
// edges: the dated events are also listed under it, in order, one card each.
void draw_event_list(const Frame& f, const std::vector<std::size_t>& order) {
    const Analysis& a = f.analysis();
    const Index& ix = f.app.index;
    const float pad = ImGui::GetStyle().FramePadding.x;
    for (std::size_t i = 0; i < order.size() && i < kMaxListed; ++i) {
        const Event& e = a.events[order[i]];
        const bool selected = f.app.state.selected == e.id;
        const int rank = event_rank(f, e);
        ImGui::PushID(e.id.c_str());
        const Card card = begin_card();
        ImGui::Indent(pad * 2);
        ImGui::Dummy(ImVec2(0, pad * 0.25f));
        ImGui::PushFont(f.app.fonts.bold);
        ImGui::TextUnformatted(reader_date(f, *e.value).c_str());
        ImGui::PopFont();
        if (e.place)
            if (const auto p = ix.find(ItemKind::place, *e.place)) {
                ImGui::SameLine();
                ImGui::TextDisabled(ICON_MAP_MARKER " %s", a.places[*p].name.c_str());
            }
        if (!e.summary.empty()) {
            ImGui::PushTextWrapPos(card.at.x + card.width - pad * 2 - ImGui::GetWindowPos().x);
            ImGui::TextWrapped("%s", e.summary.c_str());
            ImGui::PopTextWrapPos();
        }
        ImGui::Dummy(ImVec2(0, pad * 0.25f));
        ImGui::Unindent(pad * 2);
        const auto [clicked, hovered, end] = end_card(card);
        if (clicked) f.select(selected ? std::string() : e.id);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float r = ImGui::GetStyle().FrameRounding;
        dl->AddRectFilled(card.at, end, speaker_fill(rank, f.app.theme, selected ? 0.20f : hovered ? 0.10f : 0.04f), r);
        dl->AddRectFilled(card.at, ImVec2(card.at.x + pad * 0.6f, end.y), speaker_fill(rank, f.app.theme, 1.0f), r, ImDrawFlags_RoundCornersLeft);
        if (selected) dl->AddRect(card.at, end, speaker_fill(rank, f.app.theme, 0.9f), r, 0, 2.0f);
        dl->ChannelsMerge();
        ImGui::Dummy(ImVec2(0, pad * 0.5f));
        ImGui::PopID();
    }
    if (order.size() > kMaxListed) ImGui::TextDisabled("+ %zu", order.size() - kMaxListed);
}

void step(const Frame& f, const std::vector<std::size_t>& order, int direction) {
    if (order.empty()) return;
    const auto current = chronology_event(f.app.state, f.app.index);
    std::size_t at = direction > 0 ? 0 : order.size() - 1;
    if (current) {
        const auto it = std::find(order.begin(), order.end(), *current);
        if (it != order.end()) {
            const auto pos = static_cast<std::ptrdiff_t>(it - order.begin()) + direction;
            if (pos < 0 || pos >= static_cast<std::ptrdiff_t>(order.size())) return;
            at = static_cast<std::size_t>(pos);
        }
    }
    f.select(f.analysis().events[order[at]].id);
}

}  // namespace

void draw_chronology_view(const Frame& f) {
    const Analysis& a = f.analysis();
    ChronologySettings& c = f.views.chronology;
    const std::vector<std::size_t> events = visible_events(f.app.state, f.app.index);
    std::vector<Placed> placed;
    std::vector<DayRange> ranges;
    std::vector<std::size_t> dated;
    for (std::size_t ei : events) {
        const auto r = a.events[ei].value ? day_range(*a.events[ei].value, a.dct) : std::nullopt;
        if (!r) continue;
        placed.push_back({ei, *r, 0, 0, event_rank(f, a.events[ei])});
        ranges.push_back(*r);
        dated.push_back(ei);
    }
    if (placed.empty()) {
        ImGui::TextDisabled("%s", f.tr("no-events"));
        return;
    }
    const TimeScale scale = build_time_scale(ranges);
    const float fs = ImGui::GetFontSize();
    const auto current = chronology_event(f.app.state, f.app.index);
    std::optional<double> current_u;
    if (current && a.events[*current].value)
        if (const auto r = day_range(*a.events[*current].value, a.dct)) current_u = scale.x(r->first);

    // Toolbar.
    if (ImGui::SmallButton(ICON_SEARCH_MINUS)) zoom_about(c, zoom_centre(c, current_u), 1 / 1.5);
    mark_region(f.views, "button:zoom-out");
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("zoom-out"));
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_SEARCH_PLUS)) zoom_about(c, zoom_centre(c, current_u), 1.5);
    mark_region(f.views, "button:zoom-in");
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("zoom-in"));
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_EXPAND)) c = ChronologySettings{};
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("fit-all"));
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_ARROW_LEFT)) step(f, dated, -1);
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("step-hint"));
    ImGui::SameLine();
    if (ImGui::SmallButton(ICON_ARROW_RIGHT)) step(f, dated, +1);
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("step-hint"));
    clamp_view(c);

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(ImGui::GetContentRegionAvail().x, fs * 10);
    const float lane_h = fs * 1.5f;
    const float axis_y = origin.y + lane_h * kLanes + fs * 0.8f;
    const float height = axis_height(fs);
    const float margin = fs * 1.0f;
    const float inner = width - 2 * margin;
    auto px = [&](double u) { return origin.x + margin + static_cast<float>((u - c.offset) * c.zoom * inner); };

    ImGui::InvisibleButton("axis", ImVec2(width, height));
    ring_if_walked_to();
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    if (hovered && f.views.pointer.zoom != 1.0f)
        zoom_about(c, c.offset + (io.MousePos.x - origin.x - margin) / (c.zoom * inner), f.views.pointer.zoom);
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        c.offset -= io.MouseDelta.x / (c.zoom * inner);
        clamp_view(c);
    }
    // The selected event is brought into view once, when it changes.
    const std::string current_id = current ? a.events[*current].id : std::string();
    if (current_id != c.centred_on) {
        c.centred_on = current_id;
        if (current) {
            if (const auto r = a.events[*current].value ? day_range(*a.events[*current].value, a.dct) : std::nullopt) {
                const float x = px(scale.x(r->first));
                if (x < origin.x + margin || x > origin.x + width - margin) {
                    c.offset = scale.x(r->first) - 0.5 / c.zoom;
                    clamp_view(c);
                }
            }
        }
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const MarkColours colours = mark_colours(f.app.theme);
    const ImVec2 clip0(origin.x, origin.y), clip1(origin.x + width, origin.y + height);
    dl->PushClipRect(clip0, clip1, true);
    for (const AxisSegment& s : scale.segments) {
        const float x0 = px(s.x0), x1 = px(s.x1);
        dl->AddLine(ImVec2(x0, axis_y), ImVec2(x1, axis_y), colours.axis, 2.0f);
        draw_ticks(f, dl, s, x0, x1, axis_y, clip0.x, clip1.x);
    }
    for (const AxisBreak& b : scale.breaks) {
        const float x0 = px(b.x0), x1 = px(b.x1), mid = (x0 + x1) * 0.5f, h = fs * 0.35f;
        for (float x = x0; x < x1; x += fs * 0.5f) dl->AddLine(ImVec2(x, axis_y), ImVec2(std::min(x1, x + fs * 0.25f), axis_y), colours.muted, 1.5f);
        dl->AddLine(ImVec2(mid - h * 0.6f, axis_y + h), ImVec2(mid - h * 0.1f, axis_y - h), colours.axis, 1.5f);
        dl->AddLine(ImVec2(mid + h * 0.1f, axis_y + h), ImVec2(mid + h * 0.6f, axis_y - h), colours.axis, 1.5f);
        const std::string label = gap_label(f, b.skipped_days);
        const ImVec2 size = ImGui::CalcTextSize(label.c_str());
        // Below the tick labels' row, which may reach into the break.
        if (size.x < x1 - x0) dl->AddText(ImVec2(mid - size.x * 0.5f, axis_y + fs * 1.45f), colours.muted, label.c_str());
    }

    // Events and their labels, left to right.
    for (Placed& p : placed) {
        p.x0 = px(scale.x(p.range.first));
        p.x1 = p.range.is_day() ? p.x0 : px(scale.x(p.range.last + 1));
    }
    // Labels read rightwards from their event, or leftwards when they would leave the panel.
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < placed.size() && order.size() < kMaxDrawn; ++i)
        if (placed[i].x1 >= clip0.x && placed[i].x0 <= clip1.x) order.push_back(i);
    std::vector<std::string> labels(placed.size());
    std::vector<LabelExtent> label_at(placed.size());
    std::size_t labelled = 0;
    for (std::size_t i : order) {
        const Event& e = a.events[placed[i].event];
        const bool chosen = current && *current == placed[i].event;
        if (labelled >= kMaxLabelled && !chosen) {
            label_at[i] = {placed[i].x0, placed[i].x0};
            continue;
        }
        ++labelled;
        labels[i] = reader_date(f, *e.value);
        if (!e.summary.empty()) labels[i] += " \xC2\xB7 " + shortened(e.summary, 26);
        const float w = ImGui::CalcTextSize(labels[i].c_str()).x;
        const float x = placed[i].x0;
        label_at[i] = x + w > clip1.x - 2 ? LabelExtent{x - w - 2, x} : LabelExtent{x + 2, x + w + 2};
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return label_at[x].x0 < label_at[y].x0; });
    std::vector<LabelExtent> extents;
    for (std::size_t i : order) extents.push_back(label_at[i]);
    std::vector<int> lanes = assign_lanes(extents, kLanes, fs * 0.6);
    for (std::size_t k = 0; k < order.size(); ++k)
        if (labels[order[k]].empty()) lanes[k] = -1;
    // The selected event always shows its label, in the lane nearest the axis if it had none.
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (!current || placed[order[k]].event != *current || lanes[k] >= 0) continue;
        for (std::size_t j = 0; j < order.size(); ++j)
            if (lanes[j] == 0 && extents[j].x0 < extents[k].x1 && extents[k].x0 < extents[j].x1) lanes[j] = -1;
        lanes[k] = 0;
    }
    const ImVec2 mouse = io.MousePos;
    std::optional<std::size_t> under;
    for (std::size_t k = 0; k < order.size(); ++k) {
        const Placed& p = placed[order[k]];
        const bool selected = current && *current == p.event;
        const ImU32 col = p.rank >= 0 ? speaker_fill(p.rank, f.app.theme, 1.0f) : colours.axis;
        const float r = fs * (selected ? 0.45f : 0.32f);
        if (p.range.is_day()) {
            dl->AddCircleFilled(ImVec2(p.x0, axis_y), r, col);
            if (selected) dl->AddCircle(ImVec2(p.x0, axis_y), r + 3, colours.selection, 0, 2.5f);
        } else {
            const ImVec2 b0(p.x0, axis_y - r * 0.8f), b1(std::max(p.x1, p.x0 + r), axis_y + r * 0.8f);
            dl->AddRectFilled(b0, b1, (col & 0x00FFFFFF) | (selected ? 0xD0000000 : 0x90000000), r * 0.8f);
            if (selected) dl->AddRect(ImVec2(b0.x - 2, b0.y - 2), ImVec2(b1.x + 2, b1.y + 2), colours.selection, r, 0, 2.5f);
        }
        bool label_hit = false;
        if (lanes[k] >= 0) {
            const LabelExtent& le = extents[k];
            const float ly = axis_y - fs * 0.9f - lane_h * static_cast<float>(lanes[k] + 1);
            dl->AddLine(ImVec2(p.x0, ly + fs), ImVec2(p.x0, axis_y - r), (col & 0x00FFFFFF) | 0x80000000, 1.0f);
            dl->AddText(selected ? f.app.fonts.bold : f.app.fonts.body, fs, ImVec2(static_cast<float>(le.x0), ly), ImGui::GetColorU32(ImGuiCol_Text),
                        labels[order[k]].c_str());
            label_hit = mouse.x >= le.x0 && mouse.x <= le.x1 && mouse.y >= ly && mouse.y <= ly + fs;
        }
        const bool mark_hit = mouse.x >= std::min(p.x0, p.x1) - r && mouse.x <= std::max(p.x0, p.x1) + r && std::abs(mouse.y - axis_y) <= r + 3;
        if (hovered && (label_hit || mark_hit)) under = p.event;
    }
    dl->PopClipRect();
    if (under) {
        const Event& e = a.events[*under];
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        tooltip_text(reader_date(f, *e.value) + (e.summary.empty() ? "" : "\n" + e.summary));
        if (released_without_drag()) f.select(e.id);
    }

    // Keyboard stepping, unless the reader is typing.
    if (!io.WantTextInput) {
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_RightArrow), false)) step(f, dated, +1);
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_LeftArrow), false)) step(f, dated, -1);
    }

    ImGui::Separator();
    ImGui::BeginChild("event-details", ImVec2(0, 0), false, kPaneWindowFlags);
    if (current) draw_details(f, *current);
    else if (f.views.wide) ImGui::TextDisabled("%s", f.tr("chronology-hint"));
    if (!f.views.wide) {
        if (current) ImGui::Separator();
        draw_event_list(f, dated);
    }
    mark_pane(f.views, "pane:events");
    ImGui::EndChild();
}

float chronology_height(const Frame& f) {
    const float fs = ImGui::GetFontSize();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float lines = ImGui::GetTextLineHeightWithSpacing();
    // Under a filter that leaves no dated event ("no dated event" after a click on a place), one line.
    const std::vector<std::size_t> shown = visible_events(f.app.state, f.app.index);
    const bool dated = std::any_of(shown.begin(), shown.end(), [&](std::size_t ei) { return f.analysis().events[ei].value.has_value(); });
    if (!dated) return lines + style.WindowPadding.y * 2;
    // The details hold a date, a summary and a few quotes when an event is chosen; one line of
    // hint otherwise, rather than an empty box.
    const auto current = chronology_event(f.app.state, f.app.index);
    const float details = current ? lines * (2.5f + static_cast<float>(std::min<std::size_t>(3, f.analysis().events[*current].quotes.size())))
                                  : lines;
    return ImGui::GetFrameHeightWithSpacing() + axis_height(fs) + style.ItemSpacing.y * 2 + details + style.WindowPadding.y * 2;
}

}  // namespace depeche::app
