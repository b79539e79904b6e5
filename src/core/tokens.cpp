#include "tokens.h"

#include "fold.h"
#include "utf8.h"

#include <algorithm>

namespace depeche {

static_assert(sizeof(Token) <= 16, "a token per five bytes of text: its size is the analysis's memory");

namespace {

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 || c == 0x202F || (c >= 0x2000 && c <= 0x200A);
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_letter(char32_t c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
    if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
    // General punctuation, symbols, arrows, dingbats and emoji are not letters.
    return !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x1F000 && c <= 0x1FAFF) && !(c >= 0x3000 && c <= 0x303F);
}
// Latin capitals, and the Romanian ones with a comma ("Ș", "Ț"), Greek and Cyrillic: "Ștefan", "Šefčovič".
bool is_upper(char32_t c) {
    return is_latin_capital(c) || c == 0x218 || c == 0x21A || (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F);
}
bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
// "l‘armée", "d`un": between two letters, an opening single quote, a grave or an acute accent
// typed for the apostrophe opens no quotation.
bool is_typed_apostrophe(char32_t c) { return c == 0x2018 || c == 0x60 || c == 0xB4; }
bool is_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
bool is_sentence_end(char32_t c) { return c == '.' || c == '!' || c == '?' || c == 0x2026; }
bool is_opening_mark(char32_t c) { return c == 0xAB || c == 0x201C || c == 0x2018 || c == 0x2039 || c == 0x201E; }
bool is_closing_mark(char32_t c) { return c == 0xBB || c == 0x201D || c == 0x203A; }
// What may follow a closing quotation mark right away: `mètres ", dit-il`, `fin » .`.
bool follows_closing_mark(char32_t c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == '!' || c == '?';
}

// A cursor over one paragraph that decodes lazily.
struct Cursor {
    std::string_view text;
    std::size_t end;
    char32_t at(std::size_t pos) const {
        if (pos >= end) return 0;
        std::size_t p = pos;
        return utf8::decode(text, p);
    }
    std::size_t next(std::size_t pos) const {
        std::size_t p = pos;
        utf8::decode(text, p);
        return p;
    }
    char32_t before(std::size_t pos, std::size_t floor) const {
        if (pos <= floor) return 0;
        std::size_t p = pos - 1;
        while (p > floor && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
        return at(p);
    }
};

class Tokenizer {
public:
    // `recent_slots`, a power of two or 0, sizes the table of recent short spellings.
    Tokenizer(std::string_view text, const TokenizerLexicon& lexicon, Vocabulary& words, std::size_t recent_slots = 0)
        : text_(text), lexicon_(lexicon), words_(words), recent_(recent_slots) {}

    void paragraph(Span para, std::vector<Token>& out) {
        Cursor c{text_, para.end};
        bool inside_straight = false;
        std::size_t single_close = std::string_view::npos;  // the straight single quote that closes the open one
        std::size_t pos = para.start;
        while (pos < para.end) {
            const char32_t cp = c.at(pos);
            const std::size_t after = c.next(pos);
            if (is_space(cp)) {
                pos = after;
            } else if (is_letter(cp)) {
                pos = word(c, pos, out);
            } else if (is_digit(cp)) {
                pos = number(c, pos, out);
            } else if (is_sentence_end(cp)) {
                std::size_t e = after;
                while (e < para.end && e - pos < kMaxTokenBytes && is_sentence_end(c.at(e))) e = c.next(e);
                emit(out, {pos, e}, TokenKind::sentence_end);
                pos = e;
            } else if (cp == '\'' && pos == single_close) {
                emit(out, {pos, after}, TokenKind::quote_close);
                single_close = std::string_view::npos;
                pos = after;
            } else if (cp == '\'' && (single_close = closing_single_quote(c, pos, after, para)) != std::string_view::npos) {
                emit(out, {pos, after}, TokenKind::quote_open);
                pos = after;
            } else if (cp == '"') {
                emit(out, {pos, after}, straight_quote(c, pos, after, para.start, inside_straight));
                pos = after;
            } else if (is_opening_mark(cp)) {
                emit(out, {pos, after}, reversed_closing(c, pos, after, para) ? TokenKind::quote_close : TokenKind::quote_open);
                pos = after;
            } else if (is_closing_mark(cp) || cp == 0x2019) {
                emit(out, {pos, after}, TokenKind::quote_close);
                pos = after;
            } else {
                emit(out, {pos, after}, TokenKind::punct);
                pos = after;
            }
        }
    }

private:
    std::string_view text_;
    const TokenizerLexicon& lexicon_;
    Vocabulary& words_;
    WordMap<const Word*> spelled_;  // raw spellings that are not their own folded form
    std::string scratch_;

