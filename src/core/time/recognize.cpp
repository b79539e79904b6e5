#include "recognize.h"

#include "core/fold.h"

#include <array>
#include <bit>
#include <cstdint>

namespace depeche::time {
namespace {

constexpr int kFirstYear = 1000;
constexpr int kLastYear = 2100;
// What parts hours from minutes inside one token: "10h30", "13H36", "10:30"; hours that last are
// only ever written with the letter ("1h38", "2H05").
constexpr std::string_view kHourLetters = "hH";
constexpr std::string_view kHourMarks = "hH:";
// The value of a clock word that makes the time rough and sets it apart from a day before it.
constexpr int kDetachedClock = 2;

template <class... C>
constexpr std::uint64_t any_cue(C... c) {
    return (cue_bit(c) | ...);
}

// Which readers each cue bit of a token, and each of its facts, lets start: bit r stands for
// readers[r]. A token's readers are then found from its few bits, not by asking all of them.
struct ReaderStarts {
    std::array<std::uint32_t, 64> by_cue{};
    std::array<std::uint32_t, 16> by_fact{};
};

template <class Reader, std::size_t N>
constexpr ReaderStarts reader_starts(const Reader (&readers)[N]) {
    static_assert(N <= 32, "readers are held in 32 bits");
    ReaderStarts starts;
    for (std::size_t r = 0; r < N; ++r) {
        for (unsigned c = 0; c < 64; ++c)
            if (readers[r].cues >> c & 1) starts.by_cue[c] |= std::uint32_t{1} << r;
        for (unsigned f = 0; f < 16; ++f)
            if (readers[r].facts >> f & 1) starts.by_fact[f] |= std::uint32_t{1} << r;
    }
    return starts;
}

// The bits of a mask, lowest first.
template <class Bits, class Use>
void each_bit(Bits bits, Use use) {
    for (; bits; bits &= bits - 1) use(static_cast<std::size_t>(std::countr_zero(bits)));
}

class Recognizer {
public:
    Recognizer(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t end,
               const Calendar& calendar, const TimeLexicon& lexicon, const WordBuckets& buckets)
        : text_(text), t_(tokens), first_(first), end_(end), cal_(calendar), lex_(lexicon) {
        words_.reserve(end - first);
        for (std::size_t i = first; i < end; ++i) words_.push_back({buckets.at(tokens[i])});
        std::size_t next = end;
        for (std::size_t i = end; i-- > first;) {
            if (anchors(i)) next = i;
            words_[i - first].next_anchor = static_cast<std::uint32_t>(next);
        }
    }

    // Every reading holds a number or a word of meaning (anchors()) within its first kReach
    // tokens; a word such as "le" or "en" with none after it starts nothing, and is not tried.
    bool may_start(std::size_t i) const {
        constexpr std::size_t kReach = 7;  // "il y a tout à peine 8 mois"
        const Token& t = t_[i];
        if (t.kind == TokenKind::number) return true;
        if ((t.kind != TokenKind::word && t.kind != TokenKind::elision) || !word(i).may_start) return false;
        const std::size_t next = words_[i - first_].next_anchor;
        return next < end_ && next < i + kReach;
    }

    // The expression starting at token i, longest reading first.
    bool at(std::size_t i, Match& m) const {
        static constexpr std::uint16_t kCounted = kNumber | kNumberWord | kHyphenated;  // number(i) may hold
        static constexpr Reader kReaders[] = {
            {&Recognizer::set, any_cue(Cue::set_word, Cue::span_determiner), kCounted},
            {&Recognizer::set_adverb, 0, kSetAdverb},
            {&Recognizer::vague_ref, any_cue(Cue::vague_ref), 0},
            {&Recognizer::recent_span, any_cue(Cue::span_determiner, Cue::approx_number), kCounted},
            {&Recognizer::ordinal_period, any_cue(Cue::article, Cue::day_determiner, Cue::season_word, Cue::ordinal), 0},
            {&Recognizer::period_code, any_cue(Cue::period_code), 0},
            {&Recognizer::night, any_cue(Cue::night_opener), 0},
            {&Recognizer::decade, any_cue(Cue::decade_word), 0},
            {&Recognizer::century, any_cue(Cue::article, Cue::of_word, Cue::season_word), kNumber},
            {&Recognizer::week_of_day, any_cue(Cue::article), kUnit},
            {&Recognizer::dated_day, any_cue(Cue::day_determiner, Cue::ordinal), kNumber | kWeekday | kMonth | kAbbreviation},
            {&Recognizer::narrative_day, 0, kNumber},
            {&Recognizer::anchored_day, any_cue(Cue::anchored_part, Cue::anchored_day), 0},
            {&Recognizer::day_word, any_cue(Cue::day_word), 0},
            {&Recognizer::holiday, any_cue(Cue::holiday), 0},
            {&Recognizer::this_part, any_cue(Cue::this_, Cue::article), 0},
            {&Recognizer::present, any_cue(Cue::present_ref, Cue::opening_present_ref), 0},
            {&Recognizer::unit_offset, any_cue(Cue::this_, Cue::article), 0},
            {&Recognizer::ago_or_ahead, any_cue(Cue::ago, Cue::ahead), 0},
            {&Recognizer::hours_lasting, any_cue(Cue::lasting_word), kNumber},
            {&Recognizer::clock_alone, any_cue(Cue::clock_name), kNumber | kNumberWord},
            {&Recognizer::amount_of_units,
             any_cue(Cue::duration_word, Cue::approximator, Cue::approx_number, Cue::vague_number), kCounted},
            {&Recognizer::weekday, 0, kWeekday},
            {&Recognizer::day_part, any_cue(Cue::part_of_day), 0},
            {&Recognizer::edge_of_unit, any_cue(Cue::article, Cue::season_word, Cue::month_edge), 0},
            {&Recognizer::month, any_cue(Cue::month_edge), kMonth | kHyphenated | kAbbreviation},
            {&Recognizer::season, any_cue(Cue::this_, Cue::article), kSeason},
            {&Recognizer::year, any_cue(Cue::year_word, Cue::weak_year_word), kNumber},
        };
        static constexpr ReaderStarts kStarts = reader_starts(kReaders);
        const WordBuckets::TimeWord w = word(i);
        std::uint32_t readers = 0;
        each_bit(w.bucket ? w.bucket->cues : 0, [&](std::size_t c) { readers |= kStarts.by_cue[c]; });
        each_bit(facts_of(t_[i], w), [&](std::size_t f) { readers |= kStarts.by_fact[f]; });
        bool found = false;
        for (; readers; readers &= readers - 1) {
            // Each reading starts afresh: one that fails may have filled a field.
            m = fresh_;
            m.first = i;
            if ((found = (this->*kReaders[std::countr_zero(readers)].read)(i, m))) break;
        }
        if (!found) return false;
        with_clock(m);
        m.lean = lean(m.first);
        // "depuis vendredi" reads as one expression, as "depuis 1991" does.
        if (const std::size_t p = ends_at(m.first, Cue::since); p < m.first) m.first = p;
        return true;
    }

    // "les étés 2014 et 2015": a year listed right after the year of a season in the plural is
    // that season too.
    void carry_season(const Match& before, Match& m) const {
        if (before.meaning != Meaning::season_year || m.meaning != Meaning::year || m.edge >= 0) return;
        if (!t_[before.end - 2].folded().ends_with('s')) return;
        const std::size_t len = cue(before.end, Cue::list_word);
        if (!len || before.end + len != m.first) return;
        m.meaning = Meaning::season_year;
        m.season = before.season;
    }

private:
    // What a token is beyond its cues, for the readings that start on a word without one: the
    // lists of names its word is in (Name's bits), or a number, a hyphenated word, an abbreviation.
    enum Fact : std::uint16_t {
        kNumberWord = static_cast<std::uint16_t>(Name::number_word),
        kUnit = static_cast<std::uint16_t>(Name::unit_word),
        kSetAdverb = static_cast<std::uint16_t>(Name::set_adverb),
        kMonth = static_cast<std::uint16_t>(Name::month_name),
        kWeekday = static_cast<std::uint16_t>(Name::weekday_name),
        kSeason = static_cast<std::uint16_t>(Name::season_name),
        kNumber = 1 << 8,
        kHyphenated = 1 << 9,
        kAbbreviation = 1 << 10,
    };

    static std::uint16_t facts_of(const Token& t, const WordBuckets::TimeWord& w) {
        if (t.kind == TokenKind::number) return kNumber;
        if (t.kind == TokenKind::abbreviation) return kAbbreviation;
        if (t.kind != TokenKind::word) return 0;
        return static_cast<std::uint16_t>((w.bucket ? w.bucket->names : 0) | (w.hyphenated ? kHyphenated : 0));
    }

    // A reader and what its first token must be for it to succeed: a cue of the token's or one of
    // its facts. Most tokens tried start few readings; the others are not called, the order stays.
    // A number or a hyphenated word ("vingt-deux") may be a count (number()), a hyphenated word
    // a month with its edge ("mi-octobre"), an abbreviation a month ("sept.").
    struct Reader {
        bool (Recognizer::*read)(std::size_t, Match&) const;
        std::uint64_t cues;
        std::uint16_t facts;
    };

    std::string_view text_;
    const std::vector<Token>& t_;
    std::size_t first_;
    std::size_t end_;
    const Calendar& cal_;
    const TimeLexicon& lex_;
    // The time words of the sentence's tokens, looked up once: the readings ask about the same
    // few tokens many times over. Where the next anchor is, too: may_start() asks at every token
    // of a window that the next token's window mostly repeats.
    struct Slot {
        WordBuckets::TimeWord word;
        std::uint32_t next_anchor = 0;  // the first token from this one on that anchors(), or end_
    };
    std::vector<Slot> words_;
    // What each reading starts from. Copying it costs a few moves where clearing a Match in place
    // costs a rep stos, on every reading tried; declared const, it is folded back into the clearing.
    Match fresh_;

    const WordBuckets::TimeWord& word(std::size_t i) const { return words_[i - first_].word; }

    // "sept." and "mi-octobre" are read by their parts: taken as anchors whole.
    bool anchors(std::size_t k) const {
        const Token& t = t_[k];
        if (t.kind == TokenKind::number || t.kind == TokenKind::abbreviation) return true;
        const WordBuckets::TimeWord w = word(k);
        return w.bucket ? w.bucket->anchors : t.kind == TokenKind::word && w.hyphenated;
    }

