#include "quotes.h"

#include "core/fold.h"
#include "core/lexicon_words.h"
#include "embedded_posts.h"

#include <algorithm>

namespace depeche {
namespace {

constexpr std::size_t kComplementWindow = 8;  // tokens between a cue and its "que" or ":"
constexpr std::size_t kMaxSubjectWords = 8;   // a speaker described without a known mention
constexpr std::size_t kNounComplementWindow = 3;
constexpr std::size_t kMaxQuotedNameWords = 2;  // "« Huguette »", "« Jean-Marc »": a name in quotation marks
constexpr std::size_t kObjectReach = 12;  // "a exprimé l'inquiétude de l'agence concernant des informations"
constexpr std::size_t kAsideWords = 20;  // an apposition between "Pour X," and the report
constexpr std::size_t kMannerWords = 6;  // "sous couvert d'anonymat" between a cue and its subject
constexpr std::size_t kMaxAsides = 2;     // appositions between a subject and its cue
constexpr std::size_t kChannelModifiers = 2;  // "sur les réseaux sociaux" between a cue and its speaker
constexpr std::size_t kMaxCueWords = 5;  // "n'a pas manqué de souligner": the longest cue before a gerund
constexpr std::size_t kChannelComplements = 2;  // "au micro de la radio de la ville" before a postposed speaker
constexpr std::size_t kNegationWords = 3;  // "ne jamais en avoir": from the negation to the infinitive
constexpr std::size_t kInciseTail = 4;  // "dit-il, enthousiaste." from a cue inside a quotation to its stop
constexpr std::size_t kInciseRelativeTail = 20;  // "souffle l'ailier, qui venait de marquer cinq buts."
constexpr std::size_t kMaxAsideBeforeObject = 8;  // ", une nouvelle fois," between a verb and its object
constexpr std::size_t kMaxSubjectBeforeVerb = 6;  // ", et les responsables politiques ont"
// The longest reported clause read, in tokens outside quotation marks. Well past any real
// sentence, it keeps a run-on text (a 10 MB line, a list of cues) linear instead of quadratic.
constexpr std::size_t kMaxClauseTokens = 300;
constexpr std::size_t kIntroductionLookBack = 2;  // sentences between a newcomer and their quotation
constexpr std::size_t kNarratorSentences = 3;  // sentences of its paragraph before a quotation that may name its narrator
constexpr std::size_t kMinInterviewAnswers = 2;
constexpr std::size_t kMinHeadlineWords = 3;  // "Aliyev : pas de paix": words after the colon of a speaker's title
constexpr std::size_t kKickerWords = 4;       // "Mali :", "Haut-Karabakh :": the topic a title opens on
constexpr std::size_t kInciseWordsTail = 4;   // words after an incise's subject before its quotation goes on
constexpr std::size_t kAddressees = 2;        // "à Bruxelles devant la presse": places and audiences before a postposed subject
constexpr std::size_t kComplementNouns = 2;   // "en région Paca": common nouns between a preposition and its name
constexpr std::size_t kContentLetters = 4;    // shorter words ("les", "à") say nothing of what a title repeats
// A title echoes a report when at least 7 in 10 of its content words are the report's.
constexpr std::size_t kEchoNumerator = 7, kEchoDenominator = 10;
constexpr std::size_t kFirstPersonReach = 3;  // "je lui ai dit": from the cue back to its subject
constexpr std::size_t kMinEchoedWords = 2;    // a heading's quoted words that a body quotation gives
constexpr std::size_t kMaxHeadingTokens = 25; // a heading is a line of a few words

using Ref = SpeakerRef;

bool is_end(const Token& t) { return t.kind == TokenKind::sentence_end; }

class QuoteFinder {
public:
    QuoteFinder(const SpeechText& in, EntityTable& table, std::vector<bool>& subjects)
        : in_(in), tokens_(in.index.tokens), cues_(in.lexicon.cues), words_(in.lexicon.mentions), table_(table),
          subjects_(subjects),
          used_(in.marks.spans.size(), false), introduces_(introductions(in)),
          opens_cue_(*in.index.words, [&](const Word& w) { return cues_.openers.count(WordKey(w.text, w.hash)) > 0; }) {}

    std::vector<QuoteDraft> run() {
        for (const Sentence& s : in_.index.sentences) sentence(s);
        const std::vector<Paragraph> paras = paragraphs();
        interview(paras);
        blockquote(paras);
        embedded_posts();
        speaker_headline();
        echoed_headline();
        echoed_marks();
        nested();
        return std::move(out_);
    }

private:
    const SpeechText& in_;
    const std::vector<Token>& tokens_;
    const CueLexicon& cues_;
    const MentionLexicon& words_;
    EntityTable& table_;
    std::vector<bool>& subjects_;
    std::vector<bool> used_;
    std::vector<bool> introduces_;  // per mention: the first mention of its entity
    // Every token outside quotation marks is asked whether it may open a cue: once per word.
    const WordAnswers<bool> opens_cue_;

    // Mentions never overlap and come in text order, and so do sentences: a binary search finds
    // them, where arrays indexed by token would cost memory in proportion to the whole text.
    std::int32_t mention_starting(std::size_t token) const {
        const auto& ms = in_.mentions;
        const auto it = std::lower_bound(ms.begin(), ms.end(), token, [](const Mention& m, std::size_t t) { return m.first < t; });
        return it != ms.end() && it->first == token ? static_cast<std::int32_t>(it - ms.begin()) : -1;
    }
    std::int32_t mention_ending(std::size_t token) const {
        const auto& ms = in_.mentions;
        const auto it = std::lower_bound(ms.begin(), ms.end(), token, [](const Mention& m, std::size_t t) { return m.end - 1 < t; });
        return it != ms.end() && it->end - 1 == token ? static_cast<std::int32_t>(it - ms.begin()) : -1;
    }
    std::size_t sentence_of(std::size_t token) const {
        const auto& ss = in_.index.sentences;
        return static_cast<std::size_t>(
            std::upper_bound(ss.begin(), ss.end(), token, [](std::size_t t, const Sentence& s) { return t < s.end_token; }) -
            ss.begin());
    }
    std::vector<QuoteDraft> out_;
    // The greatest end of out_'s first d + 1 drafts, for a prefix of them: what may overlap a span
    // is past the last draft whose prefix ends before it, so a text of thousands of reports is not
    // read whole for each new one. Emptied whenever drafts are erased or moved.
    std::vector<std::size_t> max_end_;
    std::size_t sentence_first_ = 0;
    // While reports_inside reads a quotation: its mark, the drafts found before, its content.
    std::int32_t quoted_span_ = -1;
    std::size_t quoted_before_ = 0;
    Span quoted_content_{};

    static std::vector<bool> introductions(const SpeechText& in) {
        std::vector<bool> first(in.mentions.size(), false);
        std::vector<bool> met;
        for (std::size_t i = 0; i < in.mentions.size(); ++i) {
            const std::size_t e = in.entity_of_mention[i];
            if (e >= met.size()) met.resize(e + 1, false);
            first[i] = !met[e];
            met[e] = true;
        }
        return first;
    }

    // Inside reports_inside, the quotation being read is no quotation.
    std::int32_t mark_at(std::size_t t) const {
        const std::int32_t m = in_.marks.span_of_token[t];
        return m == quoted_span_ ? -1 : m;
    }
    Span cover(std::size_t first, std::size_t end) const { return {tokens_[first].span().start, tokens_[end - 1].span().end}; }

    // A name the text gives no sign of being a person or an organization: "Moscou", "Toulouse".
    bool is_bare_name(std::int32_t m) const {
        const EntityDraft& e = table_.entities()[in_.entity_of_mention[static_cast<std::size_t>(m)]];
        return e.type == EntityType::other && !e.person_evidence;
    }

    bool names_people(std::int32_t m) const {
        return may_be_people(table_.entities()[in_.entity_of_mention[static_cast<std::size_t>(m)]]);
    }

    Ref entity_ref(std::size_t entity) const { return {Ref::Kind::entity, entity, {}}; }
    // `subject`: the mention is its clause's subject, which a later pronoun may point to; a source
    // named inside an object ("les accusations de la junte selon lesquelles") is not.
    Ref mention_ref(std::int32_t m, bool subject = true) {
        if (subject) subjects_[static_cast<std::size_t>(m)] = true;
        Ref ref = entity_ref(in_.entity_of_mention[static_cast<std::size_t>(m)]);
        const Mention& mention = in_.mentions[static_cast<std::size_t>(m)];
        ref.by_role = mention.name.size() == 0 && !mention.demonstrative;
        return ref;
    }

    // Past a coordinating connector ("Mais", "Et", "Puis") and the adverbs after it.
    std::size_t past_connector(std::size_t k, std::size_t end) const {
        if (k < end && cues_.coordinators.count(tokens_[k].key())) ++k;
        return skip_insertions(k, end);
    }

    // "plus de mille départs" opens an object: its "plus" is no adverb to skip. An insertion may
    // also stand between two commas: "a indiqué, dimanche, le président".
    std::size_t skip_insertions(std::size_t k, std::size_t end) const {
        for (;;) {
            // "ce dernier" is a demonstrative and a time word, as "ce soir" is, but it names someone.
            if (const std::size_t next = insertion_end(tokens_, k, end, cues_, in_.calendar);
                next > k && !starts_phrase(tokens_, k, end, cues_.quantities) &&
                two_word_pronoun(k).kind == Ref::Kind::none) {
                k = next;
                continue;
            }
            if (k + 2 >= end || !is_punct(tokens_[k], ",")) return k;
            const std::size_t inner = depeche::skip_insertions(tokens_, k + 1, end, cues_, in_.calendar);
            if (inner == k + 1 || inner + 1 >= end || !is_punct(tokens_[inner], ",")) return k;
            k = inner + 1;
        }
    }

    // Where a reported clause that starts at `from` ends: at the sentence's end, at a conjunction
    // that opens another clause ("après qu'"), or before a later cue of the sentence.
    // A verb cue starts between k and the end of its clause.
    bool reports_from(std::size_t k, std::size_t limit) const {
        for (std::size_t steps = 0; k < limit && steps < kMaxClauseTokens && !is_end(tokens_[k]) &&
                                    !is_punct(tokens_[k], ",");
             ++k, ++steps) {
            if (!*opens_cue_.find(tokens_[k])) continue;
            if (const std::optional<Cue> c = match_cue(in_.text, tokens_, k, limit, in_.lexicon, in_.calendar);
                c && (c->kind == CueKind::verb || c->kind == CueKind::inverted))
                return true;
        }
        return false;
    }

    // An object report also ends where another clause starts: its noun phrase has no verb of its own.
    std::size_t clause_end(std::size_t from, std::size_t limit, bool object = false) const {
        std::size_t k = from;
        for (std::size_t steps = 0; k < limit && steps < kMaxClauseTokens; ++steps) {
            if (const std::int32_t m = mark_at(k); m >= 0) {
                k = in_.marks.spans[static_cast<std::size_t>(m)].close + 1;
                continue;
            }
            // "…, alors que les Alliés …" ends the report; "… a été ciblée alors qu'elle tentait …",
            // with no comma, is part of it, unless it reports in turn ("… après qu'Erevan a accusé …").
            if (std::size_t length = 0; k > from && starts_phrase(tokens_, k, limit, cues_.clause_breaks, &length) &&
                                        (tokens_[k - 1].kind == TokenKind::punct || reports_from(k + length, limit)))
                break;
            // "a annoncé des contre-mesures, mais a déposé une plainte": after a comma, a coordinator
            // and an auxiliary go on with the subject's own clause.
            if (k > from && k + 1 < limit && is_punct(tokens_[k - 1], ",") && cues_.coordinators.count(tokens_[k].key()) &&
                (is_auxiliary(k + 1) || cues_.reflexive_auxiliaries.count(tokens_[k + 1].key()) ||
                 (object && subject_then_verb(k + 1, limit))))
                break;
            // Right after the cue, the gerund is an aside before what was said: "a marmonné, se
            // tournant vers elle : « … »".
            if (object && k > from + 1 && gerund_after_comma(k, limit)) break;
            // "Alors que le parti revendique la victoire, certains électeurs pensent que …": the
            // sentence's main clause after the object of a subordinate one.
            if (object && k > from + 1 && is_punct(tokens_[k - 1], ",") && subject_then_verb(k, limit)) break;
            // "a parlé d'une rencontre « très productive », quand Poutine s'est contenté …": after a
            // comma, a subordinator with a subject and its verb opens a clause of its own.
            if (object && k > from + 1 && k + 1 < limit && is_punct(tokens_[k - 1], ",") &&
                cues_.subordinators.count(tokens_[k].key()) && subject_then_verb(k + 1, limit))
                break;
            ++k;
        }
        k = std::min(k, limit);
        while (k > from && (is_end(tokens_[k - 1]) || (tokens_[k - 1].kind == TokenKind::punct &&
                                                        !closes_phrase(tokens_[k - 1]))))
            --k;
        return k;
    }

    // ", mais beaucoup craignent …", ", et les responsables ont commencé …": a subject of a few
    // words and its verb, which a noun phrase joined to the report or set after it never has. A
    // relative's verb is not the subject's: ", et la baisse qu'il a jugée".
    bool subject_then_verb(std::size_t k, std::size_t limit) const {
        for (std::size_t j = k; j < limit && j <= k + kMaxSubjectBeforeVerb; ++j) {
            const Token& t = tokens_[j];
            if (t.kind == TokenKind::punct || is_end(t) || mark_at(j) >= 0 || cues_.complementizers.count(t.key()) ||
                cues_.relatives.count(t.key()))
                return false;
            if (j > k && (is_auxiliary(j) || cues_.reflexive_auxiliaries.count(t.key()) ||
                          (*opens_cue_.find(t) && verb_cue_at(j, limit))))
                return true;
        }
        return false;
    }

    // ", les comparant aux demandes …", ", se référant à …": a gerund after a comma, past its
    // object pronouns, opens a clause of its own.
    bool gerund_after_comma(std::size_t k, std::size_t limit) const {
        if (!is_punct(tokens_[k - 1], ",")) return false;
        while (k < limit && (cues_.gerund_clitics.count(tokens_[k].key()) || cues_.reflexive_pronouns.count(tokens_[k].key())))
            ++k;
        return k < limit && tokens_[k].kind == TokenKind::word && !tokens_[k].capitalized &&
               !cues_.ant_words.count(tokens_[k].key()) && ends_with_one_of(tokens_[k].folded(), words_.participle_endings, 3);
    }

    // Signs that end the phrase they follow rather than the clause: "baisseront de 5 %", "20 €",
    // "(AFP)".
    static bool closes_phrase(const Token& t) {
        static constexpr std::string_view kSigns[] = {")", "%", "‰", "€", "$", "£", "°"};
        return std::find(std::begin(kSigns), std::end(kSigns), t.folded()) != std::end(kSigns);
    }

    bool starts_role(std::size_t k) const {
        if (k < tokens_.size() && words_.determiners.count(tokens_[k].key())) ++k;
        return k < tokens_.size() && words_.roles.count(tokens_[k].key());
    }

    // A noun phrase after a verb: a determiner ("une décision", "ces accusations", "son soutien"),
    // "tout"/"toute" before its noun, or a quantity ("71 morts", "plus de mille départs", but not
    // the date "12 mars"); a bare word is more often an adverb or a verb.
    bool starts_object(std::size_t k, std::size_t end) const {
        if (k + 1 >= end) return false;
        const std::string& w = tokens_[k].folded();
        if (tokens_[k].kind == TokenKind::number) return !in_.calendar.months.count(tokens_[k + 1].key());
        return (words_.determiners.count(tokens_[k].key()) && w != "au" && w != "aux") || w == "toute" || w == "tout" ||
               w == "tous" || w == "toutes" || starts_phrase(tokens_, k, end, cues_.quantities) ||
               starts_phrase(tokens_, k, end, cues_.partitive_openers);
    }

    // Where the object starts past a short aside between commas: "dément, une nouvelle fois,
    // toute association", "présentait, ce mardi, une série de mesures"; `k` when there is none.
    std::size_t past_comma_aside(std::size_t k, std::size_t end) const {
        if (k >= end || !is_punct(tokens_[k], ",")) return k;
        for (std::size_t j = k + 1; j < end && j <= k + kMaxAsideBeforeObject; ++j) {
            if (mark_at(j) >= 0 || is_end(tokens_[j])) return k;
            if (is_punct(tokens_[j], ",")) return j > k + 1 && starts_object(j + 1, end) ? j + 1 : k;
        }
        return k;
    }

    // Quotation marks in [first, end), but those of a title: "un rapport intitulé « … »".
    bool has_marks(std::size_t first, std::size_t end) const {
        for (std::size_t k = first; k < end; ++k) {
            const std::int32_t m = mark_at(k);
            if (m < 0) continue;
            const QuotedSpan& q = in_.marks.spans[static_cast<std::size_t>(m)];
            if (q.open == 0 || !cues_.title_words.count(tokens_[q.open - 1].key())) return true;
            k = q.close;
        }
        return false;
    }

    void mark_used(std::size_t first, std::size_t end) {
        for (std::size_t k = first; k < end; ++k)
            if (const std::int32_t m = mark_at(k); m >= 0) used_[static_cast<std::size_t>(m)] = true;
    }

    // Where a second reported clause of the same cue starts: "a expliqué que A, mais que B et
    // qu'il faut C" reports three things. Returns the token after "que", or `end`.
    std::size_t next_que_clause(std::size_t first, std::size_t end) const {
        for (std::size_t k = first + 1; k + 1 < end; ++k) {
            if (const std::int32_t m = mark_at(k); m >= 0) {
                k = in_.marks.spans[static_cast<std::size_t>(m)].close;
                continue;
            }
            if (!cues_.complementizers.count(tokens_[k].key())) continue;
            const Token& before = tokens_[k - 1];
            if (is_punct(before, ",") || cues_.coordinators.count(before.key()) || before.folded() == "ou") return k + 1;
        }
        return end;
    }

    void emit_clause(std::size_t first, std::size_t end, const Cue& cue, const Ref& who, std::size_t paragraph,
                     double confidence) {
        for (std::size_t next = next_que_clause(first, end); next < end; next = next_que_clause(first, end)) {
            std::size_t cut = next - 1;
            while (cut > first && (is_punct(tokens_[cut - 1], ",") || cues_.coordinators.count(tokens_[cut - 1].key()) ||
                                   tokens_[cut - 1].folded() == "ou"))
                --cut;
            emit_one_clause(first, cut, cue, who, paragraph, confidence);
            first = next;
        }
        emit_one_clause(first, end, cue, who, paragraph, confidence);
    }

    void emit_one_clause(std::size_t first, std::size_t end, const Cue& cue, const Ref& who, std::size_t paragraph,
                         double confidence) {
        if (end <= first) return;
        // "Selon X, A : « B »": the words before the colon are reported, the quotation that ends
        // the clause after it is quoted; two reports of the same speaker.
        if (const std::int32_t q = closing_quotation(first, end); q >= 0) {
            const std::size_t colon = in_.marks.spans[static_cast<std::size_t>(q)].open - 1;
            // "Drame de Yirgou : « … », dixit X": a kicker that opens the sentence is no report.
            if (first != sentence_first_ || colon > first + kKickerWords) emit_one_clause(first, colon, cue, who, paragraph, confidence);
            emit_direct(static_cast<std::size_t>(q), cover(cue.first, cue.end), who, paragraph, confidence);
            return;
        }
        // "« On ne lâchera rien », selon le maire": a quotation that is the whole clause before its
        // cue is quoted, not reported.
        if (const std::int32_t q = mark_at(first);
            q >= 0 && cue.first >= end && in_.marks.spans[static_cast<std::size_t>(q)].open == first &&
            in_.marks.spans[static_cast<std::size_t>(q)].close + 1 == end) {
            emit_direct(static_cast<std::size_t>(q), cover(cue.first, cue.end), who, paragraph, confidence);
            return;
        }
        const bool mixed = has_marks(first, end);
        mark_used(first, end);
        out_.push_back({mixed ? QuoteKind::mixed : QuoteKind::indirect, cover(first, end), cover(cue.first, cue.end),
                        who, paragraph, confidence});
    }

    // The quotation after a colon that ends the clause [first, end) and leaves words before the
    // colon, or -1.
    std::int32_t closing_quotation(std::size_t first, std::size_t end) const {
        if (end < first + 4) return -1;
        const std::int32_t m = mark_at(end - 1);
        if (m < 0) return -1;
        const QuotedSpan& q = in_.marks.spans[static_cast<std::size_t>(m)];
        return q.close == end - 1 && q.open > first + 1 && is_punct(tokens_[q.open - 1], ":") ? m : -1;
    }

    void emit_direct(std::size_t mark, Span cue, const Ref& who, std::size_t paragraph, double confidence) {
        const QuotedSpan& q = in_.marks.spans[mark];
        if (used_[mark]) return;
        used_[mark] = true;
        if (q.content.size() == 0) return;
        out_.push_back({QuoteKind::direct, q.content, cue, who, paragraph, confidence});
    }

    Ref pronoun_ref(const std::string& p) const {
        if (p.empty() || !words_.pronouns.count(p)) return {};
        return {Ref::Kind::pronoun, 0, p};
    }

    // "Ce dernier réclame …": a pronoun of two words opening at k. Its second word ("dernier") is
    // a time word too ("lundi dernier"), skipped as an insertion on the way back from the cue.
    Ref two_word_pronoun(std::size_t k) const {
        if (k + 1 >= tokens_.size() || tokens_[k].kind != TokenKind::word) return {};
        return pronoun_ref(tokens_[k].folded() + " " + tokens_[k + 1].folded());
    }

    // A speaker named by words the mention finder did not keep: "un proche du dossier".
    Ref phrase_ref(std::size_t first, std::size_t end) {
        if (end <= first) return {};
        // A determiner, a pronoun or a word that never names ("Un", "Ce", "Quant") speaks for nobody.
        const Token& head = tokens_[first];
        if (end == first + 1 && (words_.determiners.count(head.key()) || words_.pronouns.count(head.key()) ||
                                 words_.not_names.count(head.key()) || head.kind != TokenKind::word))
            return {};
        const bool single_name = end == first + 1 && tokens_[first].capitalized;
        return entity_ref(table_.add_phrase(cover(first, end), single_name ? EntityType::organization : EntityType::person));
    }

