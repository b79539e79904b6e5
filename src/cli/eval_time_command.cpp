#include "commands.h"
#include "options.h"
#include "input.h"
#include "resource_location.h"
#include "timex_score.h"
#include "eval/dct_score.h"
#include "eval/place_score.h"

#include "core/analyze.h"
#include "core/data_file.h"

#include <cstdio>
#include <ctime>
#include <iostream>
#include <optional>

namespace depeche::cli {
namespace {

struct EvalArgs {
    std::vector<std::string> gold_files;
    double min_accuracy = 0.0;
    bool strict = false;  // every required timex and event must be found with its value
    bool json = false;
    bool verbose = false;  // list the places missed and the false ones
    int repeat = 1;  // analyses per article, to measure throughput
    std::string assets;
};

bool parse(const Args& args, EvalArgs& out, std::string& error) {
    const bool read = OptionSpec()
                          .flag("--strict", out.strict)
                          .flag("--json", out.json)
                          .flag("--verbose", out.verbose)
                          .value("--min-accuracy", fraction(out.min_accuracy))
                          .value("--repeat", positive_count(out.repeat))
                          .text("--assets", out.assets)
                          .parse(args, out.gold_files, error);
    if (!read) return false;
    if (out.gold_files.empty()) error = "give at least one .gold.json file";
    return error.empty();
}

// The article beside its gold file: x.gold.json -> x.fr.txt.
std::string article_of(const std::string& gold_path) {
    const std::string suffix = ".gold.json";
    if (gold_path.size() <= suffix.size() || gold_path.compare(gold_path.size() - suffix.size(), suffix.size(), suffix) != 0)
        return {};
    return gold_path.substr(0, gold_path.size() - suffix.size()) + ".fr.txt";
}

std::string percent(double x) {
    char b[16];
    std::snprintf(b, sizeof b, "%.3f", x);
    return b;
}

}  // namespace

int run_eval_time(const Args& raw) {
    EvalArgs args;
    std::string error;
    if (!parse(raw, args, error)) {
        std::cerr << "depeche eval-time: " << error << "\n";
        return 2;
    }
    const auto resources = load_resources_or_explain(args.assets);
    if (!resources) return 1;
    TimexScore total;
    PlaceScore places;
    std::size_t place_files = 0;
    DctScore dcts;
    double cpu_seconds = 0.0;
    std::size_t bytes = 0;
    nlohmann::json per_file = nlohmann::json::array();
    for (const std::string& path : args.gold_files) {
        const auto gold = read_json_file(path, error);
        const auto text = gold ? read_input(article_of(path), error) : std::nullopt;
        if (!gold || !text) {
            std::cerr << "depeche eval-time: " << error << "\n";
            return 1;
        }
        Options options;
        if (const auto dct = gold->find("dct"); dct != gold->end() && dct->is_string()) options.dct = dct->get<std::string>();
        // CPU time, so a busy machine does not skew the figure.
        const std::clock_t started = std::clock();
        for (int k = 1; k < args.repeat; ++k) analyze(*text, options, *resources);
        const Result result = analyze(*text, options, *resources);
        cpu_seconds += double(std::clock() - started) / CLOCKS_PER_SEC;
        bytes += text->size() * static_cast<std::size_t>(args.repeat);
        if (!result.ok()) {
            std::cerr << "depeche eval-time: " << path << ": " << result.error << "\n";
            return 1;
        }
        const TimexScore s = score_time(result.text, result.analysis, *gold);
        per_file.push_back({{"gold", path}, {"timex_recall", s.recall()}, {"value_accuracy", s.value_accuracy()}});
        if (!args.json)
            for (const std::string& m : s.misses) std::cout << path << ": " << m << "\n";
        total.add(s);
        if (has_dct_origin(*gold)) {
            // The date is read only when none is given: analyze again without it.
            std::optional<Result> blind;
            if (options.dct) blind = analyze(*text, Options{}, *resources);
            const DctScore d = score_dct(blind ? blind->analysis : result.analysis, *gold, path);
            if (!args.json)
                for (const std::string& m : d.misses) std::cout << m << "\n";
            dcts.add(d);
        }
        bool scored = false;
        const PlaceScore p = score_places(result.text, result.analysis, *gold, scored);
        if (!scored) continue;
        ++place_files;
        per_file.back()["place_recall"] = p.recall();
        per_file.back()["place_precision"] = p.precision();
        if (args.verbose && !args.json) {
            for (const std::string& m : p.misses) std::cout << path << ": " << m << "\n";
            for (const std::string& m : p.false_hits) std::cout << path << ": " << m << "\n";
        }
        places.add(p);
    }
    const bool complete = total.matched == total.gold && total.right_value == total.valued &&
                          total.events_by_value == total.events;
    if (args.json) {
        std::cout << nlohmann::json{{"files", per_file},
                                    {"timexes", total.gold},
                                    {"timex_precision", total.precision()},
                                    {"timex_recall", total.recall()},
                                    {"value_accuracy", total.value_accuracy()},
                                    {"valued", total.valued},
                                    {"events", total.events},
                                    {"event_recall", total.event_recall()},
                                    {"event_place_recall", total.event_place_recall()},
                                    {"places", places.gold},
                                    {"place_recall", places.recall()},
                                    {"place_precision", places.precision()},
                                    {"place_precision_named", places.named_precision()},
                                    {"dct_stated", dcts.stated},
                                    {"dct_read", dcts.read},
                                    {"dct_unstated", dcts.unstated},
                                    {"dct_false_read", dcts.false_read},
                                    {"bytes", bytes},
                                    {"cpu_seconds", cpu_seconds}}
                         .dump()
                  << "\n";
    } else {
        std::cout << "timexes: " << total.gold << " gold, precision " << percent(total.precision()) << ", recall "
                  << percent(total.recall()) << ", value accuracy " << percent(total.value_accuracy()) << " (over "
                  << total.valued << " found with a gold value)\n"
                  << "events: " << total.events << " gold, recall by value " << percent(total.event_recall())
                  << ", by (value, place) " << percent(total.event_place_recall()) << "\n";
        if (place_files > 0)
            std::cout << "places: " << places.gold << " gold in " << place_files << " files, recall "
                      << percent(places.recall()) << ", precision " << percent(places.precision()) << " ("
                      << places.predicted << " predicted, " << places.adjective_only
                      << " named only by an adjective; precision without them " << percent(places.named_precision())
                      << ")\n";
        if (dcts.scored())
            std::cout << "publication date: read exactly in " << dcts.read << " of the " << dcts.stated
                      << " texts that state it; read anyway in " << dcts.false_read << " of the " << dcts.unstated
                      << " that do not\n";
        std::cout
                  << "throughput: " << percent(cpu_seconds > 0 ? double(bytes) / cpu_seconds / 1e6 : 0.0)
                  << " MB/s of CPU time over " << bytes << " bytes\n";
    }
    if (total.value_accuracy() < args.min_accuracy) {
        std::cerr << "depeche eval-time: value accuracy " << percent(total.value_accuracy()) << " is under "
                  << percent(args.min_accuracy) << "\n";
        return 1;
    }
    if (args.strict && !complete) {
        std::cerr << "depeche eval-time: --strict: some gold timexes or events were not found with their value\n";
        return 1;
    }
    return 0;
}

}  // namespace depeche::cli
