#include "checker/cli/checking.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "checker/cli/against.h"
#include "checker/cli/config_discovery.h"
#include "checker/cli/inline_ignores.h"
#include "checker/cli/inputs.h"
#include "checker/cli/interruption.h"
#include "checker/cli/lang.h"
#include "checker/cli/period_option.h"
#include "checker/cli/region_option.h"
#include "checker/cli/rules_doc.h"
#include "checker/cli/standard_input.h"
#include "checker/cli/usage_error.h"
#include "checker/decode/input_error.h"
#include "checker/engine/evaluate.h"
#include "checker/formats/format.h"
#include "checker/indicators/indicator.h"
#include "checker/report/skipped.h"

namespace plancheck::cli {
namespace {

// One plan, start to finish. InputError is the caller's to record.
report::CheckedPlan CheckOne(const std::string& file, const Config& config,
                             const Rulebook& rulebook, const std::vector<RuleInfo>& rules,
                             const CheckRequest& request,
                             const std::vector<derive::DerivedPack>& derived) {
  const bool piped = file == kStandardInput;
  std::optional<PipedPlan> pipe;
  if (piped) pipe = LoadStandardInput(request.stdin_name);
  auto document =
      std::make_shared<Document>(piped ? std::move(pipe->document) : LoadDocument(file));
  if (!piped) document->path = DisplayPath(file);
  const DocumentSettings settings = config.For(piped ? document->path : file);
  const std::string& region = !request.region.empty() ? request.region : settings.region;
  if (!region.empty()) ApplyRegionOption(region, document->metadata, request.lang);
  ApplyPeriodAndDate(!request.period.empty() ? request.period : settings.period,
                     !request.date.empty() ? request.date : settings.date, *document, request.lang);
  report::CheckedPlan plan;
  plan.document = document;
  // A piped .docx is marked up from its bytes; other formats get a new .docx of their text.
  if (piped && document->format == "docx")
    plan.input_bytes = std::make_shared<const std::string>(std::move(pipe->bytes));
  plan.report = Evaluate(rulebook, *document, ExtractIndicators(*document));
  MarkGroups(derived, plan.report.results);
  ApplySettings(settings, rules, plan.report, request.lang);
  ApplyInlineIgnores(plan, rules, request.lang);
  plan.accepted.assign(plan.report.results.size(), false);
  if (request.baseline) request.baseline->Mark(plan);
  return plan;
}

bool UsesIgnoreMarkerRule(const report::CheckedPlan& plan) {
  return std::any_of(plan.report.results.begin(), plan.report.results.end(),
                     [](const Result& r) { return r.rule == kIgnoreMarkerRule; });
}

// `rules` and the rule a faulty in-plan ignore marker is reported under, in id order.
std::vector<RuleInfo> WithIgnoreMarkerRule(std::vector<RuleInfo> rules, report::Lang lang) {
  const RuleInfo info = IgnoreMarkerRule(lang);
  const auto at =
      std::lower_bound(rules.begin(), rules.end(), info.id,
                       [](const RuleInfo& r, const std::string& id) { return r.id < id; });
  if (at == rules.end() || at->id != info.id) rules.insert(at, info);
  return rules;
}

// That rule is listed with the others (SARIF's rules, the legend) when some plan has one.
void AddIgnoreMarkerRule(report::CheckRun& run, report::Lang lang) {
  if (std::any_of(run.plans.begin(), run.plans.end(), UsesIgnoreMarkerRule))
    run.rules = WithIgnoreMarkerRule(std::move(run.rules), lang);
}

struct Slot {
  std::optional<report::CheckedPlan> plan;
  std::optional<report::InputFailure> failure;
  std::exception_ptr error;
};

// A plan that could not be read, with what kind of file it turned out to be for the summary.
report::InputFailure FailureOf(const std::string& shown, const InputError& e, report::Lang lang) {
  const bool zh = lang == report::Lang::kZh;
  const InputError::Kind& kind = e.kind();
  return {shown, DisplayPath(e.Message(zh)), zh ? kind.type_zh : kind.type_en,
          zh ? kind.reason_zh : kind.reason_en};
}

}  // namespace

Config CommandConfig(const std::string& config_flag, report::Lang lang, const std::string& start) {
  if (!config_flag.empty()) return LoadConfig(config_flag, lang);
  const std::string found = FindConfig(start);
  if (found.empty()) return Config{};
  return LoadConfig(found, lang);
}

RulebookOptions RulebookFor(const Config& config, const std::vector<std::string>& rules_flag,
                            bool no_builtin_rules) {
  RulebookOptions options;
  options.extra_dirs = config.rule_dirs;
  options.extra_dirs.insert(options.extra_dirs.end(), rules_flag.begin(), rules_flag.end());
  options.builtin = !no_builtin_rules && config.builtin_rules.value_or(true);
  return options;
}

int EffectiveJobs(int jobs, std::size_t plans) {
  int n = jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return std::max(1, std::min(n, static_cast<int>(plans)));
}

void PrintNotChecked(const report::CheckRun& run, report::Lang lang) {
  for (const report::InputFailure& failure : run.failures) {
    std::cerr << "plancheck: " << failure.message << "\n";
  }
  // Nothing left out, or one plan given that could not be read (its message says it all).
  if (run.skipped.empty() && (run.failures.empty() || run.failures.size() + run.plans.size() < 2)) {
    return;
  }
  // Every file given and not checked, in one line: unsupported types and unreadable plans alike.
  std::cerr << "plancheck: " << report::SkippedSummary(run.skipped, run.failures, lang) << "\n";
  for (const report::SkippedFile& skipped : run.skipped) {
    std::cerr << "  " << DisplayPath(skipped.path) << "\n";
  }
}

report::CheckRun CheckPlans(const CheckRequest& request) {
  // 衔接审核: each higher-level plan derived into a pack checked beside the others.
  std::vector<derive::DerivedPack> derived;
  for (const std::string& higher : request.against) {
    derived.push_back(DeriveFrom({higher, "", ""}, request.rulebook, request.lang,
                                 static_cast<int>(derived.size())));
  }
  const std::shared_ptr<const Rulebook> rulebook =
      !derived.empty() ? RulebookWith(request.rulebook, derived)
      : request.loaded ? request.loaded
                       : LoadRulebook(request.rulebook);
  report::CheckRun run;
  run.version = PLANCHECK_VERSION;
  std::error_code ec;
  run.working_dir = std::filesystem::current_path(ec).generic_string();
  std::vector<RuleInfo> all_rules = ListRules(*rulebook);
  AddReferences(*rulebook, RulesDocBase(), all_rules);
  std::sort(all_rules.begin(), all_rules.end(),
            [](const RuleInfo& a, const RuleInfo& b) { return a.id < b.id; });
  // Every pattern of every config must name a rule, overrides included, before any plan is read.
  std::vector<const Config*> configs{&request.config};
  for (const auto& c : request.plan_configs) {
    if (std::find(configs.begin(), configs.end(), c.get()) == configs.end())
      configs.push_back(c.get());
  }
  for (const Config* config : configs) {
    std::vector<RuleInfo> probe = all_rules;
    ApplySettings(config->settings, probe, request.lang);
    for (const Config::Override& o : config->overrides) {
      probe = all_rules;
      ApplySettings(o.settings, probe, request.lang);
    }
  }
  run.rules = all_rules;
  ApplySettings(request.config.settings, run.rules, request.lang);
  const std::vector<RuleInfo> marked = WithIgnoreMarkerRule(run.rules, request.lang);

  std::vector<Slot> slots(request.files.size());
  std::atomic<std::size_t> next{0};
  std::mutex progress_lock;
  std::size_t done = 0;
  const auto work = [&] {
    for (std::size_t i = next++; i < slots.size() && !StopRequested(); i = next++) {
      const std::string shown = DisplayPath(request.files[i]);
      try {
        const Config& config =
            i < request.plan_configs.size() ? *request.plan_configs[i] : request.config;
        report::CheckedPlan plan =
            CheckOne(request.files[i], config, *rulebook, all_rules, request, derived);
        if (request.checked)
          request.checked(i, plan, UsesIgnoreMarkerRule(plan) ? marked : run.rules);
        slots[i].plan = std::move(plan);
      } catch (const InputError& e) {
        slots[i].failure = FailureOf(shown, e, request.lang);
      } catch (const UsageError&) {
        slots[i].error = std::current_exception();
      } catch (const std::bad_alloc&) {
        slots[i].failure =
            report::InputFailure{shown, shown + ": " +
                                            Tr(request.lang, "内存不足，无法检查这份规划",
                                               "out of memory while checking this plan")};
      } catch (const std::exception& e) {
        // A defect of plancheck's, not of the plan: said as such, and the other plans go on.
        slots[i].failure = report::InputFailure{
            shown, fmt::format(fmt::runtime(Tr(request.lang,
                                               "{}: 检查时出错（plancheck 的缺陷，请报告）：{}",
                                               "{}: checking failed (a plancheck defect; please "
                                               "report it): {}")),
                               shown, DisplayPath(e.what()))};
      }
      if (request.progress) {
        const std::lock_guard<std::mutex> lock(progress_lock);
        request.progress(++done, slots.size(), request.files[i]);
      }
    }
  };
  const int jobs = EffectiveJobs(request.jobs, slots.size());
  if (jobs == 1) {
    work();
  } else {
    std::vector<std::thread> threads;
    for (int t = 0; t < jobs; ++t) threads.emplace_back(work);
    for (std::thread& t : threads) t.join();
  }
  StopIfRequested();
  // In input order, whatever order the workers finished in: the output never depends on --jobs.
  run.skipped = request.skipped;
  for (const report::InputFailure& failure : request.unreadable) {
    run.failures.push_back({DisplayPath(failure.path), DisplayPath(failure.message)});
  }
  for (Slot& slot : slots) {
    if (slot.error) std::rethrow_exception(slot.error);
    if (slot.failure) run.failures.push_back(std::move(*slot.failure));
    if (slot.plan) run.plans.push_back(std::move(*slot.plan));
  }
  AddIgnoreMarkerRule(run, request.lang);
  return run;
}

void AddPlanOptions(CLI::App& cmd, PlanFlags& flags) {
  cmd.add_option("--region", flags.region,
                 "The plans' region when the text does not say, e.g. 上海市/松江区 / 指定地区");
  cmd.add_option("--period", flags.period,
                 "The plans' period when the text does not say, e.g. 2020-2022 / 指定规划期");
  cmd.add_option("--date", flags.date,
                 "The plans' date of writing (成文日期), e.g. 2020-06-01 / 指定成文日期");
  cmd.add_option("--rules", flags.rules, "Extra rule folder (repeatable) / 额外规则文件夹")
      ->allow_extra_args(false);
  cmd.add_flag("--no-builtin-rules", flags.no_builtin_rules,
               "Use only the --rules folders / 不使用内置规则");
  cmd.add_option("--config", flags.config,
                 "Config file (default: .plancheck.yaml from here upward) / 配置文件");
  cmd.add_option("--disable", flags.disable,
                 "Leave out rules: a rule id, a pack id or a glob (repeatable, as the config's "
                 "disable:) / 不检查这些规则")
      ->allow_extra_args(false);
  cmd.add_option("--select", flags.select,
                 "Check only these rules: ids, pack ids or globs (repeatable) / 只检查这些规则")
      ->allow_extra_args(false);
  cmd.add_option("--against", flags.against,
                 "A higher-level plan to check against (repeatable) / 对照的上级规划（衔接审核）")
      ->allow_extra_args(false);
}

CheckRequest PlanRequest(const CLI::App& cmd, const PlanFlags& flags,
                         const std::vector<std::string>& skip) {
  CheckRequest request;
  request.config = CommandConfig(flags.config, CommandLang(cmd), CommonFolder(flags.inputs));
  request.lang = CommandLang(cmd, request.config.lang.value_or(""));
  PlanInputs inputs = ExpandInputs(flags.inputs, request.lang, skip);
  request.files = std::move(inputs.files);
  request.unreadable = std::move(inputs.unreadable);
  request.skipped = std::move(inputs.skipped);
  request.rulebook = RulebookFor(request.config, flags.rules, flags.no_builtin_rules);
  // On top of the config's own lists, with the same meaning (and the same check for typos).
  for (const std::string& p : flags.disable)
    request.config.settings.disable.push_back({p, "--disable"});
  for (const std::string& p : flags.select)
    request.config.settings.select.push_back({p, "--select"});
  // Without --config, each plan's document settings come from its own nearest config.
  if (flags.config.empty()) {
    DocumentSettings extra;
    for (const std::string& p : flags.disable) extra.disable.push_back({p, "--disable"});
    for (const std::string& p : flags.select) extra.select.push_back({p, "--select"});
    ConfigFinder finder(std::make_shared<const Config>(request.config), extra, request.lang);
    for (const std::string& file : request.files) request.plan_configs.push_back(finder.For(file));
  }
  request.region = flags.region;
  // Checked before any plan is read: a malformed value is a usage error (exit 2), not a plan's.
  if (!flags.period.empty()) ParsePeriodOption(flags.period, "--period", request.lang);
  if (!flags.date.empty()) ParseDateOption(flags.date, "--date", request.lang);
  request.period = flags.period;
  request.date = flags.date;
  request.against = request.config.against;
  request.against.insert(request.against.end(), flags.against.begin(), flags.against.end());
  return request;
}

}  // namespace plancheck::cli
