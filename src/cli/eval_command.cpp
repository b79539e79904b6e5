#include "commands.h"
#include "options.h"
#include "eval/gold.h"
#include "eval/quote_score.h"
#include "resource_location.h"

#include "core/analysis_json.h"
#include "core/analyze.h"

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace depeche::cli {
namespace {

struct EvalArgs {
    std::vector<std::string> files;
    std::string assets;
    bool json = false;
    bool verbose = false;      // list the gold quotations missed or misattributed
    bool require_all = false;  // fail unless every gold quotation is found with its speaker
    double min_f1_loose = 0.0, min_f1_strict = 0.0, min_speaker = 0.0;
};

bool parse(const Args& args, EvalArgs& out, std::string& error) {
    const bool read = OptionSpec()
                          .value("--min-f1-30", fraction(out.min_f1_loose))
                          .value("--min-f1-80", fraction(out.min_f1_strict))
                          .value("--min-speaker", fraction(out.min_speaker))
                          .text("--assets", out.assets)
                          .flag("--json", out.json)
                          .flag("--verbose", out.verbose)
                          .flag("--require-all", out.require_all)
                          .parse(args, out.files, error);
    if (!read) return false;
    if (out.files.empty()) error = "give at least one gold file (tests/gold/*.gold.json)";
    return error.empty();
}

nlohmann::ordered_json counts_json(const MatchCounts& c) {
    return {{"matched", c.matched}, {"predicted", c.predicted}, {"gold", c.gold},
            {"precision", c.precision()}, {"recall", c.recall()}, {"f1", c.f1()}};
}

nlohmann::ordered_json score_json(const QuoteScore& s) {
    return {{"overlap_30", counts_json(s.loose)},
            {"overlap_80", counts_json(s.strict)},
            {"speaker_accuracy", s.speaker_accuracy()},
            {"speaker_right", s.speaker_right},
            {"speaker_judged", s.speaker_judged}};
}

void print_row(const std::string& name, const QuoteScore& s) {
    std::printf("%-34.34s %5zu %5zu  %5.3f %5.3f %5.3f  %5.3f %5.3f %5.3f  %5.3f\n", name.c_str(), s.loose.gold,
                s.loose.predicted, s.loose.precision(), s.loose.recall(), s.loose.f1(), s.strict.precision(),
                s.strict.recall(), s.strict.f1(), s.speaker_accuracy());
}

void print_problems(const GoldArticle& gold, const QuoteScore& s) {
    for (const std::size_t g : s.missed) std::printf("    missed: %.90s\n", gold.quotes[g].text.c_str());
    for (const std::size_t g : s.wrong_speaker) {
        const auto& q = gold.quotes[g];
        std::printf("    wrong speaker (gold %s): %.70s\n", q.speaker ? gold.speakers[*q.speaker].name.c_str() : "null",
                    q.text.c_str());
    }
}

}  // namespace

int run_eval(const Args& raw) {
    EvalArgs args;
    std::string error;
    if (!parse(raw, args, error)) {
        std::cerr << "depeche eval: " << error << "\n";
        return 2;
    }
    const auto resources = load_resources_or_explain(args.assets);
    if (!resources) return 1;
    QuoteScore overall;
    bool complete = true;
    nlohmann::ordered_json report{{"articles", nlohmann::ordered_json::array()}};
    if (!args.json)
        std::printf("%-34s %5s %5s  %5s %5s %5s  %5s %5s %5s  %5s\n", "article", "gold", "pred", "P.3", "R.3", "F1.3",
                    "P.8", "R.8", "F1.8", "spkr");
    for (const std::string& file : args.files) {
        const auto gold = load_gold(file, error);
        if (!gold) {
            std::cerr << "depeche eval: " << error << "\n";
            return 1;
        }
        const Result result = analyze(gold->text, {gold->dct}, *resources);
        if (!result.ok()) {
            std::cerr << "depeche eval: " << gold->article_path << ": " << result.error << "\n";
            return 1;
        }
        const QuoteScore s = score_quotes(*gold, result.analysis);
        overall += s;
        complete = complete && s.missed.empty() && s.wrong_speaker.empty();
        const std::string name = std::filesystem::path(file).filename().string();
        if (args.json) {
            report["articles"].push_back({{"gold", file}, {"quotes", score_json(s)}});
        } else {
            print_row(name, s);
            if (args.verbose) print_problems(*gold, s);
        }
    }
    if (args.json) {
        report["overall"] = {{"quotes", score_json(overall)}};
        std::cout << report.dump(2) << "\n";
    } else {
        print_row("overall", overall);
    }
    bool pass = overall.loose.f1() >= args.min_f1_loose && overall.strict.f1() >= args.min_f1_strict &&
                overall.speaker_accuracy() >= args.min_speaker;
    if (!pass)
        std::cerr << "depeche eval: below the thresholds (F1@0.3 " << overall.loose.f1() << ", F1@0.8 "
                  << overall.strict.f1() << ", speaker " << overall.speaker_accuracy() << ")\n";
    if (args.require_all && !complete) {
        std::cerr << "depeche eval: some gold quotations were missed or given the wrong speaker\n";
        pass = false;
    }
    return pass ? 0 : 1;
}

}  // namespace depeche::cli
