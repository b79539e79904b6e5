#include "timexes.h"

#include "date_math.h"
#include "recognize.h"
#include "resolve.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <optional>
#include <unordered_map>

namespace depeche::time {
namespace {

// A date written out in full where the article states its own date: in the dateline, or in a
// short opening line such as "Publié le 25 septembre 2023".
constexpr std::size_t kBylineParagraphs = 3;
constexpr std::size_t kBylineBytes = 160;
// A pasted page's menu items ("Rechercher", "Nous joindre", "Publicité") are lines of their own
// above the headline: they do not count among the opening paragraphs.
constexpr std::size_t kMenuItemBytes = 24;
// Datelines and bylines open the text, under a pasted page's menus and captions, and "ce jeudi 16
// octobre" tells the day of the news in its first lines, long as they may be; a "date 2023-09"
// label starts it.
constexpr std::size_t kOpeningBytes = 1000;
constexpr std::size_t kLabelBytes = 20;
// "Sophie Binet était l'invitée de France 2, mardi 19 novembre 2024.": the first lines, where a day
// written in full with its weekday is the day of the news; further on it is more often a past one.
constexpr std::size_t kLedeBytes = 250;
// How far back "la veille" or "deux jours plus tard" may look for the date it counts from.
constexpr std::size_t kReferenceSentences = 3;
// And how many expressions back any look-back in a sentence goes: a paste of one endless sentence
// must not be read back to its start for each of its dates.
constexpr std::size_t kReferenceTimexes = 8;
// How far back a time of day with a DCT may look for the day the narrative is at; and, DCT or
// not, how many expressions back, so that thousands of clock times with no day among them are
// not each read back to the start.
constexpr std::size_t kNarrativeSentences = 8;
constexpr std::size_t kNarrativeTimexes = 200;
constexpr int kStandInYear = 2000;
// Up to 6 a.m., a time told after the evening is that of the night that follows it.
constexpr int kSmallHoursEnd = 6 * 60;

struct Found {
    Match m;
    const TextIndex* index = nullptr;
    std::size_t sentence = kNoSentence;
    std::size_t paragraph = kNoSentence;
    Tense tense = Tense::unknown;
    bool quoted = false;  // inside a direct quotation
    Resolved r;
};

bool is_anchored(const Match& m) {
    return m.meaning == Meaning::anchored_offset || m.meaning == Meaning::anchored_unit ||
           m.meaning == Meaning::clause_offset || m.meaning == Meaning::clock || m.meaning == Meaning::day_part ||
           m.meaning == Meaning::narrative_day;
}

// A long text has thousands of expressions found, each with its strings: a deque grows without
// the doubling vector's last step, which would hold every expression twice.
using Founds = std::deque<Found>;

Span span_of(const Found& f) {
    const auto& tokens = f.index->tokens;
    return {tokens[f.m.first].span().start, tokens[f.m.end - 1].span().end};
}

struct ArticleDate {
    std::size_t index = 0;  // into the found expressions
    Date date;
};

// How far from a date its line is looked at: bylines and datelines are short, and a text of one
// long line (a paste without breaks) must not be scanned again for each of its dates.
constexpr std::size_t kLineReach = kOpeningBytes;

// The line holding byte `at`, from the byte after the newline before it to the next newline, cut
// `reach` bytes away on either side.
Span line_around(std::string_view text, std::size_t at, std::size_t reach = kLineReach) {
    const std::size_t from = at > reach ? at - reach : 0;
    const std::size_t before = text.substr(from, at - from).rfind('\n');
    const std::size_t after = text.substr(at, reach).find('\n');
    return {before == std::string_view::npos ? from : from + before + 1,
            after == std::string_view::npos ? std::min(text.size(), at + reach) : at + after};
}

// "11:56", "14h05": a clock reading in one token, to the minute, hours below 24.
bool clock_reading(std::string_view raw) {
    ClockToken c;
    return read_clock_token(raw, c) && c.seconds < 0 && c.minutes_written && c.hour < 24 && c.minute < 60;
}

// What a date's line says of it: a dateline ("EREVAN, 4 AOÛT, ARMENPRESS", "Bruxelles, 28 sept
// 2020 (AFP) -") or the page's stamp ("25/04/2014 14:29 CEST | …", "mercredi 11 janvier 2017 par
// Jeune Afrique"), a publication line ("Publié le …") or an update line ("Mis à jour le …",
// never the publication date).
enum class LineRole { other, dateline, published, updated };

// A dash, then a capitalized word that goes on as a sentence on the same line.
bool dispatch_after(const Found& f, Span line) {
    const auto& tokens = f.index->tokens;
    const std::size_t dash = f.m.end, word = dash + 1;
    if (word + 1 >= tokens.size() || tokens[word + 1].span().start >= line.end) return false;
    return is_dash(tokens[dash]) && tokens[word].kind == TokenKind::word && tokens[word].capitalized;
}

LineRole line_role(std::string_view text, const Found& f, const TimeLexicon& lex) {
    const auto& tokens = f.index->tokens;
    const Span line = line_around(text, tokens[f.m.first].span().start);
    // A date that far into its line opens no byline, stamp or dateline.
    if (line.start > 0 && text[line.start - 1] != '\n') return LineRole::other;
    std::size_t i = f.m.first;
    while (i > 0 && tokens[i - 1].span().start >= line.start) --i;
    const std::size_t after = f.m.end;
    auto on_line = [&](std::size_t k) { return k < tokens.size() && tokens[k].span().start < line.end; };
    const bool line_goes_on = on_line(after);
    // What follows a byline's date: the end of the line, a sign, a time or a byline ("18 février
    // 2009, par …"), an update; "a publié le 3 mars un rapport" goes on as a sentence.
    const std::size_t next = after + (line_goes_on && is_punct(tokens[after], ",") ? 1 : 0);
    // "24/02/2019 - 11:56", "February 24, 2019 / 11:56 AM": a clock reading set off after the
    // date is the hour the page was stamped, as "à 11h56" is.
    static constexpr std::string_view kStampSigns[] = {"/", "|", "-", "–", "—"};
    const bool signed_after = line_goes_on && std::any_of(std::begin(kStampSigns), std::end(kStampSigns),
                                                          [&](std::string_view p) { return is_punct(tokens[after], p); });
    const std::size_t clock = after + 1;
    const bool stamped = signed_after && on_line(clock) && tokens[clock].kind == TokenKind::number &&
                         clock_reading(text.substr(tokens[clock].span().start, tokens[clock].span().size()));
    // "Le 16 mai 2024 — Modifié à 16 h 00": an update set off after the date stamps it too.
    const bool update_after = signed_after && lex.match(tokens, after + 1, tokens.size(), Cue::update_marker);
    const bool byline_after = f.m.minutes >= 0 || stamped || update_after ||
                              (on_line(next) && lex.byline_words.count(tokens[next].key()));
    const bool ends_byline = !line_goes_on || byline_after || tokens[after].kind == TokenKind::punct ||
                             tokens[after].kind == TokenKind::sentence_end ||
                             lex.match(tokens, after, tokens.size(), Cue::update_marker);
    // "Conseil de ville : … | 7 juin 2023 | Article": a date between the bars of a page's header.
    if (f.m.first > i && is_punct(tokens[f.m.first - 1], "|") && (!line_goes_on || is_punct(tokens[after], "|")))
        return LineRole::dateline;
    bool dateline = true;
    std::size_t names = 0;  // capitalized words before the date: a dateline's place, its source
    std::size_t lower = 0;  // words in lower case before the date
    bool opens = true;      // nothing but punctuation before the date on its line: "[16/04/2014 …]"
    for (std::size_t k = i; k < f.m.first; ++k) {
        if (lex.match(tokens, k, f.m.first, Cue::update_marker)) return LineRole::updated;
        // "Article publié le …", "Par Jean Roux, publié le …" open a byline; "un rapport publié
        // mercredi 13 novembre" is news, as is "Le ministère a publié le 3 mars un rapport".
        if (lex.match(tokens, k, f.m.first, Cue::publication_marker))
            return (lower == 0 || names + lower == 1) && (ends_byline || line.size() <= kBylineBytes)
                       ? LineRole::published
                       : LineRole::other;
        const Token& t = tokens[k];
        const bool label = k == i && lex.match(tokens, k, f.m.first, Cue::date_label);
        // A "date 2019-08" label may open the line before the dateline.
        const bool sign = t.kind == TokenKind::punct || t.kind == TokenKind::sentence_end;
        const bool wordy = t.kind == TokenKind::word || t.kind == TokenKind::abbreviation || t.kind == TokenKind::elision;
        if (!label && !t.capitalized && !sign && t.kind != TokenKind::number) dateline = false;
        if (!label && wordy) ++(t.capitalized ? names : lower);
        if (!sign) opens = false;
    }
    // A date that opens its line with a time of day or a byline after it stamps the page; so does
    // one set off by a dash before the text it dates, as agencies open a dispatch ("24 avril 2023 -
    // La communauté arménienne a commémoré hier …").
    if (opens) return byline_after || dispatch_after(f, line) ? LineRole::dateline : LineRole::other;
    // "BRUXELLES 10/06/2024 18:37 (BELGA)": a place in capitals, the date, the hour it was filed.
    if (dateline && names > 0 && lower == 0 && f.m.minutes >= 0) return LineRole::dateline;
    // A dateline's place is set off from its date ("BAKOU, le 22 novembre"), which its source or
    // the text follows: "(AFP) -", ", AZERTAC", "–". "Le 9 juin, les électeurs …" is the news, and
    // "À Paris, le 3 mars, les manifestants …" goes on as a sentence: a comma closes a dateline
    // only before its source's name, or the hour the page was stamped ("Daniela Budu, 23.09.2025, 12:10").
    const bool set_off = tokens[f.m.first - 1].kind == TokenKind::punct && names > 0;
    const bool comma_then_lower = line_goes_on && is_punct(tokens[after], ",") && on_line(after + 1) &&
                                  !tokens[after + 1].capitalized &&
                                  !clock_reading(text.substr(tokens[after + 1].span().start, tokens[after + 1].span().size()));
    const bool closed = !line_goes_on || ((tokens[after].kind == TokenKind::punct && !comma_then_lower) ||
                                          tokens[after].kind == TokenKind::sentence_end);
    return dateline && set_off && closed ? LineRole::dateline : LineRole::other;
}

// The year of a yearless date written with its weekday ("le lundi 21 octobre"): among the years
// the text writes out, the one nearest which that day falls on that weekday, the earlier on a tie,
// as a target year ("d'ici 2029") lies ahead of the news. 0 when the text writes no year. Each
// day and weekday is worked out once: a hostile text may write thousands of them, and hundreds of
// years.
class WeekdayYears {
public:
    explicit WeekdayYears(const Founds& found) {
        for (const Found& f : found) {
            const bool written = f.m.meaning == Meaning::full_date || f.m.meaning == Meaning::month_year ||
                                 f.m.meaning == Meaning::year || f.m.meaning == Meaning::season_year;
            if (written && std::find(years_.begin(), years_.end(), f.m.year) == years_.end()) years_.push_back(f.m.year);
        }
    }

