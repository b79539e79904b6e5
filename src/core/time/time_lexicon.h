#pragma once
// The time words of one language (assets/lang/<lang>/time.json), compiled into lookup tables.
#include "core/calendar.h"
#include "core/tokens.h"
#include "core/word_set.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace depeche::time {

// What a word or phrase of time.json stands for; a phrase may belong to several lists.
enum class Cue {
    day_word,            // value: offset in days from the DCT ("hier" = -1)
    present_ref,         // "pour l'instant"
    last,                // "dernier", "passée"
    next,                // "prochain", "à venir"
    neighbour,           // value: 1 "suivant", -1 "précédent": from the date talked about, not the DCT
    same,                // "même": the unit of the date talked about
    this_,               // "ce", "cette"
    article,             // "l'", "la"
    ago,                 // "il y a"
    ahead,               // "dans", "d'ici"
    after,               // "après": a preposition
    before,              // "avant"
    later,               // "plus tard": an adverb, the offset counts from the date talked about
    earlier,             // "plus tôt", "auparavant"
    subordinator,        // "que", "qu'"
    anchored_day,        // value: offset in days from the date talked about ("la veille" = -1)
    duration_word,       // "pendant", "au cours de"
    since,               // "depuis"
    leaning,             // value: -1 "depuis lundi" is the last Monday whatever the tense, +1 "d'ici l'automne" the next autumn
    list_word,           // "jeudi et vendredi": joins the days of a list
    time_zone,           // value: index into zone_codes ("TU" = "Z", "heure de Moscou" = "+03:00")
    opening_leaning,     // "à partir du 15 juin" is the next one, unless the clause is past
    season_word,         // words before a bare season name: "au printemps"
    year_word,           // words that make the next number a year: "en", "depuis"
    weak_year_word,      // words after which a number is a year only if nothing counted follows: "de"
    year_follower,       // words that may follow a bare year: "et", "lorsque"
    month_word,          // words that may precede a bare month name: "en", "fin"
    day_determiner,      // "le", "du" before a day of the month
    set_word,            // "chaque", "tous les"
    clock_word,          // "à", "vers": the hours after it are a time of day, not a duration; value 1 when it makes it rough
    span_opener,         // "de" in "de 20 heures à 8 heures"
    hour_word,           // "h", "heures"
    clock_name,          // value: the hour ("midi" = 12)
    decade_word,         // "les années"
    publication_marker,  // "publié le"
    update_marker,       // "mis à jour": the date after it is not the publication date
    date_label,          // "date" opening a text: "date 2023-09" says the month it was published"
    vague_number,        // "quelques"
    part_of_day,         // value: index into TimeLexicon::part_codes
    hour_part,           // the same, only after an hour: "2 h du matin"
    night_opener,        // "la nuit du", "dans la nuit de"
    approx_number,       // value: the round count ("une dizaine de" = 10)
    approximator,        // value: 1 when it makes the count after it rough ("environ"), 0 when it bounds it ("plus de")
    span_determiner,     // "ces", "les", "sur les": "ces trois dernières années"
    vague_ref,           // value: -1 PAST_REF ("ces derniers temps"), +1 FUTURE_REF ("prochainement")
    ordinal,             // value: rank, -1 for the last ("le deuxième trimestre")
    period_unit,         // value: index into TimeLexicon::period_units ("trimestre", "semestre")
    of_word,             // "de", "du", "d'": "le premier trimestre de 2024"; "of": "18th of January"
    night_closer,        // "au", "à" in "la nuit du 16 au 17"
    month_edge,          // value: 0 early, 1 mid, 2 late
    clause_break,        // where a clause ends for the chronology: "après que", "mais"
    coordinator,         // "et": a clause break when a verb or a subject follows
    subject_pronoun,     // "il", "elles"
    time_relative,       // "date à laquelle": the clause that follows says what happened then
    age_holder,          // "âgé de", "un garçon de": the years counted next are an age, not a duration
    date_name,           // "rue du", "Mouvement du": the date after it names a street or a group
    anchored_part,       // value: index into part_codes; a part of the date talked about ("ce matin-là")
    gerund_marker,       // "en": "en maintenant" is a verb, not "maintenant"
    lasting_word,        // "durée", "pendant": the hours written after it last, they do not tell the time
    opening_present_ref, // "désormais": PRESENT_REF only when it opens the sentence
    period_code,         // value: index into TimeLexicon::period_units; "T2", "S1": the rank is the digit
    someday,             // "un jour": some day left untold, not a length of one day
    extra,               // "de plus": the units before it are counted on ("un jour de plus")
    holiday,             // value: month * 100 + day of a holiday of fixed date ("Noël" = 1225)
};
static_assert(static_cast<unsigned>(Cue::holiday) < 64, "cue bits are held in 64 bits");

