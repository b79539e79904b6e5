#include "combined.h"

#include "links.h"

#include "core/fold.h"
#include "core/word_set.h"

#include <algorithm>

namespace depeche {
namespace {

bool is_shown(const std::vector<bool>& shown, std::size_t a) { return a >= shown.size() || shown[a]; }

Span shifted(Span s, std::size_t by) { return {s.start + by, s.end + by}; }

void shift_all(std::vector<Span>& into, const std::vector<Span>& spans, std::size_t by) {
    for (const Span& s : spans) into.push_back(shifted(s, by));
}

void add_unique(std::vector<std::string>& list, const std::string& item) {
    if (std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

void sort_spans(std::vector<Span>& spans) {
    std::sort(spans.begin(), spans.end(),
              [](Span x, Span y) { return x.start != y.start ? x.start < y.start : x.end < y.end; });
    spans.erase(std::unique(spans.begin(), spans.end()), spans.end());
}

using IdIndex = std::unordered_map<std::string_view, std::size_t>;

// Builds the combined analysis article by article: each item is copied with its spans shifted
// and its references renumbered to the combined ids.
class Combiner {
public:
    Combiner(const Dossier& d, const std::vector<bool>& shown)
        : d_(d), shown_(shown), links_(read_links(d)), article_at_(index_by_id(d.articles)),
          pool_at_(index_by_id(d.places)), moved_(d.articles.size()) {
        speaker_entity_.assign(d.speakers.size(), kNowhere);
        place_of_pool_.assign(d.places.size(), kNowhere);
    }

    Result run() {
        Result r;
        for (std::size_t a = 0; a < d_.articles.size(); ++a)
            if (is_shown(shown_, a)) add_article(a, r.text);
        for (const DossierEvent& e : d_.events) add_event(e);
        for (Entity& e : out_.entities) sort_spans(e.mentions);
        for (Place& p : out_.places) {
            sort_spans(p.mentions);
            sort_spans(p.actor_mentions);
            sort_spans(p.site_mentions);
        }
        r.analysis = std::move(out_);
        return r;
    }

private:
    // Where one shown article's items went in the combined analysis.
    struct Moved {
        std::size_t offset = 0;
        std::vector<int> entity, place;
        std::size_t first_quote = 0, first_timex = 0;
        IdIndex entity_at, quote_at, timex_at, place_at, event_at;
    };

    const Dossier& d_;
    const std::vector<bool>& shown_;
    const std::vector<ArticleLinks> links_;
    const IdIndex article_at_, pool_at_;
    std::vector<std::optional<Moved>> moved_;
    Analysis out_;
    std::vector<int> speaker_entity_, place_of_pool_;
    WordMap<int> entity_by_name_;

    void add_article(std::size_t a, std::string& text) {
        const DossierArticle& article = d_.articles[a];
        const Analysis& an = article.result.analysis;
        Moved& m = moved_[a].emplace();
        m.offset = article.span.start;
        if (!text.empty()) text += kSeparator;
        text += article.result.text;
        m.entity_at = index_by_id(an.entities), m.quote_at = index_by_id(an.quotes), m.timex_at = index_by_id(an.timexes);
        m.place_at = index_by_id(an.places), m.event_at = index_by_id(an.events);
        if (an.dct && (!out_.dct || *an.dct > *out_.dct)) {
            out_.dct = an.dct;
            out_.dct_source = an.dct_source;
        }
        if (an.title_span.size() > 0) out_.paragraphs.push_back(shifted(an.title_span, m.offset));
        shift_all(out_.paragraphs, an.paragraphs, m.offset);
        for (const std::string& w : an.warnings) out_.warnings.push_back(article.name + ": " + w);
        for (std::size_t i = 0; i < an.places.size(); ++i)
            m.place.push_back(add_place(an.places[i], links_[a].place[i], m.offset));
        for (std::size_t i = 0; i < an.entities.size(); ++i)
            m.entity.push_back(add_entity(an.entities[i], links_[a].speaker[i], m));
        m.first_quote = out_.quotes.size();
        for (const Quote& q : an.quotes) add_quote(q, m);
        m.first_timex = out_.timexes.size();
        for (const Timex& t : an.timexes) {
            Timex& copy = out_.timexes.emplace_back(t);
            copy.id = numbered_id("t", out_.timexes.size());
            copy.span = shifted(t.span, m.offset);
        }
    }

    int add_place(const Place& p, int pooled, std::size_t offset) {
        int& at = place_of_pool_[static_cast<std::size_t>(pooled)];
        if (at == kNowhere) {
            at = static_cast<int>(out_.places.size());
            Place& fresh = out_.places.emplace_back(p);
            fresh.id = numbered_id("p", out_.places.size());
            fresh.mentions.clear(), fresh.actor_mentions.clear(), fresh.site_mentions.clear();
        }
        Place& into = out_.places[static_cast<std::size_t>(at)];
        shift_all(into.mentions, p.mentions, offset);
        shift_all(into.actor_mentions, p.actor_mentions, offset);
        shift_all(into.site_mentions, p.site_mentions, offset);
        return at;
    }

    // A speaker is one entity named as the dossier names it; another entity is one per type and
    // folded name, its aliases and roles gathered.
    int add_entity(const Entity& e, int speaker, const Moved& m) {
        const std::string key = speaker != kNowhere ? std::string() : std::string(to_string(e.type)) + ":" + fold(e.name);
        int& at = speaker != kNowhere ? speaker_entity_[static_cast<std::size_t>(speaker)]
                                      : entity_by_name_.emplace(key, kNowhere).first->second;
        if (at == kNowhere) {
            at = static_cast<int>(out_.entities.size());
            Entity& fresh = out_.entities.emplace_back();
            fresh.id = numbered_id("e", out_.entities.size());
            fresh.type = e.type;
            fresh.name = e.name;
            if (speaker != kNowhere) {
                const DossierSpeaker& s = d_.speakers[static_cast<std::size_t>(speaker)];
                fresh.type = s.type, fresh.name = s.name, fresh.aliases = s.aliases, fresh.roles = s.roles;
            }
        }
        Entity& into = out_.entities[static_cast<std::size_t>(at)];
        if (speaker == kNowhere) {
            for (const std::string& alias : e.aliases) add_unique(into.aliases, alias);
            for (const std::string& role : e.roles) add_unique(into.roles, role);
        }
        shift_all(into.mentions, e.mentions, m.offset);
        if (!into.home && e.home)
            if (const auto it = m.place_at.find(*e.home); it != m.place_at.end())
                into.home = out_.places[static_cast<std::size_t>(m.place[it->second])].id;
        return at;
    }

    void add_quote(const Quote& q, const Moved& m) {
        Quote& copy = out_.quotes.emplace_back(q);
        copy.id = numbered_id("q", out_.quotes.size());
        copy.span = shifted(q.span, m.offset);
        copy.cue_span = shifted(q.cue_span, m.offset);
        copy.speaker.reset();
        if (q.speaker)
            if (const auto it = m.entity_at.find(*q.speaker); it != m.entity_at.end())
                copy.speaker = out_.entities[static_cast<std::size_t>(m.entity[it->second])].id;
    }

    // The dossier's event told by its first shown source, with the entities and quotes of all
    // its shown sources; an event no shown article tells is left out.
    void add_event(const DossierEvent& de) {
        Event out;
        bool told = false;
        for (const DossierRef& ref : de.sources) {
            const auto a = article_at_.find(ref.article);
            if (a == article_at_.end() || !moved_[a->second]) continue;
            const Moved& m = *moved_[a->second];
            const auto e = m.event_at.find(ref.item);
            if (e == m.event_at.end()) continue;
            const Event& src = d_.articles[a->second].result.analysis.events[e->second];
            if (!told) {
                told = true;
                out.value = de.value;
                out.anchor = src.anchor;
                out.span = shifted(src.span, m.offset);
                out.summary = src.summary;
                if (const auto t = m.timex_at.find(src.timex); t != m.timex_at.end())
                    out.timex = out_.timexes[m.first_timex + t->second].id;
            }
            if (!out.place && src.place)
                if (const auto p = m.place_at.find(*src.place); p != m.place_at.end())
                    out.place = out_.places[static_cast<std::size_t>(m.place[p->second])].id;
            for (const std::string& id : src.entities)
                if (const auto it = m.entity_at.find(id); it != m.entity_at.end())
                    add_unique(out.entities, out_.entities[static_cast<std::size_t>(m.entity[it->second])].id);
            for (const std::string& id : src.quotes)
                if (const auto it = m.quote_at.find(id); it != m.quote_at.end())
                    add_unique(out.quotes, out_.quotes[m.first_quote + it->second].id);
        }
        if (!told) return;
        // The dossier's place, when a shown article names it: the sources may place it differently.
        if (de.place)
            if (const auto p = pool_at_.find(*de.place); p != pool_at_.end() && place_of_pool_[p->second] != kNowhere)
                out.place = out_.places[static_cast<std::size_t>(place_of_pool_[p->second])].id;
        out.id = numbered_id("ev", out_.events.size() + 1);
        out_.events.push_back(std::move(out));
    }
};

}  // namespace

void lay_out(std::vector<DossierArticle>& articles, const std::vector<bool>& shown) {
    std::size_t at = 0;
    bool first = true;
    for (std::size_t a = 0; a < articles.size(); ++a) {
        if (!is_shown(shown, a)) {
            articles[a].span = {at, at};
            continue;
        }
        if (!first) at += kSeparator.size();
        first = false;
        articles[a].span = {at, at + articles[a].result.text.size()};
        at = articles[a].span.end;
    }
}

Result combined_result(Dossier& dossier, const std::vector<bool>& shown) {
    lay_out(dossier.articles, shown);
    return Combiner(dossier, shown).run();
}

}  // namespace depeche
