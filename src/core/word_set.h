#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace depeche {

// Lexicons are keyed by std::string but looked up with the string_view of a token or of a slice
// of the text: a transparent hash lets that lookup go without building a string for each try.
// FNV-1a, inlined: keys are words of a few bytes, for which the library's out-of-line hash of
// long strings was the largest single cost of an analysis.
struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept {
        std::uint64_t h = 14695981039346656037ull;
        for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
        return static_cast<std::size_t>(h);
    }
};

using WordSet = std::unordered_set<std::string, WordHash, std::equal_to<>>;
template <class T>
using WordMap = std::unordered_map<std::string, T, WordHash, std::equal_to<>>;

}  // namespace depeche
