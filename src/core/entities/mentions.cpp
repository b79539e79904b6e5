#include "mentions.h"

#include "core/fold.h"
#include "core/lexicon_words.h"
#include "core/quotes/cues.h"

namespace depeche {
namespace {

constexpr std::size_t kMaxRoleWords = 10;
constexpr std::size_t kMaxBareModifiers = 2;
constexpr std::size_t kMaxBodyModifiers = 3;  // "Bureau central sismologique français"
constexpr std::size_t kMaxNameParticles = 2;  // "von der", "de la" inside a name

bool is_name_word(const Token& t) {
    return t.capitalized && (t.kind == TokenKind::word || (t.kind == TokenKind::abbreviation && t.span().size() == 2));
}


Span cover(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
    return {tokens[first].span().start, tokens[end - 1].span().end};
}

// What a word may be in a mention, asked of every token: once per distinct word.
struct MentionWord {
    const Gender* honorific = nullptr;
    const Determiner* determiner = nullptr;
    const std::vector<RoleHead>* roles = nullptr;  // the heads starting with the word
    const Gender* first_name = nullptr;
    bool count_lead = false;  // opens one of the count_leads ("près de"), looked for at every token
};

class Finder {
public:
    Finder(std::string_view text, const TextIndex& index, const SpeechLexicon& lexicon)
        : text_(text), tokens_(index.tokens), lex_(lexicon.mentions), cues_(lexicon.cues),
          words_(*index.words, [&](const Word& w) {
              const WordKey key(w.text, w.hash);
              return MentionWord{lex_.honorifics.value(key), lex_.determiners.value(key), lex_.roles.value(key),
                                 lex_.first_names.value(key), lex_.count_leads.by_first_word.value(key) != nullptr};
          }) {}

    Mentions run() {
        Mentions out;
        std::size_t i = 0;
        while (i < tokens_.size()) {
            Mention m;
            if (read_titled_name(i, m) || read_role(i, m) || read_name(i, m)) {
                read_age(m);
                read_trailing_role(m);
                read_acronym(m);
                out.push_back(m);
                i = m.end;
            } else {
                ++i;
            }
        }
        return out;
    }

private:
    std::string_view text_;
    const std::vector<Token>& tokens_;
    const MentionLexicon& lex_;
    const CueLexicon& cues_;
    const WordAnswers<MentionWord> words_;

    const MentionWord& word(std::size_t i) const { return *words_.find(tokens_[i]); }

    // Where the role head is once adjectives that may precede it are passed: "une autre habitante",
    // "l'ancien ministre". A head that starts with one of them ("jeune femme") is taken whole.
    std::size_t past_role_modifiers(std::size_t i) const {
        while (i + 1 < tokens_.size() && !role_at(i) && lex_.role_modifiers.count(tokens_[i].key())) ++i;
        return i;
    }

    // The longest role head starting at token i, or nullptr.
    const RoleHead* role_at(std::size_t i) const {
        const std::vector<RoleHead>* heads = word(i).roles;
        if (!heads) return nullptr;
        for (const RoleHead& head : *heads) {
            if (i + head.words.size() > tokens_.size()) continue;
            bool same = true;
            for (std::size_t k = 1; k < head.words.size() && same; ++k) same = tokens_[i + k].folded() == head.words[k];
            if (same) return &head;
        }
        return nullptr;
    }

