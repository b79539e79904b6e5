#pragma once
// What a newsroom takes away: the quotes as CSV (RFC 4180, UTF-8 with a byte-order mark) and the chronology in
// TimelineJS's JSON format, ready for its "events" loader. The analysis itself is exported
// with core's to_json().
#include "index.h"

#include <string>

namespace depeche::app {

// Columns: id, kind, speaker, cue, date, start, end, text. The file starts with a UTF-8 byte-order
// mark, without which Excel reads it in the system's code page ("dÃ©clarÃ©"); a French Excel
// splits columns on ';', not ','.
std::string quotes_csv(const Index& index, char separator = ',');

// {"title": {...}, "events": [{"start_date": {...}, "end_date": {...}, "text": {...}, "group": place}]};
// events without a date TimelineJS can place are left out.
std::string timelinejs_json(const Index& index);

}  // namespace depeche::app