    // Who stands behind "un bilan communiqué par les séparatistes", "une étude de l'INSEE": the
    // agent after "par", else a name the phrase holds, else the phrase itself. A source only
    // passed on by the agent ("des sources locales contactées par ACTUALITE.CD") is the source.
    Ref source_of(std::size_t first, std::size_t end) {
        for (std::size_t k = first + 1; k + 1 < end; ++k)
            if (tokens_[k].folded() == "par")
                return cues_.passing_participles.count(tokens_[k - 1].key()) ? phrase_ref(first, k - 1) : phrase_ref(k + 1, end);
        for (std::size_t k = first + 1; k < end; ++k)
            if (const std::int32_t m = mention_starting(k); m >= 0 && in_.mentions[static_cast<std::size_t>(m)].end <= end)
                return mention_ref(m);
        return phrase_ref(first, end);
    }

    // The subject that follows a postposed cue: ", a déclaré lundi le porte-parole du Kremlin".
    // Where the subject of a postposed cue starts, past insertions and an addressee: "a expliqué
    // à la presse l'astrophysicienne ...".
    std::size_t subject_start(std::size_t k, std::size_t end) const {
        k = skip_insertions(k, end);
        // Two may follow one another: "a déclaré à Bruxelles devant la presse Josep Borrell".
        for (std::size_t n = 0; n < kAddressees; ++n) {
            const std::size_t next = past_addressee(k, end);
            if (next == k || next >= end) break;
            if (mention_starting(next) >= 0 || words_.determiners.count(tokens_[next].key())) k = next;
            else if (comma_before_people(next, end)) return next + 1;
            else if (!cues_.addressee_markers.count(tokens_[next].key())) break;
            else k = next;
        }
        // A comma the press often leaves between a cue and its subject: "a affirmé, le porte-parole
        // du gouvernement, X". Only a phrase that names people follows it, never "la voix tremblante".
        if (comma_before_people(k, end)) return k + 1;
        // "a déclaré, sous couvert d'anonymat, un élu …", "affirme indignée, Fatoumata": a few words
        // set off by a comma before the subject describe how it was said.
        if (mention_starting(k) < 0)
            if (const std::size_t comma = aside_comma(k, end); comma > k && comma_before_people(comma, end))
                return comma + 1;
        return k;
    }

    // The comma that closes a few plain words from k (past a comma at k), or k when none does. A
    // determiner opens the subject itself: "les fédérations de transporteurs TLF, TLF Overseas …".
    std::size_t aside_comma(std::size_t k, std::size_t end) const {
        if (k >= end) return k;
        const std::size_t first = is_punct(tokens_[k], ",") ? k + 1 : k;
        if (first >= end || words_.determiners.count(tokens_[first].key())) return k;
        for (std::size_t j = first; j < end && j < first + kMannerWords; ++j) {
            if (is_punct(tokens_[j], ",")) return j > first ? j : k;
            if (tokens_[j].kind != TokenKind::word && tokens_[j].kind != TokenKind::elision) return k;
        }
        return k;
    }

    bool comma_before_people(std::size_t k, std::size_t end) const {
        if (k + 1 >= end || !is_punct(tokens_[k], ",")) return false;
        const std::int32_t m = mention_starting(k + 1);
        return m >= 0 && names_people(m);
    }

    // Past the addressee or channel that may follow a cue ("à la presse", "à ACTUALITE.CD", "sur
    // les réseaux sociaux"), or k when none starts there.
    std::size_t past_addressee(std::size_t k, std::size_t end) const {
        if (k + 2 >= end || !cues_.addressee_markers.count(tokens_[k].key())) return k;
        const std::size_t head = addressee_head_end(k);
        // "au micro de France Inter", "lors d'une conférence de presse": the channel's complements,
        // unless one holds the subject ("dans un communiqué du ministère").
        std::size_t next = head;
        for (std::size_t n = 0; n < kChannelComplements && next + 1 < end && words_.of_words.count(tokens_[next].key()); ++n)
            next = noun_phrase_end(next + 1);
        if (next != head) {
            const std::size_t past = past_channel_modifiers(next, end);
            if (past < end && (mention_starting(past) >= 0 || words_.determiners.count(tokens_[past].key()) ||
                               comma_before_people(past, end)))
                return past;
        }
        return past_channel_modifiers(head, end);
    }

    std::size_t past_channel_modifiers(std::size_t next, std::size_t end) const {
        // "sur les réseaux sociaux le défenseur des droits": a word or two may qualify the channel.
        for (std::size_t n = 0; n < kChannelModifiers && next < end && tokens_[next].kind == TokenKind::word &&
                                !tokens_[next].capitalized && !words_.determiners.count(tokens_[next].key()) &&
                                !words_.of_words.count(tokens_[next].key()) &&
                                !cues_.addressee_markers.count(tokens_[next].key());
             ++n)
            ++next;
        return skip_insertions(next, end);
    }

    // The end of the name or noun that the addressee marker at k introduces: "à la presse",
    // "sur X", "dans un communiqué", "auprès de l'AFP".
    std::size_t addressee_head_end(std::size_t k) const {
        const std::size_t to = k + 1;
        return noun_phrase_end(words_.of_words.count(tokens_[to].key()) && to + 1 < tokens_.size() ? to + 1 : to);
    }

    // A name, or a noun with its article: "la presse", "AFP", "micro".
    std::size_t noun_phrase_end(std::size_t to) const {
        const std::int32_t m = mention_starting(to);
        return m >= 0 ? in_.mentions[static_cast<std::size_t>(m)].end
                      : to + (words_.determiners.count(tokens_[to].key()) ? 2 : 1);
    }

    // "a indiqué dans un communiqué poursuivre son opération", "a affirmé sur X être prêt": an
    // infinitive report after the channel that follows the cue; the infinitive's token, or k.
    std::size_t infinitive_past_channel(std::size_t k, std::size_t limit) const {
        if (!cues_.channel_markers.count(tokens_[k].key())) return k;
        const std::size_t past = past_addressee(k, limit);
        if (past == k) return k;
        for (std::size_t j = addressee_head_end(k); j <= past && j < limit; ++j)
            if (is_infinitive(j, limit)) return j;
        return k;
    }

    // "« Huguette » décrit une atmosphère lourde": a word or two in quotation marks that close at
    // `close` is a name or a term, no quotation a cue could follow with no comma.
    bool quoted_name(std::size_t close) const {
        const std::int32_t m = mark_at(close);
        if (m < 0) return false;
        const QuotedSpan& q = in_.marks.spans[static_cast<std::size_t>(m)];
        return q.close == close && q.close <= q.open + 1 + kMaxQuotedNameWords;
    }

    // A coordinator joins a second noun to the phrase that starts at k, before any punctuation.
    bool joins_another(std::size_t k, std::size_t end) const {
        for (std::size_t j = k + 1; j < end && j <= k + kMaxSubjectWords && tokens_[j].kind != TokenKind::punct; ++j)
            if (cues_.coordinators.count(tokens_[j].key())) return true;
        return false;
    }

    // A plural auxiliary opens the cue at k: "ont déclaré", "se sont dits".
    bool plural_auxiliary_at(std::size_t k) const {
        if (k + 1 < tokens_.size() && cues_.reflexive_pronouns.count(tokens_[k].key())) ++k;
        return cues_.plural_auxiliaries.count(tokens_[k].key()) > 0;
    }

    // A determiner before a quotation ("évoquait un « mépris inacceptable »") opens an object,
    // never a speaker. `after_words`: the cue follows plain words, not a quotation, which may be
    // its subject themselves.
    bool subject_follows(std::size_t k, std::size_t end, bool after_words = false) const {
        k = subject_start(k, end);
        if (k >= end) return false;
        if (mention_starting(k) >= 0 || indefinite_subject_end(k, end) > k ||
            two_word_pronoun(k).kind != Ref::Kind::none)
            return true;
        // "a déclaré au sujet de la junte : « … »": a preposition fused with its article opens a
        // complement, never the subject.
        if (words_.contractions.count(tokens_[k].key())) return false;
        if (const Determiner* d = words_.determiners.value(tokens_[k].key())) {
            if (k + 1 >= end || tokens_[k + 1].kind == TokenKind::quote_open) return false;
            // "X, condamné en mai, demande un nouveau procès", "a annoncé sa présence": after words
            // and an indefinite or a possessive determiner, the noun phrase is the verb's object
            // unless its noun may speak. After a quotation any noun speaks: "répond une vendeuse".
            return d->definite || !after_words || may_speak(k + 1, end);
        }
        return tokens_[k].capitalized && tokens_[k].kind == TokenKind::word;
    }

    // The noun at k, or after one modifier, names someone who may speak: a role, in the singular
    // or the plural ("un proche", "des sources", "un manifestant", "son ancien avocat"), a
    // statement ("un communiqué") or a name.
    bool may_speak(std::size_t k, std::size_t end) const {
        for (std::size_t j = k; j < end && j < k + 2; ++j) {
            const Token& t = tokens_[j];
            if (t.kind != TokenKind::word) return false;
            const std::string& w = t.folded();
            const bool plural = w.size() > 3 && (w.back() == 's' || w.back() == 'x');
            if (t.capitalized || words_.roles.count(t.key()) || cues_.statement_nouns.count(t.key()) ||
                cues_.speech_nouns.count(t.key()) || words_.roles.count(w + "s") ||
                (plural && words_.roles.count(std::string_view(w).substr(0, w.size() - 1))))
                return true;
        }
        return false;
    }

    Ref subject_after(std::size_t k, std::size_t end, std::size_t& after) {
        k = subject_start(k, end);
        after = k;
        if (k >= end) return {};
        // "a répondu ce dernier", "a ajouté celui qui est aussi …": who was just named.
        if (const Ref latest = two_word_pronoun(k); latest.kind != Ref::Kind::none) {
            after = k + 2;
            return latest;
        }
        if (const std::int32_t m = mention_starting(k); m >= 0) {
            after = in_.mentions[static_cast<std::size_t>(m)].end;
            // "Julie et Thomas Dubosc": two people who speak together.
            const std::int32_t second = after + 1 < end && tokens_[after].folded() == "et" ? mention_starting(after + 1) : -1;
            if (second >= 0) {
                const std::size_t last = in_.mentions[static_cast<std::size_t>(second)].end;
                const std::size_t first = k;
                after = last;
                Ref both = phrase_ref(first, last);
                table_.entities()[both.entity].plural = true;
                return both;
            }
            return mention_ref(m);
        }
        if (const std::size_t e = indefinite_subject_end(k, end); e > k) {
            after = e;
            // "certains", "plusieurs": a word that names nobody alone names some people here.
            return e == k + 1 ? entity_ref(table_.add_phrase(cover(k, e), EntityType::group)) : phrase_ref(k, e);
        }
        const Token& t = tokens_[k];
        if (!t.capitalized && !words_.determiners.count(t.key())) return {};
        after = description_end(k + 1, end, k + kMaxSubjectWords);
        return phrase_ref(k, after);
    }

    // "…, a-t-on appris de source judiciaire", "…, indique-t-on à la FWA": the inverted "on"
    // stands for nobody, and who told it follows its marker, when one does.
    Ref impersonal_source(std::size_t k, std::size_t end, std::size_t& after) {
        std::size_t length = 0;
        if (!starts_phrase(tokens_, k, end, cues_.impersonal_sources, &length)) return {};
        const std::size_t first = k + length;
        if (first >= end || tokens_[first].kind != TokenKind::word) return {};
        // "auprès de la gendarmerie et des pompiers": the first one named is the source.
        if (const std::int32_t m = mention_starting(first); m >= 0) {
            after = in_.mentions[static_cast<std::size_t>(m)].end;
            return mention_ref(m);
        }
        if (Ref who = subject_after(first, end, after); who.kind != Ref::Kind::none) return who;
        after = description_end(first + 1, end, first + kMaxSubjectWords);
        return phrase_ref(first, after);
    }

    // Where a description that goes on at `from` ends, by `limit` at most: at a word that stops a
    // role, but an article after "de" goes on with the complement ("un officiel de la commission"),
    // and a "de" left at the end is not part of it.
    std::size_t description_end(std::size_t from, std::size_t end, std::size_t limit) const {
        std::size_t e = from;
        while (e < end && e < limit && (tokens_[e].kind == TokenKind::word || tokens_[e].kind == TokenKind::elision) &&
               (!words_.role_stops.count(tokens_[e].key()) ||
                (words_.of_words.count(tokens_[e - 1].key()) && words_.determiners.count(tokens_[e].key()))))
            ++e;
        if (e > from && words_.of_words.count(tokens_[e - 1].key())) --e;
        return participle_complement_end(tokens_, words_, from, e, end);
    }

    // Where an indefinite subject that starts at k ends, with what it is part of: "l'un d'entre
    // eux", "l'une des ouvrières", "un de ses collègues", "d'autres"; k when none starts there.
    std::size_t indefinite_subject_end(std::size_t k, std::size_t end) const {
        std::size_t length = 0;
        if (!starts_phrase(tokens_, k, end, cues_.indefinite_subjects, &length)) return k;
        std::size_t e = k + length;
        // "plusieurs locataires" is a determiner and its noun, read as any description.
        const bool alone = e >= end || (tokens_[e].kind != TokenKind::word && tokens_[e].kind != TokenKind::elision);
        if (!alone && !words_.of_words.count(tokens_[e].key()) && length == 1) return k;
        // "un de ses collègues" is someone; "un" alone opens an object: "évoquait un « mépris »".
        if (alone && length == 1 && cues_.singular_determiners.count(tokens_[k].key())) return k;
        // "un des organisateurs de la grève", "l'une des ouvrières de l'usine".
        if (e + 1 < end && words_.of_words.count(tokens_[e].key()))
            e = description_end(e + 2, end, e + kMaxSubjectWords);
        return e;
    }

    // The subject before a cue: "M. Peskov a déclaré", "Moscou, lundi, a accusé", "il a estimé",
    // "M. X, qui a déclaré".
    Ref subject_before(std::size_t cue, std::size_t first) {
        std::size_t k = cue;
        // "Le maire nous explique", "Lucie lui a répondu": an object pronoun after the subject.
        if (k > first + 1 && cues_.clitics.count(tokens_[k - 1].key())) --k;
        while (k > first && (is_insertion(tokens_, k - 1, cues_, in_.calendar) || is_punct(tokens_[k - 1], ","))) --k;
        if (k == first) return {};
        std::size_t last = k - 1;
        // "Béatrice Gailliout (Progressistes et républicains) a déploré": the parenthesis after a
        // subject gives its party, its age or its town.
        // A name's acronym in brackets is part of the name: "La Communauté économique des États de
        // l'Afrique de l'Ouest (CEDEAO) a condamné".
        if (is_punct(tokens_[last], ")") && mention_ending(last) < 0)
            if (const std::size_t open = bracket_opening(last, first + 1); open < last) last = open - 1;
        const bool relative = tokens_[last].folded() == "qui" && last > first;
        if (relative) {
            last = last - 1;
            if (is_punct(tokens_[last], ",") && last > first) --last;
        }
        // "Les dirigeants, entrés en fonction après la guerre contre le Hezbollah, ont réaffirmé": a
        // name that ends such an aside is not the subject; what stands before the aside is.
        // Asides may follow one another: "L'Azerbaïdjan, riche de son pétrole, et dont le budget …
        // dépasse celui de l'Arménie, menace …".
        if (!relative && cue > first + 3 && is_punct(tokens_[cue - 1], ","))
            for (std::size_t comma = cue - 1, n = 0; n < kMaxAsides; ++n) {
                const std::size_t aside = describing_aside(comma, first);
                if (aside >= comma) break;
                // "Jasmine Trinca qui, au-delà des émotions, déclare": the relative stands for the subject.
                std::size_t before = aside - 2;
                // "Le gouverneur a, dans le sillage de l'annonce, détaillé …": the aside splits the verb.
                if (is_auxiliary(before) && before > first) --before;
                if (cues_.relatives.count(tokens_[before].key()) && before > first) {
                    --before;
                    if (is_punct(tokens_[before], ",") && before > first) --before;
                }
                if (const std::int32_t m = mention_ending(before); m >= 0) {
                    // "Le porte-parole de la Défense civile dans la bande de Gaza, dévastée par …,":
                    // a place that completes the description is not who speaks; the description is.
                    const std::size_t start = in_.mentions[static_cast<std::size_t>(m)].first;
                    if (names_people(m) || start <= first || !complement_of_noun(start, first)) return mention_ref(m);
                    if (const Ref who = sentence_subject(first, start); who.kind != Ref::Kind::none) return who;
                    return mention_ref(m);
                }
                if (const Ref who = description_ending(before, first); who.kind != Ref::Kind::none) return who;
                comma = aside - 1;
            }
        // "Léonus Sautron qui possède aussi une épicerie raconte": a relative clause with no
        // commas between the subject and its cue.
        if (!relative)
            for (std::size_t j = last; j > first + 1 && j + kAsideWords > last; --j) {
                if (tokens_[j].kind == TokenKind::punct || mark_at(j) >= 0) break;
                if (!cues_.relatives.count(tokens_[j].key())) continue;
                const std::int32_t m = mention_ending(j - 1);
                if (m >= 0 && !is_bare_name(m)) return mention_ref(m);
                break;
            }
        if (const std::int32_t m = mention_ending(last); m >= 0) {
            // "médecin à l'hôpital de Toulouse témoigne": a place after a preposition is where
            // the subject works or lives, not the subject.
            const std::size_t start = in_.mentions[static_cast<std::size_t>(m)].first;
            // "Jean Roy, l'agent du joueur, explique": the description is set beside the speaker.
            if (const std::int32_t holder = in_.mentions[static_cast<std::size_t>(m)].name.size() ? -1 : apposed_to(start, cue, first);
                holder >= 0)
                return mention_ref(holder);
            // So is an institution: "Les coprésidents du Groupe de Minsk", "Un officiel de la CENI".
            if (!names_people(m) && start > first && complement_of_noun(start, first)) {
                // The whole description when it opens on its article: "Un porte-parole de la
                // gendarmerie en région Paca".
                if (const Ref who = description_ending(last, first); who.kind != Ref::Kind::none) return who;
                if (const Ref who = sentence_subject(first, start); who.kind != Ref::Kind::none) return who;
                // "Les militaires auteurs d'un coup d'État au Niger ont annoncé": a description.
                return start >= first + 2 ? description_ending(start - 2, first) : Ref{};
            }
            if (const std::int32_t holder = role_holder(m, first); holder >= 0) return mention_ref(holder);
            if (const std::size_t one = one_of(start, first); one < start) return phrase_ref(one, last + 1);
            // "Bakou et Erevan s'accusent …": two names that open the clause speak together.
            if (start >= first + 2 && tokens_[start - 1].folded() == "et")
                if (const std::int32_t other = mention_ending(start - 2);
                    other >= 0 && in_.mentions[static_cast<std::size_t>(other)].first == first && is_bare_name(other) == is_bare_name(m)) {
                    const Ref both = phrase_ref(first, last + 1);
                    if (both.kind == Ref::Kind::entity) table_.entities()[both.entity].plural = true;
                    return both;
                }
            return mention_ref(m);
        }
        if (words_.pronouns.count(tokens_[last].key()) && tokens_[last].kind == TokenKind::word)
            return pronoun_ref(tokens_[last].folded());
        if (const Ref two = two_word_pronoun(last); two.kind != Ref::Kind::none) return two;
        if (relative) return relative_antecedent(last, first);
        // "La direction a reconnu ... mais a assuré que": the subject of the first verb.
        if (cues_.coordinators.count(tokens_[last].key())) return sentence_subject(sentence_first_, last);
        // "Le syndicat Sud Santé, à l'origine du mouvement, estime": skip the aside, or two of them
        // ("Lucie, vendeuse, à deux pas de la gare, raconte").
        if (is_punct(tokens_[cue - 1], ",") || (cue >= 2 && is_punct(tokens_[k], ","))) {
            std::size_t asides = 0, aside_end = last;
            for (std::size_t j = last; j > first && j + kAsideWords > aside_end && asides < kMaxAsides; --j) {
                if (!is_punct(tokens_[j - 1], ",")) continue;
                if (j >= 2)
                    if (const std::int32_t m = mention_ending(j - 2); m >= 0) return mention_ref(m);
                // "Les dirigeants du pays, entrés en fonction l'an dernier, ont réaffirmé".
                if (j >= 2 && j - 2 >= first)
                    if (const Ref who = description_ending(j - 2, first); who.kind != Ref::Kind::none) return who;
                ++asides;
                aside_end = j - 1;
            }
        }
        // "les négociateurs … pour un cessez-le-feu et la libération d'otages ont exprimé": a plural
        // auxiliary has no singular description for subject, but the clause's first one.
        if (plural_auxiliary_at(cue)) {
            std::size_t start = last;
            while (start > first &&
                   (tokens_[start - 1].kind == TokenKind::word || tokens_[start - 1].kind == TokenKind::elision) &&
                   !opens_subject(tokens_[start - 1]))
                --start;
            if (cues_.singular_determiners.count(tokens_[start].key()))
                if (const Ref who = sentence_subject(first, start); who.kind != Ref::Kind::none) return who;
        }
        return description_ending(last, first);
    }

    // The person named before a description that opens on its article between commas just before
    // the cue, when the name opens its clause or an aside of its own: "Alors que …, Jean Roy,
    // l'agent du joueur, explique". A role before a name is no such person: "Le porte-parole,
    // l'adjoint Marc Viel, a rejeté". Returns that mention, or -1.
    std::int32_t apposed_to(std::size_t inside, std::size_t cue, std::size_t first) const {
        if (!is_punct(tokens_[cue - 1], ",")) return -1;
        const std::size_t j = aside_start(inside, first);
        if (j < first + 2 || !is_punct(tokens_[j - 1], ",") || !words_.determiners.count(tokens_[j].key())) return -1;
        const std::int32_t m = mention_ending(j - 2);
        if (m < 0 || !names_people(m) || in_.mentions[static_cast<std::size_t>(m)].name.size() == 0) return -1;
        const std::size_t named = in_.mentions[static_cast<std::size_t>(m)].first;
        return named == first || (named > first && is_punct(tokens_[named - 1], ",")) ? m : -1;
    }

    // Where the stretch that holds token `at` starts: past the comma before it, within an aside's
    // length, or at `first`.
    std::size_t aside_start(std::size_t at, std::size_t first) const {
        std::size_t j = at;
        while (j > first && at - j < kAsideWords && !is_punct(tokens_[j - 1], ",")) --j;
        return j;
    }

    // "Une des infirmières", "un de ses voisins": where "un" opens the mention that starts at
    // `start`, one of those it names; `start` when it does not.
    std::size_t one_of(std::size_t start, std::size_t first) const {
        // A mention may start before its clause, across a line ("l'mere⏎L dit" under a title).
        if (start <= first) return start;
        std::size_t j = start;
        if (words_.of_words.count(tokens_[j - 1].key())) --j;
        else if (!words_.of_words.count(tokens_[j].key()) && !words_.determiners.count(tokens_[j].key())) return start;
        if (j == first || !cues_.singular_determiners.count(tokens_[j - 1].key())) return start;
        std::size_t length = 0;
        return starts_phrase(tokens_, j - 1, j, cues_.indefinite_subjects, &length) && length == 1 ? j - 1 : start;
    }

