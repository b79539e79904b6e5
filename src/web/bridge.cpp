// The functions JavaScript calls (web/shell.js wraps them in window.depeche). Strings cross as
// UTF-8 in the wasm heap; returned pointers stay valid until the next call of the same function.
#include "platform.h"

#include "app/model/typed_date.h"
#include "core/analysis_json.h"

#include <emscripten.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace depeche;

std::optional<std::string> web::read_bundled(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

namespace {

// Hands a file the page fetched after its first frame to one of the app's add functions: 2 when
// it is in and the analysis on screen changed, 1 when it is in and did not, 0 with the reason in
// the status. Frames are asked for on an error, a new analysis, or always when the file changes
// the drawing itself.
int add_later(std::string_view bytes, bool (*add)(app::App&, std::string_view, std::string&), bool redraws) {
    app::App& a = web::the_app();
    const unsigned generation = a.document.generation;
    std::string error;
    const bool ok = add(a, bytes, error);
    if (!ok) a.status = error;
    const bool changed = a.document.generation != generation;
    if (!ok || changed || redraws) web::request_frames();
    return !ok ? 0 : changed ? 2 : 1;
}

// The same file from a copy inside the module; 0 when the module holds none.
int add_bundled(const char* path, int (*add)(const char*, unsigned)) {
    const auto bytes = web::read_bundled(path);
    return bytes ? add(bytes->data(), static_cast<unsigned>(bytes->size())) : 0;
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE unsigned depeche_max_input_bytes() { return static_cast<unsigned>(kMaxInputBytes); }

// Returns 1 when the text was accepted; otherwise the previous article stays and
// depeche_status() says why.
EMSCRIPTEN_KEEPALIVE int depeche_load(const char* bytes, unsigned length, const char* name, const char* dct) {
    std::optional<std::string> date;
    if (dct && *dct) date = dct;
    web::mark("depeche-analysis-start");
    const bool ok = app::load_text(web::the_app(), std::string(bytes, length), name ? name : "", date);
    web::mark("depeche-analysis-end");
    web::request_frames();
    return ok ? 1 : 0;
}

// Loads an article bundled in the module (the launch article, for pages that open on it and
// for the offline file, which cannot fetch).
EMSCRIPTEN_KEEPALIVE int depeche_load_bundled(const char* path, const char* dct) {
    const auto text = web::read_bundled(path ? path : "");
    if (!text) {
        web::the_app().status = std::string("no bundled article at ") + (path ? path : "");
        return 0;
    }
    const std::string name = std::filesystem::path(path).filename().string();
    return depeche_load(text->data(), static_cast<unsigned>(text->size()), name.c_str(), dct);
}

// A publication date as a reader types it ("14/05/2024", "14 mai 2024") in ISO form, or "" when
// it is no day of the calendar.
EMSCRIPTEN_KEEPALIVE const char* depeche_read_date(const char* typed) {
    static std::string out;
    out = app::read_typed_date(typed ? typed : "", web::the_app().strings).value_or("");
    return out.c_str();
}

// The gazetteer's smaller towns (gazetteer-towns.json, fetched by the page after its first
// frame); what is on screen is analyzed again with them. 2 when they are in and the analysis on
// screen changed, 1 when they are in and it did not, 0 with the reason in depeche_status().
EMSCRIPTEN_KEEPALIVE int depeche_add_towns(const char* bytes, unsigned length) {
    // Nothing to paint when the analysis on screen stayed the same: an idle page stays idle.
    return add_later(std::string_view(bytes, length), app::add_towns, false);
}

// The same from a copy inside the module (the offline file, which cannot fetch); 0 also when the
// module holds none.
EMSCRIPTEN_KEEPALIVE int depeche_add_bundled_towns() {
    return add_bundled("/generated/gazetteer-towns.json", depeche_add_towns);
}

// The 1:50M outlines (world-50m.bin), which the page fetches when the map is first zoomed in
// (Module.onDepecheMapDetail). Non-zero when they are in, 0 with the reason in depeche_status().
EMSCRIPTEN_KEEPALIVE int depeche_add_map_detail(const char* bytes, unsigned length) {
    return add_later(std::string_view(bytes, length), app::add_map_detail, true);
}

// The same from a copy inside the module (the offline file); 0 also when the module holds none.
EMSCRIPTEN_KEEPALIVE int depeche_add_bundled_map_detail() {
    return add_bundled("/generated/map/world-50m.bin", depeche_add_map_detail);
}

EMSCRIPTEN_KEEPALIVE const char* depeche_status() { return web::the_app().status.c_str(); }

EMSCRIPTEN_KEEPALIVE const char* depeche_analysis_json() {
    static std::string json;
    const app::Document& doc = web::the_app().document;
    json = doc.generation ? dump(doc.result.analysis, false) : "null";
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* depeche_text() { return web::the_app().document.result.text.c_str(); }

// JSON array of the code points of the loaded text, the interface's words, signs and icons that
// the UI font cannot draw.
EMSCRIPTEN_KEEPALIVE const char* depeche_missing_glyphs() {
    static std::string json;
    const auto& a = web::the_app();
    const std::string shown = a.document.result.text + '\n' + app::interface_text(a.strings);
    nlohmann::json list = nlohmann::json::array();
    for (char32_t cp : app::missing_glyphs(a.fonts, shown)) list.push_back(static_cast<unsigned>(cp));
    json = list.dump();
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE double depeche_frames_built() { return static_cast<double>(web::frames_built()); }

EMSCRIPTEN_KEEPALIVE void depeche_request_frames() { web::request_frames(); }

}