    // End of the capitalized name that starts at token i ("Recep Tayyip Erdogan", "Charles de
    // Gaulle"), or i when no name starts there. After a title any capitalized word may start it
    // ("M. Petit"). An acronym ends a name: "l'AFP Jean Dupont" is two; so does a news agency's
    // name after it ("dit Erdogan Reuters • 03/10/2020", a page's chrome).
    std::size_t name_end(std::size_t i, std::size_t limit, bool after_title = false) const {
        if (i >= limit || !is_name_word(tokens_[i]) ||
            (!after_title && lex_.not_names.count(tokens_[i].key()) && !opens_surname(i, limit)))
            return i;
        // "a déclaré sur Facebook Nikol Pachinian": the channel is a name of its own.
        if (lex_.channels.count(tokens_[i].key())) return i + 1;
        bool acronym = is_acronym(tokens_[i]);
        // "a indiqué à l'AFP Haropa", "déclare sur RMC Ludivine": the medium a speaker talks to or
        // on is a name of its own, and so is an agency.
        const auto addressed = [&](std::size_t k) { return cues_.addressee_markers.count(tokens_[k].key()) > 0; };
        const bool medium = cues_.agencies.count(tokens_[i].key()) ||
                            (i > 0 && (addressed(i - 1) || (i > 1 && lex_.determiners.count(tokens_[i - 1].key()) && addressed(i - 2))));
        std::size_t end = i + 1;
        while (end < limit && !line_break_before(end) && !lex_.channels.count(tokens_[end].key()) &&
               !cues_.agencies.count(tokens_[end].key())) {
            // "SOS Méditerranée", "ONU Femmes": after an acronym a word goes on with its name, a given
            // name opens someone's ("l'ONU Antonio Guterres").
            if (is_name_word(tokens_[end]) && !word(end).honorific &&
                (!acronym || is_acronym(tokens_[end]) || (!medium && !word(end).first_name))) {
                acronym = acronym && is_acronym(tokens_[end]);
                ++end;
            } else if (end == i + 1 && channel_number(end, limit)) {
                ++end;
            } else if (const std::size_t particles = particles_at(end, limit)) {
                // "Facebook le Premier ministre" is a name and a role, not one name.
                end += particles + 1;
            } else {
                break;
            }
        }
        return end;
    }

    // "…, De Morais a annoncé", "selon Van Rompuy": a particle written with its capital in
    // mid-sentence opens a surname. Not an article: "La Hague", "Le Télégramme" are a place's or a
    // paper's names, and "La CGT" is the union.
    bool opens_surname(std::size_t i, std::size_t limit) const {
        return i + 1 < limit && !opens_line_or_sentence(i) && lex_.name_particles.count(tokens_[i].key()) &&
               !lex_.determiners.count(tokens_[i].key()) && is_name_word(tokens_[i + 1]) &&
               tokens_[i + 1].kind == TokenKind::word && !is_acronym(tokens_[i + 1]) &&
               !lex_.not_names.count(tokens_[i + 1].key());
    }

    // "Europe 1", "France 24", "France 3 Bretagne": a number of one or two digits after a name's
    // only word is part of it when no quantity or date follows ("France 2 millions", "Paris 3 mars").
    bool channel_number(std::size_t k, std::size_t limit) const {
        if (tokens_[k].kind != TokenKind::number || tokens_[k].span().size() > 2) return false;
        if (k + 1 >= limit) return true;
        const Token& next = tokens_[k + 1];
        const bool word = is_word(next) || next.kind == TokenKind::number;
        return !word || next.capitalized || cues_.complementizers.count(next.key());
    }

    // How many lower-case particles open at k before the rest of a name: one ("Charles de Gaulle"),
    // or two ("Ursula von der Leyen", "Jean de la Fontaine"); 0 when none does.
    std::size_t particles_at(std::size_t k, std::size_t limit) const {
        for (std::size_t n = 1; n <= kMaxNameParticles; ++n) {
            const std::size_t p = k + n - 1;
            if (p + 1 >= limit || tokens_[p].capitalized || !lex_.name_particles.count(tokens_[p].key())) return 0;
            const Token& next = tokens_[p + 1];
            if (is_name_word(next) && next.kind == TokenKind::word && !role_at(p + 1)) return n;
        }
        return 0;
    }

