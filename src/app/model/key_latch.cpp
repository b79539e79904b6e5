#include "key_latch.h"

#include <algorithm>

namespace depeche::app {
namespace {

bool contains(const std::vector<int>& keys, int key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); }

void add(std::vector<int>& keys, int key) {
    if (!contains(keys, key)) keys.push_back(key);
}

}  // namespace

void key_event(KeyLatch& latch, int key, bool down) {
    if (down) {
        add(latch.pressed, key);
        std::erase(latch.released_early, key);
    } else if (contains(latch.pressed, key)) {
        add(latch.released_early, key);
    }
}

void latch_keys(KeyLatch& latch, bool* held, int count) {
    auto valid = [count](int key) { return key >= 0 && key < count; };
    for (int key : latch.to_release)
        if (valid(key) && !contains(latch.pressed, key)) held[key] = false;
    latch.to_release.clear();
    for (int key : latch.released_early) {
        if (!valid(key)) continue;
        held[key] = true;
        latch.to_release.push_back(key);
    }
    latch.pressed.clear();
    latch.released_early.clear();
}

}  // namespace depeche::app
