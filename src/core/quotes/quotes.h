#pragma once
#include "core/entities/entity_table.h"
#include "cues.h"
#include "quote_marks.h"

#include <string>
#include <vector>

namespace depeche {

// Who a quotation points to before pronouns and carry-over are resolved.
struct SpeakerRef {
    enum class Kind { none, entity, pronoun, previous } kind = Kind::none;
    std::size_t entity = 0;
    std::string pronoun;  // folded: "il", "elle", "lui"
    bool by_role = false;  // the entity was named by a role alone ("le responsable"), no name
};

struct QuoteDraft {
    QuoteKind kind = QuoteKind::direct;
    Span span;
    Span cue;
    SpeakerRef speaker;
    std::size_t paragraph = 0;
    double confidence = 0.0;
    bool subhead = false;  // a quotation that makes a paragraph of its own, with no stop
    // For a quotation with no cue: the one person its paragraph names before it, who said it when
    // no earlier speaker goes on speaking ("Fabien apporte du foin aux vaches. … « On travaille … »").
    SpeakerRef narrator{};
    bool nested = false;  // inside another quotation: what its speaker heard said
    // Read from its quotation marks alone, with no cue: kept only when someone spoke before it.
    bool needs_speaker = false;
};

// Everything the quotation finder looks at, computed once per article.
struct SpeechText {
    std::string_view text;
    const TextIndex& index;
    const QuoteMarks& marks;
    const Mentions& mentions;
    const std::vector<std::size_t>& entity_of_mention;
    const SpeechLexicon& lexicon;
    const Calendar& calendar;
    bool titled = false;  // the first paragraph is the article's title
};

// Finds direct, mixed and indirect quotations sentence by sentence, each with its cue and the
// words that name its speaker; speakers not yet known are added to `table`. Every mention found
// as the subject of a cue is marked in `subjects`, for pronouns to point back to.
std::vector<QuoteDraft> find_quotes(const SpeechText& in, EntityTable& table, std::vector<bool>& subjects);

}  // namespace depeche
