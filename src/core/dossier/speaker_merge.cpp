#include "speaker_merge.h"

#include "speaker_names.h"

#include "core/fold.h"
#include "core/time/date_math.h"
#include "core/word_set.h"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace depeche {
namespace {

// Roles change hands: "le Premier ministre" of an article is the one named in another only when
// they were published this close.
constexpr long kRoleDays = 366;
constexpr long kNoDate = std::numeric_limits<long>::min();

struct Candidate {
    std::size_t article = 0, entity = 0;
    SpeakerName name;
    long days = kNoDate;  // the article's DCT
};

// A role someone held, by the group of the speaker who held it and when.
struct Holder {
    std::size_t group = 0;
    long days = kNoDate;
};

long dct_days(const Analysis& a) {
    long first = 0, end = 0;
    return a.dct && time::value_span(*a.dct, first, end) ? first : kNoDate;
}

class Merger {
public:
    explicit Merger(std::size_t candidates) { group_of_.assign(candidates, 0); }

    std::size_t group_of(std::size_t candidate) const { return group_of_[candidate]; }
    std::size_t groups() const { return groups_; }

    void join(std::size_t candidate, std::size_t group) { group_of_[candidate] = group; }
    std::size_t start(std::size_t candidate) { return group_of_[candidate] = groups_++; }

    // The group already under `key`, or a new one it now names.
    std::size_t keyed(WordMap<std::size_t>& map, std::string_view key, std::size_t candidate) {
        if (const std::size_t* g = map.value(key)) {
            join(candidate, *g);
            return *g;
        }
        const std::size_t g = start(candidate);
        map.emplace(key, g);
        return g;
    }

private:
    std::vector<std::size_t> group_of_;
    std::size_t groups_ = 0;
};

// The holder of one of `roles` closest in time, within kRoleDays; nullptr when none.
const Holder* holder_near(const WordMap<std::vector<Holder>>& holders, const std::vector<std::string>& roles, long days) {
    const Holder* best = nullptr;
    if (days == kNoDate) return best;
    for (const std::string& role : roles)
        if (const auto* list = holders.value(role))
            for (const Holder& h : *list)
                if (h.days != kNoDate && std::labs(h.days - days) <= kRoleDays &&
                    (!best || std::labs(h.days - days) < std::labs(best->days - days)))
                    best = &h;
    return best;
}

void add_unique(std::vector<std::string>& list, WordSet& seen, const std::string& item, const std::string& key) {
    if (seen.insert(key).second) list.push_back(item);
}

}  // namespace

