#include "time_lexicon.h"

#include "core/fold.h"

#include <type_traits>

namespace depeche::time {
namespace {

struct Loader {
    const nlohmann::json& data;
    const TokenizerLexicon& tokenizer;
    const Calendar& calendar;
    TimeLexicon& out;
    std::string& error;

    const nlohmann::json* section(const nlohmann::json& from, const char* key, bool object) {
        const auto it = from.find(key);
        if (it == from.end() || (object ? !it->is_object() : !it->is_array())) {
            error = std::string("time.json: \"") + key + "\" must be " + (object ? "an object" : "a list");
            return nullptr;
        }
        return &*it;
    }

    // Phrases go through the tokenizer so "jusqu'à présent" splits as the text will.
    bool add_phrase(const std::string& phrase, Cue cue, int value) {
        const TextIndex index = index_text(phrase, {Span{0, phrase.size()}}, tokenizer);
        if (index.tokens.empty()) {
            error = "time.json: empty phrase";
            return false;
        }
        Phrase p;
        p.cue = cue;
        p.value = value;
        for (std::size_t i = 1; i < index.tokens.size(); ++i) p.rest.push_back(index.tokens[i].folded());
        const bool about_time = cue != Cue::clause_break && cue != Cue::coordinator && cue != Cue::subject_pronoun &&
                                cue != Cue::time_relative && cue != Cue::publication_marker &&
                                cue != Cue::update_marker && cue != Cue::date_label &&
                                cue != Cue::clock_word && cue != Cue::hour_word && cue != Cue::span_opener &&
                                cue != Cue::night_closer && cue != Cue::extra;
        // "la veille" is anchored by "veille", not by "la", which leads to much else.
        constexpr std::uint64_t kAnchoring = cue_bit(Cue::day_word) | cue_bit(Cue::present_ref) | cue_bit(Cue::opening_present_ref) |
                                             cue_bit(Cue::anchored_day) | cue_bit(Cue::clock_name) |
                                             cue_bit(Cue::part_of_day) | cue_bit(Cue::vague_ref) |
                                             cue_bit(Cue::period_unit) | cue_bit(Cue::anchored_part) |
                                             cue_bit(Cue::period_code) | cue_bit(Cue::holiday);
        if (kAnchoring & cue_bit(cue)) out.phrases[index.tokens.back().folded()].anchors = true;
        // "tous les matins": parts of the day are also read in the plural.
        if (cue == Cue::part_of_day && index.tokens.size() == 1) out.phrases[index.tokens[0].folded() + "s"].anchors = true;
        PhraseBucket& bucket = out.phrases[index.tokens[0].folded()];
        bucket.starts_time = bucket.starts_time || about_time;
        bucket.cues |= cue_bit(cue);
        bucket.phrases.push_back(std::move(p));
        return true;
    }

    bool list(const char* key, Cue cue) {
        const nlohmann::json* words = section(data, key, false);
        if (!words) return false;
        for (const auto& w : *words) {
            if (!w.is_string()) return fail(key);
            if (!add_phrase(w.get<std::string>(), cue, 0)) return false;
        }
        return true;
    }

    bool valued(const char* key, Cue cue) {
        const nlohmann::json* words = section(data, key, true);
        if (!words) return false;
        for (const auto& [phrase, v] : words->items()) {
            if (!v.is_number_integer()) return fail(key);
            if (!add_phrase(phrase, cue, v.get<int>())) return false;
        }
        return true;
    }

    template <typename Set>
    bool words(const nlohmann::json& from, const char* key, Set& target, bool folded) {
        const nlohmann::json* items = section(from, key, false);
        if (!items) return false;
        for (const auto& w : *items) {
            if (!w.is_string()) return fail(key);
            const std::string word = w.get<std::string>();
            if constexpr (std::is_same_v<Set, std::vector<std::string>>)
                target.push_back(folded ? fold(word) : word);
            else
                target.insert(folded ? fold(word) : word);
        }
        return true;
    }

    // A map of words to TIMEX3 codes: "semaines" = "W", "quotidiennement" = "D".
    bool codes(const char* key, WordMap<std::string>& target) {
        const nlohmann::json* items = section(data, key, true);
        if (!items) return false;
        for (const auto& [word, v] : items->items()) {
            if (!v.is_string()) return fail(key);
            target.emplace(word, v.get<std::string>());
        }
        return true;
    }

