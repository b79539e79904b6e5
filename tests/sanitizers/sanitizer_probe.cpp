// Built only in sanitizer builds: two deliberate faults that the instrumentation must report, so
// a clean sanitized run of the suite means the sanitizers were really on.
#include <climits>
#include <cstdio>
#include <cstring>
#include <vector>

int main(int argc, char** argv) {
    if (argc == 2 && std::strcmp(argv[1], "heap-overflow") == 0) {
        std::vector<int> v(4);
        return v.data()[argc + 2];  // one past the end
    }
    if (argc == 2 && std::strcmp(argv[1], "signed-overflow") == 0) {
        int x = INT_MAX - 2;
        x += argc + 1;
        std::printf("%d\n", x);
        return 0;
    }
    std::fprintf(stderr, "usage: sanitizer_probe heap-overflow|signed-overflow\n");
    return 2;
}