    // A name that starts at `start` completes a noun before it: "médecin à l'hôpital de Toulouse",
    // "le groupement de gendarmerie de Meurthe-et-Moselle", "la gendarmerie en région Paca", past a
    // common noun or two after the preposition.
    bool complement_of_noun(std::size_t start, std::size_t first) const {
        std::size_t k = start;
        for (std::size_t n = 0; n <= kComplementNouns && k > first; ++n, --k) {
            const Token& t = tokens_[k - 1];
            if (cues_.place_prepositions.count(t.key()) || words_.of_words.count(t.key()) ||
                cues_.contracted_articles.count(t.key()))
                return k - 1 > first;
            if (t.kind != TokenKind::word || t.capitalized) return false;
        }
        return false;
    }

    // "Hélène Marchal, cheffe du groupe Valbourg Demain, accuse …": the name that ends before the
    // cue closes a role in apposition; the one named before the role holds it and speaks. Returns
    // that mention, or -1.
    std::int32_t role_holder(std::int32_t m, std::size_t first) const {
        const Mention& group = in_.mentions[static_cast<std::size_t>(m)];
        const std::size_t j = aside_start(group.first, first);
        // The role is bare and comes before the name ("En RDC, les rescapés de Kishishe accusent",
        // "Au sujet de la Russie, le Premier ministre a affirmé": the subject after a scene).
        if (j < first + 2 || j == group.first || !is_punct(tokens_[j - 1], ",") ||
            words_.determiners.count(tokens_[j].key()) || !role_apposition(j, group.end))
            return -1;
        return mention_ending(j - 2);
    }

    // Tokens [from, end) are a role in apposition, words only: "cheffe de file du groupe X".
    bool role_apposition(std::size_t from, std::size_t end) const {
        if (end <= from || end - from > kAsideWords || !starts_role(from)) return false;
        for (std::size_t k = from; k < end; ++k)
            if (tokens_[k].kind != TokenKind::word && tokens_[k].kind != TokenKind::elision) return false;
        return true;
    }

    // The noun phrase a relative pronoun stands for when no name ends before it: "a réuni quelques
    // centaines de personnes, qui ont dénoncé", from the nearest article that no preposition holds.
    Ref relative_antecedent(std::size_t last, std::size_t first) {
        for (std::size_t k = last + 1; k > first && last + 1 - k < kMaxSubjectWords;) {
            const Token& t = tokens_[--k];
            if (t.kind != TokenKind::word && t.kind != TokenKind::elision) return {};
            if (words_.determiners.count(t.key()) && !cues_.contracted_articles.count(t.key())) return phrase_ref(k, last + 1);
        }
        return {};
    }

    // A description with no known head that ends at `last`: "L'ancien champion a déclaré", and
    // after what sets the scene: "Dans leur lettre, ces derniers ont dénoncé", "Grève : les
    // syndicats déplorent", "NANTES, 3 mai (AFP) - L'agence pour l'emploi a annoncé".
    Ref description_ending(std::size_t last, std::size_t first) {
        std::size_t start = last;
        // "Les élus du département et de la région": a conjunction before a preposition joins two
        // complements of one noun, and opens no subject.
        const auto joins_complements = [&](std::size_t k) {
            return cues_.coordinators.count(tokens_[k - 1].key()) &&
                   (cues_.infinitive_markers.count(tokens_[k].key()) || cues_.contracted_articles.count(tokens_[k].key()));
        };
        while (start > first && !is_punct(tokens_[start - 1], ",") && !is_punct(tokens_[start - 1], ":") &&
               !is_dash(tokens_[start - 1]) && (!opens_subject(tokens_[start - 1]) || joins_complements(start)))
            --start;
        start = past_joined_adjective(start, last, first);
        if (last + 1 - start <= kMaxSubjectWords && words_.determiners.count(tokens_[start].key()) &&
            !has_marks(start, last + 1))
            return phrase_ref(start, last + 1);
        return {};
    }

    // "Les dirigeants arménien et azerbaïdjanais ont salué": two adjectives joined by "et" describe
    // one subject, which goes back past the "et" to its article. Returns where the description
    // starts: that article, or `start` when the word at `last` is no such adjective.
    std::size_t past_joined_adjective(std::size_t start, std::size_t last, std::size_t first) const {
        constexpr std::size_t kMinAdjectiveBytes = 4;  // "on", "je" after "et" open a clause of their own
        const Token& adjective = tokens_[start];
        if (start <= first + 1 || start != last || adjective.folded().size() < kMinAdjectiveBytes ||
            words_.determiners.count(adjective.key()) || words_.pronouns.count(adjective.key()) ||
            cues_.first_person.count(adjective.key()) || !cues_.coordinators.count(tokens_[start - 1].key()) ||
            tokens_[start - 2].kind != TokenKind::word || tokens_[start - 2].capitalized)
            return start;
        for (std::size_t k = start - 2; k > first && last + 1 - k <= kMaxSubjectWords; --k) {
            const Token& before = tokens_[k - 1];
            if (words_.determiners.count(before.key()) && !cues_.contracted_articles.count(before.key())) return k - 1;
            if (before.kind != TokenKind::word) break;
        }
        return start;
    }

    // "… quand d'autres évoquent", "… mais certains estiment": a word after which a new subject starts.
    bool opens_subject(const Token& t) const {
        const WordKey key = t.key();
        return cues_.coordinators.count(key) || cues_.complementizers.count(key) || cues_.relatives.count(key) ||
               cues_.subordinators.count(key);
    }

    // The speaker of a clause when the sentence gave none yet: its first mention, before `limit`,
    // past a bare name a preposition governs ("En plein bourg de Bellot, on retrouve Jocelyne :")
    // and past an agent ("Interrogé par Radio Valbourg, le ministre …").
    Ref sentence_subject(std::size_t first, std::size_t limit) {
        limit = std::min(limit, first + kMaxClauseTokens);
        for (std::size_t k = first; k < limit; ++k) {
            if (mark_at(k) >= 0) return {};
            if (const std::int32_t m = mention_starting(k); m >= 0) {
                const bool governed = k > first && (cues_.place_prepositions.count(tokens_[k - 1].key()) ||
                                                    words_.of_words.count(tokens_[k - 1].key()));
                if ((!governed || !is_bare_name(m)) && !after_agent_marker(k, first)) return mention_ref(m);
                k = in_.mentions[static_cast<std::size_t>(m)].end - 1;
                continue;
            }
            if (tokens_[k].kind == TokenKind::word && words_.pronouns.count(tokens_[k].key()))
                return pronoun_ref(tokens_[k].folded());
        }
        return {};
    }

    // "par l'AFP", "par Reuters": the name at k is an agent, no subject.
    bool after_agent_marker(std::size_t k, std::size_t first) const {
        if (k > first + 1 && words_.determiners.count(tokens_[k - 1].key())) --k;
        return k > first && words_.agent_markers.count(tokens_[k - 1].key());
    }

    // The subject of the sentence a "pour dénoncer" ends: a pronoun or a mention that opens it, or
    // that follows the comma of an opening phrase ("Lors du rassemblement, Laurent Renaud a …").
    // A name further in is governed by a preposition: "… ont manifesté dans toute la France pour …".
    // A count opens a subject the mention finder did not keep: "Une centaine de manifestants". A
    // number alone may be anything: "2024 sera une année …".
    Ref purpose_subject(std::size_t cue) {
        const std::size_t first = sentence_first_;
        if (tokens_[first].kind == TokenKind::word && words_.pronouns.count(tokens_[first].key()))
            return pronoun_ref(tokens_[first].folded());
        std::size_t length = 0;
        const std::size_t counted = starts_phrase(tokens_, first, cue, cues_.counted_subjects, &length) ? first + length : first;
        if (counted > first && counted < cue && tokens_[counted].kind == TokenKind::word && !tokens_[counted].capitalized) {
            // "Des dizaines de milliers de partisans": a count may count counts.
            std::size_t end = counted + 1;
            while (end + 1 < cue && (tokens_[end].folded() == "de" || tokens_[end].folded() == "d'") &&
                   tokens_[end + 1].kind == TokenKind::word && !tokens_[end + 1].capitalized &&
                   !words_.determiners.count(tokens_[end + 1].key()))
                end += 2;
            return phrase_ref(first, end);
        }
        for (std::size_t k = first; k < cue; ++k)
            if (const std::int32_t m = mention_starting(k);
                m >= 0 && subjects_[static_cast<std::size_t>(m)] && (k == first || is_punct(tokens_[k - 1], ",")))
                return mention_ref(m);
        return {};
    }

    bool is_infinitive(std::size_t k, std::size_t limit) const {
        // "ne pas dire", "n'avoir", "ne jamais en avoir": the infinitive is among the next words.
        if (k < limit && cues_.negations.count(tokens_[k].key())) {
            for (std::size_t j = k + 1; j < limit && j <= k + kNegationWords; ++j)
                if (ends_as_infinitive(j)) return true;
            return false;
        }
        return k < limit && ends_as_infinitive(k);
    }

    bool ends_as_infinitive(std::size_t k) const { return ends_with_any(k, cues_.infinitive_endings); }

    bool ends_with_any(std::size_t k, const std::vector<std::string>& endings) const {
        if (tokens_[k].kind != TokenKind::word || tokens_[k].capitalized) return false;
        return ends_with_one_of(tokens_[k].folded(), endings, 1);
    }

    // The first token of a pronoun or a mention that stands between a comma and token k, or k;
    // "…, le Kremlin a indiqué": the article of a name is part of it.
    std::size_t subject_after_comma(std::size_t k) const {
        if (k < 2) return k;
        std::size_t s = k;
        if (tokens_[k - 1].kind == TokenKind::word && words_.pronouns.count(tokens_[k - 1].key())) s = k - 1;
        else if (const std::int32_t m = mention_ending(k - 1); m >= 0) s = in_.mentions[static_cast<std::size_t>(m)].first;
        if (s < k && s > 1 && words_.determiners.count(tokens_[s - 1].key())) --s;
        return s < k && s > 0 && is_punct(tokens_[s - 1], ",") ? s : k;
    }

    // Where the quotation that a cue at k reports starts when a colon introduces it: "a rappelé
    // que A : « B », a-t-il affirmé" reports B by the later cue and A by the first; else k.
    std::size_t introduced_start(std::size_t k) const {
        if (k < 3 || !is_punct(tokens_[k - 1], ",") || tokens_[k - 2].kind != TokenKind::quote_close) return k;
        const std::int32_t m = mark_at(k - 2);
        if (m < 0) return k;
        const std::size_t open = in_.marks.spans[static_cast<std::size_t>(m)].open;
        return open > 0 && is_punct(tokens_[open - 1], ":") ? open - 1 : k;
    }

    // The first token of the words that lead to a gerund cue at k: "en", "tout en", ", lui".
    std::size_t gerund_start(std::size_t k) const {
        if (k > 1 && cues_.gerund_clitics.count(tokens_[k - 1].key())) --k;
        if (k == 0 || !cues_.gerund_markers.count(tokens_[k - 1].key())) return k;
        for (--k; k > 0 && cues_.gerund_adverbs.count(tokens_[k - 1].key());) --k;
        return k;
    }

    // A reported clause runs until a later cue that opens a report of its own: one set off by a
    // comma (", a-t-il ajouté", ", selon X", ", accusant ...") or a conjunction ("mais a assuré"),
    // or inverted. A verb inside the clause ("qui s'annonce difficile") does not end it.
    // Returns, for each cue, where the clause it opens must stop; computed backwards in one pass.
    std::vector<std::size_t> clause_limits(const std::vector<Cue>& cues, std::size_t e) const {
        std::vector<std::size_t> limits(cues.size() + 1, e);
        for (std::size_t c = cues.size(); c-- > 0;) {
            const std::size_t k = before_cue(cues[c], 0);
            std::size_t boundary = limits[c + 1];
            // "selon lesquelles" opens a report of its own, comma or not.
            if (cues[c].kind == CueKind::inverted || cues[c].kind == CueKind::according_relative) boundary = introduced_start(k);
            // ", en considérant que ...", "tout en appelant à ...": a gerund reports on its own.
            else if (cues[c].kind == CueKind::gerund) boundary = gerund_start(k);
            // "Pour les autorités, A, qui selon elles, B": "selon" after such a word reports B.
            else if (cues[c].kind == CueKind::according && according_opener(k, 0) < k) boundary = according_opener(k, 0);
            else if (k > 0 && cues_.coordinators.count(tokens_[k - 1].key())) boundary = k - 1;
            // "… les déclarations de Volodymyr Zelensky, qui s'est dit prêt à …": the relative's
            // cue reports for the name before it, and ends the clause before it.
            else if (const std::size_t rel = relative_before(k); rel < k && tokens_[rel].folded() == "qui" && rel > 0 &&
                                                                 names_antecedent(rel))
                boundary = is_punct(tokens_[rel - 1], ",") ? rel - 1 : rel;
            else if (k > 0 && is_punct(tokens_[k - 1], ",")) boundary = introduced_start(k);
            // "..., elle répond : « ... »", "..., le maire a ajouté que": a new subject after the
            // comma starts the next report. After "Selon lui," the clause is what he said, its verb
            // included ("Selon lui, l'Ukraine rejette …").
            else if (const std::size_t s = subject_after_comma(k); s < k && (c == 0 || cues[c - 1].kind != CueKind::according))
                boundary = s;
            limits[c] = boundary;
        }
        return limits;
    }

    // The relative pronoun right before the cue at k, past an object pronoun ("qui les a accusés");
    // k when there is none.
    std::size_t relative_before(std::size_t k) const {
        std::size_t j = k;
        if (j > 1 && cues_.clitics.count(tokens_[j - 1].key()) && tokens_[j - 1].kind == TokenKind::word) --j;
        return j > 0 && cues_.relatives.count(tokens_[j - 1].key()) ? j - 1 : k;
    }

    // Where the bracket that the ")" at `close` ends was opened, a few words back and after
    // `floor`; `close` when none was.
    std::size_t bracket_opening(std::size_t close, std::size_t floor) const {
        for (std::size_t j = close; j > floor && j + kAsideWords > close; --j)
            if (is_punct(tokens_[j - 1], "(")) return j - 1;
        return close;
    }

    // Whether a name stands right before the relative at `rel`, past a comma and a parenthesis:
    // "Human Rights Watch (HRW) qui", "Volodymyr Zelensky, qui".
    bool names_antecedent(std::size_t rel) const {
        std::size_t k = rel;
        if (k > 0 && is_punct(tokens_[k - 1], ",")) --k;
        if (k > 0 && mention_ending(k - 1) >= 0) return true;
        if (k > 0 && is_punct(tokens_[k - 1], ")")) k = bracket_opening(k - 1, 0);
        return k > 0 && mention_ending(k - 1) >= 0;
    }

    void sentence(const Sentence& s) {
        const std::size_t f = s.first_token, e = s.end_token;
        sentence_first_ = f;
        report_before(s);
        read_reports(f, e, s.paragraph);
        standalone(f, e, s.paragraph);
        if (in_.titled && f == in_.index.sentences.front().first_token) attributed_headline(f, e);
    }

    // The reports cued in tokens [f, e), clause by clause.
    void read_reports(std::size_t f, std::size_t e, std::size_t paragraph) {
        std::vector<Cue> cues;
        for (std::size_t k = f; k < e; ++k) {
            if (mark_at(k) >= 0 || !*opens_cue_.find(tokens_[k])) continue;
            if (auto c = match_cue(in_.text, tokens_, k, e, in_.lexicon, in_.calendar)) {
                // "Pour le préfet, …" opens its sentence, what follows a colon ("Fusion: Pour X, …") or
                // a clause joined by a conjunction ("…, mais pour le maire, …").
                // "…, et pour masquer son refus" is a purpose, not a source. So does it after an
                // opening adverbial: "Toutefois, pour ce dernier, …".
                const bool joined = k > f && cues_.coordinators.count(tokens_[k - 1].key()) && c->end < e && opens_clause(c->end);
                if ((c->needs_person || c->narrative) && k != f &&
                    !(c->needs_person && (is_punct(tokens_[k - 1], ":") || joined || opening_adverbial(f, k))))
                    continue;
                cues.push_back(*c);
                k = c->end - 1;
            }
        }
        cues = reported_by_later_cues(std::move(cues), f, e);
        std::size_t clause_start = f;
        Ref last{};
        const std::vector<std::size_t> limits = clause_limits(cues, e);
        for (std::size_t c = 0; c < cues.size(); ++c) {
            const Cue& cue = cues[c];
            if (cue.first < clause_start || cue.relay_only) continue;
            const std::size_t limit = limits[c + 1];
            // Inside a quotation, only a report its speaker tells ("il m'a dit que …"): a cue after
            // its words is the quotation's own incise.
            if (quoted_span_ >= 0 && (cue.kind != CueKind::verb || is_postposed(cue, clause_start, e))) continue;
            // Each reader returns where the text it reported ends, or 0 when the cue reported nothing.
            std::size_t consumed = 0;
            switch (cue.kind) {
                case CueKind::according_relative: consumed = according_relative(cue, f, limit, paragraph, last); break;
                case CueKind::according: consumed = according(cue, clause_start, e, limit, paragraph, last); break;
                case CueKind::gerund: consumed = gerund(cue, f, limit, paragraph, last); break;
                case CueKind::verb:
                case CueKind::inverted: consumed = verb(cue, clause_start, e, limit, paragraph, last); break;
            }
            clause_start = std::max(clause_start, consumed);
        }
    }

    // "« Il m'a dit qu'il n'en était pas question », raconte X": the reports a direct quotation
    // tells are quotations too, read as the sentences around it are with its marks set aside. They
    // take nobody's turn; with no one named to make them ("on nous a dit que …") they are the
    // speaker's own telling. What the speaker says they said ("J'ai répondu que …") is not
    // counted apart: their whole quotation already is.
    void reports_inside(std::size_t mark, const QuoteDraft& outer) {
        const QuotedSpan& q = in_.marks.spans[mark];
        const std::size_t first = q.open + 1, end = q.closed ? q.close : q.close + 1;
        const std::size_t before = out_.size();
        quoted_span_ = static_cast<std::int32_t>(mark);
        quoted_before_ = before;
        quoted_content_ = q.content;
        // A quotation's sentences are one sentence of the text: they are cut at their stops here.
        for (std::size_t f = first; f < end;) {
            std::size_t e = std::min(in_.index.sentences[sentence_of(f)].end_token, end);
            for (std::size_t k = f; k < e; ++k)
                if (is_end(tokens_[k])) {
                    e = k + 1;
                    break;
                }
            sentence_first_ = f;
            read_reports(f, e, outer.paragraph);
            f = e;
        }
        quoted_span_ = -1;
        for (std::size_t d = before; d < out_.size(); ++d) {
            out_[d].nested = true;
            if (out_[d].speaker.kind == Ref::Kind::none) out_[d].speaker = outer.speaker;
        }
    }

    // The quotation marks whose content starts at byte `pos`, or -1.
    std::int32_t mark_of(std::size_t pos) const {
        const std::size_t at = first_token_from(tokens_, pos);
        if (at == tokens_.size() || tokens_[at].span().start != pos) return -1;
        const std::int32_t m = in_.marks.span_of_token[at];
        return m >= 0 && in_.marks.spans[static_cast<std::size_t>(m)].content.start == pos ? m : -1;
    }


    static bool overlaps(const QuoteDraft& q, Span span) { return q.span.start < span.end && span.start < q.span.end; }
    // The first draft that may overlap `span`: every one before it ends at or before its start.
    std::size_t first_overlapping(Span span) {
        for (std::size_t d = max_end_.size(); d < out_.size(); ++d)
            max_end_.push_back(std::max(d > 0 ? max_end_[d - 1] : 0, static_cast<std::size_t>(out_[d].span.end)));
        return static_cast<std::size_t>(std::upper_bound(max_end_.begin(), max_end_.end(), static_cast<std::size_t>(span.start)) -
                                        max_end_.begin());
    }

    // Erases the drafts from `from` on that `pred` holds; the greatest ends before `from` stay true.
    template <class Pred>
    void erase_drafts(Pred pred, std::size_t from = 0) {
        out_.erase(std::remove_if(out_.begin() + static_cast<std::ptrdiff_t>(from), out_.end(), pred), out_.end());
        max_end_.resize(std::min(from, max_end_.size()));
    }

    bool found_in(Span span) {
        for (std::size_t d = first_overlapping(span); d < out_.size(); ++d) {
            const QuoteDraft& q = out_[d];
            // Inside a quotation, the quotation itself is no earlier finding.
            const bool outer = quoted_span_ >= 0 && d < quoted_before_ && q.span.start >= quoted_content_.start &&
                               q.span.end <= quoted_content_.end;
            if (!outer && overlaps(q, span)) return true;
        }
        return false;
    }

    // "L'armée a occupé dix kilomètres carrés de plus (Pachinian)": a title that ends on a name in
    // parentheses is that name's words, the agencies' way of saying who said it. Only the title: a
    // caption's "6 août 2020, Hoerdt (Alsace)" in a first paragraph says where.
    void attributed_headline(std::size_t f, std::size_t e) {
        std::size_t end = e;
        while (end > f && is_end(tokens_[end - 1])) --end;
        if (end < f + 4 || !is_punct(tokens_[end - 1], ")")) return;
        const std::int32_t m = mention_ending(end - 2);
        if (m < 0) return;
        // "(AFP)", "(Reuters)" credit the story, not the words.
        const Mention& name = in_.mentions[static_cast<std::size_t>(m)];
        if (is_upper_case(in_.text.substr(name.span.start, name.span.size())) || cues_.agencies.count(tokens_[name.first].key()))
            return;
        const std::size_t open = name.first - 1;
        if (open <= f + 1 || !is_punct(tokens_[open], "(")) return;
        const Span span = cover(f, open);
        if (found_in(span)) return;
        const QuoteKind kind = has_marks(f, open) ? QuoteKind::mixed : QuoteKind::indirect;
        out_.push_back({kind, span, Span{}, mention_ref(m), 0, 0.6});
    }

