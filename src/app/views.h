#pragma once
// The explorer's views. Each draws into the current ImGui window or child and reports what the
// reader did through the Frame's sinks; none changes the shared state itself.
#include "frame.h"

namespace depeche::app {

void draw_header(const Frame& f);       // title, source, dateline, DCT, language, open, export, theme
void draw_filter_bar(const Frame& f);   // "filtered by" chips and the one-click reset
void draw_speakers_view(const Frame& f);
void draw_quotes_view(const Frame& f);
void draw_article_view(const Frame& f);
void draw_sources_view(const Frame& f);  // a dossier's articles, each shown or not
void draw_chronology_view(const Frame& f);
float chronology_height(const Frame& f);  // what the chronology needs, its details included
void draw_map_view(const Frame& f);
// Keeps the map's camera on the selection even while its tab is hidden, so the map opens where
// the reader's last choice is.
void update_map_camera(const Frame& f, const Viewport& viewport, bool fit_now);

}  // namespace depeche::app
