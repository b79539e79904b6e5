// libFuzzer target: any bytes through analyze() and the JSON writer. Beyond crashes, leaks and
// hangs (reported by the sanitizers and libFuzzer), it stops on a broken contract: a span outside
// the text, a `text` field that is not the exact slice, or a document that does not parse back.
#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/resources_snapshot.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

using namespace depeche;

const Resources& french() {
    static const Resources resources = [] {
        std::string error;
        auto loaded = load_resources_with_snapshot({DEPECHE_FUZZ_ASSETS, DEPECHE_FUZZ_GENERATED}, "fr", error);
        if (!loaded) {
            std::fprintf(stderr, "analyze_fuzz: %s\n", error.c_str());
            std::abort();
        }
        return *loaded;
    }();
    return resources;
}

void broken(const char* what) {
    std::fprintf(stderr, "analyze_fuzz: contract broken: %s\n", what);
    std::abort();
}

void check_span(std::string_view text, const Span& span, const char* what) {
    if (span.start > span.end || span.end > text.size()) broken(what);
}

void check_slice(std::string_view text, const Span& span, std::string_view field, const char* what) {
    check_span(text, span, what);
    if (text.substr(span.start, span.size()) != field) broken(what);
}

void check_contract(const Result& result, std::size_t input_size) {
    const std::string_view text = result.text;
    const Analysis& a = result.analysis;
    if (!result.ok()) return;
    if (text.size() != input_size) broken("the repaired text changed length");
    if (!a.title.empty()) check_slice(text, a.title_span, a.title, "title");
    for (const Span& p : a.paragraphs) check_span(text, p, "paragraph");
    for (const Entity& e : a.entities)
        for (const Span& m : e.mentions) check_span(text, m, "entity mention");
    for (const Quote& q : a.quotes) check_slice(text, q.span, q.text, "quote text");
    for (const Timex& t : a.timexes) check_slice(text, t.span, t.text, "timex text");
    for (const Place& p : a.places)
        for (const Span& m : p.mentions) check_span(text, m, "place mention");
    for (const Event& e : a.events) check_span(text, e.span, "event");
    // The streamed writer is what the command line runs; accept() checks the grammar without
    // building a tree, which would cost as much as the analysis itself.
    if (!nlohmann::json::accept(dump(a, false))) broken("the JSON does not parse back");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // Half the inputs carry a publication date, so the paths that resolve relative dates run too.
    Options options;
    if (size % 2 == 0) options.dct = "2023-09-25";
    check_contract(analyze(std::string(text), options, french()), size);
    return 0;
}
