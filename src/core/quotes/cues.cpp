#include "cues.h"

#include "core/lexicon_words.h"

namespace depeche {
namespace {

constexpr std::size_t kMaxInsertions = 3;
constexpr std::size_t kMaxNarrativeSubject = 10;  // "Et la présidente du club, Nadia Ferrand, de conclure"
constexpr std::size_t kSharedAuxiliaryReach = 40;  // "a qualifié les frappes de crime contre … et promis"

// The participle forms agree in gender and number after être: "s'est lamentée", "se sont dits".
std::string_view participle_stem(std::string_view w, std::size_t strip) {
    return w.size() > strip + 2 ? w.substr(0, w.size() - strip) : std::string_view{};
}

// The verb form of `wanted` kinds starting at token i; returns its end or i.
std::size_t match_form(std::string_view text, const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                       const CueLexicon& cues, VerbForm wanted, bool reflexive, std::size_t& verb) {
    if (i >= limit) return i;
    const std::string& w = tokens[i].folded();
    const char32_t last = last_letter(text.substr(tokens[i].span().start, tokens[i].span().size()));
    for (std::size_t strip = 0; strip <= (wanted == VerbForm::participle ? 2u : 0u); ++strip) {
        const std::string_view stem = strip ? participle_stem(w, strip) : std::string_view(w);
        if (stem.empty() || (strip && w[w.size() - 1] != 'e' && w[w.size() - 1] != 's')) continue;
        if (strip == 2 && w.compare(w.size() - 2, 2, "es") != 0) continue;
        const auto it = strip ? cues.forms.find(stem) : cues.forms.find(tokens[i].key());
        if (it == cues.forms.end()) continue;
        for (const VerbFormEntry& f : it->second) {
            if (f.form != wanted || cues.verbs[f.verb].reflexive != reflexive) continue;
            if (!strip && f.last != last) continue;
            if (i + f.words.size() > limit) continue;
            bool same = true;
            for (std::size_t k = 1; k < f.words.size() && same; ++k) same = tokens[i + k].folded() == f.words[k];
            if (!same) continue;
            verb = f.verb;
            return i + f.words.size();
        }
    }
    return i;
}

}  // namespace

std::size_t skip_insertions(const std::vector<Token>& tokens, std::size_t i, std::size_t limit, const CueLexicon& cues,
                            const Calendar& calendar) {
    for (std::size_t n = 0; n < kMaxInsertions; ++n) {
        const std::size_t next = insertion_end(tokens, i, limit, cues, calendar);
        if (next == i) break;
        i = next;
    }
    return i;
}

namespace {

// "a tenu à préciser", "continuent de réclamer", "n'a pas manqué de souligner", "est venue dire
// aux villageois", "vient d'annoncer": a verb that leads to the infinitive of a reporting verb,
// and "pour dénoncer", "afin de réclamer", the infinitive of purpose (`purpose` then set).
// The cue runs from the lead (or its negation) to the infinitive, whose verb it is; returns its
// end, or i when none starts at i.
std::size_t lead_cue_end(std::string_view text, const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                         const CueLexicon& cues, const Calendar& calendar, std::size_t& verb, bool& purpose) {
    const std::size_t k = cues.negations.count(tokens[i].key()) ? i + 1 : i;
    if (k >= limit) return i;
    std::size_t length = 0, lead = k;
    const bool for_purpose = k == i && starts_phrase(tokens, k, limit, cues.purpose_leads, &length);
    if (for_purpose) lead = k + length;
    // "…, avant d'ajouter que …": the sentence's subject goes on, with any reporting verb.
    const bool sequel = !for_purpose && k == i && starts_phrase(tokens, k, limit, cues.sequel_leads, &length);
    if (sequel) lead = k + length;
    if (cues.auxiliaries.count(tokens[k].key())) {
        const std::size_t p = skip_insertions(tokens, k + 1, limit, cues, calendar);
        if (starts_phrase(tokens, p, limit, cues.leads_after_auxiliary, &length)) lead = p + length;
    }
    if (lead == k && starts_phrase(tokens, k, limit, cues.leads, &length)) lead = k + length;
    if (lead == k) return i;
    std::size_t v = skip_insertions(tokens, lead, limit, cues, calendar);
    // "a tenu à leur rappeler", "a tenu à se féliciter".
    if (v < limit && cues.gerund_clitics.count(tokens[v].key())) ++v;
    const bool reflexive = v < limit && cues.reflexive_pronouns.count(tokens[v].key());
    if (reflexive) ++v;
    const std::size_t end = match_form(text, tokens, v, limit, cues, VerbForm::infinitive, reflexive, verb);
    if (end <= v || (for_purpose && !cues.verbs[verb].purpose)) return i;
    purpose = for_purpose || sequel;
    return end;
}

// Whether an auxiliary stands in the sentence before token i, near enough to be shared.
bool auxiliary_before(const std::vector<Token>& tokens, std::size_t i, const CueLexicon& cues) {
    for (std::size_t k = i, n = 0; k > 0 && n < kSharedAuxiliaryReach; --k, ++n) {
        if (tokens[k - 1].kind == TokenKind::sentence_end) return false;
        if (cues.auxiliaries.count(tokens[k - 1].key()) || cues.inverted_auxiliaries.count(tokens[k - 1].key())) return true;
    }
    return false;
}

bool after_determiner(const std::vector<Token>& tokens, std::size_t i, const MentionLexicon& mentions) {
    return i > 0 && mentions.determiners.count(tokens[i - 1].key());
}

// "un préavis décrivant « des conséquences dramatiques »", "X dépeignant une « gouvernance
// brutale »": with no comma before it, a gerund reports when its object opens on quoted words.
bool opens_quoted_object(const std::vector<Token>& tokens, std::size_t k, std::size_t limit, const MentionLexicon& mentions) {
    if (k < limit && mentions.determiners.count(tokens[k].key())) ++k;
    return k < limit && tokens[k].kind == TokenKind::quote_open;
}

// "Condamnant les frappes sur les civils, le ministre a demandé …": a gerund that opens its
// sentence on its object reports for the subject after the phrase.
bool opens_sentence_on_object(const std::vector<Token>& tokens, std::size_t lead, std::size_t end, std::size_t limit,
                              bool reflexive, const MentionLexicon& mentions) {
    return !reflexive && (lead == 0 || tokens[lead - 1].kind == TokenKind::sentence_end) && end < limit &&
           mentions.determiners.count(tokens[end].key());
}

}  // namespace

bool is_insertion(const std::vector<Token>& tokens, std::size_t k, const CueLexicon& cues, const Calendar& calendar) {
    const Token& t = tokens[k];
    if (cues.insertions.count(t.key()) || calendar.weekdays.count(t.key())) return true;
    // "le maire d'arrondissement a recommandé", "du gouvernement": after an elided "d'" or "l'",
    // or an article fused with "de", a word in -ment is a noun; only "qu'" elides before an
    // adverb ("qu'évidemment").
    const bool after_article = k > 0 && ((tokens[k - 1].kind == TokenKind::elision &&
                                          !cues.complementizers.count(tokens[k - 1].key())) ||
                                         cues.contracted_articles.count(tokens[k - 1].key()));
    // Any adverb of manner or degree: "a pratiquement promis", "a officiellement annoncé".
    return !after_article && is_adverb(t, cues);
}

std::size_t insertion_end(const std::vector<Token>& tokens, std::size_t i, std::size_t limit, const CueLexicon& cues,
                          const Calendar& calendar) {
    if (i >= limit) return i;
    std::size_t length = 0;
    if (starts_phrase(tokens, i, limit, cues.insertion_phrases, &length)) return i + length;
    // "a déclaré ce dimanche le porte-parole", "a expliqué ce matin".
    if (i + 1 < limit && cues.insertion_determiners.count(tokens[i].key()) && is_insertion(tokens, i + 1, cues, calendar))
        return i + 2;
    return is_insertion(tokens, i, cues, calendar) ? i + 1 : i;
}

bool starts_phrase(const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                   const PhraseList& phrases, std::size_t* length) {
    if (i >= limit) return false;
    const std::vector<std::uint32_t>* candidates = phrases.by_first_word.value(tokens[i].key());
    if (!candidates) return false;
    for (const std::uint32_t c : *candidates) {
        const std::vector<std::string>& p = phrases.phrases[c];
        if (i + p.size() > limit) continue;
        bool same = true;
        for (std::size_t k = 1; k < p.size() && same; ++k) same = tokens[i + k].folded() == p[k];
        if (same) {
            if (length) *length = p.size();
            return true;
        }
    }
    return false;
}

namespace {

// "a-t-on appris", "indique-t-on": the inverted pronoun is one that stands for nobody.
bool impersonal_inversion(const std::string& folded, const CueLexicon& cues) {
    return ends_with_one_of(folded, cues.impersonal_endings, 1);
}

std::optional<Cue> read_cue(std::string_view text, const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                            const SpeechLexicon& lexicon, const Calendar& calendar) {
    const CueLexicon& cues = lexicon.cues;
    const Token& t = tokens[i];
    if ((t.kind != TokenKind::word && t.kind != TokenKind::elision) || !cues.openers.count(t.key())) return std::nullopt;
    Cue cue;
    cue.first = i;
    std::size_t length = 0;
    // "Il convient de noter que …": the journalist's own aside, whose "il" stands for nobody.
    if (i > 0 && starts_phrase(tokens, i - 1, limit, cues.impersonal_cues, &length)) return std::nullopt;
    // "la déclaration de X comme quoi …": read as "selon laquelle" is.
    if (starts_phrase(tokens, i, limit, cues.relative_sources, &length)) {
        cue.end = i + length;
        cue.kind = CueKind::according_relative;
        return cue;
    }
    if (starts_phrase(tokens, i, limit, cues.according, &length)) {
        cue.end = i + length;
        cue.kind = cue.end < limit && cues.according_relatives.count(tokens[cue.end].key()) ? CueKind::according_relative
                                                                                             : CueKind::according;
        if (cue.kind == CueKind::according_relative) ++cue.end;
        return cue;
    }
    // Before "Pour X, …": "pour dénoncer …" is the infinitive of purpose.
    if (const std::size_t end = lead_cue_end(text, tokens, i, limit, cues, calendar, cue.verb, cue.purpose); end > i) {
        cue.end = end;
        cue.kind = CueKind::verb;
        return cue;
    }
    if (starts_phrase(tokens, i, limit, cues.according_to_person, &length)) {
        cue.end = i + length;
        cue.kind = CueKind::according;
        cue.needs_person = true;
        return cue;
    }
    // "n'exclut pas de …", "n'a jamais caché que …": the negation opens the cue, not the subject.
    if (cues.negations.count(t.key()) && i + 1 < limit)
        if (std::optional<Cue> negated = match_cue(text, tokens, i + 1, limit, lexicon, calendar);
            negated && negated->kind != CueKind::according) {
            negated->first = i;
            if (negated->end < limit && cues.negation_ends.count(tokens[negated->end].key())) ++negated->end;
            return negated;
        }
    // "Et d'ajouter que …", "Et le ministre de conclure : « … »": the narrative infinitive.
    if (cues.narrative_openers.count(t.key())) {
        for (std::size_t p = i + 1; p + 1 < limit && p <= i + 1 + kMaxNarrativeSubject; ++p) {
            if (!cues.infinitive_markers.count(tokens[p].key())) continue;
            const std::size_t end = match_form(text, tokens, p + 1, limit, cues, VerbForm::infinitive, false, cue.verb);
            if (end > p + 1) {
                cue.end = end;
                cue.kind = CueKind::verb;
                cue.narrative = true;
                return cue;
            }
        }
    }
    // Auxiliary + participle: "a déclaré", "a-t-il averti", "s'est lamenté", "s'est-elle félicitée".
    bool reflexive = false;
    std::size_t aux = i;
    if (cues.reflexive_pronouns.count(t.key()) && i + 1 < limit) {
        reflexive = true;
        aux = i + 1;
    }
    const std::string& a = tokens[aux].folded();
    const WordKey a_key = tokens[aux].key();
    const bool plain_aux = reflexive ? cues.reflexive_auxiliaries.count(a_key) > 0 : cues.auxiliaries.count(a_key) > 0;
    const bool inverted_aux =
        reflexive ? cues.inverted_reflexive_auxiliaries.count(a_key) > 0 : cues.inverted_auxiliaries.count(a_key) > 0;
    if (plain_aux || inverted_aux) {
        std::size_t p = skip_insertions(tokens, aux + 1, limit, cues, calendar);
        // "a, lui aussi, souligné", "a, une nouvelle fois, dénoncé": an aside between commas.
        if (p == aux + 1 && p < limit && tokens[p].folded() == ",") {
            std::size_t q = p + 1;
            if (q < limit && lexicon.mentions.pronouns.count(tokens[q].key())) ++q;
            q = skip_insertions(tokens, q, limit, cues, calendar);
            if (q > p + 1 && q < limit && tokens[q].folded() == ",") p = q + 1;
        }
        const std::size_t end = match_form(text, tokens, p, limit, cues, VerbForm::participle, reflexive, cue.verb);
        if (end > p) {
            cue.end = end;
            cue.kind = inverted_aux ? CueKind::inverted : CueKind::verb;
            if (inverted_aux) cue.pronoun = inverted_pronoun(lexicon.mentions, a);
            cue.impersonal = inverted_aux && impersonal_inversion(a, cues);
            return cue;
        }
    }
    // Simple tenses: "estime", "se félicite", "dit-elle", "s'inquiète-t-il"; gerund ", accusant".
    const std::size_t v = reflexive ? i + 1 : i;
    // "l'annonce" is a noun; "comme l'explique X" is a cue. So is "l'agence de presse": no finite
    // verb follows the "de" of an infinitive.
    // An object pronoun after a comma looks like an article, but only a gerund follows it: ", la
    // qualifiant de « … »", ", les décrivant comme …"; ", l'annonce du ministre" is a noun.
    const bool only_gerund = !reflexive && after_determiner(tokens, i, lexicon.mentions) &&
                             !(i >= 2 && cues.incise_openers.count(tokens[i - 2].key()));
    if (only_gerund && !(i >= 2 && cues.gerund_markers.count(tokens[i - 2].key()) &&
                         cues.gerund_clitics.count(tokens[i - 1].key())))
        return std::nullopt;
    if (!reflexive && i > 0 && cues.infinitive_markers.count(tokens[i - 1].key())) return std::nullopt;
    std::size_t end = only_gerund ? v : match_form(text, tokens, v, limit, cues, VerbForm::inverted, reflexive, cue.verb);
    if (end > v) {
        cue.end = end;
        cue.kind = CueKind::inverted;
        cue.pronoun = inverted_pronoun(lexicon.mentions, tokens[v].folded());
        cue.impersonal = impersonal_inversion(tokens[v].folded(), cues);
        return cue;
    }
    end = only_gerund ? v : match_form(text, tokens, v, limit, cues, VerbForm::finite, reflexive, cue.verb);
    if (end > v) {
        cue.end = end;
        cue.kind = CueKind::verb;
        return cue;
    }
    // A participle that shares the auxiliary of the verb before it: "a qualifié les frappes de
    // crime et promis une réponse", "ont dénoncé l'agression, exigé l'expulsion".
    // With no auxiliary before it, the participle qualifies a noun instead: "L'étudiant, accusé de
    // viol, ne sera pas jugé" says what he is accused of, not what he said.
    if (!reflexive && i > 0 && (cues.coordinators.count(tokens[i - 1].key()) || tokens[i - 1].folded() == ",") &&
        auxiliary_before(tokens, i, cues)) {
        end = match_form(text, tokens, v, limit, cues, VerbForm::participle, false, cue.verb);
        if (end > v) {
            cue.end = end;
            cue.kind = CueKind::verb;
            return cue;
        }
    }
    end = match_form(text, tokens, v, limit, cues, VerbForm::gerund, reflexive, cue.verb);
    // ", accusant ...", "en affirmant ...", ", lui demandant de ...", and with no comma when "que"
    // follows: "Ilham Aliev affirmant que ...", or after a statement: "une requête demandant ...".
    const std::size_t lead = i > 1 && cues.gerund_clitics.count(tokens[i - 1].key()) ? i - 1 : i;
    // ", soulignant ainsi les divisions": a consequence the narrator draws, not a report.
    if (end > v && end < limit && cues.gerund_consequences.count(tokens[end].key())) return std::nullopt;
    // The text's very first word has nothing before it: "Réaffirmant l'engagement …, les chefs".
    const bool after_marker = lead > 0 && (cues.gerund_markers.count(tokens[lead - 1].key()) ||
                                           cues.statement_nouns.count(tokens[lead - 1].key()));
    if (end > v && (after_marker || (end < limit && cues.complementizers.count(tokens[end].key())) ||
                    (lead > 0 && opens_quoted_object(tokens, end, limit, lexicon.mentions)) ||
                    opens_sentence_on_object(tokens, lead, end, limit, reflexive, lexicon.mentions))) {
        cue.end = end;
        cue.kind = CueKind::gerund;
        return cue;
    }
    return std::nullopt;
}

}  // namespace

std::optional<Cue> match_cue(std::string_view text, const std::vector<Token>& tokens, std::size_t i, std::size_t limit,
                             const SpeechLexicon& lexicon, const Calendar& calendar) {
    std::optional<Cue> cue = read_cue(text, tokens, i, limit, lexicon, calendar);
    const bool verb = cue && cue->kind != CueKind::according && cue->kind != CueKind::according_relative;
    if (verb && lexicon.cues.verbs[cue->verb].impersonal && !cue->impersonal) return std::nullopt;
    return cue;
}

}  // namespace depeche
