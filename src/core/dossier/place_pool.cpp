#include "place_pool.h"

#include "core/fold.h"
#include "core/places/distance.h"

#include <algorithm>
#include <cmath>

namespace depeche {
namespace {

constexpr double kSameKm = 1.0;
// Cells of a fiftieth of a degree: 2.2 km of latitude, and over a kilometre of longitude up to
// 60°, so a point within kSameKm is in the same cell or a neighbour.
constexpr double kCellsPerDegree = 50.0;

std::string cell_key(long lat, long lon) { return std::to_string(lat) + "," + std::to_string(lon); }

}  // namespace

std::size_t PlacePool::add(const Place& place) {
    const std::string name = fold(place.canonical.empty() ? place.name : place.canonical) + "|" + place.country;
    if (const std::size_t* known = by_name_.value(name)) return *known;
    const long lat = std::lround(place.lat * kCellsPerDegree), lon = std::lround(place.lon * kCellsPerDegree);
    for (long dlat = -1; dlat <= 1; ++dlat)
        for (long dlon = -1; dlon <= 1; ++dlon)
            if (const auto* near = by_cell_.value(cell_key(lat + dlat, lon + dlon)))
                for (std::size_t index : *near)
                    if (const Point& at = points_[index]; at.kind == place.kind && at.country == place.country &&
                                                          distance_km(place.lat, place.lon, at.lat, at.lon) <= kSameKm) {
                        by_name_.emplace(name, index);
                        return index;
                    }
    const std::size_t index = points_.size();
    points_.push_back({place.lat, place.lon, place.kind, place.country});
    by_name_.emplace(name, index);
    by_cell_[cell_key(lat, lon)].push_back(index);
    return index;
}

std::vector<DossierPlace> pool_places(const std::vector<DossierArticle>& articles, std::vector<ArticleLinks>& links) {
    PlacePool pool;
    std::vector<DossierPlace> places;
    // A pooled place is called what the articles call it most: "Azerbaïdjan", not the
    // "république socialiste soviétique d'Azerbaïdjan" of the one article about 1988 that came first.
    std::vector<std::vector<std::pair<std::string, std::size_t>>> names;
    for (std::size_t a = 0; a < articles.size(); ++a) {
        const std::vector<Place>& own = articles[a].result.analysis.places;
        links[a].place.resize(own.size());
        for (std::size_t i = 0; i < own.size(); ++i) {
            const Place& p = own[i];
            const std::size_t index = pool.add(p);
            links[a].place[i] = static_cast<int>(index);
            if (index == places.size())
                places.push_back(
                    {numbered_id("p", index + 1), p.name, p.canonical, p.country, p.kind, p.lat, p.lon, {}, {}, p.approximate});
            if (index == names.size()) names.emplace_back();
            auto named = std::find_if(names[index].begin(), names[index].end(), [&](const auto& n) { return n.first == p.name; });
            if (named == names[index].end()) names[index].emplace_back(p.name, p.mentions.size());
            else named->second += p.mentions.size();
            std::vector<std::string>& named_in = places[index].articles;
            if (named_in.empty() || named_in.back() != articles[a].id) named_in.push_back(articles[a].id);
        }
    }
    for (std::size_t i = 0; i < places.size(); ++i) {
        const auto most = std::max_element(names[i].begin(), names[i].end(),
                                           [](const auto& x, const auto& y) { return x.second < y.second; });
        places[i].name = most->first;
    }
    return places;
}

}  // namespace depeche