// A phrase is matched token by token on folded forms.
struct Phrase {
    std::vector<std::string> rest;  // folded tokens after the first
    Cue cue = Cue::day_word;
    int value = 0;
};

struct TenseLexicon {
    WordSet past_auxiliaries;  // as written (accents kept: "a" is not "à")
    // "est" + participle is a past tense for reflexive verbs ("s'est rendu") and verbs of motion
    // ("est arrivé"), a present passive otherwise ("est fermée").
    WordSet etre_auxiliaries;  // as written
    // "serait" + participle: past for the same verbs ("serait parti"), a passive looking ahead
    // otherwise ("les listes seraient publiées lundi").
    WordSet conditional_etre_auxiliaries;  // as written
    // Both sets of auxiliaries folded: a word of the text that folds as none of them is none, and
    // is not looked up as written.
    WordSet folded_auxiliaries;
    WordSet reflexives;        // folded
    std::vector<std::string> etre_participles;         // folded, masculine singular
    std::vector<std::string> participle_endings;       // as written
    std::vector<std::string> past_endings;             // folded
    WordSet past_exceptions;
    std::vector<std::string> future_endings;
    WordSet future_exceptions;
    // The conditional of a clause reported in the past looks ahead ("il a dit qu'il recevrait les
    // parties jeudi"): its endings as written, since folding makes "espérait" an "-erait".
    std::vector<std::string> conditional_endings;  // as written
    WordSet conditional_exceptions;                // folded: imperfects with the same ending ("tirait")
    WordSet future_auxiliaries;
    WordSet prospective_auxiliaries;  // "devait": what was to happen, on either side of the DCT
    // "appellent à manifester", "promet de signer": a verb of intention reaches its infinitive
    // through these words. Folded.
    WordSet intention_links;
    // Folded: "appelé" in "a appelé les parties à cesser": what was asked for comes after the asking.
    WordSet intention_participles;
    std::vector<std::string> infinitive_endings;
    WordSet skip_words;
    WordSet noun_after_auxiliary;  // folded: "lieu" in "aurait lieu", no participle
    // Folded: "un préavis allant du 17 avril", "une grève prévue (pour) le 9 mai": right before a
    // yearless date, or before a link and one, they make it a schedule's (see tells_schedule).
    WordSet schedule_words;
    WordSet schedule_links;
    std::size_t window = 14;  // tokens looked at on each side of a time expression
};

// The phrases that start with one folded token, and which cues they carry, so a lookup for a
// cue the token never starts is answered without walking the list.
constexpr std::uint64_t cue_bit(Cue c) { return std::uint64_t{1} << static_cast<unsigned>(c); }

// The lists of words PhraseBucket::names tells a word is in, one bit each.
enum class Name : std::uint8_t {
    number_word = 1,   // "deux"
    unit_word = 2,     // "semaines"
    set_adverb = 4,    // "quotidiennement"
    month_name = 8,    // "mars"
    weekday_name = 16, // "lundi", "lundis"
    season_name = 32,  // "été", "étés"
};

struct PhraseBucket {
    std::uint64_t cues = 0;    // bit i: some phrase has Cue(i)
    bool starts_time = false;  // the word may start a time expression (a number word, a month…)
    // The word carries a time expression's meaning, where "le", "en" or "il y a" only lead to one:
    // a number word, a unit, a calendar name, a part of the day, "hier", "la veille", "midi".
    bool anchors = false;
    // The lists of names the word is in (weekdays and seasons in the plural too): a word some
    // readings start on without any cue.
    std::uint8_t names = 0;
    std::vector<Phrase> phrases;
};

