#include "chronology.h"

#include "core/fold.h"
#include "core/places/event_place.h"
#include "core/events/summary_words.h"
#include "core/time/date_math.h"
#include "core/word_set.h"

#include <algorithm>
#include <array>

namespace depeche::events {
namespace {

using time::Cue;

constexpr std::size_t kClauseWindow = 40;      // tokens a clause may reach on each side
constexpr std::size_t kMinClauseWords = 3;     // fewer, and the clause is only the time phrase
constexpr std::size_t kSummaryBytes = 200;
constexpr std::size_t kStatementSentences = 3; // how far back a quote may find its statement
constexpr std::size_t kMergeLookBack = 8;
constexpr std::size_t kDraftScan = 16;          // drafts looked at around a quote's cue
constexpr std::size_t kMentionScan = 64;        // mentions looked at in one span

// A long text has thousands of drafts and keeps a few hundred events: a draft points into the
// analysis and the time layer, and only a kept one becomes an Event with strings of its own.
struct Draft {
    std::uint32_t timex = 0;     // index into Analysis::timexes
    std::uint32_t sentence = 0;
    std::uint32_t added = 0;     // rank among the drafts: a total order makes an unstable sort stable
    bool statement = false;
    Span span;                   // the clause
    // The clause's tokens [first_token, end_token): its summary starts from them, where a search
    // of the byte among all the text's tokens costs a cache miss per step.
    std::uint32_t first_token = 0, end_token = 0;
    Span said;                   // what the summary is cut from: the clause, or what its reporting tail reports
    long first = 0, end = 0;     // days
    const std::string* value = nullptr;   // TIMEX3 of the timex or of its clause shift; null when unknown
    const std::string* anchor = nullptr;
    const Place* place = nullptr;
    std::vector<const Quote*> quotes;
    std::vector<const std::string*> entities;  // ids
};

// An event sits on a day: "mercredi matin" happened on that Wednesday.
std::optional<std::string_view> day_value(const Draft& d) {
    if (!d.value) return std::nullopt;
    const std::string_view v = *d.value;
    return v.size() > 10 && v[10] == 'T' ? v.substr(0, 10) : v;
}

class Builder {
public:
    Builder(std::string_view text, const TextIndex& index, const time::TimeLayer& layer,
            const time::TimeLexicon& lex, Analysis& a)
        : text_(text), ix_(index), layer_(layer), lex_(lex), buckets_(lex, *index.words), a_(a) {}

    void run() {
        index_mentions();
        drafts_.reserve(most_drafts());
        for (std::size_t i = 0; i < a_.timexes.size(); ++i) add_timex_events(i);
        attach_quotes();
        for (Draft& d : drafts_) {
            link_entities(d);
            link_place(d);
        }
        order_and_merge();
    }

private:
    std::string_view text_;
    const TextIndex& ix_;
    const time::TimeLayer& layer_;
    const time::TimeLexicon& lex_;
    const time::WordBuckets buckets_;
    Analysis& a_;
    std::vector<Draft> drafts_;  // in text order until order_and_merge()
    struct Mention {
        Span span;
        std::size_t owner;   // index into Analysis::entities or Analysis::places
        bool site = false;   // a place's mention that says where: "à Moscou"
        bool actor = false;  // a place standing for its government: "Moscou a accusé"
    };
    std::vector<Mention> entity_mentions_, place_mentions_;  // by start
    WordMap<const Place*> homes_by_entity_;  // speakers located by the places stage
    std::vector<const Quote*> quotes_by_cue_;  // by cue start

