// The header: what the article is (title, source, dateline, language), the publication date the
// relative dates hang on (editable), and the actions: open another article, export, theme, language.
#include "palette.h"
#include "panes.h"
#include "views.h"
#include "widgets.h"

#include "model/typed_date.h"

#include <cstring>
#include <string_view>

namespace depeche::app {
namespace {

void theme_and_languages(const Frame& f) {
    const bool dark = f.app.theme == Theme::dark;
    if (ImGui::Button(dark ? ICON_SUN : ICON_MOON)) f.requests.toggle_theme = true;
    mark_region(f.views, "button:theme");
    if (ImGui::IsItemHovered()) tooltip_text(f.tr(dark ? "theme-light" : "theme-dark"));
    for (const std::string& lang : f.app.strings.languages) {
        ImGui::SameLine();
        std::string label = lang;
        for (char& c : label) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
        const bool current = lang == f.app.strings.language;
        if (current) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::Button(label.c_str()) && !current) f.requests.ui_language = lang;
        mark_region(f.views, "button:lang-" + lang);
        if (current) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered()) tooltip_text(f.tr("ui-language"));
    }
}

// The publication date the relative dates hang on, editable, and what it says of the events.
template <class Next>
void dct_field(const Frame& f, Next& next) {
    const Analysis& a = f.analysis();
    const std::string dct_label = std::string(ICON_CALENDAR " ") + f.tr("dct");
    const float box = ImGui::CalcTextSize("00 septembre 0000").x + ImGui::GetStyle().FramePadding.x * 2;
    next(dct_label, box + ImGui::GetStyle().ItemSpacing.x);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", dct_label.c_str());
    ImGui::SameLine();
    ImGui::SetNextItemWidth(box);
    if (ImGui::InputTextWithHint("##dct", f.tr("dct-none"), f.views.dct, sizeof f.views.dct, ImGuiInputTextFlags_EnterReturnsTrue))
        f.requests.dct = f.views.dct;
    if (ImGui::IsItemDeactivatedAfterEdit() && !f.requests.dct) f.requests.dct = f.views.dct;
    mark_region(f.views, "field:dct");
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("dct-hint"));
    // A DCT the article gave is a reading that may be wrong: say so, the box stays editable.
    if (a.dct_source == DctSource::text && std::string_view(f.views.dct) == a.dct.value_or("")) {
        ImGui::SameLine();
        ImGui::TextDisabled("%s", f.tr("dct-from-text"));
    }
    if (const std::size_t waiting = events_waiting_for_dct(a)) {
        const std::string note = f.app.strings.count(static_cast<long long>(waiting), "events-waiting");
        next(note, 0);
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(ImVec4(0.85f, 0.45f, 0.10f, 1.0f), "%s", note.c_str());
    }
}

// Source, dateline, DCT, language. In a row, each wraps to the next line when the panel is
// narrow; stacked (the compact header's popup), one per line.
void article_details(const Frame& f, bool stacked) {
    const Analysis& a = f.analysis();
    bool first = true;
    auto next = [&](const std::string& text, float extra) {
        if (!first && !stacked) flow(ImGui::CalcTextSize(text.c_str()).x + extra);
        first = false;
    };
    if (a.dateline && !a.dateline->source.empty()) {
        next(a.dateline->source, 0);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", a.dateline->source.c_str());
    }
    if (a.dateline && !a.dateline->place.empty()) {
        const std::string place = ICON_MAP_MARKER " " + a.dateline->place;
        next(place, 0);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", place.c_str());
        if (ImGui::IsItemHovered()) tooltip_text(f.tr("dateline"));
    }
    if (const auto& dossier = f.app.document.dossier) {
        // Each article keeps its own publication date: the dossier shows their range instead.
        std::string earliest, latest;
        for (const DossierArticle& article : dossier->articles)
            if (const auto& dct = article.result.analysis.dct) {
                if (earliest.empty() || *dct < earliest) earliest = *dct;
                if (latest.empty() || *dct > latest) latest = *dct;
            }
        std::string range = std::string(ICON_CALENDAR " ") + f.app.strings.count(static_cast<long long>(dossier->articles.size()), "dossier-articles");
        if (!earliest.empty()) {
            std::string dates = f.tr("dossier-dates");
            for (const std::string* d : {&earliest, &latest})
                if (const auto at = dates.find("{}"); at != std::string::npos) dates.replace(at, 2, *d);
            range += ", " + dates;
        }
        next(range, 0);
        ImGui::AlignTextToFramePadding();
        ImGui::TextDisabled("%s", range.c_str());
    } else {
        dct_field(f, next);
    }
    const std::string language = ICON_GLOBE " " + a.language;
    next(language, 0);
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", language.c_str());
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("language"));
}

