#pragma once
#include "core/calendar.h"
#include "core/speech_lexicon.h"

#include <optional>
#include <string>
#include <vector>

namespace depeche {

enum class CueKind {
    verb,              // "a déclaré", "estime", "s'est lamenté": subject before, or inverted after
    inverted,          // "a-t-il averti", "dit-elle": the subject pronoun is in the verb
    gerund,            // ", accusant ...": the speaker is the clause's subject
    according,         // "selon X", "d'après X"
    according_relative // "les allégations de X selon lesquelles ..."
};

struct Cue {
    std::size_t first = 0, end = 0;  // tokens [first, end)
    CueKind kind = CueKind::verb;
    std::size_t verb = 0;            // index into CueLexicon::verbs for verb forms
    std::string pronoun;             // "il", "elle" for an inverted form
    bool impersonal = false;         // "a-t-on appris", "indique-t-on": an inverted "on", nobody
    bool needs_person = false;       // "Pour X, ...": a cue only when X names someone
    bool narrative = false;          // "Et X d'ajouter …": opens its sentence; X, or the last speaker
    bool purpose = false;            // "se sont rassemblés pour dénoncer …": the sentence's subject speaks
    bool relay_only = false;         // "…, rapporte l'agence" after a cue of its own: a bound, no report
};

// The cue that starts at token i, if any, looking no further than `limit`.
std::optional<Cue> match_cue(std::string_view text, const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                             const SpeechLexicon& lexicon, const Calendar& calendar);

// Whether token k may stand between an auxiliary and its participle, or between a cue and its
// subject: "a également déclaré", "a déclaré lundi le porte-parole".
bool is_insertion(const std::vector<Token>& tokens, std::size_t k, const CueLexicon& cues, const Calendar& calendar);

// Where the insertion that starts at token i ends, a word or a phrase ("bel et bien", "une
// nouvelle fois"); i when none starts there.
std::size_t insertion_end(const std::vector<Token>& tokens, std::size_t i, std::size_t limit, const CueLexicon& cues,
                          const Calendar& calendar);

// Past the insertions that follow one another from token i, a few at most.
std::size_t skip_insertions(const std::vector<Token>& tokens, std::size_t i, std::size_t limit, const CueLexicon& cues,
                            const Calendar& calendar);

// True when tokens at i spell one of the phrases.
bool starts_phrase(const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                   const PhraseList& phrases, std::size_t* length = nullptr);

}  // namespace depeche