    void index_mentions() {
        std::size_t entity_count = 0, place_count = 0;
        for (const Entity& e : a_.entities) entity_count += e.mentions.size();
        for (const Place& p : a_.places) place_count += p.mentions.size();
        entity_mentions_.reserve(entity_count);
        place_mentions_.reserve(place_count);
        for (std::size_t k = 0; k < a_.entities.size(); ++k)
            for (const Span& m : a_.entities[k].mentions) entity_mentions_.push_back({m, k});
        for (std::size_t k = 0; k < a_.places.size(); ++k) {
            const Place& p = a_.places[k];
            auto by_start = [](const Span& x, const Span& y) { return x.start < y.start; };
            std::vector<Span> sites = p.site_mentions, actors = p.actor_mentions;
            std::sort(sites.begin(), sites.end(), by_start);
            std::sort(actors.begin(), actors.end(), by_start);
            auto listed = [&](const std::vector<Span>& spans, Span m) {
                const auto it = std::lower_bound(spans.begin(), spans.end(), m, by_start);
                return it != spans.end() && *it == m;
            };
            for (const Span& m : p.mentions)
                place_mentions_.push_back({m, k, listed(sites, m), listed(actors, m)});
        }
        for (auto* list : {&entity_mentions_, &place_mentions_})
            std::sort(list->begin(), list->end(), [](const Mention& x, const Mention& y) { return x.span.start < y.span.start; });
        WordMap<const Place*> places_by_id;
        for (const Place& p : a_.places) places_by_id.emplace(p.id, &p);
        for (const Entity& e : a_.entities)
            if (e.home)
                if (const Place* const* home = places_by_id.value(*e.home)) homes_by_entity_.emplace(e.id, *home);
        for (const Quote& q : a_.quotes)
            if (q.cue_span.size() > 0) quotes_by_cue_.push_back(&q);
        std::sort(quotes_by_cue_.begin(), quotes_by_cue_.end(),
                  [](const Quote* x, const Quote* y) { return x->cue_span.start < y->cue_span.start; });
    }

    // The first quote whose cue lies inside the span.
    const Quote* quote_cued_in(Span span) const {
        const auto it = std::lower_bound(quotes_by_cue_.begin(), quotes_by_cue_.end(), span.start,
                                         [](const Quote* q, std::size_t at) { return q->cue_span.start < at; });
        return it != quotes_by_cue_.end() && span.contains((*it)->cue_span) ? *it : nullptr;
    }

    // Mentions starting in [span.start, span.end), in text order.
    template <typename Visit>
    void mentions_in(const std::vector<Mention>& list, Span span, Visit visit) const {
        auto it = std::lower_bound(list.begin(), list.end(), span.start,
                                   [](const Mention& m, std::size_t at) { return m.span.start < at; });
        for (std::size_t seen = 0; it != list.end() && it->span.start < span.end && seen < kMentionScan; ++it, ++seen)
            visit(*it);
    }

    // The drafts of sentence s, as [begin, end) indices into drafts_.
    std::pair<std::size_t, std::size_t> drafts_of(std::size_t s) const {
        const auto lo = std::lower_bound(drafts_.begin(), drafts_.end(), s,
                                         [](const Draft& d, std::size_t at) { return d.sentence < at; });
        const auto hi = std::upper_bound(lo, drafts_.end(), s,
                                         [](std::size_t at, const Draft& d) { return at < d.sentence; });
        return {static_cast<std::size_t>(lo - drafts_.begin()), static_cast<std::size_t>(hi - drafts_.begin())};
    }

    const std::vector<Token>& tokens() const { return ix_.tokens; }

    // Quote marks are no boundary: "appelé les directions à « ouvrir sans délai » des négociations".
    bool is_mark(const Token& t) const {
        if (t.kind == TokenKind::sentence_end) return true;
        if (t.kind != TokenKind::punct) return false;
        const std::string_view p = text_.substr(t.span().start, t.span().size());
        return p == "," || p == ";" || p == ":" || p == "(" || p == ")" || p == "\xE2\x80\x93" || p == "\xE2\x80\x94";
    }

    // Length of the clause boundary at token k (0 if none).
    std::size_t boundary(std::size_t k, std::size_t end) const {
        if (is_mark(tokens()[k])) return 1;
        const time::PhraseBucket* b = buckets_.of(tokens()[k]);
        if (!b) return 0;
        if (const std::size_t len = lex_.match(b, tokens(), k, end, Cue::clause_break)) return len;
        if (const std::size_t len = lex_.match(b, tokens(), k, end, Cue::coordinator)) {
            const std::size_t n = k + len;
            if (n >= end) return 0;
            if (buckets_.match(tokens(), n, end, Cue::subject_pronoun)) return len;
            const Token& next = tokens()[n];
            if (next.kind == TokenKind::word && !next.capitalized) {
                for (const std::string& e : lex_.tense.infinitive_endings)
                    if (next.folded().size() > e.size() + 2 && next.folded().ends_with(e)) return len;
            }
        }
        return 0;
    }

