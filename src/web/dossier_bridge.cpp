// The dossier functions JavaScript calls (web/dossier.js wraps them in window.depeche): many
// articles given as JSON, or a bundled dossier's manifest; the dossier back as depeche/dossier@1.
#include "platform.h"

#include "core/dossier/dossier_json.h"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>
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

bool load(std::vector<DossierInput> inputs, const char* name) {
    const bool ok = app::load_dossier(web::the_app(), std::move(inputs), name ? name : "");
    web::request_frames();
    return ok;
}

std::optional<std::string> read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

}  // namespace

extern "C" {

// Returns 1 when at least one article was accepted (depeche_status() then names any refused),
// 0 when none was and the previous document stays.
EMSCRIPTEN_KEEPALIVE int depeche_load_dossier(const char* json, const char* name) {
    std::vector<DossierInput> inputs;
    return read_inputs(json, inputs) && load(std::move(inputs), name) ? 1 : 0;
}

// Adds the articles of a JSON list [{"name", "text", "dct"}] to what is on screen, as a
// dossier. Returns as depeche_load_dossier does.
EMSCRIPTEN_KEEPALIVE int depeche_add_articles(const char* json) {
    std::vector<DossierInput> inputs;
    if (!read_inputs(json, inputs)) return 0;
    const bool ok = app::add_articles(web::the_app(), std::move(inputs));
    web::request_frames();
    return ok ? 1 : 0;
}

// A dossier bundled in the module (assets/dossiers/*/manifest.json): [{"path", "name", "dct"}],
// paths relative to the manifest, so the offline file opens it without a network.
EMSCRIPTEN_KEEPALIVE int depeche_load_bundled_dossier(const char* manifest, const char* name) {
    app::App& a = web::the_app();
    const std::filesystem::path path(manifest ? manifest : "");
    const auto text = read_file(path);
    const nlohmann::json list = text ? nlohmann::json::parse(*text, nullptr, false) : nlohmann::json();
    if (!list.is_array()) {
        a.status = "no bundled dossier at " + path.string();
        return 0;
    }
    std::vector<DossierInput> inputs;
    for (const nlohmann::json& item : list) {
        if (!item.is_object() || !item.contains("path") || !item["path"].is_string()) continue;
        const std::string file = item["path"].get<std::string>();
        DossierInput in;
        in.name = item.value("name", file);
        in.text = read_file(path.parent_path() / file).value_or("");
        if (item.contains("dct") && item["dct"].is_string()) in.dct = item["dct"].get<std::string>();
        inputs.push_back(std::move(in));
    }
    return load(std::move(inputs), name) ? 1 : 0;
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
