#include "cue_lexicon.h"

#include "core/lexicon_words.h"

namespace depeche {
namespace {

constexpr const char* kFile = "cues.json";

bool flag(const nlohmann::json& entry, const char* key) {
    const auto it = entry.find(key);
    return it != entry.end() && it->is_boolean() && it->get<bool>();
}

void add_form(CueLexicon& out, const TokenizerLexicon& tokenizer, const std::string& phrase, VerbForm form,
              std::size_t verb) {
    auto words = phrase_words(phrase, tokenizer);
    if (words.empty()) return;
    const std::string first = words.front();
    const std::string_view written = std::string_view(phrase).substr(0, phrase.find(' '));
    out.forms[first].push_back({std::move(words), form, verb, last_letter(written)});
}

// How the language puts its subject pronoun after a verb ("déclare-t-il", "dit-elle",
// "affirment-ils"), so that a verb may list its finite forms only: `inversion` in cues.json.
struct Inversion {
    std::string plural_ending;                     // "ent"
    std::vector<std::string> singular, plural;     // pronouns: "il", "elle", "on"; "ils", "elles"
    std::string linking;                           // "-t-" between a vowel and the pronoun
    std::string bare_after;                        // the last letters after which a hyphen is enough
};

bool read_inversion(const nlohmann::json& data, Inversion& out, std::string& error) {
    const auto i = data.find("inversion");
    const auto text = [&](const char* key, std::string& v) {
        const auto f = i->find(key);
        if (f == i->end() || !f->is_string()) return false;
        v = f->get<std::string>();
        return true;
    };
    const auto words = [&](const char* key, std::vector<std::string>& v) {
        const auto f = i->find(key);
        if (f == i->end() || !f->is_array()) return false;
        for (const auto& w : *f)
            if (w.is_string()) v.push_back(w.get<std::string>());
        return !v.empty();
    };
    if (i == data.end() || !i->is_object() || !text("plural_ending", out.plural_ending) || !text("linking", out.linking) ||
        !text("bare_after", out.bare_after) || !words("singular", out.singular) || !words("plural", out.plural)) {
        error = std::string(kFile) + ": \"inversion\" needs plural_ending, singular, plural, linking and bare_after";
        return false;
    }
    return true;
}

// How a regular verb's finite and gerund forms follow from its infinitive ("déclarer": "déclara",
// "déclaraient", "déclarait", "déclare", "déclarent", "déclarant"), so that such a verb lists
// neither: `conjugation` in cues.json. A verb whose forms differ ("appeler": "appelle") lists them.
struct Conjugation {
    std::string ending;                 // of the infinitive: "er"
    std::vector<std::string> finite;    // endings after the stem: "a", "aient", "ait", "e", "ent"
    std::string gerund;                 // "ant"
    std::vector<std::pair<std::string, std::string>> before_a;  // a stem's last letters before "a": "c" -> "ç"
};

bool read_conjugation(const nlohmann::json& data, Conjugation& out, std::string& error) {
    const auto c = data.find("conjugation");
    const bool ok = c != data.end() && c->is_object() && c->contains("ending") && (*c)["ending"].is_string() &&
                    c->contains("gerund") && (*c)["gerund"].is_string() && c->contains("finite") &&
                    (*c)["finite"].is_array() && c->contains("before_a") && (*c)["before_a"].is_object();
    if (!ok) {
        error = std::string(kFile) + ": \"conjugation\" needs ending, finite, gerund and before_a";
        return false;
    }
    out.ending = (*c)["ending"].get<std::string>();
    out.gerund = (*c)["gerund"].get<std::string>();
    for (const auto& f : (*c)["finite"])
        if (f.is_string()) out.finite.push_back(f.get<std::string>());
    for (const auto& [last, soft] : (*c)["before_a"].items())
        if (soft.is_string()) out.before_a.emplace_back(last, soft.get<std::string>());
    return true;
}

std::string conjugated(const std::string& stem, const std::string& suffix, const Conjugation& c) {
    if (!suffix.empty() && suffix.front() == 'a')
        for (const auto& [last, soft] : c.before_a)
            if (stem.ends_with(last)) return stem.substr(0, stem.size() - last.size()) + soft + suffix;
    return stem + suffix;
}

// "déclare" gives "déclare-t-il", "déclare-t-elle", "déclare-t-on"; "dit" gives "dit-il"; "affirment"
// gives "affirment-ils", "affirment-elles".
std::vector<std::string> inverted_forms(const std::string& finite, const Inversion& inv) {
    const bool plural = finite.size() > inv.plural_ending.size() && finite.ends_with(inv.plural_ending);
    const bool bare = plural || (!finite.empty() && inv.bare_after.find(finite.back()) != std::string::npos);
    std::vector<std::string> out;
    for (const std::string& pronoun : plural ? inv.plural : inv.singular)
        out.push_back(finite + (bare ? "-" : inv.linking) + pronoun);
    return out;
}

bool load_verb(const nlohmann::json& entry, const TokenizerLexicon& tokenizer, const Inversion& inversion,
               const Conjugation& conjugation, CueLexicon& out, std::string& error) {
    const auto participle = entry.find("participle");
    if (!entry.is_object() || participle == entry.end() || !participle->is_string()) {
        error = std::string(kFile) + ": every verb needs a \"participle\"";
        return false;
    }
    const std::size_t verb = out.verbs.size();
    ReportingVerb v;
    v.reflexive = flag(entry, "reflexive");
    v.object = flag(entry, "object");
    v.attribute = flag(entry, "attribute");
    v.then_infinitive = flag(entry, "then_infinitive");
    v.purpose = flag(entry, "purpose");
    v.relay = flag(entry, "relay");
    v.intention = flag(entry, "intention");
    v.impersonal = flag(entry, "impersonal");
    if (entry.contains("object_then") && !read_word_set(entry, "object_then", kFile, v.object_then, error)) return false;
    out.verbs.push_back(v);
    add_form(out, tokenizer, participle->get<std::string>(), VerbForm::participle, verb);
    std::string infinitive;
    if (const auto i = entry.find("infinitive"); i != entry.end() && i->is_string()) infinitive = i->get<std::string>();
    if (!infinitive.empty()) add_form(out, tokenizer, infinitive, VerbForm::infinitive, verb);
    const bool regular = infinitive.size() > conjugation.ending.size() && infinitive.ends_with(conjugation.ending) &&
                         infinitive.find(' ') == std::string::npos;
    const std::string stem = regular ? infinitive.substr(0, infinitive.size() - conjugation.ending.size()) : "";
    if (const auto g = entry.find("gerund"); g != entry.end() && g->is_string())
        add_form(out, tokenizer, g->get<std::string>(), VerbForm::gerund, verb);
    else if (regular)
        add_form(out, tokenizer, conjugated(stem, conjugation.gerund, conjugation), VerbForm::gerund, verb);
    std::vector<std::string> finite;
    for (const auto& [key, form] : {std::pair{"finite", VerbForm::finite}, std::pair{"inverted", VerbForm::inverted}}) {
        const auto list = entry.find(key);
        if (list == entry.end()) continue;
        if (!list->is_array()) {
            error = std::string(kFile) + ": \"" + key + "\" of a verb must be a list";
            return false;
        }
        for (const auto& f : *list)
            if (f.is_string() && form == VerbForm::finite) finite.push_back(f.get<std::string>());
            else if (f.is_string()) add_form(out, tokenizer, f.get<std::string>(), form, verb);
    }
    if (!entry.contains("finite") && regular)
        for (const std::string& suffix : conjugation.finite) finite.push_back(conjugated(stem, suffix, conjugation));
    for (const std::string& f : finite) add_form(out, tokenizer, f, VerbForm::finite, verb);
    // A verb whose inverted forms follow the rule lists none: they are derived from its finite ones.
    if (!entry.contains("inverted"))
        for (const std::string& f : finite)
            for (const std::string& inverted : inverted_forms(f, inversion))
                add_form(out, tokenizer, inverted, VerbForm::inverted, verb);
    return true;
}

}  // namespace

bool load_cue_lexicon(const nlohmann::json& data, const TokenizerLexicon& tokenizer, CueLexicon& out,
                      std::string& error) {
    const std::pair<const char*, WordSet*> sets[] = {
        {"auxiliaries", &out.auxiliaries},
        {"reflexive_auxiliaries", &out.reflexive_auxiliaries},
        {"inverted_auxiliaries", &out.inverted_auxiliaries},
        {"inverted_reflexive_auxiliaries", &out.inverted_reflexive_auxiliaries},
        {"reflexive_pronouns", &out.reflexive_pronouns},
        {"insertions", &out.insertions},
        {"according_relatives", &out.according_relatives},
        {"speech_nouns", &out.speech_nouns},
        {"statement_nouns", &out.statement_nouns},
        {"complementizers", &out.complementizers},
        {"addressee_markers", &out.addressee_markers},
        {"place_prepositions", &out.place_prepositions},
        {"circumstance_openers", &out.circumstance_openers},
        {"insertion_determiners", &out.insertion_determiners},
        {"relatives", &out.relatives},
        {"interrogatives", &out.interrogatives},
        {"infinitive_markers", &out.infinitive_markers},
        {"coordinators", &out.coordinators},
        {"negations", &out.negations},
        {"negation_ends", &out.negation_ends},
        {"ment_nouns", &out.ment_nouns},
        {"ant_words", &out.ant_words},
        {"impersonal_inversions", &out.impersonal_inversions},
        {"quotation_joiners", &out.quotation_joiners},
        {"title_words", &out.title_words},
        {"plural_auxiliaries", &out.plural_auxiliaries},
        {"singular_determiners", &out.singular_determiners},
        {"gerund_markers", &out.gerund_markers},
        {"gerund_adverbs", &out.gerund_adverbs},
        {"gerund_clitics", &out.gerund_clitics},
        {"gerund_consequences", &out.gerund_consequences},
        {"clitics", &out.clitics},
        {"incise_openers", &out.incise_openers},
        {"incise_clitics", &out.incise_clitics},
        {"contracted_articles", &out.contracted_articles},
        {"according_openers", &out.according_openers},
        {"addressed", &out.addressed},
        {"first_person", &out.first_person},
        {"narrative_openers", &out.narrative_openers},
        {"agencies", &out.agencies},
        {"channel_markers", &out.channel_markers},
        {"subordinators", &out.subordinators},
        {"comparatives", &out.comparatives},
        {"passing_participles", &out.passing_participles}};
    for (const auto& [key, set] : sets)
        if (!read_word_set(data, key, kFile, *set, error)) return false;
    if (!read_phrase_list(data, "according", kFile, tokenizer, out.according, error) ||
        !read_phrase_list(data, "according_to_person", kFile, tokenizer, out.according_to_person, error) ||
        !read_phrase_list(data, "relative_sources", kFile, tokenizer, out.relative_sources, error) ||
        !read_phrase_list(data, "own_sources", kFile, tokenizer, out.own_sources, error) ||
        !read_phrase_list(data, "paper_sources", kFile, tokenizer, out.paper_sources, error) ||
        !read_phrase_list(data, "media_relays", kFile, tokenizer, out.media_relays, error) ||
        !read_phrase_list(data, "clause_breaks", kFile, tokenizer, out.clause_breaks, error) ||
        !read_phrase_list(data, "insertion_phrases", kFile, tokenizer, out.insertion_phrases, error) ||
        !read_phrase_list(data, "quantities", kFile, tokenizer, out.quantities, error) ||
        !read_phrase_list(data, "partitive_openers", kFile, tokenizer, out.partitive_openers, error) ||
        !read_phrase_list(data, "counted_subjects", kFile, tokenizer, out.counted_subjects, error) ||
        !read_phrase_list(data, "reading_cues", kFile, tokenizer, out.reading_cues, error) ||
        !read_phrase_list(data, "unsaid_objects", kFile, tokenizer, out.unsaid_objects, error) ||
        !read_phrase_list(data, "indefinite_subjects", kFile, tokenizer, out.indefinite_subjects, error) ||
        !read_phrase_list(data, "impersonal_cues", kFile, tokenizer, out.impersonal_cues, error) ||
        !read_phrase_list(data, "impersonal_sources", kFile, tokenizer, out.impersonal_sources, error) ||
        !read_phrase_list(data, "narrative_infinitives", kFile, tokenizer, out.narrative_infinitives, error) ||
        !read_phrase_list(data, "next_sentence_openers", kFile, tokenizer, out.next_sentence_openers, error) ||
        !read_phrase_list(data, "next_sentence_cues", kFile, tokenizer, out.next_sentence_cues, error) ||
        !read_phrase_list(data, "manner_cues", kFile, tokenizer, out.manner_cues, error) ||
        !read_phrase_list(data, "leads_after_auxiliary", kFile, tokenizer, out.leads_after_auxiliary, error) ||
        !read_phrase_list(data, "leads", kFile, tokenizer, out.leads, error) ||
        !read_phrase_list(data, "purpose_leads", kFile, tokenizer, out.purpose_leads, error) ||
        !read_phrase_list(data, "sequel_leads", kFile, tokenizer, out.sequel_leads, error))
        return false;
    for (const auto& [key, list] : {std::pair{"infinitive_endings", &out.infinitive_endings},
                                    std::pair{"participle_endings", &out.participle_endings},
                                    std::pair{"adverb_endings", &out.adverb_endings}}) {
        WordSet endings;
        if (!read_word_set(data, key, kFile, endings, error)) return false;
        list->assign(endings.begin(), endings.end());
    }
    WordSet impersonal;
    if (!read_word_set(data, "impersonal_pronouns", kFile, impersonal, error)) return false;
    for (const std::string& pronoun : impersonal) out.impersonal_endings.push_back("-" + pronoun);
    const auto verbs = data.find("verbs");
    if (verbs == data.end() || !verbs->is_array()) {
        error = std::string(kFile) + ": \"verbs\" must be a list";
        return false;
    }
    Inversion inversion;
    Conjugation conjugation;
    if (!read_inversion(data, inversion, error) || !read_conjugation(data, conjugation, error)) return false;
    for (const auto& entry : *verbs)
        if (!load_verb(entry, tokenizer, inversion, conjugation, out, error)) return false;
    for (const auto& [word, forms] : out.forms) out.openers.insert(word);
    for (const auto* set : {&out.auxiliaries, &out.inverted_auxiliaries, &out.reflexive_pronouns})
        out.openers.insert(set->begin(), set->end());
    out.openers.insert(out.negations.begin(), out.negations.end());
    out.openers.insert(out.narrative_openers.begin(), out.narrative_openers.end());
    for (const auto* phrases : {&out.according, &out.according_to_person, &out.relative_sources, &out.leads,
                                &out.purpose_leads, &out.sequel_leads})
        for (const auto& p : *phrases) out.openers.insert(p.front());
    return true;
}

bool is_adverb(const Token& t, const CueLexicon& cues) {
    return t.kind == TokenKind::word && !t.capitalized && !cues.ment_nouns.count(t.key()) &&
           ends_with_one_of(t.folded(), cues.adverb_endings, 3);
}

}  // namespace depeche
