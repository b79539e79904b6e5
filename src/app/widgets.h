#pragma once
// Small pieces every view uses: chips, speaker labels, dates written for readers.
#include "frame.h"
#include "icons.h"

#include <imgui.h>

#include <string>

namespace depeche::app {

// A rounded label with a coloured dot; returns true when clicked. `selected` draws it filled.
bool chip(const char* label, ImVec4 colour, bool selected, const void* id);

// An on/off chip: on, it is filled and checked; off, only outlined and dimmed. Returns true when clicked.
bool toggle_chip(const char* label, bool on, const void* id);

// A filter chip with a close mark; returns true when clicked (to lift the filter).
bool filter_chip(const char* label, const void* id);

// The speaker's chip (or "unidentified speaker"); clicking it filters every view to them.
void speaker_chip(const Frame& f, const std::optional<std::string>& speaker, const void* id);

// A card: what is drawn between begin_card and end_card becomes one button the width of the
// pane, walked to with Tab and ringed. Its background goes under the content, in the draw
// list's channel 0, which end_card makes current; the caller draws it, then merges the channels.
struct Card {
    ImVec2 at;
    float width = 0;
};
struct CardHit {
    bool clicked = false, hovered = false;
    ImVec2 end;  // bottom right corner
};
Card begin_card();
CardHit end_card(const Card& card);

// Whether the chip fits on the current line: if not, starts a new line.
void flow(float next_width);

const char* kind_label(const Frame& f, QuoteKind kind);
const char* entity_type_label(const Frame& f, const Entity& e);

// "24 septembre 2023", "automne 2020", "semaine 38, 2023", "1991"; the raw value otherwise.
std::string reader_date(const Frame& f, const std::string& value);

// Text cut to about `max_chars` characters at a word boundary, with an ellipsis.
std::string shortened(std::string_view text, std::size_t max_chars);

void tooltip_text(const std::string& text);

// A click that was not the end of a drag (pan): the button went up close to where it went down.
bool released_without_drag();

}  // namespace depeche::app