struct TimeLexicon {
    WordMap<int> numbers;       // "deux" = 2; compounds are summed
    WordMap<std::string> units;  // "semaines" = "W"
    WordMap<std::string> set_adverbs;  // "quotidiennement" = "D": every such unit
    // By first folded token; also holds every number, unit and calendar word, so one lookup per
    // token says whether a time expression may start there.
    WordMap<PhraseBucket> phrases;
    std::vector<std::string> part_codes;                 // "MO", "EV"...
    std::vector<int> part_edges;                         // by part code: the edge the phrase says, -1 for none
    std::vector<std::string> period_units;               // "Q", "H", "W", "D"
    std::vector<std::string> zone_codes;                 // "Z", "+03:00"
    WordSet count_adjectives;  // folded: "longues" in "huit longues minutes"
    WordSet halves;            // folded: "demi" in "un an et demi", after a coordinator
    WordSet quarters;          // folded: "quart" in "8 heures et quart"
    WordSet age_verbs;         // as written: "a" in "Elsa a 12 ans", not "à"
    WordSet age_prepositions;  // as written: "à" in "la retraite à 64 ans", not the verb "a"
    WordSet length_words;      // folded: "condamné", "supérieure" before "à 12 ans": a length after all
    WordSet event_days;        // folded: "journée" in "cette journée de grève", an event's day, not today
    WordSet byline_words;      // folded: "par" in "mercredi 11 janvier 2017 par Jeune Afrique", a stamp
    TenseLexicon tense;

    const PhraseBucket* bucket(const Token& t) const;

    // Whether a word may take part in a time expression: words of the lexicon or of the calendar
    // (a hyphenated word by its first part: "mi-octobre", "vingt-deux"). `b` is its bucket.
    bool may_start(std::string_view folded, const PhraseBucket* b) const;

    // Length in tokens of the longest phrase with this cue starting at tokens[i] (0 if none);
    // its value goes to *value. `b` is bucket(tokens[i]), looked up once by the caller.
    // The bucket's cue bits are tested inline: most calls ask a word for a cue it never has.
    std::size_t match(const PhraseBucket* b, const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                      Cue cue, int* value = nullptr) const {
        if (i >= end || !b || !(b->cues & cue_bit(cue))) return 0;
        return match_phrases(*b, tokens, i, end, cue, value);
    }
    std::size_t match(const std::vector<Token>& tokens, std::size_t i, std::size_t end, Cue cue,
                      int* value = nullptr) const {
        return i < end ? match(bucket(tokens[i]), tokens, i, end, cue, value) : 0;
    }

private:
    std::size_t match_phrases(const PhraseBucket& b, const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                              Cue cue, int* value) const;
};

// The buckets of one text's words, looked up once per distinct word: a long text asks about every
// token, several times, and its words recur every few sentences. A token of another text is
// looked up in the lexicon.
class WordBuckets {
public:
    struct TimeWord {
        const PhraseBucket* bucket = nullptr;
        bool may_start = false;   // TimeLexicon::may_start
        bool hyphenated = false;  // read by its parts: "mi-octobre"
    };

    WordBuckets(const TimeLexicon& lexicon, const Vocabulary& words);

    TimeWord at(const Token& t) const {
        if (const TimeWord* w = by_word_.find(t)) return *w;
        return ask(t.key());
    }
    const PhraseBucket* of(const Token& t) const { return at(t).bucket; }
    // TimeLexicon::match, with the bucket of tokens[i] from here.
    std::size_t match(const std::vector<Token>& tokens, std::size_t i, std::size_t end, Cue cue,
                      int* value = nullptr) const {
        return i < end ? lex_.match(of(tokens[i]), tokens, i, end, cue, value) : 0;
    }

private:
    const TimeLexicon& lex_;
    WordAnswers<TimeWord> by_word_;

    TimeWord ask(WordKey word) const;
};

bool load_time_lexicon(const nlohmann::json& data, const TokenizerLexicon& tokenizer, const Calendar& calendar,
                       TimeLexicon& out, std::string& error);

}  // namespace depeche::time
