#pragma once

namespace depeche::app {

enum class Theme { light, dark };

// Applies colours and metrics; sizes are scaled by the device pixel ratio because the UI is laid
// out in physical pixels.
void apply_theme(Theme theme, float pixel_ratio);

}  // namespace depeche::app
