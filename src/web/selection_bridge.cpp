// The selection, filters and views as the page sees them (web/deeplink.js wraps these in
// window.depeche), and the app's platform hooks: a click that selects, a file to save, the
// "Open" dialog. Strings cross as UTF-8; returned pointers stay valid until the next call.
#include "platform.h"
#include "selection_bridge.h"

#include "app/view_state.h"
#include "app/model/state_json.h"

#include <emscripten.h>
#include <imgui.h>

#include <string>

using namespace depeche;

namespace {

EM_JS(void, announce_select, (const char* id), {
    if (Module.onDepecheSelect) Module.onDepecheSelect(UTF8ToString(id));
});

EM_JS(void, announce_state, (), {
    if (Module.onDepecheState) Module.onDepecheState();
});

EM_JS(void, leave_explorer, (int direction), {
    if (Module.onDepecheLeave) Module.onDepecheLeave(direction);
});

EM_JS(void, want_map_detail, (), {
    if (Module.onDepecheMapDetail) Module.onDepecheMapDetail();
});

EM_JS(void, ask_open, (), {
    if (Module.onDepecheOpen) Module.onDepecheOpen();
});

// Saving goes through a Blob link, which a strict CSP allows; a page may take over (Module.onDepecheSave).
EM_JS(void, save_file, (const char* name, const char* mime, const char* data, unsigned length), {
    const text = UTF8ToString(data, length);
    const fileName = UTF8ToString(name);
    const type = UTF8ToString(mime);
    if (Module.onDepecheSave && Module.onDepecheSave(fileName, type, text) === false) return;
    // The bytes as they are: decoding drops a leading byte-order mark, which Excel needs.
    const url = URL.createObjectURL(new Blob([HEAPU8.slice(data, data + length)], {type: type + ';charset=utf-8'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
});

const char* keep(std::string& slot, std::string value) {
    slot = std::move(value);
    return slot.c_str();
}

}  // namespace

namespace depeche::web {

void install_selection_bridge(app::App& app) {
    app.hooks.selection_changed = [](const std::string& id) { announce_select(id.c_str()); };
    app.hooks.state_changed = [] { announce_state(); };
    app.hooks.open_article = [] { ask_open(); };
    app.hooks.map_detail_wanted = [] { want_map_detail(); };
    app.hooks.leave_forward_or_back = [](int direction) { leave_explorer(direction); };
    app.hooks.save_file = [](const std::string& name, const std::string& mime, const std::string& data) {
        save_file(name.c_str(), mime.c_str(), data.data(), static_cast<unsigned>(data.size()));
    };
}

}  // namespace depeche::web

extern "C" {

// Selects an entity (e*), quote (q*), event (ev*) or place (p*); "" clears. Returns 1 when the
// id is known (or cleared), 0 otherwise.
EMSCRIPTEN_KEEPALIVE int depeche_select(const char* id) {
    app::App& a = web::the_app();
    const std::string wanted = id ? id : "";
    if (!wanted.empty() && !a.index.find(a.index.kind_of(wanted), wanted)) return 0;
    // Frames only when something changed, so a page restoring its state costs an idle explorer nothing.
    if (app::dispatch(a, {app::Action::Type::select, wanted, QuoteKind::direct}, false)) web::request_frames();
    return 1;
}

// {"selected", "filters", "dct", "theme", "uiLanguage"}: what a deep link keeps.
EMSCRIPTEN_KEEPALIVE const char* depeche_selection() {
    static std::string json;
    const app::App& a = web::the_app();
    nlohmann::json out = app::state_to_json(a.state);
    const auto& dct = a.document.result.analysis.dct;
    out["dct"] = dct ? nlohmann::json(*dct) : nlohmann::json(nullptr);
    out["theme"] = a.theme == app::Theme::dark ? "dark" : "light";
    out["uiLanguage"] = a.strings.language;
    return keep(json, out.dump());
}

// Replaces the filters: {"speaker": id, "place": id, "kinds": ["direct", ...], "search": text}.
// Returns 0 when the JSON is not an object.
EMSCRIPTEN_KEEPALIVE int depeche_set_filters(const char* json) {
    app::App& a = web::the_app();
    app::Filters filters;
    if (!json || !app::filters_from_json(json, a.index, filters)) return 0;
    if (filters == a.state.filters) return 1;
    std::snprintf(a.views.search, sizeof a.views.search, "%s", filters.search.c_str());
    a.state.filters = std::move(filters);
    if (a.hooks.state_changed) a.hooks.state_changed();
    web::request_frames();
    return 1;
}

// Analyzes the same text with another publication date; 0 and depeche_status() when refused.
EMSCRIPTEN_KEEPALIVE int depeche_set_dct(const char* dct) {
    const bool ok = app::set_dct(web::the_app(), dct ? dct : "");
    web::request_frames();
    return ok ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* depeche_view_state() {
    static std::string json;
    return keep(json, app::view_state(web::the_app()).dump());
}

// "light" or "dark".
EMSCRIPTEN_KEEPALIVE void depeche_set_theme(const char* theme) {
    const app::Theme wanted = theme && std::string(theme) == "dark" ? app::Theme::dark : app::Theme::light;
    if (wanted == web::the_app().theme) return;
    app::set_theme(web::the_app(), wanted);
    web::request_frames();
}

// A JSON array of BCP 47 tags, most wanted first (navigator.languages, or a page's override);
// returns the UI language chosen.
EMSCRIPTEN_KEEPALIVE const char* depeche_set_ui_languages(const char* json) {
    static std::string chosen;
    app::App& a = web::the_app();
    std::vector<std::string> tags;
    const auto list = nlohmann::json::parse(json ? json : "", nullptr, false);
    if (list.is_array())
        for (const auto& t : list)
            if (t.is_string()) tags.push_back(t.get<std::string>());
    const std::string language = app::pick_language(a.strings, tags);
    if (language != a.strings.language && app::set_ui_language(a, language)) web::request_frames();
    return keep(chosen, a.strings.language);
}

// "json" (the analysis), "csv" or "csv-semicolons" (the quotes, the second for a French Excel) or
// "timeline" (TimelineJS): saved as a download.
EMSCRIPTEN_KEEPALIVE int depeche_export(const char* kind) {
    const std::string k = kind ? kind : "";
    const app::Export e = k == "json" ? app::Export::analysis_json : k == "csv" ? app::Export::quotes_csv
                        : k == "csv-semicolons" ? app::Export::quotes_csv_semicolons
                        : k == "timeline" ? app::Export::timeline_json : app::Export::none;
    if (e == app::Export::none) return 0;
    app::export_file(web::the_app(), e);
    return 1;
}

// The interface text for `key` in the UI language, for the page's own words (web/shell.js).
EMSCRIPTEN_KEEPALIVE const char* depeche_ui_text(const char* key) { return web::the_app().strings(key ? key : ""); }

// Tab (+1) or Shift+Tab (-1) on the page moved the focus onto the canvas: the walk starts at the
// explorer's first or last control.
EMSCRIPTEN_KEEPALIVE void depeche_enter_by_tab(int direction) {
    web::the_app().views.entered_by_tab = direction < 0 ? -1 : 1;
    web::request_frames();
}

// Text from the browser's paste event (or a space whose key press the page stopped): typed into
// the focused text box of the app when there is one (ImGui cannot read the system clipboard),
// else 0, and the page opens a paste as an article.
EMSCRIPTEN_KEEPALIVE int depeche_paste_into_input(const char* text) {
    ImGuiIO& io = ImGui::GetIO();
    if (!io.WantTextInput || !text) return 0;
    io.AddInputCharactersUTF8(text);
    web::request_frames();
    return 1;
}

}
