#include "commands.h"
#include "options.h"
#include "input.h"
#include "resource_location.h"

#include "core/analysis_json.h"
#include "core/analyze.h"

#include <iostream>

namespace depeche::cli {
namespace {

struct AnalyzeArgs {
    std::vector<std::string> files;
    Options options;
    bool pretty = false;
    bool jsonl = false;
    std::string assets;
};

bool parse(const Args& args, AnalyzeArgs& out, std::string& error) {
    const bool read = OptionSpec()
                          .flag("--pretty", out.pretty)
                          .flag("--jsonl", out.jsonl)
                          .value("--dct",
                                 [&](const std::string& v) {
                                     std::string bad = check_dct(v);
                                     if (bad.empty()) out.options.dct = v;
                                     return bad;
                                 })
                          .text("--assets", out.assets)
                          .parse(args, out.files, error);
    if (!read) return false;
    if (out.jsonl && out.files.empty()) error = "--jsonl needs at least one file";
    if (!out.jsonl && out.files.size() > 1) error = "analyze takes one file; use --jsonl for several";
    if (out.files.empty()) out.files.push_back("-");
    return error.empty();
}

// Prints one analysis; returns false (having said why on stderr) when the file was refused.
bool analyze_file(const std::string& path, const AnalyzeArgs& args, const Resources& resources) {
    std::string error;
    auto text = read_input(path, error);
    if (!text) {
        std::cerr << "depeche: " << error << "\n";
        return false;
    }
    const Result result = analyze(std::move(*text), args.options, resources);
    if (!result.ok()) {
        std::cerr << "depeche: " << (path == "-" ? "standard input" : path) << ": " << result.error << "\n";
        return false;
    }
    write_json(std::cout, result.analysis, args.pretty && !args.jsonl);
    std::cout << "\n";
    return true;
}

}  // namespace

int run_analyze(const Args& raw) {
    AnalyzeArgs args;
    std::string error;
    if (!parse(raw, args, error)) {
        std::cerr << "depeche analyze: " << error << "\n";
        return 2;
    }
    const auto resources = load_resources_or_explain(args.assets);
    if (!resources) return 1;
    bool all_ok = true;
    for (const std::string& file : args.files) all_ok = analyze_file(file, args, *resources) && all_ok;
    return all_ok ? 0 : 1;
}

}  // namespace depeche::cli
