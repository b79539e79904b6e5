#include "event_merge.h"

#include "core/events/summary_words.h"
#include "core/fold.h"
#include "core/time/date_math.h"
#include "core/word_set.h"

#include <algorithm>

namespace depeche {
namespace {

// A value that many articles share (a busy day) has many events: a new one is compared with the
// latest few of them only, which keeps merging linear in the number of events.
constexpr std::size_t kLookBack = 16;

using Hashes = events::WordHashes;

struct Group {
    std::vector<std::pair<std::size_t, std::size_t>> sources;  // (article, event)
    int place = kNowhere;
    std::vector<int> speakers;  // sorted
    Hashes entities;            // sorted hashes of the other entities involved, by type and folded name
    Hashes words;               // of the first source's summary
    bool dated = false;
    long first = 0, end = 0;
};

void sort_unique(Hashes& h) {
    std::sort(h.begin(), h.end());
    h.erase(std::unique(h.begin(), h.end()), h.end());
}

using events::shared_count;

class EventMerger {
public:
    EventMerger(const std::vector<DossierArticle>& articles, const std::vector<ArticleLinks>& links)
        : articles_(articles), links_(links), article_subjects_(articles.size()) {}

    void add(std::size_t a, std::size_t e, const std::unordered_map<std::string_view, std::size_t>& entity_at,
             const std::unordered_map<std::string_view, std::size_t>& quote_at,
             const std::unordered_map<std::string_view, std::size_t>& place_at) {
        const Analysis& an = articles_[a].result.analysis;
        const Event& ev = an.events[e];
        Group g;
        g.sources.push_back({a, e});
        if (ev.place)
            if (const auto it = place_at.find(*ev.place); it != place_at.end()) g.place = links_[a].place[it->second];
        const auto involve = [&](std::size_t entity) {
            const int s = links_[a].speaker[entity];
            if (s != kNowhere) {
                g.speakers.push_back(s);
            } else {
                const Entity& en = an.entities[entity];
                g.entities.push_back(WordHash{}(std::string(to_string(en.type)) + ":" + fold(en.name)));
            }
        };
        for (const std::string& id : ev.entities)
            if (const auto it = entity_at.find(id); it != entity_at.end()) involve(it->second);
        for (const std::string& id : ev.quotes)
            if (const auto q = quote_at.find(id); q != quote_at.end() && an.quotes[q->second].speaker)
                if (const auto it = entity_at.find(*an.quotes[q->second].speaker); it != entity_at.end())
                    involve(it->second);
        std::sort(g.speakers.begin(), g.speakers.end());
        g.speakers.erase(std::unique(g.speakers.begin(), g.speakers.end()), g.speakers.end());
        sort_unique(g.entities);
        events::summary_words(ev.summary, g.words);
        g.dated = ev.value && time::value_span(*ev.value, g.first, g.end);
        if (ev.value)
            if (Group* twin = twin_of(g, a, by_value_[*ev.value])) {
                absorb(*twin, std::move(g));
                return;
            }
        if (ev.value) by_value_[*ev.value].push_back(groups_.size());
        groups_.push_back(std::move(g));
    }

    std::vector<Group> take() { return std::move(groups_); }

private:
    const std::vector<DossierArticle>& articles_;
    const std::vector<ArticleLinks>& links_;
    std::vector<Group> groups_;
    WordMap<std::vector<std::size_t>> by_value_;
    std::vector<std::vector<int>> article_subjects_;

    // What an article is about: the pooled places it names and the speakers it quotes, sorted
    // in one list (a place p as 2p, a speaker s as 2s + 1), so two articles share a subject when
    // the lists meet.
    const std::vector<int>& subjects_of(std::size_t article) {
        std::vector<int>& out = article_subjects_[article];
        if (out.empty()) {
            for (int p : links_[article].place) out.push_back(2 * p);
            for (int sp : links_[article].speaker)
                if (sp != kNowhere) out.push_back(2 * sp + 1);
            std::sort(out.begin(), out.end());
            out.erase(std::unique(out.begin(), out.end()), out.end());
        }
        return out;
    }

