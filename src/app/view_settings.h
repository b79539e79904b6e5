#pragma once
// What each view remembers between frames besides the shared State: camera, zoom, edit
// buffers, cached layout. Owned by App, changed only by the view it belongs to.
#include "article_layout.h"

#include "model/map_camera.h"

#include <optional>
#include <string>
#include <vector>

namespace depeche::app {

enum class Tab { article, speakers, quotes, chronology, map };

struct ChronologySettings {
    double zoom = 1.0;    // 1: the whole axis fits the panel
    double offset = 0.0;  // left edge of the panel on the axis, in [0, 1 - 1/zoom]
    std::string centred_on;  // the event last brought into view, so it is centred only once
};

struct MapSettings {
    Camera camera;
    Flight flight;
    Viewport viewport;
    unsigned fitted_generation = 0;  // the analysis the camera was last fitted to
    std::string flown_to;            // the place the camera last flew to
};

// A part of the screen a reader can tap or scroll, in device pixels, as last drawn: what a
// gesture lands on (src/web) and what tests aim at (viewState().regions).
struct Region {
    std::string name;  // "tab:article", "pane:map", "button:open"…
    float x = 0, y = 0, w = 0, h = 0;
    unsigned window = 0;  // the ImGui window that scrolls, for panes
    float scroll = 0, scroll_max = 0;
    float content = 0;  // the height the pane's text or list takes, padding included
    bool contains(float px, float py) const { return px >= x && py >= y && px < x + w && py < y + h; }
};

// What the pointer asks of this frame beyond position and button (see model/gestures.h).
struct PointerMotion {
    float scroll_x = 0, scroll_y = 0;  // device pixels for the pane under the pointer
    float zoom = 1;                    // for the map or the chronology under the pointer
};

struct ViewSettings {
    Tab tab = Tab::article;
    std::optional<Tab> jump_to;  // a tab to bring forward on the next frame
    bool wide = true;
    char search[256] = {};  // the quotes' search box
    char dct[32] = {};      // the header's DCT box, refilled when a new analysis arrives
    unsigned dct_generation = 0;
    // Set when the selection changes so a list or the article brings the item into view once.
    std::string scroll_article_to, scroll_quotes_to;
    ArticleLayout article;
    ChronologySettings chronology;
    MapSettings map;
    bool animating = false;  // a view is moving: the platform keeps building frames
    std::vector<Region> regions;  // of the last frame drawn
    PointerMotion pointer;
    float scroll_rest = 0;  // the fraction of a pixel a pane could not move yet
    bool walking_items = false;  // the reader walks the items with the keys (ImGui's navigation)
    std::optional<Region> walked_to;  // the control the keys are on, of the last frame drawn
    // Tab (+1) or Shift+Tab (-1) brought the focus in from the page: the walk starts at the
    // first or the last control. The key went to the page's control, so the app never saw it.
    int entered_by_tab = 0;
};

}  // namespace depeche::app