    std::size_t words_in(std::size_t b, std::size_t e, std::size_t skip_b, std::size_t skip_e) const {
        std::size_t n = 0;
        for (std::size_t k = b; k < e; ++k)
            if ((k < skip_b || k >= skip_e) && tokens()[k].kind == TokenKind::word) ++n;
        return n;
    }

    // Tokens [b, e) of the clause around [first, end) in sentence s.
    void clause(const Sentence& s, std::size_t first, std::size_t end, std::size_t& b, std::size_t& e) const {
        const std::size_t lo = first > s.first_token + kClauseWindow ? first - kClauseWindow : s.first_token;
        const std::size_t hi = std::min(s.end_token, end + kClauseWindow);
        b = first;
        while (b > lo && !boundary(b - 1, s.end_token)) --b;
        e = end;
        while (e < hi && !boundary(e, s.end_token)) ++e;
        while (b < first && buckets_.match(tokens(), b, first, Cue::subordinator)) ++b;
        while (words_in(b, e, first, end) < kMinClauseWords) {
            if (e < hi && tokens()[e].kind != TokenKind::sentence_end) {
                e += boundary(e, s.end_token);
                while (e < hi && !boundary(e, s.end_token)) ++e;
            } else if (b > lo) {
                --b;
                while (b > lo && !boundary(b - 1, s.end_token)) --b;
            } else {
                break;
            }
        }
        // "depuis 1991, date à laquelle l'armée a occupé…": the relative clause says what happened.
        if (e + 1 < hi && tokens()[e].kind == TokenKind::punct) {
            if (const std::size_t len = buckets_.match(tokens(), e + 1, s.end_token, Cue::time_relative)) {
                e = e + 1 + len;
                while (e < hi && !boundary(e, s.end_token)) ++e;
            }
        }
    }

    static bool is_trim_byte(std::string_view s, std::size_t at, std::size_t& len) {
        static constexpr std::string_view marks[] = {"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D",
                                                     "\xC2\xA0", "\xE2\x80\xAF", "\"", " ", ","};
        for (std::string_view m : marks)
            if (s.substr(at, m.size()) == m) {
                len = m.size();
                return true;
            }
        return false;
    }

    // The words of a span without the quote marks, spaces and commas around them, cut short.
    std::string summary(Span span) const {
        std::string_view s = text_.substr(span.start, span.size());
        std::size_t len = 0;
        while (!s.empty() && is_trim_byte(s, 0, len)) s.remove_prefix(len);
        for (bool trimmed = true; trimmed && !s.empty();) {
            trimmed = false;
            for (std::size_t back = 1; back <= 3 && back <= s.size(); ++back)
                if (is_trim_byte(s, s.size() - back, len) && len == back) {
                    s.remove_suffix(back);
                    trimmed = true;
                    break;
                }
        }
        if (s.size() > kSummaryBytes) {
            std::size_t cut = s.rfind(' ', kSummaryBytes);
            if (cut == std::string_view::npos || cut == 0) cut = kSummaryBytes;
            while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
            return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
        }
        return std::string(s);
    }

    Span span_of(std::size_t b, std::size_t e) const { return {tokens()[b].span().start, tokens()[e - 1].span().end}; }

    // A finite verb as the tense lexicon knows one: an auxiliary, a past or future ending, a
    // reflexive before a word. Present tenses are missed, so a clause may reach one boundary too far.
    bool has_verb(std::size_t b, std::size_t e) const {
        const time::TenseLexicon& t = lex_.tense;
        for (std::size_t k = b; k < e; ++k) {
            const Token& tok = tokens()[k];
            if (tok.kind != TokenKind::word) continue;
            const std::string_view written = text_.substr(tok.span().start, tok.span().size());
            const std::string& f = tok.folded();
            if (t.past_auxiliaries.count(written) || t.etre_auxiliaries.count(written) ||
                t.conditional_etre_auxiliaries.count(written) || t.future_auxiliaries.count(f))
                return true;
            if (t.reflexives.count(f) && k + 1 < e && tokens()[k + 1].kind == TokenKind::word) return true;
            const auto ends = [&](const std::vector<std::string>& endings, const WordSet& exceptions, std::size_t stem) {
                if (exceptions.count(f)) return false;
                return std::any_of(endings.begin(), endings.end(),
                                   [&](const std::string& x) { return f.size() >= x.size() + stem && f.ends_with(x); });
            };
            if (ends(t.past_endings, t.past_exceptions, 2) || ends(t.future_endings, t.future_exceptions, 3)) return true;
        }
        return false;
    }

