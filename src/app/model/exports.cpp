#include "exports.h"

#include "time_range.h"

#include "core/analysis_json.h"

#include <algorithm>

namespace depeche::app {
namespace {

void csv_field(std::string& out, std::string_view field) {
    out += '"';
    for (char c : field) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

// TimelineJS renders its text fields as HTML.
std::string html_escaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '&': out += "&amp;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

nlohmann::ordered_json date_json(int days, bool with_month, bool with_day) {
    int y = 0, m = 0, d = 0;
    civil_from_days(days, y, m, d);
    nlohmann::ordered_json out{{"year", y}};
    if (with_month) out["month"] = m;
    if (with_day) out["day"] = d;
    return out;
}

}  // namespace

const std::string& ArticleSpans::at(std::size_t offset) const {
    static const std::string none;
    const auto after = std::upper_bound(spans.begin(), spans.end(), offset,
                                        [](std::size_t o, const Span& s) { return o < s.start; });
    if (after == spans.begin()) return none;
    const std::size_t k = static_cast<std::size_t>(after - spans.begin()) - 1;
    return offset < spans[k].end && k < names.size() ? names[k] : none;
}

std::string quotes_csv(const Index& index, char separator, const ArticleSpans& articles) {
    const Analysis& a = *index.analysis;
    const bool dossier = !articles.spans.empty();
    std::string out = "\xEF\xBB\xBF";
    for (const char* column : {"id", "article", "kind", "speaker", "cue", "date", "start", "end"}) {
        if (!dossier && std::string_view(column) == "article") continue;
        out += column;
        out += separator;
    }
    out += "text\r\n";
    for (std::size_t i = 0; i < a.quotes.size(); ++i) {
        const Quote& q = a.quotes[i];
        const Entity* who = index.speaker_of(q);
        const int ev = index.quote_event[i];
        const auto& date = ev >= 0 ? a.events[static_cast<std::size_t>(ev)].value : std::nullopt;
        out += q.id;
        out += separator;
        if (dossier) {
            csv_field(out, articles.at(q.span.start));
            out += separator;
        }
        out += to_string(q.kind);
        out += separator;
        csv_field(out, who ? who->name : "");
        out += separator;
        csv_field(out, q.cue);
        out += separator;
        out += date.value_or("");
        for (const std::size_t offset : {q.span.start, q.span.end}) {
            out += separator;
            out += std::to_string(offset);
        }
        out += separator;
        csv_field(out, q.text);
        out += "\r\n";
    }
    return out;
}

std::string timelinejs_json(const Index& index, const ArticleSpans& articles) {
    using json = nlohmann::ordered_json;
    const Analysis& a = *index.analysis;
    json events = json::array();
    for (std::size_t ei : index.events_by_time) {
        const Event& e = a.events[ei];
        const auto range = e.value ? day_range(*e.value, a.dct) : std::nullopt;
        if (!range) continue;
        int y0 = 0, m0 = 0, d0 = 0, y1 = 0, m1 = 0, d1 = 0;
        civil_from_days(range->first, y0, m0, d0);
        civil_from_days(range->last, y1, m1, d1);
        // A whole year or month is written at its own precision, so TimelineJS shows "1991", not 1 January.
        const bool whole_year = m0 == 1 && d0 == 1 && m1 == 12 && d1 == 31;
        const bool whole_months = d0 == 1 && range->last + 1 == days_from_civil(m1 == 12 ? y1 + 1 : y1, m1 == 12 ? 1 : m1 + 1, 1);
        json item{{"start_date", date_json(range->first, !whole_year, !whole_months)}};
        if (!range->is_day() && !(whole_year && y0 == y1) && !(whole_months && y0 == y1 && m0 == m1))
            item["end_date"] = date_json(range->last, !whole_year, !whole_months);
        item["display_date"] = *e.value;
        json text{{"headline", e.summary.empty() ? *e.value : e.summary}};
        std::string body;
        for (const std::string& qid : e.quotes)
            if (const auto q = index.find(ItemKind::quote, qid)) {
                const Quote& quote = a.quotes[*q];
                const Entity* who = index.speaker_of(quote);
                body += "<p>«\u00a0" + html_escaped(quote.text) + "\u00a0»" + (who ? " — " + html_escaped(who->name) : std::string()) + "</p>";
            }
        if (const std::string& source = articles.at(e.span.start); !source.empty())
            body += "<p><i>" + html_escaped(source) + "</i></p>";
        if (!body.empty()) text["text"] = body;
        item["text"] = text;
        if (e.place)
            if (const auto p = index.find(ItemKind::place, *e.place)) item["group"] = a.places[*p].name;
        item["unique_id"] = e.id;
        events.push_back(std::move(item));
    }
    json title{{"text", json{{"headline", a.title}}}};
    if (a.dateline) title["text"]["text"] = a.dateline->source;
    return dump(json{{"title", title}, {"events", events}}, true);
}

}  // namespace depeche::app
