#pragma once
#include "dossier.h"

#include <string_view>
#include <vector>

namespace depeche {

// What separates two articles in the combined text: a paragraph break.
inline constexpr std::string_view kSeparator = "\n\n";

// Sets each article's span to where its text sits when the shown ones are put one after the
// other, kSeparator between them; a hidden article's span is empty. `shown` is per article, and
// an article past its end is shown.
void lay_out(std::vector<DossierArticle>& articles, const std::vector<bool>& shown);

// The shown articles as one analysis, for the explorer's views to draw the dossier as they draw
// an article: the texts laid out as lay_out() says (and spans set so), every span shifted there,
// ids renumbered; one entity per dossier speaker with all its mentions, other entities one per
// type and folded name, places and events pooled as in the dossier (an event's span is its first
// shown source's). No title; the DCT is the latest article's; each article's title span opens its
// paragraphs. Every reference resolves and every span lies in the text.
Result combined_result(Dossier& dossier, const std::vector<bool>& shown);

}  // namespace depeche
