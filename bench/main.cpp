// depeche_bench: throughput, peak memory and scaling of the whole analysis pipeline, on a corpus
// generated at run time from the launch and gold articles. Prints figures and never fails on
// time: targets are shown next to the measures for a reader to judge.
#include "corpus.h"
#include "heap_meter.h"

#include "core/analysis_json.h"
#include "core/analyze.h"
#include "core/dossier/combined.h"
#include "core/dossier/dossier.h"
#include "core/resources_snapshot.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#else
#include <ctime>
#endif

namespace {

using namespace depeche;

constexpr double kMB = 1e6;
constexpr double kTargetMBps = 50.0;  // issue 16
constexpr double kTargetResourceMs = 10.0;  // issue 16: language data and gazetteer ready
constexpr double kMemoryBudget = 8.0;  // peak heap of one analysis, in text sizes
constexpr double kTargetDossierMs = 1000.0;  // issue 17: 200 articles, about 1 MB, analyzed and merged
constexpr std::size_t kDossierArticles = 200;
constexpr std::size_t kDossierArticleBytes = 5000;
constexpr unsigned kSeed = 20230925;

struct Args {
    std::string assets = DEPECHE_BENCH_ASSETS;
    std::string generated = DEPECHE_BENCH_GENERATED;
    std::vector<std::string> article_dirs;
    std::string json_path;
    bool quick = false;  // sizes up to 1 MB only
};

const char* platform() {
#ifdef __EMSCRIPTEN__
    return "wasm";
#else
    return "native";
#endif
}

std::string compiler() {
#if defined(__EMSCRIPTEN__)
    return "emscripten " + std::to_string(__EMSCRIPTEN_major__) + "." + std::to_string(__EMSCRIPTEN_minor__) + "." +
           std::to_string(__EMSCRIPTEN_tiny__);
#elif defined(__clang__)
    return std::string("clang ") + __clang_version__;
#else
    return std::string("g++ ") + __VERSION__;
#endif
}

double as_double(std::size_t n) { return static_cast<double>(n); }

std::string size_label(std::size_t bytes) {
    return bytes >= 1000000 ? std::to_string(bytes / 1000000) + " MB" : std::to_string(bytes / 1000) + " KB";
}

struct Measure {
    std::size_t nominal = 0;  // the size asked of the corpus; `bytes` stops at a paragraph end below it
    std::size_t bytes = 0;
    double seconds = 0;      // median of the runs
    int runs = 0;
    std::size_t peak = 0;    // heap held during one analysis beyond what was held before it
    std::size_t entities = 0, quotes = 0, timexes = 0, places = 0, events = 0;
    double mbps() const { return as_double(bytes) / kMB / seconds; }
};

// CPU time of the process rather than wall time: the machines that run this are often shared,
// and another job's load would otherwise show up as our slowness.
#ifdef __EMSCRIPTEN__
EM_JS(double, cpu_seconds, (), {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1e6;
});
#else
double cpu_seconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}
#endif

// Repeats the analysis until about `budget` CPU seconds are spent (at least three runs) and keeps the
// median, so one slow run on a shared machine does not make the figure.
Measure measure(std::size_t nominal, const std::vector<std::string>& articles, const Resources& resources,
                double budget, bool with_json) {
    const std::string text = bench::make_corpus(articles, nominal, kSeed);
    Measure m;
    m.nominal = nominal;
    m.bytes = text.size();
    std::vector<double> times;
    const double started = cpu_seconds();
    while (times.size() < 3 || (cpu_seconds() - started < budget && times.size() < 1000)) {
        // The caller's text is moved in, as the page and the CLI do: it is the caller's memory,
        // held before the analysis starts.
        std::string input = text;
        const std::size_t before = bench::reset_heap_peak();
        const double t0 = cpu_seconds();
        Result r = analyze(std::move(input), Options{}, resources);
        if (with_json) dump(r.analysis, false);
        times.push_back(cpu_seconds() - t0);
        m.peak = std::max(m.peak, bench::heap_peak() - before);
        const Analysis& a = r.analysis;
        m.entities = a.entities.size(), m.quotes = a.quotes.size(), m.timexes = a.timexes.size();
        m.places = a.places.size(), m.events = a.events.size();
        if (!r.ok()) std::fprintf(stderr, "depeche_bench: the corpus was refused: %s\n", r.error.c_str());
    }
    std::sort(times.begin(), times.end());
    m.seconds = times[times.size() / 2];
    m.runs = static_cast<int>(times.size());
    return m;
}