    // Most tokens are short words met again and again, yet the vocabulary of a long text is too
    // large for the cache: a small table of recent spellings of up to 7 bytes, keyed by their
    // bytes and length packed in one integer, answers them without hashing or reaching into it.
    struct Spelling {
        std::uint64_t key = 0;
        const Word* word = nullptr;
    };
    std::vector<Spelling> recent_;

    // 0 for a spelling too long to pack.
    static std::uint64_t short_key(std::string_view raw) {
        if (raw.empty() || raw.size() > 7) return 0;
        std::uint64_t key = std::uint64_t{raw.size()} << 56;
        for (std::size_t k = 0; k < raw.size(); ++k) key |= std::uint64_t{static_cast<unsigned char>(raw[k])} << (8 * k);
        return key;
    }

    // Most tokens are lower-case ASCII, their own folded form: no copy to make.
    static bool is_folded(std::string_view raw) {
        for (const char c : raw)
            if (static_cast<unsigned char>(c) >= 0x80 || (c >= 'A' && c <= 'Z') || c == '`') return false;
        return true;
    }

    // The view is valid until the next call.
    std::string_view folded(std::string_view raw) {
        if (is_folded(raw)) return raw;
        fold_into(raw, scratch_);
        return scratch_;
    }

    const Word& intern(std::string_view raw) {
        const std::uint64_t key = recent_.empty() ? 0 : short_key(raw);
        if (key == 0) return lookup(raw);
        Spelling& slot = recent_[((key * 0x9E3779B97F4A7C15ull) >> 32) & (recent_.size() - 1)];
        if (slot.key != key) slot = {key, &lookup(raw)};
        return *slot.word;
    }

    // A word spelled as before ("Moscou", "été") is folded once per text.
    const Word& lookup(std::string_view raw) {
        if (is_folded(raw)) return words_.intern(raw);
        const Word*& known = spelled_[raw];
        if (!known) known = &words_.intern(folded(raw));
        return *known;
    }

    bool is_elision(std::string_view raw) { return lexicon_.elisions.count(folded(raw)) > 0; }

    // "N'Djamena", "N'Golo Kanté": a capital name elision before a capital and a small letter is
    // the name's first letters; "N'EST" in a title and "N'a-t-il" stay the negation.
    bool opens_name(std::string_view raw, const Cursor& c, std::size_t after) {
        if (raw.empty() || !is_upper(static_cast<unsigned char>(raw[0])) || !lexicon_.name_elisions.count(folded(raw)))
            return false;
        const std::size_t second = c.next(after);
        return is_upper(c.at(after)) && second < c.end && is_letter(c.at(second)) && !is_upper(c.at(second));
    }

    void emit(std::vector<Token>& out, Span s, TokenKind kind) {
        Token t;
        t.start = static_cast<std::uint32_t>(s.start);
        t.length = static_cast<std::uint16_t>(s.size());
        t.kind = kind;
        t.word = &intern(text_.substr(s.start, s.size()));
        std::size_t p = s.start;
        t.capitalized = is_upper(utf8::decode(text_, p)) || (kind == TokenKind::word && particle_name(s));
        out.push_back(t);
    }

    // "al-Charaa", "el-Assad": a lower-case particle and a hyphen before a capital.
    bool particle_name(Span s) const {
        const std::string_view raw = text_.substr(s.start, s.size());
        // Only the first bytes can hold a particle's hyphen: the rest of a word is not searched.
        const std::size_t hyphen = raw.substr(0, kMaxParticleBytes + 1).find('-');
        if (hyphen == std::string_view::npos || hyphen == 0 || hyphen > kMaxParticleBytes || hyphen + 1 >= raw.size())
            return false;
        std::size_t p = s.start + hyphen + 1;
        return is_upper(utf8::decode(text_, p)) && lexicon_.name_particles.count(raw.substr(0, hyphen)) > 0;
    }