    std::size_t cue(std::size_t i, Cue c, int* value = nullptr) const {
        if (i < first_ || i >= end_) return 0;
        return lex_.match(word(i).bucket, t_, i, end_, c, value);
    }
    bool is(std::size_t i, TokenKind k) const { return i < end_ && t_[i].kind == k; }
    std::string_view raw(std::size_t i) const { return text_.substr(t_[i].span().start, t_[i].span().size()); }

    // "13", "1er", "2e": a whole number written in digits, with an ordinal suffix at most.
    bool digits(std::size_t i, int& n) const {
        if (!is(i, TokenKind::number)) return false;
        const std::string_view s = raw(i);
        n = 0;
        std::size_t k = 0;
        for (; k < s.size() && s[k] >= '0' && s[k] <= '9'; ++k) {
            if (k >= 6) return false;
            n = n * 10 + (s[k] - '0');
        }
        return k > 0 && (k == s.size() || (s[k] >= 'a' && s[k] <= 'z') || static_cast<unsigned char>(s[k]) >= 0x80);
    }

    // "trois", "vingt-deux", "quatre-vingt-dix", "44".
    bool number(std::size_t i, int& n) const {
        if (digits(i, n)) return raw(i).find_first_not_of("0123456789") == std::string_view::npos;
        if (!is(i, TokenKind::word)) return false;
        const std::string& w = t_[i].folded();
        if (const auto it = lex_.numbers.find(t_[i].key()); it != lex_.numbers.end()) {
            n = it->second;
            return n > 0;
        }
        if (w.find('-') == std::string::npos) return false;
        int total = 0, current = 0;
        std::size_t start = 0;
        while (start <= w.size()) {
            std::size_t stop = w.find('-', start);
            if (stop == std::string::npos) stop = w.size();
            const auto it = lex_.numbers.find(w.substr(start, stop - start));
            if (it == lex_.numbers.end()) return false;
            const int v = it->second;
            if (v >= 100) {
                total += (current ? current : 1) * v;
                current = 0;
            } else if (v == 20 && current > 1 && current < 10) {
                current *= v;  // quatre-vingt
            } else {
                current += v;
            }
            start = stop + 1;
        }
        n = total + current;
        return n > 0;
    }

    // A count of units: a number, or a vague one ("quelques") as -1. Returns its length in tokens.
    std::size_t amount(std::size_t i, int& n) const {
        if (const std::size_t len = cue(i, Cue::approx_number, &n)) return len;
        if (number(i, n)) return 1;
        const std::size_t len = cue(i, Cue::vague_number);
        if (len) n = -1;
        return len;
    }

    // Length of the word that qualifies the count after it ("environ", "plus de", "à peine"), 0 if
    // none; `rough` says whether it makes the count rough, or the count is a round one ("une
    // dizaine de") — TIMEX3's mod APPROX.
    std::size_t qualifier(std::size_t i, bool& rough) const {
        int roughly = 0;
        const std::size_t len = cue(i, Cue::approximator, &roughly);
        rough = roughly || cue(i + len, Cue::approx_number);
        return len;
    }

    bool unit(std::size_t i, std::string_view& u) const {
        if (!is(i, TokenKind::word)) return false;
        const std::string* found = lex_.units.value(t_[i].key());
        if (!found) return false;
        u = *found;
        return true;
    }

    // "demi-heure", "demi-journée": a unit written with its half as one word; the whole unit's code.
    bool half_unit(std::size_t i, std::string_view& u) const {
        if (!is(i, TokenKind::word)) return false;
        const std::string_view word = t_[i].folded();
        const std::size_t hyphen = word.find('-');
        if (hyphen == std::string_view::npos || !lex_.halves.count(word.substr(0, hyphen))) return false;
        const std::string* found = lex_.units.value(word.substr(hyphen + 1));
        if (!found) return false;
        u = *found;
        return true;
    }

    // n half units: "une demi-heure" is thirty minutes, "deux demi-journées" a day, "un
    // demi-siècle" fifty years; the count moves to the smaller unit that holds the half whole.
    static bool halve(int& n, std::string_view& unit) {
        if (n < 0 || n > 1'000'000) return false;
        if (unit == "CE") unit = "Y", n = 50 * n;
        else if (unit == "Y") unit = "M", n = 6 * n;
        else if (unit == "D") unit = "H", n = 12 * n;
        else if (unit == "H") unit = "MIN", n = 30 * n;
        else return false;
        return true;
    }

    // The unit of a count at i, maybe after an adjective ("huit longues minutes", "trois bonnes
    // heures"): its length in tokens, 0 if none.
    std::size_t counted_unit(std::size_t i, std::string_view& u) const {
        const std::size_t adjective = is(i, TokenKind::word) && lex_.count_adjectives.count(t_[i].key()) ? 1 : 0;
        return unit(i + adjective, u) ? adjective + 1 : 0;
    }

    // "mai et juin", "mai, juin et début juillet": a month listed after another one needs no cue
    // of its own.
    bool listed_after_month(std::size_t i) const {
        if (i < first_ + 2) return false;
        const bool link = (is(i - 1, TokenKind::punct) && raw(i - 1) == ",") || cue(i - 1, Cue::list_word) == 1;
        return link && month_at(i - 2) && !t_[i - 2].capitalized;
    }

    int month_at(std::size_t i) const {
        if (i >= end_) return 0;
        std::string_view key = t_[i].folded();
        if (t_[i].kind == TokenKind::abbreviation && key.ends_with('.')) key.remove_suffix(1);
        else if (t_[i].kind != TokenKind::word) return 0;
        const auto it = cal_.months.find(key);
        return it == cal_.months.end() ? 0 : it->second;
    }

    int weekday_at(std::size_t i, bool plural = false) const {
        if (!is(i, TokenKind::word)) return 0;
        std::string_view key = t_[i].folded();
        if (plural && key.ends_with('s')) key.remove_suffix(1);
        const auto it = cal_.weekdays.find(key);
        return it == cal_.weekdays.end() ? 0 : it->second;
    }

    // `plural` also reads "étés", "hivers" ("tous les étés"); "printemps" is both.
    bool season_at(std::size_t i, Season& s, bool plural = false) const {
        if (!is(i, TokenKind::word)) return false;
        auto it = cal_.seasons.find(t_[i].key());
        if (const std::string_view key = t_[i].folded(); it == cal_.seasons.end() && plural && key.ends_with('s'))
            it = cal_.seasons.find(key.substr(0, key.size() - 1));
        return it != cal_.seasons.end() && season_from_code(it->second, s);
    }

    int year_at(std::size_t i) const {
        int n = 0;
        if (!digits(i, n) || raw(i).size() != 4 || n < kFirstYear || n > kLastYear) return 0;
        return n;
    }

    // The year written after a period, and the tokens it takes: "2023", "de 2023", "de l'année
    // 2023" ("au deuxième trimestre de l'année 2023", "en mars de l'an 2020"); 0 with none.
    std::size_t year_after(std::size_t k, int& year) const {
        if ((year = year_at(k))) return 1;
        const std::size_t of = cue(k, Cue::of_word);
        if (!of) return 0;
        if ((year = year_at(k + of))) return of + 1;
        const std::size_t at = k + of + cue(k + of, Cue::article);
        std::string_view u;
        if (at < end_ && unit(at, u) && u == "Y" && (year = year_at(at + 1))) return at + 2 - k;
        year = 0;
        return 0;
    }

    // "dernier" / "prochain" after a name: -1, +1 (+2 for "mardi en huit", the Tuesday after the
    // next), or 0 with no token used.
    std::size_t direction(std::size_t i, int& shift) const {
        if (std::size_t len = cue(i, Cue::last)) {
            shift = -1;
            return len;
        }
        if (std::size_t len = cue(i, Cue::next, &shift)) return len;
        shift = 0;
        return 0;
    }

    // Where a phrase with this cue starts if it ends right before token i, else i.
    std::size_t ends_at(std::size_t i, Cue c, int* value = nullptr) const {
        constexpr std::size_t kLongest = 4;  // "un peu plus de"
        for (std::size_t p = i > first_ + kLongest ? i - kLongest : first_; p < i; ++p)
            if (cue(p, c, value) == i - p) return p;
        return i;
    }

    // "et demie", "et quart" after a time of day: the minutes they add, and their length in `len`.
    int fraction_at(std::size_t k, std::size_t& len) const {
        len = 0;
        if (!is(k, TokenKind::word) || !is(k + 1, TokenKind::word) || !cue(k, Cue::coordinator)) return 0;
        const auto word = t_[k + 1].key();
        const bool half = lex_.halves.count(word) > 0;
        if (!half && !lex_.quarters.count(word)) return 0;
        len = 2;
        return half ? 30 : 15;
    }

    // "depuis" or "d'ici" just before the expression, or opening it ("depuis le 14 juillet").
    int lean(std::size_t start) const {
        constexpr std::size_t kReach = 3;
        for (std::size_t p = start > first_ + kReach ? start - kReach : first_; p <= start && p < end_; ++p) {
            int leaning = 0;
            if (const std::size_t len = cue(p, Cue::leaning, &leaning); len && p + len >= start)
                return leaning == 0 ? kUntilLean : leaning;
            if (const std::size_t len = cue(p, Cue::opening_leaning); len && p + len >= start) return kOpeningLean;
        }
        return 0;
    }

    // Tokens of the time zone at k ("21h TU", "à 8 h 30, heure de Moscou", "21 h (heure de Paris)"),
    // its offset in `zone`; a one-word zone in capitals only: "à 8 h, tu pars".
    std::size_t zone_at(std::size_t k, std::string_view& zone) const {
        const bool set_off = is(k, TokenKind::punct) && (raw(k) == "," || raw(k) == "(");
        const std::size_t z = k + (set_off && cue(k + 1, Cue::time_zone) > 1 ? 1 : 0);
        int index = 0;
        const std::size_t len = cue(z, Cue::time_zone, &index);
        if (!(len > 1 || (len == 1 && is_upper_case(raw(z))))) return 0;
        const bool bracketed = z > k && raw(k) == "(";
        if (bracketed && !(is(z + len, TokenKind::punct) && raw(z + len) == ")")) return 0;
        zone = lex_.zone_codes[static_cast<std::size_t>(index)];
        return z + len + (bracketed ? 1 : 0) - k;
    }

