#pragma once
#include "links.h"

#include "core/word_set.h"

#include <string>
#include <vector>

namespace depeche {

// Places told by several articles, as one: the same canonical name in the same country, or
// points within a kilometre of the same kind and country (one town the gazetteer knows under two
// names). A historical state drawn at its modern country's point stays apart from it.
class PlacePool {
public:
    // The pooled index of this place, adding it when new.
    std::size_t add(const Place& place);

private:
    WordMap<std::size_t> by_name_;
    WordMap<std::vector<std::size_t>> by_cell_;      // pooled places by a grid cell of their point
    struct Point {
        double lat, lon;
        PlaceKind kind;
        std::string country;
    };
    std::vector<Point> points_;  // of each pooled place
};

// The places of all articles, pooled in order of first appearance (ids p1, p2...), each with the
// articles that name it; fills each article's links.place. Events are added by merge_events.
std::vector<DossierPlace> pool_places(const std::vector<DossierArticle>& articles, std::vector<ArticleLinks>& links);

}  // namespace depeche
