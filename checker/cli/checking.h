#pragma once
// What check and audit share: load the rulebook once, then for every plan load, extract,
// evaluate, apply the config and the baseline — in parallel when asked, with the same result.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "checker/cli/baseline.h"
#include "checker/cli/config.h"
#include "checker/report/report.h"

namespace plancheck::cli {

// Tells stderr every file of the run that was not checked: those that could not be read, with
// the reason, then those skipped as no plan format (a summary line, then each file).
void PrintNotChecked(const report::CheckRun& run, report::Lang lang);

struct CheckRequest {
  std::vector<std::string> files;                // expanded, in report order
  std::vector<report::InputFailure> unreadable;  // named or found but not readable (exit 3)
  std::vector<report::SkippedFile> skipped;      // found in a folder, not a plan format
  RulebookOptions rulebook;
  // serve: `rulebook` loaded once at start and shared read-only by every request (used when no
  // higher-level plan is given); null: loaded by CheckPlans.
  std::shared_ptr<const Rulebook> loaded;
  Config config;  // the run's: --config, else the nearest to the folder that holds every input
  // Per file (same index as `files`): the config its document settings come from, its nearest
  // .plancheck.yaml or --config. Empty: `config` for every file.
  std::vector<std::shared_ptr<const Config>> plan_configs;
  std::string region;  // --region: overrides the config and the plans' own text
  std::string period;  // --period 2020-2022: likewise (checked when the request is made)
  std::string date;    // --date 2020-06-01: the 成文日期, likewise
  std::vector<std::string> against;  // --against and the config's against: (衔接审核)
  std::optional<Baseline> baseline;
  int jobs = 1;
  std::string stdin_name;  // the name of a plan read from standard input ("-"); "" = "-"
  report::Lang lang = report::Lang::kZh;
  // Called after each plan (from the worker that checked it, under a lock): done, total, path.
  std::function<void(std::size_t, std::size_t, const std::string&)> progress;
  // Called as each plan is checked, from the worker that checked it (so for two plans at once
  // under --jobs 2), with the plan's index in `files` and the rules its reports name: audit writes
  // the plan's reports there and keeps only its summary. A plan whose call throws is not kept.
  std::function<void(std::size_t, report::CheckedPlan&, const std::vector<RuleInfo>&)> checked;
};

// The flags check and audit share: which plans, and which rules to check them with.
struct PlanFlags {
  std::vector<std::string> inputs;
  std::string region;
  std::string period;
  std::string date;
  std::vector<std::string> rules;
  bool no_builtin_rules = false;
  std::string config;
  std::vector<std::string> disable;  // --disable: as the config's disable:
  std::vector<std::string> select;   // --select: only these rules
  std::vector<std::string> against;  // --against: higher-level plans (衔接审核)
};

// Registers --region, --period, --date, --rules, --no-builtin-rules, --config, --disable and
// --select (each command names its inputs).
void AddPlanOptions(CLI::App& cmd, PlanFlags& flags);

// The config (--config or the nearest .plancheck.yaml), the language, the expanded inputs and the
// rulebook options of a command's plan flags.
// `skip`: folders the walk leaves out (the audit's --out).
CheckRequest PlanRequest(const CLI::App& cmd, const PlanFlags& flags,
                         const std::vector<std::string>& skip = {});

// Plans that cannot be read, or whose check fails in any way, are listed in CheckRun::failures
// (exit 3) and the others checked: one bad plan never stops the rest. Rule and configuration
// errors throw (exit 2); a stop signal throws Interruption once the plans under way are done.
report::CheckRun CheckPlans(const CheckRequest& request);

// --config FILE, else the nearest .plancheck.yaml from `start` up, else no config.
Config CommandConfig(const std::string& config_flag, report::Lang lang,
                     const std::string& start = ".");

// The config's rule folders and then --rules; bundled packs unless either turns them off.
RulebookOptions RulebookFor(const Config& config, const std::vector<std::string>& rules_flag,
                            bool no_builtin_rules);

// --jobs: 0 means one per core.
int EffectiveJobs(int jobs, std::size_t plans);

}  // namespace plancheck::cli
