#pragma once
// A key that goes down and up between two frames (a quick tap, an automated press, a slow
// device's frame) must still be seen down for one frame, or Tab, Enter and the arrows would be
// lost now and then: Dear ImGui 1.86 reads keys as a "held now" table, not as a queue of events.
#include <vector>

namespace depeche::app {

struct KeyLatch {
    std::vector<int> pressed;        // went down since the last frame began
    std::vector<int> released_early; // and up again before that frame saw them
    std::vector<int> to_release;     // held down for the frame just built
};

void key_event(KeyLatch& latch, int key, bool down);

// Called as a frame begins, over the table of keys held (indexed by key code): keys pressed
// and released since the last frame are held for this frame and let go at the next one.
void latch_keys(KeyLatch& latch, bool* held, int count);

}  // namespace depeche::app