    // A day and its time read as one expression, in either order: "le 16 mars à 17h53",
    // "03/10/2020 15:23", "samedi vers midi", "12 heures le 10 octobre".
    void with_clock(Match& m) const {
        const bool day = m.meaning == Meaning::full_date || m.meaning == Meaning::day_month ||
                         m.meaning == Meaning::weekday || m.meaning == Meaning::day_offset ||
                         (m.meaning == Meaning::anchored_offset && m.unit == "D");
        if (day) {
            if (m.part.empty()) m.end += part_after(m.end, m);  // "le 14 septembre en fin d'après-midi"
            // "lundi 29 avril, à 19 h 30", "dimanche aux environs de 17 h": a clock time set apart
            // from its day, by a comma or a rough bound, is a time of its own.
            int apart = 0;
            const std::size_t k = m.end;
            const std::size_t word = cue(k, Cue::clock_word, &apart);
            if ((is(k, TokenKind::punct) && raw(k) == ",") || apart == kDetachedClock) return;
            Match c;
            if ((word && clock(k + word, c, false)) || (!word && clock(k, c, true))) {
                m.minutes = c.amount;
                m.seconds = c.seconds;
                m.zone = c.zone;
                m.end = c.end;
                m.approx = m.approx || c.approx;  // "hier vers 19h"
            }
            return;
        }
        // "tous les jours à 11 h 45", "chaque samedi à 8 heures": a habit at a time of day.
        const bool daily = m.meaning == Meaning::set_weekday || (m.meaning == Meaning::set_unit && m.unit == "D" && m.amount <= 1);
        if (daily && m.part.empty()) {
            Match c;
            if (const std::size_t word = cue(m.end, Cue::clock_word); word && clock(m.end + word, c, false)) {
                m.minutes = c.amount;
                m.seconds = c.seconds;
                m.end = c.end;
            }
            return;
        }
        if (m.meaning != Meaning::clock) return;
        const std::size_t k = m.end + (is(m.end, TokenKind::punct) && raw(m.end) == "," ? 1 : 0);
        Match d;
        if (dated_day(k, d) || day_word(k, d) || weekday(k, d)) {
            d.first = m.first;
            d.minutes = m.amount;
            d.seconds = m.seconds;
            d.zone = m.zone;
            d.approx = m.approx;
            if (d.zone.empty()) d.end += zone_at(d.end, d.zone);  // "à minuit le 10 novembre, heure de Moscou"
            m = d;
        }
    }

    bool done(Match& m, Meaning meaning, std::size_t end) const {
        m.meaning = meaning;
        m.end = end;
        return true;
    }

    // "chaque lundi", "tous les matins", "deux fois par an".
    bool set(std::size_t i, Match& m) const {
        int times = 0;
        // "deux fois par an": a one-word count before the set word, looked for only when one follows.
        const std::size_t count = !cue(i, Cue::set_word) && cue(i + 1, Cue::set_word) && number(i, times) ? 1 : 0;
        std::size_t len = cue(i + count, Cue::set_word);
        // "les mardis à 14h": a weekday in the plural after its article is every such day, read as
        // after "tous les"; "les mardis 16 et 23 juillet" are two dated days.
        if (const std::size_t det = !len ? cue(i, Cue::span_determiner) : 0;
            det && is(i + det, TokenKind::word) && t_[i + det].folded().ends_with('s') &&
            !is(i + det + 1, TokenKind::number) && weekday_at(i + det, true))
            len = det;
        if (!len) return false;
        if (count) return unit(i + count + len, m.unit) && done(m, Meaning::set_unit, i + count + len + 1);
        // "tous les samedis matin": every such part of that weekday.
        if (const int wd = weekday_at(i + len, true)) {
            m.weekday = wd;
            return done(m, Meaning::set_weekday, i + len + 1 + part_after(i + len + 1, m));
        }
        if (unit(i + len, m.unit)) return done(m, Meaning::set_unit, i + len + 1);
        if (season_at(i + len, m.season, true)) return done(m, Meaning::set_season, i + len + 1);  // "chaque été"
        // "tous les deux ans": every so many units.
        if (const std::size_t a = amount(i + len, m.amount); a && m.amount > 0 && unit(i + len + a, m.unit))
            return done(m, Meaning::set_unit, i + len + a + 1);
        // "chaque nuit", "tous les matins": a part of the day, every day.
        int part = 0;
        std::size_t k = i + len;
        if (const std::size_t plen = cue(k, Cue::part_of_day, &part)) {
            m.part = lex_.part_codes[static_cast<std::size_t>(part)];
            return done(m, Meaning::set_part, k + plen);
        }
        if (is(k, TokenKind::word) && t_[k].folded().ends_with('s')) {
            const auto it = lex_.phrases.find(t_[k].folded().substr(0, t_[k].folded().size() - 1));
            if (it != lex_.phrases.end() && lex_.match(&it->second, t_, k, end_, Cue::part_of_day, &part) == 1) {
                m.part = lex_.part_codes[static_cast<std::size_t>(part)];
                return done(m, Meaning::set_part, k + 1);
            }
        }
        return false;
    }

    bool decade(std::size_t i, Match& m) const {
        const std::size_t len = cue(i, Cue::decade_word);
        int n = 0;
        if (!len || !digits(i + len, n) || raw(i + len).find_first_not_of("0123456789") != std::string_view::npos)
            return false;
        if (raw(i + len).size() == 2 && n % 10 == 0) n += 1900;
        if (raw(i + len).size() != 4 && raw(i + len).size() != 2) return false;
        if (n % 10 != 0 || n < kFirstYear || n > kLastYear) return false;
        m.year = n;
        m.first = edge_before(i, m);
        return done(m, Meaning::decade, i + len + 1);
    }

    // "à la fin des années 1990", "au début du XXe siècle": the edge written before a decade or a
    // century, read once the period is found. Returns where the expression starts.
    std::size_t edge_before(std::size_t at, Match& m) const {
        if (at <= first_ || cue(at - 1, Cue::month_edge, &m.edge) != 1) return at;
        const std::size_t edge = at - 1;
        return edge > first_ && cue(edge - 1, Cue::article) == 1 ? edge - 1 : edge;
    }

    // "le XXe siècle", "au XIXe siècle", "le 21e siècle": the century, by its rank.
    // A rank in Roman numerals starts no expression: the word before it does.
    bool century(std::size_t i, Match& m) const {
        std::size_t k = i;
        for (const Cue lead : {Cue::article, Cue::of_word, Cue::season_word})
            if (k == i) k += cue(i, lead);
        std::string_view u;
        if (!unit(k + 1, u) || u != "CE") return false;
        int rank = 0;
        if (!(k == i && digits(k, rank)) && !(k > i && roman_rank(raw(k), rank))) return false;
        if (rank < 1 || rank > 21) return false;
        m.year = (rank - 1) * 100;
        m.first = edge_before(i, m);
        return done(m, Meaning::century, k + 2);
    }

    // "XXe", "XIXème": a rank in capital Roman numerals with its ordinal ending.
    static bool roman_rank(std::string_view s, int& rank) {
        const std::size_t end = s.find_first_not_of("IVXL");
        if (end == 0 || end == std::string_view::npos) return false;
        const std::string_view ending = s.substr(end);
        if (ending != "e" && ending != "ème" && ending != "eme") return false;
        auto value = [](char c) { return c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : 50; };
        rank = 0;
        for (std::size_t k = 0; k < end; ++k) {
            const int v = value(s[k]);
            rank += k + 1 < end && v < value(s[k + 1]) ? -v : v;
        }
        return true;
    }

    // "la semaine du 12 mars", "le week-end du 14 juillet": the week or weekend that holds the day.
    bool week_of_day(std::size_t i, Match& m) const {
        const std::size_t k = i + cue(i, Cue::article);
        std::string_view u;
        if (!unit(k, u) || (u != "W" && u != "WE")) return false;
        Match day;
        if (!dated_day(k + 1, day) || (day.meaning != Meaning::full_date && day.meaning != Meaning::day_month))
            return false;
        m = day;
        m.first = i;
        m.unit = u;
        return true;
    }

    // "13/09/2023", "13.09.2023", "13/09".
    bool numeric_date(std::size_t i, Match& m) const {
        if (!is(i, TokenKind::number)) return false;
        const std::string_view s = raw(i);
        int parts[3] = {0, 0, 0};
        std::size_t count = 0, width = 0, last_width = 0;
        char separator = 0;
        for (char c : s) {
            if (c >= '0' && c <= '9') {
                if (++width > 4) return false;
                parts[count] = parts[count] * 10 + (c - '0');
            } else if ((c == '/' || c == '.') && (separator == 0 || separator == c) && count < 2 && width > 0 &&
                       width <= 2) {
                separator = c;
                ++count;
                width = 0;
            } else {
                return false;
            }
            last_width = width;
        }
        if (count == 0 || width == 0) return false;
        const int day = parts[0], month = parts[1];
        if (month < 1 || month > 12 || day < 1) return false;
        if (count == 2) {
            int year = parts[2];
            if (last_width == 2) year += year < 70 ? 2000 : 1900;
            else if (last_width != 4) return false;
            if (year < kFirstYear || year > kLastYear || day > days_in_month(year, month)) return false;
            m.year = year;
            m.month = month;
            m.day = day;
            return done(m, Meaning::full_date, i + 1);
        }
        // "[2/4]" numbers the parts of a series, "un excellent 5/7" scores a player.
        if (separator != '/' || day > days_in_month(2000, month) || bracketed(i) || scored(i)) return false;
        m.month = month;
        m.day = day;
        return done(m, Meaning::day_month, i + 1);
    }

    // Whether the fraction at i follows "un", "une", at most one word between: a score, not a day.
    bool scored(std::size_t i) const {
        int one = 0;
        for (std::size_t j = i; j-- > first_ && i - j <= 2;)
            if (is(j, TokenKind::word) && number(j, one) && one == 1) return true;
        return false;
    }

    bool bracketed(std::size_t i) const {
        auto mark = [&](std::size_t j, std::string_view open_or_close) {
            return j >= first_ && j < end_ && t_[j].kind == TokenKind::punct && open_or_close.find(raw(j)) != std::string_view::npos;
        };
        return i > first_ && mark(i - 1, "[(") && mark(i + 1, "])");
    }

