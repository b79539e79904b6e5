#pragma once
// What two summaries share, compared as sets of hashed words: the chronology merges an article's
// drafts with it, the dossier merges events told by several articles.
#include <cstdint>
#include <string_view>
#include <vector>

namespace depeche::events {

using WordHashes = std::vector<std::uint64_t>;

// The words of four letters or more of `text`, folded, hashed, sorted and unique, into `out`:
// only equality counts, and a hash is an eighth of a string's memory.
void summary_words(std::string_view text, WordHashes& out);

// How many items two sorted, unique lists share.
template <class T>
std::size_t shared_count(const std::vector<T>& x, const std::vector<T>& y) {
    std::size_t n = 0;
    for (auto a = x.begin(), b = y.begin(); a != x.end() && b != y.end();) {
        if (*a == *b) ++n, ++a, ++b;
        else if (*a < *b) ++a;
        else ++b;
    }
    return n;
}

}  // namespace depeche::events
