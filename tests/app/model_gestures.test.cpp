// Gestures: a tap is one click, a swipe scrolls the pane under the finger and keeps going, a
// pinch and a wheel notch zoom the map, a wheel notch scrolls three lines the right way.
#include "app/model/gestures.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace depeche::app;

namespace {

PointerEvent touch(PointerEvent::Type type, float x, float y, double t, int id = 1) {
    return {type, id, PointerKind::touch, x, y, t};
}

PointerEvent mouse(PointerEvent::Type type, float x, float y, double t) {
    return {type, 0, PointerKind::mouse, x, y, t};
}

using T = PointerEvent::Type;

}  // namespace

TEST_CASE("a tap hovers its point for a frame, then presses, then releases, one frame each") {
    Gestures g;
    push_pointer(g, touch(T::down, 50, 80, 0), Surface::scroll);
    push_pointer(g, touch(T::up, 51, 80, 40), Surface::scroll);
    const GestureFrame hover = next_frame(g, 50);
    CHECK(hover.pointer_valid);
    CHECK_FALSE(hover.button_down);
    CHECK(hover.x == 50);
    CHECK(hover.y == 80);
    CHECK(hover.moving);
    const GestureFrame press = next_frame(g, 66);
    CHECK(press.button_down);
    CHECK(press.x == 50);
    const GestureFrame release = next_frame(g, 82);
    CHECK_FALSE(release.button_down);
    CHECK(release.x == 50);
    CHECK_FALSE(release.moving);
    CHECK(press.scroll_y == 0);
}

TEST_CASE("a mouse click with no move before it still gets a frame of hover, a press and a release") {
    Gestures g;
    push_pointer(g, mouse(T::down, 10, 20, 0), Surface::scroll);
    push_pointer(g, mouse(T::up, 10, 20, 5), Surface::scroll);
    CHECK_FALSE(next_frame(g, 16).button_down);
    const GestureFrame press = next_frame(g, 32);
    CHECK(press.button_down);
    CHECK(press.pointer_valid);
    CHECK(press.x == 10);
    CHECK_FALSE(next_frame(g, 48).button_down);
}

TEST_CASE("a mouse that already hovers its target presses in the same frame") {
    Gestures g;
    push_pointer(g, mouse(T::move, 10, 20, 0), Surface::scroll);
    next_frame(g, 16);
    push_pointer(g, mouse(T::down, 10, 20, 20), Surface::scroll);
    CHECK(next_frame(g, 32).button_down);
}

TEST_CASE("a swipe up on a pane scrolls its content down by the distance moved, with no click") {
    Gestures g;
    push_pointer(g, touch(T::down, 100, 400, 0), Surface::scroll);
    push_pointer(g, touch(T::move, 100, 380, 16), Surface::scroll);
    push_pointer(g, touch(T::move, 100, 300, 32), Surface::scroll);
    const GestureFrame f = next_frame(g, 33);
    CHECK(f.scroll_y == doctest::Approx(100));
    CHECK_FALSE(f.button_down);
    push_pointer(g, touch(T::move, 100, 250, 48), Surface::scroll);
    CHECK(next_frame(g, 49).scroll_y == doctest::Approx(50));
}

TEST_CASE("a flick keeps scrolling after the finger lifts, slows down and stops") {
    Gestures g;
    push_pointer(g, touch(T::down, 100, 600, 0), Surface::scroll);
    for (int i = 1; i <= 5; ++i) push_pointer(g, touch(T::move, 100, 600.0f - 40.0f * static_cast<float>(i), 10.0 * i), Surface::scroll);
    push_pointer(g, touch(T::up, 100, 400, 55), Surface::scroll);
    next_frame(g, 56);
    float total = 0, first = 0, last = 0;
    double t = 56;
    int frames = 0;
    for (GestureFrame f = next_frame(g, t += 16); f.moving && frames < 1000; f = next_frame(g, t += 16), ++frames) {
        if (frames == 0) first = f.scroll_y;
        last = f.scroll_y;
        total += f.scroll_y;
    }
    CHECK(frames > 10);
    CHECK(frames < 1000);
    CHECK(first > 40);  // about 4 px/ms over 16 ms
    CHECK(last < first / 10);
    CHECK(total > 400);  // the flick carries on well past the finger
    CHECK(total < 2500);
}