    // "2023-03-01", "2015-3-3", "2023-03": a date written with dashes, year first or, with all four
    // digits of the year, last. The tokenizer may cut it at the dashes, so the text is read, and
    // the expression ends with the token holding its end.
    bool iso_date(std::size_t i, Match& m) const {
        if (!is(i, TokenKind::number)) return false;
        const std::size_t start = t_[i].span().start;
        int parts[3] = {0, 0, 0};
        std::size_t widths[3] = {0, 0, 0};
        std::size_t count = 0, at = start;
        for (; at < text_.size() && count < 3; ++at) {
            const char c = text_[at];
            if (c >= '0' && c <= '9') {
                if (++widths[count] > 4) return false;
                parts[count] = parts[count] * 10 + (c - '0');
            } else if (c == '-' && widths[count] > 0 && count < 2 && at + 1 < text_.size() && text_[at + 1] >= '0' &&
                       text_[at + 1] <= '9') {
                ++count;
            } else {
                break;
            }
        }
        if (count == 0 || widths[count] == 0 || widths[1] > 2) return false;
        // "2023-09-25", "2023-09"; and the day first, as French pages print it: "25-09-2023".
        const bool year_first = widths[0] == 4 && (count == 1 || widths[2] <= 2);
        const bool day_first = count == 2 && widths[0] <= 2 && widths[2] == 4;
        if (!year_first && !day_first) return false;
        const int year = parts[day_first ? 2 : 0], month = parts[1], day = parts[day_first ? 0 : 2];
        if (year < kFirstYear || year > kLastYear || month < 1 || month > 12) return false;
        if (count == 2 && (day < 1 || day > days_in_month(year, month))) return false;
        std::size_t k = i;
        while (k < end_ && t_[k].span().end < at) ++k;
        if (k >= end_ || t_[k].span().end != at) return false;
        m.year = year;
        m.month = month;
        m.day = day;
        return done(m, count == 2 ? Meaning::full_date : Meaning::month_year, k + 1);
    }

    // "March 3, 2021": a date quoted from an English source, month first; the comma and the year
    // make it one, as "mars 3" alone is no French date.
    bool month_first(std::size_t k, Match& m) const {
        int day = 0, month = 0;
        // The number after is looked at first: most tokens tried here are followed by none.
        if (!small_number(k + 1, day, 31) || !(month = month_at(k)) || day > days_in_month(2000, month)) return false;
        const bool comma = is(k + 2, TokenKind::punct) && raw(k + 2) == ",";
        const int year = comma ? year_at(k + 3) : 0;
        if (!year || day > days_in_month(year, month)) return false;
        m.year = year;
        m.month = month;
        m.day = day;
        return done(m, Meaning::full_date, k + 4);
    }

    // A number written with the letters of its rank: "1er", "18th".
    bool ordinal_digits(std::size_t k) const {
        const std::string_view s = raw(k);
        return is(k, TokenKind::number) && !s.empty() && s.back() >= 'a' && s.back() <= 'z';
    }

    // A day or a month written as a number of one or two digits, from 1 to `most`.
    // `n` is written only when the word is such a number: a caller may go on with its old value.
    bool small_number(std::size_t k, int& n, int most) const {
        int v = 0;
        if (!digits(k, v) || raw(k).size() > 2 || raw(k).find_first_not_of("0123456789") != std::string_view::npos ||
            v < 1 || v > most)
            return false;
        n = v;
        return true;
    }

    // Whether the day of the month at k names a street or a group with its month: "la place du
    // 8 mai 1945", "le Mouvement du 23 mars".
    bool names_place(std::size_t k) const { return ends_at(k, Cue::date_name) < k; }

    // [le|du] [weekday] day month [year] [dernier|prochain], or a numeric date.
    bool dated_day(std::size_t i, Match& m) const {
        std::size_t k = i + cue(i, Cue::day_determiner);
        if (numeric_date(k, m) || iso_date(k, m)) return true;
        // "ce jeudi 14 octobre" is in the week of the DCT: a wrong weekday there is a slip, not
        // another year.
        bool this_week = false;
        if ((m.weekday = weekday_at(k))) {
            this_week = k > first_ && cue(k - 1, Cue::this_) == 1;
            ++k;
            if (numeric_date(k, m)) return true;  // "jeudi 10/11/2021"
        }
        if (month_first(k, m)) return true;
        int day = 0;
        // "le premier mars": the first of a month is written out as often as "1er".
        if (!digits(k, day) && !(cue(k, Cue::ordinal, &day) == 1 && day == 1)) return false;
        if (day < 1 || day > 31) return false;
        // "18th of January 2018", a date quoted from an English source: a day written as an
        // ordinal may be joined to its month.
        const std::size_t of = ordinal_digits(k) ? cue(k + 1, Cue::of_word) : 0;
        int month = month_at(k + 1 + of);
        std::size_t after = k + 2 + of;
        // "le 8-Mai", "le 14-Juillet": a day that names a holiday is joined to its month.
        if (!month && k + 2 < end_ && raw(k + 1) == "-" && t_[k + 2].capitalized &&
            t_[k + 1].span().start == t_[k].span().end && t_[k + 2].span().start == t_[k + 1].span().end &&
            (month = month_at(k + 2)))
            after = k + 3;
        // "le 20 2 2014": the month as a number between the day and the year; with no "le" only
        // when written on two digits, as forms are ("29 02 2024").
        const bool padded = is(k + 1, TokenKind::number) && raw(k + 1).size() == 2 && raw(k + 1)[0] == '0';
        if (!month && (k > i || padded) && small_number(k + 1, month, 12) && year_at(k + 2)) {
            m.year = year_at(k + 2);
            m.month = month;
            m.day = day;
            return day <= days_in_month(m.year, month) && done(m, Meaning::full_date, k + 3);
        }
        if (!month) {
            // "du 3 au 5 mars", "les 20 et 21 octobre", "entre le 3 et le 5 mars", "5-25 juillet",
            // "de jeudi 7 à vendredi 8 août": a range or a pair of days is one expression, dated by
            // its first day, which takes the month (and year) written after the last.
            const std::size_t lead = m.weekday ? k - 1 : k;  // the first day, with its weekday
            const bool determined = (lead > first_ && cue(lead - 1, Cue::span_determiner) == 1) ||
                                    (lead > first_ + 1 && cue(lead - 2, Cue::span_determiner) == 2);
            // "le week-end du 7 et 8 décembre", "du 9, 10 et 11 mai": after "du" a list of days too.
            const bool of_lead = lead > first_ && cue(lead - 1, Cue::of_word) == 1;
            std::size_t to = 0;
            if (is(k + 1, TokenKind::punct) && (raw(k + 1) == "-" || raw(k + 1) == "\xE2\x80\x93")) to = 1;
            else if (of_lead) to = cue(k + 1, Cue::night_closer);
            if (!to && (determined || of_lead)) to = cue(k + 1, Cue::list_word);
            if (to && !is(k + 1, TokenKind::punct)) {
                to += cue(k + 1 + to, Cue::article) == 1 ? 1 : 0;  // "et le 5"
                if (weekday_at(k + 1 + to)) ++to;                  // "à vendredi 8"
            }
            int last = 0;
            // "les vendredi 9, samedi 10 et dimanche 11 mai": each day of a list of weekdays takes
            // the month written after the last, and stands alone.
            if (const std::size_t listed = m.weekday ? listed_month(k + 1, day, true) : 0) {
                month = month_at(listed);
                if (const int year = year_at(listed + 1)) {
                    m.year = year;
                    m.month = month;
                    m.day = day;
                    return day <= days_in_month(year, month) && done(m, Meaning::full_date, k + 1);
                }
                after = k + 1;
            } else if (const std::size_t days = (determined || of_lead) && !to ? listed_month(k + 1, day, false) : 0) {
                // "les 16, 17 et 18 février", "les 16, 23 et 30 octobre": one expression, as a pair is.
                month = month_at(days);
                after = days + 1;
            } else if (!to || !digits(k + 1 + to, last) || last <= day || !(month = month_at(k + 2 + to))) {
                return false;
            } else {
                after = k + 3 + to;
            }
            if (const int year = year_at(after)) {
                m.year = year;
                m.month = month;
                m.day = day;
                return day <= days_in_month(year, month) && done(m, Meaning::full_date, after + 1);
            }
        }
        if (day > days_in_month(2000, month)) return false;
        if (names_place(k)) return false;
        k = after;
        if (is(k, TokenKind::sentence_end) && t_[k].span().size() == 1 && t_[k - 1].kind == TokenKind::word &&
            year_at(k + 1))
            ++k;  // "sept. 2023" split by the tokenizer
        // "Publié le 2 octobre, 2023": a page's stamp may set the year off with a comma, as English
        // does, when nothing follows it.
        const bool ends_after_year = k + 2 >= end_ || t_[k + 2].kind == TokenKind::punct ||
                                     t_[k + 2].kind == TokenKind::sentence_end;
        if (is(k, TokenKind::punct) && t_[k].folded() == "," && year_at(k + 1) && ends_after_year) ++k;
        m.month = month;
        m.day = day;
        if (const int year = year_at(k); year && !(month == 2 && day == 29 && !is_leap(year))) {
            m.year = year;
            return done(m, Meaning::full_date, k + 1);
        }
        if (month == 2 && day == 29 && year_at(k)) return false;
        if (this_week) m.weekday = 0;
        k += direction(k, m.shift);
        return done(m, Meaning::day_month, k);
    }

    // Past ", samedi 10 et dimanche 11" (weekdays) or ", 17 et 18" from j, the token of the month
    // after the last day of a list of days, each later than the one before; 0 when no month ends it.
    std::size_t listed_month(std::size_t j, int day, bool weekdays) const {
        bool listed = false;
        for (int before = day; j < end_;) {
            const std::size_t link = is(j, TokenKind::punct) && raw(j) == "," ? 1 : cue(j, Cue::list_word);
            const std::size_t named = weekdays ? 1 : 0;
            if (!link || (weekdays && !weekday_at(j + link))) break;
            int next = 0;
            if (!digits(j + link + named, next) || next <= before) return 0;
            before = next;
            listed = true;
            j += link + named + 1;
        }
        return listed && month_at(j) ? j : 0;
    }

    // "Le 12, les députés votent": a chronicle gives the month once, then days alone, each opening
    // its sentence and set off by a comma.
    bool narrative_day(std::size_t i, Match& m) const {
        if (i != first_ + 1 || cue(first_, Cue::day_determiner) != 1) return false;
        if (!digits(i, m.day) || m.day < 1 || m.day > 31 || !is(i + 1, TokenKind::punct) || raw(i + 1) != ",")
            return false;
        m.first = i - 1;
        return done(m, Meaning::narrative_day, i + 1);
    }