// Compact (a phone, a widget in a column), the header is one line: the title, then icons; the
// article's details, the theme and the languages open from the last one.
void actions_row(const Frame& f, bool compact) {
    const std::string open = compact ? std::string(ICON_FOLDER_OPEN) : std::string(ICON_FOLDER_OPEN " ") + f.tr("open");
    if (ImGui::Button(open.c_str())) f.requests.open = true;
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("open-hint"));
    ImGui::SameLine();
    const std::string exp = compact ? std::string(ICON_DOWNLOAD) : std::string(ICON_DOWNLOAD " ") + f.tr("export");
    if (ImGui::Button(exp.c_str())) ImGui::OpenPopup("export");
    if (ImGui::BeginPopup("export")) {
        if (ImGui::Selectable(f.tr("export-json"))) f.requests.export_kind = Export::analysis_json;
        if (ImGui::Selectable(f.tr("export-csv"))) f.requests.export_kind = Export::quotes_csv;
        if (ImGui::Selectable(f.tr("export-csv-semicolons"))) f.requests.export_kind = Export::quotes_csv_semicolons;
        if (ImGui::Selectable(f.tr("export-timeline"))) f.requests.export_kind = Export::timeline_json;
        ImGui::EndPopup();
    }
    ImGui::SameLine();
    if (!compact) {
        theme_and_languages(f);
        return;
    }
    const bool waiting = events_waiting_for_dct(f.analysis()) > 0;
    if (waiting) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.45f, 0.10f, 1.0f));
    if (ImGui::Button(ICON_CALENDAR)) ImGui::OpenPopup("details");
    if (waiting) ImGui::PopStyleColor();
    mark_region(f.views, "button:details");
    if (ImGui::IsItemHovered()) tooltip_text(f.tr("dct"));
    if (ImGui::BeginPopup("details")) {
        article_details(f, true);
        theme_and_languages(f);
        ImGui::EndPopup();
    }
}

float actions_width(const Frame& f, bool compact) {
    const ImGuiStyle& s = ImGui::GetStyle();
    auto button = [&](const std::string& label) { return ImGui::CalcTextSize(label.c_str()).x + s.FramePadding.x * 2 + s.ItemSpacing.x; };
    if (compact) return button(ICON_FOLDER_OPEN) + button(ICON_DOWNLOAD) + button(ICON_CALENDAR);
    float w = button(std::string(ICON_FOLDER_OPEN " ") + f.tr("open"));
    w += button(std::string(ICON_DOWNLOAD " ") + f.tr("export"));
    w += button(ICON_MOON);
    for (std::size_t i = 0; i < f.app.strings.languages.size(); ++i) w += button("FR");
    return w;
}

}  // namespace

void draw_header(const Frame& f) {
    const Analysis& a = f.analysis();
    const float avail = ImGui::GetContentRegionAvail().x;
    const bool compact = avail < ImGui::GetFontSize() * 40;
    const float buttons = actions_width(f, compact);
    const ImVec2 start = ImGui::GetCursorPos();

    ImGui::PushFont(f.app.fonts.bold);
    const float title_room = std::max(ImGui::GetFontSize() * 6, avail - buttons - ImGui::GetFontSize());
    const std::string& name = f.app.document.name;
    std::string title = !a.title.empty() ? a.title : !name.empty() ? name : std::string(f.tr("pasted-text"));
    // Measured, not estimated: a title in capitals is much wider than its letter count says.
    std::string shown = title;
    for (std::size_t chars = title.size(); chars > 12 && ImGui::CalcTextSize(shown.c_str()).x > title_room;) {
        chars = chars * 7 / 8;
        shown = shortened(title, chars);
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(shown.c_str());
    ImGui::PopFont();
    if (shown != title && ImGui::IsItemHovered()) tooltip_text(title);
    ImGui::SetCursorPos(ImVec2(start.x + avail - buttons, start.y));
    actions_row(f, compact);

    if (!compact) article_details(f, false);
    if (!f.app.status.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.78f, 0.22f, 0.16f, 1.0f));
        ImGui::TextWrapped("%s", f.app.status.c_str());
        ImGui::PopStyleColor();
    }
}

