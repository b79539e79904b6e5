#include "app.h"

#include "frame.h"
#include "icons.h"
#include "panes.h"
#include "tab_walk.h"
#include "views.h"

#include "core/analysis_json.h"
#include "core/data_file.h"
#include "core/dossier/combined.h"
#include "core/dossier/dossier_json.h"
#include "model/exports.h"
#include "model/typed_date.h"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace depeche::app {
namespace {

// Below this width (in font heights) the views become tabs: a phone, an embed in a column.
constexpr float kWideLayoutEms = 60.0f;

void show_dct(App& app) {
    const std::string dct = app.document.result.analysis.dct.value_or("");
    std::snprintf(app.views.dct, sizeof app.views.dct, "%s", dct.c_str());
}

// The countries the article names, and those of its places, stand out on the map.
void highlight_countries(App& app) {
    std::unordered_set<std::string> named;
    for (const Place& p : app.document.result.analysis.places)
        if (!p.country.empty()) named.insert(p.country);
    for (MapOutlines* outlines : {&app.map_coarse, &app.map_detail}) outlines->flags = highlight_flags(outlines->mesh, named);
}

void load_map_outlines(MapOutlines& outlines, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return;
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string error;
    read_map_mesh(bytes, outlines.mesh, error);
}

void adopt(App& app, Result result) {
    app.document.result = std::move(result);
    app.index = build_index(app.document.result.analysis);
    highlight_countries(app);
    ++app.document.generation;
    app.status.clear();
    show_dct(app);
}

// The shown articles' places in the text and titles, and the articles telling each event on
// screen: combined_result keeps the dossier's events told by a shown article, in order.
void describe_shown_articles(Document& doc) {
    doc.articles = {};
    doc.event_sources.clear();
    if (!doc.dossier) return;
    const auto& articles = doc.dossier->articles;
    const auto shown = [&](std::size_t i) { return i < doc.shown.size() && doc.shown[i]; };
    std::unordered_map<std::string_view, std::size_t> shown_at;
    for (std::size_t i = 0; i < articles.size(); ++i)
        if (shown(i)) {
            const std::string& title = articles[i].result.analysis.title;
            doc.articles.spans.push_back(articles[i].span);
            doc.articles.names.push_back(title.empty() ? articles[i].name : title);
            shown_at.emplace(articles[i].id, doc.articles.names.size() - 1);
        }
    for (const DossierEvent& e : doc.dossier->events) {
        std::string told;
        for (const DossierRef& ref : e.sources)
            if (const auto at = shown_at.find(ref.article); at != shown_at.end())
                if (const std::string& name = doc.articles.names[at->second]; told.find(name) == std::string::npos)
                    told += (told.empty() ? "" : " ; ") + name;
        if (!told.empty()) doc.event_sources.push_back(std::move(told));
    }
}

// A new document opens with no selection, no filter, no search and the chronology at rest.
void start_fresh(App& app) {
    app.state = State{};
    app.views.search[0] = '\0';
    app.views.chronology = ChronologySettings{};
    if (app.hooks.state_changed) app.hooks.state_changed();
}

// What the reader typed stays in the box when it is no date, so they can correct it.
void set_typed_dct(App& app, const std::string& typed) {
    const bool blank = typed.find_first_not_of(' ') == std::string::npos;
    const std::optional<std::string> date = blank ? std::string() : read_typed_date(typed, app.strings);
    if (!date) {
        std::string message = app.strings("dct-invalid");
        if (const auto at = message.find("{date}"); at != std::string::npos) message.replace(at, 6, typed);
        app.status = message;
        return;
    }
    if (*date == app.document.result.analysis.dct.value_or("")) {
        show_dct(app);
        app.status.clear();
        return;
    }
    if (!set_dct(app, *date)) show_dct(app);
}

void apply_requests(App& app, const Requests& r) {
    if (r.dct) set_typed_dct(app, *r.dct);
    if (r.ui_language) set_ui_language(app, *r.ui_language);
    if (r.toggle_theme) set_theme(app, app.theme == Theme::dark ? Theme::light : Theme::dark);
    // The page keeps the reader's choice in the URL and styles its own bar to match.
    if ((r.ui_language || r.toggle_theme) && app.hooks.state_changed) app.hooks.state_changed();
    if (r.open && app.hooks.open_article) app.hooks.open_article();
    if (r.shown) show_articles(app, *r.shown);
    // Asked once: the page fetches the file, or says on its status line that it could not.
    if (r.map_detail && !app.map_detail_asked && app.hooks.map_detail_wanted) {
        app.map_detail_asked = true;
        app.hooks.map_detail_wanted();
    }
    export_file(app, r.export_kind);
}

void panel(const char* id, const char* title, ImVec2 size, void (*draw)(const Frame&), const Frame& f) {
    ImGui::BeginChild(id, size, false, kPaneWindowFlags);
    if (title) {
        ImGui::TextDisabled("%s", title);
        ImGui::Separator();
    }
    draw(f);
    mark_pane(f.views, std::string("pane:") + id);
    ImGui::EndChild();
}

void wide_layout(const Frame& f) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float fs = ImGui::GetFontSize();
    const float chrono_h = std::min(avail.y * 0.4f, chronology_height(f));
    panel("chronology", nullptr, ImVec2(avail.x, chrono_h), draw_chronology_view, f);
    ImGui::Separator();
    const float rest = ImGui::GetContentRegionAvail().y;
    const float side = std::max(fs * 18, avail.x * 0.27f);
    const float middle = avail.x - 2 * side - 2 * style.ItemSpacing.x;
    ImGui::BeginGroup();
    const float speakers_h = std::min(rest * 0.42f, fs * 4.8f * static_cast<float>(std::max<std::size_t>(1, f.app.index.speakers.size())) + fs * 2);
    panel("speakers", f.tr("speakers"), ImVec2(side, speakers_h), draw_speakers_view, f);
    panel("quotes", f.tr("quotes"), ImVec2(side, 0), draw_quotes_view, f);
    ImGui::EndGroup();
    ImGui::SameLine();
    panel("article", nullptr, ImVec2(middle, 0), draw_article_view, f);
    ImGui::SameLine();
    panel("map", f.tr("map"), ImVec2(0, 0), draw_map_view, f);
}