    // "la veille", "le lendemain soir", "ce matin-là": a day counted from the date talked about.
    bool anchored_day(std::size_t i, Match& m) const {
        int part = 0;
        if (const std::size_t len = cue(i, Cue::anchored_part, &part)) {
            m.part = lex_.part_codes[static_cast<std::size_t>(part)];
            m.unit = "D";
            return done(m, Meaning::anchored_offset, i + len);
        }
        const std::size_t len = cue(i, Cue::anchored_day, &m.amount);
        if (!len) return false;
        // "la veille de Noël", "le lendemain du 13 février": the day before or after the date named
        // right after it, not after the date the narrative is at.
        // "au lendemain des élections": "des" joins an event as "de" and "du" do.
        const bool plural_of = i + len < end_ && t_[i + len].folded() == "des";
        std::size_t event = 0;
        if (const std::size_t of = plural_of ? 1 : cue(i + len, Cue::of_word)) {
            Match named;
            const bool dated = dated_day(i + len + of, named) || holiday(i + len + of, named);
            if (dated && (named.meaning == Meaning::full_date || named.meaning == Meaning::day_month)) {
                const int offset = m.amount;
                m = named;
                m.first = i;
                m.nudge += offset;
                return true;
            }
            // "au lendemain des élections", "la veille de l'incident": a day counted from an event
            // the text names, which the date talked about most likely is; the phrase takes the
            // event's name.
            if (!dated && i + len + of < end_ && t_[i + len + of].kind != TokenKind::number) event = event_end(i + len + of);
        }
        m.unit = "D";
        m.shift = 1;
        return done(m, Meaning::anchored_offset, event ? event : i + len + part_after(i + len, m));
    }

    // Past the article and the noun of an event named at k: "(des) élections", "(de) l'incident".
    std::size_t event_end(std::size_t k) const {
        k += cue(k, Cue::article) == 1 ? 1 : 0;
        return k < end_ && (is(k, TokenKind::word) || is(k, TokenKind::elision)) ? k + 1 : k;
    }

    bool day_word(std::size_t i, Match& m) const {
        const std::size_t len = cue(i, Cue::day_word, &m.amount);
        if (!len) return false;
        if (cue(i, Cue::present_ref) > len) return false;  // "aujourd'hui encore"
        // "hier 6 juin", "aujourd'hui, 12 mars": the date written after the word says the day.
        const std::size_t k = i + len + (is(i + len, TokenKind::punct) && raw(i + len) == "," ? 1 : 0);
        if (Match dated; dated_day(k, dated) && dated.meaning == Meaning::day_month) {
            m = dated;
            m.first = i;
            return true;
        }
        return done(m, Meaning::day_offset, i + len + part_after(i + len, m));
    }

    // "à Noël", "le Nouvel An", "Noël 2023": a holiday of fixed day, dated as that day of the month.
    // Next to a name in capitals it is part of one: "le Père Noël", "Noël Mamère", "Toussaint
    // Louverture" (a capital opening the sentence says nothing).
    bool holiday(std::size_t i, Match& m) const {
        int date = 0;
        const std::size_t len = cue(i, Cue::holiday, &date);
        if (!len) return false;
        const bool named_before = i > first_ + 1 && t_[i - 1].capitalized;  // "M. Toussaint" too
        const bool named_after = is(i + len, TokenKind::word) && t_[i + len].capitalized;
        if (named_before || named_after) return false;
        m.month = date / 100;
        m.day = date % 100;
        if ((m.year = year_at(i + len))) return done(m, Meaning::full_date, i + len + 1);
        return done(m, Meaning::day_month, i + len);
    }

    // The part of the day after a day ("hier soir", "vendredi dans la matinée"): its length.
    std::size_t part_after(std::size_t k, Match& m) const {
        int part = 0;
        const std::size_t len = cue(k, Cue::part_of_day, &part);
        if (!len) return 0;
        const auto index = static_cast<std::size_t>(part);
        m.part = lex_.part_codes[index];
        if (index < lex_.part_edges.size() && lex_.part_edges[index] >= 0) m.edge = lex_.part_edges[index];
        return len;
    }

    // Whether the sentence is all the text holds: a phrase typed alone.
    bool whole_text() const {
        const auto blank = [](std::string_view s) {
            return std::all_of(s.begin(), s.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) || c == '.'; });
        };
        return end_ > first_ && blank(text_.substr(0, t_[first_].span().start)) &&
               blank(text_.substr(t_[end_ - 1].span().end));
    }

    // "ces derniers temps", "prochainement"; "bientôt deux ans" is nearly two years, not a
    // reference to the future.
    bool vague_ref(std::size_t i, Match& m) const {
        const std::size_t len = cue(i, Cue::vague_ref, &m.amount);
        int n = 0;
        return len && !amount(i + len, n) && done(m, Meaning::vague_offset, i + len);
    }

    // "quotidiennement", "annuellement": every day, every year.
    bool set_adverb(std::size_t i, Match& m) const {
        if (!is(i, TokenKind::word)) return false;
        const std::string* unit = lex_.set_adverbs.value(t_[i].key());
        if (!unit) return false;
        m.unit = *unit;
        return done(m, Meaning::set_unit, i + 1);
    }

    // "ces derniers mois", "les semaines à venir" (a past or future reference), "ces trois
    // dernières années", "les quinze prochains jours" (a duration).
    bool recent_span(std::size_t i, Match& m) const {
        std::size_t k = i + cue(i, Cue::span_determiner);
        int n = 0;
        const std::size_t a = amount(k, n);
        if (k == i && (!a || n < 0)) return false;
        if (a && n > 0) k += a;
        int shift = 0;
        std::size_t len = direction(k, shift);
        if (len && unit(k + len, m.unit)) {
            k += len + 1;
        } else if (unit(k, m.unit) && (len = direction(k + 1, shift))) {
            k += 1 + len;
        } else {
            return false;
        }
        if (clock_unit(m.unit)) return false;
        // "entre le dernier trimestre 2021 et …", "la dernière semaine de septembre": a period
        // of a named year or month is that very period, read as an ordinal.
        const std::size_t of = cue(k, Cue::of_word);
        if (year_at(k) || (of && (year_at(k + of) || month_at(k + of)))) return false;
        m.amount = a && n > 0 ? n : shift;
        return done(m, a && n > 0 ? Meaning::duration : Meaning::vague_offset, k);
    }

    // "le deuxième trimestre 2023", "au premier semestre", "la première semaine d'octobre 2014",
    // "le dernier jour de l'année prochaine".
    bool ordinal_period(std::size_t i, Match& m) const {
        std::size_t k = i + cue(i, Cue::article);
        if (k == i) k += cue(i, Cue::day_determiner);
        if (k == i) k += cue(i, Cue::season_word);
        const std::size_t olen = cue(k, Cue::ordinal, &m.amount);
        if (olen && (m.weekday = weekday_at(k + olen))) return weekday_of_month(k + olen + 1, m);
        int unit_index = 0;
        const std::size_t ulen = olen ? cue(k + olen, Cue::period_unit, &unit_index) : 0;
        if (!ulen) return false;
        m.unit = lex_.period_units[static_cast<std::size_t>(unit_index)];
        k += olen + ulen;
        const bool in_month = m.unit == "W" || m.unit == "D" || m.unit == "WE";
        if (const std::size_t ylen = year_after(k, m.year)) return !in_month && done(m, Meaning::ordinal_period, k + ylen);
        const std::size_t of = cue(k, Cue::of_word);
        if (of) {
            if (const int month = month_at(k + of)) {
                if (!in_month) return false;
                m.month = month;
                const std::size_t ylen = year_after(k + of + 1, m.year);
                return done(m, Meaning::ordinal_period, k + of + 1 + ylen);
            }
            Match y;
            if (unit_offset(k + of, y) && y.unit == "Y" && y.meaning == Meaning::unit_offset) {
                m.shift = y.amount;
                return !in_month && done(m, Meaning::ordinal_period, y.end);
            }
        }
        return !in_month && done(m, Meaning::ordinal_period, k);
    }

    // After "le premier mercredi", "le dernier vendredi": the month it counts in, named ("de
    // décembre", "de mai 2023") or told from the DCT's ("du mois", "du mois prochain": shift).
    bool weekday_of_month(std::size_t k, Match& m) const {
        const std::size_t of = cue(k, Cue::of_word);
        if (!of) return false;
        m.unit = "D";
        if ((m.month = month_at(k + of))) {
            m.year = year_at(k + of + 1);
            return done(m, Meaning::ordinal_period, k + of + 1 + (m.year ? 1 : 0));
        }
        std::string_view u;
        if (!unit(k + of, u) || u != "M") return false;
        int shift = 0;
        const std::size_t len = direction(k + of + 1, shift);
        m.shift = shift;
        return done(m, Meaning::ordinal_period, k + of + 1 + len);
    }

    // "T2 2014", "au S1 2023", "H2 de 2022": a quarter or a half written as the accounts write it,
    // in capitals, with its year.
    bool period_code(std::size_t i, Match& m) const {
        int unit_index = 0;
        if (cue(i, Cue::period_code, &unit_index) != 1 || !is_upper_case(raw(i))) return false;
        m.unit = lex_.period_units[static_cast<std::size_t>(unit_index)];
        m.amount = raw(i).back() - '0';
        const std::size_t at = i + 1 + cue(i + 1, Cue::of_word);
        if (!(m.year = year_at(at))) return false;
        return done(m, Meaning::ordinal_period, at + 1);
    }

    // "la nuit du 16 au 17 octobre", "dans la nuit de vendredi à samedi": the night of the first
    // day, read from the second, which says the month and the year.
    bool night(std::size_t i, Match& m) const {
        std::size_t k = i + cue(i, Cue::night_opener);
        if (k == i) return false;
        int first_day = 0;
        if (!(digits(k, first_day) && first_day >= 1 && first_day <= 31) && !weekday_at(k)) return false;
        const std::size_t after = k + 1 + (first_day && month_at(k + 1) ? 1 : 0);  // "du 31 octobre au 1er"
        const std::size_t second = after + cue(after, Cue::night_closer);
        if (second == after) {
            // "dans la nuit de mardi", "la nuit du 3 mars": the night that starts that day.
            if (!dated_day(k, m) && !weekday(k, m)) return false;
            if (m.part.empty()) m.part = "NI";
            m.first = i;
            return m.part == "NI";
        }
        if (!dated_day(second, m) && !weekday(second, m)) return false;
        if (m.meaning != Meaning::weekday && m.day != first_day + 1 && !(first_day >= 28 && m.day == 1)) return false;
        m.first = i;
        m.nudge = -1;
        m.part = "NI";
        return true;
    }