    // "Aliyev : pas de paix sans nouvelle Constitution": a title that opens on the name of someone
    // who speaks in the article, then a colon or a dash, gives that person's words. Looked at once
    // the body was read, since a title about someone ("Mbappé : sa nouvelle vie") has the same shape
    // and only their speaking elsewhere tells the two apart. The label may be any name the body
    // gives them ("Président algérien : …"), and words in the first person are theirs verbatim.
    void speaker_headline() {
        if (!in_.titled || in_.index.sentences.empty() || in_.index.sentences[0].paragraph != 0) return;
        const std::size_t f = in_.index.sentences[0].first_token;
        std::size_t e = in_.index.sentences[0].end_token;
        while (e > f && is_end(tokens_[e - 1])) --e;
        const auto labels = [&](std::size_t at) {
            return at + kMinHeadlineWords < e && (is_punct(tokens_[at], ":") || is_punct(tokens_[at], "-") ||
                                                  is_punct(tokens_[at], "\xE2\x80\x93"));
        };
        std::size_t after = f;
        std::optional<std::size_t> entity;
        Ref who;
        if (const std::int32_t m = mention_starting(f); m >= 0) {
            after = in_.mentions[static_cast<std::size_t>(m)].end;
            entity = in_.entity_of_mention[static_cast<std::size_t>(m)];
            who = mention_ref(m);
        }
        // "Président algérien :" alone in the title, as the body calls the president it names.
        if (!entity || !labels(after) || !table_.entities()[*entity].name_words) {
            after = f;
            while (after < e && after < f + kKickerWords && tokens_[after].kind == TokenKind::word) ++after;
            entity = entity_named(f, after);
            if (entity) who = entity_ref(*entity);
        }
        if (!entity || !labels(after)) return;
        const EntityDraft& named = table_.entities()[*entity];
        if (!named.name_words || !named.person_evidence || named.plural) return;
        const bool speaks = std::any_of(out_.begin(), out_.end(), [&](const QuoteDraft& q) {
            return q.speaker.kind == Ref::Kind::entity && q.speaker.entity == *entity;
        });
        const Span span = cover(after + 1, e);
        QuoteKind kind = has_marks(after + 1, e) ? QuoteKind::mixed : QuoteKind::indirect;
        if (kind == QuoteKind::indirect && cues_.first_person.count(tokens_[after + 1].key())) kind = QuoteKind::direct;
        // "Président algérien : Nous continuerons à …": words in the first person after the label are
        // its holder's, whether or not the body quotes them again.
        if ((!speaks && kind != QuoteKind::direct) || found_in(span)) return;
        out_.push_back({kind, span, Span{}, who, 0, 0.6});
    }

    // The entity one of whose names tokens [first, end) write, case and accents aside.
    std::optional<std::size_t> entity_named(std::size_t first, std::size_t end) const {
        if (end <= first) return std::nullopt;
        const Span span = cover(first, end);
        const std::string key = fold(in_.text.substr(span.start, span.size()));
        const auto& all = table_.entities();
        for (std::size_t k = 0; k < all.size(); ++k)
            if (all[k].alias_keys.count(key)) return k;
        return std::nullopt;
    }

    // "Mali : les troubles à Bamako ne remettent pas en cause la transition": a title that says
    // again, in most of its words, what the body reports someone said gives that person's words.
    void echoed_headline() {
        if (!in_.titled || in_.index.sentences.empty() || in_.index.sentences[0].paragraph != 0) return;
        const std::size_t f = in_.index.sentences[0].first_token;
        std::size_t e = in_.index.sentences[0].end_token;
        while (e > f && is_end(tokens_[e - 1])) --e;
        std::size_t start = f;  // past a kicker: "Mali :"
        for (std::size_t k = f; k < e && k < f + kKickerWords; ++k)
            if (is_punct(tokens_[k], ":")) start = k + 1;
        if (start + kMinHeadlineWords >= e || found_in(cover(f, e))) return;
        const auto content = [&](std::size_t k) {
            return tokens_[k].kind == TokenKind::word && tokens_[k].folded().size() >= kContentLetters;
        };
        std::vector<std::string_view> words;
        for (std::size_t k = start; k < e; ++k)
            if (content(k)) words.push_back(tokens_[k].folded());
        if (words.size() < kMinHeadlineWords) return;
        const QuoteDraft* echoed = nullptr;
        std::size_t best = 0;
        std::vector<std::string_view> said;
        for (const QuoteDraft& q : out_) {
            if (q.paragraph == 0 || q.speaker.kind != Ref::Kind::entity) continue;
            said.clear();
            for (std::size_t k = first_token_from(tokens_, q.span.start); k < tokens_.size() && tokens_[k].span().start < q.span.end; ++k)
                if (content(k)) said.push_back(tokens_[k].folded());
            const auto shared = static_cast<std::size_t>(std::count_if(words.begin(), words.end(), [&](std::string_view w) {
                return std::find(said.begin(), said.end(), w) != said.end();
            }));
            if (shared > best) {
                best = shared;
                echoed = &q;
            }
        }
        if (!echoed || best * kEchoDenominator < words.size() * kEchoNumerator) return;
        const QuoteKind kind = has_marks(start, e) ? QuoteKind::mixed : QuoteKind::indirect;
        out_.push_back({kind, cover(start, e), Span{}, echoed->speaker, 0, 0.5});
    }

    // "« Plusieurs familles » réfugiées" over a paragraph that goes on "« Plusieurs familles
    // s'étaient réfugiées dans la maison », a raconté X": a title or a heading quotes again words
    // a quotation of the body gives, and they are that speaker's.
    void echoed_marks() {
        std::vector<std::string_view> words;
        for (std::size_t m = 0; m < in_.marks.spans.size(); ++m) {
            const QuotedSpan& q = in_.marks.spans[m];
            if (!q.closed || used_[m] || q.content.size() == 0 || !in_heading(q.open) || found_in(q.content))
                continue;
            words.clear();
            for (std::size_t k = q.open + 1; k < q.close; ++k)
                if (tokens_[k].kind == TokenKind::word) words.push_back(tokens_[k].folded());
            if (words.size() < kMinEchoedWords) continue;
            const std::size_t para = in_.index.sentences[sentence_of(q.open)].paragraph;
            const auto source = std::find_if(out_.begin(), out_.end(), [&](const QuoteDraft& d) {
                return d.paragraph > para && d.speaker.kind == Ref::Kind::entity && says_again(d.span, words);
            });
            if (source == out_.end()) continue;
            used_[m] = true;
            out_.push_back({QuoteKind::direct, q.content, Span{}, source->speaker, para, 0.5});
        }
    }

    // The title, or a paragraph of one sentence with no stop and few words: a heading.
    bool in_heading(std::size_t token) const {
        const auto& ss = in_.index.sentences;
        const std::size_t s = sentence_of(token);
        if (s >= ss.size()) return false;
        if (in_.titled && ss[s].paragraph == ss.front().paragraph) return true;
        const bool alone = (s == 0 || ss[s - 1].paragraph != ss[s].paragraph) &&
                           (s + 1 == ss.size() || ss[s + 1].paragraph != ss[s].paragraph);
        return alone && ss[s].end_token - ss[s].first_token <= kMaxHeadingTokens &&
               !is_end(tokens_[ss[s].end_token - 1]);
    }

    // Whether the words of `span` hold `words` one after the other.
    bool says_again(Span span, const std::vector<std::string_view>& words) const {
        std::size_t matched = 0;
        for (std::size_t k = first_token_from(tokens_, span.start);
             k < tokens_.size() && tokens_[k].span().start < span.end; ++k) {
            if (tokens_[k].kind != TokenKind::word) continue;
            if (tokens_[k].folded() == words[matched]) {
                if (++matched == words.size()) return true;
            } else {
                matched = tokens_[k].folded() == words[0] ? 1 : 0;
            }
        }
        return false;
    }

    // "les allégations de M. X selon lesquelles ..."
    std::size_t according_relative(const Cue& cue, std::size_t f, std::size_t limit, std::size_t para, Ref& last) {
        std::size_t k = cue.first;
        if (k > f && is_punct(tokens_[k - 1], ",")) --k;
        Ref who{};
        // A speech noun ending at `at`, or the name that completes one: "les allégations de M. X".
        const auto noun_before = [&](std::size_t at) {
            if (at <= f) return false;
            if (cues_.speech_nouns.count(tokens_[at - 1].key())) return true;
            const std::int32_t m = mention_ending(at - 1);
            if (m < 0) return false;
            const std::size_t start = in_.mentions[static_cast<std::size_t>(m)].first;
            for (std::size_t j = start; j > f && j + kNounComplementWindow > start; --j)
                if (cues_.speech_nouns.count(tokens_[j - 1].key())) {
                    who = mention_ref(m, false);
                    return true;
                }
            return false;
        };
        bool noun = noun_before(k);
        // "les accusations de la junte qui a pris le pouvoir, selon lesquelles": past the relative
        // clause that tells more of the source.
        for (std::size_t j = k; !noun && j > f + 1 && k - j < kAsideWords; --j) {
            if (tokens_[j - 1].kind == TokenKind::punct || mark_at(j - 1) >= 0) break;
            if (cues_.relatives.count(tokens_[j - 1].key())) {
                noun = noun_before(j - 1);
                break;
            }
        }
        if (!noun) return 0;
        if (who.kind == Ref::Kind::none) who = denier(f, k);
        const std::size_t end = clause_end(cue.end, limit);
        emit_clause(cue.end, end, cue, who, para, who.kind == Ref::Kind::none ? 0.5 : 0.8);
        if (who.kind != Ref::Kind::none) last = who;
        return end;
    }

    // "Le ministre a démenti les informations selon lesquelles …", "elle a exprimé l'inquiétude du
    // HCR concernant des informations selon lesquelles …": whoever answers the rumour with a cue
    // whose object holds it is who the report is told by. `noun_end` is one past the speech noun.
    Ref denier(std::size_t f, std::size_t noun_end) {
        const std::size_t from = noun_end > f + kObjectReach ? noun_end - kObjectReach : f;
        for (std::size_t j = noun_end - 1; j > from; --j) {
            if (!*opens_cue_.find(tokens_[j - 1])) continue;
            const std::optional<Cue> cue = match_cue(in_.text, tokens_, j - 1, noun_end, in_.lexicon, in_.calendar);
            if (cue && cue->kind == CueKind::verb && !cue->purpose && cue->end < noun_end)
                return subject_before(cue->first, f);
        }
        return {};
    }

    // "Selon lui, ..." / "..., selon le ministère."
    std::size_t according(const Cue& cue, std::size_t clause_start, std::size_t e, std::size_t limit,
                          std::size_t para, Ref& last) {
        if (cue.end >= e) return 0;
        Ref who{};
        std::size_t after = cue.end;
        const Token& t = tokens_[cue.end];
        // "selon nos confrères de Sud Quotidien": the paper is named after the phrase.
        std::size_t relay = 0;
        const std::size_t named_from = starts_phrase(tokens_, cue.end, e, cues_.media_relays, &relay) ? cue.end + relay : cue.end;
        // "d'après l'Office ...": a name mention starts after its article.
        const std::size_t start =
            named_from + 1 < e && words_.determiners.count(tokens_[named_from].key()) && mention_starting(named_from) < 0
                ? named_from + 1
                : named_from;
        std::size_t length = 0;
        const bool pronoun = t.kind == TokenKind::word && words_.pronouns.count(t.key());
        if (pronoun) {
            who = pronoun_ref(t.folded());
            after = cue.end + 1;
        } else if (const Ref latest = two_word_pronoun(cue.end); latest.kind != Ref::Kind::none) {
            // "Pour ce dernier, …", "selon cette dernière".
            who = latest;
            after = cue.end + 2;
        } else if (starts_phrase(tokens_, cue.end, e, cues_.own_sources, &length)) {
            // "L'AFP a évoqué 48 morts, selon ses sources": the subject's own sources.
            who = cue.first > sentence_first_ ? sentence_subject(sentence_first_, cue.first) : Ref{};
            after = cue.end + length;
        } else if (starts_phrase(tokens_, cue.end, e, cues_.paper_sources, &length)) {
            after = cue.end + length;
        } else if (const std::int32_t m = mention_starting(start); m >= 0) {
            const Mention& mention = in_.mentions[static_cast<std::size_t>(m)];
            if (cue.needs_person && is_bare_name(m)) return 0;
            who = mention_ref(m);
            after = mention.end;
            // "Pour Vincent Aubry, associé du fonds X qui mène le tour de table, ...": skip the aside.
            // "Selon le magistrat, l'homme aurait reconnu les faits, …": a role that has a verb opens
            // the report.
            if (after + 1 < e && is_punct(tokens_[after], ",") && starts_role(after + 1)) {
                std::size_t k = after + 1;
                bool verb = false;
                for (; k < e && k < after + 1 + kAsideWords && !is_punct(tokens_[k], ","); ++k) verb = verb || is_auxiliary(k);
                if (k < e && is_punct(tokens_[k], ",") && !verb) after = k;
            }
            // "Pour la patronne des députés La France insoumise à l'Assemblée, « … »": the group and
            // the place of the source are part of it; "selon une source citée par l'AFP, …": so is
            // who passed the source on. No comma opens this aside: it is read from the word at
            // `after` itself. Nor does a relative clause: "Selon le quotidien qui cite des
            // sources proches du dossier, …".
            const std::size_t participle = after < e && tokens_[after].folded() == "par" ? after - 1 : after;
            const bool passed_on = participle < e && cues_.passing_participles.count(tokens_[participle].key());
            if (after < e && (cues_.place_prepositions.count(tokens_[after].key()) || words_.of_words.count(tokens_[after].key()) ||
                              tokens_[after].capitalized || passed_on || cues_.relatives.count(tokens_[after].key())))
                if (const std::size_t close = aside_close(after - 1, e); close >= after) after = close;
        } else if (words_.determiners.count(t.key()) && !cue.needs_person) {
            // "selon un bilan communiqué par les séparatistes", "selon le texte de l'accord": a
            // source the mention finder did not keep, named up to the comma or the end.
            std::size_t k = cue.end + 1;
            while (k < e && k < cue.end + 2 * kMaxSubjectWords && !is_punct(tokens_[k], ",") && !is_end(tokens_[k]) &&
                   mark_at(k) < 0)
                ++k;
            who = source_of(cue.end, k);
            after = k;
        } else {
            return 0;
        }
        // "Selon A. Martin les habitants …", "Selon lui « tout le monde est sorti »": a named source
        // or a pronoun may be followed by its report with no comma, when a clause or a quotation
        // plainly starts there.
        const bool named = (who.kind == Ref::Kind::entity && mention_ending(after - 1) >= 0) || pronoun;
        const bool comma = after < e && is_punct(tokens_[after], ",");
        const std::size_t report = comma ? after + 1 : after;
        // "Commune unique: Pour le préfet, « … »": after a colon, the source opens a clause too.
        const bool opens = cue.first == clause_start || is_punct(tokens_[cue.first - 1], ":") ||
                           according_opener(cue.first, clause_start) < cue.first ||
                           opening_adverbial(clause_start, cue.first);
        if (opens && after < e &&
            (comma || (named && !cue.needs_person && (opens_clause(after) || tokens_[after].kind == TokenKind::quote_open) &&
                       !only_names(after, clause_end(after, limit))))) {
            const std::size_t end = clause_end(report, limit);
            // "Pour X, « ... »": the whole report is a quotation. So is it when a later cue reports
            // what follows the quotation: "Pour X, « A », même ... : « B », a-t-il ajouté".
            const std::int32_t m = report < e ? mark_at(report) : -1;
            const QuotedSpan* q = m >= 0 ? &in_.marks.spans[static_cast<std::size_t>(m)] : nullptr;
            // "Selon les Arméniens, « A », et les séparatistes ont …": so is it when a comma and a
            // conjunction open a second clause after it, the same source's report too.
            const bool joined_after = q && q->close + 3 < end && is_punct(tokens_[q->close + 1], ",") &&
                                      cues_.coordinators.count(tokens_[q->close + 2].key());
            if (q && q->open == report && (q->close + 1 >= end || limit < e || joined_after)) {
                emit_direct(static_cast<std::size_t>(m), cover(cue.first, cue.end), who, para, 0.8);
                last = who;
                if (!joined_after) return q->close + 1;
                emit_clause(q->close + 3, end, cue, who, para, 0.75);
                return end;
            }
            emit_clause(report, end, cue, who, para, 0.8);
            last = who;
            return end;
        }
        // "…, selon X.", and with no comma before a named source: "… au moment des faits selon
        // Jean Martin, le maire", "…, selon Anne Roy qui a dénoncé …": what follows the source
        // only describes it, or is a clause of its own.
        if (cue.first <= clause_start + 2) return 0;
        const bool after_comma = is_punct(tokens_[cue.first - 1], ",");
        // "La situation, selon des sources locales, reste tendue": the source stands in an aside
        // between a subject and its verb, and the whole clause is what it says.
        // So it does after a verb: "Les dirigeants se sont mis d'accord, selon le document, sur …".
        // The rest may be quoted as it goes on: "L'UENUN, selon son SGA, « entend continuer … »".
        const bool goes_on_quoted = report + 1 < e && tokens_[report].kind == TokenKind::quote_open &&
                                    tokens_[report + 1].kind == TokenKind::word && !tokens_[report + 1].capitalized;
        // A description opens the clause as well as a name does: "Des individus écument, selon un
        // communiqué du maire, les marchés", "Les marchés sont, selon lui, la cible des voleurs".
        const bool subject = sentence_subject(clause_start, cue.first).kind != Ref::Kind::none ||
                             words_.determiners.count(tokens_[clause_start].key());
        // "Ce budget, selon le porte-parole du gouvernement s'équilibre …": the comma that should
        // close the aside is missing, and the verb follows the source at once.
        const bool verb_next = !comma && named && after < e &&
                               (is_auxiliary(after) || cues_.negations.count(tokens_[after].key()) ||
                                cues_.reflexive_pronouns.count(tokens_[after].key()));
        if (after_comma && (comma || verb_next) && report < e && (!opens_clause(report) || goes_on_quoted) &&
            (bare_subject(clause_start, cue.first - 1) ||
             (subject && (!source_ends_clause(after, e) || cues_.circumstance_openers.count(tokens_[report].key()))))) {
            const std::size_t end = clause_end(report, limit);
            if (end > report) {
                emit_clause(clause_start, end, cue, who, para, 0.75);
                last = who;
                return end;
            }
        }
        // "« … », a indiqué le GSIM via ses canaux, selon TV5 Monde": what is left of a report read
        // before the source, opening on its channel, is no clause of its own.
        const bool remnant = clause_start > sentence_first_ && (cues_.channel_markers.count(tokens_[clause_start].key()) ||
                                                               cues_.addressee_markers.count(tokens_[clause_start].key()));
        if ((after_comma || named) && !remnant && source_ends_clause(after, e)) {
            emit_clause(clause_start, after_comma ? cue.first - 1 : cue.first, cue, who, para, 0.75);
            last = who;
            // The source stays in view for a relative clause's cue after it.
            return cue.end;
        }
        return 0;
    }

    // An auxiliary as written: folded, the preposition "à" (or "A" opening a sentence) reads as the
    // auxiliary "a", and an accent or a capital that folding took away makes another word.
    bool is_auxiliary(std::size_t k) const {
        const Token& t = tokens_[k];
        return cues_.auxiliaries.count(t.key()) && in_.text.substr(t.start, t.length) == t.folded();
    }

    // The reporting verb matched at k within [k, end), if one is.
    std::optional<Cue> verb_cue_at(std::size_t k, std::size_t end) const {
        auto cue = k < end ? match_cue(in_.text, tokens_, k, end, in_.lexicon, in_.calendar) : std::nullopt;
        return cue && cue->kind == CueKind::verb ? cue : std::nullopt;
    }

    // A cue may start at k. Folded, "à" opens one only as the first word of a phrase ("à en
    // croire"), never as the auxiliary it reads as.
    bool may_open_cue(std::size_t k, std::size_t end) const {
        if (!*opens_cue_.find(tokens_[k])) return false;
        // "Pour l'heure, d'après l'étude, …": "pour" names a source only before someone.
        if (std::size_t length = 0; starts_phrase(tokens_, k, end, cues_.according_to_person, &length)) {
            std::size_t who = k + length;
            if (who < end && words_.pronouns.count(tokens_[who].key())) return true;
            if (who + 1 < end && words_.determiners.count(tokens_[who].key()) && mention_starting(who) < 0) ++who;
            return who < end && mention_starting(who) >= 0;
        }
        if (!cues_.auxiliaries.count(tokens_[k].key()) || is_auxiliary(k)) return true;
        return match_cue(in_.text, tokens_, k, end, in_.lexicon, in_.calendar).has_value();
    }

    // Tokens [f, end) are a subject and nothing more: a few words opening on an article or a
    // name, with no punctuation, cue or verb among them ("La situation", "Le bilan des pompiers").
    bool bare_subject(std::size_t f, std::size_t end) const {
        if (end <= f || end - f > kMaxSubjectWords || !(words_.determiners.count(tokens_[f].key()) || tokens_[f].capitalized))
            return false;
        for (std::size_t k = f; k < end; ++k)
            if (tokens_[k].kind != TokenKind::word && tokens_[k].kind != TokenKind::elision) return false;
            else if (may_open_cue(k, end) || ends_with_one_of(tokens_[k].folded(), words_.verb_endings, 2))
                return false;
        return true;
    }

    // "…, selon TV5 Monde.": capitalized words alone go on with the source's name, open no clause.
    bool only_names(std::size_t from, std::size_t end) const {
        for (std::size_t k = from; k < end; ++k)
            if (!tokens_[k].capitalized && tokens_[k].kind != TokenKind::number) return false;
        return true;
    }

    // A clause plainly starts at k: an article, a pronoun, a capitalized word or a quotation.
    bool opens_clause(std::size_t k) const {
        const Token& t = tokens_[k];
        return words_.determiners.count(t.key()) || (t.kind == TokenKind::word && words_.pronouns.count(t.key())) ||
               (t.capitalized && t.kind == TokenKind::word) || t.kind == TokenKind::quote_open;
    }

    // Nothing follows a source at `after` but its role in apposition ("selon Jean Martin, le maire
    // de la commune") or a relative clause about it ("selon Anne Roy qui a dénoncé …").
    bool source_ends_clause(std::size_t after, std::size_t e) const {
        // "…, selon Enedis (le nouveau nom d'ERDF), et …": what the brackets say describes the source.
        if (after < e && is_punct(tokens_[after], "(")) {
            std::size_t close = after + 1;
            while (close < e && close <= after + kAsideWords && !is_punct(tokens_[close], ")")) ++close;
            if (close < e && is_punct(tokens_[close], ")")) after = close + 1;
        }
        if (clause_end(after, e) == after) return true;
        const std::size_t k = after + 1 < e && is_punct(tokens_[after], ",") ? after + 1 : after;
        if (cues_.relatives.count(tokens_[k].key())) return true;
        // "…, selon la Société de protection des forêts contre le feu.": with no comma, the source's
        // complement goes on past what the mention finder kept.
        if (describes_source(k, e)) return true;
        if (k == after || !starts_role(k)) return false;
        std::size_t j = k;
        while (j < e && !is_punct(tokens_[j], ",") && !is_end(tokens_[j])) ++j;
        return clause_end(j, e) == j;
    }

