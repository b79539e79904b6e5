#pragma once
#include "core/tokens.h"

#include <string_view>
#include <vector>

namespace depeche {

// A social network post pasted with the signature its embed prints under it:
// "… pic.twitter.com/Ab12 — Syndicat Sud (@sud_syndicat) April 4, 2025".
struct EmbeddedPost {
    Span text;    // what the post says, without its trailing links and handles
    Span author;  // the display name before the handle
    Span handle;  // "@sud_syndicat"
};

// The posts whose signature ("— Name (@handle)") ends their line or stands on the next one, in
// text order, none overlapping another. Linear in the text.
std::vector<EmbeddedPost> find_embedded_posts(std::string_view text);

}  // namespace depeche
