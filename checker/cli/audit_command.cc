// plancheck audit DIR|FILE… --out DIR — the auditor's command: every plan against every
// applicable rule, a report per plan, the matrix, the indicators side by side.
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "checker/cli/annotated_copy_output.h"
#include "checker/cli/audit_store.h"
#include "checker/cli/checking.h"
#include "checker/cli/commands.h"
#include "checker/cli/inputs.h"
#include "checker/cli/interruption.h"
#include "checker/cli/lang.h"
#include "checker/cli/usage_error.h"
#include "checker/decode/input_error.h"
#include "checker/report/common.h"

namespace plancheck::cli {
namespace {

struct AuditFlags : PlanFlags {
  std::string out;
  int jobs = 0;
  bool annotate = false;  // plans/<stem>.审阅.docx: each plan marked up
  bool annotate_ids = false;
};

// plans/<stem>.*, for each file given: its stem, numbered when two files share one (a/plan.txt,
// b/plan.txt). By file rather than by readable plan, so a plan keeps its name when another cannot
// be read.
std::vector<std::string> StemsFor(const std::vector<std::string>& files) {
  std::vector<std::string> stems;
  std::map<std::string, int> used;
  for (const std::string& file : files) {
    const std::string stem = std::filesystem::path(DisplayPath(file)).stem().string();
    const int n = ++used[stem];
    stems.push_back(n == 1 ? stem : fmt::format("{}-{}", stem, n));
  }
  return stems;
}

// The names an audit shows at the top of --out (each a link into the current version).
const std::vector<std::string> kShown = {"index.html", "matrix.csv", "matrix.xlsx", "summary.json",
                                         "plans"};

// plans/<stem>.审核意见.docx beside the plan's HTML report.
void WriteReviewOpinion(const report::CheckRun& one, const report::RenderOptions& options,
                        const std::string& relative, const std::string& out_name, AuditStore& out) {
  try {
    out.Write(relative, report::RenderReviewDocx(one, options));
  } catch (const std::runtime_error& e) {
    throw UsageError(fmt::format("{}: {}{}", (std::filesystem::path(out_name) / relative).string(),
                                 Tr(options.lang, "无法写入：", "cannot write: "), e.what()));
  }
}

// plans/<stem>.审阅.docx: the plan with a comment per finding and its fixes as tracked changes.
// False, with a warning, when the plan cannot be read again (the audit goes on without its copy).
bool WriteAnnotatedCopy(const report::CheckedPlan& plan, const report::RenderOptions& options,
                        const AuditFlags& flags, const std::string& relative, AuditStore& out) {
  int comments = 0, changes = 0;
  const std::string shown = (std::filesystem::path(flags.out) / relative).string();
  try {
    out.Write(relative,
              AnnotatedCopyBytes(plan, options, flags.annotate_ids, shown, comments, changes));
  } catch (const InputError& e) {
    std::cerr << fmt::format(fmt::runtime(Tr(options.lang, "plancheck：未写出审阅稿 {}：{}\n",
                                             "plancheck: the annotated copy {} was not written: "
                                             "{}\n")),
                             shown, e.Message(options.lang == Lang::kZh));
    return false;
  }
  return true;
}

// Options every file of the audit is rendered with.
report::RenderOptions AuditOptions(Lang lang) {
  report::RenderOptions options;
  options.lang = lang;
  options.run_date = report::ReviewDate(options);  // one date for every 审核意见 and summary.json
  return options;
}

// One plan's files, written as soon as it is checked (`files.report_stems` and `annotated` are
// by file given): the copy, the reports, the 审核意见. Then only its summary is kept.
void WritePlan(std::size_t file, report::CheckedPlan& plan, const std::vector<RuleInfo>& rules,
               const report::AuditLayout& files, std::vector<char>& annotated,
               report::RenderOptions options, const AuditFlags& flags, AuditStore& out) {
  report::CheckRun one;
  one.version = PLANCHECK_VERSION;
  one.rules = rules;
  one.plans.push_back(std::move(plan));
  report::AuditLayout layout;
  layout.report_stems = {files.report_stems[file]};
  // The copy first: the HTML links to it only when it was written.
  layout.annotated = {flags.annotate};
  if (const std::string copy = layout.AnnotatedCopy(0); !copy.empty())
    layout.annotated[0] = WriteAnnotatedCopy(one.plans[0], options, flags, copy, out);
  annotated[file] = layout.annotated[0] ? 1 : 0;
  const std::string copy = layout.AnnotatedCopy(0);
  options.index_link = "../index.html";  // the plan's pages sit in plans/ beside the copy
  options.annotated_link = copy.empty() ? "" : std::filesystem::path(copy).filename().string();
  out.Write(layout.PlanReport(0, "md"), report::RenderMarkdown(one, options));
  out.Write(layout.PlanReport(0, "html"), report::RenderHtml(one, options));
  out.Write(layout.PlanReport(0, "json"), report::RenderJson(one, options));
  WriteReviewOpinion(one, options, layout.ReviewOpinion(0), flags.out, out);
  plan = std::move(one.plans[0]);
  plan.KeepSummary();
}

// The files about every plan, once all are checked: the index, the matrix, the summary.
void WriteRollups(const report::CheckRun& run, const report::AuditLayout& layout,
                  const report::RenderOptions& options, const AuditFlags& flags, AuditStore& out) {
  out.Write("index.html", report::RenderIndexHtml(run, layout, options));
  out.Write("matrix.csv", report::RenderMatrixCsv(run, options));
  out.Write("summary.json", report::RenderSummaryJson(run, layout, options));
  try {
    report::WriteMatrixXlsx(run, options, out.StagingPath("matrix.xlsx"));
  } catch (const std::runtime_error& e) {
    throw UsageError(fmt::format("{}: {}{}",
                                 (std::filesystem::path(flags.out) / "matrix.xlsx").string(),
                                 Tr(options.lang, "无法写入：", "cannot write: "), e.what()));
  }
}

// An --out that is, or holds, a plan or folder being audited would mix reports with the plans,
// and replacing it could take the plans with it.
void RefuseOutHoldingInputs(const AuditFlags& flags, Lang lang) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path out = fs::weakly_canonical(flags.out, ec);
  if (ec) return;  // an --out that cannot be resolved fails, with its reason, when it is made
  for (const std::string& input : flags.inputs) {
    const fs::path in = fs::weakly_canonical(input, ec);
    if (ec) continue;
    const auto [o, i] = std::mismatch(out.begin(), out.end(), in.begin(), in.end());
    if (o != out.end()) continue;  // out is not a prefix of the input's path
    throw UsageError(fmt::format(
        fmt::runtime(Tr(lang,
                        "--out {} {}要审查的 {}：报告会与规划混在一起，替换旧报告时可能删掉规划。"
                        "请用一个单独的文件夹，例如 --out reports",
                        "--out {} {} the input {}: reports would mix with the plans, and "
                        "replacing old reports could delete them; use a folder of its own, e.g. "
                        "--out reports")),
        flags.out, i == in.end() ? Tr(lang, "就是", "is") : Tr(lang, "包含", "contains"), input));
  }
}

int RunAudit(const CLI::App& cmd, const AuditFlags& flags) {
  const InterruptionWatch watch;
  RefuseOutHoldingInputs(flags, CommandLang(cmd));
  CheckRequest request = PlanRequest(cmd, flags, {flags.out});
  const Lang lang = request.lang;
  request.jobs = flags.jobs;
  if (::isatty(STDERR_FILENO) == 1) {
    request.progress = [](std::size_t done, std::size_t total, const std::string& path) {
      std::cerr << fmt::format("\r\033[K[{}/{}] {}", done, total, path)
                << (done == total ? "\n" : "") << std::flush;
    };
  }
  // Made first: an --out that cannot be written, or holds others' files, fails before any work.
  AuditStore out(flags.out, kShown, lang);
  const report::RenderOptions options = AuditOptions(lang);
  report::AuditLayout by_file;
  by_file.report_stems = StemsFor(request.files);
  std::vector<char> annotated(request.files.size(), 0);  // char: workers set different ones
  std::vector<char> kept(request.files.size(), 0);
  request.checked = [&](std::size_t file, report::CheckedPlan& plan,
                        const std::vector<RuleInfo>& rules) {
    WritePlan(file, plan, rules, by_file, annotated, options, flags, out);
    kept[file] = 1;
  };
  const report::CheckRun run = CheckPlans(request);
  // The plans' layout, in the order of run.plans: the files that gave one.
  report::AuditLayout layout;
  for (std::size_t file = 0; file < kept.size(); ++file) {
    if (kept[file] == 0) continue;
    layout.report_stems.push_back(by_file.report_stems[file]);
    layout.annotated.push_back(annotated[file] != 0);
  }
  WriteRollups(run, layout, options, flags, out);
  out.Commit();
  PrintNotChecked(run, lang);
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
  cmd->add_flag("--annotate", flags->annotate,
                "Also write plans/<stem>.审阅.docx: each plan with a comment per finding and "
                "tracked fixes / 同时写出每份规划的审阅稿");
  cmd->add_flag("--annotate-ids", flags->annotate_ids,
                "Name the rule in each comment of the annotated copies / 审阅稿批注中写出规则编号");
  cmd->add_option("--jobs,-j", flags->jobs, "Plans checked in parallel (0 = one per core) / 并行数")
      ->check(CLI::Validator(
          [](const std::string& value) -> std::string {
            int n = -1;
            const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
            if (error == std::errc() && end == value.data() + value.size() && n >= 0 && n <= 256) {
              return "";
            }
            return "--jobs takes 0 (one per core) or a whole number of plans up to 256 / "
                   "--jobs 取 0（每核一个）或 1 到 256 的整数";
          },
          "0..256"))
      ->capture_default_str();
  AddPlanOptions(*cmd, *flags);
  cmd->callback([cmd, flags, &exit_code] { exit_code = RunAudit(*cmd, *flags); });
}

}  // namespace plancheck::cli