    // Tokens [b, e) grown forward, one boundary at a time, until they hold a verb: "Le 5 mai,
    // sous la médiation de la Russie" says nothing until ", les parties ont signé".
    std::size_t reach_verb(const Sentence& s, std::size_t b, std::size_t e) const {
        constexpr int kMostBoundaries = 3;
        for (int n = 0; n < kMostBoundaries && e < s.end_token && !has_verb(b, e); ++n) {
            if (tokens()[e].kind == TokenKind::sentence_end) break;
            e += std::max<std::size_t>(1, boundary(e, s.end_token));
            while (e < s.end_token && !boundary(e, s.end_token)) ++e;
        }
        return e;
    }

    // What a reader sees under the date: a clause with its subject and its verb. A clause that
    // starts in lower case inside its sentence ("qui ont eu lieu dimanche", "qu'elles aient été
    // lancées", "se rend lundi en Arménie") leans on the sentence's opening for its subject.
    std::string event_summary(const Draft& d) const {
        if (d.said != d.span || d.sentence >= ix_.sentences.size()) return summary(d.said);
        const Sentence& s = ix_.sentences[d.sentence];
        const std::size_t b = std::max<std::size_t>(d.first_token, s.first_token);
        std::size_t e = d.end_token;
        if (b >= e || e > s.end_token) return summary(d.said);
        e = reach_verb(s, b, e);
        const bool leans_back = b > s.first_token && !tokens()[b].capitalized;
        if (!leans_back) return summary(span_of(b, e));
        const Span whole = span_of(s.first_token, e);
        if (whole.size() <= kSummaryBytes) return summary(whole);
        std::size_t head = s.first_token;
        while (head < b && !boundary(head, s.end_token)) ++head;
        head = reach_verb(s, s.first_token, head);
        if (head >= b) return summary(whole);
        // No opening words before the clause to lead it: the clause alone.
        if (head == s.first_token) return summary(span_of(b, e));
        return summary(span_of(s.first_token, head)) + " \xE2\x80\xA6 " + summary(span_of(b, e));
    }

    void add(std::size_t timex, std::size_t sentence, std::size_t b, std::size_t e, const std::string* value,
             const std::string& anchor, long first, long end) {
        Draft d;
        d.timex = static_cast<std::uint32_t>(timex);
        d.value = value;
        d.anchor = &anchor;
        d.span = span_of(b, e);
        d.first_token = static_cast<std::uint32_t>(b);
        d.end_token = static_cast<std::uint32_t>(e);
        d.said = d.span;
        d.first = first;
        d.end = end;
        d.sentence = static_cast<std::uint32_t>(sentence);
        d.added = static_cast<std::uint32_t>(drafts_.size());
        drafts_.push_back(std::move(d));
    }

    // A past event in a span that holds the DCT is over by the DCT.
    long end_of(const time::TimeNote& note) const {
        long dct_first = 0, dct_end = 0;
        if (layer_.real_dct && note.tense == time::Tense::past && a_.dct &&
            time::value_span(*a_.dct, dct_first, dct_end) && note.first <= dct_first && dct_first < note.end)
            return dct_end;
        return note.end;
    }

    // ", a déclaré lundi le porte-parole." ending a sentence: the clause only says who spoke and
    // when; what happened is what was said before it. `said` is where that starts.
    bool reporting_tail(const Sentence& s, std::size_t b, std::size_t e, std::size_t& said) const {
        if (b <= s.first_token + 1 || tokens()[b - 1].kind != TokenKind::punct) return false;
        // Only a name may follow: ", a déclaré lundi le porte-parole du Kremlin, Dmitri Peskov."
        constexpr std::size_t kNameTokens = 8;
        if (s.end_token - e > kNameTokens) return false;
        for (std::size_t k = e; k < s.end_token; ++k)
            if (tokens()[k].kind == TokenKind::word && !tokens()[k].capitalized) return false;
        const Token& first = tokens()[b];
        const std::string_view word = text_.substr(first.span().start, first.span().size());
        if (!lex_.tense.past_auxiliaries.count(word) && first.folded().find("-t-") == std::string::npos) return false;
        said = quote_cued_in(span_of(b, e)) ? b : s.first_token;
        return true;
    }

