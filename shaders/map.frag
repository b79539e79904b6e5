#version 300 es
// Land, the countries the article names, and borders, each in one flat colour of the theme.
precision mediump float;
in float v_highlight;
uniform vec4 u_land;
uniform vec4 u_highlight;
uniform vec4 u_border;
uniform int u_borders;
out vec4 colour;

void main() {
    colour = u_borders == 1 ? u_border : mix(u_land, u_highlight, v_highlight);
}
