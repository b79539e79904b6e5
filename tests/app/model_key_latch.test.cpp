// Keys: a press released before the next frame is still seen down for exactly one frame.
#include "app/model/key_latch.h"

#include <doctest/doctest.h>

using namespace depeche::app;

namespace {
constexpr int kTab = 258, kShift = 340;
}

TEST_CASE("a key pressed and released between two frames is held for one frame, then let go") {
    KeyLatch latch;
    bool held[512] = {};
    key_event(latch, kTab, true);
    key_event(latch, kTab, false);  // the platform already wrote held[kTab] = false
    latch_keys(latch, held, 512);
    CHECK(held[kTab]);
    latch_keys(latch, held, 512);
    CHECK_FALSE(held[kTab]);
}

TEST_CASE("a key still held when the frame begins is left to the platform") {
    KeyLatch latch;
    bool held[512] = {};
    key_event(latch, kTab, true);
    held[kTab] = true;
    latch_keys(latch, held, 512);
    CHECK(held[kTab]);
    latch_keys(latch, held, 512);
    CHECK(held[kTab]);  // not let go by the latch: the release has not come
}

TEST_CASE("Shift+Tab typed faster than a frame keeps both keys down together for that frame") {
    KeyLatch latch;
    bool held[512] = {};
    key_event(latch, kShift, true);
    key_event(latch, kTab, true);
    key_event(latch, kTab, false);
    key_event(latch, kShift, false);
    latch_keys(latch, held, 512);
    CHECK(held[kShift]);
    CHECK(held[kTab]);
    latch_keys(latch, held, 512);
    CHECK_FALSE(held[kShift]);
    CHECK_FALSE(held[kTab]);
}

TEST_CASE("a key pressed again while its latched release is due stays down") {
    KeyLatch latch;
    bool held[512] = {};
    key_event(latch, kTab, true);
    key_event(latch, kTab, false);
    latch_keys(latch, held, 512);
    key_event(latch, kTab, true);  // key repeat or a second press, held this time
    latch_keys(latch, held, 512);
    CHECK(held[kTab]);
}

TEST_CASE("key codes outside the table are ignored") {
    KeyLatch latch;
    bool held[4] = {};
    key_event(latch, 900, true);
    key_event(latch, 900, false);
    key_event(latch, -1, true);
    key_event(latch, -1, false);
    latch_keys(latch, held, 4);
    latch_keys(latch, held, 4);
    CHECK_FALSE(held[0]);
    CHECK_FALSE(held[3]);
}