    // What was said: the quote whose cue is in the reporting clause, else the sentence before it.
    Span said_span(std::size_t first, std::size_t clause, std::size_t end, std::size_t said) const {
        if (said == clause) {
            const Quote* q = quote_cued_in(span_of(clause, end));
            if (q && q->span.end <= tokens()[clause].span().start) return q->span;
        }
        return span_of(first, clause - 1);
    }

    // Drafts are large and a long text has thousands: one allocation of the bound add_timex_events
    // keeps to, rather than a doubling vector whose last step holds both copies.
    std::size_t most_drafts() const {
        std::size_t n = 0;
        for (std::size_t i = 0; i < a_.timexes.size(); ++i) {
            const time::TimeNote& note = layer_.notes[i];
            if (note.sentence == time::kNoSentence) continue;
            n += (note.dated && a_.timexes[i].type != TimexType::set) + (note.shift != time::TimeNote::kNoShift);
        }
        return n;
    }

    void add_timex_events(std::size_t i) {
        const time::TimeNote& note = layer_.notes[i];
        if (note.sentence == time::kNoSentence) return;
        const Sentence& s = ix_.sentences[note.sentence];
        const Timex& t = a_.timexes[i];
        std::size_t b = 0, e = 0;
        if (note.dated && t.type != TimexType::set) {
            clause(s, note.first_token, note.end_token, b, e);
            std::size_t said = s.first_token;
            const time::ClauseShift* landing = note.landing == time::TimeNote::kNoShift ? nullptr : &layer_.shifts[note.landing];
            const std::string* value = landing ? (layer_.real_dct ? &landing->value : nullptr) : t.value ? &*t.value : nullptr;
            const std::string& anchor = landing ? landing->anchor : t.anchor;
            if (reporting_tail(s, b, e, said)) {
                add(i, note.sentence, s.first_token, e, value, anchor, note.first, end_of(note));
                drafts_.back().said = said_span(s.first_token, b, e, said);
                return;
            }
            add(i, note.sentence, b, e, value, anchor, note.first, end_of(note));
        }
        if (note.shift != time::TimeNote::kNoShift && note.end_token < s.end_token) {
            const time::ClauseShift& shift = layer_.shifts[note.shift];
            b = note.end_token + buckets_.match(tokens(), note.end_token, s.end_token, Cue::subordinator);
            e = b;
            while (e < s.end_token && !boundary(e, s.end_token)) ++e;
            if (e == b) return;
            add(i, note.sentence, b, e, layer_.real_dct ? &shift.value : nullptr, shift.anchor, shift.first, shift.end);
        }
    }

    std::size_t sentence_of(std::size_t byte) const {
        const auto it = std::upper_bound(ix_.sentences.begin(), ix_.sentences.end(), byte,
                                         [](std::size_t b, const Sentence& s) { return b < s.span.start; });
        if (it == ix_.sentences.begin()) return time::kNoSentence;
        const std::size_t k = static_cast<std::size_t>(it - ix_.sentences.begin()) - 1;
        return ix_.sentences[k].span.end > byte ? k : time::kNoSentence;
    }

    // A quote belongs to the event whose clause holds its cue, else to the first event of its
    // sentence, else to the last statement of the same speaker a few sentences before, when no
    // other dated event stands in between.
    void attach_quotes() {
        for (const Quote& q : a_.quotes) {
            const Span where = q.cue_span.size() > 0 ? q.cue_span : q.span;
            const std::size_t s = sentence_of(where.start);
            if (s == time::kNoSentence) continue;
            const auto [lo, hi] = drafts_of(s);
            Draft* target = lo < hi ? &drafts_[lo] : nullptr;
            // Drafts come in text order: look only around the cue.
            const std::size_t at = static_cast<std::size_t>(
                std::partition_point(drafts_.begin() + static_cast<std::ptrdiff_t>(lo),
                                     drafts_.begin() + static_cast<std::ptrdiff_t>(hi),
                                     [&](const Draft& d) { return d.span.start <= where.start; }) -
                drafts_.begin());
            for (std::size_t k = std::max(lo, at > kDraftScan ? at - kDraftScan : 0); k < std::min(hi, at + kDraftScan); ++k)
                if (drafts_[k].span.overlaps(where)) target = &drafts_[k];
            if (!target && q.speaker) target = earlier_statement(s, *q.speaker);
            if (!target) continue;
            target->quotes.push_back(&q);
            target->statement = true;
        }
    }

