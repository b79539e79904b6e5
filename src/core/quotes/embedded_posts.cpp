#include "embedded_posts.h"

#include <array>

namespace depeche {
namespace {

constexpr std::size_t kMaxAuthorBytes = 80;  // a display name, emoji and all
constexpr std::size_t kMaxLineBytes = 2000;  // a post of 280 characters, links and signature
constexpr std::size_t kLinesAbove = 2;       // the post's line, and a blank one between it and its signature

// The dashes an embed prints before the author: an em dash, an en dash, or the HTML entity a
// scraper left as it was.
constexpr std::array<std::string_view, 3> kSignatureDashes{"\u2014 ", "\u2013 ", "&mdash; "};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
bool is_handle_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

// The start of the line that holds `pos`, looked for no further back than a post's length, so
// that a long line full of handles stays linear; npos when it is further.
std::size_t line_start(std::string_view text, std::size_t pos) {
    const std::size_t floor = pos > kMaxLineBytes ? pos - kMaxLineBytes : 0;
    for (std::size_t k = pos; k > floor; --k)
        if (text[k - 1] == '\n') return k;
    return floor == 0 ? 0 : std::string_view::npos;
}

Span trimmed(std::string_view text, std::size_t from, std::size_t to) {
    while (from < to && is_space(text[from])) ++from;
    while (to > from && is_space(text[to - 1])) --to;
    return {from, to};
}

// The words a post ends on that the embed adds or that only point elsewhere: its picture's link,
// other links, the accounts it tags ("… ! @JeunesAgri pic.twitter.com/Lj").
Span without_trailing_links(std::string_view text, Span s) {
    for (;;) {
        s = trimmed(text, s.start, s.end);
        std::size_t word = s.end;
        while (word > s.start && !is_space(text[word - 1])) --word;
        const std::string_view last = text.substr(word, s.end - word);
        const bool link = last.starts_with("pic.twitter.com/") || last.starts_with("http://") ||
                          last.starts_with("https://") || (last.size() > 1 && last[0] == '@');
        if (!link || word == s.start) return s;
        s = {s.start, word};
    }
}

}  // namespace

std::vector<EmbeddedPost> find_embedded_posts(std::string_view text) {
    std::vector<EmbeddedPost> out;
    for (std::size_t at = text.find("(@"); at != std::string_view::npos; at = text.find("(@", at + 2)) {
        std::size_t h = at + 2;
        while (h < text.size() && is_handle_char(text[h])) ++h;
        if (h == at + 2 || h >= text.size() || text[h] != ')') continue;
        const std::size_t line = line_start(text, at);
        if (line == std::string_view::npos) continue;
        // The dash that opens the signature, the last one before the handle on its line.
        std::size_t dash = std::string_view::npos, dash_end = 0;
        for (const std::string_view d : kSignatureDashes) {
            const std::size_t from = at > line + kMaxAuthorBytes + d.size() ? at - kMaxAuthorBytes - d.size() : line;
            const std::size_t found = text.substr(from, at - from).rfind(d);
            if (found != std::string_view::npos && (dash == std::string_view::npos || from + found > dash)) {
                dash = from + found;
                dash_end = dash + d.size();
            }
        }
        if (dash == std::string_view::npos) continue;
        const Span author = trimmed(text, dash_end, at);
        if (author.size() == 0) continue;
        // The post ends the signature's line, or fills the line before when the signature opens its own.
        Span said = trimmed(text, line, dash);
        for (std::size_t above = line, n = 0; said.size() == 0 && above > 0 && n < kLinesAbove; ++n) {
            const std::size_t start = line_start(text, above - 1);
            if (start == std::string_view::npos) break;
            said = trimmed(text, start, above - 1);
            above = start;
        }
        said = without_trailing_links(text, said);
        if (said.size() == 0) continue;
        // Two signatures under one post ("— A (@a) — B (@b)") keep the first.
        if (out.size() && out.back().text.end > said.start) continue;
        out.push_back({said, author, {at + 1, h}});
    }
    return out;
}

}  // namespace depeche