    // "…, selon Maurice Brugger, présent hier à Paris.": what ends the sentence after the source
    // opens on no article, pronoun or name and holds no cue nor quotation: it describes the source.
    bool describes_source(std::size_t k, std::size_t e) const {
        const Token& first = tokens_[k];
        if (first.kind != TokenKind::word || first.capitalized || words_.determiners.count(first.key()) ||
            words_.pronouns.count(first.key()))
            return false;
        for (std::size_t j = k; j < e && !is_end(tokens_[j]); ++j)
            if (j >= k + kAsideWords || mark_at(j) >= 0 || match_cue(in_.text, tokens_, j, e, in_.lexicon, in_.calendar))
                return false;
        return true;
    }

    // "Par ailleurs, selon les juges, …", "Lundi soir, selon la police, …": a few words that set
    // the scene before a comma, with no subject nor verb among them, open the clause the source's
    // report follows.
    bool opening_adverbial(std::size_t clause_start, std::size_t cue) const {
        constexpr std::size_t kOpeningWords = 5;
        if (cue < clause_start + 2 || cue - 1 - clause_start > kOpeningWords || !is_punct(tokens_[cue - 1], ","))
            return false;
        const Token& first = tokens_[clause_start];
        // "Au début, selon la police, …": an article holding a preposition opens no subject.
        const bool article = words_.determiners.count(first.key()) && !cues_.contracted_articles.count(first.key());
        if (article || words_.pronouns.count(first.key()) || mention_starting(clause_start) >= 0) return false;
        for (std::size_t k = clause_start; k + 1 < cue; ++k)
            if ((tokens_[k].kind != TokenKind::word && tokens_[k].kind != TokenKind::elision &&
                 tokens_[k].kind != TokenKind::number) ||
                may_open_cue(k, cue))
                return false;
        return true;
    }

    // "Or, selon le journal, ...", "..., qui selon elles, font face à ...": a word that opens what
    // follows it (and a comma) stands before "selon", whose report then follows its source.
    // Returns where that word is, or `cue` when there is none.
    std::size_t according_opener(std::size_t cue, std::size_t clause_start) const {
        std::size_t k = cue;
        if (k > clause_start && is_punct(tokens_[k - 1], ",")) --k;
        return k > clause_start && cues_.according_openers.count(tokens_[k - 1].key()) ? k - 1 : cue;
    }

    // ", accusant qu'Erevan « préférait ... »"
    std::size_t gerund(const Cue& cue, std::size_t f, std::size_t limit, std::size_t para, Ref& last) {
        std::size_t first = cue.end;
        if (first < limit && cues_.complementizers.count(tokens_[first].key())) ++first;
        // Opening its sentence, the phrase ends at its comma, and the subject after it speaks.
        if (cue.first == sentence_first_ && cue.end < limit) {
            std::size_t comma = first;
            while (comma < limit && !is_punct(tokens_[comma], ",")) ++comma;
            if (comma >= limit || !is_punct(tokens_[comma], ",")) return 0;
            const std::size_t sentence_end = in_.index.sentences[sentence_of(cue.first)].end_token;
            Ref who = sentence_subject(comma + 1, sentence_end);
            // "Réaffirmant …, les chefs d'État ont signé": a description the mention finder did not keep.
            if (std::size_t after = 0; who.kind == Ref::Kind::none && comma + 1 < sentence_end &&
                                       words_.determiners.count(tokens_[comma + 1].key()))
                who = subject_after(comma + 1, sentence_end, after);
            if (who.kind == Ref::Kind::none || comma <= first) return 0;
            emit_clause(first, comma, cue, who, para, 0.6);
            last = who;
            return comma;
        }
        const Ref before = verb_subject_before_gerund(cue, f);
        const Ref who = before.kind != Ref::Kind::none ? before : last.kind != Ref::Kind::none ? last : gerund_subject(f, cue.first);
        std::size_t end = clause_end(first, limit);
        // "Suite aux propos de X, annonçant la grève, le ministre, Y, a réagi": the phrase set off
        // by commas ends where the sentence's subject and its verb come.
        const std::size_t sentence_end = in_.index.sentences[sentence_of(cue.first)].end_token;
        for (std::size_t k = first + 1; k < end; ++k)
            if (is_punct(tokens_[k], ",") && mark_at(k) < 0 && subject_and_verb_at(k + 1, sentence_end)) {
                end = k;
                break;
            }
        if (end <= first || (who.kind == Ref::Kind::none && !has_marks(first, end))) return 0;
        // ", commentant la résolution", ", espérant un classement": the noun after a verb whose
        // object is not what was said, nor followed by the report (", accusant l'État de …"), is
        // no report unless quoted words open it.
        const ReportingVerb& verb = cues_.verbs[cue.verb];
        if (first == cue.end && !verb.object && verb.object_then.empty() && starts_object(first, end) &&
            !has_marks(first, end))
            return 0;
        emit_clause(first, end, cue, who, para, 0.6);
        return end;
    }

    // "le ministre de la Santé, X, a réagi en assurant que …": a gerund right after a reporting
    // verb reports for the people named just before that verb, whoever spoke before.
    Ref verb_subject_before_gerund(const Cue& cue, std::size_t f) {
        const std::size_t start = gerund_start(cue.first);
        if (start == cue.first) return {};
        for (std::size_t j = start; j > f && j + kMaxCueWords > start; --j) {
            if (tokens_[j - 1].kind == TokenKind::punct) break;
            if (!*opens_cue_.find(tokens_[j - 1])) continue;
            const auto verb = verb_cue_at(j - 1, start);
            if (!verb || verb->end != start) continue;
            std::size_t k = verb->first;
            if (k > f && is_punct(tokens_[k - 1], ",")) --k;
            const std::int32_t m = k > f ? mention_ending(k - 1) : -1;
            return m >= 0 && names_people(m) ? mention_ref(m) : Ref{};
        }
        return {};
    }

    // A subject that names people at k, past a name in apposition, then a verb: "le ministre de la
    // Santé, Saïd Aïdi, a réagi".
    bool subject_and_verb_at(std::size_t k, std::size_t end) const {
        std::int32_t m = k < end ? mention_starting(k) : -1;
        if (m < 0 && k + 1 < end && words_.determiners.count(tokens_[k].key())) m = mention_starting(k + 1);
        if (m < 0 || !names_people(m)) return false;
        std::size_t j = in_.mentions[static_cast<std::size_t>(m)].end;
        // The comma that closes an apposition the mention holds, or one after it.
        if (j + 1 < end && is_punct(tokens_[j], ",")) {
            ++j;
            if (const std::int32_t named = mention_starting(j); named >= 0) {
                const std::size_t after = in_.mentions[static_cast<std::size_t>(named)].end;
                if (after < end && is_punct(tokens_[after], ",")) j = after + 1;
            }
        }
        return j < end && (is_auxiliary(j) || cues_.clitics.count(tokens_[j].key()) ||
                           (*opens_cue_.find(tokens_[j]) &&
                            match_cue(in_.text, tokens_, j, end, in_.lexicon, in_.calendar).has_value()));
    }

    // Who speaks in a gerund when no cue before it named anyone: the subject of the clause it
    // hangs on, past what sets the scene ("Accusé par X, Kigali se défend en évoquant ..."), else
    // the sentence's first name. Between commas, a verb that opens its stretch ("…, a lancé un
    // appel au président, lui demandant …") or a name in apposition ("au président russe, Boris
    // Eltsine, lui demandant") holds no subject of its own: the one further back is looked for.
    Ref gerund_subject(std::size_t f, std::size_t cue) {
        // "la part de Lucie Armand (Verts) dépeignant …": a name right before, with no comma, speaks.
        if (std::size_t k = cue; gerund_start(cue) == cue && k > f) {
            if (is_punct(tokens_[k - 1], ")") && mention_ending(k - 1) < 0) k = bracket_opening(k - 1, f);
            if (const std::int32_t m = k > f ? mention_ending(k - 1) : -1; m >= 0 && !is_bare_name(m)) return mention_ref(m);
        }
        for (std::size_t end = gerund_start(cue); end > f;) {
            std::size_t clause = end;
            while (clause > f && !is_punct(tokens_[clause - 1], ",")) --clause;
            const std::int32_t m = mention_starting(clause);
            const bool apposition = clause > f && m >= 0 && in_.mentions[static_cast<std::size_t>(m)].end == end;
            if (!apposition && !is_auxiliary(clause)) {
                const Ref who = sentence_subject(clause, end);
                if (who.kind != Ref::Kind::none) return who;
                break;
            }
            if (clause == f) break;
            end = clause - 1;
        }
        return sentence_subject(f, cue);
    }

    // A cue after what it reports: "« ... », a souligné M. Peskov", "..., a-t-il dit".
    // The token before a cue, past an object pronoun: "« … », nous répond une employée", or past
    // the incise that holds it: "..., comme l'a expliqué le maire".
    std::size_t before_cue(const Cue& cue, std::size_t clause_start) const {
        std::size_t k = cue.first;
        if (k > clause_start + 1 && cues_.clitics.count(tokens_[k - 1].key()) && tokens_[k - 1].kind == TokenKind::word) return k - 1;
        const std::size_t opener = incise_opener(cue, clause_start);
        return opener < cue.first ? opener : k;
    }

    // Where "comme" opens the incise that holds a cue, past its pronoun ("comme l'a expliqué X",
    // "comme en témoignent X"); the cue's first token when none does.
    std::size_t incise_opener(const Cue& cue, std::size_t clause_start) const {
        std::size_t k = cue.first;
        if (k > clause_start && cues_.incise_clitics.count(tokens_[k - 1].key())) --k;
        return k > clause_start && cues_.incise_openers.count(tokens_[k - 1].key()) ? k - 1 : cue.first;
    }

    // "…, comme il l'a rappelé lundi.", "Comme le maire Jean Roux l'a dit, la route restera
    // fermée": an incise whose subject stands between "comme" and the object pronoun. It reports
    // the clause before it, or the one after it when it opens the sentence. Returns where the
    // report ends, or 0 when the cue is no such incise.
    std::size_t subject_incise(const Cue& cue, std::size_t clause_start, std::size_t e, std::size_t limit,
                               std::size_t para, Ref& last) {
        if (cue.kind != CueKind::verb || cue.first < clause_start + 3 ||
            !cues_.incise_clitics.count(tokens_[cue.first - 1].key()))
            return 0;
        const std::size_t subject_end = cue.first - 1;
        std::size_t subject = subject_end - 1;
        Ref who{};
        if (tokens_[subject].kind == TokenKind::word && words_.pronouns.count(tokens_[subject].key())) {
            who = pronoun_ref(tokens_[subject].folded());
        } else if (const std::int32_t m = mention_ending(subject); m >= 0) {
            subject = in_.mentions[static_cast<std::size_t>(m)].first;
            who = mention_ref(m);
        }
        if (who.kind == Ref::Kind::none || subject <= clause_start || !cues_.incise_openers.count(tokens_[subject - 1].key()))
            return 0;
        const std::size_t opener = subject - 1;
        if (opener == clause_start) {
            const std::size_t comma = skip_insertions(cue.end, e);
            if (comma + 1 >= limit || !is_punct(tokens_[comma], ",")) return 0;
            const std::size_t end = clause_end(comma + 1, limit);
            emit_clause(comma + 1, end, cue, who, para, 0.8);
            last = who;
            return end;
        }
        if (opener < clause_start + 2 || !is_punct(tokens_[opener - 1], ",")) return 0;
        emit_clause(clause_start, opener - 1, cue, who, para, 0.8);
        last = who;
        return cue.end;
    }

    // "Comme l'a expliqué le maire, la route restera fermée": the incise opens the clause, its
    // subject follows the cue, and the report follows the subject.
    std::size_t opening_incise(const Cue& cue, std::size_t e, std::size_t limit, std::size_t para, Ref& last) {
        std::size_t after = cue.end;
        const Ref who = subject_after(cue.end, e, after);
        if (who.kind == Ref::Kind::none || after + 1 >= limit || !is_punct(tokens_[after], ",")) return 0;
        const std::size_t end = clause_end(after + 1, limit);
        emit_clause(after + 1, end, cue, who, para, 0.8);
        last = who;
        return end;
    }

    bool is_postposed(const Cue& cue, std::size_t clause_start, std::size_t e) const {
        if (cue.kind != CueKind::verb && cue.kind != CueKind::inverted) return false;
        const std::size_t lead = before_cue(cue, clause_start);
        const bool after_quotation = lead > clause_start && tokens_[lead - 1].kind == TokenKind::quote_close;
        const bool after_comma = lead > clause_start &&
                                 (is_punct(tokens_[lead - 1], ",") || (after_quotation && !quoted_name(lead - 1)));
        if (!after_comma) return false;
        const bool after_words = !after_quotation && !(lead > clause_start + 1 && tokens_[lead - 2].kind == TokenKind::quote_close);
        if (cue.kind == CueKind::inverted) return true;
        const std::size_t k = skip_insertions(cue.end, e);
        const bool complement = k < e && (cues_.complementizers.count(tokens_[k].key()) || is_punct(tokens_[k], ":"));
        // "X et Y, Julien Roux, sont venus constater l'étendue des dégâts": a singular noun after a
        // plural auxiliary is its object, not its subject, unless another one is joined to it
        // ("ont indiqué une source du parti et l'armée").
        const bool disagrees = plural_auxiliary_at(cue.first) && k < e &&
                               cues_.singular_determiners.count(tokens_[k].key()) && !joins_another(k, e);
        return !complement && !disagrees && !split_from_auxiliary(lead, clause_start) && !object_then_follows(cue, e) &&
               !subject_first(cue, clause_start) && subject_follows(cue.end, e, after_words);
    }

    // "le gouverneur a, dans le sillage de cette annonce, détaillé …": the comma before the
    // participle closes an aside its auxiliary opened; the subject stands before them both.
    bool split_from_auxiliary(std::size_t lead, std::size_t clause_start) const {
        std::size_t j = lead - 1;
        while (j > clause_start && !is_punct(tokens_[j - 1], ",")) --j;
        return j >= clause_start + 2 && is_auxiliary(j - 2);
    }

    // "…, a accusé Vladimir Poutine de ruiner …": the name after the verb goes on to the verb's
    // report, so it is the verb's object; a subject put after its verb ends the clause.
    bool object_then_follows(const Cue& cue, std::size_t e) const {
        const ReportingVerb& verb = cues_.verbs[cue.verb];
        if (verb.object_then.empty()) return false;
        const std::int32_t m = mention_starting(subject_start(cue.end, e));
        if (m < 0) return false;
        const std::size_t k = in_.mentions[static_cast<std::size_t>(m)].end;
        return k + 1 < e && verb.object_then.count(tokens_[k].key()) && is_infinitive(k + 1, e);
    }

    // "Le procureur, Jean Dupont, a annoncé ...", "Dimanche, M. Pachinyan, a critiqué Moscou":
    // what precedes the comma is the subject (and a time), not a report.
    bool subject_first(const Cue& cue, std::size_t clause_start) const {
        // "La gérante du café, qui tient aussi le tabac, a constaté ...", "Les dirigeants du pays,
        // entrés en fonction en mai, ont réaffirmé ...": a relative clause or a participle between
        // commas describes the subject, a mention or a description that opens the clause.
        if (cue.first >= clause_start + 3 && is_punct(tokens_[cue.first - 1], ",")) {
            const std::size_t j = describing_aside(cue.first - 1, clause_start);
            const bool describes = j < cue.first - 1;
            // A description counts only when no name follows the cue to be its subject instead:
            // "La commune attend le rapport, qui ..., a indiqué Marc Tessier".
            const bool named_after = mention_starting(subject_start(cue.end, tokens_.size())) >= 0;
            if (describes && opens_with_subject(clause_start, j - 1, !named_after)) return true;
        }
        // "Alors que le maire, Paul Roy, a évoqué …": the subordinate clause has a subject too.
        std::size_t opening = clause_start, length = 0;
        if (starts_phrase(tokens_, clause_start, cue.first, cues_.clause_breaks, &length)) opening += length;
        else if (cues_.subordinators.count(tokens_[clause_start].key())) ++opening;
        // "RIYAD: Le ministre, le prince X, a démenti …": a word and its colon label the clause.
        else if (opening + 2 < cue.first && is_punct(tokens_[opening + 1], ":")) opening += 2;
        if (const std::int32_t lead = mention_starting(opening); lead >= 0) {
            const std::size_t lead_end = in_.mentions[static_cast<std::size_t>(lead)].end;
            if (lead_end + 1 >= cue.first) return true;
            // "Le chef de la régie, le capitaine Paul Roy, a rejeté ...": the second mention
            // between commas is the first one again, in apposition.
            if (is_punct(tokens_[lead_end], ",") && is_punct(tokens_[cue.first - 1], ",")) {
                // "Le maire, lui, a dénoncé …", "Dockerty, à son tour, a exprimé …": an aside that
                // only sets the subject off.
                if (only_asides(lead_end + 1, cue.first - 1)) return true;
                // "Paul Marchal, chef de file du groupe X, accuse …": a role in apposition.
                if (role_apposition(lead_end + 1, cue.first - 1)) return true;
                if (const std::int32_t again = mention_starting(lead_end + 1);
                    again >= 0 && in_.mentions[static_cast<std::size_t>(again)].end + 1 == cue.first)
                    return true;
            }
        }
        if (cue.first < clause_start + 2) return false;
        const std::int32_t m = mention_ending(cue.first - 2);
        if (m < 0) return false;
        const Mention& subject = in_.mentions[static_cast<std::size_t>(m)];
        if (named_role(clause_start, subject.first, cue.first)) return true;
        // "Accompagnée des élus, Manuela Roy, maire de la commune, a présenté ses vœux", "Sur ce
        // point, Paul Roux, a demandé le vote": past an opening phrase, a person named (with a role,
        // or in full) between commas, and no name after the cue.
        const bool named_in_full = subject.role.size() || subject.name_words >= 2;
        if (named_in_full && subject.name.size() && subject.first > clause_start &&
            is_punct(tokens_[subject.first - 1], ",") && is_punct(tokens_[cue.first - 1], ",") &&
            mention_starting(subject_start(cue.end, tokens_.size())) < 0)
            return true;
        for (std::size_t k = clause_start; k < in_.mentions[static_cast<std::size_t>(m)].first; ++k)
            if (!is_insertion(tokens_, k, cues_, in_.calendar) && !is_punct(tokens_[k], ",")) return false;
        return true;
    }

    // The comma that closes an aside opened by the comma at k, within kAsideWords and without
    // quotation marks; k when there is none.
    std::size_t aside_close(std::size_t k, std::size_t limit) const {
        for (std::size_t j = k + 1; j < limit && j <= k + kAsideWords; ++j) {
            if (mark_at(j) >= 0 || is_end(tokens_[j])) return k;
            if (is_punct(tokens_[j], ",")) return j;
        }
        return k;
    }

    // True when tokens [from, end) are insertions around at most one pronoun: "lui", "à son tour",
    // "pour sa part", "elle aussi".
    bool only_asides(std::size_t from, std::size_t end) const {
        std::size_t k = skip_insertions(from, end);
        if (k < end && words_.pronouns.count(tokens_[k].key())) k = skip_insertions(k + 1, end);
        return from < end && k == end;
    }

    // "Le directeur de la coopérative Les Vergers, Paul Simoneau, invoque …": a role that opens the
    // clause, then the name of its holder between commas just before the cue. The mention finder
    // may cut such a role at a firm's name, so the role is read from its first word.
    bool named_role(std::size_t clause_start, std::size_t name, std::size_t cue) const {
        return name > clause_start + 2 && is_punct(tokens_[name - 1], ",") && is_punct(tokens_[cue - 1], ",") &&
               starts_role(clause_start) && opens_with_subject(clause_start, name - 1, true);
    }

    // Where the aside that ends at the comma `comma` starts when it describes a subject before it
    // or the circumstance of what it says: a relative clause, a participle or a preposition ("La
    // gérante, qui tient le tabac, a constaté", "Les dirigeants, entrés en fonction en mai, ont
    // réaffirmé", "Le président, dans son discours du Nouvel An, a souligné"); `comma` when it
    // does not.
    std::size_t describing_aside(std::size_t comma, std::size_t first) const {
        std::size_t j = comma;
        while (j > first && !is_punct(tokens_[j - 1], ",")) {
            // "qui participe au sommet des Brics (Brésil, Russie, Inde …) à Johannesburg,": the
            // commas of a bracket inside the aside end none of it.
            if (const std::size_t open = is_punct(tokens_[j - 1], ")") ? bracket_opening(j - 1, first) : j; open < j - 1) {
                j = open;
                continue;
            }
            --j;
        }
        // "Le maire, Paul Roy, a visité ..., a rapporté la presse": the auxiliary opens no circumstance.
        // "…, et dont le budget …,": a relative may come after a conjunction.
        const std::size_t h = j + 1 < comma && cues_.coordinators.count(tokens_[j].key()) &&
                                       cues_.relatives.count(tokens_[j + 1].key())
                                   ? j + 1
                                   : j;
        const bool describes = j >= first + 2 && j < comma && !has_marks(j, comma) &&
                               (cues_.relatives.count(tokens_[h].key()) || ends_with_any(j, cues_.participle_endings) ||
                                (cues_.circumstance_openers.count(tokens_[j].key()) && !is_auxiliary(j)));
        return describes ? j : comma;
    }

    // True when tokens [first, end) are one subject: a mention, or when `description` a short
    // phrase that starts with a determiner ("Les dirigeants du pays").
    bool opens_with_subject(std::size_t first, std::size_t end, bool description) const {
        if (const std::int32_t m = mention_ending(end - 1); m >= 0 && in_.mentions[static_cast<std::size_t>(m)].first == first)
            return true;
        if (!description) return false;
        for (std::size_t k = first; k < end; ++k)
            if (tokens_[k].kind != TokenKind::word && tokens_[k].kind != TokenKind::elision) return false;
        return end - first <= kMaxSubjectWords && words_.determiners.count(tokens_[first].key());
    }

    std::size_t verb(const Cue& cue, std::size_t clause_start, std::size_t e, std::size_t limit,
                     std::size_t para, Ref& last) {
        if (const std::size_t end = subject_incise(cue, clause_start, e, limit, para, last)) return end;
        if (is_postposed(cue, clause_start, e)) return postposed(cue, clause_start, e, para, last);
        if (!cue.narrative && incise_opener(cue, clause_start) == clause_start)
            return opening_incise(cue, e, limit, para, last);
        return preposed(cue, clause_start, e, limit, para, last);
    }

