#pragma once
// The map's country outlines drawn by the GPU with our own shaders (shaders/map.*), slotted
// into ImGui's draw list as a callback so markers and labels drawn after it stay on top.
#include "model/map_camera.h"
#include "model/map_mesh.h"

#include <imgui.h>

namespace depeche::app {

struct MapStyle {
    ImVec4 land, highlight, border;
};

// Queues the outlines for the rectangle [origin, origin + size) of the current window.
// `flags_generation` changes whenever `flags` does, so they are uploaded only then.
void draw_map_outlines(ImDrawList* dl, const MapMesh& mesh, const std::vector<float>& flags, unsigned flags_generation,
                       ImVec2 origin, ImVec2 size, const Camera& camera, const MapStyle& style);

}  // namespace depeche::app