    // "Surmontant son angoisse, le serveur …", "Rappelant que …": a participle opening a sentence,
    // capitalized only for that, before what it governs.
    bool opens_participle_phrase(std::size_t i) const {
        if (i + 1 >= tokens_.size() || tokens_[i].kind != TokenKind::word || tokens_[i + 1].capitalized) return false;
        if (i > 0 && !line_break_before(i) && tokens_[i - 1].kind != TokenKind::sentence_end) return false;
        const WordKey next = tokens_[i + 1].key();
        // "Interrogé par l'AFP, …", "Contacté par nos soins, …": a past participle and its agent.
        if (lex_.agent_markers.count(next) && !word(i).first_name) return true;
        // "Interrompant brièvement sa conversation, …": an adverb may come first.
        const bool adverb = is_adverb(tokens_[i + 1], cues_);
        if (!lex_.determiners.count(next) && !cues_.complementizers.count(next) && !cues_.infinitive_markers.count(next) &&
            !cues_.place_prepositions.count(next) && !adverb)
            return false;
        return ends_with_one_of(tokens_[i].folded(), lex_.participle_endings, 3);
    }

    bool opens_line_or_sentence(std::size_t i) const {
        return i == 0 || line_break_before(i) || tokens_[i - 1].kind == TokenKind::sentence_end;
    }

    // A name never runs from one line to the next: "© Cnews" over "Michel Barnier, ..." is two.
    bool line_break_before(std::size_t k) const {
        const std::size_t from = tokens_[k - 1].span().end, to = tokens_[k].span().start;
        return to > from && text_.substr(from, to - from).find('\n') != std::string_view::npos;
    }

    bool is_acronym(const Token& t) const {
        return t.kind == TokenKind::word && t.span().size() >= 2 && is_upper_case(text_.substr(t.span().start, t.span().size()));
    }

    std::size_t limit(std::size_t i) const { return std::min(tokens_.size(), i + kMaxRoleWords + 4); }

    bool looks_like_verb(const std::string& w, bool plural_head) const {
        return ends_with_one_of(w, lex_.verb_endings, 2) || (plural_head && ends_with_one_of(w, lex_.plural_verb_endings, 2));
    }

    bool is_cue_word(const Token& t) const {
        return cues_.forms.count(t.key()) || cues_.auxiliaries.count(t.key()) ||
               cues_.inverted_auxiliaries.count(t.key());
    }

    // "Le prévenu tient à dire", "le maire vient d'annoncer": a verb that leads to a cue ends the role.
    bool opens_lead(std::size_t k, std::size_t stop) const {
        return starts_phrase(tokens_, k, stop, cues_.leads, nullptr) ||
               starts_phrase(tokens_, k, stop, cues_.leads_after_auxiliary, nullptr);
    }

    void set_name(Mention& m, std::size_t first, std::size_t end) {
        m.name = cover(tokens_, first, end);
        m.name_words = end - first;
    }

    // "M. Peskov", "Mme Anne Durand"
    bool read_titled_name(std::size_t i, Mention& m) {
        const Gender* h = word(i).honorific;
        if (!h || i + 1 >= tokens_.size()) return false;
        // "Mme von der Leyen", "M. de Villepin": a surname that opens on its particles.
        const std::size_t particles = particles_at(i + 1, limit(i));
        const std::size_t end = name_end(i + 1 + particles, limit(i), true);
        if (end == i + 1 + particles) return false;
        m.first = i;
        m.end = end;
        set_name(m, i + 1, end);
        if (particles) m.name_words = 1;
        m.gender = *h;
        m.honorific = true;
        m.type = EntityType::person;
        m.span = cover(tokens_, i, end);
        return true;
    }

    // A comma at k goes on with a list of complements that "et" closes: ", de l'élevage et de la
    // pêche", ", des Finances et de la Relance". Not an aside: ", de passage à Lyon, a dit".
    bool listed_complement(std::size_t k, std::size_t stop) const {
        constexpr std::size_t kListWords = 16;
        if (k + 1 >= stop || !is_punct(tokens_[k], ",") || !lex_.of_words.count(tokens_[k + 1].key())) return false;
        for (std::size_t j = k + 2; j + 1 < stop && j < k + kListWords; ++j) {
            if (lex_.role_joiners.count(tokens_[j].key())) return lex_.of_words.count(tokens_[j + 1].key()) > 0;
            if (is_punct(tokens_[j], ",") && lex_.of_words.count(tokens_[j + 1].key())) continue;
            if (!is_word(tokens_[j])) return false;
        }
        return false;
    }

