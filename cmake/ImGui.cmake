# Dear ImGui 1.86 from `apt-get source imgui` (./build-wasm.sh setup unpacks it into third_party/imgui).
set(IMGUI_DIR "${DEPECHE_THIRD_PARTY}/imgui")
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "${IMGUI_DIR}/imgui.cpp is missing: run ./build-wasm.sh setup (apt-get source imgui).")
endif()
add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp ${IMGUI_DIR}/imgui_draw.cpp ${IMGUI_DIR}/imgui_tables.cpp ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/backends/imgui_impl_glfw.cpp ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends)
# WebGL2 (GLSL ES 3.00) rather than the WebGL1 path 1.86 picks for Emscripten; 32-bit indices so
# a long article never overflows a draw list.
target_compile_definitions(imgui PUBLIC IMGUI_DISABLE_OBSOLETE_FUNCTIONS IMGUI_IMPL_OPENGL_ES3 "ImDrawIdx=unsigned int")