// Median CPU seconds of three analyses of one text.
double median_seconds(const std::string& text, const Resources& resources) {
    std::vector<double> times;
    for (int run = 0; run < 3; ++run) {
        const double t0 = cpu_seconds();
        const Result r = analyze(text, Options{}, resources);
        times.push_back(cpu_seconds() - t0);
    }
    std::sort(times.begin(), times.end());
    return times[1];
}

// A capitalized made-up name for n, one syllable per base-35 digit: "Bada", "Kelo".
std::string made_up_name(std::size_t n) {
    static const char* const kSyllables[] = {"ba", "be", "bo", "da", "de", "do", "ka", "ke", "ko", "la", "le", "lo",
                                             "ma", "me", "mo", "na", "ne", "no", "pa", "pe", "po", "ra", "re", "ro",
                                             "sa", "se", "so", "ta", "te", "to", "va", "ve", "vo", "za", "zo"};
    constexpr std::size_t kCount = sizeof kSyllables / sizeof *kSyllables;
    std::string name = "Ki";
    do {
        name += kSyllables[n % kCount];
        n /= kCount;
    } while (n > 0);
    return name;
}

// A text of `bytes` or a little more, one line of `shape` after another, "#" in it standing for the
// line's number and "@" for a name of its own: what a hostile or a generated page repeats, where a
// step that reads back to the start for each expression, or compares each name with all the
// others, would show.
std::string repeated(const std::string& shape, std::size_t bytes) {
    std::string text;
    for (std::size_t n = 0; text.size() < bytes; ++n) {
        std::string line = shape;
        if (const std::size_t at = line.find('#'); at != std::string::npos) line.replace(at, 1, std::to_string(n % 3000));
        if (const std::size_t at = line.find('@'); at != std::string::npos) line.replace(at, 1, made_up_name(n));
        text += line;
        text += '\n';
    }
    return text;
}

struct DossierMeasure {
    std::size_t bytes = 0;
    double seconds = 0;           // build_dossier, median of the runs
    double analyze_seconds = 0;   // the same articles analyzed one by one, not merged: the part of `seconds` that is not merging
    double combined_seconds = 0;  // combined_result of all articles, median
    int runs = 0;
    std::size_t speakers = 0, places = 0, events = 0, merged_events = 0;
};

// A dossier of kDossierArticles articles cut from the corpus, each from its own shuffle and dated
// a day apart, so that speakers, places and events recur across articles as in a real dossier.
DossierMeasure measure_dossier(const std::vector<std::string>& articles, const Resources& resources) {
    std::vector<DossierInput> inputs;
    DossierMeasure m;
    for (std::size_t i = 0; i < kDossierArticles; ++i) {
        char dct[11];
        std::snprintf(dct, sizeof dct, "2023-%02zu-%02zu", 1 + i / 28 % 12, 1 + i % 28);
        inputs.push_back({"article-" + std::to_string(i + 1),
                          bench::make_corpus(articles, kDossierArticleBytes, kSeed + static_cast<unsigned>(i)), dct});
        m.bytes += inputs.back().text.size();
    }
    std::vector<double> times, combined, alone;
    while (times.size() < 3) {
        const double t = cpu_seconds();
        for (const DossierInput& in : inputs) analyze(in.text, Options{in.dct}, resources);
        alone.push_back(cpu_seconds() - t);
        std::vector<DossierInput> copy = inputs;
        const double t0 = cpu_seconds();
        Dossier d = build_dossier(std::move(copy), resources);
        times.push_back(cpu_seconds() - t0);
        const double t1 = cpu_seconds();
        const Result all = combined_result(d, std::vector<bool>(d.articles.size(), true));
        combined.push_back(cpu_seconds() - t1);
        if (!d.refused.empty()) std::fprintf(stderr, "depeche_bench: %zu dossier article(s) refused\n", d.refused.size());
        m.speakers = d.speakers.size(), m.places = d.places.size(), m.events = d.events.size();
        m.merged_events = static_cast<std::size_t>(
            std::count_if(d.events.begin(), d.events.end(), [](const DossierEvent& e) { return e.sources.size() > 1; }));
    }
    std::sort(times.begin(), times.end());
    std::sort(combined.begin(), combined.end());
    std::sort(alone.begin(), alone.end());
    m.analyze_seconds = alone[alone.size() / 2];
    m.seconds = times[times.size() / 2];
    m.combined_seconds = combined[combined.size() / 2];
    m.runs = static_cast<int>(times.size());
    return m;
}