    // The word after a complement's "de", past its article, is capitalized.
    bool capitalized_complement(std::size_t k, std::size_t stop) const {
        if (k < stop && word(k).determiner) ++k;
        return k < stop && is_word(tokens_[k]) && tokens_[k].capitalized;
    }

    // A complement at k, in lower case, that the holder's name follows: "(et) de la communication
    // Bruno Koné", where the portfolio runs on to the name.
    bool complement_before_name(std::size_t k, std::size_t stop) const {
        if (k < stop && word(k).determiner) ++k;
        if (k >= stop || !is_word(tokens_[k]) || tokens_[k].capitalized || lex_.role_stops.count(tokens_[k].key())) return false;
        ++k;
        for (std::size_t n = 0; n < kMaxBareModifiers && k < stop && is_word(tokens_[k]) && !tokens_[k].capitalized &&
                                !lex_.role_stops.count(tokens_[k].key());
             ++n)
            ++k;
        return name_end(k, limit(k)) >= k + 2;
    }

    // Extends a role past its head: adjectives ("russe"), complements ("du Kremlin", "des Affaires
    // étrangères"), and a name in apposition ("le président turc Recep Tayyip Erdogan").
    std::size_t read_role_tail(std::size_t k, Mention& m, bool proper_body = false) {
        const std::size_t head_end = k;
        const std::size_t max_bare = proper_body ? kMaxBodyModifiers : kMaxBareModifiers;
        const std::size_t stop = limit(k);
        std::size_t bare = 0;
        // "le porte-parole du président Erdogan", "l'écrivain accompagné de son éditeur Olivier
        // Cohen": a complement that names another person's role takes the name that follows.
        bool other_person = false;
        bool listed = false;  // inside a list of complements that "et" closes
        while (k < stop) {
            const Token& t = tokens_[k];
            // "de l'économie numérique, de la Poste et de la communication": the list goes on past
            // the adjectives of one of its complements.
            if (bare > 0 && listed_complement(k, stop)) {
                listed = true;
                bare = 0;
                ++k;
                continue;
            }
            // "le bourgmestre (PS) Willy Demeyer": a person's party in brackets between the role
            // and the name.
            if (m.type == EntityType::person && !other_person && is_punct(t, "(") && k + 3 < stop &&
                is_acronym(tokens_[k + 1]) && is_punct(tokens_[k + 2], ")") && name_end(k + 3, limit(k + 3)) > k + 3) {
                k += 3;
                continue;
            }
            if (!is_word(t) && t.kind != TokenKind::abbreviation) break;
            // "l'adjoint aux Sports", "l'ambassadeur de l'UE en Géorgie": a portfolio or a country after
            // "au", "aux" or "en" is capitalized, an addressee ("aux journalistes") is not.
            const bool to_portfolio = lex_.capital_complements.count(t.key()) > 0;
            // "le porte-parole de l'OIM pour l'Italie Flavio di Giacomo": the country may take its article.
            const std::size_t named = k + 1 < stop && word(k + 1).determiner ? k + 2 : k + 1;
            const bool portfolio = to_portfolio && named < stop && tokens_[named].capitalized;
            // "le représentant américain au commerce, Jamieson Greer": a portfolio in lower case
            // when the holder's name follows its comma.
            if (to_portfolio && k + 3 < stop && is_word(tokens_[k + 1]) &&
                !tokens_[k + 1].capitalized && is_punct(tokens_[k + 2], ",") && name_end(k + 3, limit(k + 3)) >= k + 5) {
                k += 2;
                break;
            }
            // "l'Association de soutien au lait équitable", "la Ligue contre le cancer": a body's
            // proper name goes on with what it is for, never with some things ("pour des faits de").
            const bool purpose = proper_body && lex_.body_complements.count(t.key()) && k + 1 < stop &&
                                 !tokens_[k + 1].capitalized &&
                                 (!word(k + 1).determiner || word(k + 1).determiner->definite);
            if (lex_.of_words.count(t.key()) || portfolio || purpose) {
                std::size_t obj = k + 1;
                // "du quartier Caféiers III" names a place, "le président de commune Danny Défago" a person:
                // only a place noun with its article takes the name after it.
                const bool article = lex_.contractions.count(t.key()) || (obj < stop && word(obj).determiner);
                if (obj < stop && word(obj).determiner) ++obj;
                // "de 43 ans": an age or a count is a complement too.
                if (obj + 1 < stop && tokens_[obj].kind == TokenKind::number && is_word(tokens_[obj + 1])) ++obj;
                if (obj >= stop || !is_word(tokens_[obj]) || lex_.role_stops.count(tokens_[obj].key())) break;
                if (const RoleHead* inner = role_at(obj); inner && inner->type == EntityType::person) other_person = true;
                k = obj + 1;
                // "du groupe Renaissance": one capitalized word after the complement names it; two
                // or more are a person in apposition ("de l'Intérieur Gérald Darmanin"), but after
                // a place named after someone ("de l'Université Cheikh Anta Diop").
                const std::size_t name = name_end(k, stop);
                if ((name == k + 1 && !other_person) || (name > k && article && lex_.named_places.count(tokens_[obj].key()))) {
                    k = name;
                } else if (name > k + 2 && !other_person && word(k + 1).first_name && !word(k).first_name) {
                    // "la première dame du Rwanda Jeannette Kagame": a given name after the
                    // complement's one word opens the person's name.
                    ++k;
                }
                bare = 0;
                // "le ministre de la Santé et des Services sociaux", "de l'Économie et des Finances":
                // a capitalized complement joined by "et" is one portfolio with the first.
                // So is the last of a list of them: "le ministre de l'agriculture, de l'élevage et de
                // la pêche".
                if (k + 2 < stop && lex_.role_joiners.count(tokens_[k].key()) && lex_.of_words.count(tokens_[k + 1].key()) &&
                    (listed || capitalized_complement(k + 2, stop) || complement_before_name(k + 2, stop)))
                    ++k;
                if (listed_complement(k, stop)) {
                    listed = true;
                    ++k;
                }
                continue;
            }
            // "a indiqué à la télévision M. Pezeshkian": a body is never a person's title.
            if (word(k).honorific && m.type == EntityType::organization) break;
            // "l'avocat Me Olivier Théorêt", "la pédiatre Dr Anne Roy": the honorific opens the name.
            if (word(k).honorific && !other_person) {
                const std::size_t after = name_end(k + 1, limit(k), true);
                if (after > k + 1) {
                    set_name(m, k + 1, after);
                    m.honorific = true;
                    return after;
                }
                break;
            }
            // "le journal Le Maine Libre", "le quotidien La Presse": a title may open on its article.
            if (t.capitalized && word(k).determiner && m.type == EntityType::organization && k + 1 < stop &&
                is_name_word(tokens_[k + 1]) && !other_person) {
                const std::size_t end = name_end(k + 1, limit(k + 1), true);
                set_name(m, k, end);
                return end;
            }
            if (t.capitalized) {
                if (other_person) break;
                // A name that starts within the role's reach may end past it: "le secrétaire du
                // Conseil de sécurité géorgien Alexandre Lomaïa".
                const std::size_t end = name_end(k, limit(k));
                // "le sénateur LR du Loiret", "l'économiste CGI, Pascal Roy": an acronym alone names
                // the party or the firm the role belongs to, and the person's name may follow.
                if (end == k + 1 && is_acronym(t)) {
                    // "l'ONG SOS Méditerranée": after a body's kind the acronym opens its name.
                    const std::size_t rest = k + 1 < stop && tokens_[k + 1].capitalized ? name_end(k + 1, limit(k + 1)) : k + 1;
                    if (m.type != EntityType::person && rest > k + 1) {
                        set_name(m, k, rest);
                        return rest;
                    }
                    ++k;
                    continue;
                }
                if (end > k) {
                    set_name(m, k, end);
                    return end;
                }
                break;
            }
            // "le cinéaste hongrois et président du jury, Béla Tarr": a second role joined by "et".
            if (lex_.role_joiners.count(t.key()) && k + 1 < stop && role_at(k + 1)) {
                k = k + 1 + role_at(k + 1)->words.size();
                bare = 0;
                continue;
            }
            if (std::size_t length = 0; starts_phrase(tokens_, k, stop, lex_.role_tails, &length)) {
                k += length;
                break;
            }
            if (lex_.role_stops.count(t.key())) return participle_complement_end(tokens_, lex_, head_end - 1, k, stop);
            if (is_cue_word(t) || opens_lead(k, stop) || bare == max_bare || looks_like_verb(t.folded(), m.plural))
                break;
            // "L'opposition bangladaise organise une manifestation": an adjective is seldom followed
            // by an article, a verb often is ("du", "aux" open a complement).
            if (k + 1 < stop && word(k + 1).determiner && !lex_.of_words.count(tokens_[k + 1].key()) &&
                !lex_.capital_complements.count(tokens_[k + 1].key()))
                break;
            ++bare;
            ++k;
        }
        return k;
    }

