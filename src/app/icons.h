#pragma once

// Font Awesome 4 icons the UI uses, as UTF-8. cmake/Fonts.cmake reads the "U+XXXX" comments
// below to cut the icon font down to exactly these glyphs.
#define ICON_SEARCH "\xEF\x80\x82"       // U+F002
#define ICON_SEARCH_PLUS "\xEF\x80\x8E"  // U+F00E
#define ICON_SEARCH_MINUS "\xEF\x80\x90" // U+F010
#define ICON_DOWNLOAD "\xEF\x80\x99"     // U+F019
#define ICON_ARROW_LEFT "\xEF\x81\xA0"   // U+F060
#define ICON_ARROW_RIGHT "\xEF\x81\xA1"  // U+F061
#define ICON_EXPAND "\xEF\x81\xA5"       // U+F065
#define ICON_GLOBE "\xEF\x82\xAC"        // U+F0AC
#define ICON_FILTER "\xEF\x82\xB0"       // U+F0B0
#define ICON_UNDO "\xEF\x83\xA2"         // U+F0E2
#define ICON_SUN "\xEF\x86\x85"          // U+F185
#define ICON_MOON "\xEF\x86\x86"         // U+F186
#define ICON_USER "\xEF\x80\x87"         // U+F007
#define ICON_CLOSE "\xEF\x80\x8D"        // U+F00D
#define ICON_MAP_MARKER "\xEF\x81\x81"   // U+F041
#define ICON_CALENDAR "\xEF\x81\xB3"     // U+F073
#define ICON_FOLDER_OPEN "\xEF\x81\xBC"  // U+F07C
#define ICON_QUOTE "\xEF\x84\x8D"        // U+F10D
#define ICON_NEWSPAPER "\xEF\x87\xAA"    // U+F1EA

namespace depeche::app {
// The whole private-use block of Font Awesome 4; only the glyphs the subset kept are added.
inline constexpr unsigned short kIconRanges[] = {0xF000, 0xF2FF, 0};
inline constexpr const char* kIcons[] = {
    ICON_SEARCH, ICON_SEARCH_PLUS, ICON_SEARCH_MINUS, ICON_DOWNLOAD, ICON_ARROW_LEFT, ICON_ARROW_RIGHT,
    ICON_EXPAND, ICON_GLOBE, ICON_FILTER, ICON_UNDO, ICON_SUN, ICON_MOON, ICON_USER, ICON_CLOSE,
    ICON_MAP_MARKER, ICON_CALENDAR, ICON_FOLDER_OPEN, ICON_QUOTE, ICON_NEWSPAPER};
}  // namespace depeche::app
