#include "analysis_json.h"

#include <sstream>

namespace depeche {
namespace {

using json = nlohmann::ordered_json;

// Filled field by field: a brace list builds and checks a small array per pair, and a long text
// has hundreds of thousands of spans.
json span_json(const Span& s) {
    json out(json::value_t::object);
    out["start"] = s.start;
    out["end"] = s.end;
    return out;
}

json spans_json(const std::vector<Span>& spans) {
    json out = json::array();
    for (const Span& s : spans) out.push_back(span_json(s));
    return out;
}

template <typename T>
json optional_json(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

json entity_json(const Entity& e) {
    return json{{"id", e.id},           {"type", to_string(e.type)}, {"name", e.name},
                {"aliases", e.aliases}, {"roles", e.roles},         {"mentions", spans_json(e.mentions)},
                {"home", optional_json(e.home)}};
}

json quote_json(const Quote& q) {
    return json{{"id", q.id},
                {"kind", to_string(q.kind)},
                {"text", q.text},
                {"start", q.span.start},
                {"end", q.span.end},
                {"speaker", optional_json(q.speaker)},
                {"cue", q.cue},
                {"cue_start", q.cue_span.start},
                {"cue_end", q.cue_span.end},
                {"confidence", q.confidence}};
}

json timex_json(const Timex& t) {
    json out{{"id", t.id},       {"text", t.text},           {"start", t.span.start},
             {"end", t.span.end}, {"type", to_string(t.type)}, {"value", optional_json(t.value)}};
    if (!t.anchor.empty()) out["anchor"] = t.anchor;
    if (!t.mod.empty()) out["mod"] = t.mod;
    return out;
}

json place_json(const Place& p) {
    json out{{"id", p.id},   {"name", p.name}, {"canonical", p.canonical}, {"country", p.country},
             {"kind", to_string(p.kind)}, {"lat", p.lat}, {"lon", p.lon}, {"mentions", spans_json(p.mentions)},
             {"actor_mentions", spans_json(p.actor_mentions)}, {"site_mentions", spans_json(p.site_mentions)}};
    if (p.approximate) out["approximate"] = true;
    if (!p.near.empty()) out["near"] = p.near;
    return out;
}

json event_json(const Event& e) {
    json out{{"id", e.id},
             {"value", optional_json(e.value)},
             {"timex", e.timex.empty() ? json(nullptr) : json(e.timex)},
             {"place", optional_json(e.place)},
             {"entities", e.entities},
             {"quotes", e.quotes},
             {"start", e.span.start},
             {"end", e.span.end},
             {"summary", e.summary}};
    if (!e.anchor.empty()) out["anchor"] = e.anchor;
    return out;
}

json dateline_json(const std::optional<Dateline>& d) {
    if (!d) return nullptr;
    return json{{"place", d->place}, {"source", d->source}, {"start", d->span.start}, {"end", d->span.end}};
}

// The document's top-level fields in the contract's order, each handed to `v` either as a value
// or as a list of elements with their converter: one list of fields for the tree and the stream.
template <typename Visitor>
void visit_fields(const Analysis& a, Visitor& v) {
    v.value("schema", kSchema);
    v.value("language", a.language);
    v.value("dct", optional_json(a.dct));
    v.value("dct_source", a.dct_source == DctSource::none ? json(nullptr) : json(to_string(a.dct_source)));
    v.value("title", a.title);
    v.value("title_span", span_json(a.title_span));
    v.value("dateline", dateline_json(a.dateline));
    v.array("paragraphs", a.paragraphs, span_json);
    v.array("entities", a.entities, entity_json);
    v.array("quotes", a.quotes, quote_json);
    v.array("timexes", a.timexes, timex_json);
    v.array("places", a.places, place_json);
    v.array("events", a.events, event_json);
    v.value("warnings", a.warnings);
}

struct TreeBuilder {
    json document = json::object();
    void value(const char* key, json v) { document[key] = std::move(v); }
    template <typename T, typename F>
    void array(const char* key, const std::vector<T>& items, F&& convert) {
        json out = json::array();
        for (const T& item : items) out.push_back(convert(item));
        document[key] = std::move(out);
    }
};

// Writes the bytes `dump` writes for the whole tree, but converts and serializes one element at a
// time with nlohmann's own serializer at the element's depth, so a large analysis never exists as a
// tree; the bytes go out in chunks rather than through the stream one piece at a time.
class StreamWriter {
public:
    StreamWriter(std::ostream& out, bool pretty) : out_(out), pretty_(pretty) {}

    void value(const char* key, const json& v) {
        open_field(key);
        write(v, 1);
    }

    template <typename T, typename F>
    void array(const char* key, const std::vector<T>& items, F&& convert) {
        open_field(key);
        if (items.empty()) {
            buffer_ += "[]";
            return;
        }
        buffer_ += '[';
        bool first = true;
        for (const T& item : items) {
            if (!first) buffer_ += ',';
            first = false;
            if (pretty_) buffer_ += "\n    ";
            write(convert(item), 2);
        }
        buffer_ += pretty_ ? "\n  ]" : "]";
    }

    void close() {
        buffer_ += pretty_ ? "\n}" : "}";
        flush();
    }

private:
    static constexpr std::size_t kChunk = 1 << 16;
    static constexpr unsigned kIndent = 2;

    void open_field(const char* key) {
        buffer_ += first_field_ ? '{' : ',';
        first_field_ = false;
        if (pretty_) buffer_.append("\n  \"").append(key).append("\": ");
        else buffer_.append("\"").append(key).append("\":");
    }

    void write(const json& v, unsigned depth) {
        serializer_.dump(v, pretty_, false, kIndent, depth * kIndent);
        if (buffer_.size() >= kChunk) flush();
    }

    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

    std::ostream& out_;
    bool pretty_;
    bool first_field_ = true;
    std::string buffer_;
    nlohmann::detail::serializer<json> serializer_{nlohmann::detail::output_adapter<char>(buffer_), ' ',
                                                   json::error_handler_t::replace};
};

}  // namespace

json to_json(const Analysis& a) {
    TreeBuilder tree;
    visit_fields(a, tree);
    return std::move(tree.document);
}

std::string dump(const json& document, bool pretty) {
    return document.dump(pretty ? 2 : -1, ' ', false, json::error_handler_t::replace);
}

void write_json(std::ostream& out, const Analysis& analysis, bool pretty) {
    StreamWriter writer(out, pretty);
    visit_fields(analysis, writer);
    writer.close();
}

std::string dump(const Analysis& analysis, bool pretty) {
    std::ostringstream out;
    write_json(out, analysis, pretty);
    return out.str();
}

}  // namespace depeche