void tab_layout(const Frame& f, std::optional<Tab> jump) {
    if (!ImGui::BeginTabBar("views", ImGuiTabBarFlags_FittingPolicyResizeDown)) return;
    struct Entry {
        Tab tab;
        const char* icon;
        const char* key;
        void (*draw)(const Frame&);
    };
    static constexpr Entry kTabs[] = {{Tab::article, ICON_QUOTE, "article", draw_article_view},
                                      {Tab::speakers, ICON_USER, "speakers", draw_speakers_view},
                                      {Tab::quotes, ICON_SEARCH, "quotes", draw_quotes_view},
                                      {Tab::chronology, ICON_CALENDAR, "chronology", draw_chronology_view},
                                      {Tab::map, ICON_MAP_MARKER, "map", draw_map_view}};
    const bool narrow = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 30;
    ImVec2 content(0, 0);
    for (const Entry& e : kTabs) {
        const std::string label = narrow ? std::string(e.icon) + "##" + e.key : std::string(e.icon) + " " + f.tr(e.key) + "##" + e.key;
        const ImGuiTabItemFlags flags = jump && *jump == e.tab ? ImGuiTabItemFlags_SetSelected : 0;
        const bool open = ImGui::BeginTabItem(label.c_str(), nullptr, flags);
        mark_tab(f.views, std::string("tab:") + e.key);
        if (open) {
            f.views.tab = e.tab;
            if (narrow) {
                ImGui::TextDisabled("%s", f.tr(e.key));
            }
            ImGui::BeginChild(e.key, ImVec2(0, 0), false, kPaneWindowFlags);
            content = ImGui::GetContentRegionAvail();
            e.draw(f);
            mark_pane(f.views, std::string("pane:") + e.key);
            ImGui::EndChild();
            ImGui::EndTabItem();
        }
    }
    ImGui::EndTabBar();
    if (f.views.tab != Tab::map && content.x > 0 && content.y > 0) update_map_camera(f, {content.x, content.y}, false);
}

}  // namespace

bool init_app(App& app, const AppConfig& config, std::string& error) {
    auto resources = load_resources(config.resources, "fr", error);
    if (!resources) return false;
    app.resources = std::move(*resources);
    app.font_files = config.fonts;
    const auto strings = read_json_file(config.ui_strings, error);
    if (!strings || !load_ui_strings(*strings, app.strings, error)) return false;
    load_map_outlines(app.map_coarse, config.map_outlines);
    return true;
}

bool load_text(App& app, std::string text, const std::string& name, std::optional<std::string> dct) {
    Result result = analyze(std::move(text), Options{dct}, app.resources);
    if (!result.ok()) {
        app.status = result.error;
        return false;
    }
    app.document.name = name;
    app.document.requested_dct = std::move(dct);
    app.document.dossier.reset();
    app.document.shown.clear();
    describe_shown_articles(app.document);
    adopt(app, std::move(result));
    start_fresh(app);
    return true;
}

