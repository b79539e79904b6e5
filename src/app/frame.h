#pragma once
// What a view receives each frame: read access to the app, its own settings, and two sinks
// for what the reader asked: model Actions (selection, filters) and app Requests.
#include "app.h"

#include <optional>
#include <string>
#include <vector>

namespace depeche::app {

struct Requests {
    std::optional<std::string> dct;
    std::optional<std::string> ui_language;
    Export export_kind = Export::none;
    bool open = false;
    bool toggle_theme = false;
    std::optional<std::vector<bool>> shown;  // a dossier's articles to show
    bool map_detail = false;  // the map is zoomed in past what the 1:110M outlines show
};

struct Frame {
    const App& app;
    ViewSettings& views;
    std::vector<Action>& actions;
    Requests& requests;

    const Analysis& analysis() const { return app.document.result.analysis; }
    const std::string& text() const { return app.document.result.text; }
    const char* tr(const char* key) const { return app.strings(key); }
    void select(const std::string& id) const { actions.push_back({Action::Type::select, id, QuoteKind::direct}); }
};

}  // namespace depeche::app
