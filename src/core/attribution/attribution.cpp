#include "attribution.h"

#include <algorithm>

namespace depeche {
namespace {

constexpr std::size_t kSpeakerLookBack = 12;  // earlier speakers a pronoun may point to
constexpr std::size_t kMentionLookBack = 40;  // earlier mentions a pronoun may point to
constexpr std::size_t kNestedReports = 3;     // reports that may hold one mention, one inside another
constexpr std::size_t kQuietParagraphs = 3;   // how far a speaker goes on while nobody else is named

bool compatible(const EntityDraft& e, const PronounInfo& p) {
    if (e.gender && p.gender && e.gender != p.gender) return false;
    // A bare name ("Moscou", "Karabakh") says nothing a pronoun could agree with, unless it has
    // spoken and nothing says it is a place or a body (an acronym is one): "…, a déclaré Lagarde.
    // Elle a annoncé …".
    const bool spoke_as_someone = e.speaker && e.type == EntityType::other && e.acronym.empty() &&
                                  std::any_of(e.name.begin(), e.name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (!e.person_evidence && !e.gender && !e.plural && !spoke_as_someone) return false;
    if (p.plural) return e.plural || e.type == EntityType::group;
    return !e.plural && e.type != EntityType::group;
}

class Resolver {
public:
    // `reports`: the spans of what the quotations report, by start.
    Resolver(const Mentions& mentions, const std::vector<std::size_t>& entity_of_mention,
             const std::vector<bool>& salient, const std::vector<Span>& reports, const EntityTable& table)
        : mentions_(mentions), entity_of_(entity_of_mention), salient_(salient), reports_(reports), table_(table) {}

    // `not_him`: who the pronoun cannot be, the speaker of the quotation it is told in ("Il m'a
    // dit qu'il …" is someone else than the one saying "m'").
    std::optional<std::size_t> pronoun(const PronounInfo& p, std::size_t before,
                                       const std::vector<std::size_t>& speakers,
                                       std::optional<std::size_t> not_him) const {
        // "Ce dernier réclame …" points to the last one named, whoever the subjects were.
        if (p.latest) return last_named(p, before, false, not_him);
        const auto& entities = table_.entities();
        auto m = first_mention_from(before);
        for (std::size_t n = 0; m != mentions_.begin() && n < kMentionLookBack; ++n) {
            --m;
            const auto i = static_cast<std::size_t>(m - mentions_.begin());
            // "Et d'ajouter : un nouveau commandement de l'Otan … Il a reconnu": a subject inside
            // what someone said is theirs, not the article's.
            if (salient_[i] && entity_of_[i] != not_him && compatible(entities[entity_of_[i]], p) &&
                !reported(m->span))
                return entity_of_[i];
        }
        for (std::size_t k = speakers.size(), n = 0; k > 0 && n < kSpeakerLookBack; --k, ++n)
            if (speakers[k - 1] != not_him && compatible(entities[speakers[k - 1]], p)) return speakers[k - 1];
        // Nobody salient fits: the last compatible person named at all ("X a rencontré Y. ..., a-t-il dit").
        return last_named(p, before, true, not_him);
    }

    // Whether someone other than `speaker` is named in [from, to) who could have said a
    // quotation with no cue: a person or a group of people. An institution or a place named in
    // passing ("le Département a mandaté un cabinet") leaves the speaker speaking.
    bool names_another(std::size_t speaker, std::size_t from, std::size_t to) const {
        const auto& entities = table_.entities();
        auto m = first_mention_from(from);
        for (; m != mentions_.end() && m->span.start < to; ++m) {
            const std::size_t e = entity_of_[static_cast<std::size_t>(m - mentions_.begin())];
            if (e != speaker && may_be_people(entities[e])) return true;
        }
        return false;
    }

    // Whether `entity` is named, by a proper name, inside `span`.
    bool names(std::size_t entity, Span span) const {
        for (auto m = first_mention_from(span.start); m != mentions_.end() && m->span.end <= span.end; ++m)
            if (m->name.size() && entity_of_[static_cast<std::size_t>(m - mentions_.begin())] == entity) return true;
        return false;
    }

private:
    bool reported(Span span) const {
        auto r = std::upper_bound(reports_.begin(), reports_.end(), span.start,
                                  [](std::size_t at, const Span& x) { return at < x.start; });
        // Reports may nest; the few before the mention are looked at, the nearest first.
        for (std::size_t n = 0; r != reports_.begin() && n < kNestedReports; ++n)
            if ((--r)->contains(span)) return true;
        return false;
    }

    // The first mention that starts at `pos` or later.
    Mentions::const_iterator first_mention_from(std::size_t pos) const {
        return std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                                [](const Mention& x, std::size_t at) { return x.span.start < at; });
    }

    // The entity of the last mention before `before` that the pronoun agrees with, a person's
    // when `person`.
    std::optional<std::size_t> last_named(const PronounInfo& p, std::size_t before, bool person,
                                          std::optional<std::size_t> not_him) const {
        const auto& entities = table_.entities();
        auto m = first_mention_from(before);
        for (std::size_t n = 0; m != mentions_.begin() && n < kMentionLookBack; ++n) {
            --m;
            const std::size_t e = entity_of_[static_cast<std::size_t>(m - mentions_.begin())];
            if (e != not_him && (!person || entities[e].person_evidence) && compatible(entities[e], p)) return e;
        }
        return std::nullopt;
    }

    const Mentions& mentions_;
    const std::vector<std::size_t>& entity_of_;
    const std::vector<bool>& salient_;
    const std::vector<Span>& reports_;
    const EntityTable& table_;
};

}  // namespace

std::vector<std::optional<std::size_t>> attribute(const std::vector<QuoteDraft>& drafts,
                                                   const Mentions& mentions,
                                                   const std::vector<std::size_t>& entity_of_mention,
                                                   const std::vector<bool>& subjects,
                                                   const MentionLexicon& lexicon, EntityTable& table) {
    std::vector<std::optional<std::size_t>> out(drafts.size());
    std::vector<std::size_t> order(drafts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return drafts[a].span.start < drafts[b].span.start; });
    std::vector<Span> reports;
    for (const std::size_t d : order) reports.push_back(drafts[d].span);
    Resolver resolver(mentions, entity_of_mention, subjects, reports, table);
    std::vector<std::size_t> speakers;  // resolved speakers, oldest first
    std::optional<std::size_t> previous;
    std::optional<std::size_t> outer;  // the last quotation that is not inside another
    std::size_t previous_paragraph = 0, previous_end = 0;
    for (const std::size_t d : order) {
        const QuoteDraft& q = drafts[d];
        std::optional<std::size_t> who;
        switch (q.speaker.kind) {
            case SpeakerRef::Kind::entity:
                who = q.speaker.entity;
                // "Thomas « est arrivé au centre », a ajouté le responsable": the role was taken
                // for the one named in the words said; who speaks of him is someone else, the
                // speaker before, when there is one.
                if (q.speaker.by_role && previous && *previous != *who && resolver.names(*who, q.span))
                    who = previous;
                break;
            case SpeakerRef::Kind::previous:
                // Words read from their marks alone are the last speaker's only in the paragraph
                // where that speaker spoke.
                if (q.needs_speaker) {
                    if (previous && q.paragraph == previous_paragraph) who = previous;
                    break;
                }
                // Further on, a portrait's quotations stay the portrayed person's while the
                // paragraphs between name nobody else who could speak; a subhead that far opens
                // another part of the article. Beyond them, the one person the quotation's
                // paragraph names speaks.
                if (previous && (q.paragraph <= previous_paragraph + 1 ||
                                 (!q.subhead && q.paragraph <= previous_paragraph + kQuietParagraphs &&
                                  !resolver.names_another(*previous, previous_end, q.span.start))))
                    who = previous;
                else if (q.narrator.kind == SpeakerRef::Kind::entity)
                    who = q.narrator.entity;
                break;
            case SpeakerRef::Kind::pronoun: {
                const auto p = lexicon.pronouns.find(q.speaker.pronoun);
                if (p == lexicon.pronouns.end()) break;
                // Look before the quotation and its cue, whichever comes first.
                const std::size_t before = q.cue.size() ? std::min(q.cue.start, q.span.start) : q.span.start;
                const bool told_inside = q.nested && outer && drafts[*outer].span.start <= q.span.start &&
                                         q.span.end <= drafts[*outer].span.end;
                who = resolver.pronoun(p->second, before, speakers,
                                       told_inside ? out[*outer] : std::nullopt);
                // "Une source du Hamas a déclaré : « … ». Il a ajouté : « … »": a role's grammatical
                // gender may disagree with the one it names; with nobody else the pronoun can be, the
                // speaker just before, of its number, goes on.
                if (!who && !told_inside && previous && q.paragraph <= previous_paragraph + 1 &&
                    table.entities()[*previous].plural == p->second.plural)
                    who = previous;
                else if (who) table.note_gender(*who, p->second.gender);
                break;
            }
            case SpeakerRef::Kind::none: break;
        }
        out[d] = who;
        if (who) table.entities()[*who].speaker = true;
        // Words read from their marks alone that nobody is found to have said are dropped: they
        // take no one's turn.
        if (q.nested || (q.needs_speaker && !who)) continue;
        outer = d;
        if (who) speakers.push_back(*who);
        previous = who;
        previous_paragraph = q.paragraph;
        previous_end = q.span.end;
    }
    return out;
}

}  // namespace depeche
