#include "commands.h"
#include "huge_pages.h"

#include "core/version.h"

#include <iostream>

namespace {

constexpr const char* kUsage = R"(usage: depeche COMMAND [options]

Commands:
  analyze [FILE|-] [--dct YYYY-MM-DD] [--pretty] [--assets DIR]
                          print the depeche/analysis@1 JSON of one article (stdin by default)
  analyze --jsonl FILE... [--dct YYYY-MM-DD]
                          one analysis per line, one line per file, in one process
  dossier FILE... [--manifest LIST.json] [--pretty] [--assets DIR]
                          print the depeche/dossier@1 JSON of many articles analyzed together; a manifest
                          lists [{"path", "name", "dct"}], paths relative to it; refused files are named on
                          stderr and the rest is printed (exit 1)
  eval GOLD.json... [--json] [--verbose] [--min-f1-30 X] [--min-f1-80 X] [--min-speaker X] [--require-all]
                          score quotations and speakers against gold files; fails below the thresholds
  eval-time GOLD.json... [--min-accuracy X] [--strict] [--json] [--repeat N]
                          score time expressions and events against gold files (article beside: .fr.txt)
  snapshot [--assets DIR]  write the gazetteer's snapshot beside its generated files (the build runs it)
  --version               print the version
  --help                  print this help
)";

}  // namespace

int main(int argc, char** argv) {
    depeche::cli::restart_with_huge_pages(argv);
    const depeche::cli::Args args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h") {
        std::cout << kUsage;
        return args.empty() ? 2 : 0;
    }
    if (args[0] == "--version") {
        std::cout << "depeche " << depeche::kVersion << "\n";
        return 0;
    }
    const depeche::cli::Args rest(args.begin() + 1, args.end());
    if (args[0] == "analyze") return depeche::cli::run_analyze(rest);
    if (args[0] == "dossier") return depeche::cli::run_dossier(rest);
    if (args[0] == "eval") return depeche::cli::run_eval(rest);
    if (args[0] == "eval-time") return depeche::cli::run_eval_time(rest);
    if (args[0] == "snapshot") return depeche::cli::run_snapshot(rest);
    std::cerr << "depeche: unknown command '" << args[0] << "'\n" << kUsage;
    return 2;
}