    // Where the name starts in an apposition that gives a person's rank or title before it, "le
    // général Sylvain Ekenge", "le docteur Anne Roy", a name of two words at least; `k` when there is none.
    std::size_t titled_apposition(std::size_t k) const {
        const Determiner* det = k + 1 < tokens_.size() ? word(k).determiner : nullptr;
        if (!det || det->plural) return k;
        const RoleHead* head = role_at(k + 1);
        if (!word(k + 1).honorific && (!head || head->type != EntityType::person)) return k;
        const std::size_t named = k + 1 + (head ? head->words.size() : 1);
        return name_end(named, limit(named)) >= named + 2 ? named : k;
    }

    // "le porte-parole du Kremlin", "du premier ministre arménien, Nikol Pachinyan", "la diplomatie russe"
    bool read_role(std::size_t i, Mention& m) {
        // "près de 200 personnes", "quelque 300 manifestants": a count of people says who they are as
        // "des" would, the approximation before it included.
        static constexpr Determiner kCount{0, true, false, false};
        std::size_t lead = 0;
        if (word(i).count_lead) starts_phrase(tokens_, i, tokens_.size(), lex_.count_leads, &lead);
        const std::size_t count = i + lead;
        const bool counted = count + 1 < tokens_.size() && tokens_[count].kind == TokenKind::number &&
                             role_at(count + 1) && role_at(count + 1)->plural;
        const Determiner* det = counted ? &kCount : word(i).determiner;
        if (!det || i + 1 >= tokens_.size()) return false;
        const std::size_t after_det = counted ? count + 1 : i + 1;
        // "au milieu de combats", "à l'ordre du jour": a role noun inside a set phrase names nobody.
        if (starts_phrase(tokens_, i, tokens_.size(), lex_.not_roles, nullptr) ||
            (i > 0 && starts_phrase(tokens_, i - 1, tokens_.size(), lex_.not_roles, nullptr)))
            return false;
        const std::size_t head_start = past_role_modifiers(after_det);
        const RoleHead* head = role_at(head_start);
        if (!head) return false;
        m.plural = head->plural || det->plural;
        m.type = head->type;
        // "l'Association de soutien au lait équitable": a body whose kind is capitalized in mid-
        // sentence is named by its whole role, which may run longer.
        const bool proper_body = head->type == EntityType::organization && tokens_[head_start].capitalized &&
                                 !opens_line_or_sentence(head_start);
        std::size_t end = read_role_tail(head_start + head->words.size(), m, proper_body);
        const std::size_t role_end = m.name.size() ? end - m.name_words : end;
        m.role = cover(tokens_, counted ? i : head_start, role_end);
        const bool contracted = lex_.contractions.count(tokens_[i].key()) > 0;
        if (!contracted) m.role_with_article = cover(tokens_, i, role_end);
        // "le porte-parole du Kremlin, Dmitri Peskov": a name after a comma, two words at least.
        // Not after a plural ("Devant les députés, Tomas Varnas a …"): one person is no group.
        if (!m.name.size() && !m.plural && end + 2 < tokens_.size() && is_punct(tokens_[end], ",")) {
            const std::size_t name_last = name_end(end + 1, limit(end));
            if (name_last >= end + 3) {
                set_name(m, end + 1, name_last);
                end = name_last;
            } else if (word(end + 1).honorific) {
                const std::size_t after = name_end(end + 2, limit(end), true);
                if (after > end + 2) {
                    set_name(m, end + 2, after);
                    m.honorific = true;
                    end = after;
                }
            } else if (const std::size_t named = titled_apposition(end + 1); named > end + 1) {
                // "le porte-parole du gouvernement, le général Sylvain Ekenge": a rank before the name.
                const std::size_t after = name_end(named, limit(named));
                set_name(m, named, after);
                end = after;
            }
        }
        m.first = contracted ? head_start : i;
        m.end = end;
        m.span = cover(tokens_, m.first, end);
        m.role_head = tokens_[head_start].folded();
        for (std::size_t k = 1; k < head->words.size(); ++k) m.role_head += " " + head->words[k];
        m.type = head->type;
        m.gender = head->gender ? head->gender : det->gender;
        m.definite = det->definite;
        m.demonstrative = det->demonstrative;
        return true;
    }

