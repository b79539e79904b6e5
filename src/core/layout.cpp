#include "layout.h"

#include "fold.h"
#include "utf8.h"

#include <array>

namespace depeche {
namespace {

constexpr std::size_t kMaxTitleBytes = 300;
constexpr std::size_t kMaxDatelineBytes = 90;
constexpr std::size_t kMaxDatelineWords = 4;
// A text is read as hard-wrapped when at least this many line breaks, and one in this many, fall
// inside a sentence.
constexpr std::size_t kMinWrappedBreaks = 3;
constexpr std::size_t kWrappedShare = 4;
// A wrapped line runs near the width; a shorter one before a number is a heading ("Liste des rues").
constexpr std::size_t kMinCutLineBytes = 24;

bool is_space_at(std::string_view s, std::size_t pos, std::size_t& len) {
    const auto c = static_cast<unsigned char>(s[pos]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
        len = 1;
        return true;
    }
    // U+00A0 and U+202F, the no-break spaces of French typography.
    if (s.substr(pos, 2) == "\xC2\xA0") {
        len = 2;
        return true;
    }
    if (s.substr(pos, 3) == "\xE2\x80\xAF") {
        len = 3;
        return true;
    }
    return false;
}

Span trim(std::string_view text, Span span) {
    std::size_t len = 0, start = span.start, end = span.end;
    while (start < end && is_space_at(text, start, len)) start += len;
    while (end > start) {
        std::size_t back = end - 1;
        while (back > start && (static_cast<unsigned char>(text[back]) & 0xC0) == 0x80) --back;
        if (!is_space_at(text, back, len) || back + len != end) break;
        end = back;
    }
    return {start, end};
}

std::vector<Span> non_empty_lines(std::string_view text) {
    std::vector<Span> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const Span line = trim(text, {start, end});
        if (line.size() > 0) lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

std::string_view slice(std::string_view text, Span s) { return text.substr(s.start, s.size()); }

bool ends_like_a_sentence(std::string_view line) {
    const char last = line.back();
    return last == '.' || last == ',' || last == ';' || last == ':' || line.ends_with("\xC2\xBB") ||
           line.ends_with("\"") || line.ends_with("\xE2\x80\x9D");
}

bool starts_upper(std::string_view word) {
    if (word.empty()) return false;
    std::size_t pos = 0;
    const char32_t cp = utf8::decode(word, pos);
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

std::size_t count_words(std::string_view s) {
    std::size_t words = 0;
    bool in_word = false;
    for (char c : s) {
        const bool space = c == ' ';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

// "4 AOÛT", "25 septembre 2023", "lundi 25 septembre": a dateline part that only gives a date.
bool is_date_part(std::string_view part, const Calendar& calendar) {
    bool month = false;
    std::size_t start = 0;
    const std::string folded = fold(part);
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        const std::string word = folded.substr(start, end - start);
        const bool number = !word.empty() && word.find_first_not_of("0123456789er") == std::string::npos;
        if (calendar.months.count(word)) {
            month = true;
        } else if (!number && !calendar.weekdays.count(word)) {
            return false;
        }
        start = end + 1;
    }
    return month;
}

// "Paris", "La Gazette", "AFP", "ARMENPRESS": a short capitalized name.
bool is_name_part(std::string_view part) {
    if (!starts_upper(part) || count_words(part) > kMaxDatelineWords) return false;
    return part.find_first_of(".;:!?\"") == std::string_view::npos;
}

struct Parts {
    std::vector<Span> spans;
};

// Splits a dateline candidate on " / ", ", " and parentheses ("PARIS (AFP)").
Parts split_parts(std::string_view text, Span span) {
    Parts parts;
    std::size_t start = span.start;
    auto push = [&](std::size_t end) {
        const Span part = trim(text, {start, end});
        if (part.size() > 0) parts.spans.push_back(part);
    };
    for (std::size_t i = span.start; i < span.end; ++i) {
        const char c = text[i];
        if (c == '/' || c == ',' || c == '(' || c == ')') {
            push(i);
            start = i + 1;
        }
    }
    push(span.end);
    return parts;
}

// `dated`, when given, says whether a part gave a date.
std::optional<Dateline> read_dateline(std::string_view text, Span span, const Calendar& calendar,
                                      bool* dated = nullptr) {
    if (span.size() > kMaxDatelineBytes) return std::nullopt;
    // "GRENADE, 5 octobre (EUROPA PRESS) –" on its own line: the dash that leads to the text.
    for (std::string_view dash : {"-", "\xE2\x80\x93", "\xE2\x80\x94"})
        if (slice(text, span).ends_with(dash)) span = trim(text, {span.start, span.end - dash.size()});
    const Parts parts = split_parts(text, span);
    if (parts.spans.size() < 2) return std::nullopt;
    Dateline d;
    d.span = span;
    std::size_t names = 0;
    for (const Span& part : parts.spans) {
        const std::string_view word = slice(text, part);
        if (is_date_part(word, calendar)) {
            if (dated) *dated = true;
            continue;
        }
        if (!is_name_part(word)) return std::nullopt;
        if (names == 0) d.place = std::string(word);
        d.source = std::string(word);
        ++names;
    }
    if (names < 2) return std::nullopt;
    return d;
}

// "PARIS (AFP) - Le ministre…", "EREVAN, 4 AOÛT, ARMENPRESS. Le premier…": an upper-case place
// opening the first paragraph, cut off by a dash or a full stop; or a place in any case with a
// date ("Bruxelles, 28 sept 2020 (AFP) - L'escalade…").
std::optional<Dateline> read_leading_dateline(std::string_view text, Span paragraph, const Calendar& calendar) {
    static constexpr std::array<std::string_view, 5> separators = {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                                                   ". ", " : "};
    const std::string_view para = slice(text, paragraph);
    for (std::string_view sep : separators) {
        const std::size_t at = para.find(sep);
        if (at == std::string_view::npos || at > kMaxDatelineBytes) continue;
        const Span head{paragraph.start, paragraph.start + at};
        bool dated = false;
        auto d = read_dateline(text, head, calendar, &dated);
        if (d && (is_upper_case(d->place) || dated)) {
            d->span = trim(text, {paragraph.start, paragraph.start + at + sep.size()});
            return d;
        }
    }
    return std::nullopt;
}

// Where a paragraph goes on past the label some pages open with, " date 2022-10 " (a day or a
// month in ISO form after "date"), or its start when it has none.
std::size_t past_date_label(std::string_view text, Span paragraph) {
    static constexpr std::string_view kLabel = "date ";
    const std::string_view para = slice(text, paragraph);
    if (!para.starts_with(kLabel)) return paragraph.start;
    std::size_t k = kLabel.size();
    const auto digits = [&](std::size_t n) {
        for (std::size_t i = 0; i < n; ++i, ++k)
            if (k >= para.size() || para[k] < '0' || para[k] > '9') return false;
        return true;
    };
    if (!digits(4) || k >= para.size() || para[k++] != '-' || !digits(2)) return paragraph.start;
    if (k < para.size() && para[k] == '-' && (++k, !digits(2))) return paragraph.start;
    if (k >= para.size() || para[k] != ' ') return paragraph.start;
    return paragraph.start + k + 1;
}

// A line break inside a sentence: the line does not end like one and the next goes on in lower
// case ("a déclaré lundi" / "le porte-parole …").
bool breaks_a_sentence(std::string_view line, std::string_view next) {
    const char last = line.back();
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == ';' || last == ')' || last == '"' ||
        line.ends_with("\xC2\xBB") || line.ends_with("\xE2\x80\x9D") || line.ends_with("\xE2\x80\xA6"))
        return false;
    std::size_t pos = 0;
    char32_t first = utf8::decode(next, pos);
    // « d'autres forces » …
    if ((first == U'\u00AB' || first == U'"' || first == U'\u201C') && pos < next.size()) {
        while (pos < next.size() && (next[pos] == ' ' || next.substr(pos, 2) == "\xC2\xA0"))
            pos += next[pos] == ' ' ? 1 : 2;
        first = utf8::decode(next, pos);
    }
    return (first >= U'a' && first <= U'z') || (first >= 0xDF && first <= 0xFF && first != 0xF7) || first == 0x153;
}

// Per line, whether its sentence goes on in the next line. A text wrapped at a fixed width, as
// some sites and mail copies are, runs its sentences over many lines; only a text where that is
// common is read so, and a page's odd line of chrome in lower case ("image", "newsletter") stays
// a line of its own (all false).
std::vector<bool> wrapped_lines(std::string_view text, const std::vector<Span>& lines) {
    std::vector<bool> goes_on(lines.size(), false);
    std::size_t breaks = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        goes_on[i] = breaks_a_sentence(slice(text, lines[i]), slice(text, lines[i + 1]));
        breaks += goes_on[i];
    }
    if (breaks < kMinWrappedBreaks || breaks * kWrappedShare < lines.size() - 1) {
        goes_on.assign(lines.size(), false);
        return goes_on;
    }
    // Once the text is known to be wrapped, a line cut before a number goes on too ("Selon le
    // gouvernement, 1" / "400 personnes ont été tuées"); alone, such lines say nothing of wrapping.
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        const std::string_view line = slice(text, lines[i]), next = slice(text, lines[i + 1]);
        const char last = line.back();
        const bool open_end = (last >= 'a' && last <= 'z') || (last >= '0' && last <= '9') || last == ',';
        if (!goes_on[i] && open_end && line.size() >= kMinCutLineBytes && next.front() >= '0' && next.front() <= '9')
            goes_on[i] = true;
    }
    return goes_on;
}

}  // namespace

Layout read_layout(std::string_view text, const Calendar& calendar) {
    Layout layout;
    const std::vector<Span> lines = non_empty_lines(text);
    const std::vector<bool> continues = wrapped_lines(text, lines);
    std::size_t next = 0;
    // "GRENADE, 5 octobre (EUROPA PRESS) –" on a line of its own opens the text as a dateline, not
    // as a title, though it ends on no full stop.
    bool dated = false;
    const auto first_dateline = lines.size() >= 2 ? read_dateline(text, lines[0], calendar, &dated) : std::nullopt;
    const bool opens_on_dateline = first_dateline && (dated || is_upper_case(first_dateline->place));
    if (lines.size() >= 2 && !opens_on_dateline) {
        const std::string_view first = slice(text, lines[0]);
        const bool short_enough = lines[0].size() <= kMaxTitleBytes;
        if (short_enough && !continues[0] && (is_upper_case(first) || !ends_like_a_sentence(first))) {
            layout.title = lines[0];
            next = 1;
        }
    }
    if (next < lines.size() && next + 1 < lines.size()) {
        if (auto d = read_dateline(text, lines[next], calendar)) {
            layout.dateline = std::move(d);
            ++next;
        }
    }
    for (std::size_t i = next; i < lines.size(); ++i) {
        if (i > next && continues[i - 1]) {
            layout.paragraphs.back().end = lines[i].end;
        } else {
            layout.paragraphs.push_back(lines[i]);
        }
    }
    if (!layout.dateline && !layout.paragraphs.empty()) {
        // " date 2022-10 BOGOTA, Colombie (AP) – …": the label stays a paragraph of its own, with or
        // without a dateline after it; " date 2020-10 Le principal parti … a dénoncé …": the
        // sentence starts past the label, where its subject is read.
        const Span front = layout.paragraphs.front();
        const std::size_t start = past_date_label(text, front);
        layout.dateline = read_leading_dateline(text, {start, front.end}, calendar);
        layout.paragraphs.front() =
            trim(text, {layout.dateline ? layout.dateline->span.end : start, front.end});
        if (start > front.start)
            layout.paragraphs.insert(layout.paragraphs.begin(), trim(text, {front.start, start}));
    }
    return layout;
}

}  // namespace depeche