    Draft* earlier_statement(std::size_t sentence, const std::string& speaker) {
        const std::size_t first = drafts_of(sentence).first;
        if (first == 0) return nullptr;
        Draft* nearest = &drafts_[first - 1];
        if (sentence - nearest->sentence > kStatementSentences || !nearest->statement) return nullptr;
        for (const Quote* q : nearest->quotes)
            if (q->speaker == speaker) return nearest;
        return nullptr;
    }

    static void add_entity(std::vector<const std::string*>& ids, const std::string* id) {
        if (std::none_of(ids.begin(), ids.end(), [&](const std::string* known) { return *known == *id; }))
            ids.push_back(id);
    }

    void link_entities(Draft& d) {
        mentions_in(entity_mentions_, d.span, [&](const Mention& m) {
            if (d.span.contains(m.span)) add_entity(d.entities, &a_.entities[m.owner].id);
        });
        for (const Quote* q : d.quotes)
            if (q->speaker) add_entity(d.entities, &*q->speaker);
    }

    // The place of an event: a site its clause names ("au Karabakh"), or one named outside the
    // quotes of its statements ("lors d'un point de presse à Moscou"), or in its sentence; else
    // the last place its clause names that is not an actor; else, for an event of the DCT's days
    // that names no place abroad, the dateline's.
    void link_place(Draft& d) {
        const Place* best = nullptr;
        std::size_t rank = 99, best_start = 0;
        auto consider = [&](const Place& p, const Span& m, std::size_t r) {
            if (r < rank || (r == rank && m.start > best_start)) {
                best = &p;
                rank = r;
                best_start = m.start;
            }
        };
        std::vector<Span> quote_sentences, quote_spans;
        for (std::size_t k = 0; k < d.quotes.size() && k < kDraftScan; ++k) {
            const Quote* q = d.quotes[k];
            quote_spans.push_back(q->span);
            const std::size_t s = sentence_of(q->cue_span.size() ? q->cue_span.start : q->span.start);
            if (s != time::kNoSentence) quote_sentences.push_back(ix_.sentences[s].span);
        }
        const Span sentence = ix_.sentences[d.sentence].span;
        const Span timex_span = a_.timexes[d.timex].span;
        auto rank_mention = [&](const Mention& mention) {
            const Span m = mention.span;
            const Place& p = a_.places[mention.owner];
            const bool located = mention.site;
            // A place named inside what was said (unless the event is told there), or standing for
            // its government ("Moscou a accusé"), is not where the event happened.
            const bool said = std::any_of(quote_spans.begin(), quote_spans.end(), [&](const Span& q) {
                return q.contains(m) && !q.contains(timex_span);
            });
            if (said || mention.actor) return;
            if (d.span.contains(m) && located) consider(p, m, 0);
            else if (located && std::any_of(quote_sentences.begin(), quote_sentences.end(),
                                            [&](const Span& s) { return s.contains(m); }))
                consider(p, m, 1);
            else if (located && sentence.contains(m)) consider(p, m, 2);
            else if (d.span.contains(m)) consider(p, m, 4);
        };
        mentions_in(place_mentions_, sentence, rank_mention);
        for (const Span& s : quote_sentences)
            if (!sentence.contains(s)) mentions_in(place_mentions_, s, rank_mention);
        // A statement with no site of its own happened where its speaker speaks from.
        if (!best || rank > 3)
            for (const std::string* id : d.entities)
                if (const Place* const* home = homes_by_entity_.value(*id)) {
                    best = *home;
                    rank = 3;
                    break;
                }
        if (!best && a_.dateline) best = dateline_place(d, sentence);
        if (best) d.place = best;
    }

    // The dateline's first place, when the event may have happened there (dateline_may_place).
    const Place* dateline_place(const Draft& d, Span sentence) const {
        // "EREVAN/BAKOU, 10 novembre": the reporter is in one of two countries, which one is unknown.
        const Place* dateline = nullptr;
        bool one_country = true;
        mentions_in(place_mentions_, a_.dateline->span, [&](const Mention& m) {
            const Place& p = a_.places[m.owner];
            if (!dateline) dateline = &p;
            else one_country = one_country && p.country == dateline->country;
        });
        if (!dateline || !one_country) return nullptr;
        std::vector<const Place*> named;
        mentions_in(place_mentions_, sentence, [&](const Mention& m) { named.push_back(&a_.places[m.owner]); });
        DaySpan dct;
        const bool known = layer_.real_dct && a_.dct && time::value_span(*a_.dct, dct.first, dct.end);
        return dateline_may_place(*dateline, named, {d.first, d.end}, known ? &dct : nullptr) ? dateline : nullptr;
    }

