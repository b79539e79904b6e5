#include "palette.h"

namespace depeche::app {
namespace {

// Eight hues far apart on the wheel, darker for light backgrounds, lighter for dark ones.
const ImVec4 kLight[] = {{0.75f, 0.22f, 0.17f, 1}, {0.16f, 0.42f, 0.72f, 1}, {0.18f, 0.55f, 0.34f, 1},
                             {0.58f, 0.32f, 0.68f, 1}, {0.84f, 0.50f, 0.08f, 1}, {0.10f, 0.56f, 0.60f, 1},
                             {0.70f, 0.25f, 0.50f, 1}, {0.45f, 0.45f, 0.12f, 1}};
const ImVec4 kDark[] = {{0.96f, 0.46f, 0.40f, 1}, {0.45f, 0.67f, 0.96f, 1}, {0.42f, 0.82f, 0.55f, 1},
                            {0.78f, 0.58f, 0.95f, 1}, {0.98f, 0.72f, 0.34f, 1}, {0.36f, 0.82f, 0.84f, 1},
                            {0.95f, 0.52f, 0.76f, 1}, {0.80f, 0.80f, 0.40f, 1}};
constexpr int kHues = 8;

}  // namespace

ImVec4 speaker_colour(int rank, Theme theme) {
    if (rank < 0) return theme == Theme::dark ? ImVec4(0.62f, 0.64f, 0.68f, 1) : ImVec4(0.45f, 0.46f, 0.50f, 1);
    return (theme == Theme::dark ? kDark : kLight)[rank % kHues];
}

ImU32 speaker_fill(int rank, Theme theme, float alpha) {
    ImVec4 c = speaker_colour(rank, theme);
    c.w = alpha;
    return ImGui::ColorConvertFloat4ToU32(c);
}

MarkColours mark_colours(Theme theme) {
    if (theme == Theme::dark)
        return {IM_COL32(200, 200, 210, 110), IM_COL32(120, 180, 255, 230), IM_COL32(110, 210, 150, 230),
                IM_COL32(255, 210, 90, 255), IM_COL32(170, 175, 185, 255), IM_COL32(120, 125, 135, 255),
                IM_COL32(52, 56, 64, 255), IM_COL32(30, 38, 52, 255), IM_COL32(70, 78, 92, 255),
                IM_COL32(96, 88, 60, 255), IM_COL32(120, 126, 138, 255)};
    return {IM_COL32(60, 60, 70, 95), IM_COL32(30, 90, 190, 220), IM_COL32(20, 130, 70, 220),
            IM_COL32(215, 150, 0, 255), IM_COL32(90, 92, 100, 255), IM_COL32(150, 152, 160, 255),
            IM_COL32(238, 234, 224, 255), IM_COL32(206, 222, 236, 255), IM_COL32(185, 198, 212, 255),
            IM_COL32(246, 222, 160, 255), IM_COL32(150, 150, 150, 255)};
}

}  // namespace depeche::app