    // "ce matin", "cette nuit", "la nuit dernière": a part of the DCT's day, or of the day before.
    bool this_part(std::size_t i, Match& m) const {
        std::size_t len = cue(i, Cue::this_);
        const bool demonstrative = len > 0;
        if (!len) len = cue(i, Cue::article);
        if (!len) return false;
        // One word, or two where the press drops a hyphen: "cet après midi". The parts of more
        // words open on a preposition, which no article comes before.
        const std::size_t plen = part_after(i + len, m);
        if (plen == 0) return false;
        std::size_t k = i + len + plen;
        if (of_weekday(k, m)) return true;  // "la soirée de mercredi"
        int shift = 0;
        k += direction(k, shift);
        if (!demonstrative && shift >= 0) return false;
        m.amount = shift < 0 ? -1 : 0;
        return done(m, Meaning::day_offset, k);
    }

    // "en fin d'après-midi", "dans la soirée": a part of the day talked about; a bare "matin"
    // is no expression, nor "dans la nuit", which tells a story more often than a date.
    bool day_part(std::size_t i, Match& m) const {
        const std::size_t len = part_after(i, m);
        if (len < 2 || m.part == "NI") return false;
        if (of_weekday(i + len, m)) return true;  // "dans la matinée de mardi"
        return done(m, Meaning::day_part, i + len);
    }

    // "de mercredi" after a part of the day ("la soirée de mercredi", "dans la matinée de jeudi"):
    // the part is that weekday's; "d'hier", "de demain" that day's ("la matinée d'hier"), "du 30
    // juin" that date's.
    bool of_weekday(std::size_t k, Match& m) const {
        const std::size_t of = cue(k, Cue::of_word);
        if (!of) return false;
        if ((m.weekday = weekday_at(k + of))) return done(m, Meaning::weekday, k + of + 1);
        // "le soir du 11 novembre 2016", "le matin du 30 juin": that day's part. "dans la matinée de
        // ce lundi 2 janvier" keeps its day apart: the demonstrative dates the article.
        if (Match day = fresh_; !cue(k + of, Cue::this_) && dated_day(k + of, day) &&
                                (day.meaning == Meaning::full_date || day.meaning == Meaning::day_month)) {
            day.first = m.first;
            day.part = m.part;
            day.edge = m.edge;
            m = day;
            return true;
        }
        const std::size_t len = cue(k + of, Cue::day_word, &m.amount);
        return len && done(m, Meaning::day_offset, k + of + len);
    }

    // "maintenant" after "en" is the verb "maintenir": "tout en maintenant ses troupes". "Désormais"
    // inside a clause qualifies a word ("la formule désormais consacrée"); opening one, it dates it.
    // "En ce moment" alone on its line heads a site's list of articles, unless it is the whole text.
    bool present(std::size_t i, Match& m) const {
        const std::size_t opening = i == first_ ? cue(i, Cue::opening_present_ref) : 0;
        const std::size_t len = opening ? opening : cue(i, Cue::present_ref);
        const bool heading = i == first_ && i + len == end_ && !whole_text();
        return len && !heading && ends_at(i, Cue::gerund_marker) == i && done(m, Meaning::present, i + len);
    }

    // "la semaine dernière", "cette année", "l'an prochain", "ce mois-ci".
    bool unit_offset(std::size_t i, Match& m) const {
        const std::size_t demonstrative = cue(i, Cue::this_);
        const std::size_t len = demonstrative ? demonstrative : cue(i, Cue::article);
        if (!len) return false;
        // "la même année", "cette même semaine": the unit of the date talked about.
        if (const std::size_t same = cue(i + len, Cue::same); same && unit(i + len + same, m.unit) && !clock_unit(m.unit)) {
            m.shift = 1;
            m.amount = 0;
            return done(m, Meaning::anchored_unit, i + len + same + 1);
        }
        if (!unit(i + len, m.unit) || clock_unit(m.unit)) return false;
        std::size_t k = i + len + 1;
        if (const std::size_t rel = cue(k, Cue::neighbour, &m.shift)) {
            m.amount = 1;
            return done(m, Meaning::anchored_unit, k + rel);
        }
        k += direction(k, m.amount);
        // "pour le week-end", "pendant le week-end", "avant le week-end": the weekend news talks
        // about, as "ce week-end";
        // "l'année", "le mois" alone date nothing.
        const bool weekend = m.unit == "WE" && (ends_at(i, Cue::duration_word) < i || ends_at(i, Cue::before) < i);
        if (!demonstrative && m.amount == 0 && !weekend) return false;
        // "cette journée de mobilisation", "marquée par cette journée": the day of an event told
        // of, which the text dates elsewhere if at all; "ce jour" is today.
        if (demonstrative && m.amount == 0 && lex_.event_days.count(t_[i + len].key())) return false;
        return done(m, Meaning::unit_offset, k);
    }

    // "à 10h30", "vers 4 h 17", "mardi 18 heures", "à midi": a time of day, after a word that
    // says so or right after a date; "48 heures" alone stays a duration.
    bool clock_alone(std::size_t i, Match& m) const { return clock(i, m, false); }

    bool clock(std::size_t i, Match& m, bool follows_date) const {
        // A word is a time of day as a clock name ("midi") or an hour in words ("deux heures du
        // matin"): most words tried here are neither, and the context around them is not read.
        if (!is(i, TokenKind::number) && !cue(i, Cue::clock_name) && !cue(i + 1, Cue::hour_word)) return false;
        // "de 20 heures à 8 heures": "de" opens a span of the day when "à" and an hour follow, the
        // first hour's weekday between them ("de 23 heures lundi à 6 heures mardi").
        const std::size_t to = i + 2 + (weekday_at(i + 2) ? 1 : 0);
        const bool opens_span = i > first_ && cue(i - 1, Cue::span_opener) == 1 && cue(i + 1, Cue::hour_word) == 1 &&
                                cue(to, Cue::clock_word) == 1 && is(to + 1, TokenKind::number) &&
                                cue(to + 2, Cue::hour_word) > 0;
        int rough = 0;
        // "il était un peu plus de 22 heures": a count's qualifier may stand between the word and the hour.
        int qualified_rough = 0;
        const std::size_t q = ends_at(i, Cue::approximator, &qualified_rough);
        const bool worded = ends_at(i, Cue::clock_word, &rough) < i || (q < i && ends_at(q, Cue::clock_word) < q);
        if (q < i && worded) rough = rough || qualified_rough;
        const bool cued = opens_span || follows_date || worded;
        m.approx = m.approx || (worded && rough >= 1);
        // "Durée : 1h38", "en 2h05": how long it lasts, not when.
        if (!cued && ends_at(i, Cue::lasting_word) < i) return false;
        // "depuis 8 heures": a clock time when written in digits below a day; "depuis 48 heures",
        // "depuis trois heures" are durations, as the press writes small counts in words.
        const bool since = ends_at(i, Cue::since) < i;
        int hour = 0, minute = 0;
        if (cued || since) {
            if (const std::size_t len = cue(i, Cue::clock_name, &hour)) {
                std::size_t flen = 0;
                m.amount = hour * 60 + fraction_at(i + len, flen);
                return done(m, Meaning::clock, i + len + flen);
            }
        }
        std::size_t k = i + 1;
        const std::string_view s = raw(i);
        const std::size_t sep = s.find_first_of(kHourMarks);
        if (!is(i, TokenKind::number)) {
            // "jusqu'à deux heures du matin", "vers onze heures": an hour in words tells the time when
            // a part of the day follows it or a rough clock word comes before; "à deux heures de
            // route" is how far.
            const std::size_t h = cue(k, Cue::hour_word);
            if (!h || !number(i, hour) || hour > 12 ||
                !(cue(k + h, Cue::hour_part) || (worded && rough >= 1) ||
                  (worded && !only_at(i) && !distance(k + h))))
                return false;
            k += h;
        } else if (sep != std::string_view::npos) {
            if (!cued && s[sep] == ':') return false;
            ClockToken reading;
            if (!read_clock_token(s, reading)) return false;
            hour = reading.hour;
            minute = reading.minute;
            m.seconds = reading.seconds;
        } else {
            const bool after_date = follows_date || (i > first_ && (weekday_at(i - 1) || month_at(i - 1) || year_at(i - 1)));
            const std::size_t h = cue(k, Cue::hour_word);
            // "2 h du matin": the part of the day makes it a time of day.
            const bool digits_since = since && digits(i, hour) && hour < 24;
            // "14 heures. Les manifestants arrivent": an hour that opens its sentence, set off by
            // punctuation, stamps a chronicle of the day.
            const bool stamp = i == first_ && h && (k + h >= end_ || t_[k + h].kind == TokenKind::sentence_end ||
                                                    (is(k + h, TokenKind::punct) && (raw(k + h) == ":" || raw(k + h) == ",")));
            std::string_view zone;
            const bool told = cued || after_date || digits_since || stamp || cue(k + h, Cue::hour_part) ||
                              zone_at(k + h, zone) > 0;
            if (!number(i, hour) || s.size() > 2 || !h || !told || (!after_date && distance(k + h)))
                return false;
            k += h;
            std::size_t flen = 0;
            if (is(k, TokenKind::number) && raw(k).size() == 2 && number(k, minute)) ++k;
            else if ((minute = fraction_at(k, flen))) k += flen;
        }
        // "2h du matin", "9 heures du soir": the part of the day says which half.
        int part = 0;
        if (const std::size_t len = cue(k, Cue::hour_part, &part)) {
            const std::string& code = lex_.part_codes[static_cast<std::size_t>(part)];
            if ((code == "AF" || code == "EV") && hour < 12) hour += 12;
            k += len;
        }
        if (hour > 24 || minute > 59) return false;
        m.amount = (hour == 24 ? 0 : hour) * 60 + minute;
        return done(m, Meaning::clock, k + zone_at(k, m.zone));
    }

    // "à 24 heures du coup d'envoi", "à deux heures de route": "de" after the hours, when no part
    // of the day follows it, tells how far from something, not what time it is.
    bool distance(std::size_t k) const { return cue(k, Cue::of_word) && !cue(k, Cue::hour_part); }

