#pragma once
#include "app/app.h"
#include "app/model/gestures.h"

#include <optional>
#include <string>

namespace depeche::web {

// The one App of the page, owned by the platform loop (main.cpp) and reached by the JS bridge.
app::App& the_app();

// The reader's pointer gestures, fed by web/input.js through pointer_bridge.cpp and read once
// per frame by the loop.
app::Gestures& gestures();

// Asks for frames to be built: after input, a new article, a resize. Frames stop a few
// frames later, so an idle page costs nothing but a size check per animation frame.
void request_frames();

unsigned long frames_built();

// A named point of the page's timeline (performance.mark): bench/page.mjs breaks the first frame
// down by these (module started, resources read, article analyzed, font atlas, first frame).
void mark(const char* name);

// A file bundled in the module (an article, a dossier's manifest), whole; nullopt when absent.
std::optional<std::string> read_bundled(const std::string& path);

}  // namespace depeche::web
