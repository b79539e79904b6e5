#include "analyze.h"

#include "events/chronology.h"
#include "layout.h"
#include "places/find_places.h"
#include "places/speaker_home.h"
#include "speech.h"
#include "time/date_math.h"
#include "time/timexes.h"
#include "tokens.h"
#include "utf8.h"

namespace depeche {
namespace {

int digits(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

void describe_repairs(const utf8::Repair& repair, Analysis& a) {
    if (repair.invalid_bytes > 0)
        a.warnings.push_back(std::to_string(repair.invalid_bytes) +
                             " byte(s) that are not valid UTF-8 were replaced by '?'");
    if (repair.nul_bytes > 0)
        a.warnings.push_back(std::to_string(repair.nul_bytes) + " NUL byte(s) were replaced by spaces");
}

}  // namespace

std::string check_dct(std::string_view dct) {
    const bool shape = dct.size() == 10 && dct[4] == '-' && dct[7] == '-' &&
                       dct.substr(0, 4).find_first_not_of("0123456789") == std::string_view::npos &&
                       dct.substr(5, 2).find_first_not_of("0123456789") == std::string_view::npos &&
                       dct.substr(8, 2).find_first_not_of("0123456789") == std::string_view::npos;
    if (!shape) return "the publication date must be written YYYY-MM-DD, for example 2023-09-25";
    const int y = digits(dct.substr(0, 4)), m = digits(dct.substr(5, 2)), d = digits(dct.substr(8, 2));
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > time::days_in_month(y, m))
        return "the publication date " + std::string(dct) + " is not a day of the calendar";
    return {};
}

Result analyze(std::string input, const Options& options, const Resources& resources) {
    Result result;
    if (input.size() > kMaxInputBytes) {
        result.error = "the text is " + std::to_string(input.size() >> 20) + " MiB; Depeche analyzes up to " +
                       std::to_string(kMaxInputBytes >> 20) + " MiB at once";
        return result;
    }
    if (options.dct) {
        result.error = check_dct(*options.dct);
        if (!result.error.empty()) return result;
    }
    Analysis& a = result.analysis;
    a.language = resources.language;
    a.dct = options.dct;
    if (a.dct) a.dct_source = DctSource::given;

    utf8::Repair repaired = utf8::repair(std::move(input));
    describe_repairs(repaired, a);
    result.text = std::move(repaired.text);
    const std::string_view text = result.text;

    const Layout layout = read_layout(text, resources.calendar);
    if (layout.title) {
        a.title_span = *layout.title;
        a.title = std::string(text.substr(a.title_span.start, a.title_span.size()));
    }
    a.dateline = layout.dateline;
    a.paragraphs = layout.paragraphs;
    const TextIndex index = index_text(text, a.paragraphs, resources.tokenizer);
    find_speech(text, index, resources, a);
    a.places = find_places(text, index, layout.title, a.dateline, resources.gazetteer, resources.tokenizer);
    locate_speakers(a, resources.gazetteer);
    const time::TimeLayer time_layer = time::find_timexes(text, index, a, resources);
    // Events come last: they link the quotes, entities and places found before them.
    events::build_chronology(text, index, time_layer, resources.time, a);
    return result;
}

}  // namespace depeche