    // Whether the clock word before token i is a bare "à", which also opens a distance ("à deux
    // heures de route"), or the "et" of a span, whose ends may be lengths ("entre trente minutes et
    // une heure"), where "jusqu'à", "dès" or "vers" open a time of day.
    bool only_at(std::size_t i) const {
        return ends_at(i, Cue::clock_word) == i - 1 &&
               (t_[i - 1].folded() == "a" || t_[i - 1].folded() == "et");
    }

    // "Durée : 1h38", "en 2h05", "pendant 1h30": hours and minutes in one token, after a word of
    // lasting. The amount is in minutes.
    bool hours_lasting(std::size_t i, Match& m) const {
        const std::size_t k = i + cue(i, Cue::lasting_word);
        if (!is(k, TokenKind::number)) return false;
        const std::string_view s = raw(k);
        const std::size_t sep = s.find_first_of(kHourLetters);
        if (sep == std::string_view::npos || sep == 0 || sep > 2) return false;
        if (k == i && ends_at(i, Cue::lasting_word) == i) return false;
        int hours = 0, minutes = 0;
        for (char c : s.substr(0, sep)) hours = hours * 10 + (c - '0');
        const std::string_view rest = s.substr(sep + 1);
        if (!rest.empty() && rest.size() != 2) return false;
        for (char c : rest) {
            if (c < '0' || c > '9') return false;
            minutes = minutes * 10 + (c - '0');
        }
        if (minutes > 59) return false;
        m.amount = hours * 60 + minutes;
        m.unit = "HM";
        return done(m, Meaning::duration, k + 1);
    }

    // "il y a trois semaines", "dans deux jours", "d'ici un mois".
    bool ago_or_ahead(std::size_t i, Match& m) const {
        std::size_t len = cue(i, Cue::ago);
        int sign = -1;
        if (!len) {
            len = cue(i, Cue::ahead);
            sign = 1;
        }
        if (!len) return false;
        len += qualifier(i + len, m.approx);  // "il y a environ six semaines", "il y a à peine deux ans"
        int n = 0;
        const std::size_t a = amount(i + len, n);
        const std::size_t u = a ? counted_unit(i + len + a, m.unit) : 0;
        if (!u) return false;
        if (n < 0) {
            m.amount = sign;
            return done(m, Meaning::vague_offset, i + len + a + u);
        }
        m.amount = sign * n;
        return done(m, Meaning::unit_offset, i + len + a + u);
    }

    // Whether the years counted from k to `end` are a person's age: "âgée de 54 ans", "un garçon
    // de 16 ans", "des adolescents de 15 à 17 ans", "âgé de près de 80 ans", or set off after a
    // name ("Boris, 81 ans, raconte", "Lucie (34 ans)"), or had ("Elsa a 12 ans", "il avait 20 ans").
    bool age(std::size_t k, std::size_t end) const {
        const std::size_t count = ends_at(k, Cue::approximator);  // "âgé de près de 80 ans"
        if (ends_at(k, Cue::age_holder) < k || ends_at(count, Cue::age_holder) < count) return true;
        if (count > first_ && lex_.age_verbs.count(raw(count - 1))) return true;
        if (count > first_ && lex_.age_prepositions.count(raw(count - 1)) && !framed_as_length(count - 1, end)) return true;
        if (described(k)) return true;
        if (k > first_ + 2 && cue(k - 1, Cue::night_closer) == 1 && is(k - 2, TokenKind::number) &&
            ends_at(k - 2, Cue::age_holder) < k - 2)
            return true;
        auto mark = [&](std::size_t j, std::string_view a, std::string_view b) {
            return j < end_ && t_[j].kind == TokenKind::punct && (raw(j) == a || raw(j) == b);
        };
        if (k > first_ && mark(k - 1, ",", "(") && mark(end, ",", ")")) return true;
        // "…, a déclaré Paul Roux, 45 ans.", "l'ex-président Carlos Mesa (2003-2005), 67 ans.": a name's
        // age may also close its sentence.
        const bool closes = end >= end_ || is(end, TokenKind::sentence_end);
        return k > first_ + 1 && raw(k - 1) == "," && closes &&
               ((is(k - 2, TokenKind::word) && t_[k - 2].capitalized) || raw(k - 2) == ")");
    }

    // "condamné à 12 ans", "jusqu'à 5 ans de prison", "supérieure à deux ans": the years after "à"
    // at `at` are a length, where "partira à 64 ans", "mort à 83 ans" or "À 17 ans, il …" give an age.
    bool framed_as_length(std::size_t at, std::size_t end) const {
        if (at > first_ && lex_.length_words.count(t_[at - 1].folded())) return true;
        return end + 1 < end_ && cue(end, Cue::of_word) == 1 && is(end + 1, TokenKind::word);
    }

    // "Salim, un serveur de 32 ans": a person named, then described in apposition with the years
    // counted at k.
    bool described(std::size_t k) const {
        int one = 0;
        return k >= first_ + 5 && cue(k - 1, Cue::of_word) == 1 && is(k - 2, TokenKind::word) && number(k - 3, one) &&
               one == 1 && is(k - 4, TokenKind::punct) && raw(k - 4) == "," && is(k - 5, TokenKind::word) &&
               t_[k - 5].capitalized;
    }

    // "un jour de deuil", "une journée à écoper": a day that is told of, not counted, where
    // "pendant un jour", "deux jours de grève" and "un jour de plus" count.
    bool qualified_day(std::size_t k, int n, std::string_view unit, std::size_t after_unit) const {
        if (n != 1 || unit != "D" || !is(k, TokenKind::word) || cue(after_unit, Cue::extra)) return false;
        const std::size_t link = cue(after_unit, Cue::of_word) + cue(after_unit, Cue::night_closer);
        return link && is(after_unit + link, TokenKind::word) && !may_start(after_unit + link);
    }

    // "il reviendra un jour", "un jour ou l'autre": some day left untold, no length, unless the
    // day is counted on to another ("un jour de plus").
    bool someday(std::size_t i, std::size_t after_unit) const {
        const std::size_t len = cue(i, Cue::someday);
        return len && (i + len > after_unit || !cue(after_unit, Cue::extra));
    }

    // "un an et demi" is eighteen months, "deux heures et demie" 150 minutes: the count moves to the
    // smaller unit that holds the half whole. A month has no whole number of weeks: "un mois et
    // demi" is six weeks, as the press rounds it, and "une semaine et demie" ten days.
    static bool add_half(int& n, std::string_view& unit) {
        // A count past a million years is no length anyone adds half a unit to, and would overflow.
        if (n < 0 || n > 1'000'000) return false;
        if (unit == "Y") unit = "M", n = 12 * n + 6;
        else if (unit == "M")
            unit = "W", n = 4 * n + 2;
        else if (unit == "W")
            unit = "D", n = 7 * n + 3;
        else if (unit == "D") unit = "H", n = 24 * n + 12;
        else if (unit == "H") unit = "HM", n = 60 * n + 30;
        else return false;
        return true;
    }

    // "12 minutes 39 secondes", "2 heures 15 minutes": a length told in an hour or minute unit and
    // the next smaller one; the count moves to that one. The tokens of the second part, or 0.
    std::size_t smaller_part(std::size_t k, int& n, std::string_view& unit) const {
        if ((unit != "H" && unit != "MIN") || n < 0 || n > 1'000'000) return 0;
        int part = 0;
        std::string_view smaller;
        const std::size_t a = amount(k, part);
        const std::size_t u = a ? counted_unit(k + a, smaller) : 0;
        if (!u || part < 0 || part >= 60 || smaller != (unit == "H" ? "MIN" : "S")) return 0;
        n = 60 * n + part;
        unit = unit == "H" ? "HM" : "MS";
        return a + u;
    }

    // "44 jours", "pendant deux semaines", "deux jours plus tard", "un jour après qu'…".
    bool amount_of_units(std::size_t i, Match& m) const {
        const std::size_t prefix = cue(i, Cue::duration_word);
        Match clock_time;
        if (prefix && clock(i + prefix, clock_time, false)) return false;  // "de 20 heures à 8 heures"
        for (std::size_t k : {i + prefix, i}) {
            int n = 0;
            const std::size_t lead = qualifier(k, m.approx);  // "depuis près de dix ans", "plus de deux mois"
            const std::size_t a = amount(k + lead, n);
            std::size_t u = a ? counted_unit(k + lead + a, m.unit) : 0;
            if (!u && a && half_unit(k + lead + a, m.unit)) {
                if (!halve(n, m.unit)) return false;
                u = 1;
            }
            if (!u) {
                if (k == i) return false;
                continue;
            }
            // "il était un peu plus de 22 heures" tells the time: the clock reading takes the hour.
            if (Match c; lead && m.unit == "H" && clock(k + lead, c, false)) return false;
            std::size_t after_unit = k + lead + a + u;
            if (m.unit == "Y" && age(k + lead, after_unit)) return false;
            bool halved = false;
            if (const std::size_t et = cue(after_unit, Cue::coordinator);
                et && is(after_unit + et, TokenKind::word) && lex_.halves.count(t_[after_unit + et].key()) && add_half(n, m.unit)) {
                after_unit += et + 1;
                halved = true;
            }
            after_unit += smaller_part(after_unit, n, m.unit);
            if (k == i && qualified_day(k, n, m.unit, after_unit)) return false;
            // "un mois d'août" is August.
            if (const std::size_t named = after_unit + cue(after_unit, Cue::of_word);
                n == 1 && m.unit == "M" && (m.month = month_at(named)))
                return done(m, Meaning::month, named + 1 + direction(named + 1, m.shift));
            m.first = i;
            m.amount = n;
            int shift = 0;
            std::size_t rel = 0;
            if ((rel = cue(after_unit, Cue::after))) shift = -1;
            else if ((rel = cue(after_unit, Cue::before))) shift = 1;
            if (rel && cue(after_unit + rel, Cue::subordinator)) {
                m.shift = shift;
                m.first = k;
                return done(m, Meaning::clause_offset, after_unit + rel);
            }
            const bool adverb_follows = rel && (after_unit + rel >= end_ || t_[after_unit + rel].kind == TokenKind::punct ||
                                                t_[after_unit + rel].kind == TokenKind::sentence_end);
            if (!adverb_follows) {
                rel = 0;
                if ((rel = cue(after_unit, Cue::later))) shift = 1;
                else if ((rel = cue(after_unit, Cue::earlier))) shift = -1;
            } else {
                shift = -shift;
            }
            // "une heure plus tard": how long after, the time of the day talked about being rarely known.
            if (rel && n > 0 && clock_unit(m.unit)) return done(m, Meaning::duration, after_unit + rel);
            if (rel && n > 0) {
                m.shift = shift;
                m.first = k;
                m.counted = true;
                return done(m, Meaning::anchored_offset, after_unit + rel);
            }
            // "un jour et demi" is a length, whatever "un jour" alone may be.
            if (k == i && !halved && someday(i, after_unit)) return false;
            return done(m, Meaning::duration, after_unit);
        }
        return false;
    }