    bool fail(const char* key) {
        error = std::string("time.json: bad entry in \"") + key + "\"";
        return false;
    }

    bool load() {
        const nlohmann::json* numbers = section(data, "numbers", true);
        const nlohmann::json* parts = section(data, "parts_of_day", true);
        const nlohmann::json* hour_parts = section(data, "hour_parts", true);
        const nlohmann::json* edges = section(data, "month_edges", true);
        const nlohmann::json* tense = section(data, "tense", true);
        if (!numbers || !parts || !hour_parts || !edges || !tense) return false;
        for (const auto& [word, v] : numbers->items()) {
            if (!v.is_number_integer()) return fail("numbers");
            out.numbers.emplace(word, v.get<int>());
        }
        if (!codes("units", out.units) || !codes("set_adverbs", out.set_adverbs)) return false;
        static constexpr const char* kEdges[] = {"early", "mid", "late"};
        auto edge_of = [](const nlohmann::json& v) {
            for (int e = 0; e < 3; ++e)
                if (v.is_string() && v.get<std::string>() == kEdges[e]) return e;
            return -1;
        };
        // "soir" is a code; "en fin d'après-midi" a code and the edge of that part.
        for (const auto& [word, v] : parts->items()) {
            const bool edged = v.is_array() && v.size() == 2 && v[0].is_string() && edge_of(v[1]) >= 0;
            if (!v.is_string() && !edged) return fail("parts_of_day");
            out.part_codes.push_back(edged ? v[0].get<std::string>() : v.get<std::string>());
            out.part_edges.resize(out.part_codes.size(), -1);
            if (edged) out.part_edges.back() = edge_of(v[1]);
            if (!add_phrase(word, Cue::part_of_day, static_cast<int>(out.part_codes.size() - 1))) return false;
        }
        const nlohmann::json* periods = section(data, "period_units", true);
        if (!periods) return false;
        for (const auto& [word, v] : periods->items()) {
            if (!v.is_string()) return fail("period_units");
            out.period_units.push_back(v.get<std::string>());
            if (!add_phrase(word, Cue::period_unit, static_cast<int>(out.period_units.size() - 1))) return false;
        }
        // "T2 2014", "S1": a letter and a rank, written as one token.
        const nlohmann::json* codes = section(data, "period_codes", true);
        if (!codes) return false;
        for (const auto& [letter, v] : codes->items()) {
            if (!v.is_string() || (v != "Q" && v != "H")) return fail("period_codes");
            out.period_units.push_back(v.get<std::string>());
            for (int rank = 1; rank <= (v == "Q" ? 4 : 2); ++rank)
                if (!add_phrase(letter + std::to_string(rank), Cue::period_code, static_cast<int>(out.period_units.size() - 1)))
                    return false;
        }
        const nlohmann::json* zones = section(data, "time_zones", true);
        if (!zones) return false;
        for (const auto& [word, v] : zones->items()) {
            if (!v.is_string()) return fail("time_zones");
            out.zone_codes.push_back(v.get<std::string>());
            if (!add_phrase(word, Cue::time_zone, static_cast<int>(out.zone_codes.size() - 1))) return false;
        }
        // A zone with summer time is kept as "standard/summer": the date chooses.
        const nlohmann::json* summer = section(data, "summer_time_zones", true);
        if (!summer) return false;
        for (const auto& [word, v] : summer->items()) {
            if (!v.is_array() || v.size() != 2 || !v[0].is_string() || !v[1].is_string()) return fail("summer_time_zones");
            out.zone_codes.push_back(v[0].get<std::string>() + "/" + v[1].get<std::string>());
            if (!add_phrase(word, Cue::time_zone, static_cast<int>(out.zone_codes.size() - 1))) return false;
        }
        const nlohmann::json* anchored_parts = section(data, "anchored_parts", true);
        if (!anchored_parts) return false;
        for (const auto& [word, v] : anchored_parts->items()) {
            if (!v.is_string()) return fail("anchored_parts");
            out.part_codes.push_back(v.get<std::string>());
            if (!add_phrase(word, Cue::anchored_part, static_cast<int>(out.part_codes.size() - 1))) return false;
        }
        for (const auto& [word, v] : hour_parts->items()) {
            if (!v.is_string()) return fail("hour_parts");
            out.part_codes.push_back(v.get<std::string>());
            if (!add_phrase(word, Cue::hour_part, static_cast<int>(out.part_codes.size() - 1))) return false;
        }
        for (const auto& [word, v] : edges->items()) {
            const int index = edge_of(v);
            if (index < 0) return fail("month_edges");
            if (!add_phrase(word, Cue::month_edge, index)) return false;
        }
        const bool phrases =
            valued("day_words", Cue::day_word) && list("present_refs", Cue::present_ref) &&
            list("last_words", Cue::last) && valued("next_words", Cue::next) &&
            valued("neighbour_words", Cue::neighbour) && list("same_words", Cue::same) && list("this_words", Cue::this_) &&
            list("article_words", Cue::article) && list("later_words", Cue::later) &&
            list("earlier_words", Cue::earlier) && list("weak_year_words", Cue::weak_year_word) &&
            list("ago_words", Cue::ago) && list("ahead_words", Cue::ahead) && list("after_words", Cue::after) &&
            list("before_words", Cue::before) && list("subordinators", Cue::subordinator) &&
            valued("anchored_days", Cue::anchored_day) && list("duration_words", Cue::duration_word) &&
            list("since_words", Cue::since) && valued("leanings", Cue::leaning) && list("opening_leaning", Cue::opening_leaning) && list("list_words", Cue::list_word) && list("season_words", Cue::season_word) && list("year_words", Cue::year_word) &&
            list("year_followers", Cue::year_follower) && list("month_words", Cue::month_word) &&
            list("day_determiners", Cue::day_determiner) && list("set_words", Cue::set_word) &&
            valued("clock_words", Cue::clock_word) && list("span_openers", Cue::span_opener) && list("hour_words", Cue::hour_word) &&
            valued("clock_names", Cue::clock_name) &&
            list("decade_words", Cue::decade_word) && list("publication_markers", Cue::publication_marker) &&
            list("update_markers", Cue::update_marker) && list("date_labels", Cue::date_label) &&
            list("vague_numbers", Cue::vague_number) && list("clause_breaks", Cue::clause_break) &&
            list("coordinators", Cue::coordinator) && list("subject_pronouns", Cue::subject_pronoun) &&
            list("time_relatives", Cue::time_relative) && list("night_openers", Cue::night_opener) &&
            list("night_closers", Cue::night_closer) && valued("approx_numbers", Cue::approx_number) &&
            valued("approximators", Cue::approximator) && list("span_determiners", Cue::span_determiner) &&
            valued("vague_refs", Cue::vague_ref) && valued("ordinals", Cue::ordinal) && list("of_words", Cue::of_word) &&
            list("age_holders", Cue::age_holder) && list("date_names", Cue::date_name) &&
            list("gerund_markers", Cue::gerund_marker) && list("lasting_words", Cue::lasting_word) &&
            list("opening_present_refs", Cue::opening_present_ref) && list("someday_phrases", Cue::someday) &&
            list("extra_words", Cue::extra) && valued("holidays", Cue::holiday);
        if (!phrases) return false;
        auto starts_time = [&](const std::string& word, Name name) {
            PhraseBucket& b = out.phrases[word];
            b.starts_time = b.anchors = true;
            b.names |= static_cast<std::uint8_t>(name);
        };
        for (const auto& [word, v] : out.numbers) starts_time(word, Name::number_word);
        for (const auto& [word, v] : out.units) starts_time(word, Name::unit_word);
        for (const auto& [word, v] : out.set_adverbs) starts_time(word, Name::set_adverb);
        for (const auto& [word, v] : calendar.months) starts_time(word, Name::month_name);
        // Weekdays and seasons are also read in the plural: "tous les lundis", "tous les étés".
        auto with_plural = [&](const std::string& word, Name name) {
            starts_time(word, name);
            starts_time(word + "s", name);
        };
        for (const auto& [word, v] : calendar.weekdays) with_plural(word, Name::weekday_name);
        for (const auto& [word, v] : calendar.seasons) with_plural(word, Name::season_name);
        if (!words(data, "count_adjectives", out.count_adjectives, true) || !words(data, "age_verbs", out.age_verbs, false) ||
            !words(data, "age_prepositions", out.age_prepositions, false) || !words(data, "length_words", out.length_words, true) ||
            !words(data, "halves", out.halves, true) || !words(data, "quarters", out.quarters, true) ||
            !words(data, "event_days", out.event_days, true) || !words(data, "byline_words", out.byline_words, true))
            return false;
        TenseLexicon& t = out.tense;
        const auto window = tense->find("window");
        if (window == tense->end() || !window->is_number_unsigned()) return fail("tense");
        t.window = window->get<std::size_t>();
        const bool read = words(*tense, "past_auxiliaries", t.past_auxiliaries, false) &&
               words(*tense, "etre_auxiliaries", t.etre_auxiliaries, false) &&
               words(*tense, "conditional_etre_auxiliaries", t.conditional_etre_auxiliaries, false) &&
               words(*tense, "reflexives", t.reflexives, true) &&
               words(*tense, "etre_participles", t.etre_participles, true) &&
               words(*tense, "participle_endings", t.participle_endings, false) &&
               words(*tense, "past_endings", t.past_endings, true) &&
               words(*tense, "past_exceptions", t.past_exceptions, true) &&
               words(*tense, "future_endings", t.future_endings, true) &&
               words(*tense, "future_exceptions", t.future_exceptions, true) &&
               words(*tense, "conditional_endings", t.conditional_endings, false) &&
               words(*tense, "conditional_exceptions", t.conditional_exceptions, true) &&
               words(*tense, "future_auxiliaries", t.future_auxiliaries, true) &&
               words(*tense, "prospective_auxiliaries", t.prospective_auxiliaries, true) &&
               words(*tense, "intention_links", t.intention_links, true) &&
               words(*tense, "intention_participles", t.intention_participles, true) &&
               words(*tense, "infinitive_endings", t.infinitive_endings, true) &&
               words(*tense, "skip_words", t.skip_words, true) &&
               words(*tense, "noun_after_auxiliary", t.noun_after_auxiliary, true) &&
               words(*tense, "schedule_words", t.schedule_words, true) &&
               words(*tense, "schedule_links", t.schedule_links, true);
        if (!read) return false;
        for (const WordSet* spelled : {&t.past_auxiliaries, &t.etre_auxiliaries, &t.conditional_etre_auxiliaries})
            for (const std::string& w : *spelled) t.folded_auxiliaries.insert(fold(w));
        return true;
    }
};

}  // namespace

WordBuckets::WordBuckets(const TimeLexicon& lexicon, const Vocabulary& words)
    : lex_(lexicon), by_word_(words, [&](const Word& w) { return ask(WordKey(w.text, w.hash)); }) {}

WordBuckets::TimeWord WordBuckets::ask(WordKey word) const {
    TimeWord w;
    w.bucket = lex_.phrases.value(word);
    w.may_start = lex_.may_start(word.text, w.bucket);
    w.hyphenated = word.text.find('-') != std::string_view::npos;
    return w;
}

const PhraseBucket* TimeLexicon::bucket(const Token& t) const { return phrases.value(t.key()); }

bool TimeLexicon::may_start(std::string_view folded, const PhraseBucket* b) const {
    // A bucket that only marks an anchor ("matins") says nothing of starting.
    if (b && (b->starts_time || b->cues)) return b->starts_time;
    const std::size_t hyphen = folded.find('-');
    if (hyphen == std::string_view::npos) return false;
    const PhraseBucket* first_part = phrases.value(folded.substr(0, hyphen));
    return first_part && first_part->starts_time;
}

std::size_t TimeLexicon::match_phrases(const PhraseBucket& b, const std::vector<Token>& tokens, std::size_t i,
                                       std::size_t end, Cue cue, int* value) const {
    std::size_t best = 0;
    for (const Phrase& p : b.phrases) {
        if (p.cue != cue || i + 1 + p.rest.size() > end || 1 + p.rest.size() <= best) continue;
        bool same = true;
        for (std::size_t k = 0; k < p.rest.size() && same; ++k) same = tokens[i + 1 + k].folded() == p.rest[k];
        if (!same) continue;
        best = 1 + p.rest.size();
        if (value) *value = p.value;
    }
    return best;
}

bool load_time_lexicon(const nlohmann::json& data, const TokenizerLexicon& tokenizer, const Calendar& calendar,
                       TimeLexicon& out, std::string& error) {
    return Loader{data, tokenizer, calendar, out, error}.load();
}

}  // namespace depeche::time