bool parse(int argc, char** argv, Args& args) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool has_value = i + 1 < argc;
        if (a == "--quick") args.quick = true;
        else if (a == "--assets" && has_value) args.assets = argv[++i];
        else if (a == "--articles" && has_value) args.article_dirs.push_back(argv[++i]);
        else if (a == "--json" && has_value) args.json_path = argv[++i];
        else {
            std::fprintf(stderr,
                         "usage: depeche_bench [--quick] [--assets DIR] [--articles DIR]... [--json FILE]\n");
            return false;
        }
    }
    if (args.article_dirs.empty())
        args.article_dirs = {DEPECHE_BENCH_ASSETS "/articles", DEPECHE_BENCH_GOLD, DEPECHE_BENCH_GOLD "/time"};
    return true;
}

nlohmann::json to_json(const Measure& m) {
    return {{"nominal_bytes", m.nominal}, {"bytes", m.bytes},        {"seconds", m.seconds}, {"runs", m.runs},
            {"mb_per_s", m.mbps()},    {"peak_heap_bytes", m.peak},
            {"peak_heap_ratio", as_double(m.peak) / as_double(std::max<std::size_t>(1, m.bytes))}};
}

// CPU time of loading the resources, median of a few loads: what every process pays before its
// first analysis. With `snapshot`, the gazetteer comes from its snapshot when the build wrote one.
double resource_seconds(const Args& args, bool snapshot) {
    std::vector<double> times;
    const ResourcePaths paths{args.assets, args.generated};
    for (int i = 0; i < 7; ++i) {
        std::string error;
        const double t0 = cpu_seconds();
        const auto loaded = snapshot ? load_resources_with_snapshot(paths, "fr", error) : load_resources(paths, "fr", error);
        times.push_back(cpu_seconds() - t0);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    Args args;
    if (!parse(argc, argv, args)) return 2;
    std::string error;
    const double resources_ready = resource_seconds(args, true);
    const double resources_built = resource_seconds(args, false);
    ResourcePaths probe{args.assets, args.generated};
    const bool snapshot_there = static_cast<bool>(std::ifstream(gazetteer_snapshot_path(probe, "fr")));
    const auto resources = load_resources_with_snapshot({args.assets, args.generated}, "fr", error);
    if (!resources) {
        std::fprintf(stderr, "depeche_bench: %s\n", error.c_str());
        return 1;
    }
    const std::vector<std::string> articles = bench::read_articles(args.article_dirs);
    if (articles.empty()) {
        std::fprintf(stderr, "depeche_bench: no *.txt article in the given folders\n");
        return 1;
    }

    std::printf("Depeche core benchmark: %s, %s, single thread, CPU time\n", platform(), compiler().c_str());
    std::printf("corpus: %zu article(s) reshuffled by paragraph, seed %u\n\n", articles.size(), kSeed);
    std::printf("resources ready (language data, gazetteer): %.1f ms (target <= %.0f)%s\n", resources_ready * 1e3,
                kTargetResourceMs, snapshot_there ? ", the gazetteer from its snapshot" : ", no gazetteer snapshot here");
    std::printf("  the gazetteer built from its JSON files instead (the page's way): %.1f ms\n\n", resources_built * 1e3);

    nlohmann::json figures = {{"platform", platform()}, {"compiler", compiler()}, {"articles", articles.size()},
                              {"resources_ready_seconds", resources_ready},
                              {"resources_built_seconds", resources_built},
                              {"gazetteer_snapshot", snapshot_there}};
    std::vector<std::size_t> sizes = {10000, 100000, 1000000, 10000000};
    if (args.quick) sizes.resize(3);
    std::vector<Measure> scaling;
    for (std::size_t size : sizes) scaling.push_back(measure(size, articles, *resources, size >= 10000000 ? 3.0 : 1.0, false));

    std::printf("throughput (whole pipeline: repair, layout, tokens, entities, quotes, time, places, events)\n");
    for (const Measure& m : scaling) {
        if (m.nominal < 1000000) continue;
        const double ratio = as_double(m.peak) / as_double(m.bytes);
        std::printf("  %-6s %8.1f ms  %7.1f MB/s (target >= %.0f)   peak heap %6.1f MB = %.1fx the text (budget %.0fx)\n",
                    size_label(m.nominal).c_str(), m.seconds * 1e3, m.mbps(), kTargetMBps, as_double(m.peak) / kMB, ratio,
                    kMemoryBudget);
        std::printf("         found: %zu entities, %zu quotes, %zu timexes, %zu places, %zu events\n", m.entities,
                    m.quotes, m.timexes, m.places, m.events);
        figures["throughput"][size_label(m.nominal)] = to_json(m);
    }
    const Measure with_json = measure(1000000, articles, *resources, 1.0, true);
    std::printf("  1 MB with JSON output (written element by element): %.1f ms, %.1f MB/s\n\n", with_json.seconds * 1e3,
                with_json.mbps());
    figures["with_json_1MB"] = to_json(with_json);

    const DossierMeasure dossier = measure_dossier(articles, *resources);
    std::printf("dossier: %zu articles, %.2f MB, analyzed and merged in %.1f ms (target < %.0f ms, issue 17)\n",
                kDossierArticles, as_double(dossier.bytes) / kMB, dossier.seconds * 1e3, kTargetDossierMs);
    std::printf("         of which analyses alone %.1f ms; combined view of all articles %.1f ms\n", dossier.analyze_seconds * 1e3,
                dossier.combined_seconds * 1e3);
    std::printf("         %zu speakers, %zu places, %zu events (%zu told by several articles)\n\n", dossier.speakers,
                dossier.places, dossier.events, dossier.merged_events);
    figures["dossier"] = {{"articles", kDossierArticles},         {"bytes", dossier.bytes},
                          {"seconds", dossier.seconds},            {"target_seconds", kTargetDossierMs / 1e3},
                          {"analyze_seconds", dossier.analyze_seconds}, {"combined_seconds", dossier.combined_seconds},
                          {"runs", dossier.runs},
                          {"speakers", dossier.speakers},          {"places", dossier.places},
                          {"events", dossier.events},              {"merged_events", dossier.merged_events}};

    std::printf("scaling (median time; a linear pipeline takes about 10x the time for 10x the text)\n");
    double worst = 0;
    for (std::size_t i = 0; i < scaling.size(); ++i) {
        const Measure& m = scaling[i];
        std::printf("  %-6s %10.3f ms  %4d run(s)", size_label(m.nominal).c_str(), m.seconds * 1e3, m.runs);
        nlohmann::json step = to_json(m);
        if (i > 0) {
            const double ratio = m.seconds / scaling[i - 1].seconds;
            const double growth = as_double(m.bytes) / as_double(scaling[i - 1].bytes);
            const double per_byte = ratio / growth;
            worst = std::max(worst, per_byte);
            std::printf("  x%.1f for x%.1f the text (time per byte x%.2f)", ratio, growth, per_byte);
            step["ratio_to_previous"] = ratio;
            step["per_byte_ratio"] = per_byte;
        }
        std::printf("\n");
        figures["scaling"].push_back(step);
    }
    std::printf("  worst step: time per byte x%.2f (1.0 is linear; a quadratic step would show about x10)\n", worst);
    figures["worst_per_byte_ratio"] = worst;

    // Clock times with no day, weekdays among hundreds of numbers that read as years, yearless
    // bylines: each once read back to the text's start for every expression.
    std::printf("\nrepeated lines (no DCT; time per byte from 100 KB to 1 MB, 1.0 is linear)\n");
    for (const std::string shape : {"À 10h, l'eau montait encore dans la rue numéro #.",
                                    "Le lundi 3 mars, la rue numéro # a été fermée.", "publié le 3 mars à 10h, rue #",
                                    "À Dakar, le hameau de @ est inondé.", "Le maire de @, Paul Roux, a parlé.",
                                    "M. @, le maire, l'a dit."}) {
        const double small = median_seconds(repeated(shape, 100000), *resources);
        const double large = median_seconds(repeated(shape, 1000000), *resources);
        const double per_byte = large / small / 10.0;
        std::printf("  %-52s %8.1f ms for 1 MB  x%.2f\n", shape.c_str(), large * 1e3, per_byte);
        figures["repeated_lines"].push_back({{"shape", shape}, {"seconds_1MB", large}, {"per_byte_ratio", per_byte}});
    }

    if (!args.json_path.empty()) {
        std::ofstream out(args.json_path);
        out << figures.dump(2) << "\n";
        if (!out) std::fprintf(stderr, "depeche_bench: cannot write %s\n", args.json_path.c_str());
    }
    return 0;
}
