#pragma once
#include "core/tokens.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace depeche {

// An outermost pair of quotation marks. A quotation that runs over several paragraphs, French
// style (« opens each paragraph, » only closes the last), is one pair.
struct QuotedSpan {
    std::size_t open = 0;   // token of the opening mark
    std::size_t close = 0;  // token of the closing mark, or the last token when the mark never closes
    bool closed = false;
    Span content;           // between the marks, without them
};

struct QuoteMarks {
    std::vector<QuotedSpan> spans;
    // Closed pairs inside an outermost one, in text order: what a quoted witness heard said
    // (« … en criant : “Dehors !” … »).
    std::vector<QuotedSpan> inner;
    std::vector<std::int32_t> span_of_token;  // index into spans of the outermost pair holding a token, or -1
};

// Pairs marks of the same family (« », “ ”, ‹ ›, ‘ ’, " "), nested ones inside outer ones; a
// closing mark with no opening mark of its family is ignored. Linear in the tokens.
QuoteMarks pair_quote_marks(std::string_view text, const TextIndex& index);

}  // namespace depeche
