#pragma once
// The article's text broken into positioned pieces, once per analysis and panel width: a piece
// is part of a word with one style (inside which quote, on which mention, time or place). The
// view then draws only the lines on screen, so a 10 MB article scrolls as smoothly as a short one.
#include "core/analysis.h"
#include "core/word_set.h"

#include <cstdint>
#include <string_view>
#include <vector>

struct ImFont;

namespace depeche::app {

enum class MarkKind : std::uint8_t { none, mention, timex, place };

struct Piece {
    std::uint32_t start = 0, end = 0;  // bytes of the text
    float x = 0, y = 0, w = 0;         // relative to the layout's top-left
    std::int32_t quote = -1;           // index in analysis.quotes
    std::int32_t item = -1;            // entity, timex or place index, after `mark`
    MarkKind mark = MarkKind::none;
};

struct ArticleLayout {
    unsigned generation = 0;
    float width = -1, font_size = 0;
    std::vector<Piece> pieces;  // in reading order, y never decreasing
    float line_height = 0, height = 0;
};

// Rebuilds `out` unless it already holds this generation at this width and font size. A mention's
// leading `function_words` ("le porte-parole") are left out of its mark: no underline under them.
void layout_article(ArticleLayout& out, unsigned generation, const Analysis& a, std::string_view text,
                    ImFont* font, float width, float paragraph_gap, const WordSet& function_words);

// The first piece whose line may reach below `y` (binary search).
std::size_t first_piece_at(const ArticleLayout& layout, float y);

}  // namespace depeche::app
