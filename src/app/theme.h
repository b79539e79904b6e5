#pragma once

namespace depeche::app {

enum class Theme { light, dark };

// Applies colours and metrics; sizes are scaled by the device pixel ratio because the UI is laid
// out in physical pixels.
// `coarse`: a finger, not a mouse, points; every control is then at least 44 CSS pixels high.
void apply_theme(Theme theme, float pixel_ratio, bool coarse);

}  // namespace depeche::app
