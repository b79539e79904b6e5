#include "tense.h"

namespace depeche::time {
namespace {

bool ends_with_any(std::string_view word, const std::vector<std::string>& endings, std::size_t min_stem) {
    for (const std::string& e : endings)
        if (word.size() >= e.size() + min_stem && word.ends_with(e)) return true;
    return false;
}

struct Reader {
    std::string_view text;
    const std::vector<Token>& tokens;
    std::size_t end;
    const TenseLexicon& lex;
    const TenseWords& words;

    std::string_view raw(std::size_t i) const { return text.substr(tokens[i].span().start, tokens[i].span().size()); }

    // The first word after i that is not an adverb or a pronoun ("n'a pas encore été"), across an
    // opening quotation mark ("se dit prêt à « organiser … »").
    std::size_t next_content(std::size_t i) const {
        for (std::size_t k = i + 1, seen = 0; k < end && seen < 5; ++k, ++seen) {
            const Token& t = tokens[k];
            if (t.kind == TokenKind::quote_open) continue;
            if (t.kind != TokenKind::word && t.kind != TokenKind::elision) return end;
            if (!lex.skip_words.count(t.key())) return k;
        }
        return end;
    }

    // Whether an infinitive of intention follows the asking at k, past its object: "a appelé les
    // deux parties à trouver", "a promis de revenir".
    bool asks_ahead(std::size_t k) const {
        constexpr std::size_t kObject = 6;
        for (std::size_t j = k + 1; j < end && j <= k + kObject; ++j) {
            if (tokens[j].kind == TokenKind::punct || tokens[j].kind == TokenKind::sentence_end) return false;
            if (!lex.intention_links.count(tokens[j].key())) continue;
            const std::size_t v = next_content(j);
            return v < end && ends_with_any(tokens[v].folded(), lex.infinitive_endings, 2);
        }
        return false;
    }

    Tense classify(std::size_t i) const {
        const Token& t = tokens[i];
        if (t.kind != TokenKind::word) return Tense::unknown;
        const TenseWords::Answer w = words.of(t);
        const std::string_view word = raw(i);
        const bool conditional = w.maybe_auxiliary && lex.conditional_etre_auxiliaries.count(word) > 0;
        const bool etre = conditional || (w.maybe_auxiliary && lex.etre_auxiliaries.count(word) > 0);
        if (etre || (w.maybe_auxiliary && lex.past_auxiliaries.count(word))) {
            const std::size_t k = next_content(i);
            // "avons rendez-vous": a compound noun is no participle. Without one the verb stands
            // alone and its ending tells: "aurait lieu le 20 mars" looks ahead.
            if (k >= end || raw(k).find('-') != std::string_view::npos || !ends_with_any(raw(k), lex.participle_endings, 1) ||
                lex.noun_after_auxiliary.count(tokens[k].key()))
                return conditional || ends_with_any(word, lex.conditional_endings, 0) ? Tense::future : Tense::unknown;
            if (lex.intention_participles.count(tokens[k].key()) && asks_ahead(k)) return Tense::future;
            if (!etre || (i > 0 && lex.reflexives.count(tokens[i - 1].key()))) return Tense::past;
            for (const std::string& p : lex.etre_participles)
                if (tokens[k].folded().starts_with(p) && tokens[k].folded().size() <= p.size() + 2) return Tense::past;
            return conditional ? Tense::future : Tense::unknown;
        }
        if (w.future_auxiliary || w.prospective_auxiliary) {
            std::size_t k = next_content(i);
            if (k < end && lex.intention_links.count(tokens[k].key())) k = next_content(k);
            if (k < end && ends_with_any(tokens[k].folded(), lex.infinitive_endings, 2))
                return w.prospective_auxiliary ? Tense::prospective : Tense::future;
            return Tense::unknown;
        }
        if (t.capitalized) return Tense::unknown;
        if (w.by_ending == Tense::past && ends_with_any(word, lex.conditional_endings, 2) &&
            !lex.conditional_exceptions.count(t.key()))
            return Tense::future;
        return w.by_ending;
    }
};

}  // namespace

TenseWords::TenseWords(const TenseLexicon& lexicon, const Vocabulary& words)
    : lex_(lexicon), by_word_(words, [&](const Word& w) { return ask(w); }) {}

TenseWords::Answer TenseWords::of(const Token& t) const {
    if (const Answer* a = by_word_.find(t)) return *a;
    return t.word ? ask(*t.word) : Answer{};
}

TenseWords::Answer TenseWords::ask(const Word& w) const {
    const WordKey key(w.text, w.hash);
    Answer a;
    a.maybe_auxiliary = lex_.folded_auxiliaries.count(key) > 0;
    a.future_auxiliary = lex_.future_auxiliaries.count(key) > 0;
    a.prospective_auxiliary = lex_.prospective_auxiliaries.count(key) > 0;
    if (!lex_.future_exceptions.count(key) && ends_with_any(w.text, lex_.future_endings, 2))
        a.by_ending = Tense::future;
    else if (!lex_.past_exceptions.count(key) && ends_with_any(w.text, lex_.past_endings, 2))
        a.by_ending = Tense::past;
    return a;
}

const char* to_string(Tense t) {
    switch (t) {
        case Tense::past: return "past";
        case Tense::future: return "future";
        case Tense::prospective: return "prospective";
        case Tense::unknown: return "unknown";
    }
    return "unknown";
}

Tense tense_near(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t end,
                 std::size_t timex_first, std::size_t timex_end, const TenseLexicon& lexicon, const TenseWords& words) {
    const Reader reader{text, tokens, end, lexicon, words};
    // The verb of the expression's own comma-delimited segment first ("ouvrira à l'automne, a
    // précisé la directrice"), then any verb nearby ("Dimanche, M. X a critiqué").
    std::size_t lo = timex_first, hi = timex_end;
    while (lo > first && timex_first - lo < lexicon.window && tokens[lo - 1].kind != TokenKind::punct) --lo;
    while (hi < end && hi - timex_end < lexicon.window && tokens[hi].kind != TokenKind::punct) ++hi;
    for (const auto& [from, to] : {std::pair{lo, hi}, std::pair{first, end}}) {
        for (std::size_t d = 0; d < lexicon.window; ++d) {
            if (timex_first >= from + d + 1) {
                const Tense t = reader.classify(timex_first - d - 1);
                if (t != Tense::unknown) return t;
            }
            if (timex_end + d < to) {
                const Tense t = reader.classify(timex_end + d);
                if (t != Tense::unknown) return t;
            }
        }
    }
    return Tense::unknown;
}

bool tells_schedule(const std::vector<Token>& tokens, std::size_t first, std::size_t timex_first,
                    const TenseLexicon& lexicon) {
    std::size_t before = timex_first;
    if (before > first && lexicon.schedule_links.count(tokens[before - 1].key())) --before;
    return before > first && lexicon.schedule_words.count(tokens[before - 1].key()) > 0;
}

}  // namespace depeche::time