    // "« C'est un désastre« , a expliqué le maire": an opening mark glued to the word before it
    // and followed by punctuation, or by nothing, is a closing one typed the wrong way round.
    bool reversed_closing(const Cursor& c, std::size_t pos, std::size_t after, Span para) const {
        const char32_t prev = c.before(pos, para.start);
        if (prev == 0 || is_space(prev) || !(is_letter(prev) || is_digit(prev) || is_sentence_end(prev))) return false;
        std::size_t q = after;
        while (q < para.end && is_space(c.at(q))) q = c.next(q);
        const char32_t next = q < para.end ? c.at(q) : 0;
        return next == 0 || follows_closing_mark(next);
    }

    // "L'armée a dit 'poursuivre son opération' mardi": a straight single quote after a space and
    // before a letter opens a quotation when one closes it in the same paragraph, after a letter
    // and before a space or punctuation; an apostrophe between letters ("l'armée") closes none.
    // Returns where it closes, or npos.
    std::size_t closing_single_quote(const Cursor& c, std::size_t pos, std::size_t after, Span para) const {
        constexpr std::size_t kReach = 400;
        const char32_t prev = c.before(pos, para.start);
        if (!(prev == 0 || is_space(prev) || prev == '(' || prev == '[') || !is_letter(c.at(after))) return std::string_view::npos;
        for (std::size_t q = after; q < para.end && q - pos < kReach; q = c.next(q)) {
            if (c.at(q) != '\'') continue;
            const char32_t before = c.before(q, para.start), next = c.at(c.next(q));
            if (is_letter(next)) {
                if (is_space(before)) return std::string_view::npos;  // another one opens first
                continue;
            }
            const bool after_word = is_letter(before) || is_digit(before) || is_sentence_end(before);
            const bool ends = next == 0 || is_space(next) || follows_closing_mark(next);
            return after_word && ends ? q : std::string_view::npos;
        }
        return std::string_view::npos;
    }

    // A straight quote opens after a space or an opening bracket and before a letter, closes in
    // the mirror position or before punctuation; when the context says neither, it alternates
    // within the paragraph.
    TokenKind straight_quote(const Cursor& c, std::size_t pos, std::size_t after, std::size_t floor, bool& inside) {
        const char32_t prev = c.before(pos, floor);
        const char32_t next = c.at(after);
        const bool opens = prev == 0 || is_space(prev) || prev == '(' || prev == '[' || is_apostrophe(prev) || prev == ':';
        const bool closes = next == 0 || is_space(next) || follows_closing_mark(next);
        // Punctuation right after the mark only ever follows a closing one: `mètres ", dit-il`.
        const bool punctuation_after = next == ',' || next == '.' || next == ';' || next == ')' || next == '!' || next == '?';
        bool open = !inside;
        if (opens && !closes) open = true;
        if ((closes && !opens) || punctuation_after) open = false;
        inside = open;
        return open ? TokenKind::quote_open : TokenKind::quote_close;
    }

    // "ACTUALITE.CD", "Franceinfo.fr": a stop between letters, with a site's suffix after it and
    // no letter after that, is part of a name. The suffix is in lower case, or in capitals after a
    // name in capitals: "au village.Ma mère" is a missing space. Where the suffix ends, or `stop`
    // when it is no site.
    std::size_t domain_end(const Cursor& c, std::size_t start, std::size_t stop) {
        std::size_t e = stop + 1;
        while (e < c.end && e - stop <= kMaxDomainSuffix && is_ascii_letter(text_[e])) ++e;
        if (e == stop + 1 || e - stop > kMaxDomainSuffix || (e < c.end && (is_letter(c.at(e)) || is_digit(c.at(e)))))
            return stop;
        const std::string_view suffix = text_.substr(stop + 1, e - stop - 1);
        const bool lower = std::none_of(suffix.begin(), suffix.end(), is_ascii_upper);
        const bool capitals = std::all_of(suffix.begin(), suffix.end(), is_ascii_upper) &&
                              std::none_of(text_.begin() + static_cast<std::ptrdiff_t>(start),
                                           text_.begin() + static_cast<std::ptrdiff_t>(stop),
                                           [](char b) { return b >= 'a' && b <= 'z'; });
        return (lower || capitals) && lexicon_.domain_suffixes.count(folded(suffix)) ? e : stop;
    }
    static bool is_ascii_upper(char b) { return b >= 'A' && b <= 'Z'; }
    static bool is_ascii_letter(char b) { return is_ascii_upper(b) || (b >= 'a' && b <= 'z'); }

