#include "attribution.h"

#include <algorithm>

namespace depeche {
namespace {

constexpr std::size_t kSpeakerLookBack = 12;  // earlier speakers a pronoun may point to
constexpr std::size_t kMentionLookBack = 40;  // earlier mentions, when no speaker fits

bool compatible(const EntityDraft& e, const PronounInfo& p) {
    if (e.gender && p.gender && e.gender != p.gender) return false;
    if (p.plural) return e.plural || e.type == EntityType::group || e.type == EntityType::organization;
    return !e.plural && e.type != EntityType::group;
}

}  // namespace

std::vector<std::optional<std::size_t>> attribute(const std::vector<QuoteDraft>& drafts,
                                                   const std::vector<Mention>& mentions,
                                                   const std::vector<std::size_t>& entity_of_mention,
                                                   const MentionLexicon& lexicon, EntityTable& table) {
    std::vector<std::optional<std::size_t>> out(drafts.size());
    std::vector<std::size_t> order(drafts.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return drafts[a].span.start < drafts[b].span.start; });
    std::vector<std::size_t> speakers;  // resolved speakers, oldest first
    std::optional<std::size_t> previous;
    std::size_t previous_paragraph = 0;
    for (const std::size_t d : order) {
        const QuoteDraft& q = drafts[d];
        std::optional<std::size_t> who;
        switch (q.speaker.kind) {
            case SpeakerRef::Kind::entity: who = q.speaker.entity; break;
            case SpeakerRef::Kind::previous:
                if (previous && q.paragraph <= previous_paragraph + 1) who = previous;
                break;
            case SpeakerRef::Kind::pronoun: {
                const auto p = lexicon.pronouns.find(q.speaker.pronoun);
                if (p == lexicon.pronouns.end()) break;
                const auto& entities = table.entities();
                for (std::size_t k = speakers.size(), n = 0; k > 0 && n < kSpeakerLookBack && !who; --k, ++n)
                    if (compatible(entities[speakers[k - 1]], p->second)) who = speakers[k - 1];
                // No earlier speaker fits: the last person named before the quotation.
                auto m = std::lower_bound(mentions.begin(), mentions.end(), q.span.start,
                                          [](const Mention& x, std::size_t pos) { return x.span.start < pos; });
                for (std::size_t n = 0; !who && m != mentions.begin() && n < kMentionLookBack; ++n) {
                    --m;
                    const std::size_t e = entity_of_mention[static_cast<std::size_t>(m - mentions.begin())];
                    if (entities[e].person_evidence && compatible(entities[e], p->second)) who = e;
                }
                if (who) table.note_gender(*who, p->second.gender);
                break;
            }
            case SpeakerRef::Kind::none: break;
        }
        out[d] = who;
        if (who) {
            speakers.push_back(*who);
            table.entities()[*who].speaker = true;
        }
        previous = who;
        previous_paragraph = q.paragraph;
    }
    return out;
}

}  // namespace depeche
