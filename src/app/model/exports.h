#pragma once
// What a newsroom takes away: the quotes as CSV (RFC 4180, UTF-8 with a byte-order mark) and the chronology in
// TimelineJS's JSON format, ready for its "events" loader. The analysis itself is exported
// with core's to_json().
#include "index.h"

#include <string>
#include <vector>

namespace depeche::app {

// Where each article of a dossier sits in the text on screen, to name the article a row comes
// from; empty for a single article.
struct ArticleSpans {
    std::vector<Span> spans;
    std::vector<std::string> names;
    // The name of the article holding `offset`, or "".
    const std::string& at(std::size_t offset) const;
};

// Columns: id, kind, speaker, cue, date, start, end, text; a dossier's rows add "article" after the id. The file starts with a UTF-8 byte-order
// mark, without which Excel reads it in the system's code page ("dÃ©clarÃ©"); a French Excel
// splits columns on ';', not ','.
std::string quotes_csv(const Index& index, char separator = ',', const ArticleSpans& articles = {});

// {"title": {...}, "events": [{"start_date": {...}, "end_date": {...}, "text": {...}, "group": place}]};
// events without a date TimelineJS can place are left out. A dossier's events name their article.
std::string timelinejs_json(const Index& index, const ArticleSpans& articles = {});

}  // namespace depeche::app