    // "dimanche", "lundi matin", "mardi dernier".
    bool weekday(std::size_t i, Match& m) const {
        m.weekday = weekday_at(i);
        if (!m.weekday) return false;
        // "ce jeudi" is the Thursday of the DCT's week, before it or after, whatever the tense.
        if (i > first_ && cue(i - 1, Cue::this_) == 1) m.unit = "W";
        std::size_t k = i + 1;
        k += part_after(k, m);
        // "jeudi de la semaine prochaine": that day of the week after the DCT's (before it, for
        // "de la semaine dernière").
        std::string_view week;
        int weeks = 0;
        if (cue(k, Cue::of_word) == 1 && cue(k + 1, Cue::article) == 1 && unit(k + 2, week) && week == "W")
            if (const std::size_t len = direction(k + 3, weeks); len && (weeks == 1 || weeks == -1)) {
                m.unit = "W";
                m.nudge = 7 * weeks;
                return done(m, Meaning::weekday, k + 3 + len);
            }
        k += direction(k, m.shift);
        return done(m, Meaning::weekday, k);
    }

    // The edge a one-word prefix names ("mi" of "mi-octobre"), or -1.
    int written_edge(std::string_view prefix) const {
        const PhraseBucket* b = lex_.phrases.value(prefix);
        if (b)
            for (const Phrase& p : b->phrases)
                if (p.cue == Cue::month_edge && p.rest.empty()) return p.value;
        return -1;
    }

    // "en mars", "septembre 2023", "fin septembre", "mi-octobre", "mars dernier".
    bool month(std::size_t i, Match& m) const {
        int edge = -1;
        std::size_t k = i;
        if (const std::size_t len = cue(i, Cue::month_edge, &edge)) k += len;
        bool prefixed = k > i;
        bool written_on = false;
        int month = month_at(k);
        const std::size_t hyphen = is(i, TokenKind::word) ? t_[i].folded().find('-') : std::string::npos;
        if (!month && k == i && hyphen != std::string::npos) {
            // "mi-octobre": an edge written onto the month.
            const auto it = cal_.months.find(t_[i].folded().substr(hyphen + 1));
            if (it != cal_.months.end() && cue(i, Cue::month_edge) == 0 &&
                lex_.phrases.count(t_[i].folded().substr(0, hyphen))) {
                month = it->second;
                prefixed = true;
                edge = written_edge(t_[i].folded().substr(0, hyphen));
                // Only a true edge ("mi", "fin") lends its capital: "Vingt-sept" opening a sentence is a number.
                written_on = edge >= 0;
            }
        }
        if (!month || (k == i && k > first_ && is(k - 1, TokenKind::number) && names_place(k - 1))) return false;
        // The words before are read only once a month is found: most tokens tried here are none.
        prefixed = prefixed || ends_at(i, Cue::month_word) < i || listed_after_month(i);
        m.month = month;
        m.edge = edge;
        const bool plain_name = (written_on || !t_[k].capitalized) && !lex_.numbers.count(t_[k].key()) &&
                                t_[k].kind == TokenKind::word;
        // "entre mai et novembre 2024", "de janvier à mars 2023", "avril-juin 2022": the first month of
        // a span takes the year written after the last, the year before when it comes later in it.
        if (plain_name) {
            const bool dash = is(k + 1, TokenKind::punct) && (raw(k + 1) == "-" || raw(k + 1) == "\xE2\x80\x93");
            const std::size_t link = dash ? 1 : std::max(cue(k + 1, Cue::list_word), cue(k + 1, Cue::night_closer));
            const int last = link ? month_at(k + 1 + link) : 0;
            if (const int year = last ? year_at(k + 2 + link) : 0) {
                m.year = month <= last ? year : year - 1;
                return done(m, Meaning::month_year, k + 1);
            }
        }
        if (const std::size_t ylen = year_after(k + 1, m.year)) return done(m, Meaning::month_year, k + 1 + ylen);
        // "octobre de cette année", "décembre de l'an dernier": the month of a year counted from the DCT.
        if (const std::size_t of = cue(k + 1, Cue::of_word)) {
            Match y;
            if (unit_offset(k + 1 + of, y) && y.unit == "Y" && y.meaning == Meaning::unit_offset) {
                m.unit = y.unit;
                m.amount = y.amount;
                return done(m, Meaning::month, y.end);
            }
        }
        const std::size_t len = direction(k + 1, m.shift);
        // A bare month name is also a planet, a number ("sept") or a name: ask for a cue.
        // "Mi-janvier" opening a sentence: the capital is the edge's, the month after the hyphen is lower case.
        if (!len && !(prefixed && plain_name)) return false;
        return done(m, Meaning::month, k + 1 + len);
    }

    // "le début du siècle", "en fin de semaine", "fin d'année dernière", "début d'été": the edge of
    // the unit or season the DCT is in, or of the one named by "dernier" / "prochain".
    bool edge_of_unit(std::size_t i, Match& m) const {
        std::size_t k = i + cue(i, Cue::article);
        if (k == i) k += cue(i, Cue::season_word);
        const std::size_t elen = cue(k, Cue::month_edge, &m.edge);
        const std::size_t of = elen ? cue(k + elen, Cue::of_word) : 0;
        if (!of) return false;
        k += elen + of;
        k += cue(k, Cue::article);
        if (season_at(k, m.season)) {
            const std::size_t len = direction(k + 1, m.shift);
            return done(m, Meaning::season, k + 1 + len);
        }
        if (!unit(k, m.unit) || clock_unit(m.unit) || m.unit == "D") return false;
        // "au début du mois de juin", "à la fin de l'année 2019": the unit is named.
        const std::size_t named = k + 1 + cue(k + 1, Cue::of_word);
        if (m.unit == "M" && (m.month = month_at(named))) {
            const std::size_t len = direction(named + 1, m.shift);
            return done(m, Meaning::month, named + 1 + len);
        }
        if (m.unit == "Y" && (m.year = year_at(k + 1))) return done(m, Meaning::year, k + 2);
        const std::size_t len = direction(k + 1, m.amount);
        return done(m, Meaning::unit_offset, k + 1 + len);
    }

    // "l'automne 2020", "cet été", "au printemps", "l'hiver dernier".
    bool season(std::size_t i, Match& m) const {
        std::size_t k = i + cue(i, Cue::this_);
        if (k == i) k += cue(i, Cue::article);
        // "les étés 2014 et 2015": a season in the plural is read only with its years.
        if (!season_at(k, m.season) && !(season_at(k, m.season, true) && year_at(k + 1))) return false;
        const bool prefixed = k > i || ends_at(i, Cue::season_word) < i;
        if (const std::size_t ylen = year_after(k + 1, m.year)) return done(m, Meaning::season_year, k + 1 + ylen);
        const std::size_t len = direction(k + 1, m.shift);
        if (!prefixed) return false;
        return done(m, Meaning::season, k + 1 + len);
    }

    // "en 1991", "depuis 1991", "de 2020", "2020,".
    bool year(std::size_t i, Match& m) const {
        std::size_t len = cue(i, Cue::year_word);
        const bool strong = len > 0;
        if (!len) len = cue(i, Cue::weak_year_word);
        const int year = year_at(i + len);
        if (!year) return false;
        if (iso_date(i + len, m)) {  // "de 2023-06"
            m.first = i + len;
            return true;
        }
        const std::size_t next = i + len + 1;
        std::string_view u;
        if (unit(next, u)) return false;
        // "2020 habitants" counts; "de 2020." and "2022 et 2023" date.
        const bool free_after = next >= end_ || t_[next].kind != TokenKind::word || t_[next].capitalized ||
                                cue(next, Cue::year_follower);
        const bool listed = len && i > 0 && year_at(i - 1);
        if (!strong && !free_after && !listed) return false;
        m.year = year;
        m.first = cue(i, Cue::since) ? i : i + len;
        // "fin 2023", "début 2024", "mi-2022": the edge of the year, as of a month.
        if (m.first == i + len && m.first > first_) {
            const std::size_t hyphen = is(m.first - 1, TokenKind::punct) && raw(m.first - 1) == "-" ? 1 : 0;
            int edge = -1;
            if (m.first > first_ + hyphen && cue(m.first - 1 - hyphen, Cue::month_edge, &edge) == 1) {
                m.edge = edge;
                m.first -= 1 + hyphen;
            }
        }
        return done(m, Meaning::year, next);
    }
};

}  // namespace

bool read_clock_token(std::string_view raw, ClockToken& out) {
    const std::size_t sep = raw.find_first_of(kHourMarks);
    // Sizes are checked before the digits are added up: forty of them overflow an int.
    if (sep == std::string_view::npos || sep == 0 || sep > 2) return false;
    out = ClockToken{};
    out.mark = raw[sep];
    const auto add_digits = [](std::string_view digits, int& value) {
        for (char c : digits) {
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    };
    if (!add_digits(raw.substr(0, sep), out.hour)) return false;
    std::string_view rest = raw.substr(sep + 1);
    if (out.mark == ':' && rest.size() == 5 && rest[2] == ':') {
        out.seconds = 0;
        if (!add_digits(rest.substr(3), out.seconds) || out.seconds > 59) return false;
        rest = rest.substr(0, 2);
    }
    // "10h" writes no minutes; "10:" is no reading.
    if (rest.size() != 2 && !(out.mark != ':' && rest.empty())) return false;
    out.minutes_written = !rest.empty();
    return add_digits(rest, out.minute);
}

void recognize(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t end,
               const Calendar& calendar, const TimeLexicon& lexicon, const WordBuckets& buckets,
               std::vector<Match>& out) {
    const Recognizer r(text, tokens, first, end, calendar, lexicon, buckets);
    Match m;
    for (std::size_t i = first; i < end;) {
        if (r.may_start(i) && r.at(i, m)) {
            if (!out.empty()) r.carry_season(out.back(), m);
            out.push_back(m);
            i = m.end > i ? m.end : i + 1;
        } else {
            ++i;
        }
    }
}

}  // namespace depeche::time