    Group* twin_of(const Group& g, std::size_t article, const std::vector<std::size_t>& same_value) {
        for (std::size_t k = same_value.size(), seen = 0; k-- > 0 && seen < kLookBack; ++seen) {
            Group& other = groups_[same_value[k]];
            if (std::any_of(other.sources.begin(), other.sources.end(), [&](const auto& s) { return s.first == article; }))
                continue;
            const bool same_place = g.place != kNowhere && g.place == other.place;
            const std::size_t smaller = std::min(g.words.size(), other.words.size());
            const bool same_words = smaller > 0 && 3 * shared_count(g.words, other.words) >= 2 * smaller;
            const bool same_people = shared_count(g.speakers, other.speakers) > 0 || shared_count(g.entities, other.entities) > 0;
            // Two articles about the same places or people that date something to the same day,
            // and do not place it in two different places, tell the same happening.
            const bool one_day = g.dated && other.dated && g.end - g.first == 1 && other.first == g.first && other.end == g.end;
            const bool places_agree = g.place == kNowhere || other.place == kNowhere || g.place == other.place;
            const bool same_story = one_day && places_agree &&
                                    shared_count(subjects_of(article), subjects_of(other.sources.front().first)) > 0;
            if (same_place || same_people || same_words || same_story)
                return &other;
        }
        return nullptr;
    }

    static void absorb(Group& into, Group&& g) {
        into.sources.push_back(g.sources.front());
        if (into.place == kNowhere) into.place = g.place;
        into.speakers.insert(into.speakers.end(), g.speakers.begin(), g.speakers.end());
        std::sort(into.speakers.begin(), into.speakers.end());
        into.speakers.erase(std::unique(into.speakers.begin(), into.speakers.end()), into.speakers.end());
        into.entities.insert(into.entities.end(), g.entities.begin(), g.entities.end());
        sort_unique(into.entities);
    }
};

}  // namespace

std::vector<DossierEvent> merge_events(const std::vector<DossierArticle>& articles, std::vector<DossierPlace>& places,
                                       const std::vector<DossierSpeaker>& speakers,
                                       const std::vector<ArticleLinks>& links) {
    EventMerger merger(articles, links);
    for (std::size_t a = 0; a < articles.size(); ++a) {
        const Analysis& an = articles[a].result.analysis;
        const auto entity_at = index_by_id(an.entities), quote_at = index_by_id(an.quotes);
        const auto place_at = index_by_id(an.places);
        for (std::size_t e = 0; e < an.events.size(); ++e) merger.add(a, e, entity_at, quote_at, place_at);
    }
    std::vector<Group> groups = merger.take();
    // By the day a span is over, then the shorter first: the order of starts for spans apart, and
    // a day before the month that holds it ("le 12 mars", "le 31 mars", then "en mars"). Groups
    // were made in input order, which breaks every tie.
    std::stable_sort(groups.begin(), groups.end(), [](const Group& x, const Group& y) {
        if (x.dated != y.dated) return x.dated;
        if (!x.dated) return false;
        if (x.end != y.end) return x.end < y.end;
        return x.first > y.first;
    });
    std::vector<DossierEvent> events(groups.size());
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const Group& g = groups[i];
        DossierEvent& out = events[i];
        out.id = numbered_id("ev", i + 1);
        const auto [first_article, first_event] = g.sources.front();
        const Event& told = articles[first_article].result.analysis.events[first_event];
        out.value = told.value;
        out.summary = told.summary;
        if (g.place != kNowhere) {
            out.place = places[static_cast<std::size_t>(g.place)].id;
            places[static_cast<std::size_t>(g.place)].events.push_back(out.id);
        }
        for (int s : g.speakers) out.speakers.push_back(speakers[static_cast<std::size_t>(s)].id);
        for (const auto& [a, e] : g.sources)
            out.sources.push_back({articles[a].id, articles[a].result.analysis.events[e].id});
    }
    return events;
}

}  // namespace depeche