    using Hashes = WordHashes;

    // The summaries' words are dear to make and rarely needed: they are made only for drafts that
    // neither their days nor their entities tell apart, by `words_of`, at most once per draft.
    template <class WordsOf>
    static bool same_event(const Draft& x, const Draft& y, WordsOf words_of) {
        if (x.first != y.first || x.end != y.end || day_value(x) != day_value(y)) return false;
        for (const std::string* id : x.entities)
            if (std::any_of(y.entities.begin(), y.entities.end(), [&](const std::string* other) { return *other == *id; }))
                return true;
        const Hashes& x_words = words_of(x);
        const Hashes& y_words = words_of(y);
        const std::size_t shared = shared_count(x_words, y_words);
        const std::size_t smaller = std::min(x_words.size(), y_words.size());
        return smaller > 0 && 2 * shared >= smaller;
    }

    // The contract's event: strings of its own, made for kept drafts only.
    Event event_of(const Draft& d, std::size_t rank) const {
        Event e;
        e.id = numbered_id("ev", rank);
        if (const auto v = day_value(d)) e.value = std::string(*v);
        e.anchor = *d.anchor;
        e.timex = a_.timexes[d.timex].id;
        if (d.place) e.place = d.place->id;
        e.entities.reserve(d.entities.size());
        for (const std::string* id : d.entities) e.entities.push_back(*id);
        e.quotes.reserve(d.quotes.size());
        for (const Quote* q : d.quotes) e.quotes.push_back(q->id);
        e.span = d.span;
        e.summary = event_summary(d);
        return e;
    }

    void order_and_merge() {
        // A span is placed by the day it is over, then by its start: "2020" after "l'automne
        // 2020", "la semaine dernière" before its own Sunday.
        std::sort(drafts_.begin(), drafts_.end(), [](const Draft& x, const Draft& y) {
            if (x.end != y.end) return x.end < y.end;
            if (x.first != y.first) return x.first < y.first;
            if (x.span.start != y.span.start) return x.span.start < y.span.start;
            return x.added < y.added;
        });
        // Kept drafts are compacted to the front of drafts_ itself: no second vector of them. Only
        // the last kMergeLookBack kept drafts are ever compared, so only their words are kept.
        std::size_t kept = 0;
        std::array<Hashes, kMergeLookBack> kept_words;  // of kept draft k at k % kMergeLookBack
        std::array<bool, kMergeLookBack> kept_known{};   // whether kept_words holds them yet
        Hashes words;
        for (Draft& d : drafts_) {
            bool known = false;
            std::size_t k = kept;
            const auto words_of = [&](const Draft& x) -> const Hashes& {
                Hashes& out = &x == &d ? words : kept_words[k % kMergeLookBack];
                bool& made = &x == &d ? known : kept_known[k % kMergeLookBack];
                if (!made) summary_words(summary(x.said), out);
                made = true;
                return out;
            };
            Draft* twin = nullptr;
            for (std::size_t seen = 0; k-- > 0 && seen < kMergeLookBack && !twin; ++seen)
                if (same_event(drafts_[k], d, words_of)) twin = &drafts_[k];
            if (!twin) {
                if (&drafts_[kept] != &d) drafts_[kept] = std::move(d);
                kept_words[kept % kMergeLookBack].swap(words);
                kept_known[kept % kMergeLookBack] = known;
                ++kept;
                continue;
            }
            twin->quotes.insert(twin->quotes.end(), d.quotes.begin(), d.quotes.end());
            for (const std::string* id : d.entities) add_entity(twin->entities, id);
            if (!twin->place) twin->place = d.place;
        }
        a_.events.reserve(kept);
        for (std::size_t k = 0; k < kept; ++k) a_.events.push_back(event_of(drafts_[k], k + 1));
    }
};

}  // namespace

void build_chronology(std::string_view text, const TextIndex& index, const time::TimeLayer& layer,
                      const time::TimeLexicon& lexicon, Analysis& a) {
    Builder(text, index, layer, lexicon, a).run();
}

}  // namespace depeche::events
