#include "analysis_json.h"

#include <sstream>

namespace depeche {
namespace {

using json = nlohmann::ordered_json;

json span_json(const Span& s) { return json{{"start", s.start}, {"end", s.end}}; }

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
    return out;
}

json place_json(const Place& p) {
    return json{{"id", p.id},   {"name", p.name}, {"canonical", p.canonical}, {"country", p.country},
                {"kind", to_string(p.kind)}, {"lat", p.lat}, {"lon", p.lon}, {"mentions", spans_json(p.mentions)},
                {"actor_mentions", spans_json(p.actor_mentions)}, {"site_mentions", spans_json(p.site_mentions)}};
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
// time, so a large analysis never exists as a tree: pretty output is the element's own dump with
// its lines shifted to the element's depth (a dumped string holds no raw newline).
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
            out_ << "[]";
            return;
        }
        out_ << '[';
        bool first = true;
        for (const T& item : items) {
            if (!first) out_ << ',';
            first = false;
            if (pretty_) out_ << "\n    ";
            write(convert(item), 2);
        }
        out_ << (pretty_ ? "\n  ]" : "]");
    }

    void close() { out_ << (pretty_ ? "\n}" : "}"); }

private:
    void open_field(const char* key) {
        out_ << (first_field_ ? "{" : ",");
        first_field_ = false;
        if (pretty_) out_ << "\n  \"" << key << "\": ";
        else out_ << '"' << key << "\":";
    }

    void write(const json& v, int depth) {
        const std::string text = dump(v, pretty_);
        if (!pretty_) {
            out_ << text;
            return;
        }
        const std::string indent(static_cast<std::size_t>(2 * depth), ' ');
        std::size_t from = 0;
        for (std::size_t eol = text.find('\n'); eol != std::string::npos; eol = text.find('\n', from)) {
            out_.write(text.data() + from, static_cast<std::streamsize>(eol + 1 - from));
            out_ << indent;
            from = eol + 1;
        }
        out_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
    }

    std::ostream& out_;
    bool pretty_;
    bool first_field_ = true;
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