    // What stands before a postposed cue is what it reports, whatever verbs it holds: in "La
    // Russie salue les efforts ..., a insisté M. Peskov" the speaker is M. Peskov, not Russia.
    std::vector<Cue> reported_by_later_cues(std::vector<Cue> cues, std::size_t f, std::size_t e) const {
        std::vector<Cue> kept;
        std::size_t pending = 0;  // cues kept since the last postposed one
        for (const Cue& cue : cues) {
            if (!kept.empty() && relative_on_source(kept.back(), cue)) continue;
            const bool postposed = is_postposed(cue, f, e);
            // "La Banque centrale note …, rapporte la même source": the relay passes on what the
            // clause's own cue reports, and its speaker stays the one who said it. So does an
            // impersonal cue: "Il a demandé que …, a-t-on appris à bonne source".
            if (pending > 0 && postposed && (cues_.verbs[cue.verb].relay || cue.impersonal)) {
                kept.push_back(cue);
                kept.back().relay_only = true;
                continue;
            }
            if (postposed) {
                // An incise ("..., comme l'a rappelé X") or a quotation after a colon is all the
                // later cue reports: the cues before it keep theirs.
                const std::size_t lead = before_cue(cue, f);
                if (introduced_start(lead) == lead && incise_opener(cue, f) == cue.first)
                    kept.resize(kept.size() - pending);
                pending = 0;
            } else if (!opens_with_source(cue, f)) {
                ++pending;
            }
            kept.push_back(cue);
        }
        return kept;
    }

    // "Selon le quotidien qui cite des sources proches du dossier, …": the verb of a relative
    // right after the source, closed by a comma, only says where the source has it from. Running
    // to the end of the sentence, it reports: "…, selon la ministre qui a dénoncé une offensive".
    bool relative_on_source(const Cue& source, const Cue& cue) const {
        if (source.kind != CueKind::according || cue.kind != CueKind::verb) return false;
        const std::size_t k = before_cue(cue, 0);
        const std::size_t rel = relative_before(k);
        if (rel == k || tokens_[rel].folded() != "qui") return false;
        std::size_t start = source.end;
        if (mention_starting(start) < 0 && start + 1 < rel && words_.determiners.count(tokens_[start].key())) ++start;
        const std::int32_t m = mention_starting(start);
        return m >= 0 && in_.mentions[static_cast<std::size_t>(m)].end == rel && aside_close(rel - 1, tokens_.size()) > rel - 1;
    }

    // "Pour X, « ... », a-t-il ajouté", "Selon X, ..., a-t-il précisé": a sentence that opens on
    // its source names the speaker the later cue's pronoun stands for; it stays a cue of its own.
    bool opens_with_source(const Cue& cue, std::size_t f) const { return cue.kind == CueKind::according && cue.first == f; }

    // "« ... », a souligné M. Peskov" / "La Russie salue ..., a insisté M. Peskov."
    std::size_t postposed(const Cue& cue, std::size_t clause_start, std::size_t e, std::size_t para, Ref& last) {
        const std::size_t lead = before_cue(cue, clause_start);
        const std::size_t content_end = is_punct(tokens_[lead - 1], ",") ? lead - 1 : lead;
        std::size_t after = cue.end;
        Ref who = cue.kind == CueKind::inverted ? pronoun_ref(cue.pronoun) : subject_after(cue.end, e, after);
        if (cue.kind == CueKind::inverted) after = skip_insertions(cue.end, e);
        if (cue.impersonal) who = impersonal_source(after, e, after);
        const Span cue_span = cover(cue.first, cue.end);
        const double confidence = who.kind == Ref::Kind::entity ? 0.9 : who.kind == Ref::Kind::pronoun ? 0.8 : 0.5;
        if (content_end == clause_start) return cue.end;
        const std::int32_t m = mark_at(content_end - 1);
        const QuotedSpan* q = m >= 0 ? &in_.marks.spans[static_cast<std::size_t>(m)] : nullptr;
        // "..., même en hiver : « B », a-t-il ajouté": after a colon, the quotation is the report.
        const bool introduced = q && q->open > clause_start && is_punct(tokens_[q->open - 1], ":");
        const std::vector<std::int32_t> series = quoted_series(clause_start, content_end);
        if (q && q->close == content_end - 1 && (q->open <= clause_start || introduced)) {
            emit_direct(static_cast<std::size_t>(m), cue_span, who, para, confidence);
        } else if (!series.empty()) {
            for (const std::int32_t each : series) emit_direct(static_cast<std::size_t>(each), cue_span, who, para, confidence);
        } else if (after + 2 < e && is_punct(tokens_[after], ",") &&
                   (tokens_[after + 1].kind == TokenKind::word || tokens_[after + 1].kind == TokenKind::quote_open) &&
                   !cues_.relatives.count(tokens_[after + 1].key()) &&
                   opens_with_subject(clause_start, content_end, true)) {
            // "Le projet, estime-t-il, est voué à l'échec": the incise splits its report after the
            // subject, and the report is the whole clause around it.
            const std::size_t end = clause_end(after + 1, e);
            emit_clause(clause_start, end, cue, who, para, confidence - 0.1);
            last = who;
            return end;
        } else if (past_connector(clause_start, content_end) < content_end) {
            emit_clause(clause_start, content_end, cue, who, para, confidence - 0.1);
        } else if (after + 2 < e && is_punct(tokens_[after], ",") &&
                   tokens_[after + 1].kind == TokenKind::word) {
            // "Mais, ajoute-t-il, il n'avait …", "Cependant, reconnaît-elle, la route …": a connector
            // or an adverb alone before the cue is no report; the clause after the incise is.
            const std::size_t end = clause_end(after + 1, e);
            emit_clause(after + 1, end, cue, who, para, confidence - 0.1);
            last = who;
            return end;
        }
        last = who;
        // "« ... », a-t-il dit, « ... »", "..., comme en témoignent X : « ... »": the cue serves the
        // quotation that follows too, unless a cue after that one claims it ("X : « ... », témoigne Y").
        // A few words may end the incise first: "décrit un journaliste de l'AFP sur place, « … »".
        if (const std::size_t tail = past_words(after, std::min(e, after + kInciseWordsTail));
            tail + 1 < e && is_punct(tokens_[tail], ",") && tokens_[tail + 1].kind == TokenKind::quote_open)
            after = tail;
        if (after + 1 < e && (is_punct(tokens_[after], ",") || is_punct(tokens_[after], ":")) &&
            tokens_[after + 1].kind == TokenKind::quote_open) {
            const std::int32_t next = mark_at(after + 1);
            const std::size_t close = next >= 0 ? in_.marks.spans[static_cast<std::size_t>(next)].close : e;
            const bool claimed = is_punct(tokens_[after], ":") && close + 1 < e && is_punct(tokens_[close + 1], ",");
            if (next >= 0 && in_.marks.spans[static_cast<std::size_t>(next)].open == after + 1 && !claimed) {
                emit_direct(static_cast<std::size_t>(next), cue_span, who, para, confidence);
                return in_.marks.spans[static_cast<std::size_t>(next)].close + 1;
            }
        }
        return after;
    }

    // "« Des habitants étaient sur les toits », « des véhicules sous les eaux », a rapporté X": two
    // quotations or more joined only by commas or "et" before one cue are as many quotations; their
    // marks, or none when tokens [first, end) hold anything else.
    std::vector<std::int32_t> quoted_series(std::size_t first, std::size_t end) const {
        std::vector<std::int32_t> series;
        for (std::size_t k = first; k < end;) {
            const std::int32_t m = mark_at(k);
            if (m < 0 || in_.marks.spans[static_cast<std::size_t>(m)].open != k) return {};
            series.push_back(m);
            k = in_.marks.spans[static_cast<std::size_t>(m)].close + 1;
            if (k == end) break;
            if (!is_punct(tokens_[k], ",") && !cues_.coordinators.count(tokens_[k].key())) return {};
            ++k;
        }
        if (series.size() < 2) return {};
        return series;
    }

    // Past the plain words (no punctuation, no quotation mark) that follow one another from k.
    std::size_t past_words(std::size_t k, std::size_t limit) const {
        while (k < limit && (tokens_[k].kind == TokenKind::word || tokens_[k].kind == TokenKind::elision)) ++k;
        return k;
    }

    // "M. Peskov a déclaré : « ... »", "X a fait valoir que ...", "Moscou a accusé l'Arménie d'essayer ..."
    std::size_t preposed(const Cue& cue, std::size_t clause_start, std::size_t e, std::size_t limit,
                         std::size_t para, Ref& last) {
        // "X a réaffirmé que …, et a appelé …": the second verb shares the first one's speaker.
        const bool shared = last.kind != Ref::Kind::none && cue.first > clause_start &&
                            cues_.coordinators.count(tokens_[cue.first - 1].key());
        Ref who = cue.kind == CueKind::inverted ? pronoun_ref(cue.pronoun) : shared ? last : subject_before(cue.first, clause_start);
        if (cue.narrative) who = narrative_subject(cue);
        if (who.kind == Ref::Kind::none && opens_on_relative(cue)) who = Ref{Ref::Kind::previous, 0, {}};
        // "Des manifestants se sont rassemblés devant la mairie pour dénoncer …": the verb before
        // "pour" is no cue, and its subject opens the sentence.
        if (cue.purpose) {
            // "Pour compléter le tableau, …" opens its sentence and has no subject to speak.
            if (cue.first == sentence_first_) return 0;
            who = shared ? last : purpose_subject(cue.first);
            // "« … », a insisté le président, avant de souligner que …": the speaker of the incise.
            if (who.kind == Ref::Kind::none && is_punct(tokens_[cue.first - 1], ",")) who = last;
        }
        // "L'Azerbaïdjan, qui a annoncé 71 morts, a proposé …": the aside held a cue of its own,
        // whose report ended the clause; the subject stands before the aside.
        if (who.kind == Ref::Kind::none && cue.kind == CueKind::verb && clause_start > sentence_first_ &&
            cue.first > sentence_first_ + 3 && is_punct(tokens_[cue.first - 1], ",") &&
            describing_aside(cue.first - 1, sentence_first_) < cue.first - 1)
            who = subject_before(cue.first, sentence_first_);
        // "« … », poursuit le syndicat qui déplore que …": the relative, whose cue closed the clause
        // before, stands for that clause's speaker; "… les conclusions de l'ONG Human Rights Watch,
        // qui a affirmé que …", for the name just before it. A phrase with no name ("un rapport qui
        // affirme") is left to the rules that follow.
        const std::size_t rel = relative_before(cue.first);
        if (who.kind == Ref::Kind::none && cue.kind == CueKind::verb && clause_start > sentence_first_ &&
            rel < cue.first && rel >= clause_start &&
            (rel == clause_start || (rel == clause_start + 1 && is_punct(tokens_[clause_start], ","))))
            if (const Ref antecedent = subject_before(rel + 1, sentence_first_);
                antecedent.kind == Ref::Kind::entity &&
                ((last.kind == Ref::Kind::entity && antecedent.entity == last.entity) || !table_.entities()[antecedent.entity].phrase))
                who = antecedent;
        const Span cue_span = cover(cue.first, cue.end);
        // "Je lui ai dit que …" inside someone's words reports the speaker quoted, not a new one.
        if (who.kind == Ref::Kind::none)
            for (std::size_t k = cue.first; k > clause_start && k + kFirstPersonReach > cue.first; --k)
                if (cues_.first_person.count(tokens_[k - 1].key())) return 0;
        const std::size_t start = skip_insertions(cue.end, e);
        // A report from `from` to its clause's end, by the speaker who goes on from then.
        const auto report_from = [&](std::size_t from, double confidence, bool object = false) {
            const std::size_t end = clause_end(from, limit, object);
            emit_clause(from, end, cue, who, para, confidence);
            last = who;
            return end;
        };
        // "a déclaré lors du forum public de son organisation, que …": the window counts from past
        // the channel or addressee that may come first.
        std::size_t window = std::min(limit, past_addressee(start, limit) + kComplementWindow);
        for (std::size_t k = start; k < window; ++k) {
            const Token& t = tokens_[k];
            // "a déclaré lundi, au sortir d'une réunion de crise, que …": an aside before "que".
            if (is_punct(t, ",")) {
                const std::size_t close = aside_close(k, limit);
                if (close > k && close + 1 < limit &&
                    (cues_.complementizers.count(tokens_[close + 1].key()) || is_punct(tokens_[close + 1], ":"))) {
                    k = close;
                    window = std::min(limit, std::max(window, close + 2));
                    continue;
                }
                // "a annoncé, après son échange avec X, ne pas se rendre à Istanbul", "a promis, lors du
                // conseil, de rouvrir l'école": an infinitive report after the aside.
                if (k == start && close > k && close + 2 < limit && who.kind != Ref::Kind::none && !reflexive(cue)) {
                    std::size_t from = close + 1;
                    if (cues_.infinitive_markers.count(tokens_[from].key())) ++from;
                    if (is_infinitive(from, limit)) return report_from(from, 0.6);
                }
            }
            if (t.kind == TokenKind::quote_open) {
                const std::int32_t m = mark_at(k);
                const bool colon = k > start && is_punct(tokens_[k - 1], ":");
                if ((k != start && !colon) || m < 0) break;
                const QuotedSpan& q = in_.marks.spans[static_cast<std::size_t>(m)];
                // "a dénoncé « un cynisme absolu » envers ...": the quotation is part of a report.
                const std::size_t end = clause_end(k, limit);
                if (!colon && q.close + 1 < end) {
                    emit_clause(k, end, cue, who, para, 0.7);
                    last = who;
                    return end;
                }
                // "a rejeté toute idée de partition : « ... »": the object is a report of its own.
                if (colon && object_report(cue, who, start, k - 1)) emit_clause(start, k - 1, cue, who, para, 0.6);
                emit_around_incise(static_cast<std::size_t>(m), incise(q), cue_span, who, para, 0.9);
                last = who;
                // "scandaient : « Démission », « Justice »": every quotation of a list after the colon.
                if (colon)
                    if (const std::vector<std::size_t> listed = quotation_list(static_cast<std::size_t>(m), limit); !listed.empty()) {
                        for (std::size_t i = 1; i < listed.size(); ++i) emit_direct(listed[i], cue_span, who, para, 0.8);
                        return in_.marks.spans[listed.back()].close + 1;
                    }
                return q.close + 1;
            }
            if (is_punct(t, ":") || cues_.complementizers.count(t.key())) {
                if (is_punct(t, ":") && k + 1 < e && tokens_[k + 1].kind == TokenKind::quote_open) continue;
                // "a insisté sur le dialogue plutôt que la confrontation": a comparison's "que".
                if (k > start && cues_.comparatives.count(tokens_[k - 1].key())) continue;
                const std::size_t end = clause_end(k + 1, limit);
                if (t.kind == TokenKind::word && relays_report(k + 1, end)) return k + 1;
                emit_clause(k + 1, end, cue, who, para, 0.8);
                last = who;
                return end;
            }
            const ReportingVerb& verb = cues_.verbs[cue.verb];
            // "a déclaré être prêt à ...", "dit avoir pensé à ...", "a assuré ne pas ...", and
            // "se dit prêt à ...", "se déclare favorable à ...". An attribute is no place or time:
            // "le feu s'est déclaré vers 2 heures dans un local" broke out there.
            const bool attribute = verb.attribute && t.kind == TokenKind::word && !cues_.place_prepositions.count(t.key()) &&
                                   !words_.determiners.count(t.key());
            // "a indiqué dans un communiqué poursuivre …": an infinitive past the channel.
            if (k == start && who.kind != Ref::Kind::none && !verb.intention) {
                const bool here = is_infinitive(k, limit) || attribute;
                // Not after a reflexive form: "un feu s'est déclaré dans la chambre d'un élève
                // adjoint volontaire" broke out there; "volontaire" only looks like "faire".
                const std::size_t from = here || reflexive(cue) ? k : infinitive_past_channel(k, limit);
                if (here || from > k) return report_from(from, 0.6);
            }
            // "a promis de prendre ...", "ont convenu d'ouvrir ...": the report is the infinitive.
            if (k == start && k + 1 < limit && who.kind != Ref::Kind::none && !verb.intention &&
                cues_.infinitive_markers.count(t.key()) && is_infinitive(k + 1, limit))
                return report_from(k + 1, 0.6);
            // "a expliqué pourquoi ...", "raconte comment ...": an indirect question is what was said.
            if (k == start && who.kind != Ref::Kind::none && cues_.interrogatives.count(t.key())) return report_from(k, 0.7);
            // "accuse Bakou de ...", "appelle les parties à ...", "appellent à une grève",
            // "plaide pour ...": what was said starts with the object, or with the preposition.
            // A noun phrase after the word ("a parlé d'une rencontre « très productive », quand …")
            // ends as an object does; an infinitive goes on as a clause, and so does what a colon
            // opens ("fait part de son agacement : arrivé à 9 h, il n'a découvert …").
            if (verb.object_then.count(t.key()) && (!verb.then_infinitive || is_infinitive(k + 1, limit))) {
                const bool colon = std::any_of(tokens_.begin() + static_cast<std::ptrdiff_t>(k),
                                               tokens_.begin() + static_cast<std::ptrdiff_t>(limit),
                                               [](const Token& x) { return is_punct(x, ":"); });
                return report_from(start, 0.7, !is_infinitive(k + 1, limit) && !colon);
            }
            if (is_end(t) || (t.kind == TokenKind::punct && t.folded() != ",")) break;
        }
        // "a dénoncé un budget « de renoncement »": an object that quotes the speaker's words;
        // "a démenti ces accusations": the object of a verb whose object is what was said.
        // "confirme à ACTUALITE.CD un bilan de 43 morts": the object follows its addressee.
        const std::size_t told = past_addressee(start, limit);
        const std::size_t object_start = told > start && starts_object(told, limit) ? told : past_comma_aside(start, limit);
        const std::size_t end = clause_end(object_start, limit, true);
        // An object that names someone's words before "selon lesquelles ..." is not itself a report.
        const bool object = object_report(cue, who, object_start, end) &&
                            !(end < e && starts_phrase(tokens_, end + (is_punct(tokens_[end], ",") ? 1 : 0), e, cues_.according));
        if (who.kind != Ref::Kind::none && (has_marks(object_start, end) || object)) {
            emit_clause(object_start, end, cue, who, para, 0.6);
            last = who;
            return end;
        }
        return 0;
    }

    // "L'agence TASS rapporte que le ministre Paul Renard a affirmé qu'il …": the clause from `first`
    // opens on a named subject and a cue with its own "que"; what was said is that inner report,
    // read as a sentence of its own from `first`.
    bool relays_report(std::size_t first, std::size_t end) const {
        constexpr std::size_t kRelayedSubjectWords = 16;  // "le Premier ministre arménien X et le président azéri Y"
        for (std::size_t k = first + 1; k < end && k <= first + kRelayedSubjectWords; ++k) {
            if (tokens_[k].kind != TokenKind::word && tokens_[k].kind != TokenKind::elision) {
                if (tokens_[k].kind == TokenKind::punct && tokens_[k].folded() != ",") return false;
                continue;
            }
            if (!*opens_cue_.find(tokens_[k])) continue;
            const std::optional<Cue> inner = match_cue(in_.text, tokens_, k, end, in_.lexicon, in_.calendar);
            if (!inner) continue;
            if (inner->kind != CueKind::verb || mention_ending(k - 1) < 0) return false;
            const std::size_t after = skip_insertions(inner->end, end);
            return after < end && cues_.complementizers.count(tokens_[after].key());
        }
        return false;
    }

    // "Qui dénonce aussi …", "Qui d'ailleurs, souligne que …": a sentence that opens on the
    // relative, with only insertions before its cue, goes on with the last speaker.
    bool opens_on_relative(const Cue& cue) const {
        const std::size_t f = sentence_first_;
        if (cue.first <= f || !tokens_[f].capitalized || !cues_.relatives.count(tokens_[f].key())) return false;
        std::size_t k = f + 1;
        while (k < cue.first) {
            const std::size_t next = is_punct(tokens_[k], ",") ? k + 1 : skip_insertions(k, cue.first);
            if (next == k) break;
            k = next;
        }
        return k == cue.first;
    }

    // "Et le ministre d'ajouter …" names who goes on; "Et d'ajouter …" is the last speaker.
    Ref narrative_subject(const Cue& cue) {
        const std::int32_t m = mention_starting(cue.first + 1);
        return m >= 0 && !is_bare_name(m) ? mention_ref(m) : Ref{Ref::Kind::previous, 0, {}};
    }

    // True when tokens [first, end) are the object of a verb whose object is what was said, and
    // someone said it.
    // A reflexive form takes no such object: "un incendie s'est déclaré dans la chambre d'un élève".
    bool object_report(const Cue& cue, const Ref& who, std::size_t first, std::size_t end) const {
        return who.kind != Ref::Kind::none && cue.kind == CueKind::verb && cues_.verbs[cue.verb].object &&
               !reflexive(cue) && starts_object(first, end) && !starts_phrase(tokens_, first, end, cues_.unsaid_objects);
    }

    // "se dit prêt", and "qui s'exprimait le 30 septembre", whose verb the lexicon reads without
    // its pronoun: a reflexive verb has no said object.
    bool reflexive(const Cue& cue) const {
        if (cue.first > 0 && cues_.reflexive_pronouns.count(tokens_[cue.first - 1].key())) return true;
        for (std::size_t k = cue.first; k < cue.end && k < cue.first + 2; ++k)
            if (cues_.reflexive_pronouns.count(tokens_[k].key())) return true;
        return false;
    }

    // A cue set inside the quotation, French style: « Il faut agir vite, insiste-t-elle. Chaque
    // jour compte. » It names the speaker and cuts the quotation in two.
    struct Incise {
        Ref who;
        Span cue;
        std::size_t before = 0;  // the comma that ends the words before the incise
        std::size_t resume = 0;  // the first token of the words after it; the closing mark when none
    };

    Incise incise(const QuotedSpan& q) {
        for (std::size_t k = q.open + 2; k < q.close; ++k) {
            if (!is_punct(tokens_[k - 1], ",")) continue;
            const auto cue = match_cue(in_.text, tokens_, k, q.close, in_.lexicon, in_.calendar);
            if (!cue || (cue->kind != CueKind::inverted && cue->kind != CueKind::verb)) continue;
            // "…, pour alerter l'auditeur afin qu'il …": a purpose is the speaker's own words.
            if (cue->purpose || (cue->kind == CueKind::verb && !subject_follows(cue->end, q.close))) continue;
            std::size_t after = cue->end;
            Incise found{{}, cover(cue->first, cue->end), k - 1, q.close};
            found.who = cue->kind == CueKind::inverted ? pronoun_ref(cue->pronoun) : subject_after(cue->end, q.close, after);
            found.resume = resume_after(after, q.close);
            return found;
        }
        return {};
    }