    bool read_name(std::size_t i, Mention& m) {
        if (opens_participle_phrase(i)) return false;
        std::size_t end = name_end(i, limit(i));
        if (end == i) return false;
        // "explique à Franceinfo Paul Morin": a medium's or a firm's one-word name, then a
        // person's, given name first. Not after an article: "le lycée Victor Hugo" is one name.
        const bool after_determiner = i > 0 && word(i - 1).determiner;
        if (end >= i + 3 && !word(i).first_name && word(i + 1).first_name && !after_determiner) end = i + 1;
        // "Témoignage de Madlena Martin", "Réponse de Paul Roy": a noun capitalized only because it
        // opens the line, then whose words follow; the person's name starts after "de".
        if (end >= i + 4 && opens_line_or_sentence(i) && !word(i).first_name && !tokens_[i + 1].capitalized &&
            (word(i + 2).first_name || word(i + 2).honorific))
            return false;
        m.first = i;
        m.end = end;
        set_name(m, i, end);
        m.span = cover(tokens_, i, end);
        // "Jocelyne", "Salim Benali": a given name makes a person, and says their gender. After
        // an article it names a place or a feast: "La Madeleine", "la Sainte-Catherine".
        const bool after_article = i > 0 && word(i - 1).determiner && word(i - 1).determiner->definite;
        // "le lycée Victor Hugo": a place named after someone.
        if (i > 0 && lex_.named_places.count(tokens_[i - 1].key())) {
            m.type = EntityType::organization;
            return true;
        }
        if (const Gender* g = word(i).first_name; g && !after_article) {
            m.type = EntityType::person;
            m.gender = *g;
        }
        return true;
    }

