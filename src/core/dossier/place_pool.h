#pragma once
#include "links.h"

#include "core/word_set.h"

#include <string>
#include <vector>

namespace depeche {

// Places told by several articles, as one: the same canonical name in the same country, or
// points about a kilometre apart (a city spelled two ways by the gazetteer).
class PlacePool {
public:
    // The pooled index of this place, adding it when new.
    std::size_t add(const Place& place);

private:
    WordMap<std::size_t> by_name_, by_point_;
    std::size_t size_ = 0;
};

// The places of all articles, pooled in order of first appearance (ids p1, p2...), each with the
// articles that name it; fills each article's links.place. Events are added by merge_events.
std::vector<DossierPlace> pool_places(const std::vector<DossierArticle>& articles, std::vector<ArticleLinks>& links);

}  // namespace depeche
