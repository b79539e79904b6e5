// The dossier functions JavaScript calls (web/dossier.js wraps them in window.depeche): many
// articles given as JSON, or a bundled dossier's manifest; the dossier back as depeche/dossier@1.
#include "platform.h"

#include "core/dossier/dossier_json.h"
#include "core/dossier/manifest.h"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>
#include <sstream>
#include <string>

using namespace depeche;

namespace {

// Articles as the page gives them: [{"name", "text", "dct"}]. An entry that is no such object
// is refused by name (or rank) with the reason, and the others are kept.
bool inputs_from_json(const nlohmann::json& list, std::vector<DossierInput>& inputs) {
    if (!list.is_array()) return false;
    std::size_t rank = 0;
    for (const nlohmann::json& item : list) {
        ++rank;
        DossierInput in;
        in.name = "#" + std::to_string(rank);
        if (item.is_object()) {
            if (const auto name = item.find("name"); name != item.end() && name->is_string() && !name->get<std::string>().empty())
                in.name = name->get<std::string>();
            if (const auto text = item.find("text"); text != item.end() && text->is_string()) in.text = text->get<std::string>();
            if (const auto dct = item.find("dct"); dct != item.end() && dct->is_string() && !dct->get<std::string>().empty())
                in.dct = dct->get<std::string>();
        }
        // An entry without text is refused by the core as empty, under its name.
        inputs.push_back(std::move(in));
    }
    return true;
}

// The page's list read into `inputs`; false, with the reason in the app's status, when it is no list.
bool read_inputs(const char* json, std::vector<DossierInput>& inputs) {
    const nlohmann::json list = nlohmann::json::parse(json ? json : "", nullptr, false);
    if (!list.is_discarded() && inputs_from_json(list, inputs)) return true;
    web::the_app().status = "a dossier is a JSON list of {\"name\", \"text\", \"dct\"}";
    return false;
}

// A dossier being built by the page, a few articles per call, so that it paints its progress and
// answers the reader between them.
struct Building {
    std::vector<DossierInput> inputs;
    std::size_t next = 0;
    Dossier dossier;
    std::string name;
    bool towns = false;  // the gazetteer's smaller towns were in when the first article was analyzed
};
std::optional<Building> building;

}  // namespace

extern "C" {

// Starts a dossier of the JSON list [{"name", "text", "dct"}], after the articles on screen
// when `add` is set; the one being built before is dropped. Returns how many articles are to be
// analyzed, or -1 when the list is no list (depeche_status() says so).
EMSCRIPTEN_KEEPALIVE int depeche_dossier_begin(const char* json, const char* name, int add) {
    std::vector<DossierInput> more;
    if (!read_inputs(json, more)) return -1;
    Building b;
    b.name = name ? name : "";
    b.towns = web::the_app().resources.gazetteer.has_towns;
    if (add) b.inputs = app::articles_on_screen(web::the_app(), b.name);
    for (DossierInput& in : more) b.inputs.push_back(std::move(in));
    building = std::move(b);
    return static_cast<int>(building->inputs.size());
}

// Analyzes the next articles, at least one and about `bytes` of text; returns how many are done.
EMSCRIPTEN_KEEPALIVE int depeche_dossier_step(unsigned bytes) {
    if (!building) return 0;
    std::size_t read = 0;
    while (building->next < building->inputs.size() && (read == 0 || read < bytes)) {
        DossierInput& in = building->inputs[building->next++];
        read += in.text.size() + 1;
        add_input(building->dossier, std::move(in), web::the_app().resources);
    }
    return static_cast<int>(building->next);
}

// Merges what the articles share and shows the dossier. Returns 1 when at least one article was
// accepted (depeche_status() then names any refused), 0 when none was and the previous document
// stays.
EMSCRIPTEN_KEEPALIVE int depeche_dossier_finish() {
    if (!building) return 0;
    Building b = std::move(*building);
    building.reset();
    app::App& a = web::the_app();
    merge_dossier(b.dossier, a.resources);
    const bool ok = app::show_dossier(a, std::move(b.dossier), b.name);
    // Towns that came during the build: every article is read with them, not only the last ones.
    if (ok && !b.towns && a.resources.gazetteer.has_towns) app::reanalyze(a);
    web::request_frames();
    return ok ? 1 : 0;
}

// A dossier bundled in the module (assets/dossiers/*/manifest.json): [{"path", "name", "dct"}],
// paths relative to the manifest, so the offline file opens it without a network.
EMSCRIPTEN_KEEPALIVE int depeche_load_bundled_dossier(const char* manifest, const char* name) {
    app::App& a = web::the_app();
    const std::string path = manifest ? manifest : "";
    const auto text = web::read_bundled(path);
    std::vector<ManifestEntry> entries;
    std::string why;
    if (!text || !read_manifest(nlohmann::json::parse(*text, nullptr, false),
                                std::filesystem::path(path).parent_path().string(), entries, why)) {
        a.status = "no bundled dossier at " + path + (why.empty() ? "" : ": " + why);
        return 0;
    }
    std::vector<DossierInput> inputs;
    for (ManifestEntry& e : entries) inputs.push_back({std::move(e.name), web::read_bundled(e.path).value_or(""), std::move(e.dct)});
    const bool ok = app::load_dossier(a, std::move(inputs), name ? name : "");
    web::request_frames();
    return ok ? 1 : 0;
}

// The dossier on screen as depeche/dossier@1, or "null" when a single article is.
EMSCRIPTEN_KEEPALIVE const char* depeche_dossier_json() {
    static std::string json;
    const auto& dossier = web::the_app().document.dossier;
    if (!dossier) return "null";
    std::ostringstream out;
    write_json(out, *dossier, false);
    json = out.str();
    return json.c_str();
}

// Shows the dossier's articles whose ids ("a1", "a3") are listed, the others hidden. Returns 1
// when the view changed, 0 for an unknown id, an empty list or no dossier.
EMSCRIPTEN_KEEPALIVE int depeche_show_articles(const char* ids_json) {
    app::App& a = web::the_app();
    const nlohmann::json ids = nlohmann::json::parse(ids_json ? ids_json : "", nullptr, false);
    if (!a.document.dossier || !ids.is_array()) return 0;
    const auto& articles = a.document.dossier->articles;
    std::vector<bool> shown(articles.size(), false);
    for (const nlohmann::json& id : ids) {
        const auto at = std::find_if(articles.begin(), articles.end(),
                                     [&](const DossierArticle& art) { return id.is_string() && art.id == id.get<std::string>(); });
        if (at == articles.end()) return 0;
        shown[static_cast<std::size_t>(at - articles.begin())] = true;
    }
    const bool changed = app::show_articles(a, std::move(shown));
    if (changed) web::request_frames();
    return changed ? 1 : 0;
}

}
