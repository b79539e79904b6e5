#pragma once
#include "document.h"
#include "fonts.h"
#include "theme.h"

#include "core/resources.h"

#include <optional>
#include <string>

namespace depeche::app {

struct AppConfig {
    ResourcePaths resources;
    FontFiles fonts;
};

struct App {
    Resources resources;
    FontFiles font_files;
    Fonts fonts;
    Theme theme = Theme::light;
    Document document;
    std::string status;  // the last refusal or error, shown until the next successful load
};

bool init_app(App& app, const AppConfig& config, std::string& error);

// Analyzes `text` and, if it is accepted, makes it the document on screen. A refused text
// (too large, bad DCT) leaves the current document as it was and explains why in app.status.
bool load_text(App& app, std::string_view text, const std::string& name, std::optional<std::string> dct);

// Rasterizes the fonts and scales the style for a device pixel ratio.
bool set_pixel_ratio(App& app, float pixel_ratio, std::string& error);

// Builds the UI of one frame, filling the whole display.
void draw_frame(App& app);

}  // namespace depeche::app
