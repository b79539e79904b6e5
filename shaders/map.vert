#version 300 es
// Country outlines in projected degrees (longitude, Mercator latitude) to clip space: the camera
// is a centre and a scale in pixels per degree, the viewport the map panel's size in pixels.
in vec2 a_position;
in float a_highlight;
uniform vec2 u_center;
uniform float u_scale;
uniform vec2 u_viewport;
out float v_highlight;

void main() {
    vec2 pixels = (a_position - u_center) * u_scale;
    gl_Position = vec4(pixels / (u_viewport * 0.5), 0.0, 1.0);
    v_highlight = a_highlight;
}
