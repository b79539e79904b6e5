#pragma once

namespace depeche::cli {

// Starts the program again, once, with glibc's malloc asked to back the heap with transparent huge
// pages (GLIBC_TUNABLES=glibc.malloc.hugetlb=1, read only at process start): an analysis fills
// about nine times its text in fresh memory, and on 4 KB pages page faults and TLB misses took a
// third of `depeche analyze`'s time. Returns, and the program runs as it is, off glibc or Linux,
// when GLIBC_TUNABLES is already set (the restarted process; or set it, even empty, to run a
// profiler on the first process), or when the restart fails.
void restart_with_huge_pages(char** argv);

}  // namespace depeche::cli
