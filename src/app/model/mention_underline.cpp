#include "mention_underline.h"

#include "core/fold.h"

namespace depeche::app {

Span mention_underline(std::string_view text, Span mention, const WordSet& function_words) {
    std::size_t at = mention.start;
    while (at < mention.end) {
        const std::size_t word_end = std::min<std::size_t>(mention.end, text.find(' ', at));
        // An elided article ("l'Arménie") stays with its noun: it is no word of its own.
        if (word_end == at || !function_words.count(fold(text.substr(at, word_end - at)))) break;
        at = word_end;
        while (at < mention.end && text[at] == ' ') ++at;
    }
    return at < mention.end ? Span(at, mention.end) : mention;
}

}  // namespace depeche::app
