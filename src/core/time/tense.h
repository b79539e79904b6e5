#pragma once
// The tense of the clause around a time expression, read from the nearest finite verb: what
// decides whether "dimanche" is the last Sunday or the next one.
#include "time_lexicon.h"

#include <string_view>

namespace depeche::time {

// `prospective` is what was to happen, seen from the past ("devait reprendre mardi"): it may have
// happened since or still be ahead, and the nearest day is meant. "allait" looks ahead.
enum class Tense { unknown, past, future, prospective };

const char* to_string(Tense);

// What the tense reader asks of each distinct word of a text, answered once per word: the reader
// looks at a dozen words around every time expression.
class TenseWords {
public:
    struct Answer {
        bool maybe_auxiliary = false;  // folds as an auxiliary of a past tense does: its spelling decides
        bool future_auxiliary = false;
        bool prospective_auxiliary = false;
        Tense by_ending = Tense::unknown;  // of the word in lower case, when it is no auxiliary
    };

    TenseWords(const TenseLexicon& lexicon, const Vocabulary& words);
    // A token of another text is answered from the lexicon.
    Answer of(const Token& t) const;

private:
    const TenseLexicon& lex_;
    WordAnswers<Answer> by_word_;

    Answer ask(const Word& w) const;
};

// Looks at the tokens of [first, end) nearest to [timex_first, timex_end), alternating right
// and left up to the lexicon's window, and returns the tense of the first verb it recognizes.
// `words` are those of the tokens' text.
Tense tense_near(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t end,
                 std::size_t timex_first, std::size_t timex_end, const TenseLexicon& lexicon, const TenseWords& words);

// Whether the words right before the expression at timex_first make it a schedule's day ("un
// préavis allant du 17 avril", "une grève prévue pour le 9 mai"): a yearless one is then read by
// its nearness to the DCT, whatever the tense of the clause that tells of it.
bool tells_schedule(const std::vector<Token>& tokens, std::size_t first, std::size_t timex_first,
                    const TenseLexicon& lexicon);

}  // namespace depeche::time
