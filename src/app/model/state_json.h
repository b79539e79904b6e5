#pragma once
// The state as JSON, for the page's API and deep links (web/deeplink.js keeps it in the URL hash):
// {"selected": id|null, "filters": {"speaker": id|null, "place": id|null, "kinds": [...], "search": ""}}
#include "state.h"

#include <nlohmann/json.hpp>

#include <string_view>

namespace depeche::app {

nlohmann::json state_to_json(const State& state);

// Replaces the filters with those of `json` (missing keys mean "no filter"); ids the analysis
// does not know are dropped. Returns false, changing nothing, when `json` is not an object.
bool filters_from_json(std::string_view json, const Index& index, Filters& out);

}  // namespace depeche::app