    int of(const Match& m) {
        const std::size_t key = (static_cast<std::size_t>(m.month) * 32 + static_cast<std::size_t>(m.day)) * 8 +
                                static_cast<std::size_t>(m.weekday);
        if (key >= known_.size()) return nearest(m);
        if (known_[key] < 0) known_[key] = nearest(m);
        return known_[key];
    }

private:
    std::vector<int> years_;
    std::array<int, 13 * 32 * 8> known_ = filled();

    static std::array<int, 13 * 32 * 8> filled() {
        std::array<int, 13 * 32 * 8> a{};
        a.fill(-1);
        return a;
    }

    int nearest(const Match& m) const {
        int best = 0, best_distance = 0;
        for (const int written : years_) {
            const int year = year_of_weekday(written, m.month, m.day, m.weekday);
            const int distance = std::abs(year - written);
            if (!best || distance < best_distance || (distance == best_distance && year < best)) {
                best = year;
                best_distance = distance;
            }
        }
        return best;
    }
};

// The year a yearless dateline or byline takes from the text: that of the latest day it writes
// with its year or its weekday ("le lundi 21 octobre"), else none. A year written alone may be
// history ("construite en 1958") or a target ("d'ici 2029").
int text_year(const Founds& found) {
    WeekdayYears years(found);
    int latest = 0;
    for (const Found& f : found) {
        if (f.m.meaning == Meaning::full_date) latest = std::max(latest, f.m.year);
        if (f.m.meaning == Meaning::day_month && f.m.weekday) latest = std::max(latest, years.of(f.m));
    }
    return latest;
}

// "date 2023-09" opening the text: the month the article is of, when its day is not given.
bool is_label(const Found& f, const TimeLexicon& lex) {
    return f.m.first > 0 && lex.match(f.index->tokens, f.m.first - 1, f.m.first, Cue::date_label) &&
           span_of(f).start < kLabelBytes;
}

// The days from the article's date that a word such as "hier" right before found[k] tells
// ("hier, 12 avril 2017" is -1), or 0 when none does.
long day_word_before(const Founds& found, std::size_t k) {
    if (k == 0) return 0;
    const Match& word = found[k - 1].m;
    const auto& tokens = found[k].index->tokens;
    const std::size_t first = found[k].m.first;
    const bool next = word.end == first || (word.end + 1 == first && tokens[word.end].kind == TokenKind::punct &&
                                            tokens[word.end].folded() == ",");
    return word.meaning == Meaning::day_offset && word.part.empty() && next ? word.amount : 0;
}

// "…, le mercredi 26 septembre 2018." or "Jeudi 30 janvier 2025, la maire …": a day set off as its
// clause's adverbial, not a chronicle entry's heading ("Lundi 4 août 2008 : …") or a noun's
// complement ("un rapport publié mercredi 13 novembre 2019").
bool set_off(const Found& f) {
    if (f.sentence == kNoSentence) return false;
    const auto& tokens = f.index->tokens;
    const Sentence& s = f.index->sentences[f.sentence];
    const bool opens = f.m.first == s.first_token || is_punct(tokens[f.m.first - 1], ",");
    return opens && (f.m.end >= s.end_token || !is_punct(tokens[f.m.end], ":"));
}

// The expression that dates the article: a dateline, a publication line, the page's stamp, a line
// that opens the text with a date ("date 2023-09-25"), or "ce jeudi 16 octobre" in the opening;
// then a short publication line anywhere ("Publié le 13.04.2024" under the text). A yearless one
// takes its year from a "date 2023-09" label, else from text_year (a written weekday choosing
// among the years near it), else none; and a date written in full wherever the text states it is
// taken before a year found so.
std::optional<ArticleDate> article_dct(std::string_view text, const Founds& found, const Analysis& a,
                                       const TimeLexicon& lex) {
    int label_year = 0, label_month = 0;
    std::size_t label_sentence = kNoSentence;
    std::optional<ArticleDate> yearless;
    std::optional<int> from_text;  // text_year, read once: a hostile text may hold thousands of candidates
    bool day_seen = false;
    std::optional<ArticleDate> lede;  // the last resort: every other way of stating the date says more
    auto year_of_text = [&] {
        if (!from_text) from_text = text_year(found);
        return *from_text;
    };
    // "Écrit par Mireille Roux le 26 juillet 2023" under a page header that prints another day: a
    // line that says it is the publication's is taken first.
    for (std::size_t k = 0; k < found.size() && span_of(found[k]).start < kOpeningBytes; ++k)
        if (found[k].m.meaning == Meaning::full_date && line_role(text, found[k], lex) == LineRole::published)
            return ArticleDate{k, {found[k].m.year, found[k].m.month, found[k].m.day}};
    for (std::size_t k = 0; k < found.size(); ++k) {
        const Found& f = found[k];
        const Span span = span_of(f);
        if (span.start >= kOpeningBytes) break;
        const bool day = f.m.meaning == Meaning::full_date || f.m.meaning == Meaning::day_month;
        if (!day && f.m.meaning != Meaning::month_year) continue;
        if (day && !day_seen && f.m.meaning == Meaning::full_date && f.m.weekday && span.start < kLedeBytes && set_off(f))
            lede = ArticleDate{k, {f.m.year, f.m.month, f.m.day}};
        day_seen = day_seen || day;
        const LineRole role = line_role(text, f, lex);
        if (role == LineRole::updated) continue;
        const bool labelled = is_label(f, lex);
        if (f.m.meaning == Meaning::month_year) {
            if (labelled) {
                label_year = f.m.year;
                label_month = f.m.month;
                label_sentence = f.sentence;
            }
            continue;
        }
        // "ce jeudi 16 octobre" in the opening; in the sentence after a "date 2024-03" label (the
        // label stands alone), a day of that month with its weekday ("L'émotion était grande lundi
        // 11 mars") too.
        const bool label_day = f.m.weekday && label_month == f.m.month && label_sentence != kNoSentence &&
                               (f.sentence == label_sentence || f.sentence == label_sentence + 1) &&
                               (f.m.meaning == Meaning::day_month || f.m.year == label_year);
        const bool opening = span.start < kOpeningBytes &&
                             (label_day || lex.match(f.index->tokens, f.m.first, f.m.end, Cue::this_) > 0);
        // "s'y est rendu hier, 12 avril 2017, pour …": the day named after "hier" dates the article.
        const long offset = f.m.meaning == Meaning::full_date ? day_word_before(found, k) : 0;
        if (offset) return ArticleDate{k, from_days(to_days({f.m.year, f.m.month, f.m.day}) - offset)};
        if (role == LineRole::other && !opening && !labelled) continue;
        if (f.m.meaning == Meaning::full_date) return ArticleDate{k, {f.m.year, f.m.month, f.m.day}};
        if (yearless) continue;
        int year = label_year ? label_year : year_of_text();
        if (!year) continue;
        if (f.m.weekday) year = year_of_weekday(year, f.m.month, f.m.day, f.m.weekday);
        if (f.m.day > days_in_month(year, f.m.month)) continue;
        yearless = ArticleDate{k, {year, f.m.month, f.m.day}};
    }
    std::optional<ArticleDate> yearless_byline;
    for (std::size_t k = 0; k < found.size(); ++k) {
        const Found& f = found[k];
        const bool full = f.m.meaning == Meaning::full_date;
        if (!full && (f.m.meaning != Meaning::day_month || yearless || yearless_byline)) continue;
        if (line_around(text, span_of(f).start, kBylineBytes + 1).size() > kBylineBytes ||
            line_role(text, f, lex) != LineRole::published)
            continue;
        if (full) return ArticleDate{k, {f.m.year, f.m.month, f.m.day}};
        int year = year_of_text();
        if (year && f.m.weekday) year = year_of_weekday(year, f.m.month, f.m.day, f.m.weekday);
        if (year && f.m.day <= days_in_month(year, f.m.month)) yearless_byline = ArticleDate{k, {year, f.m.month, f.m.day}};
    }
    std::size_t byline_end = 0;  // the paragraphs a byline may be in
    for (std::size_t counted = 0; byline_end < a.paragraphs.size() && counted < kBylineParagraphs; ++byline_end)
        if (a.paragraphs[byline_end].size() > kMenuItemBytes) ++counted;
    for (std::size_t k = 0; k < found.size(); ++k) {
        const Found& f = found[k];
        if (f.m.meaning != Meaning::full_date) continue;
        const Date day{f.m.year, f.m.month, f.m.day};
        if (f.sentence == kNoSentence && a.dateline && a.dateline->span.contains(span_of(f))) return ArticleDate{k, day};
        // "jeudi 9 octobre 2008" alone above the headline, taken for the title: the page's stamp. A
        // title that is a date without its weekday may be what the article remembers.
        if (f.m.weekday && a.title_span.size() && span_of(f).contains(a.title_span))
            return ArticleDate{k, day};
        if (f.paragraph >= byline_end) continue;
        const Span para = a.paragraphs[f.paragraph];
        if (para.size() > kBylineBytes) continue;
        if (2 * span_of(f).size() >= para.size() || line_role(text, f, lex) == LineRole::published)
            return ArticleDate{k, day};
    }
    if (yearless) return yearless;
    return yearless_byline ? yearless_byline : lede;
}

bool is_day(const std::string& value) { return value.size() >= 10 && value[4] == '-' && value[7] == '-'; }

bool is_yearless(const Match& m) {
    return (m.meaning == Meaning::day_month || m.meaning == Meaning::month || m.meaning == Meaning::season) &&
           m.shift == 0;
}

// "qui accueille une étape le 10 juillet", then "le mercredi 10 juillet": one day named twice,
// and the weekday or the year written with one mention says which year the other means too.
void agree_named_days(Founds& found) {
    std::unordered_map<int, std::string> fixed;  // month * 100 + day -> the date its fuller mention gives
    for (const Found& f : found) {
        const bool year_told = f.m.meaning == Meaning::full_date || (f.m.meaning == Meaning::day_month && f.m.weekday);
        if (year_told && f.m.month && f.m.day && is_day(f.r.value)) fixed.emplace(f.m.month * 100 + f.m.day, f.r.value.substr(0, 10));
    }
    if (fixed.empty()) return;
    for (Found& f : found) {
        if (f.m.meaning != Meaning::day_month || f.m.weekday || f.m.shift != 0 || !is_day(f.r.value)) continue;
        const auto it = fixed.find(f.m.month * 100 + f.m.day);
        if (it != fixed.end()) f.r.value = it->second + f.r.value.substr(10);
    }
}

// One expression of give_text_years: `narrative` is the year the text gives it, 0 for none.
void give_text_year(Found& f, const std::optional<Date>& label, int narrative, const std::optional<long>& narrative_day) {
    if (f.m.meaning == Meaning::weekday && f.r.needs_dct && narrative_day) {
        // The narrative's day is no publication date: a past tense may tell of a day after it
        // ("jeudi 24 avril … vendredi, il a"), so the nearest weekday is taken.
        f.r = resolve(f.m, {*narrative_day, Tense::unknown, std::nullopt});
    } else if (!is_yearless(f.m) || (!label && !narrative)) {
        return;
    } else if (const bool in_label_month = label && f.m.meaning != Meaning::season && f.m.month == label->month;
               label && !in_label_month) {
        f.r = resolve(f.m, {to_days(*label), f.tense, std::nullopt});
    } else if (const int known = in_label_month ? label->year : narrative; f.m.meaning == Meaning::day_month) {
        const int year = f.m.weekday ? year_of_weekday(known, f.m.month, f.m.day, f.m.weekday) : known;
        if (f.m.day > days_in_month(year, f.m.month)) return;
        f.r.value = format_day({year, f.m.month, f.m.day});
    } else {
        f.r.value = f.m.meaning == Meaning::month ? format_month(known, f.m.month) : format_season(known, f.m.season);
    }
    f.r.needs_dct = false;
    f.r.anchor.clear();
}

// Without a DCT, a date written without its year ("le 19 mai", "depuis septembre") takes the year
// the text gives it, as a reader would: that of a "date 2021-05" label opening the text (its own
// month in that year, another read with the clause's tense from the middle of that month), else
// that of the last date written with its year before it ("le document signé le 12 mai 1994 … Le
// 5 mai, …"), else, for a date written with its weekday ("vendredi 3 novembre"), the year that
// WeekdayYears finds. A weekday is the one nearest the day the narrative is at ("le 19 mai …
// mercredi matin"). Other relative dates still need the real DCT.
void give_text_years(Founds& found, const TimeLexicon& lex) {
    std::optional<Date> label;
    for (const Found& f : found)
        if (f.m.meaning == Meaning::month_year && is_label(f, lex)) label = Date{f.m.year, f.m.month, 15};
    WeekdayYears years(found);
    // "le mercredi 6 mars" where the text writes "2024": the year that weekday agrees with is the
    // one of the text's other yearless dates too, before a date written in full gives one.
    int weekday_year = 0;
    for (const Found& f : found)
        if (f.m.meaning == Meaning::day_month && f.m.weekday && (weekday_year = years.of(f.m))) break;
    int narrative = 0;
    std::optional<long> narrative_day;
    for (Found& f : found) {
        if (f.m.meaning == Meaning::full_date || f.m.meaning == Meaning::month_year ||
            f.m.meaning == Meaning::season_year)
            narrative = f.m.year;
        const bool weekday_written = f.m.meaning == Meaning::day_month && f.m.weekday;
        give_text_year(f, label, weekday_written && !narrative ? years.of(f.m) : narrative ? narrative : weekday_year,
                       narrative_day);
        long first = 0, end = 0;
        if (!f.r.needs_dct && is_day(f.r.value) && value_span(f.r.value.substr(0, 10), first, end)) narrative_day = first;
    }
}

// Relative expressions usually tell the latest news: without a DCT, they are ordered as if
// published at the end of the year after the latest date the article writes out.
long stand_in_dct(const Founds& found) {
    int latest = kStandInYear;
    for (const Found& f : found)
        if (f.m.year > latest && f.m.meaning != Meaning::decade && f.m.meaning != Meaning::century) latest = f.m.year;
    return to_days({latest + 1, 12, 31});
}

// "aujourd'hui" without a DCT still says the present, as "actuellement" does: PRESENT_REF, where
// another day word has no value.
bool is_today(const Match& m) {
    return m.meaning == Meaning::day_offset && m.amount == 0 && m.part.empty() && m.minutes < 0;
}

bool has_span(const Resolved& r) {
    long first = 0, end = 0;
    return r.type != TimexType::duration && r.type != TimexType::set && value_span(r.value, first, end);
}

bool is_time_of_day(const Match& m) { return m.meaning == Meaning::clock || m.meaning == Meaning::day_part; }

// The nearest expression before found[at] in its sentence, at most kReferenceTimexes back, that
// `wanted` accepts.
template <typename Wanted>
std::optional<std::size_t> earlier_in_sentence(const Founds& found, std::size_t at, Wanted wanted) {
    for (std::size_t k = at, seen = 0; k-- > 0 && found[k].sentence == found[at].sentence && seen < kReferenceTimexes; ++seen)
        if (wanted(found[k])) return k;
    return std::nullopt;
}

// The day of "à 10 h 30": a date just before it in its sentence.
std::optional<std::size_t> day_in_sentence(const Founds& found, std::size_t at) {
    return earlier_in_sentence(found, at, [](const Found& f) { return has_span(f.r) && is_day(f.r.value); });
}

std::optional<Reference> reference_of(const Founds& found, std::size_t at, std::size_t id_base) {
    const Found& f = found[at];
    auto as_reference = [&](std::size_t k) {
        return Reference{numbered_id("t", id_base + k + 1), found[k].r.value, found[k].r.needs_dct};
    };
    if (f.m.meaning == Meaning::clause_offset) {
        // The main clause's date, in the same sentence: before the expression, else after it.
        const auto unanchored = [](const Found& e) { return has_span(e.r) && !is_anchored(e.m); };
        if (const auto k = earlier_in_sentence(found, at, unanchored)) return as_reference(*k);
        for (std::size_t k = at + 1; k < found.size() && found[k].sentence == f.sentence && k - at <= kReferenceTimexes; ++k)
            if (unanchored(found[k])) return as_reference(k);
        return std::nullopt;
    }
    std::optional<std::size_t> month;
    // "Le 11 octobre, … Le lendemain": a day counted from another looks further back than a coarser
    // offset, as the DCT it would fall back on makes it "demain" or "hier".
    const std::size_t reach = f.m.meaning == Meaning::anchored_offset && f.m.unit == "D" ? kNarrativeSentences
                                                                                          : kReferenceSentences;
    for (std::size_t k = at, seen = 0; k-- > 0 && seen < kReferenceTimexes; ++seen) {
        // A chronicle's month may head it, outside any sentence: "5-25 juillet 1988" over "Le 5, …".
        const bool heading = found[k].sentence == kNoSentence;
        if (heading ? f.m.meaning != Meaning::narrative_day : f.sentence - found[k].sentence > reach) break;
        // "le lendemain" needs a day to count from; "deux ans plus tard" a year will do.
        // "Le 12," needs a month to count in: a day of it will do. The chronicle's last day gives it
        // before a month named in passing ("Le 5, … depuis février. Le 7, …" stays in the month of the 5th).
        if (f.m.meaning == Meaning::narrative_day) {
            const std::string& v = found[k].r.value;
            if (!has_span(found[k].r) || v.size() < 7 || v[4] != '-' || v[5] < '0' || v[5] > '1') continue;
            if (found[k].m.meaning == Meaning::narrative_day) return as_reference(k);
            if (!month) month = k;
            continue;
        }
        const bool coarse = f.m.meaning == Meaning::anchored_unit || f.m.unit == "M" || f.m.unit == "Y" ||
                            f.m.unit == "DE" || f.m.unit == "CE" || f.m.unit == "Q";
        if (has_span(found[k].r) && (coarse || is_day(found[k].r.value))) return as_reference(k);
    }
    if (month) return as_reference(*month);
    return std::nullopt;
}

// How far into its day a time lies: 0 morning, 1 afternoon, 2 evening or night (a night is told
// from its evening: "la nuit du 17 octobre … vers 22 heures"); -1 unknown.
int hour_rank(std::string_view part, int minutes) {
    static constexpr std::string_view kParts[] = {"MO", "AF", "EV", "NI"};
    for (int r = 0; r < 4; ++r)
        if (part == kParts[r]) return std::min(r, 2);
    if (minutes < 0) return -1;
    return minutes < 12 * 60 ? 0 : minutes < 18 * 60 ? 1 : 2;
}

int hour_rank(const Match& m) { return hour_rank(m.part, m.meaning == Meaning::clock ? m.amount : m.minutes); }

// "à 9 heures" or "en début de soirée" with no day in its sentence is on the day the narrative is
// at: the day that the nearest sentence before it dates first ("Dimanche, suite aux pluies de la
// veille, … En début de soirée, les orages grondent"). With a DCT that sentence must be near, as
// "ce matin" would have brought the narrative back to the DCT's day; without one, any will do. A
// witness's "hier" inside a quotation is no day the narrative is at.
std::optional<std::size_t> narrative_day_before(const Founds& found, std::size_t at, bool real_dct) {
    const Found& f = found[at];
    std::optional<std::size_t> day;
    for (std::size_t k = at; k-- > 0 && at - k <= kNarrativeTimexes;) {
        if (day && found[k].sentence != found[*day].sentence) break;
        if (real_dct && (found[k].sentence == kNoSentence || f.sentence - found[k].sentence > kNarrativeSentences)) break;
        if (found[k].quoted && !f.quoted) continue;
        if ((real_dct || !found[k].r.needs_dct) && has_span(found[k].r) && is_day(found[k].r.value)) day = k;
    }
    return day;
}

// A narrative moves forward: on a day it has taken to the evening ("hier soir", "vers 18h30"), a
// later "dans l'après-midi" is no longer that day's, while the small hours ("rentré à 3 heures du
// matin", "A minuit") are those of the night that follows, unless counted from ("depuis minuit").
// The reference the time of day `at` takes from the day found[day] tells, in its own sentence or
// as the `narrative`'s, if any.
std::optional<Reference> time_on_day(const Founds& found, std::size_t at, std::size_t day, bool narrative) {
    const Found& f = found[at];
    const std::string& value = found[day].r.value;
    Reference reference{numbered_id("t", day + 1), value, found[day].r.needs_dct};
    int reached = -1;
    for (std::size_t k = day; k < at; ++k)
        if (is_day(found[k].r.value) && found[k].r.value.compare(0, 10, value, 0, 10) == 0)
            reached = std::max(reached, hour_rank(found[k].m));
    const int rank = hour_rank(f.m);
    if (rank < 0 || reached <= rank) return reference;
    if (f.m.meaning != Meaning::clock || f.m.amount >= kSmallHoursEnd || f.m.lean < 0)
        return narrative ? std::nullopt : std::optional<Reference>(reference);
    reference.value = offset_from(value.substr(0, 10), "D", 1);
    return reference;
}

// "En novembre, … depuis le début du mois", "En 2019, … à la fin de l'année": the edge of a month or
// a year with nothing to place it ("ce", "dernier") is that of the month or year its sentence named
// before it; with none, the DCT's stays.
void take_named_unit(Founds& found, std::size_t at) {
    Found& f = found[at];
    const Match& m = f.m;
    if (m.meaning != Meaning::unit_offset || m.edge < 0 || m.amount != 0 || (m.unit != "M" && m.unit != "Y") ||
        f.sentence == kNoSentence)
        return;
    const std::size_t digits = m.unit == "M" ? 7 : 4;  // "2022-11", "2019"
    const auto k = earlier_in_sentence(found, at, [&](const Found& e) {
        return has_span(e.r) && e.r.value.size() >= digits && !is_anchored(e.m);
    });
    if (!k) return;
    const Resolved& named = found[*k].r;
    f.r.value = named.value.substr(0, digits);
    f.r.needs_dct = named.needs_dct;
    f.r.anchor = numbered_id("t", *k + 1);
}

// "en 2018, notamment entre les mois de mai et juin", "En 2016, … le 3 mai": a month or a day
// named without a year, nor "dernier" or "prochain", is of the year its sentence wrote before it;
// a future clause counts from the DCT unless that year is still ahead ("Après la crise de 2018,
// le parti se réunira en mai").
void take_named_year(Founds& found, std::size_t at, long dct) {
    Found& f = found[at];
    const Match& m = f.m;
    const bool yearless = m.meaning == Meaning::month || (m.meaning == Meaning::day_month && !m.weekday);
    if (!yearless || m.shift != 0 || !m.unit.empty() || f.sentence == kNoSentence || f.r.value.size() < 7) return;
    // "depuis 2021" opens a stretch of time rather than naming the year of the news.
    const auto k = earlier_in_sentence(found, at, [](const Found& e) {
        return (e.m.meaning == Meaning::year || e.m.meaning == Meaning::month_year || e.m.meaning == Meaning::full_date) &&
               e.m.lean >= 0;
    });
    if (!k) return;
    const int year = found[*k].m.year;
    if ((f.tense == Tense::future && year < from_days(dct).year) || m.day > days_in_month(year, m.month)) return;
    f.r.value = std::to_string(year) + f.r.value.substr(4);
    f.r.needs_dct = false;
}

// "du 17 avril au 2 juin": the yearless day that ends a span is the first such day from its start,
// whatever the tense says of it alone.
void end_span_after_start(Founds& found, std::size_t at) {
    Found& end = found[at];
    const Found& start = found[at - 1];
    if (end.sentence == kNoSentence || end.sentence != start.sentence || end.m.first != start.m.end ||
        end.m.meaning != Meaning::day_month || start.m.meaning != Meaning::day_month || !is_day(start.r.value))
        return;
    Date from;
    std::sscanf(start.r.value.c_str(), "%d-%d-%d", &from.year, &from.month, &from.day);
    Date to{from.year, end.m.month, end.m.day};
    if (to.month * 100 + to.day < from.month * 100 + from.day) ++to.year;
    if (to.day > days_in_month(to.year, to.month)) return;
    end.r.value = format_day(to);
    end.r.needs_dct = start.r.needs_dct;
}

// "jeudi et vendredi", "lundi, mardi ou mercredi": the day a weekday is listed after.
std::optional<Reference> listed_after(const Founds& found, std::size_t at, const TimeLexicon& lex) {
    const Found& f = found[at];
    if (at == 0 || f.m.meaning != Meaning::weekday || f.m.shift != 0 || f.sentence == kNoSentence) return std::nullopt;
    const Found& before = found[at - 1];
    if (before.sentence != f.sentence || !is_day(before.r.value)) return std::nullopt;
    const auto& tokens = f.index->tokens;
    for (std::size_t k = before.m.end; k < f.m.first;) {
        const std::size_t len = lex.match(tokens, k, f.m.first, Cue::list_word);
        if (len) k += len;
        else if (tokens[k].kind == TokenKind::punct && tokens[k].folded() == ",") ++k;
        else return std::nullopt;
    }
    return Reference{numbered_id("t", at), before.r.value, before.r.needs_dct};
}

// Marks the expressions that direct quotations hold; `found` runs in text order, as do the quotes.
void mark_quoted(Founds& found, const std::vector<Quote>& quotes) {
    std::vector<Span> direct;
    for (const Quote& q : quotes)
        if (q.kind == QuoteKind::direct) direct.push_back(q.span);
    std::sort(direct.begin(), direct.end(), [](const Span& x, const Span& y) { return x.start < y.start; });
    for (Found& f : found) {
        if (f.sentence == kNoSentence) continue;
        const Span span = span_of(f);
        auto after = std::upper_bound(direct.begin(), direct.end(), span.start,
                                      [](std::uint32_t at, const Span& q) { return at < q.start; });
        f.quoted = after != direct.begin() && std::prev(after)->contains(span);
    }
}

void collect(std::string_view text, const TextIndex& index, bool body, const Resources& res, Founds& out) {
    std::vector<Match> matches;
    const WordBuckets buckets(res.time, *index.words);
    const TenseWords tense_words(res.time.tense, *index.words);
    for (std::size_t s = 0; s < index.sentences.size(); ++s) {
        const Sentence& sentence = index.sentences[s];
        matches.clear();
        recognize(text, index.tokens, sentence.first_token, sentence.end_token, res.calendar, res.time, buckets,
                  matches);
        for (const Match& m : matches) {
            Found f;
            f.m = m;
            f.index = &index;
            if (body) {
                f.sentence = s;
                f.paragraph = sentence.paragraph;
                const bool scheduled = (is_yearless(m) || (m.meaning == Meaning::weekday && m.shift == 0)) &&
                                       tells_schedule(index.tokens, sentence.first_token, m.first, res.time.tense);
                if (!scheduled)
                    f.tense = tense_near(text, index.tokens, sentence.first_token, sentence.end_token, m.first, m.end,
                                         res.time.tense, tense_words);
            }
            out.push_back(std::move(f));
        }
    }
}

}  // namespace

TimeLayer find_timexes(std::string_view text, const TextIndex& body, Analysis& a, const Resources& res) {
    std::vector<Span> header;
    if (a.title_span.size() > 0) header.push_back(a.title_span);
    if (a.dateline) header.push_back(a.dateline->span);
    const TextIndex head = index_text(text, header, res.tokenizer);

    Founds found;
    collect(text, head, false, res, found);
    collect(text, body, true, res, found);
    mark_quoted(found, a.quotes);

    // The date that dates the article is no event of its own.
    std::size_t byline = found.size();
    if (!a.dct) {
        if (const auto dated = article_dct(text, found, a, res.time)) {
            byline = dated->index;
            a.dct = format_day(dated->date);
            a.dct_source = DctSource::text;
        }
    }
    TimeLayer layer;
    layer.real_dct = a.dct.has_value();
    long dct = stand_in_dct(found);
    if (a.dct) {
        Date d;
        std::sscanf(a.dct->c_str(), "%d-%d-%d", &d.year, &d.month, &d.day);
        dct = to_days(d);
    }

    for (std::size_t i = 0; i < found.size(); ++i)
        if (!is_anchored(found[i].m)) found[i].r = resolve(found[i].m, {dct, found[i].tense, listed_after(found, i, res.time)});
    for (std::size_t i = 0; i < found.size(); ++i) {
        take_named_unit(found, i);
        take_named_year(found, i, dct);
    }
    for (std::size_t i = 1; i < found.size(); ++i) end_span_after_start(found, i);
    if (!a.dct) give_text_years(found, res.time);
    agree_named_days(found);
    for (std::size_t i = 0; i < found.size(); ++i) {
        if (!is_anchored(found[i].m)) continue;
        std::optional<Reference> reference;
        if (!is_time_of_day(found[i].m)) {
            reference = reference_of(found, i, 0);
        } else if (const auto day = day_in_sentence(found, i)) {
            reference = time_on_day(found, i, *day, false);
        } else if (const auto narrative = narrative_day_before(found, i, a.dct.has_value())) {
            reference = time_on_day(found, i, *narrative, true);
        }
        found[i].r = resolve(found[i].m, {dct, found[i].tense, reference});
    }

    a.timexes.reserve(found.size());
    layer.notes.reserve(found.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        const Found& f = found[i];
        Timex t;
        t.id = numbered_id("t", i + 1);
        t.span = span_of(f);
        t.text = std::string(text.substr(t.span.start, t.span.size()));
        t.type = f.r.type;
        if (!f.r.needs_dct || layer.real_dct) t.value = f.r.value;
        else if (is_today(f.m)) t.value = "PRESENT_REF";
        t.anchor = f.r.anchor;
        t.mod = f.r.mod;
        TimeNote note;
        if (f.m.counted) {
            Match length = f.m;
            length.meaning = Meaning::duration;
            const Resolved counted = resolve(length, {dct, f.tense, std::nullopt});
            // Against a stand-in DCT the day is good for ordering only, as a clause shift's is.
            ClauseShift landing;
            value_span(f.r.value, landing.first, landing.end);
            landing.value = f.r.value;
            landing.anchor = t.anchor;
            note.landing = static_cast<std::uint32_t>(layer.shifts.size());
            layer.shifts.push_back(std::move(landing));
            t.type = counted.type;
            t.value = counted.value;
        }
        note.sentence = f.sentence;
        note.first_token = static_cast<std::uint32_t>(f.m.first);
        note.end_token = static_cast<std::uint32_t>(f.m.end);
        note.tense = f.tense;
        note.dated = i != byline && has_span(f.r) && value_span(f.r.value, note.first, note.end);
        if (f.m.meaning == Meaning::clause_offset) {
            if (const auto ref = reference_of(found, i, 0)) {
                const int n = f.m.shift * f.m.amount;
                ClauseShift shift;
                shift.value = offset_from(ref->value, f.m.unit, n);
                if (value_span(shift.value, shift.first, shift.end)) {
                    shift.anchor = ref->id + signed_amount(n, f.m.unit);
                    note.shift = static_cast<std::uint32_t>(layer.shifts.size());
                    layer.shifts.push_back(std::move(shift));
                }
            }
        }
        a.timexes.push_back(std::move(t));
        layer.notes.push_back(note);
    }
    return layer;
}

}  // namespace depeche::time
