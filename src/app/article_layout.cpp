#include "article_layout.h"

#include "model/mention_underline.h"

#include <imgui.h>

#include <algorithm>

namespace depeche::app {
namespace {

struct Mark {
    Span span;
    MarkKind kind;
    std::int32_t item;
};

std::vector<Mark> collect_marks(const Analysis& a, std::string_view text, const WordSet& function_words) {
    std::vector<Mark> marks;
    for (std::size_t i = 0; i < a.entities.size(); ++i)
        for (const Span& s : a.entities[i].mentions)
            marks.push_back({mention_underline(text, s, function_words), MarkKind::mention, static_cast<std::int32_t>(i)});
    for (std::size_t i = 0; i < a.timexes.size(); ++i) marks.push_back({a.timexes[i].span, MarkKind::timex, static_cast<std::int32_t>(i)});
    for (std::size_t i = 0; i < a.places.size(); ++i)
        for (const Span& s : a.places[i].mentions) marks.push_back({s, MarkKind::place, static_cast<std::int32_t>(i)});
    std::sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) { return x.span.start < y.span.start; });
    return marks;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

// Walks sorted, mostly disjoint spans alongside the text: which one covers `pos`, and where
// the next change happens. Every span is passed once, so the walk is linear.
template <typename T, typename SpanOf>
struct Cursor {
    const std::vector<T>& items;
    SpanOf span_of;
    std::size_t next = 0;

    const T* at(std::size_t pos, std::size_t& boundary) {
        while (next < items.size() && span_of(items[next]).end <= pos) ++next;
        if (next == items.size()) return nullptr;
        const Span s = span_of(items[next]);
        if (s.start <= pos) {
            boundary = std::min<std::size_t>(boundary, s.end);
            return &items[next];
        }
        boundary = std::min<std::size_t>(boundary, s.start);
        return nullptr;
    }
};

struct Liner {
    ArticleLayout& out;
    ImFont* font;
    float size, width, space, x = 0, y = 0;

    float measure(std::string_view s) const { return font->CalcTextSizeA(size, 1e9f, 0.0f, s.data(), s.data() + s.size()).x; }
    void newline() {
        x = 0;
        y += out.line_height;
    }
};

}  // namespace

void layout_article(ArticleLayout& out, unsigned generation, const Analysis& a, std::string_view text, ImFont* font,
                    float width, float paragraph_gap, const WordSet& function_words) {
    const float size = font->FontSize;
    if (out.generation == generation && out.width == width && out.font_size == size) return;
    out = ArticleLayout{generation, width, size, {}, size * 1.45f, 0};
    const std::vector<Mark> marks = collect_marks(a, text, function_words);
    std::vector<std::int32_t> quote_index;
    {
        std::vector<std::size_t> order(a.quotes.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return a.quotes[x].span.start < a.quotes[y].span.start; });
        for (std::size_t i : order) quote_index.push_back(static_cast<std::int32_t>(i));
    }
    auto quote_span = [&](const std::int32_t& qi) { return a.quotes[static_cast<std::size_t>(qi)].span; };
    auto mark_span = [](const Mark& m) { return m.span; };
    Cursor<std::int32_t, decltype(quote_span)> quotes{quote_index, quote_span};
    Cursor<Mark, decltype(mark_span)> inline_marks{marks, mark_span};

    Liner line{out, font, size, std::max(width, size * 4), 0};
    line.space = line.measure(" ");
    std::vector<Piece> word;
    for (const Span& paragraph : a.paragraphs) {
        std::size_t pos = std::min<std::size_t>(paragraph.start, text.size());
        const std::size_t end = std::min<std::size_t>(paragraph.end, text.size());
        while (pos < end) {
            while (pos < end && is_space(text[pos])) ++pos;
            if (pos >= end) break;
            std::size_t word_end = pos;
            while (word_end < end && !is_space(text[word_end])) ++word_end;
            // The word's pieces, cut wherever a quote or a mark begins or ends.
            word.clear();
            float word_width = 0;
            while (pos < word_end) {
                std::size_t boundary = word_end;
                const std::int32_t* q = quotes.at(pos, boundary);
                const Mark* m = inline_marks.at(pos, boundary);
                Piece p;
                p.start = static_cast<std::uint32_t>(pos);
                p.end = static_cast<std::uint32_t>(boundary);
                p.w = line.measure(text.substr(pos, boundary - pos));
                p.quote = q ? *q : -1;
                if (m) {
                    p.mark = m->kind;
                    p.item = m->item;
                }
                word_width += p.w;
                word.push_back(p);
                pos = boundary;
            }
            if (line.x > 0 && line.x + line.space + word_width > line.width) line.newline();
            else if (line.x > 0) line.x += line.space;
            for (Piece& p : word) {
                // A piece longer than the line (a URL, a text without spaces) is cut where it overflows.
                while (line.x + p.w > line.width && p.end > p.start) {
                    const char* from = text.data() + p.start;
                    const char* cut = font->CalcWordWrapPositionA(size / font->FontSize, from, text.data() + p.end, line.width - line.x);
                    if (cut <= from) {
                        if (line.x > 0) {
                            line.newline();
                            continue;
                        }
                        cut = from + 1;
                        while (cut < text.data() + p.end && (static_cast<unsigned char>(*cut) & 0xC0) == 0x80) ++cut;
                    }
                    Piece head = p;
                    head.end = static_cast<std::uint32_t>(cut - text.data());
                    head.w = line.measure(text.substr(head.start, head.end - head.start));
                    head.x = line.x;
                    head.y = line.y;
                    out.pieces.push_back(head);
                    line.newline();
                    p.start = head.end;
                    // ImGui's widths add up (no kerning): measuring the rest again at every cut
                    // made a line of 100 000 characters with no space quadratic.
                    p.w = std::max(0.0f, p.w - head.w);
                }
                if (p.end <= p.start) continue;
                p.x = line.x;
                p.y = line.y;
                line.x += p.w;
                out.pieces.push_back(p);
            }
        }
        line.newline();
        line.y += paragraph_gap;
    }
    out.height = line.y;
}

std::size_t first_piece_at(const ArticleLayout& layout, float y) {
    const auto it = std::lower_bound(layout.pieces.begin(), layout.pieces.end(), y - layout.line_height,
                                     [](const Piece& p, float v) { return p.y < v; });
    return static_cast<std::size_t>(it - layout.pieces.begin());
}

}  // namespace depeche::app
