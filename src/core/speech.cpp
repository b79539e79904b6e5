#include "speech.h"

#include "attribution/attribution.h"
#include "entities/entity_table.h"
#include "entities/mentions.h"
#include "quotes/cues.h"
#include "quotes/quote_marks.h"
#include "quotes/quotes.h"

#include <algorithm>

namespace depeche {
namespace {

// Entities worth listing: speakers, and what the text shows to be a person, an organization or a group.
std::vector<std::size_t> listed_entities(const std::vector<EntityDraft>& entities) {
    std::vector<std::size_t> listed;
    for (std::size_t i = 0; i < entities.size(); ++i)
        if (!entities[i].mentions.empty() &&
            (entities[i].speaker || (entities[i].type != EntityType::other && !entities[i].phrase)))
            listed.push_back(i);
    std::sort(listed.begin(), listed.end(), [&](std::size_t a, std::size_t b) {
        return entities[a].mentions.front().start < entities[b].mentions.front().start;
    });
    return listed;
}

// A mention after a preposition ("Devant la mairie, …", "chez Paul") is where, or to whom; after
// "de" it completes a noun ("le bilan du Festival de jazz, …"), but the author of a statement
// speaks ("indique un communiqué du ministère", "les remarques de M. Roy").
bool after_preposition(const TextIndex& index, const Mention& m, const SpeechLexicon& lexicon) {
    if (m.first == 0) return false;
    const Token& t = index.tokens[m.first - 1];
    if (lexicon.mentions.of_words.count(t.key()))
        return m.first < 2 || !(lexicon.cues.statement_nouns.count(index.tokens[m.first - 2].key()) ||
                                lexicon.cues.speech_nouns.count(index.tokens[m.first - 2].key()));
    return lexicon.cues.place_prepositions.count(t.key()) || lexicon.cues.addressee_markers.count(t.key());
}

constexpr std::size_t kInciseCueTokens = 5;  // "a-t-elle expliqué", "a également souligné"

// "« Les travaux ont tout changé, note la commerçante. Les clients ne viennent plus. »": the
// speaker an incise names is the article's, though the quotation marks hold it.
bool names_incise_speaker(std::string_view text, const TextIndex& index, const Mention& m, const SpeechLexicon& lexicon,
                          const Calendar& calendar) {
    const auto& tokens = index.tokens;
    for (std::size_t back = 1; back <= kInciseCueTokens && back < m.first; ++back) {
        const std::size_t k = m.first - back;
        const Token& before = tokens[k - 1];
        if (before.kind != TokenKind::punct || before.folded() != ",") continue;
        const auto cue = match_cue(text, tokens, k, m.end, lexicon, calendar);
        if (!cue || cue->kind != CueKind::verb || cue->end > m.first) continue;
        return skip_insertions(tokens, cue->end, m.first, lexicon.cues, calendar) == m.first;
    }
    return false;
}

// The first mention of each sentence that may speak, past bare names such as "À Annonay, ..." and
// what a preposition governs: the sentence's subject, more often than not.
std::vector<bool> sentence_subjects(const TextIndex& index, const Mentions& mentions,
                                    const std::vector<std::size_t>& entity_of_mention, const EntityTable& table,
                                    const SpeechLexicon& lexicon) {
    std::vector<bool> subject(mentions.size(), false);
    std::size_t s = 0;
    std::size_t last_sentence = index.sentences.size();
    for (std::size_t m = 0; m < mentions.size(); ++m) {
        while (s < index.sentences.size() && index.sentences[s].end_token <= mentions[m].first) ++s;
        const EntityDraft& e = table.entities()[entity_of_mention[m]];
        if (s == last_sentence || (e.type == EntityType::other && !e.person_evidence) ||
            after_preposition(index, mentions[m], lexicon))
            continue;
        subject[m] = true;
        last_sentence = s;
    }
    return subject;
}

EntityType final_type(const EntityDraft& e) {
    if (e.type != EntityType::other) return e.type;
    if (e.person_evidence) return EntityType::person;
    // A bare place name that speaks is a government: "Moscou a accusé".
    return e.speaker && e.name_words <= 1 ? EntityType::organization : EntityType::other;
}

// "« D'entrée de jeu, Mme Beaudin a dit qu'on pouvait quitter »": someone named inside the
// quotation marks as the subject of a report is one the quotation tells of, the article's too. A
// role said there stays the speaker's word ("le président" of the one quoted).
bool names_told_speaker(std::string_view text, const TextIndex& index, const Mention& m, const SpeechLexicon& lexicon,
                        const Calendar& calendar) {
    if (!m.name.size()) return false;
    const auto& tokens = index.tokens;
    std::size_t k = m.end;
    if (k < tokens.size() && lexicon.cues.clitics.count(tokens[k].key())) ++k;
    if (k >= tokens.size()) return false;
    const auto cue = match_cue(text, tokens, k, tokens.size(), lexicon, calendar);
    return cue && cue->kind == CueKind::verb;
}

// What the speech stage found, before it is written out. The mentions and quote marks it was found
// with are as large as the output and gone by the time it is written.
struct Speech {
    EntityTable table;
    std::vector<QuoteDraft> drafts;
    std::vector<std::optional<std::size_t>> speakers;  // entity of each draft's speaker
};

// `titled`: the first paragraph is the article's title.
Speech read_speech(std::string_view text, const TextIndex& index, const Resources& resources, bool titled) {
    const SpeechLexicon& lexicon = resources.speech;
    const QuoteMarks marks = pair_quote_marks(text, index);
    // Names inside quotation marks are the speaker's words, not the article's: "le président"
    // in a quotation must not become the president of the narrative.
    Mentions mentions = find_mentions(text, index, lexicon);
    std::erase_if(mentions, [&](const Mention& m) {
        return marks.span_of_token[m.first] >= 0 && !names_incise_speaker(text, index, m, lexicon, resources.calendar) &&
               !names_told_speaker(text, index, m, lexicon, resources.calendar);
    });
    EntityTable table(text, lexicon.mentions, resources.names);
    std::vector<std::size_t> entity_of_mention;
    entity_of_mention.reserve(mentions.size());
    for (const Mention& m : mentions) entity_of_mention.push_back(table.add(m));

    const SpeechText in{text, index, marks, mentions, entity_of_mention, lexicon, resources.calendar, titled};
    std::vector<bool> subjects = sentence_subjects(index, mentions, entity_of_mention, table, lexicon);
    std::vector<QuoteDraft> drafts = find_quotes(in, table, subjects);
    auto speakers = attribute(drafts, mentions, entity_of_mention, subjects, lexicon.mentions, table);
    std::size_t kept = 0;
    for (std::size_t d = 0; d < drafts.size(); ++d) {
        if (drafts[d].needs_speaker && !speakers[d]) continue;
        drafts[kept] = std::move(drafts[d]);
        speakers[kept++] = speakers[d];
    }
    drafts.resize(kept);
    speakers.resize(kept);
    return {std::move(table), std::move(drafts), std::move(speakers)};
}

// A title in capitals: every word looks like a name, so none can be told from the others.
bool in_capitals(std::string_view title) {
    std::size_t upper = 0, lower = 0;
    for (const char c : title) {
        upper += c >= 'A' && c <= 'Z';
        lower += c >= 'a' && c <= 'z';
    }
    return upper > lower;
}

// A title holds speech as often as the body ("X se dit prêt à ...", "« ... », prévient Y"), but
// the layout keeps it out of the paragraphs: speech reads it as one more paragraph, the first,
// unless it is written in capitals.
Speech read_speech_with_title(std::string_view text, const TextIndex& index, const Resources& resources,
                              const Analysis& analysis) {
    if (analysis.title_span.size() == 0 || in_capitals(analysis.title)) return read_speech(text, index, resources, false);
    return read_speech(text, index_with_paragraph_before(text, index, analysis.title_span, resources.tokenizer),
                       resources, true);
}

}  // namespace

void find_speech(std::string_view text, const TextIndex& index, const Resources& resources, Analysis& analysis) {
    const Speech speech = read_speech_with_title(text, index, resources, analysis);
    const std::vector<QuoteDraft>& drafts = speech.drafts;
    const auto& speakers = speech.speakers;
    const auto& entities = speech.table.entities();
    std::vector<std::string> ids(entities.size());
    for (const std::size_t i : listed_entities(entities)) {
        const EntityDraft& d = entities[i];
        ids[i] = numbered_id("e", analysis.entities.size() + 1);
        analysis.entities.push_back({ids[i], final_type(d), d.name, d.aliases, d.roles, d.mentions, std::nullopt});
    }
    analysis.quotes.reserve(drafts.size());
    std::vector<std::size_t> order(drafts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return drafts[a].span.start < drafts[b].span.start; });
    for (const std::size_t d : order) {
        const QuoteDraft& q = drafts[d];
        Quote out;
        out.id = numbered_id("q", analysis.quotes.size() + 1);
        out.kind = q.kind;
        out.span = q.span;
        out.text = std::string(text.substr(q.span.start, q.span.size()));
        if (speakers[d]) out.speaker = ids[*speakers[d]];
        out.cue_span = q.cue;
        out.cue = std::string(text.substr(q.cue.start, q.cue.size()));
        out.confidence = speakers[d] ? q.confidence : std::min(q.confidence, 0.5);
        analysis.quotes.push_back(std::move(out));
    }
}

}  // namespace depeche
