#pragma once
#include "links.h"

#include "core/resources.h"

#include <vector>

namespace depeche {

// The speakers of all articles (entities some quote points to), one per person or body however
// each article names it: spellings and titles aside, a bare surname with the one full name that
// has it, a role alone ("le Premier ministre arménien") with the named holder of that role in an
// article published within a year ("un habitant" is nobody else). Two first names known and
// different are two people. Fills each article's links.speaker; speakers are in order of first
// appearance, ids s1, s2...
std::vector<DossierSpeaker> merge_speakers(const std::vector<DossierArticle>& articles, const Resources& resources,
                                           std::vector<ArticleLinks>& links);

}  // namespace depeche
