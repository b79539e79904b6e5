// The article's places on a Web Mercator map: markers sized by mentions, labels that do not
// overlap, a graticule for bearings; drag to pan, wheel to zoom, fit-all, and a flight to the
// place of whatever is selected. A click on a place filters events and quotes to it.
#include "map_renderer.h"
#include "palette.h"
#include "tab_walk.h"
#include "views.h"
#include "widgets.h"

#include "model/place_label.h"

#include <algorithm>
#include <cmath>

namespace depeche::app {
namespace {

constexpr double kFlightSeconds = 0.6;

struct Rect {
    float x0, y0, x1, y1;
    bool overlaps(const Rect& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

// What the first view frames: where the story happens. The dateline's place is where it was
// written, and a country's centre (Russia's is in Siberia) says little of where in it things
// happened, so cities and regions named in the body come first; countries only when the body
// names nothing finer, and the dateline only when it names nothing at all.
std::vector<LonLat> place_points(const Analysis& a) {
    auto in_body = [&](const Place& p) {
        return std::any_of(p.mentions.begin(), p.mentions.end(),
                           [&](const Span& m) { return !a.dateline || !a.dateline->span.contains(m); });
    };
    std::vector<LonLat> precise, body, all;
    for (const Place& p : a.places) {
        all.push_back({p.lon, p.lat});
        if (!in_body(p)) continue;
        body.push_back({p.lon, p.lat});
        if (p.kind == PlaceKind::city || p.kind == PlaceKind::region) precise.push_back({p.lon, p.lat});
    }
    return !precise.empty() ? precise : !body.empty() ? body : all;
}

// Why a place is drawn where it is when its position is a guess, ending in a line break; "" otherwise.
std::string approximation_note(const Analysis& a, const Place& p, const Frame& f) {
    if (!p.approximate) return {};
    const auto host = std::find_if(a.places.begin(), a.places.end(), [&](const Place& q) { return q.id == p.near; });
    if (p.near.empty() || host == a.places.end()) return std::string(f.tr("approximate-place")) + "\n";
    std::string note = f.tr("approximate-near");
    if (const auto at = note.find("{}"); at != std::string::npos) note.replace(at, 2, host->name);
    return note + "\n";
}

void draw_graticule(ImDrawList* dl, const Camera& cam, const Viewport& v, ImVec2 o, const MarkColours& colours) {
    const GeoBounds b = visible_bounds(cam, v);
    const double span = b.east - b.west;
    const double step = span > 120 ? 30 : span > 40 ? 10 : span > 12 ? 5 : span > 4 ? 1 : 0.5;
    for (double lon = std::ceil(b.west / step) * step; lon <= b.east; lon += step) {
        double x = 0, y = 0;
        to_screen(cam, v, {lon, 0}, x, y);
        dl->AddLine(ImVec2(o.x + static_cast<float>(x), o.y), ImVec2(o.x + static_cast<float>(x), o.y + static_cast<float>(v.height)), colours.grid);
    }
    for (double lat = std::ceil(b.south / step) * step; lat <= b.north; lat += step) {
        double x = 0, y = 0;
        to_screen(cam, v, {0, lat}, x, y);
        dl->AddLine(ImVec2(o.x, o.y + static_cast<float>(y)), ImVec2(o.x + static_cast<float>(v.width), o.y + static_cast<float>(y)), colours.grid);
        char label[16];
        std::snprintf(label, sizeof label, "%g\xC2\xB0", lat);
        dl->AddText(ImVec2(o.x + 4, o.y + static_cast<float>(y) + 1), colours.muted, label);
    }
}

}  // namespace

void update_map_camera(const Frame& f, const Viewport& v, bool fit_now) {
    const Analysis& a = f.analysis();
    const Index& ix = f.app.index;
    MapSettings& m = f.views.map;
    const float fs = ImGui::GetFontSize();
    const bool resized = v.width != m.viewport.width || v.height != m.viewport.height;
    m.viewport = v;
    if (m.fitted_generation != f.app.document.generation || fit_now) {
        m.fitted_generation = f.app.document.generation;
        const Camera target = fit(place_points(a), v, fs * 2.5);
        m.flight = fly(m.camera, target, fit_now ? kFlightSeconds : 0.0);
        m.camera = fit_now ? m.camera : target;
        m.flown_to.clear();
    } else if (resized) {
        m.camera = clamp(m.camera, v);
    }

    // Fly to the place of the selection when it changes.
    const auto target_place = map_place(f.app.state, ix);
    const std::string target_id = target_place ? a.places[*target_place].id : std::string();
    if (target_id != m.flown_to) {
        m.flown_to = target_id;
        if (target_place) {
            const Place& p = a.places[*target_place];
            Camera to = m.camera;
            to.x = p.lon;
            to.y = mercator_y(p.lat);
            // Close in on a city, stay wide for a country; never zoom out to reach it.
            const double degrees = p.kind == PlaceKind::country ? 30.0 : 20.0;
            to.scale = std::max(m.camera.scale, std::min(v.width, v.height) / degrees);
            m.flight = fly(m.camera, clamp(to, v), kFlightSeconds);
        }
    }
    if (m.flight.active()) {
        m.camera = advance(m.flight, ImGui::GetIO().DeltaTime);
        f.views.animating = true;
    }
}

void draw_map_view(const Frame& f) {
    const Analysis& a = f.analysis();
    const Index& ix = f.app.index;
    MapSettings& m = f.views.map;
    const float fs = ImGui::GetFontSize();

    const bool fit_now = ImGui::SmallButton(ICON_EXPAND);
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("fit-all"));
    ImGui::SameLine();
    const bool zoom_in = ImGui::SmallButton(ICON_SEARCH_PLUS);
    ImGui::SameLine();
    const bool zoom_out = ImGui::SmallButton(ICON_SEARCH_MINUS);
    if (f.app.map_coarse.mesh.fill.empty()) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", f.tr("graticule-note"));
    }

