#include "summary_words.h"

#include "core/fold.h"
#include "core/word_set.h"

#include <algorithm>
#include <string>

namespace depeche::events {

void summary_words(std::string_view text, WordHashes& out) {
    out.clear();
    const std::string f = fold(text);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= f.size(); ++i) {
        const bool letter = i < f.size() && ((f[i] >= 'a' && f[i] <= 'z') || (f[i] & 0x80));
        if (letter) continue;
        if (i - start >= 4) out.push_back(WordHash{}(std::string_view(f).substr(start, i - start)));
        start = i + 1;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace depeche::events