    std::size_t word(const Cursor& c, std::size_t start, std::vector<Token>& out) {
        std::size_t pos = start;
        bool hyphenated = false;
        while (pos < c.end && pos - start < kMaxTokenBytes) {
            const char b = text_[pos];
            if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) {
                ++pos;
                continue;
            }
            const char32_t cp = c.at(pos);
            if (is_letter(cp) || is_digit(cp)) {
                pos = c.next(pos);
                continue;
            }
            const std::size_t after = c.next(pos);
            const char32_t next = c.at(after);
            if (is_hyphen(cp) && is_letter(next)) {
                hyphenated = true;
                pos = after;
                continue;
            }
            if ((is_apostrophe(cp) || is_typed_apostrophe(cp)) && is_letter(next)) {
                if (!hyphenated && is_elision(text_.substr(start, pos - start)) &&
                    !opens_name(text_.substr(start, pos - start), c, after)) {
                    emit(out, {start, after}, TokenKind::elision);
                    start = after;
                }
                pos = after;
                continue;
            }
            if (is_apostrophe(cp) && !hyphenated && is_elision(text_.substr(start, pos - start))) {
                // "l' " before a quote or a space still elides.
                emit(out, {start, after}, TokenKind::elision);
                return after;
            }
            break;
        }
        if (pos < c.end && c.at(pos) == '.') {
            if (const std::size_t site = domain_end(c, start, pos); site > pos) {
                emit(out, {start, site}, TokenKind::word);
                return site;
            }
            const bool initial = pos - start == 1 && is_upper(c.at(start));
            if (initial || lexicon_.abbreviations.count(folded(text_.substr(start, pos - start)))) {
                emit(out, {start, pos + 1}, TokenKind::abbreviation);
                return pos + 1;
            }
        }
        emit(out, {start, pos}, TokenKind::word);
        return pos;
    }

    std::size_t number(const Cursor& c, std::size_t start, std::vector<Token>& out) {
        std::size_t pos = start;
        while (pos < c.end && pos - start < kMaxTokenBytes) {
            const char32_t cp = c.at(pos);
            if (is_digit(cp)) {
                pos = c.next(pos);
                continue;
            }
            const std::size_t after = c.next(pos);
            // "10h30" and, as agencies write it, "13H36" are one clock time.
            if ((cp == '.' || cp == ',' || cp == '/' || cp == ':' || cp == 'h' || cp == 'H') && is_digit(c.at(after))) {
                pos = after;
                continue;
            }
            break;
        }
        // Ordinal suffixes: 1er, 2e, 3ème, 1re, and an English source's 18th.
        std::size_t suffix = pos;
        while (suffix < c.end && is_letter(c.at(suffix)) && suffix - pos < 4) suffix = c.next(suffix);
        if (suffix > pos && lexicon_.ordinal_suffixes.count(folded(text_.substr(pos, suffix - pos)))) pos = suffix;
        emit(out, {start, pos}, TokenKind::number);
        return pos;
    }
};

bool starts_sentence(const Token& t) {
    return t.capitalized || t.kind == TokenKind::quote_open || t.kind == TokenKind::number;
}

void split_sentences(const std::vector<Token>& tokens, std::size_t first, std::size_t end, std::size_t paragraph,
                     std::vector<Sentence>& out) {
    int depth = 0;
    std::size_t start = first;
    auto close = [&](std::size_t last) {
        out.push_back({{tokens[start].span().start, tokens[last].span().end}, start, last + 1, paragraph});
        start = last + 1;
    };
    for (std::size_t i = first; i < end; ++i) {
        const Token& t = tokens[i];
        if (t.kind == TokenKind::quote_open) ++depth;
        if (t.kind == TokenKind::quote_close && depth > 0) --depth;
        if (i + 1 == end) break;
        const Token& next = tokens[i + 1];
        const bool after_end = t.kind == TokenKind::sentence_end ||
                               (t.kind == TokenKind::quote_close && i > first && tokens[i - 1].kind == TokenKind::sentence_end);
        if (after_end && depth == 0 && starts_sentence(next) && next.kind != TokenKind::quote_close) close(i);
    }
    if (start < end) close(end - 1);
}

}  // namespace

