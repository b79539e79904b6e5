#include "heap_meter.h"

#include <cstdlib>
#include <new>

namespace depeche::bench {
namespace {

// Each block carries its size in a header as wide as the strictest fundamental alignment, so
// the pointer handed out keeps that alignment.
constexpr std::size_t kHeader = alignof(std::max_align_t);

std::size_t in_use = 0;
std::size_t peak = 0;

void* allocate(std::size_t size) noexcept {
    auto* block = static_cast<unsigned char*>(std::malloc(size + kHeader));
    if (!block) return nullptr;
    *reinterpret_cast<std::size_t*>(block) = size;
    in_use += size;
    if (in_use > peak) peak = in_use;
    return block + kHeader;
}

void release(void* p) noexcept {
    if (!p) return;
    auto* block = static_cast<unsigned char*>(p) - kHeader;
    in_use -= *reinterpret_cast<std::size_t*>(block);
    std::free(block);
}

void* allocate_or_abort(std::size_t size) {
    void* p = allocate(size);
    if (!p) std::abort();  // the benchmark cannot report anything useful out of memory
    return p;
}

}  // namespace

std::size_t heap_in_use() { return in_use; }
std::size_t heap_peak() { return peak; }
std::size_t reset_heap_peak() {
    peak = in_use;
    return in_use;
}

}  // namespace depeche::bench

void* operator new(std::size_t size) { return depeche::bench::allocate_or_abort(size); }
void* operator new[](std::size_t size) { return depeche::bench::allocate_or_abort(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return depeche::bench::allocate(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return depeche::bench::allocate(size); }
void operator delete(void* p) noexcept { depeche::bench::release(p); }
void operator delete[](void* p) noexcept { depeche::bench::release(p); }
void operator delete(void* p, std::size_t) noexcept { depeche::bench::release(p); }
void operator delete[](void* p, std::size_t) noexcept { depeche::bench::release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { depeche::bench::release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { depeche::bench::release(p); }