    const ImVec2 o = ImGui::GetCursorScreenPos();
    const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x, fs * 8), std::max(ImGui::GetContentRegionAvail().y, fs * 8));
    const Viewport v{size.x, size.y};
    update_map_camera(f, v, fit_now);
    const auto target_place = map_place(f.app.state, ix);
    if (zoom_in || zoom_out) m.flight = fly(m.camera, zoom_about(m.camera, v, v.width / 2, v.height / 2, zoom_in ? 2.0 : 0.5), kFlightSeconds * 0.5);

    ImGui::InvisibleButton("map", size);
    ring_if_walked_to();
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiIO& io = ImGui::GetIO();
    if (hovered && f.views.pointer.zoom != 1.0f) {
        m.flight = Flight{};
        m.camera = zoom_about(m.camera, v, io.MousePos.x - o.x, io.MousePos.y - o.y, f.views.pointer.zoom);
    }
    if (ImGui::IsItemActive() && ImGui::IsMouseDragging(ImGuiMouseButton_Left)) {
        m.flight = Flight{};
        m.camera.x -= io.MouseDelta.x / m.camera.scale;
        m.camera.y += io.MouseDelta.y / m.camera.scale;
        m.camera = clamp(m.camera, v);
    }

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const MarkColours colours = mark_colours(f.app.theme);
    dl->PushClipRect(o, ImVec2(o.x + size.x, o.y + size.y), true);
    dl->AddRectFilled(o, ImVec2(o.x + size.x, o.y + size.y), colours.water);
    const MapStyle style{ImGui::ColorConvertU32ToFloat4(colours.land), ImGui::ColorConvertU32ToFloat4(colours.highlight),
                         ImGui::ColorConvertU32ToFloat4(colours.border)};
    if (wants_map_detail(m.camera) && f.app.map_detail.mesh.fill.empty()) f.requests.map_detail = true;
    const MapOutlines& outlines = map_outlines_for(f.app, m.camera);
    draw_map_outlines(dl, outlines.mesh, outlines.flags, f.app.document.generation, o, size, m.camera, style);
    draw_graticule(dl, m.camera, v, o, colours);
    if (a.places.empty()) dl->AddText(ImVec2(o.x + fs, o.y + fs), colours.muted, f.tr("no-places"));

    // Markers, most mentioned first so their labels win the space.
    std::vector<std::size_t> order(a.places.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return a.places[x].mentions.size() > a.places[y].mentions.size(); });
    // Markers first, then labels where they cover neither a marker nor another label nor the edge.
    struct Marker {
        std::size_t place;
        ImVec2 at;
        float r;
    };
    std::vector<Marker> markers;
    std::vector<Rect> taken;
    std::optional<std::size_t> under;
    const std::string& filter = f.app.state.filters.place;
    for (std::size_t i : order) {
        const Place& p = a.places[i];
        double sx = 0, sy = 0;
        to_screen(m.camera, v, {p.lon, p.lat}, sx, sy);
        const ImVec2 at(o.x + static_cast<float>(sx), o.y + static_cast<float>(sy));
        const float r = fs * (0.28f + 0.12f * std::sqrt(static_cast<float>(std::max<std::size_t>(1, p.mentions.size()))));
        markers.push_back({i, at, r});
        taken.push_back({at.x - r, at.y - r, at.x + r, at.y + r});
        const bool dimmed = !filter.empty() && filter != p.id;
        const ImU32 fill = dimmed ? colours.muted : colours.place;
        // A place known only by its département's centre is a ring: where it is drawn is a guess.
        if (p.approximate) {
            dl->AddCircle(at, r, (fill & 0x00FFFFFF) | 0xE0000000, 0, 3.0f);
        } else {
            dl->AddCircleFilled(at, r, (fill & 0x00FFFFFF) | 0xC0000000);
            dl->AddCircle(at, r, IM_COL32(255, 255, 255, 220), 0, 1.5f);
        }
        if (target_place && *target_place == i) dl->AddCircle(at, r + 4, colours.selection, 0, 3.0f);
        const float dx = io.MousePos.x - at.x, dy = io.MousePos.y - at.y;
        if (hovered && dx * dx + dy * dy <= (r + 3) * (r + 3)) under = i;
    }
    const Rect frame{o.x, o.y, o.x + size.x, o.y + size.y};
    // The selected place is labelled first so it always gets its label.
    std::stable_partition(markers.begin(), markers.end(), [&](const Marker& mk) { return target_place && *target_place == mk.place; });
    for (const Marker& mk : markers) {
        const Place& p = a.places[mk.place];
        const bool selected = target_place && *target_place == mk.place;
        const ImVec2 ts = ImGui::CalcTextSize(p.name.c_str());
        const float gap = mk.r + 3, h = ts.y * 0.5f;
        const Rect candidates[] = {{mk.at.x + gap, mk.at.y - h, mk.at.x + gap + ts.x, mk.at.y + h},
                                   {mk.at.x - gap - ts.x, mk.at.y - h, mk.at.x - gap, mk.at.y + h},
                                   {mk.at.x - ts.x * 0.5f, mk.at.y - gap - ts.y, mk.at.x + ts.x * 0.5f, mk.at.y - gap},
                                   {mk.at.x - ts.x * 0.5f, mk.at.y + gap, mk.at.x + ts.x * 0.5f, mk.at.y + gap + ts.y}};
        const Rect* spot = nullptr;
        for (const Rect& c : candidates) {
            const bool inside = c.x0 >= frame.x0 && c.x1 <= frame.x1 && c.y0 >= frame.y0 && c.y1 <= frame.y1;
            const bool free = std::none_of(taken.begin(), taken.end(), [&](const Rect& t) {
                const bool own = t.x0 == mk.at.x - mk.r && t.y0 == mk.at.y - mk.r;
                return !own && t.overlaps(c);
            });
            if (inside && free) {
                spot = &c;
                break;
            }
        }
        if (!spot && !selected) continue;
        const Rect& rect = spot ? *spot : candidates[0];
        taken.push_back(rect);
        dl->AddRectFilled(ImVec2(rect.x0 - 2, rect.y0), ImVec2(rect.x1 + 2, rect.y1), (colours.land & 0x00FFFFFF) | 0xB0000000, 3.0f);
        dl->AddText(selected ? f.app.fonts.bold : f.app.fonts.body, fs, ImVec2(rect.x0, rect.y0), ImGui::GetColorU32(ImGuiCol_Text), p.name.c_str());
    }
    dl->PopClipRect();
    if (under) {
        const Place& p = a.places[*under];
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        tooltip_text(place_label(p, f.app.resources.gazetteer, f.app.strings.language) + "\n" +
                     approximation_note(a, p, f) + f.app.strings.count(static_cast<long long>(p.mentions.size()), "mentions"));
        if (released_without_drag()) f.select(p.id);
    }
}

}  // namespace depeche::app
