#pragma once
#include "document.h"
#include "fonts.h"

namespace depeche::app {

// The article as a reader sees it: title, dateline, paragraphs, wrapped to the panel width.
void draw_article_view(const Document& doc, const Fonts& fonts);

}  // namespace depeche::app
