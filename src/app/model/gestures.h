#pragma once
// Pointer gestures as a reader makes them (a mouse, a finger, a trackpad, a wheel) turned into
// what the explorer's frames need: where the pointer is, whether its button is held, how far the
// pane under it scrolls and how much the map or the chronology zooms. Plain C++, no ImGui and
// no browser: the platform feeds events with their time and reads one GestureFrame per frame.
//
// Why not hand the browser's events straight to ImGui: a tap's press and release often arrive in
// the same frame (ImGui would see neither), a finger moving over a list means "scroll", not
// "drag", and a wheel reports pixels where ImGui expects notches.
#include <deque>
#include <map>

namespace depeche::app {

enum class PointerKind { mouse, touch };

// What lies under a point: a pane whose content scrolls, or a surface (the map, the chronology)
// where a drag pans and a pinch or a wheel zooms.
enum class Surface { scroll, direct };

struct PointerEvent {
    enum class Type { down, move, up, cancel, leave };
    Type type = Type::move;
    int id = 0;  // the browser's pointerId: fingers are told apart by it
    PointerKind kind = PointerKind::mouse;
    float x = 0, y = 0;  // device pixels in the canvas
    double time_ms = 0;
};

// A wheel or trackpad step, as the browser's WheelEvent gives it.
struct WheelStep {
    enum class Mode { pixel, line, page };
    Mode mode = Mode::pixel;
    float dx = 0, dy = 0;  // positive: towards the end of the content (down, right)
    float x = 0, y = 0;    // where the pointer is, device pixels
    bool zoom = false;     // a trackpad pinch (the browser sends it as a wheel with Ctrl)
};

struct GestureMetrics {
    float line_px = 20;     // one line of text, device pixels
    float page_px = 600;    // what a page step scrolls
    float slop_px = 10;     // a finger that moves less than this is still tapping
    float zoom_step = 1.25f;  // the zoom of one wheel notch
};

struct GestureFrame {
    bool pointer_valid = false;
    float x = 0, y = 0;
    bool button_down = false;
    float scroll_x = 0, scroll_y = 0;  // pixels the pane under the pointer moves (down, right)
    float zoom = 1;                    // factor for the surface under the pointer, about (x, y)
    bool moving = false;               // momentum or queued events remain: build another frame
};

struct Gestures {
    struct Finger {
        float x0 = 0, y0 = 0, x = 0, y = 0;
        Surface surface = Surface::scroll;
    };
    struct Sample {
        double t;
        float y, x;
    };
    GestureMetrics metrics;
    std::deque<PointerEvent> queue;  // not yet applied: one button change per frame
    std::map<int, Finger> fingers;
    bool pointer_valid = false;
    float x = 0, y = 0;
    bool button_down = false;
    bool scrolling = false;  // the finger down is scrolling its pane, not tapping
    bool pinching = false;
    float pinch_distance = 0;
    float scroll_x = 0, scroll_y = 0, zoom = 1;
    std::deque<Sample> recent;  // the last finger positions, for the release velocity
    float vx = 0, vy = 0;       // momentum, pixels per ms
    double last_frame_ms = -1;
};

void push_pointer(Gestures& g, const PointerEvent& e, Surface under);
void push_wheel(Gestures& g, const WheelStep& w, Surface under);

// Applies queued events up to the next button change and advances momentum to `now_ms`.
GestureFrame next_frame(Gestures& g, double now_ms);

}  // namespace depeche::app