TEST_CASE("a finger that rests before lifting throws nothing") {
    Gestures g;
    push_pointer(g, touch(T::down, 100, 600, 0), Surface::scroll);
    push_pointer(g, touch(T::move, 100, 500, 20), Surface::scroll);
    push_pointer(g, touch(T::up, 100, 500, 300), Surface::scroll);
    next_frame(g, 301);
    CHECK_FALSE(next_frame(g, 317).moving);
}

TEST_CASE("a new touch stops the momentum") {
    Gestures g;
    push_pointer(g, touch(T::down, 0, 600, 0), Surface::scroll);
    push_pointer(g, touch(T::move, 0, 400, 20), Surface::scroll);
    push_pointer(g, touch(T::move, 0, 300, 30), Surface::scroll);
    push_pointer(g, touch(T::up, 0, 300, 31), Surface::scroll);
    CHECK(next_frame(g, 40).moving);
    push_pointer(g, touch(T::down, 0, 300, 50, 2), Surface::scroll);
    next_frame(g, 56);
    CHECK(next_frame(g, 72).scroll_y == 0);
}

TEST_CASE("on the map a finger drags: pressed at once, following the finger") {
    Gestures g;
    push_pointer(g, touch(T::down, 200, 200, 0), Surface::direct);
    push_pointer(g, touch(T::move, 230, 210, 16), Surface::direct);
    CHECK_FALSE(next_frame(g, 17).button_down);  // hovers where it touched first
    const GestureFrame f = next_frame(g, 33);
    CHECK(f.button_down);
    CHECK(f.x == 230);
    CHECK(f.scroll_y == 0);
    push_pointer(g, touch(T::up, 230, 210, 30), Surface::direct);
    CHECK_FALSE(next_frame(g, 49).button_down);
}

TEST_CASE("a pinch zooms by the ratio of the fingers' spread, about their middle, without a click") {
    Gestures g;
    push_pointer(g, touch(T::down, 100, 100, 0, 1), Surface::direct);
    push_pointer(g, touch(T::down, 200, 100, 5, 2), Surface::direct);
    push_pointer(g, touch(T::move, 250, 100, 20, 2), Surface::direct);
    push_pointer(g, touch(T::move, 50, 100, 30, 1), Surface::direct);
    float zoom = 1;
    bool clicked_while_valid = false;
    GestureFrame f;
    double t = 31;
    for (int i = 0; i < 6; ++i) {
        f = next_frame(g, t += 16);
        zoom *= f.zoom;
        clicked_while_valid = clicked_while_valid || (f.button_down && f.pointer_valid && i > 0);
    }
    CHECK(zoom == doctest::Approx(2.0));
    CHECK(f.x == doctest::Approx(150));
    CHECK_FALSE(f.button_down);
    CHECK_FALSE(clicked_while_valid);
}

TEST_CASE("a wheel notch scrolls three lines down, a trackpad's small steps scroll smoothly") {
    Gestures g;
    g.metrics.line_px = 20;
    push_wheel(g, {WheelStep::Mode::pixel, 0, 100, 10, 10, false}, Surface::scroll);
    CHECK(next_frame(g, 16).scroll_y == doctest::Approx(60));
    push_wheel(g, {WheelStep::Mode::line, 0, -3, 10, 10, false}, Surface::scroll);
    CHECK(next_frame(g, 32).scroll_y == doctest::Approx(-60));
    push_wheel(g, {WheelStep::Mode::pixel, 0, 4, 10, 10, false}, Surface::scroll);
    const float small = next_frame(g, 48).scroll_y;
    CHECK(small > 0);
    CHECK(small < 5);
}

TEST_CASE("a wheel notch over the map is one zoom step: up zooms in, down zooms out") {
    Gestures g;
    push_wheel(g, {WheelStep::Mode::pixel, 0, -100, 300, 200, false}, Surface::direct);
    const GestureFrame in = next_frame(g, 16);
    CHECK(in.zoom == doctest::Approx(1.25));
    CHECK(in.x == 300);
    CHECK(in.scroll_y == 0);
    push_wheel(g, {WheelStep::Mode::line, 0, 3, 300, 200, false}, Surface::direct);
    CHECK(next_frame(g, 32).zoom == doctest::Approx(0.8));
}

TEST_CASE("a trackpad pinch over a pane neither scrolls nor zooms it") {
    Gestures g;
    push_wheel(g, {WheelStep::Mode::pixel, 0, -8, 10, 10, true}, Surface::scroll);
    const GestureFrame f = next_frame(g, 16);
    CHECK(f.scroll_y == 0);
    CHECK(f.zoom == 1);
}
