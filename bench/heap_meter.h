#pragma once
#include <cstddef>

namespace depeche::bench {

// Bytes the program holds through operator new, counted by heap_meter.cpp's replacement of the
// global allocation functions: the same figure natively and in wasm, where there is no RSS.
std::size_t heap_in_use();

// Forgets the peak so far and returns the bytes in use now; heap_peak() then reports the
// highest level reached since.
std::size_t reset_heap_peak();
std::size_t heap_peak();

}  // namespace depeche::bench