    // "l'Organisation du traité de sécurité collective (OTSC)": the acronym becomes an alias.
    void read_acronym(Mention& m) {
        const std::size_t k = m.end;
        if (k + 2 >= tokens_.size() || tokens_[k].folded() != "(" || tokens_[k + 2].folded() != ")") return;
        const Token& a = tokens_[k + 1];
        // French press writes some acronyms in lower case: "(OTSC)", "(Insee)", "(Ceser)".
        if (a.kind != TokenKind::word || !a.capitalized || a.span().size() < 2) return;
        // "Tsalha Kaila (PS)", "le secrétaire général de l'Union des étudiants (UENUN)": after a
        // person the brackets give their party, and an acronym that starts on another word than the
        // description's belongs to the body it names, not to the one who speaks.
        if (!spells(m, a.folded()) && (m.type == EntityType::person || m.honorific || m.role.size() || m.name_words < 3))
            return;
        m.acronym = a.span();
        m.end = k + 3;
        m.span.end = tokens_[k + 2].span().end;
    }

    // Whether the letters of an acronym are, in order, initials of the mention's words and of the
    // parts of its compounds, the first being that of its first word after any article or of its
    // name: "l'association Vélo Libre" spells AVL, "l'ONG Human Rights Watch" HRW, "Agence
    // France-Presse" AFP, "Institut national de la statistique et des études économiques" Insee.
    bool spells(const Mention& m, std::string_view letters) const {
        std::size_t k = m.first;
        while (k < m.end && tokens_[k].kind != TokenKind::word) ++k;
        if (k < m.end && word(k).determiner) ++k;
        if (spells_from(k, m.end, letters)) return true;
        while (k < m.end && m.name.size() && tokens_[k].span().start < m.name.start) ++k;
        return m.name.size() && spells_from(k, m.end, letters);
    }

