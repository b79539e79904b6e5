#pragma once
#include "document.h"
#include "fonts.h"
#include "theme.h"
#include "view_settings.h"

#include "core/resources.h"
#include "model/exports.h"
#include "model/map_mesh.h"
#include "model/state.h"
#include "model/ui_strings.h"

#include <functional>
#include <optional>
#include <string>

namespace depeche::app {

struct AppConfig {
    ResourcePaths resources;
    FontFiles fonts;
    std::string ui_strings;    // path of assets/ui/strings.json
    std::string map_outlines;  // path of the generated world-110m.bin; the map shows a graticule without it
};

// What the app asks of its platform (set by src/web): the app itself never calls JavaScript.
struct PlatformHooks {
    std::function<void(const std::string& id)> selection_changed;  // by a click inside the app
    std::function<void(const std::string& name, const std::string& mime, const std::string& data)> save_file;
    std::function<void()> open_article;  // show the paste / file dialog
    std::function<void()> state_changed; // selection or filters changed, from anywhere
    std::function<void(int direction)> leave_forward_or_back;  // Tab past the last control (+1) or before the first (-1)
    std::function<void()> map_detail_wanted;  // the map is zoomed in and the 1:50M outlines are not in: once
};

struct App {
    Resources resources;
    FontFiles font_files;
    Fonts fonts;
    Theme theme = Theme::light;
    bool coarse_pointer = false;  // a touch screen: larger controls
    UiStrings strings;
    Document document;
    Index index;          // lookups over document.result.analysis
    State state;          // selection and filters, shared by every view
    ViewSettings views;   // per-view UI state: camera, zoom, layout, edit buffers
    PlatformHooks hooks;
    MapOutlines map_coarse;   // 1:110M country outlines, in the first load
    MapOutlines map_detail;   // 1:50M, empty until the platform adds them
    bool map_detail_asked = false;
    std::string status;   // the last refusal or error, shown until the next successful load
};

bool init_app(App& app, const AppConfig& config, std::string& error);

// Analyzes `text` and, if it is accepted, makes it the document on screen with a fresh selection.
// A refused text (too large, bad DCT) leaves the current document as it was and explains why
// in app.status.
bool load_text(App& app, std::string text, const std::string& name, std::optional<std::string> dct);

// Analyzes many articles as one dossier and shows them all. The articles refused (empty,
// unreadable, over the limit) are named in app.status and the rest is kept; when none is left,
// the current document stays. `name` titles it ("Dossier : 12 articles" when empty).
bool load_dossier(App& app, std::vector<DossierInput> inputs, const std::string& name);

// Shows a dossier built elsewhere (the page builds a large one article by article, with its
// progress shown between them); as load_dossier from there on.
bool show_dossier(App& app, Dossier dossier, const std::string& name);

// What is on screen as inputs of a new dossier: the dossier's articles with their names and given
// dates, or the single article; `name` gets the dossier's own name, if it has one.
std::vector<DossierInput> articles_on_screen(const App& app, std::string& name);

// Shows only the dossier's articles whose flag is set (at least one); the selection and filters
// stay where the new view still has them.
bool show_articles(App& app, std::vector<bool> shown);

// Analyzes the same text again with another publication date, so every relative date moves at
// once; the selection and filters stay where the new analysis still has them.
bool set_dct(App& app, const std::string& dct);

// Analyzes what is on screen again, after the resources grew; the view changes only if the
// analysis does.
void reanalyze(App& app);

// Adds the gazetteer's smaller towns (gazetteer-towns.json), which the page fetches after its
// first frame, and analyzes what is on screen again with them.
bool add_towns(App& app, std::string_view towns, std::string& error);

// Adds the 1:50M outlines (world-50m.bin), drawn from then on when the map is zoomed in. A file
// that is no map leaves the outlines as they were and says why.
bool add_map_detail(App& app, std::string_view bytes, std::string& error);

// The outlines to draw at a camera's scale: the detailed ones when zoomed in and at hand.
const MapOutlines& map_outlines_for(const App& app, const Camera& camera);

// Changes selection or filters as a view (or the page's API) asks; tells the platform.
// `from_inside` is true for clicks in the app, which the page hears of through selection_changed.
bool dispatch(App& app, const Action& action, bool from_inside);

enum class Export { none, analysis_json, quotes_csv, quotes_csv_semicolons, timeline_json };

// Hands the analysis, the quotes (CSV) or the chronology (TimelineJS) to hooks.save_file.
void export_file(App& app, Export kind);

void set_theme(App& app, Theme theme);
bool set_ui_language(App& app, const std::string& language);

void set_coarse_pointer(App& app, bool coarse);

// Rasterizes the fonts and scales the style for a device pixel ratio.
bool set_pixel_ratio(App& app, float pixel_ratio, std::string& error);

// Builds the UI of one frame, filling the whole display.
void draw_frame(App& app);

}  // namespace depeche::app
