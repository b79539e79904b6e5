#pragma once

namespace depeche {

// DEPECHE_VERSION comes from project() in the top CMakeLists.txt, the one place it is written.
inline constexpr const char* kVersion = DEPECHE_VERSION;

}  // namespace depeche
