// What web/input.js calls for each pointer and wheel event of the canvas (device pixels, the
// event's timeStamp in ms). The gestures are read by the frame loop (main.cpp).
#include "platform.h"

#include "app/panes.h"

#include <emscripten.h>

using namespace depeche;

extern "C" {

// type: 0 down, 1 move, 2 up, 3 cancel, 4 leave (app::PointerEvent::Type's order).
EMSCRIPTEN_KEEPALIVE void depeche_pointer(int type, int id, int touch, double x, double y, double time_ms) {
    if (type < 0 || type > 4) return;
    const app::PointerEvent e{static_cast<app::PointerEvent::Type>(type), id, touch ? app::PointerKind::touch : app::PointerKind::mouse,
                              static_cast<float>(x), static_cast<float>(y), time_ms};
    app::push_pointer(web::gestures(), e, app::surface_at(web::the_app().views, e.x, e.y));
    web::request_frames();
}

// mode: the WheelEvent's deltaMode (0 pixels, 1 lines, 2 pages). Returns 0 for a wheel the
// explorer leaves to the browser (a pinch over text: the browser's own zoom).
EMSCRIPTEN_KEEPALIVE int depeche_wheel(int mode, double dx, double dy, double x, double y, int ctrl) {
    const app::Surface under = app::surface_at(web::the_app().views, static_cast<float>(x), static_cast<float>(y));
    if (ctrl && under == app::Surface::scroll) return 0;
    const auto m = mode == 1 ? app::WheelStep::Mode::line : mode == 2 ? app::WheelStep::Mode::page : app::WheelStep::Mode::pixel;
    app::push_wheel(web::gestures(), {m, static_cast<float>(dx), static_cast<float>(dy), static_cast<float>(x), static_cast<float>(y), ctrl != 0}, under);
    web::request_frames();
    return 1;
}

}