std::vector<DossierSpeaker> merge_speakers(const std::vector<DossierArticle>& articles, const Resources& resources,
                                           std::vector<ArticleLinks>& links) {
    // The speakers of each article, with their quotes, in entity order.
    std::vector<Candidate> candidates;
    std::vector<std::vector<std::vector<std::size_t>>> quotes_of(articles.size());  // [article][entity]
    for (std::size_t a = 0; a < articles.size(); ++a) {
        const Analysis& an = articles[a].result.analysis;
        links[a].speaker.assign(an.entities.size(), kNowhere);
        quotes_of[a].resize(an.entities.size());
        const auto entity_at = index_by_id(an.entities);
        for (std::size_t q = 0; q < an.quotes.size(); ++q)
            if (an.quotes[q].speaker)
                if (const auto it = entity_at.find(*an.quotes[q].speaker); it != entity_at.end())
                    quotes_of[a][it->second].push_back(q);
        const long days = dct_days(an);
        for (std::size_t e = 0; e < an.entities.size(); ++e)
            if (!quotes_of[a][e].empty())
                candidates.push_back(
                    {a, e, read_speaker_name(an.entities[e], resources.speech.mentions, resources.names), days});
    }
    const auto entity = [&](const Candidate& c) -> const Entity& {
        return articles[c.article].result.analysis.entities[c.entity];
    };
    const auto is_person = [&](const Candidate& c) { return entity(c).type == EntityType::person; };

    Merger m(candidates.size());
    WordMap<std::size_t> by_full, by_body, by_bare;
    WordMap<std::vector<std::size_t>> full_by_surname;  // groups with a full name, by their surname
    WordMap<std::vector<Holder>> named_holders, role_only;
    // Full names and bodies first, so that a bare surname or a role finds them whatever the order.
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const Candidate& cand = candidates[c];
        if (!is_person(cand)) {
            const std::string key =
                std::string(to_string(entity(cand).type)) + ":" + role_key(entity(cand).name, resources.speech.mentions);
            m.keyed(by_body, key, c);
        } else if (cand.name.words.size() >= 2) {
            const std::size_t before = m.groups();
            const std::size_t g = m.keyed(by_full, cand.name.full(), c);
            if (g == before) full_by_surname[cand.name.words.back()].push_back(g);
        }
    }
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const Candidate& cand = candidates[c];
        if (!is_person(cand) || cand.name.words.size() != 1) continue;
        const auto* full = full_by_surname.value(cand.name.words.back());
        if (full && full->size() == 1) m.join(c, full->front());
        else m.keyed(by_bare, cand.name.words.back(), c);
    }
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const Candidate& cand = candidates[c];
        if (is_person(cand) && !cand.name.words.empty())
            for (const std::string& role : cand.name.roles) named_holders[role].push_back({m.group_of(c), cand.days});
    }
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const Candidate& cand = candidates[c];
        if (!is_person(cand) || !cand.name.words.empty()) continue;
        if (cand.name.indefinite) {
            m.start(c);
            continue;
        }
        const Holder* h = holder_near(named_holders, cand.name.roles, cand.days);
        if (!h) h = holder_near(role_only, cand.name.roles, cand.days);
        const std::size_t g = h ? h->group : m.start(c);
        m.join(c, g);
        for (const std::string& role : cand.name.roles) role_only[role].push_back({g, cand.days});
    }

    // Groups in order of their first candidate, which is input order: stable ids.
    std::vector<std::size_t> rank(m.groups(), SIZE_MAX);
    std::vector<std::vector<std::size_t>> members;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        std::size_t& r = rank[m.group_of(c)];
        if (r == SIZE_MAX) {
            r = members.size();
            members.emplace_back();
        }
        members[r].push_back(c);
    }
    std::vector<DossierSpeaker> speakers(members.size());
    for (std::size_t s = 0; s < members.size(); ++s) {
        DossierSpeaker& out = speakers[s];
        out.id = numbered_id("s", s + 1);
        out.type = entity(candidates[members[s].front()]).type;
        std::size_t best_words = 0;
        WordSet aliases, roles;
        for (std::size_t c : members[s]) {
            const Candidate& cand = candidates[c];
            const Entity& e = entity(cand);
            const DossierArticle& article = articles[cand.article];
            links[cand.article].speaker[cand.entity] = static_cast<int>(s);
            // The longest full name seen names a person; one known only by roles keeps its first
            // description. A body is named whole ("Compagnie fluviale de Valmorin"), never by
            // the proper name inside it.
            if (out.type != EntityType::person) {
                if (e.name.size() > out.name.size()) out.name = e.name;
            } else {
                const std::size_t words = cand.name.words.size();
                const bool longer = words == best_words && words > 0 && cand.name.shown.size() > out.name.size();
                if (out.name.empty() || words > best_words || longer) {
                    out.name = words > 0 ? cand.name.shown : e.name;
                    best_words = words;
                }
            }
            add_unique(out.aliases, aliases, e.name, e.name);
            for (const std::string& alias : e.aliases) add_unique(out.aliases, aliases, alias, alias);
            for (const std::string& role : e.roles) add_unique(out.roles, roles, role, fold(role));
            out.entities.push_back({article.id, e.id});
            for (std::size_t q : quotes_of[cand.article][cand.entity])
                out.quotes.push_back({article.id, article.result.analysis.quotes[q].id});
        }
    }
    return speakers;
}

}  // namespace depeche
