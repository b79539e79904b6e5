// Platform layer of the explorer: canvas sizing at the device pixel ratio, the GLFW/WebGL2
// context, Dear ImGui's backends and the frame loop that sleeps when nothing changes.
#include "platform.h"
#include "selection_bridge.h"

#include "app/model/key_latch.h"

#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <cstdio>

namespace depeche::web {
namespace {

// ImGui settles hover and layout over a few frames after each event.
constexpr int kFramesAfterEvent = 4;
constexpr const char* kCanvas = "#canvas";

struct Loop {
    GLFWwindow* window = nullptr;
    int width = 0, height = 0;  // framebuffer pixels
    double pixel_ratio = 0.0;
    int frames_to_build = kFramesAfterEvent;
    unsigned long frames_built = 0;
    bool ready_announced = false;
    app::App app;
    app::Gestures gestures;
    app::KeyLatch keys;
};

Loop& loop() {
    static Loop instance;
    return instance;
}

EM_JS(void, performance_mark, (const char* name), { performance.mark(UTF8ToString(name)); });
EM_JS(void, announce_started, (), { if (Module.onDepecheStarted) Module.onDepecheStarted(); });
EM_JS(void, announce_ready, (), { if (Module.onDepecheReady) Module.onDepecheReady(); });
EM_JS(int, coarse_pointer, (), { return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0; });
EM_JS(void, report_fatal, (const char* message), {
    if (Module.onDepecheError) Module.onDepecheError(UTF8ToString(message));
});

void on_input(GLFWwindow*, double, double) { request_frames(); }
void on_button(GLFWwindow*, int, int, int) { request_frames(); }
void on_key(GLFWwindow*, int key, int, int action, int) {
    app::key_event(loop().keys, key, action != GLFW_RELEASE);
    request_frames();
}
void on_char(GLFWwindow*, unsigned int) { request_frames(); }
void on_enter(GLFWwindow*, int) { request_frames(); }

// The canvas is sized by CSS; its backing store follows at the device pixel ratio so every
// glyph maps to real pixels. ImGui then works in physical pixels.
void follow_canvas_size(Loop& l) {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(kCanvas, &css_w, &css_h);
    const double ratio = emscripten_get_device_pixel_ratio();
    if (ratio != l.pixel_ratio) {
        std::string error;
        if (!app::set_pixel_ratio(l.app, static_cast<float>(ratio), error)) report_fatal(error.c_str());
        // The next NewFrame re-creates the GL objects, the font texture from the new atlas among them.
        ImGui_ImplOpenGL3_DestroyDeviceObjects();
        l.pixel_ratio = ratio;
        request_frames();
    }
    const int w = std::max(1, static_cast<int>(std::lround(css_w * ratio)));
    const int h = std::max(1, static_cast<int>(std::lround(css_h * ratio)));
    if (w != l.width || h != l.height) {
        emscripten_set_canvas_element_size(kCanvas, w, h);
        l.width = w;
        l.height = h;
        request_frames();
    }
}

// The pointer is the gestures' (web/input.js feeds them), not GLFW's: position, the one button
// the explorer uses, and no wheel notches; scrolling and zooming go to the views in pixels.
void take_pointer(Loop& l, ImGuiIO& io) {
    app::GestureMetrics& m = l.gestures.metrics;
    m.line_px = ImGui::GetFontSize() + ImGui::GetStyle().ItemSpacing.y;
    m.page_px = static_cast<float>(l.height) * 0.8f;
    m.slop_px = 10.0f * static_cast<float>(l.pixel_ratio);
    const app::GestureFrame g = app::next_frame(l.gestures, emscripten_get_now());
    io.MousePos = g.pointer_valid ? ImVec2(g.x, g.y) : ImVec2(-FLT_MAX, -FLT_MAX);
    for (bool& down : io.MouseDown) down = false;
    io.MouseDown[ImGuiMouseButton_Left] = g.button_down;
    io.MouseWheel = io.MouseWheelH = 0.0f;
    l.app.views.pointer = {g.scroll_x, g.scroll_y, g.zoom};
    if (g.moving) request_frames();
}

void frame() {
    Loop& l = loop();
    follow_canvas_size(l);
    if (l.frames_to_build <= 0) return;
    --l.frames_to_build;

    // The first call builds the font atlas and uploads it, as does the first after a new pixel ratio.
    ImGui_ImplOpenGL3_NewFrame();
    if (l.frames_built == 0) mark("depeche-font-atlas");
    ImGui_ImplGlfw_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    take_pointer(l, io);
    app::latch_keys(l.keys, io.KeysDown, IM_ARRAYSIZE(io.KeysDown));
    // ImGui's GLFW backend sets the modifiers at each key event; a latched key counts too.
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
    io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
    io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
    io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
    // Enter acts on the control the keys are on, as on a web page; ImGui 1.86 gives Enter to
    // text fields only and acts on Space. A field being typed in keeps its own Enter.
    if ((io.KeysDown[GLFW_KEY_ENTER] || io.KeysDown[GLFW_KEY_KP_ENTER]) && !io.WantTextInput) io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    io.DisplaySize = ImVec2(static_cast<float>(l.width), static_cast<float>(l.height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
    // Two browser frames can carry the same timestamp, and ImGui asserts on a zero step.
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 1000.0f;
    ImGui::NewFrame();
    app::draw_frame(l.app);
    if (l.app.views.animating) request_frames();
    ImGui::Render();

    glViewport(0, 0, l.width, l.height);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    ++l.frames_built;

    if (!l.ready_announced && l.app.document.generation > 0) {
        l.ready_announced = true;
        announce_ready();
    }
}

}  // namespace

app::App& the_app() { return loop().app; }
app::Gestures& gestures() { return loop().gestures; }
void request_frames() { loop().frames_to_build = kFramesAfterEvent; }
unsigned long frames_built() { return loop().frames_built; }
void mark(const char* name) { performance_mark(name); }

}  // namespace depeche::web

int main() {
    using namespace depeche;
    web::mark("depeche-main");
    web::Loop& l = web::loop();
    app::AppConfig config;
    // The smaller towns come after the first frame (depeche_add_towns), to keep the first load small.
    config.resources = {"/assets", "/generated", false};
    config.fonts = {"/fonts/body.ttf", "/fonts/bold.ttf", "/fonts/icons.ttf"};
    config.ui_strings = "/assets/ui/strings.json";
    config.map_outlines = "/generated/map/world-110m.bin";
    std::string error;
    if (!app::init_app(l.app, config, error)) {
        web::report_fatal(error.c_str());
        return 1;
    }
    web::mark("depeche-resources");
    web::install_selection_bridge(l.app);
    l.app.coarse_pointer = web::coarse_pointer() != 0;
    if (!glfwInit()) {
        web::report_fatal("GLFW could not start");
        return 1;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    l.window = glfwCreateWindow(640, 480, "Depeche", nullptr, nullptr);
    if (!l.window) {
        web::report_fatal("WebGL2 is not available in this browser");
        return 1;
    }
    glfwMakeContextCurrent(l.window);

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    // Every action of the explorer must be reachable without a mouse: arrows, Enter, Escape.
    ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // Ours first: ImGui's GLFW backend chains to callbacks installed before it.
    glfwSetCursorPosCallback(l.window, web::on_input);
    glfwSetScrollCallback(l.window, web::on_input);
    glfwSetMouseButtonCallback(l.window, web::on_button);
    glfwSetKeyCallback(l.window, web::on_key);
    glfwSetCharCallback(l.window, web::on_char);
    glfwSetCursorEnterCallback(l.window, web::on_enter);
    ImGui_ImplGlfw_InitForOpenGL(l.window, true);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    emscripten_set_main_loop(web::frame, 0, false);
    web::announce_started();
    return 0;
}