    // "« Sans nous, que mangerez-vous ? » ou encore « Macron, réponds-nous », pouvait-on lire sur
    // les pancartes des manifestants": quotations read or heard somewhere were written or chanted by
    // the first person, group or body named after where; with none named, by nobody known.
    bool read_on(std::size_t mark, std::size_t e, std::size_t para) {
        std::vector<std::size_t> listed{mark};
        std::size_t k = in_.marks.spans[mark].close + 1;
        for (;;) {
            std::size_t j = k;
            while (j < e && cues_.quotation_joiners.count(tokens_[j].key())) ++j;
            if (j == k && j < e && is_punct(tokens_[j], ",") && j + 1 < e && tokens_[j + 1].kind == TokenKind::quote_open) ++j;
            const std::int32_t next = j > k && j < e && tokens_[j].kind == TokenKind::quote_open ? mark_at(j) : -1;
            if (next < 0 || !in_.marks.spans[static_cast<std::size_t>(next)].closed) break;
            listed.push_back(static_cast<std::size_t>(next));
            k = in_.marks.spans[static_cast<std::size_t>(next)].close + 1;
        }
        std::size_t length = 0;
        if (k + 1 >= e || !is_punct(tokens_[k], ",") || !starts_phrase(tokens_, k + 1, e, cues_.reading_cues, &length))
            return false;
        const std::size_t cue_end = k + 1 + length;
        Ref who{};
        for (std::size_t j = cue_end; j < e && who.kind == Ref::Kind::none; ++j)
            if (const std::int32_t m = mention_starting(j); m >= 0 && !is_bare_name(m)) who = mention_ref(m);
        for (const std::size_t item : listed) emit_direct(item, cover(k + 1, cue_end), who, para, 0.7);
        return true;
    }

    // "« … », ironise-t-il", "« … », avait-il lancé", "« … », s'agace-t-elle": after a quotation
    // and a comma, a verb the lexicon does not know still tells who spoke when its subject pronoun
    // follows it; "« … », semble-t-il" is an aside.
    std::optional<Cue> unknown_incise(std::size_t close, std::size_t e) const {
        std::size_t v = close + 2;
        if (v >= e || !is_punct(tokens_[close + 1], ",")) return std::nullopt;
        if (cues_.reflexive_pronouns.count(tokens_[v].key()) && v + 1 < e) ++v;
        const Token& verb = tokens_[v];
        if (verb.kind != TokenKind::word) return std::nullopt;
        Cue cue;
        cue.first = close + 2;
        cue.kind = CueKind::inverted;
        cue.pronoun = inverted_pronoun(in_.lexicon.mentions, verb.folded());
        if (cue.pronoun.empty()) return std::nullopt;
        cue.end = v + 1;
        if (cues_.inverted_auxiliaries.count(verb.key()) || cues_.inverted_reflexive_auxiliaries.count(verb.key())) {
            if (cue.end >= e || tokens_[cue.end].kind != TokenKind::word || tokens_[cue.end].capitalized) return std::nullopt;
            ++cue.end;
            return cue;
        }
        const std::string& w = verb.folded();
        if (cues_.impersonal_inversions.count(std::string_view(w).substr(0, w.find('-')))) return std::nullopt;
        return cue;
    }

    // "« On mérite mieux », a simplifié St-Louis": after a quotation and a comma, an auxiliary,
    // a participle the lexicon does not know and a name tell who spoke, as an inverted pronoun does.
    Ref unknown_named_incise(std::size_t close, std::size_t e, Span& cue) {
        const std::size_t aux = close + 2;
        if (aux + 2 >= e || !is_punct(tokens_[close + 1], ",") || !is_auxiliary(aux) ||
            !ends_with_any(aux + 1, cues_.participle_endings))
            return {};
        const std::int32_t m = mention_starting(aux + 2);
        if (m < 0 || is_bare_name(m)) return {};
        cue = cover(aux, aux + 2);
        return mention_ref(m);
    }

    // Where the quotation goes on after an incise that ends at k: past the full stop that closes
    // it ("insiste-t-elle. Chaque jour compte"), else past a comma ("dit-il, chaque jour compte").
    std::size_t resume_after(std::size_t k, std::size_t close) const {
        // A relative clause that tells more of the speaker runs on to its full stop, commas and all.
        const std::size_t from = k < close && is_punct(tokens_[k], ",") ? k + 1 : k;
        if (from < close && cues_.relatives.count(tokens_[from].key()))
            for (std::size_t j = from; j < std::min(close, from + kInciseRelativeTail); ++j)
                if (is_end(tokens_[j])) return j + 1;
        const std::size_t window = std::min(close, k + kInciseTail);
        for (const bool stop : {true, false})
            for (std::size_t j = k; j < window; ++j)
                if (stop ? is_end(tokens_[j]) : is_punct(tokens_[j], ",")) return j + 1;
        return close;
    }

    // A quotation cut by an incise is two quotations of the same speaker, with the same cue.
    void emit_around_incise(std::size_t mark, const Incise& cut, Span cue, const Ref& who, std::size_t para,
                            double confidence) {
        const QuotedSpan& q = in_.marks.spans[mark];
        if (cut.cue.size() == 0 || cut.resume >= q.close || cut.before <= q.open + 1 || used_[mark])
            return emit_direct(mark, cue, who, para, confidence);
        used_[mark] = true;
        out_.push_back({QuoteKind::direct, cover(q.open + 1, cut.before), cue, who, para, confidence});
        out_.push_back({QuoteKind::direct, cover(cut.resume, q.close), cue, who, para, confidence});
    }

    // Who speaks before a colon that opens a quotation: "X est catégorique : « … »", and after
    // "Et d'ajouter : « … »" the speaker before, who goes on.
    Ref colon_speaker(std::size_t start, std::size_t colon, Span& cue) {
        std::size_t length = 0;
        if (starts_phrase(tokens_, start, colon, cues_.narrative_infinitives, &length) && start + length == colon) {
            cue = cover(start, colon);
            return {Ref::Kind::previous, 0, {}};
        }
        return sentence_subject(start, colon);
    }

    // "Il n'y a plus d'obstacle à la paix. C'est ce qu'a déclaré X.": the sentence before, in the
    // same paragraph and with nothing found in it yet, is what X said.
    void report_before(const Sentence& s) {
        const std::size_t index = static_cast<std::size_t>(&s - in_.index.sentences.data());
        if (index == 0) return;
        const Sentence& before = in_.index.sentences[index - 1];
        if (report_before_opening_cue(s, before, index)) return;
        // The cue first: it is rare, and a sentence's marks are read again only when it is there.
        Span cue;
        bool pointed_back = false;
        const Ref who = next_sentence_speaker(s.first_token, cue, pointed_back);
        // Across a paragraph only when the cue says "it" ("X l'a déclaré lors d'une conférence").
        if (who.kind == Ref::Kind::none || (before.paragraph != s.paragraph && !pointed_back) ||
            has_marks(before.first_token, before.end_token))
            return;
        const std::size_t end = clause_end(before.first_token, before.end_token);
        if (end <= before.first_token) return;
        const Span span = cover(before.first_token, end);
        // A report found in it with nobody to say it ("Aucun obstacle ne s'oppose à …") was a reading
        // of its words, not what someone said.
        erase_drafts([&](const QuoteDraft& q) { return overlaps(q, span) && q.speaker.kind == Ref::Kind::none; },
                     first_overlapping(span));
        if (!found_in(span)) out_.push_back({QuoteKind::indirect, span, cue, who, s.paragraph, 0.7});
    }

    // "… cycle naturel”,⏎⏎Explique Marc Roy, de l'université de Berne." or "⏎⏎explique Anne Lo.":
    // a sentence that opens on its cue verb and its subject, and says nothing more, reports what
    // came before it. A page that set a quotation apart in a paragraph of its own, without marks,
    // leaves that paragraph; a sentence cut at the comma of its incise leaves that sentence.
    bool report_before_opening_cue(const Sentence& s, const Sentence& before, std::size_t index) {
        const std::size_t end = s.end_token;
        const auto cue = verb_cue_at(s.first_token, end);
        if (!cue || cue->first != s.first_token) return false;
        const std::int32_t m = mention_starting(subject_start(cue->end, end));
        if (m < 0) return false;
        std::size_t after = in_.mentions[static_cast<std::size_t>(m)].end;
        // "de l'université de Columbia": where the speaker works.
        if (after < end && words_.of_words.count(tokens_[after].key()))
            while (after < end && after < s.first_token + kAsideWords && !is_end(tokens_[after]) && !is_punct(tokens_[after], ","))
                ++after;
        if (after < end && !is_end(tokens_[after]) && !is_punct(tokens_[after], ",")) return false;
        const std::size_t last = clause_end(before.first_token, before.end_token);
        if (last <= before.first_token) return false;
        const bool cut = is_punct(tokens_[before.end_token - 1], ",");
        const std::size_t first = before.paragraph != s.paragraph && !cut ? paragraph_first_token(index - 1) : before.first_token;
        const Span span = cover(first, last);
        // The words were read as the last speaker's from their marks alone: this cue says whose.
        erase_drafts([&](const QuoteDraft& q) { return q.needs_speaker && overlaps(q, span); }, first_overlapping(span));
        if (found_in(span)) return false;
        const Ref who = mention_ref(m);
        QuoteKind kind = has_marks(first, last) ? QuoteKind::mixed : QuoteKind::indirect;
        if (kind == QuoteKind::indirect && has_word(first, last, cues_.first_person)) kind = QuoteKind::direct;
        out_.push_back({kind, span, cover(cue->first, cue->end), who, s.paragraph, 0.6});
        return true;
    }

    // "« … ». C'est ce qu'a déclaré X.": a sentence that opens on what was said before it names
    // the speaker after its cue. `next` is the first token of that sentence.
    Ref next_sentence_speaker(std::size_t next, Span& cue_span, bool& pointed_back) {
        const std::size_t s = sentence_of(next);
        if (s >= in_.index.sentences.size()) return {};
        const std::size_t end = in_.index.sentences[s].end_token;
        // "C'est ce qu'", and past an insertion "C'est du moins ce qu'".
        std::size_t opener = 0, length = 0;
        if (!starts_phrase(tokens_, next, end, cues_.next_sentence_openers, &opener))
            return named_next(next, end, cue_span, pointed_back);
        const std::size_t what = skip_insertions(next + opener, end);
        // "c'est par ces mots que le procureur a ouvert son réquisitoire", "c'est en ces termes que
        // s'est présenté le prévenu": whoever the clause is about spoke, whatever its verb.
        if (starts_phrase(tokens_, what, end, cues_.manner_cues, &length) && what + length < end &&
            cues_.complementizers.count(tokens_[what + length].key())) {
            const Ref who = manner_subject(what + length + 1, end);
            if (who.kind != Ref::Kind::none) cue_span = cover(next, what + length + 1);
            return who;
        }
        if (!starts_phrase(tokens_, what, end, cues_.next_sentence_cues, &length)) return {};
        const std::size_t k = skip_insertions(what + length, end);
        if (const auto cue = verb_cue_at(k, end)) {
            std::size_t after = cue->end;
            const Ref who = subject_after(cue->end, end, after);
            if (who.kind != Ref::Kind::none) cue_span = cover(cue->first, cue->end);
            return who;
        }
        // The subject before its verb: "c'est ce qu'ils assurent", "c'est ce que le maire, Paul
        // Roy, a affirmé".
        for (std::size_t j = k + 1; j < end && j <= k + kAsideWords; ++j) {
            if (tokens_[j].kind == TokenKind::quote_open || is_end(tokens_[j])) break;
            if (const auto cue = verb_cue_at(j, end)) {
                const Ref who = subject_before(j, k);
                if (who.kind != Ref::Kind::none) cue_span = cover(cue->first, cue->end);
                return who;
            }
        }
        return {};
    }

    // Who a clause after "c'est en ces termes que" is about: its subject, or after its verb the one
    // set off by a comma ("que s'est présenté hier devant la Cour, le chef de l'ex-junte").
    Ref manner_subject(std::size_t k, std::size_t end) {
        const Token& t = tokens_[k];
        const bool subject_first = mention_starting(k) >= 0 || words_.determiners.count(t.key()) ||
                                   (t.kind == TokenKind::word && words_.pronouns.count(t.key()));
        if (!subject_first)
            for (std::size_t j = k + 1; j + 1 < end && j < k + kMaxClauseTokens; ++j)
                if (is_punct(tokens_[j], ",")) {
                    if (const std::int32_t m = mention_starting(j + 1); m >= 0) return mention_ref(m);
                    if (words_.determiners.count(tokens_[j + 1].key()))
                        return phrase_ref(j + 1, description_end(j + 2, end, j + 1 + kMaxSubjectWords));
                }
        return sentence_subject(k, end);
    }

    // "« J'étais déjà là en 2012. » Jérôme Baron se rappelle et soupire.": a sentence that opens on
    // a person and their reporting verb, reporting nothing itself, tells who said the quotation
    // before it.
    // "Le ministre, Ararat Mirzoyan, l'a déclaré lors d'une conférence de presse": the name may
    // come in apposition, and the cue's "l'" points back at what was said (`pointed_back`).
    Ref named_next(std::size_t next, std::size_t end, Span& cue_span, bool& pointed_back) {
        std::int32_t m = mention_starting(next);
        if (m < 0) return {};
        std::size_t k = skip_insertions(in_.mentions[static_cast<std::size_t>(m)].end, end);
        const auto points_back = [&](std::size_t at) {
            return at + 1 < end && tokens_[at].kind == TokenKind::elision && cues_.incise_clitics.count(tokens_[at].key());
        };
        // An apposition before the cue only with that "l'": "X, le maire, a dénoncé un budget …"
        // reports its own object.
        if (k + 1 < end && is_punct(tokens_[k], ",")) {
            const std::int32_t named = mention_starting(k + 1);
            const std::size_t after = named >= 0 ? in_.mentions[static_cast<std::size_t>(named)].end : end;
            if (in_.mentions[static_cast<std::size_t>(m)].name.size() && points_back(k + 1)) {
                ++k;  // the name closed an apposition the mention holds: "Le ministre, Ararat Mirzoyan,"
            } else if (named >= 0 && after < end && is_punct(tokens_[after], ",") && points_back(after + 1)) {
                m = named;
                k = after + 1;
            }
        }
        if (!is_one_person(table_.entities()[in_.entity_of_mention[static_cast<std::size_t>(m)]]) ||
            in_.mentions[static_cast<std::size_t>(m)].name.size() == 0)
            return {};
        const bool clitic = points_back(k);
        if (clitic) ++k;
        const auto cue = verb_cue_at(k, end);
        if (!cue || cue->first != k) return {};
        pointed_back = clitic;
        // "X affirme que …", "X raconte :" report what follows instead, and so does a verb with an
        // object of its own: "X a expliqué la décision de …" says nothing of the sentence before.
        if (cue->end < end && (cues_.complementizers.count(tokens_[cue->end].key()) || is_punct(tokens_[cue->end], ":")))
            return {};
        if (!clitic && starts_object(cue->end, end)) return {};
        // Past an adverb or an addressee the verb may still have its own report: "X estime toutefois
        // que …", "X a expliqué à la barre qu'…", "X a affirmé avoir …".
        if (!clitic) {
            const std::size_t own = past_addressee(skip_insertions(cue->end, end), end);
            if (own < end && (cues_.complementizers.count(tokens_[own].key()) || is_infinitive(own, end)))
                return {};
        }
        cue_span = cover(cue->first, cue->end);
        return mention_ref(m);
    }

    // A person the text names for the first time, a named mention ending among tokens [first, end) after
    // any quotation there: the last one when `last`, else the first.
    Ref newcomer(std::size_t first, std::size_t end, bool last) {
        for (std::size_t n = first; n < end; ++n) {
            const std::size_t k = last ? end - 1 - (n - first) : n;
            if (mark_at(k) >= 0) return {};
            const std::int32_t m = mention_ending(k);
            // A description with no name ("l'éleveur", "sa mère") points back to someone named before.
            if (m < 0 || !introduces_[static_cast<std::size_t>(m)] || in_.mentions[static_cast<std::size_t>(m)].name.size() == 0)
                continue;
            if (is_one_person(table_.entities()[in_.entity_of_mention[static_cast<std::size_t>(m)]])) return mention_ref(m);
        }
        return {};
    }

    std::size_t paragraph_first_token(std::size_t sentence) const {
        const auto& ss = in_.index.sentences;
        while (sentence > 0 && ss[sentence - 1].paragraph == ss[sentence].paragraph) --sentence;
        return ss[sentence].first_token;
    }

    // A quotation with no cue after a sentence that introduces someone and reports nobody is
    // theirs, not the last speaker's ("Une crainte que partage Lucie, caissière depuis vingt ans.
    // « … »"). A quotation that makes a paragraph of its own with no stop is a subhead, the words
    // of the person the next paragraph introduces ("« Nous n'avons plus rien »" then "Jean Martin,
    // …"), unless that paragraph is only a name, the byline.
    Ref introduced_speaker(const QuotedSpan& q, std::size_t start, std::size_t e) {
        const auto& ss = in_.index.sentences;
        const std::size_t s = sentence_of(q.open);
        const std::size_t next = sentence_of(e);
        if (is_subhead(q, start, e)) {
            const Ref who = newcomer(ss[next].first_token, ss[next].end_token, false);
            return who.kind != Ref::Kind::none && !is_byline(ss[next]) ? who : Ref{};
        }
        if (start != q.open) return {};
        // "« On va étudier. » Le maire de Chailles, Florent Marmagne, a vécu …": a quotation that
        // opens its paragraph is the person the next sentence introduces as its subject.
        if (start == paragraph_first_token(s) && next < ss.size() && ss[next].paragraph == ss[s].paragraph)
            if (const Ref who = introduced_subject(ss[next]); who.kind != Ref::Kind::none) return who;
        // A sentence about the place or the moment may come between ("Le Carrefour était sur sa
        // route."), one that names someone else may not.
        for (std::size_t back = 1; back <= kIntroductionLookBack && back <= s; ++back) {
            const Sentence& before = ss[s - back];
            if (before.paragraph != ss[s].paragraph || reports(before)) return {};
            if (const Ref who = newcomer(before.first_token, before.end_token, true); who.kind != Ref::Kind::none)
                return who;
            if (names_person(before.first_token, before.end_token)) return {};
        }
        return {};
    }

    // "En face, le maire n'a pas les mêmes souvenirs :" ends a paragraph, and the quotation that
    // opens the next one is what the sentence's subject remembers.
    Ref paragraph_colon_speaker(std::size_t start, Span& cue) {
        if (start == 0 || !is_punct(tokens_[start - 1], ":")) return {};
        const auto& ss = in_.index.sentences;
        const std::size_t s = sentence_of(start), before = sentence_of(start - 1);
        if (before >= s || ss[before].paragraph == ss[s].paragraph) return {};
        return colon_speaker(ss[before].first_token, start - 1, cue);
    }

    // "« J'ai vu des jeunes qui couraient en criant : “Dehors !” »": a quotation inside a direct
    // one, after a colon, is what the subject of its clause said, or the witness's own words when
    // the clause is in the first person ("Je lui ai répondu : “…”"). It changes nobody's turn.
    void nested() {
        std::vector<std::size_t> direct;  // drafts, by start
        for (std::size_t d = 0; d < out_.size(); ++d)
            if (out_[d].kind == QuoteKind::direct) direct.push_back(d);
        std::vector<bool> read(in_.marks.spans.size(), false);
        for (const std::size_t d : direct) {
            const std::int32_t m = mark_of(out_[d].span.start);
            if (m < 0 || read[static_cast<std::size_t>(m)]) continue;
            read[static_cast<std::size_t>(m)] = true;
            reports_inside(static_cast<std::size_t>(m), QuoteDraft(out_[d]));
        }
        std::sort(direct.begin(), direct.end(), [&](std::size_t a, std::size_t b) { return out_[a].span.start < out_[b].span.start; });
        for (const QuotedSpan& q : in_.marks.inner) {
            const std::int32_t quoted = q.open > 0 && is_punct(tokens_[q.open - 1], ":") ? mark_at(q.open) : -1;
            if (quoted < 0) continue;
            const auto after = std::upper_bound(direct.begin(), direct.end(), q.content.start,
                                                [&](std::size_t at, std::size_t d) { return at < out_[d].span.start; });
            if (after == direct.begin()) continue;
            const QuoteDraft outer = out_[*(after - 1)];
            if (q.content.end > outer.span.end) continue;
            const std::size_t colon = q.open - 1;
            // The clause the colon ends: "Des piétons hurlaient, certains criaient :" is not the
            // first clause's subject speaking.
            std::size_t start = std::max(in_.index.sentences[sentence_of(colon)].first_token,
                                         in_.marks.spans[static_cast<std::size_t>(quoted)].open + 1);
            for (std::size_t k = colon; k > start; --k)
                if (is_punct(tokens_[k - 1], ",") || is_end(tokens_[k - 1])) {
                    start = k;
                    break;
                }
            while (start < colon && tokens_[start].kind >= TokenKind::quote_open) ++start;  // marks and punctuation: the last kinds
            if (start == colon) continue;
            // The clause is read inside the quotation, its marks set aside as reports_inside does.
            quoted_span_ = quoted;
            Ref who = cues_.first_person.count(tokens_[start].key()) ? outer.speaker : sentence_subject(start, colon);
            quoted_span_ = -1;
            // "… est monté lui aussi à la tribune" : a pronoun past the clause's start is no subject.
            if (who.kind == Ref::Kind::pronoun && !cues_.first_person.count(tokens_[start].key()) &&
                tokens_[start].folded() != who.pronoun)
                who = {};
            QuoteDraft heard{QuoteKind::direct, q.content, Span{}, who, outer.paragraph, 0.6};
            heard.nested = true;
            out_.push_back(std::move(heard));
        }
    }

    // "Les coprésidents ont publié une déclaration sur leurs entretiens." reports nothing itself;
    // the quotation that opens the next sentence, or the next paragraph, is the statement it
    // announces, said by its subject.
    Ref announced_speaker(std::size_t start) {
        const auto& ss = in_.index.sentences;
        const std::size_t s = sentence_of(start);
        if (s == 0 || s >= ss.size()) return {};
        const Sentence& before = ss[s - 1];
        if (before.paragraph + 1 < ss[s].paragraph || reports(before)) return {};
        for (std::size_t k = before.first_token; k < before.end_token; ++k)
            if (tokens_[k].kind == TokenKind::word && cues_.statement_nouns.count(tokens_[k].key()))
                return sentence_subject(before.first_token, k);
        return {};
    }