bool load_dossier(App& app, std::vector<DossierInput> inputs, const std::string& name) {
    return show_dossier(app, build_dossier(std::move(inputs), app.resources), name);
}

bool show_dossier(App& app, Dossier dossier, const std::string& name) {
    std::string refused;
    for (const Refusal& r : dossier.refused) refused += (refused.empty() ? "" : "; ") + r.name + " (" + r.reason + ")";
    if (!refused.empty()) refused = app.strings.count(static_cast<long long>(dossier.refused.size()), "files-refused") + " : " + refused;
    if (dossier.articles.empty()) {
        app.status = refused.empty() ? std::string(app.strings("dossier-empty")) : refused;
        return false;
    }
    std::vector<bool> shown(dossier.articles.size(), true);
    Result combined = combined_result(dossier, shown);
    app.document.name = !name.empty() ? name : std::string(app.strings("dossier")) + " : " +
                                                    app.strings.count(static_cast<long long>(dossier.articles.size()), "dossier-articles");
    app.document.requested_dct.reset();
    app.document.dossier = std::move(dossier);
    app.document.shown = std::move(shown);
    describe_shown_articles(app.document);
    adopt(app, std::move(combined));
    app.status = refused;
    start_fresh(app);
    return true;
}

std::vector<DossierInput> articles_on_screen(const App& app, std::string& name) {
    std::vector<DossierInput> inputs;
    name.clear();
    if (const auto& dossier = app.document.dossier) {
        name = app.document.name;
        for (const DossierArticle& article : dossier->articles) {
            const Analysis& a = article.result.analysis;
            inputs.push_back({article.name, article.result.text,
                              a.dct_source == DctSource::given ? a.dct : std::optional<std::string>()});
        }
    } else if (app.document.generation > 0) {
        const std::string& shown = app.document.name.empty() ? std::string(app.strings("pasted-text")) : app.document.name;
        inputs.push_back({shown, app.document.result.text, app.document.requested_dct});
    }
    // A name of the form "Dossier : 3 articles" no longer counts them once more are in.
    if (name.rfind(app.strings("dossier"), 0) == 0) name.clear();
    return inputs;
}

bool show_articles(App& app, std::vector<bool> shown) {
    if (!app.document.dossier || std::none_of(shown.begin(), shown.end(), [](bool b) { return b; })) return false;
    shown.resize(app.document.dossier->articles.size(), false);
    if (shown == app.document.shown) return false;
    Result combined = combined_result(*app.document.dossier, shown);
    app.document.shown = std::move(shown);
    describe_shown_articles(app.document);
    adopt(app, std::move(combined));
    keep_valid(app.state, app.index);
    if (app.hooks.state_changed) app.hooks.state_changed();
    return true;
}


// Takes a new analysis of what is on screen, keeping the selection and filters where it still
// has them; an analysis equal to the one shown changes nothing (the article keeps its scroll).
void replace_analysis(App& app, Result result) {
    if (dump(result.analysis, false) == dump(app.document.result.analysis, false)) return;
    adopt(app, std::move(result));
    keep_valid(app.state, app.index);
    if (app.hooks.state_changed) app.hooks.state_changed();
}

bool set_dct(App& app, const std::string& dct) {
    // Each article of a dossier keeps its own publication date.
    if (app.document.dossier) return false;
    std::optional<std::string> date;
    if (!dct.empty()) date = dct;
    // The repaired text is what the spans index; analyzing a copy of it gives the same offsets.
    Result result = analyze(app.document.result.text, Options{date}, app.resources);
    if (!result.ok()) {
        app.status = result.error;
        return false;
    }
    app.document.requested_dct = std::move(date);
    replace_analysis(app, std::move(result));
    return true;
}

void reanalyze(App& app) {
    if (app.document.generation == 0) return;
    if (app.document.dossier) {
        std::string name;
        Dossier dossier = build_dossier(articles_on_screen(app, name), app.resources);
        // The same texts were accepted before: the same articles come back, in the same order.
        if (dossier.articles.size() != app.document.dossier->articles.size()) return;
        Result combined = combined_result(dossier, app.document.shown);
        app.document.dossier = std::move(dossier);
        describe_shown_articles(app.document);
        replace_analysis(app, std::move(combined));
        return;
    }
    Result result = analyze(app.document.result.text, Options{app.document.requested_dct}, app.resources);
    if (result.ok()) replace_analysis(app, std::move(result));
}

