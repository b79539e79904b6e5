#include "place_pool.h"

#include "core/fold.h"

#include <cmath>

namespace depeche {
namespace {

// A cell of a hundredth of a degree: about a kilometre of latitude. Two mentions of one place
// carry the gazetteer's same point, so cells need not catch neighbours across a border.
std::string point_key(const Place& p) {
    return std::to_string(std::lround(p.lat * 100)) + "," + std::to_string(std::lround(p.lon * 100));
}

}  // namespace

std::size_t PlacePool::add(const Place& place) {
    const std::string name = fold(place.canonical.empty() ? place.name : place.canonical) + "|" + place.country;
    const std::string point = point_key(place);
    const std::size_t* known = by_name_.value(name);
    if (!known) known = by_point_.value(point);
    const std::size_t index = known ? *known : size_++;
    by_name_.emplace(name, index);
    by_point_.emplace(point, index);
    return index;
}

std::vector<DossierPlace> pool_places(const std::vector<DossierArticle>& articles, std::vector<ArticleLinks>& links) {
    PlacePool pool;
    std::vector<DossierPlace> places;
    for (std::size_t a = 0; a < articles.size(); ++a) {
        const std::vector<Place>& own = articles[a].result.analysis.places;
        links[a].place.resize(own.size());
        for (std::size_t i = 0; i < own.size(); ++i) {
            const Place& p = own[i];
            const std::size_t index = pool.add(p);
            links[a].place[i] = static_cast<int>(index);
            if (index == places.size())
                places.push_back({numbered_id("p", index + 1), p.name, p.canonical, p.country, p.kind, p.lat, p.lon, {}, {}});
            std::vector<std::string>& named_in = places[index].articles;
            if (named_in.empty() || named_in.back() != articles[a].id) named_in.push_back(articles[a].id);
        }
    }
    return places;
}

}  // namespace depeche
