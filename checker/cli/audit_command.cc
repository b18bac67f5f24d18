// plancheck audit DIR|FILE… --out DIR — the auditor's command: every plan against every
// applicable rule, a report per plan, the matrix, the indicators side by side.
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "checker/cli/atomic_write.h"
#include "checker/cli/checking.h"
#include "checker/cli/commands.h"
#include "checker/cli/inputs.h"
#include "checker/cli/lang.h"
#include "checker/report/common.h"

namespace plancheck::cli {
namespace {

struct AuditFlags : PlanFlags {
  std::string out;
  int jobs = 0;
};

// plans/<stem>.*: the file's stem, numbered when two inputs share one (a/plan.txt, b/plan.txt).
report::AuditLayout LayoutFor(const report::CheckRun& run) {
  report::AuditLayout layout;
  std::map<std::string, int> used;
  for (const report::CheckedPlan& plan : run.plans) {
    const std::string stem = std::filesystem::path(plan.path()).stem().string();
    const int n = ++used[stem];
    layout.report_stems.push_back(n == 1 ? stem : fmt::format("{}-{}", stem, n));
  }
  return layout;
}

void WriteAudit(const report::CheckRun& run, Lang lang, StagedDir& out) {
  const report::AuditLayout layout = LayoutFor(run);
  report::RenderOptions options;
  options.lang = lang;
  options.index_link = "../index.html";
  for (std::size_t n = 0; n < run.plans.size(); ++n) {
    report::CheckRun one;
    one.version = run.version;
    one.rules = run.rules;
    one.plans.push_back(run.plans[n]);
    out.Write(layout.PlanReport(n, "md"), report::RenderMarkdown(one, options));
    out.Write(layout.PlanReport(n, "html"), report::RenderHtml(one, options));
    out.Write(layout.PlanReport(n, "json"), report::RenderJson(one, options));
  }
  options.index_link.clear();
  out.Write("index.html", report::RenderIndexHtml(run, layout, options));
  out.Write("matrix.csv", report::RenderMatrixCsv(run, options));
  out.Write("summary.json", report::RenderSummaryJson(run, layout, options));
  report::WriteMatrixXlsx(run, options, out.StagingPath("matrix.xlsx"));
}

int RunAudit(const CLI::App& cmd, const AuditFlags& flags) {
  CheckRequest request = PlanRequest(cmd, flags);
  const Lang lang = request.lang;
  request.jobs = flags.jobs;
  if (::isatty(STDERR_FILENO) == 1) {
    request.progress = [](std::size_t done, std::size_t total, const std::string& path) {
      std::cerr << fmt::format("\r\033[K[{}/{}] {}", done, total, path)
                << (done == total ? "\n" : "") << std::flush;
    };
  }
  // Made first: an --out that cannot be written fails before any work (exit 2).
  StagedDir out(flags.out, lang);
  const report::CheckRun run = CheckPlans(request);
  WriteAudit(run, lang, out);
  out.Commit();
  for (const report::InputFailure& failure : run.failures) {
    std::cerr << "plancheck: " << failure.message << "\n";
  }
  const std::string index = (std::filesystem::path(flags.out) / "index.html").generic_string();
  std::cout << (lang == Lang::kZh ? fmt::format("已审查 {} 份规划：{}\n", run.plans.size(), index)
                                  : fmt::format("audited {} plans: {}\n", run.plans.size(), index));
  return run.failures.empty() ? 0 : 3;
}

}  // namespace

void AddAuditCommand(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "audit", "Audit many plans: per-plan reports, index.html, matrix, summary / 批量审查规划");
  auto flags = std::make_shared<AuditFlags>();
  cmd->add_option("DIR|FILE", flags->inputs, "Folders of plans or plans / 规划文件夹或文件")
      ->required();
  cmd->add_option("--out,-o", flags->out, "Folder for the reports / 报告输出文件夹")->required();
  cmd->add_option("--jobs,-j", flags->jobs, "Plans checked in parallel (0 = one per core) / 并行数")
      ->check(CLI::NonNegativeNumber)
      ->capture_default_str();
  AddPlanOptions(*cmd, *flags);
  cmd->callback([cmd, flags, &exit_code] { exit_code = RunAudit(*cmd, *flags); });
}

}  // namespace plancheck::cli
