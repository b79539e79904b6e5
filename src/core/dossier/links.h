#pragma once
// Where each article's speakers and places went in the dossier: what the merging steps hand to
// one another and what the combined view is drawn from.
#include "dossier.h"

#include <string_view>
#include <unordered_map>
#include <vector>

namespace depeche {

inline constexpr int kNowhere = -1;

struct ArticleLinks {
    std::vector<int> speaker;  // per entity: index into Dossier::speakers, or kNowhere
    std::vector<int> place;    // per place: index into Dossier::places
};

// An analysis's items by id ("e3" -> 2): the contract's references are ids, not positions.
template <class Item>
std::unordered_map<std::string_view, std::size_t> index_by_id(const std::vector<Item>& items) {
    std::unordered_map<std::string_view, std::size_t> out;
    out.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) out.emplace(items[i].id, i);
    return out;
}

// Read back from a built dossier's references, for the combined view.
std::vector<ArticleLinks> read_links(const Dossier& dossier);

}  // namespace depeche
