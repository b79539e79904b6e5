#pragma once
#include "core/tokens.h"
#include "core/word_set.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace depeche {

enum class VerbForm { participle, finite, inverted, gerund, infinitive };

// One written form of a reporting verb, as folded tokens ("mis", "en", "garde").
struct VerbFormEntry {
    std::vector<std::string> words;
    VerbForm form = VerbForm::finite;
    std::size_t verb = 0;
    char32_t last = 0;  // last letter of the first word as written: "accusé" is not "accuse"
};

struct ReportingVerb {
    bool reflexive = false;  // a cue only after se/s': "s'est lamenté"
    bool object = false;     // its object is what was said: "a dénoncé une décision précipitée"
    bool attribute = false;  // "se dit prêt à ...": the report is said of the speaker
    WordSet object_then;     // "accuse Y de ...", "appelle les parties à ...": the report follows
    // Only an infinitive after object_then reports speech: "menace Bakou de sanctions" is speech,
    // no more than "menace la route de ravitaillement"; "menace de se retirer" is.
    bool then_infinitive = false;
    // "…, rapporte l'agence": who passes on what the clause's own subject said, not who said it.
    bool relay = false;
    bool purpose = false;  // "se sont rassemblés pour dénoncer …": a report after "pour" too
    // "espère signer", "prévoit de supprimer 1 000 emplois": an infinitive after it is an intention,
    // not what was said; "espère que …" still reports.
    bool intention = false;
    // "a-t-on appris", "apprend-on": a report only with the pronoun that stands for nobody; "il a
    // appris que …" tells what he learnt, not what anyone said.
    bool impersonal = false;
};

// The reporting cues of one language (assets/lang/<lang>/cues.json), indexed by first word.
struct CueLexicon {
    std::vector<ReportingVerb> verbs;
    WordMap<std::vector<VerbFormEntry>> forms;  // by first folded word
    WordSet auxiliaries, reflexive_auxiliaries, inverted_auxiliaries,
        inverted_reflexive_auxiliaries, reflexive_pronouns, insertions, according_relatives, speech_nouns, statement_nouns,
        complementizers, relatives, interrogatives, infinitive_markers, addressee_markers, place_prepositions, coordinators, negations, negation_ends, ment_nouns, gerund_markers, gerund_adverbs, gerund_clitics, gerund_consequences, clitics, incise_openers, incise_clitics, contracted_articles,
        according_openers, addressed, channel_markers, first_person, narrative_openers, agencies, subordinators, circumstance_openers,
        insertion_determiners, comparatives, passing_participles, impersonal_inversions,
        plural_auxiliaries, singular_determiners, quotation_joiners,
        title_words, ant_words;
    std::vector<std::string> infinitive_endings;  // folded: "er", "ir", "re", "oir"
    std::vector<std::string> participle_endings;  // folded: "e", "ee", "es": "entrés en fonction"
    std::vector<std::string> adverb_endings;      // folded: "ment": "a pratiquement promis"
    std::vector<std::string> impersonal_endings;  // "-on" of "a-t-on appris": an inverted pronoun for nobody
    PhraseList according;      // "selon", "d'après"
    PhraseList according_to_person;  // "pour": only before a person
    PhraseList relative_sources;  // "comme quoi", "voulant que": as "selon laquelle" after a speech noun
    PhraseList own_sources;    // "ses sources": the clause's subject speaks
    PhraseList paper_sources;  // "nos informations": nobody named speaks
    PhraseList media_relays;   // "nos confrères de": the medium named next speaks
    PhraseList clause_breaks;  // "après qu'", "alors que"
    PhraseList insertion_phrases;  // "bel et bien", "une nouvelle fois"
    PhraseList quantities;  // "plus de", "au moins": an object with no determiner
    PhraseList partitive_openers;  // "de nouvelles", "d'autres": a plural article before an adjective
    PhraseList counted_subjects;  // "une centaine de": a count before the subject of a purpose
    PhraseList reading_cues;  // "peut-on lire": where quotations were read or heard
    PhraseList unsaid_objects;  // "l'anonymat": an object that is never what was said
    PhraseList indefinite_subjects;  // "l'un", "d'autres": "…, explique l'un d'eux"
    PhraseList impersonal_cues;  // "il convient de": a cue verb whose "il" is nobody
    PhraseList impersonal_sources;  // "de source", "auprès de": who told what "a-t-on appris" reports
    PhraseList narrative_infinitives;  // "et d'ajouter :": the last speaker goes on
    PhraseList next_sentence_openers;  // "C'est", "Voilà": may open a sentence that reports the one before
    PhraseList next_sentence_cues;  // "ce qu'a déclaré X" after them: the quotation before
    PhraseList manner_cues;  // "par ces mots" and "que X …" after them: X said the quotation before
    // Verbs that lead to a reporting verb's infinitive: "a tenu à préciser", "continuent de réclamer".
    PhraseList leads_after_auxiliary;  // "tenu à", "pas manqué de"
    PhraseList leads;                  // "tient à", "vient d'", "est venue"
    PhraseList purpose_leads;          // "pour", "afin de": what the subject went on to say
    PhraseList sequel_leads;           // "avant de": what the subject said next, whatever the verb
    WordSet openers;  // every word a cue can start with: one lookup rejects the rest
};

bool load_cue_lexicon(const nlohmann::json& data, const TokenizerLexicon& tokenizer, CueLexicon& out,
                      std::string& error);

// A lower-case word with an adverb's ending that is none of the nouns ending so: "pratiquement",
// "brièvement", not "gouvernement".
bool is_adverb(const Token& t, const CueLexicon& cues);

}  // namespace depeche
