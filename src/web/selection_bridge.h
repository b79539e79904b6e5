#pragma once
#include "app/app.h"

namespace depeche::web {

// Connects the app's platform hooks to the page (Module.onDepecheSelect, onDepecheState,
// onDepecheOpen, file downloads).
void install_selection_bridge(app::App& app);

}  // namespace depeche::web
