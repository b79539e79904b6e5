#include "map_renderer.h"

#include <GLES3/gl3.h>
#include <shaders.h>

#include <cstdio>

namespace depeche::app {
namespace {

// One mesh on the GPU: the 1:110M outlines and, once zoomed in, the 1:50M ones each keep theirs,
// so going back and forth uploads nothing.
struct Gpu {
    const MapMesh* mesh = nullptr;
    std::size_t vertices = 0;  // of the mesh when uploaded: a mesh replaced in place is uploaded again
    GLuint fill_vao = 0, fill_vbo = 0, flag_vbo = 0, border_vao = 0, border_vbo = 0;
    GLsizei fill_count = 0, border_count = 0;
    unsigned flags_generation = ~0u;
};

struct Renderer {
    GLuint program = 0;
    GLint u_center = -1, u_scale = -1, u_viewport = -1, u_land = -1, u_highlight = -1, u_border = -1, u_borders = -1;
    Gpu slots[2];
    std::size_t last = 0;  // the slot drawn last
    bool failed = false;
    // What the next callback draws (one map per frame).
    ImVec2 origin, size;
    Camera camera;
    MapStyle style;
};

Renderer& renderer() {
    static Renderer r;
    return r;
}

GLuint compile(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[512] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        std::fprintf(stderr, "map shader: %s\n", log);
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

bool create_program(Renderer& r) {
    const GLuint vs = compile(GL_VERTEX_SHADER, kShader_map_vert);
    const GLuint fs = compile(GL_FRAGMENT_SHADER, kShader_map_frag);
    if (!vs || !fs) return false;
    r.program = glCreateProgram();
    glAttachShader(r.program, vs);
    glAttachShader(r.program, fs);
    glBindAttribLocation(r.program, 0, "a_position");
    glBindAttribLocation(r.program, 1, "a_highlight");
    glLinkProgram(r.program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(r.program, GL_LINK_STATUS, &ok);
    if (!ok) return false;
    r.u_center = glGetUniformLocation(r.program, "u_center");
    r.u_scale = glGetUniformLocation(r.program, "u_scale");
    r.u_viewport = glGetUniformLocation(r.program, "u_viewport");
    r.u_land = glGetUniformLocation(r.program, "u_land");
    r.u_highlight = glGetUniformLocation(r.program, "u_highlight");
    r.u_border = glGetUniformLocation(r.program, "u_border");
    r.u_borders = glGetUniformLocation(r.program, "u_borders");
    return true;
}

// A vertex array whose attribute 0 is the (x, y) pairs of `points`, left bound.
void vertex_array(GLuint& vao, GLuint& vbo, const std::vector<float>& points) {
    glGenVertexArrays(1, &vao);
    glGenBuffers(1, &vbo);
    glBindVertexArray(vao);
    glBindBuffer(GL_ARRAY_BUFFER, vbo);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(points.size() * sizeof(float)), points.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
}

void release(Gpu& g) {
    const GLuint buffers[] = {g.fill_vbo, g.flag_vbo, g.border_vbo};
    const GLuint arrays[] = {g.fill_vao, g.border_vao};
    if (g.fill_vbo) glDeleteBuffers(3, buffers);
    if (g.fill_vao) glDeleteVertexArrays(2, arrays);
    g = Gpu{};
}

void upload_mesh(Gpu& g, const MapMesh& mesh) {
    release(g);
    vertex_array(g.fill_vao, g.fill_vbo, mesh.fill);
    glGenBuffers(1, &g.flag_vbo);
    glBindBuffer(GL_ARRAY_BUFFER, g.flag_vbo);
    const std::vector<float> none(mesh.fill.size() / 2, 0.0f);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(none.size() * sizeof(float)), none.data(), GL_DYNAMIC_DRAW);
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 1, GL_FLOAT, GL_FALSE, 0, nullptr);
    g.fill_count = static_cast<GLsizei>(mesh.fill.size() / 2);
    // Borders have no highlight attribute: the shader's u_borders picks their colour.
    vertex_array(g.border_vao, g.border_vbo, mesh.borders);
    glVertexAttrib1f(1, 0.0f);
    g.border_count = static_cast<GLsizei>(mesh.borders.size() / 2);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    g.mesh = &mesh;
    g.vertices = mesh.fill.size();
}

// The slot holding `mesh`, uploading it over the slot not drawn last if none does.
Gpu& slot_for(Renderer& r, const MapMesh& mesh) {
    for (std::size_t i = 0; i < 2; ++i)
        if (r.slots[i].mesh == &mesh && r.slots[i].vertices == mesh.fill.size()) return r.slots[r.last = i];
    r.last = 1 - r.last;
    upload_mesh(r.slots[r.last], mesh);
    return r.slots[r.last];
}

void set_colour(GLint location, const ImVec4& c) { glUniform4f(location, c.x, c.y, c.z, c.w); }

void draw(const ImDrawList*, const ImDrawCmd*) {
    Renderer& r = renderer();
    const float fb_height = ImGui::GetIO().DisplaySize.y;
    const GLint x = static_cast<GLint>(r.origin.x), w = static_cast<GLint>(r.size.x), h = static_cast<GLint>(r.size.y);
    const GLint y = static_cast<GLint>(fb_height - r.origin.y - r.size.y);
    glViewport(x, y, w, h);
    glEnable(GL_SCISSOR_TEST);
    glScissor(x, y, w, h);
    glUseProgram(r.program);
    glUniform2f(r.u_center, static_cast<float>(r.camera.x), static_cast<float>(r.camera.y));
    glUniform1f(r.u_scale, static_cast<float>(r.camera.scale));
    glUniform2f(r.u_viewport, r.size.x, r.size.y);
    set_colour(r.u_land, r.style.land);
    set_colour(r.u_highlight, r.style.highlight);
    set_colour(r.u_border, r.style.border);
    const Gpu& g = r.slots[r.last];
    glUniform1i(r.u_borders, 0);
    glBindVertexArray(g.fill_vao);
    glDrawArrays(GL_TRIANGLES, 0, g.fill_count);
    glUniform1i(r.u_borders, 1);
    glBindVertexArray(g.border_vao);
    glDrawArrays(GL_LINES, 0, g.border_count);
    glBindVertexArray(0);
}

}  // namespace

void draw_map_outlines(ImDrawList* dl, const MapMesh& mesh, const std::vector<float>& flags, unsigned flags_generation,
                       ImVec2 origin, ImVec2 size, const Camera& camera, const MapStyle& style) {
    Renderer& r = renderer();
    if (r.failed || mesh.fill.empty()) return;
    if (!r.program && !create_program(r)) {
        r.failed = true;
        return;
    }
    Gpu& g = slot_for(r, mesh);
    if (g.flags_generation != flags_generation && flags.size() * 2 == mesh.fill.size()) {
        glBindBuffer(GL_ARRAY_BUFFER, g.flag_vbo);
        glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(flags.size() * sizeof(float)), flags.data(), GL_DYNAMIC_DRAW);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        g.flags_generation = flags_generation;
    }
    r.origin = origin;
    r.size = size;
    r.camera = camera;
    r.style = style;
    dl->AddCallback(draw, nullptr);
    dl->AddCallback(ImDrawCallback_ResetRenderState, nullptr);
}

}  // namespace depeche::app
