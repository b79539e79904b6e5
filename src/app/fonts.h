#pragma once
#include "model/ui_strings.h"

#include <string>
#include <string_view>
#include <vector>

struct ImFont;

namespace depeche::app {

struct FontFiles {
    std::string regular;  // DejaVu Sans subset (Latin, Latin-1, Latin Extended-A/B, punctuation, €, symbols.h)
    std::string bold;
    std::string icons;    // Font Awesome subset, merged into both faces
};

struct Fonts {
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;
    float pixel_ratio = 1.0f;
};

// Rebuilds the atlas for a device pixel ratio: glyphs are rasterized at their on-screen pixel
// size so text stays crisp at 1x, 2x and 3x. The caller re-uploads the texture.
bool load_fonts(Fonts& fonts, const FontFiles& files, float pixel_ratio, std::string& error);

// Every word of the interface in every language, its signs and its icons, for missing_glyphs().
std::string interface_text(const UiStrings& strings);

// The code points of `text` that the body font cannot draw (they would show as '?').
std::vector<char32_t> missing_glyphs(const Fonts& fonts, std::string_view text);

}  // namespace depeche::app
