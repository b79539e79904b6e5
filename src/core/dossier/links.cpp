#include "links.h"

#include "place_pool.h"

namespace depeche {

std::vector<ArticleLinks> read_links(const Dossier& dossier) {
    std::vector<ArticleLinks> links(dossier.articles.size());
    std::unordered_map<std::string_view, std::size_t> article_at = index_by_id(dossier.articles);
    std::vector<std::unordered_map<std::string_view, std::size_t>> entity_at;
    // Places were pooled in this same order: pooling again gives the same indices.
    PlacePool pool;
    for (std::size_t a = 0; a < dossier.articles.size(); ++a) {
        const Analysis& an = dossier.articles[a].result.analysis;
        entity_at.push_back(index_by_id(an.entities));
        links[a].speaker.assign(an.entities.size(), kNowhere);
        for (const Place& p : an.places) links[a].place.push_back(static_cast<int>(pool.add(p)));
    }
    for (std::size_t s = 0; s < dossier.speakers.size(); ++s)
        for (const DossierRef& ref : dossier.speakers[s].entities) {
            const auto a = article_at.find(ref.article);
            if (a == article_at.end()) continue;
            const auto e = entity_at[a->second].find(ref.item);
            if (e != entity_at[a->second].end()) links[a->second].speaker[e->second] = static_cast<int>(s);
        }
    return links;
}

}  // namespace depeche