void draw_filter_bar(const Frame& f) {
    const State& st = f.app.state;
    const Analysis& a = f.analysis();
    const Index& ix = f.app.index;
    if (!st.filters.active() && st.selected.empty()) return;
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled(ICON_FILTER " %s", f.tr("filtered-by"));
    if (!st.filters.speaker.empty())
        if (const auto e = ix.find(ItemKind::entity, st.filters.speaker)) {
            flow(ImGui::GetFontSize() * 8);
            if (filter_chip((ICON_USER " " + a.entities[*e].name).c_str(), "speaker")) f.actions.push_back({Action::Type::clear_speaker, {}, QuoteKind::direct});
        }
    if (!st.filters.place.empty())
        if (const auto p = ix.find(ItemKind::place, st.filters.place)) {
            flow(ImGui::GetFontSize() * 6);
            if (filter_chip((ICON_MAP_MARKER " " + a.places[*p].name).c_str(), "place")) f.actions.push_back({Action::Type::clear_place, {}, QuoteKind::direct});
        }
    if (st.filters.kinds != kAllKinds) {
        std::string shown;
        for (QuoteKind k : {QuoteKind::direct, QuoteKind::indirect, QuoteKind::mixed})
            if (st.filters.kinds & kind_bit(k)) shown += (shown.empty() ? "" : ", ") + std::string(kind_label(f, k));
        flow(ImGui::GetFontSize() * 8);
        if (filter_chip((ICON_QUOTE " " + shown).c_str(), "kinds")) f.actions.push_back({Action::Type::clear_kinds, {}, QuoteKind::direct});
    }
    if (!st.filters.search.empty()) {
        flow(ImGui::GetFontSize() * 6);
        if (filter_chip((ICON_SEARCH " " + shortened(st.filters.search, 24)).c_str(), "search")) {
            f.views.search[0] = '\0';
            f.actions.push_back({Action::Type::set_search, {}, QuoteKind::direct});
        }
    }
    // The selection gets its own chip unless a filter chip already names it.
    if (!st.selected.empty() && st.selected != st.filters.speaker && st.selected != st.filters.place) {
        std::string label = st.selected;
        switch (ix.kind_of(st.selected)) {
        case ItemKind::entity: if (const auto e = ix.find(ItemKind::entity, st.selected)) label = ICON_USER " " + a.entities[*e].name; break;
        case ItemKind::quote: if (const auto q = ix.find(ItemKind::quote, st.selected)) label = ICON_QUOTE " " + shortened(a.quotes[*q].text, 24); break;
        case ItemKind::event: if (const auto e = ix.find(ItemKind::event, st.selected)) label = ICON_CALENDAR " " + reader_date(f, a.events[*e].value.value_or("?")); break;
        case ItemKind::place: if (const auto p = ix.find(ItemKind::place, st.selected)) label = ICON_MAP_MARKER " " + a.places[*p].name; break;
        default: break;
        }
        const std::string caption = std::string("\xC2\xB7 ") + f.tr("selected");
        flow(ImGui::CalcTextSize(caption.c_str()).x);
        ImGui::TextDisabled("%s", caption.c_str());
        flow(ImGui::CalcTextSize(label.c_str()).x + ImGui::GetFontSize() * 2);
        if (filter_chip(label.c_str(), "selection")) f.select({});
    }
    const std::string reset = std::string(ICON_UNDO " ") + f.tr("reset");
    flow(ImGui::CalcTextSize(reset.c_str()).x + ImGui::GetStyle().FramePadding.x * 2);
    if (ImGui::Button(reset.c_str())) {
        f.views.search[0] = '\0';
        f.actions.push_back({Action::Type::reset, {}, QuoteKind::direct});
    }
}

}  // namespace depeche::app
