#pragma once
#include <string>
#include <vector>

namespace depeche::cli {

using Args = std::vector<std::string>;

// Each command returns the process exit status; it prints results to stdout, errors to stderr.
int run_analyze(const Args& args);
int run_dossier(const Args& args);
int run_eval(const Args& args);
int run_eval_time(const Args& args);
int run_snapshot(const Args& args);

}  // namespace depeche::cli