    // The one person named in the sentences of its paragraph before token `start` (a few at
    // most), or nobody when there are none or several: pronouns and descriptions point back to
    // whoever the name is, and a group ("les habitants") is no narrator. A quotation that opens
    // its paragraph looks at the last sentence of the one before, when it reports nothing: "…,
    // Kirby Dach a accepté une part du blâme.⏎« Je dois accepter … »".
    Ref paragraph_person(std::size_t start) {
        const auto& ss = in_.index.sentences;
        const std::size_t s = sentence_of(start);
        std::size_t first = s;
        while (first > 0 && s - first < kNarratorSentences && ss[first - 1].paragraph == ss[s].paragraph) --first;
        std::size_t end = start;
        if (first == s && start == ss[s].first_token && s > 0 && ss[s - 1].paragraph + 1 == ss[s].paragraph &&
            !reports(ss[s - 1])) {
            first = s - 1;
            end = ss[s - 1].end_token;
        }
        std::optional<std::size_t> person;
        for (std::size_t k = ss[first].first_token; k < end; ++k) {
            const std::int32_t m = mention_starting(k);
            if (m < 0 || in_.mentions[static_cast<std::size_t>(m)].name.size() == 0) continue;
            const std::size_t e = in_.entity_of_mention[static_cast<std::size_t>(m)];
            if (!is_one_person(table_.entities()[e])) continue;
            if (person && *person != e) return {};
            person = e;
        }
        return person ? entity_ref(*person) : Ref{};
    }

    // The subject of a sentence when it is a person named there for the first time, with their
    // role before or after the name ("Le maire de Chailles, Florent Marmagne, a …").
    Ref introduced_subject(const Sentence& next) {
        std::size_t k = next.first_token;
        std::int32_t m = mention_starting(k);
        // A role in apposition before the name: the name follows its comma.
        if (m >= 0 && in_.mentions[static_cast<std::size_t>(m)].name.size() == 0) {
            const std::size_t after = in_.mentions[static_cast<std::size_t>(m)].end;
            m = after + 1 < next.end_token && is_punct(tokens_[after], ",") ? mention_starting(after + 1) : -1;
        }
        if (m < 0 || !introduces_[static_cast<std::size_t>(m)] || in_.mentions[static_cast<std::size_t>(m)].name.size() == 0)
            return {};
        return is_one_person(table_.entities()[in_.entity_of_mention[static_cast<std::size_t>(m)]]) ? mention_ref(m) : Ref{};
    }

    // A quotation that makes a paragraph of its own with no stop, sentence e going on in the next.
    // A stop inside it makes it a statement of several sentences, whose last stop was put after the
    // closing mark ("« … J'ai dépêché le médecin. Il viendra ce soir »."), not a subhead.
    bool is_subhead(const QuotedSpan& q, std::size_t start, std::size_t e) const {
        const auto& ss = in_.index.sentences;
        const std::size_t s = sentence_of(q.open);
        const std::size_t next = sentence_of(e);
        if (start != paragraph_first_token(s) || q.close <= q.open + 1 || is_end(tokens_[q.close - 1]) ||
            tokens_[q.close - 1].kind == TokenKind::punct || next >= ss.size() || ss[next].paragraph == ss[s].paragraph)
            return false;
        for (std::size_t k = q.open + 1; k < q.close; ++k)
            if (is_end(tokens_[k])) return false;
        return true;
    }

    bool names_person(std::size_t first, std::size_t end) const {
        for (std::size_t k = first; k < end; ++k) {
            const std::int32_t m = mention_ending(k);
            if (m < 0) continue;
            if (may_be_people(table_.entities()[in_.entity_of_mention[static_cast<std::size_t>(m)]])) return true;
        }
        return false;
    }

    bool is_byline(const Sentence& s) const {
        const std::int32_t m = mention_starting(s.first_token);
        return m >= 0 && in_.mentions[static_cast<std::size_t>(m)].end + 1 >= s.end_token;
    }

    // Whether a sentence holds a quotation or the cue of a report already found. Reports come
    // sentence by sentence: those of an earlier sentence end the backward look.
    bool reports(const Sentence& s) const {
        if (has_marks(s.first_token, s.end_token)) return true;
        for (auto d = out_.rbegin(); d != out_.rend(); ++d) {
            if (d->cue.size() && d->cue.start >= s.span.start && d->cue.end <= s.span.end) return true;
            if (d->span.end <= s.span.start && d->cue.end <= s.span.start) return false;
        }
        return false;
    }

    // An interview: paragraphs that ask a question, each followed by one that answers it, in the
    // interviewee's words. At least kMinInterviewAnswers questions to "vous" answered in the first
    // person make an interview; then every answer is a quotation of the person the introduction
    // names most, and what was found inside it gives way.
    struct Paragraph {
        std::size_t first_sentence = 0, end_sentence = 0;
    };
    std::vector<Paragraph> paragraphs() const {
        const auto& ss = in_.index.sentences;
        std::vector<Paragraph> paras;
        for (std::size_t i = 0; i < ss.size(); ++i) {
            if (paras.empty() || ss[paras.back().first_sentence].paragraph != ss[i].paragraph) paras.push_back({i, i});
            paras.back().end_sentence = i + 1;
        }
        return paras;
    }
    std::pair<std::size_t, std::size_t> tokens_of(const Paragraph& p) const {
        const auto& ss = in_.index.sentences;
        return {ss[p.first_sentence].first_token, ss[p.end_sentence - 1].end_token};
    }

    // "Claude Martin raconte :" ends a paragraph, and the next one, in the first person and with
    // no quotation marks, is what he tells: a quotation set apart as a block, whose marks the page
    // drew and the text lost. Only after a colon whose sentence names who speaks or holds a cue.
    void blockquote(const std::vector<Paragraph>& paras) {
        const auto& ss = in_.index.sentences;
        for (std::size_t i = 0; i + 1 < paras.size(); ++i) {
            const auto [first, end] = tokens_of(paras[i]);
            const auto [b_first, b_end] = tokens_of(paras[i + 1]);
            if (end < first + 3 || !is_punct(tokens_[end - 1], ":") || b_end <= b_first + 2 ||
                has_marks(b_first, b_end) || !has_word(b_first, b_end, cues_.first_person) ||
                ss[paras[i + 1].first_sentence].paragraph != ss[paras[i].first_sentence].paragraph + 1)
                continue;
            if (has_marks(ss[paras[i].end_sentence - 1].first_token, end)) continue;
            Span cue{};
            const Ref who = paragraph_colon_speaker(b_first, cue);
            if (who.kind == Ref::Kind::none) continue;
            const std::size_t last = is_end(tokens_[b_end - 1]) ? b_end - 1 : b_end;
            const Span span = cover(b_first, last);
            erase_drafts([&](const QuoteDraft& q) { return overlaps(q, span); });
            out_.push_back({QuoteKind::direct, span, cue, who, ss[paras[i + 1].first_sentence].paragraph, 0.5});
        }
    }

    // A post pasted with its embed's signature is its author's words, whatever was read in it.
    void embedded_posts() {
        const std::vector<EmbeddedPost> posts = find_embedded_posts(in_.text);
        if (posts.empty()) return;
        erase_drafts([&](const QuoteDraft& q) {
            const auto after = std::upper_bound(posts.begin(), posts.end(), q.span.start,
                                                [](std::uint32_t at, const EmbeddedPost& p) { return at < p.text.end; });
            return after != posts.end() && overlaps(q, after->text);
        });
        for (const EmbeddedPost& post : posts) {
            const std::size_t first = first_token_from(tokens_, post.author.start);
            std::size_t end = first;
            while (end < tokens_.size() && tokens_[end].start < post.author.end && tokens_[end].kind == TokenKind::word) ++end;
            if (end == first) continue;
            const std::int32_t m = mention_starting(first);
            const Ref who = m >= 0 && in_.mentions[static_cast<std::size_t>(m)].end == end
                                ? mention_ref(m)
                                : entity_ref(table_.add_phrase(cover(first, end), EntityType::organization));
            const std::size_t said = sentence_of(first_token_from(tokens_, post.text.start));
            if (said >= in_.index.sentences.size()) continue;
            const std::size_t para = in_.index.sentences[said].paragraph;
            out_.push_back({QuoteKind::direct, post.text, post.handle, who, para, 0.8});
        }
    }

    void interview(const std::vector<Paragraph>& paras) {
        const auto& ss = in_.index.sentences;
        auto asks = [&](const Paragraph& p) {
            const auto [first, end] = tokens_of(p);
            return end > first && tokens_[end - 1].folded() == "?";
        };
        // Once the article is an interview, any question ("L'amour est-il le fil conducteur ?")
        // is followed by an answer.
        std::vector<std::size_t> answers;
        std::size_t sure = 0;
        for (std::size_t i = 0; i + 1 < paras.size(); ++i) {
            if (!asks(paras[i]) || asks(paras[i + 1])) continue;
            const auto [q_first, q_end] = tokens_of(paras[i]);
            const auto [a_first, a_end] = tokens_of(paras[i + 1]);
            sure += has_word(q_first, q_end, cues_.addressed) && has_word(a_first, a_end, cues_.first_person);
            answers.push_back(i + 1);
        }
        // What an answer reports ("je pense que …") is the interviewee's words already.
        auto answer = [&](std::size_t a, std::size_t first, std::size_t end, const Ref& who) {
            const Span span = cover(first, end);
            erase_drafts([&](const QuoteDraft& q) { return q.span.start >= span.start && q.span.end <= span.end; });
            out_.push_back({QuoteKind::direct, span, Span{}, who, ss[paras[a].first_sentence].paragraph, 0.5});
        };
        // "Vincent Bosson: Le problème principal …" after a question: the answer names who gives it.
        std::erase_if(answers, [&](std::size_t a) {
            const auto [first, end] = tokens_of(paras[a]);
            const std::int32_t m = mention_starting(first);
            if (m < 0) return false;
            const std::size_t colon = in_.mentions[static_cast<std::size_t>(m)].end;
            const EntityDraft& e = table_.entities()[in_.entity_of_mention[static_cast<std::size_t>(m)]];
            if (colon + 1 >= end || !is_punct(tokens_[colon], ":") || !e.name_words || !e.person_evidence) return false;
            answer(a, colon + 1, end, mention_ref(m));
            return true;
        });
        if (sure >= kMinInterviewAnswers && !answers.empty()) {
            const Ref who = interviewee(tokens_of(paras[answers.front() - 1]).first);
            for (const std::size_t a : answers) {
                const auto [first, end] = tokens_of(paras[a]);
                answer(a, first, end, who);
            }
        }
        std::stable_sort(out_.begin(), out_.end(), [](const QuoteDraft& x, const QuoteDraft& y) { return x.span.start < y.span.start; });
        max_end_.clear();
    }

    // True when a word of tokens [first, end) is in `words`, alone or after a hyphen ("vivez-vous").
    bool has_word(std::size_t first, std::size_t end, const WordSet& words) const {
        for (std::size_t k = first; k < end; ++k) {
            const std::string& w = tokens_[k].folded();
            const std::size_t hyphen = w.rfind('-');
            if (words.count(tokens_[k].key()) || (hyphen != std::string::npos && words.count(std::string_view(w).substr(hyphen + 1))))
                return true;
        }
        return false;
    }

    // The person named most before the first question.
    Ref interviewee(std::size_t before) const {
        std::vector<std::size_t> count;
        for (std::size_t i = 0; i < in_.mentions.size() && in_.mentions[i].first < before; ++i) {
            const std::size_t e = in_.entity_of_mention[i];
            const EntityDraft& d = table_.entities()[e];
            if (d.type != EntityType::person && !d.person_evidence) continue;
            if (e >= count.size()) count.resize(e + 1, 0);
            ++count[e];
        }
        const auto best = std::max_element(count.begin(), count.end());
        return best == count.end() || *best == 0 ? Ref{} : entity_ref(static_cast<std::size_t>(best - count.begin()));
    }

    // "Lors d'un entretien, Emmanuel Macron « a condamné le choix … »", "le gouvernement « regrette
    // que … »": a subject that opens its clause, then a quotation that opens on a reporting verb.
    // The speaker's own words carry the verb; the quotation is theirs. Returns true when emitted.
    bool quoted_predicate(std::size_t mark, std::size_t start, std::size_t para) {
        const QuotedSpan& q = in_.marks.spans[mark];
        if (q.open <= start || q.open + 1 >= q.close) return false;
        const std::int32_t subject = mention_ending(q.open - 1);
        if (subject < 0 || is_bare_name(subject)) return false;
        const std::size_t first = in_.mentions[static_cast<std::size_t>(subject)].first;
        if (first != start && !is_punct(tokens_[first - 1], ",")) return false;
        const auto cue = match_cue(in_.text, tokens_, q.open + 1, q.close, in_.lexicon, in_.calendar);
        if (!cue || cue->kind != CueKind::verb) return false;
        emit_direct(mark, cover(cue->first, cue->end), mention_ref(subject), para, 0.7);
        return true;
    }

    // A quotation that is a sentence of its own: « ... ». Its speaker is the one before it, or the
    // subject of "X est catégorique : « ... »". Looked at in the sentence where it closes, once the
    // cues there had their chance.
    // The quotations from mark `first` on, each closed and joined to the next by a comma or "et",
    // when the last ends the sentence; none when they do not.
    std::vector<std::size_t> quotation_list(std::size_t first, std::size_t e) const {
        std::vector<std::size_t> list{first};
        for (;;) {
            const QuotedSpan& q = in_.marks.spans[list.back()];
            std::size_t k = q.close + 1;
            if (k < e && (is_punct(tokens_[k], ",") || cues_.coordinators.count(tokens_[k].key()))) ++k;
            const std::int32_t next = k < e ? mark_at(k) : -1;
            if (next >= 0 && in_.marks.spans[static_cast<std::size_t>(next)].open == k &&
                in_.marks.spans[static_cast<std::size_t>(next)].closed && !used_[static_cast<std::size_t>(next)]) {
                list.push_back(static_cast<std::size_t>(next));
                continue;
            }
            while (k < e && (is_end(tokens_[k]) || tokens_[k].kind == TokenKind::punct)) ++k;
            return list.size() >= 2 && k >= e ? list : std::vector<std::size_t>{};
        }
    }

    // "« On charge la voiture et on part ! » : dans un quartier de …": a story that opens on
    // someone's words, then a colon and the scene they were said in. Spoken words are told by a
    // first person or an exclamation; a title between marks ("« Guerre des prix » : …") is neither.
    bool lede(const QuotedSpan& q, std::size_t e) const {
        if (!q.closed || q.close + 2 >= e || !is_punct(tokens_[q.close + 1], ":")) return false;
        if (has_word(q.open + 1, q.close, cues_.first_person)) return true;
        for (std::size_t k = q.open + 1; k < q.close; ++k)
            if (is_end(tokens_[k]) && (tokens_[k].folded() == "!" || tokens_[k].folded() == "?")) return true;
        return false;
    }

    // "« Ça va rester difficile » : Christian Dubé lance un appel aux infirmières": the way titles
    // give a quotation, then after a colon who said it and what they do. No predicate after the
    // name, and the name may only label the quotation's topic.
    Ref speaker_after_colon(std::size_t colon, std::size_t e) {
        if (colon + 1 >= e || !is_punct(tokens_[colon], ":")) return {};
        const std::int32_t m = mention_starting(colon + 1);
        if (m < 0 || !names_people(m)) return {};
        const std::size_t end = in_.mentions[static_cast<std::size_t>(m)].end;
        if (end >= e || tokens_[end].kind != TokenKind::word) return {};
        return mention_ref(m);
    }

    void standalone(std::size_t f, std::size_t e, std::size_t para) {
        for (std::size_t k = f; k < e; ++k) {
            const std::int32_t m = mark_at(k);
            if (m < 0) continue;
            const QuotedSpan& q = in_.marks.spans[static_cast<std::size_t>(m)];
            if (q.close != k || used_[static_cast<std::size_t>(m)]) continue;
            const std::size_t start = in_.index.sentences[sentence_of(q.open)].first_token;
            if (quoted_predicate(static_cast<std::size_t>(m), start, para)) continue;
            const bool colon = q.open > start && is_punct(tokens_[q.open - 1], ":");
            const bool opens = q.open == start || colon || (q.open == start + 1 && tokens_[start].kind == TokenKind::punct);
            std::size_t after = q.close + 1;
            while (after < e && (is_end(tokens_[after]) || tokens_[after].kind == TokenKind::punct)) ++after;
            // "leurs revendications : « A », « B », « C »…": a list of quotations after a colon.
            // "Mme Lagarde a livré sa pensée vendredi : « assez longtemps, c'est assez long », et …":
            // one quotation after a colon, its sentence going on after a comma, when someone is
            // named to have said it.
            if (colon && q.closed && after < e) {
                std::vector<std::size_t> listed = quotation_list(static_cast<std::size_t>(m), e);
                const bool single = listed.empty() && is_punct(tokens_[q.close + 1], ",");
                if (single) listed.push_back(static_cast<std::size_t>(m));
                if (listed.empty()) continue;
                Span cue{};
                Ref who = colon_speaker(start, q.open - 1, cue);
                // A bare capitalized word that opens the sentence ("Agrafées à leurs vêtements")
                // names nobody who could chant or write the list.
                if (who.kind == Ref::Kind::entity) {
                    const EntityDraft& named = table_.entities()[who.entity];
                    if (named.type == EntityType::other && !named.person_evidence) who = {};
                }
                if (single && who.kind == Ref::Kind::none) continue;
                for (const std::size_t item : listed) emit_direct(item, cue, who, para, 0.6);
                k = in_.marks.spans[listed.back()].close;
                continue;
            }
            if (opens && !colon && lede(q, e)) {
                emit_direct(static_cast<std::size_t>(m), {}, {}, para, 0.6);
                continue;
            }
            if (opens && q.closed && after < e) {
                if (const Ref who = speaker_after_colon(q.close + 1, e); who.kind != Ref::Kind::none) {
                    emit_direct(static_cast<std::size_t>(m), {}, who, para, 0.6);
                    continue;
                }
                if (read_on(static_cast<std::size_t>(m), e, para)) continue;
                // "« … », c'est par ces mots que X a ouvert …": the cleft after the comma names who spoke.
                if (is_punct(tokens_[q.close + 1], ",")) {
                    Span cue;
                    bool pointed_back = false;
                    if (const Ref who = next_sentence_speaker(q.close + 2, cue, pointed_back); who.kind != Ref::Kind::none) {
                        emit_direct(static_cast<std::size_t>(m), cue, who, para, 0.7);
                        continue;
                    }
                }
                if (const std::optional<Cue> cue = unknown_incise(q.close, e)) {
                    emit_direct(static_cast<std::size_t>(m), cover(cue->first, cue->end), pronoun_ref(cue->pronoun), para,
                                0.7);
                    continue;
                }
                Span named_cue;
                if (const Ref who = unknown_named_incise(q.close, e, named_cue); who.kind != Ref::Kind::none)
                    emit_direct(static_cast<std::size_t>(m), named_cue, who, para, 0.7);
                continue;
            }
            if (!opens) {
                quoted_fragment(static_cast<std::size_t>(m), start, e, para);
                continue;
            }
            // After "on pouvait lire :" nobody is named: the quotation has no speaker.
            const Incise cut = incise(q);
            Span cue = cut.cue;
            Ref who = colon ? colon_speaker(start, q.open - 1, cue) : cut.who;
            bool pointed_back = false;
            if (!colon && who.kind == Ref::Kind::none) who = next_sentence_speaker(e, cue, pointed_back);
            if (!colon && who.kind == Ref::Kind::none) who = introduced_speaker(q, start, e);
            if (!colon && who.kind == Ref::Kind::none) who = paragraph_colon_speaker(start, cue);
            if (!colon && who.kind == Ref::Kind::none) who = announced_speaker(start);
            Ref narrator;
            if (!colon && who.kind == Ref::Kind::none) {
                who.kind = Ref::Kind::previous;
                narrator = paragraph_person(start);
            }
            const std::size_t first_draft = out_.size();
            emit_around_incise(static_cast<std::size_t>(m), cut, cue, who, para, colon || cue.size() ? 0.8 : 0.6);
            for (std::size_t d = first_draft; d < out_.size(); ++d) out_[d].narrator = narrator;
            if (who.kind == Ref::Kind::previous && is_subhead(q, start, e))
                for (std::size_t d = first_draft; d < out_.size(); ++d) out_[d].subhead = true;
        }
    }

    // "Les autres blessés ont été « beaucoup plus légèrement » touchés.", "Le pays est « souverain »
    // et « ouvert au dialogue »": a sentence that reports nothing else, with someone's words of a
    // few words quoted inside, is what the last one who spoke says. A title is no one's words
    // ("un rapport intitulé « … »"), nor one or two words marked as a term.
    void quoted_fragment(std::size_t mark, std::size_t start, std::size_t e, std::size_t para) {
        constexpr std::size_t kMinQuotedWords = 3;
        const QuotedSpan& q = in_.marks.spans[mark];
        if (!q.closed || used_[mark] || q.open == 0 || cues_.title_words.count(tokens_[q.open - 1].key())) return;
        std::size_t words = 0;
        for (std::size_t k = q.open + 1; k < q.close; ++k) words += tokens_[k].kind == TokenKind::word;
        if (words < kMinQuotedWords) return;
        std::size_t end = e;
        while (end > start && (is_end(tokens_[end - 1]) || is_punct(tokens_[end - 1], ","))) --end;
        const Span span = cover(start, end);
        if (end <= q.close || found_in(span)) return;
        used_[mark] = true;
        // "La Chine « ne cédera pas à la menace »": a subject right before the marks says them.
        const std::int32_t subject = mention_ending(q.open - 1);
        if (subject >= 0 && in_.mentions[static_cast<std::size_t>(subject)].first == start && !is_bare_name(subject)) {
            out_.push_back({QuoteKind::mixed, span, Span{}, mention_ref(subject), para, 0.5});
            return;
        }
        out_.push_back({QuoteKind::mixed, span, Span{}, Ref{Ref::Kind::previous, 0, {}}, para, 0.4});
        out_.back().narrator = paragraph_person(start);
        out_.back().needs_speaker = true;
    }
};

}  // namespace

std::vector<QuoteDraft> find_quotes(const SpeechText& in, EntityTable& table, std::vector<bool>& subjects) {
    return QuoteFinder(in, table, subjects).run();
}

}  // namespace depeche
