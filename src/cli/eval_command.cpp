#include "commands.h"
#include "options.h"
#include "eval/gold.h"
#include "eval/quote_score.h"
#include "resource_location.h"

#include "core/analysis_json.h"
#include "core/analyze.h"

#include <cstdio>
#include <algorithm>
#include <filesystem>
#include <map>
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

double ratio(std::size_t a, std::size_t b) { return b ? double(a) / double(b) : 1.0; }

nlohmann::ordered_json score_json(const QuoteScore& s) {
    nlohmann::ordered_json kinds;
    for (std::size_t k = 0; k < s.by_kind.size(); ++k) {
        const KindCounts& c = s.by_kind[k];
        kinds[to_string(static_cast<QuoteKind>(k))] = {{"gold", c.gold}, {"found", c.found}, {"recall", ratio(c.found, c.gold)},
                                {"predicted", c.predicted}, {"precision", ratio(c.right, c.predicted)}};
    }
    return {{"overlap_30", counts_json(s.loose)},
            {"overlap_80", counts_json(s.strict)},
            {"speaker_accuracy", s.speaker_accuracy()},
            {"speaker_right", s.speaker_right},
            {"speaker_judged", s.speaker_judged},
            {"by_kind", kinds}};
}

// Recall and precision of each kind at 30% overlap, under the overall row.
void print_kinds(const QuoteScore& s) {
    for (std::size_t k = 0; k < s.by_kind.size(); ++k) {
        const KindCounts& c = s.by_kind[k];
        std::printf("  %-10s gold %4zu found %4zu (recall %5.3f)   predicted %4zu right %4zu (precision %5.3f)\n",
                    to_string(static_cast<QuoteKind>(k)), c.gold, c.found, ratio(c.found, c.gold), c.predicted, c.right, ratio(c.right, c.predicted));
    }
}

// The misses of every article grouped by the construction the gold names, most missed first: where
// recall goes.
class MissesByConstruction {
public:
    void add(const GoldArticle& gold, const QuoteScore& s) {
        for (const GoldQuote& q : gold.quotes) ++groups_[key(q)].gold;
        for (const std::size_t g : s.missed) {
            Group& group = groups_[key(gold.quotes[g])];
            group.missed.push_back(std::filesystem::path(gold.gold_path).filename().string() + ": " + gold.quotes[g].text);
        }
    }
    void print() const {
        std::vector<std::pair<std::string, const Group*>> order;
        for (const auto& [name, group] : groups_) order.emplace_back(name, &group);
        std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.second->missed.size() > b.second->missed.size(); });
        std::printf("\nmissed quotations by construction:\n");
        for (const auto& [name, group] : order) {
            if (group->missed.empty()) continue;
            std::printf("  %s: %zu of %zu missed\n", name.c_str(), group->missed.size(), group->gold);
            for (const std::string& m : group->missed) std::printf("    %.110s\n", m.c_str());
        }
    }

private:
    struct Group {
        std::size_t gold = 0;
        std::vector<std::string> missed;
    };
    static std::string key(const GoldQuote& q) { return q.construction.empty() ? "(not named)" : q.construction; }
    std::map<std::string, Group> groups_;
};

void print_row(const std::string& name, const QuoteScore& s) {
    std::printf("%-34.34s %5zu %5zu  %5.3f %5.3f %5.3f  %5.3f %5.3f %5.3f  %5.3f\n", name.c_str(), s.loose.gold,
                s.loose.predicted, s.loose.precision(), s.loose.recall(), s.loose.f1(), s.strict.precision(),
                s.strict.recall(), s.strict.f1(), s.speaker_accuracy());
}

void print_problems(const GoldArticle& gold, const QuoteScore& s) {
    for (const std::size_t g : s.missed) std::printf("    missed: %.90s\n", gold.quotes[g].text.c_str());
    for (const auto& wrong : s.wrong_speaker) {
        const auto& q = gold.quotes[wrong.gold];
        std::printf("    wrong speaker (gold %s, said %s): %.70s\n",
                    q.speaker ? gold.speakers[*q.speaker].name.c_str() : "null",
                    wrong.said.empty() ? "nobody" : wrong.said.c_str(), q.text.c_str());
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
    MissesByConstruction misses;
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
        misses.add(*gold, s);
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
        print_kinds(overall);
        if (args.verbose) misses.print();
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