    bool spells_from(std::size_t k, std::size_t end, std::string_view letters) const {
        if (k == end || letters.empty() || tokens_[k].folded().front() != letters.front()) return false;
        std::size_t l = 0;
        for (; k < end && l < letters.size(); ++k) {
            const std::string& w = tokens_[k].folded();
            for (std::size_t p = 0; p < w.size() && l < letters.size();) {
                if (w[p] == letters[l]) ++l;
                p = w.find('-', p);
                if (p == std::string::npos) break;
                ++p;
            }
        }
        return l == letters.size();
    }

    // "Lucie, 34 ans, ...": only a person is given an age, and the age is part of how they are named.
    void read_age(Mention& m) {
        const std::size_t k = m.end;
        if (!m.name.size() || k + 3 > tokens_.size() || !is_punct(tokens_[k], ",") || tokens_[k + 1].kind != TokenKind::number ||
            !lex_.age_units.count(tokens_[k + 2].key()))
            return;
        m.type = EntityType::person;
        m.end = k + 3;
        m.span.end = tokens_[k + 2].span().end;
    }

    // "Marie Durand, directrice de l'école," or "M. Peskov, le porte-parole du Kremlin,"
    void read_trailing_role(Mention& m) {
        if (m.role.size() || m.end + 2 >= tokens_.size() || !is_punct(tokens_[m.end], ",")) return;
        // "Le Monde, le ministre ...": a name with an article is a title or a place, not a person.
        if (m.first > 0 && word(m.first - 1).determiner) return;
        // "Interrogé par Radio Valbourg, le maire …": the agent of an opening participle, then
        // the subject; not "une rencontre voulue par Paul Roy, un président qui …".
        if (m.first > 1 && lex_.agent_markers.count(tokens_[m.first - 1].key()) && opens_participle_phrase(m.first - 2)) return;
        const std::size_t first = m.end + 1;
        const bool article = word(first).determiner && !lex_.contractions.count(tokens_[first].key());
        const std::size_t k = past_role_modifiers(article ? first + 1 : first);
        const RoleHead* head = role_at(k);
        if (!head || head->type != EntityType::person || head->plural) return;
        Mention role;
        const std::size_t end = read_role_tail(k + head->words.size(), role);
        if (role.name.size()) return;
        // "À Annonay, le maire, Bernard Coste, ...": the role introduces the name after it.
        if (end + 3 < tokens_.size() && is_punct(tokens_[end], ",") && name_end(end + 1, limit(end)) >= end + 3) return;
        m.role = cover(tokens_, k, end);
        if (article) m.role_with_article = cover(tokens_, first, end);
        m.role_head = tokens_[k].folded();
        for (std::size_t w = 1; w < head->words.size(); ++w) m.role_head += " " + head->words[w];
        m.type = EntityType::person;
        if (!m.gender) m.gender = head->gender;
        m.end = end;
        m.span.end = tokens_[end - 1].span().end;
    }
};

}  // namespace

Mentions find_mentions(std::string_view text, const TextIndex& index, const SpeechLexicon& lexicon) {
    return Finder(text, index, lexicon).run();
}

}  // namespace depeche
