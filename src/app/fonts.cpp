#include "fonts.h"

#include "core/utf8.h"
#include "icons.h"
#include "symbols.h"

#include <imgui.h>

#include <fstream>
#include <unordered_set>

namespace depeche::app {
namespace {

constexpr float kBodySize = 16.0f;
constexpr float kTitleSize = 22.0f;

// What French news needs: Latin-1 for accents, Extended-A/B for œ Œ and names from the rest of
// Europe, General Punctuation for — – ’ “ ” … and the narrow no-break space, plus €.
// The signs of symbols.h are added to these by text_ranges().
constexpr ImWchar kTextRanges[] = {0x0020, 0x007E, 0x00A0, 0x024F, 0x2000, 0x206F, 0x20AC, 0x20AC, 0};

// ImGui keeps a pointer to the ranges for as long as the atlas lives.
const ImWchar* text_ranges() {
    static ImVector<ImWchar> ranges;
    if (ranges.empty()) {
        ImFontGlyphRangesBuilder builder;
        builder.AddRanges(kTextRanges);
        for (const char* symbol : kSymbols) builder.AddText(symbol);
        builder.BuildRanges(&ranges);
    }
    return ranges.Data;
}

bool readable(const std::string& path) { return std::ifstream(path).good(); }

ImFont* add_face(ImFontAtlas& atlas, const std::string& path, const std::string& icons, float size) {
    ImFontConfig config;
    config.OversampleH = 2;
    config.PixelSnapH = false;
    ImFont* font = atlas.AddFontFromFileTTF(path.c_str(), size, &config, text_ranges());
    if (!font) return nullptr;
    ImFontConfig merge;
    merge.MergeMode = true;
    merge.PixelSnapH = true;
    merge.GlyphMinAdvanceX = size;
    atlas.AddFontFromFileTTF(icons.c_str(), size * 0.9f, &merge, kIconRanges);
    return font;
}

}  // namespace

bool load_fonts(Fonts& fonts, const FontFiles& files, float pixel_ratio, std::string& error) {
    for (const std::string* f : {&files.regular, &files.bold, &files.icons}) {
        if (!readable(*f)) {
            error = "font file " + *f + " is missing";
            return false;
        }
    }
    ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
    atlas.Clear();
    fonts.body = add_face(atlas, files.regular, files.icons, kBodySize * pixel_ratio);
    fonts.bold = add_face(atlas, files.bold, files.icons, kBodySize * pixel_ratio);
    fonts.title = add_face(atlas, files.bold, files.icons, kTitleSize * pixel_ratio);
    fonts.pixel_ratio = pixel_ratio;
    if (!fonts.body || !fonts.bold || !fonts.title || !atlas.Build()) {
        error = "the font atlas could not be built";
        return false;
    }
    return true;
}

std::string interface_text(const UiStrings& strings) {
    std::string text;
    for (const auto& [language, table] : strings.by_language)
        for (const auto& [key, words] : table) text += words + '\n';
    for (const char* symbol : kSymbols) text += symbol;
    for (const char* icon : kIcons) text += icon;
    return text;
}

std::vector<char32_t> missing_glyphs(const Fonts& fonts, std::string_view text) {
    std::vector<char32_t> missing;
    std::unordered_set<char32_t> seen;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const char32_t cp = utf8::decode(text, pos);
        if (cp == '\n' || cp == '\r' || cp == '\t') continue;
        const bool drawable = cp <= 0xFFFF && fonts.body->FindGlyphNoFallback(static_cast<ImWchar>(cp)) != nullptr;
        if (!drawable && seen.insert(cp).second) missing.push_back(cp);
    }
    return missing;
}

}  // namespace depeche::app