bool add_towns(App& app, std::string_view towns, std::string& error) {
    if (app.resources.gazetteer.has_towns) return true;
    if (!extend_gazetteer(towns, app.resources.tokenizer, app.resources.gazetteer, error)) return false;
    reanalyze(app);
    return true;
}

bool add_map_detail(App& app, std::string_view bytes, std::string& error) {
    MapMesh mesh;
    if (!read_map_mesh(bytes, mesh, error)) return false;
    app.map_detail.mesh = std::move(mesh);
    highlight_countries(app);
    return true;
}

const MapOutlines& map_outlines_for(const App& app, const Camera& camera) {
    return wants_map_detail(camera) && !app.map_detail.mesh.fill.empty() ? app.map_detail : app.map_coarse;
}

void export_file(App& app, Export kind) {
    if (!app.hooks.save_file || kind == Export::none) return;
    std::string stem = app.document.dossier ? "dossier" : std::filesystem::path(app.document.name).stem().string();
    if (stem.empty()) stem = "article";
    switch (kind) {
    case Export::analysis_json:
        if (app.document.dossier) {
            std::ostringstream out;
            write_json(out, *app.document.dossier, true);
            app.hooks.save_file(stem + ".dossier.json", "application/json", out.str());
        } else {
            app.hooks.save_file(stem + ".analysis.json", "application/json", dump(app.document.result.analysis, true));
        }
        break;
    case Export::quotes_csv: app.hooks.save_file(stem + ".quotes.csv", "text/csv", quotes_csv(app.index, ',', app.document.articles)); break;
    case Export::quotes_csv_semicolons:
        app.hooks.save_file(stem + ".quotes-excel.csv", "text/csv", quotes_csv(app.index, ';', app.document.articles));
        break;
    case Export::timeline_json:
        app.hooks.save_file(stem + ".timeline.json", "application/json", timelinejs_json(app.index, app.document.articles));
        break;
    case Export::none: break;
    }
}

bool dispatch(App& app, const Action& action, bool from_inside) {
    const std::string before = app.state.selected;
    if (!apply(app.state, app.index, action)) return false;
    if (app.state.selected != before) {
        app.views.scroll_article_to = app.state.selected;
        app.views.scroll_quotes_to = app.state.selected;
        if (from_inside && app.hooks.selection_changed) app.hooks.selection_changed(app.state.selected);
    }
    if (app.hooks.state_changed) app.hooks.state_changed();
    return true;
}

void set_theme(App& app, Theme theme) {
    app.theme = theme;
    apply_theme(theme, app.fonts.pixel_ratio, app.coarse_pointer);
}

bool set_ui_language(App& app, const std::string& language) {
    if (!app.strings.by_language.count(language)) return false;
    app.strings.language = language;
    return true;
}

void set_coarse_pointer(App& app, bool coarse) {
    app.coarse_pointer = coarse;
    apply_theme(app.theme, app.fonts.pixel_ratio, coarse);
}

bool set_pixel_ratio(App& app, float pixel_ratio, std::string& error) {
    if (!load_fonts(app.fonts, app.font_files, pixel_ratio, error)) return false;
    apply_theme(app.theme, pixel_ratio, app.coarse_pointer);
    return true;
}

void draw_frame(App& app) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Depeche", nullptr, flags);
    walk_every_control_on_tab(app.views.entered_by_tab);
    std::vector<Action> actions;
    Requests requests;
    app.views.animating = false;
    scroll_panes(app.views);
    app.views.regions.clear();
    const Frame f{app, app.views, actions, requests};
    draw_header(f);
    draw_filter_bar(f);
    ImGui::Separator();
    app.views.wide = ImGui::GetContentRegionAvail().x >= ImGui::GetFontSize() * kWideLayoutEms;
    if (app.views.wide) wide_layout(f);
    else tab_layout(f, app.views.jump_to);
    app.views.jump_to.reset();
    // Escape clears the selection (a second Escape leaves the explorer, see web/a11y.js).
    if (!ImGui::GetIO().WantTextInput && !app.state.selected.empty() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        f.select({});
    const int leaving = tab_walk_leaves();
    app.views.walked_to = walked_to();
    ImGui::End();
    if (leaving && app.hooks.leave_forward_or_back) app.hooks.leave_forward_or_back(leaving);

    for (const Action& a : actions) {
        const Tab tab = app.views.tab;
        if (dispatch(app, a, true) && !app.views.wide && tab == Tab::quotes && app.index.kind_of(app.state.selected) == ItemKind::quote)
            app.views.jump_to = Tab::article;  // on a phone, a chosen quote is read in its context
    }
    apply_requests(app, requests);
}

}  // namespace depeche::app