std::size_t first_token_from(const std::vector<Token>& tokens, std::size_t byte) {
    const auto it = std::lower_bound(tokens.begin(), tokens.end(), byte,
                                     [](const Token& t, std::size_t b) { return t.span().start < b; });
    return static_cast<std::size_t>(it - tokens.begin());
}

bool load_tokenizer_lexicon(const nlohmann::json& data, TokenizerLexicon& out, std::string& error) {
    const std::pair<const char*, WordSet*> lists[] = {{"abbreviations", &out.abbreviations},
                                                      {"elisions", &out.elisions},
                                                      {"name_elisions", &out.name_elisions},
                                                      {"name_particles", &out.name_particles},
                                                      {"domain_suffixes", &out.domain_suffixes},
                                                      {"ordinal_suffixes", &out.ordinal_suffixes}};
    for (const auto& [key, set] : lists) {
        const auto it = data.find(key);
        if (it == data.end() || !it->is_array()) {
            error = std::string("abbreviations.json: \"") + key + "\" must be a list of words";
            return false;
        }
        WordSet& target = *set;
        for (const auto& w : *it) {
            if (!w.is_string()) {
                error = std::string("abbreviations.json: \"") + key + "\" holds a non-string";
                return false;
            }
            target.insert(w.get<std::string>());
        }
    }
    return true;
}

bool is_plain_word(std::string_view text) {
    if (text.empty() || text.size() > kMaxTokenBytes) return false;
    std::size_t pos = 0;
    bool after_letter = false;
    while (pos < text.size()) {
        const char32_t cp = utf8::decode(text, pos);
        const bool letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
                            (cp >= 0xC0 && cp <= 0x17F && cp != 0xD7 && cp != 0xF7);
        if (cp == '-' ? !after_letter || pos >= text.size() : !letter) return false;
        after_letter = letter;
    }
    return true;
}

void tokenize(std::string_view text, const TokenizerLexicon& lexicon, Vocabulary& words, std::vector<Token>& out) {
    out.clear();
    Tokenizer(text, lexicon, words).paragraph(Span{0, text.size()}, out);
}

TextIndex index_text(std::string_view text, const std::vector<Span>& paragraphs, const TokenizerLexicon& lexicon) {
    TextIndex index;
    index.words = std::make_shared<Vocabulary>();
    std::size_t bytes = 0;
    for (const Span& p : paragraphs) bytes += p.size();
    // News text averages a token every 5.6 bytes (measured on the gold articles): one allocation
    // instead of a doubling vector.
    index.tokens.reserve(bytes / 5 + 16);
    // About one slot per 64 bytes: a phrase of the lexicons gets a few, a long text a table that
    // still fits the L2 cache (16384 slots: 256 KiB).
    std::size_t slots = 16;
    while (slots < 16384 && slots * 64 < bytes) slots *= 2;
    Tokenizer tokenizer(text, lexicon, *index.words, slots);
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        const std::size_t first = index.tokens.size();
        tokenizer.paragraph(paragraphs[p], index.tokens);
        if (index.tokens.size() > first) split_sentences(index.tokens, first, index.tokens.size(), p, index.sentences);
    }
    // The index lives through the whole analysis, whose peak comes later: its slack is given back
    // now, while little else is held.
    index.tokens.shrink_to_fit();
    index.sentences.shrink_to_fit();
    return index;
}

TextIndex index_with_paragraph_before(std::string_view text, const TextIndex& body, Span first,
                                      const TokenizerLexicon& lexicon) {
    TextIndex index;
    index.words = body.words;
    Tokenizer tokenizer(text, lexicon, *index.words);
    tokenizer.paragraph(first, index.tokens);
    const std::size_t shift = index.tokens.size();
    if (shift > 0) split_sentences(index.tokens, 0, shift, 0, index.sentences);
    index.tokens.reserve(shift + body.tokens.size());
    index.tokens.insert(index.tokens.end(), body.tokens.begin(), body.tokens.end());
    index.sentences.reserve(index.sentences.size() + body.sentences.size());
    for (Sentence s : body.sentences) {
        s.first_token += shift;
        s.end_token += shift;
        ++s.paragraph;
        index.sentences.push_back(s);
    }
    return index;
}

}  // namespace depeche
