#include "gestures.h"

#include <cmath>

namespace depeche::app {
namespace {

// A flick keeps scrolling and slows down as on a phone: velocity decays with this time constant.
constexpr double kMomentumDecayMs = 325;
constexpr float kMomentumStop = 0.02f;  // pixels per ms
// The release velocity is read over the last moments of the swipe; a finger that rested longer
// than kRestMs before lifting throws nothing.
constexpr double kVelocityWindowMs = 100;
constexpr double kRestMs = 60;
// A wheel notch is 100 pixels in the browser's pixel mode and 3 lines in line mode; it scrolls
// three lines of the pane, as a page in any browser does.
constexpr float kNotchPixels = 100, kNotchLines = 3, kLinesPerNotch = 3;

float distance(const Gestures::Finger& a, const Gestures::Finger& b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

void enqueue(Gestures& g, PointerEvent::Type type, const PointerEvent& like, float x, float y) {
    PointerEvent e = like;
    e.type = type;
    e.x = x;
    e.y = y;
    g.queue.push_back(e);
}

void start_pinch(Gestures& g, const PointerEvent& e) {
    const Gestures::Finger& a = g.fingers.begin()->second;
    const Gestures::Finger& b = std::next(g.fingers.begin())->second;
    // A drag that turns into a pinch lets go where no item is, so it does not end in a click.
    if (a.surface == Surface::direct) {
        enqueue(g, PointerEvent::Type::leave, e, a.x, a.y);
        enqueue(g, PointerEvent::Type::up, e, a.x, a.y);
    }
    g.pinching = true;
    g.pinch_distance = distance(a, b);
    enqueue(g, PointerEvent::Type::move, e, (a.x + b.x) / 2, (a.y + b.y) / 2);
}

void finger_down(Gestures& g, const PointerEvent& e, Surface under) {
    g.vx = g.vy = 0;
    g.fingers[e.id] = {e.x, e.y, e.x, e.y, under};
    if (g.fingers.size() == 2) {
        start_pinch(g, e);
        return;
    }
    if (g.fingers.size() > 2 || g.pinching) return;
    g.scrolling = false;
    g.recent.assign(1, {e.time_ms, e.y, e.x});
    enqueue(g, under == Surface::direct ? PointerEvent::Type::down : PointerEvent::Type::move, e, e.x, e.y);
}

void finger_move(Gestures& g, const PointerEvent& e) {
    const auto it = g.fingers.find(e.id);
    if (it == g.fingers.end()) return;
    Gestures::Finger& f = it->second;
    const float px = f.x, py = f.y;
    f.x = e.x;
    f.y = e.y;
    if (g.pinching) {
        if (g.fingers.size() < 2) return;
        const Gestures::Finger& a = g.fingers.begin()->second;
        const Gestures::Finger& b = std::next(g.fingers.begin())->second;
        const float d = distance(a, b);
        if (a.surface == Surface::direct && g.pinch_distance > 0 && d > 0) g.zoom *= d / g.pinch_distance;
        g.pinch_distance = d;
        enqueue(g, PointerEvent::Type::move, e, (a.x + b.x) / 2, (a.y + b.y) / 2);
        return;
    }
    if (f.surface == Surface::direct) {
        enqueue(g, PointerEvent::Type::move, e, e.x, e.y);
        return;
    }
    if (!g.scrolling && std::hypot(e.x - f.x0, e.y - f.y0) > g.metrics.slop_px) {
        g.scrolling = true;
        // The content follows the finger from where it touched, not from where scrolling began.
        g.scroll_x += f.x0 - px;
        g.scroll_y += f.y0 - py;
    }
    if (!g.scrolling) return;
    g.scroll_x += px - e.x;
    g.scroll_y += py - e.y;
    g.recent.push_back({e.time_ms, e.y, e.x});
    while (g.recent.size() > 2 && e.time_ms - g.recent.front().t > kVelocityWindowMs) g.recent.pop_front();
}

void throw_momentum(Gestures& g, double now) {
    if (g.recent.size() < 2) return;
    const Gestures::Sample& first = g.recent.front();
    const Gestures::Sample& last = g.recent.back();
    if (now - last.t > kRestMs || last.t <= first.t) return;
    g.vy = static_cast<float>((first.y - last.y) / (last.t - first.t));
    g.vx = static_cast<float>((first.x - last.x) / (last.t - first.t));
}

void finger_up(Gestures& g, const PointerEvent& e, bool cancelled) {
    const auto it = g.fingers.find(e.id);
    if (it == g.fingers.end()) return;
    const Gestures::Finger f = it->second;
    g.fingers.erase(it);
    if (g.pinching) {
        if (g.fingers.empty()) g.pinching = false;
        return;
    }
    if (f.surface == Surface::direct) {
        if (cancelled) enqueue(g, PointerEvent::Type::leave, e, f.x, f.y);
        enqueue(g, PointerEvent::Type::up, e, f.x, f.y);
        return;
    }
    if (g.scrolling) {
        if (!cancelled) throw_momentum(g, e.time_ms);
        g.scrolling = false;
        return;
    }
    if (cancelled) return;
    enqueue(g, PointerEvent::Type::down, e, f.x0, f.y0);
    enqueue(g, PointerEvent::Type::up, e, f.x0, f.y0);
}

float notches(const WheelStep& w, float delta) {
    switch (w.mode) {
    case WheelStep::Mode::pixel: return delta / kNotchPixels;
    case WheelStep::Mode::line: return delta / kNotchLines;
    case WheelStep::Mode::page: break;
    }
    return delta;
}

float scroll_pixels(const Gestures& g, const WheelStep& w, float delta) {
    if (w.mode == WheelStep::Mode::page) return delta * g.metrics.page_px;
    return notches(w, delta) * kLinesPerNotch * g.metrics.line_px;
}

// Applies one queued event; false when it must wait for the next frame: a button change after
// another one, or a press away from where the pointer is, which first moves the pointer there
// for a frame (ImGui lets an item that overlaps others, a tab for one, take a press only when
// it was already hovered in the frame before).
bool apply(Gestures& g, const PointerEvent& e, bool& button_changed, bool was_there) {
    const bool changes = (e.type == PointerEvent::Type::down) != g.button_down &&
                         (e.type == PointerEvent::Type::down || e.type == PointerEvent::Type::up || e.type == PointerEvent::Type::cancel);
    if (changes && button_changed) return false;
    if (e.type == PointerEvent::Type::down && !was_there) {
        g.pointer_valid = true;
        g.x = e.x;
        g.y = e.y;
        button_changed = true;
        return false;
    }
    switch (e.type) {
    case PointerEvent::Type::leave: g.pointer_valid = false; break;
    case PointerEvent::Type::down: g.button_down = true; [[fallthrough]];
    case PointerEvent::Type::move:
        g.pointer_valid = true;
        g.x = e.x;
        g.y = e.y;
        break;
    case PointerEvent::Type::up:
    case PointerEvent::Type::cancel: g.button_down = false; break;
    }
    button_changed = button_changed || changes;
    return true;
}

}  // namespace

void push_pointer(Gestures& g, const PointerEvent& e, Surface under) {
    if (e.kind == PointerKind::mouse) {
        g.vx = g.vy = 0;
        g.queue.push_back(e);
        return;
    }
    switch (e.type) {
    case PointerEvent::Type::down: finger_down(g, e, under); break;
    case PointerEvent::Type::move: finger_move(g, e); break;
    case PointerEvent::Type::up: finger_up(g, e, false); break;
    case PointerEvent::Type::cancel: finger_up(g, e, true); break;
    case PointerEvent::Type::leave: break;  // a finger leaves by lifting
    }
}

void push_wheel(Gestures& g, const WheelStep& w, Surface under) {
    g.vx = g.vy = 0;
    PointerEvent at;
    at.x = w.x;
    at.y = w.y;
    g.queue.push_back(at);
    if (under == Surface::direct) {
        g.zoom *= std::pow(g.metrics.zoom_step, -notches(w, w.dy));
        return;
    }
    if (w.zoom) return;
    g.scroll_x += scroll_pixels(g, w, w.dx);
    g.scroll_y += scroll_pixels(g, w, w.dy);
}

GestureFrame next_frame(Gestures& g, double now_ms) {
    const double dt = g.last_frame_ms < 0 ? 16.0 : std::max(0.0, now_ms - g.last_frame_ms);
    g.last_frame_ms = now_ms;
    bool button_changed = false;
    const bool valid = g.pointer_valid;
    const float x = g.x, y = g.y;
    auto was_there = [&](const PointerEvent& e) { return valid && e.x == x && e.y == y; };
    while (!g.queue.empty() && apply(g, g.queue.front(), button_changed, was_there(g.queue.front()))) g.queue.pop_front();
    if (g.vx != 0 || g.vy != 0) {
        g.scroll_x += static_cast<float>(g.vx * dt);
        g.scroll_y += static_cast<float>(g.vy * dt);
        const float decay = static_cast<float>(std::exp(-dt / kMomentumDecayMs));
        g.vx *= decay;
        g.vy *= decay;
        if (std::hypot(g.vx, g.vy) < kMomentumStop) g.vx = g.vy = 0;
    }
    GestureFrame out{g.pointer_valid, g.x, g.y, g.button_down, g.scroll_x, g.scroll_y, g.zoom, false};
    out.moving = !g.queue.empty() || g.vx != 0 || g.vy != 0;
    g.scroll_x = g.scroll_y = 0;
    g.zoom = 1;
    return out;
}

}  // namespace depeche::app
