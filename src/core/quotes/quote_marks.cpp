#include "quote_marks.h"

#include "core/utf8.h"

namespace depeche {
namespace {

// The family a mark belongs to: the opening mark it pairs with.
char32_t family(std::string_view text, const Token& t) {
    std::size_t p = t.span().start;
    const char32_t c = utf8::decode(text, p);
    switch (c) {
        case 0xBB: return 0xAB;
        case 0x201D: case 0x201E: return 0x201C;
        case 0x203A: return 0x2039;
        case 0x2019: return 0x2018;
        default: return c;
    }
}

// Whether, in tokens [from, to), a closing mark of `open_family` comes before any opening mark.
bool closes_first(std::string_view text, const std::vector<Token>& tokens, std::size_t from, std::size_t to,
                  char32_t open_family) {
    for (std::size_t k = from; k < to; ++k) {
        if (tokens[k].kind == TokenKind::quote_open) return false;
        if (tokens[k].kind == TokenKind::quote_close && family(text, tokens[k]) == open_family) return true;
    }
    return false;
}

}  // namespace

QuoteMarks pair_quote_marks(std::string_view text, const TextIndex& index) {
    const std::vector<Token>& tokens = index.tokens;
    QuoteMarks out;
    out.span_of_token.assign(tokens.size(), -1);
    std::vector<char32_t> stack;
    std::vector<std::size_t> opened;  // the token of each mark on the stack
    std::size_t open = 0;
    std::size_t paragraph_end = 0;  // one past the last token of the current paragraph
    std::size_t sentence = 0;
    auto finish = [&](std::size_t close, bool closed) {
        QuotedSpan s{open, close, closed, {}};
        const std::size_t first = open + 1;
        const std::size_t last = closed ? close : close + 1;  // content tokens [first, last)
        if (first < last) s.content = {tokens[first].span().start, tokens[last - 1].span().end};
        else s.content = {tokens[open].span().end, tokens[open].span().end};
        const auto id = static_cast<std::int32_t>(out.spans.size());
        for (std::size_t k = open; k <= close; ++k) out.span_of_token[k] = id;
        out.spans.push_back(s);
        stack.clear();
        opened.clear();
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (i == paragraph_end) {
            while (sentence < index.sentences.size() && index.sentences[sentence].end_token <= i) ++sentence;
            const std::size_t para = sentence < index.sentences.size() ? index.sentences[sentence].paragraph : 0;
            paragraph_end = i;
            while (sentence < index.sentences.size() && index.sentences[sentence].paragraph == para)
                paragraph_end = index.sentences[sentence++].end_token;
            if (paragraph_end <= i) paragraph_end = tokens.size();
            // A new paragraph: an unclosed quotation continues if the paragraph reopens it (with
            // « or, in the older style, with »), or closes it before opening any other, the press
            // often leaving out the mark that should reopen it.
            const bool reopens = !stack.empty() &&
                                 (tokens[i].kind == TokenKind::quote_open || tokens[i].kind == TokenKind::quote_close) &&
                                 family(text, tokens[i]) == stack.front();
            if (!stack.empty() && !reopens && !closes_first(text, tokens, i, paragraph_end, stack.front()))
                finish(i - 1, false);
            if (reopens) continue;
        }
        const Token& t = tokens[i];
        if (t.kind == TokenKind::quote_open) {
            if (stack.empty()) open = i;
            stack.push_back(family(text, t));
            opened.push_back(i);
        } else if (t.kind == TokenKind::quote_close && !stack.empty()) {
            const char32_t f = family(text, t);
            // A closing mark of an outer family also ends any unclosed inner quotation.
            std::size_t depth = stack.size();
            while (depth > 0 && stack[depth - 1] != f) --depth;
            if (depth == 0) continue;
            const std::size_t inner_open = opened[depth - 1];
            stack.resize(depth - 1);
            opened.resize(depth - 1);
            if (stack.empty()) {
                finish(i, true);
            } else if (inner_open + 1 < i) {
                out.inner.push_back({inner_open, i, true,
                                     {tokens[inner_open + 1].span().start, tokens[i - 1].span().end}});
            }
        }
    }
    if (!stack.empty()) finish(tokens.size() - 1, false);
    return out;
}

}  // namespace depeche
