#pragma once
#include "links.h"

#include <vector>

namespace depeche {

// The events of all articles as one chronology: events with the same value that share a place,
// a speaker or another entity, or that are summarized in nearly the same words, are one event
// told by several sources (never two events of one article: it has merged its own). Ordered in
// time: spans apart by their start, and a span before any span that holds it (a day before its
// week, month or year); values that are no calendar span, and unknown ones, last in input order.
// Ids ev1, ev2...
// Fills each place's events; reads the links of speakers and places.
std::vector<DossierEvent> merge_events(const std::vector<DossierArticle>& articles, std::vector<DossierPlace>& places,
                                       const std::vector<DossierSpeaker>& speakers, const std::vector<ArticleLinks>& links);

}  // namespace depeche
