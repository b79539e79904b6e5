#pragma once
// What each view currently shows, as JSON: the hook tests and host pages read instead of pixels.
#include "app.h"

#include <nlohmann/json.hpp>

namespace depeche::app {

nlohmann::json view_state(const App& app);

}  // namespace depeche::app
