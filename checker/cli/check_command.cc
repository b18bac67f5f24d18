// plancheck check FILE|DIR… — the drafter's and the CI's command.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

#include "checker/cli/annotated_copy_output.h"
#include "checker/cli/checking.h"
#include "checker/cli/commands.h"
#include "checker/cli/inputs.h"
#include "checker/cli/interruption.h"
#include "checker/cli/lang.h"
#include "checker/cli/output_file.h"
#include "checker/cli/standard_output.h"
#include "checker/cli/usage_error.h"
#include "checker/report/common.h"

namespace plancheck::cli {
namespace {

struct CheckFlags : PlanFlags {
  std::string format = "text";
  std::string output;
  std::string fail_on;
  std::string baseline;
  std::string write_baseline;
  bool show_passed = false;
  std::string colour = "auto";
  bool concise = false;
  std::string min_level;
  bool quiet = false;
  bool report_ignored = false;
  std::string stdin_name;
  std::string annotate;  // --annotate FILE: the plan marked up with comments and tracked changes
  bool annotate_ids = false;
};

Severity MinLevel(const CheckFlags& flags) {
  if (flags.quiet || flags.min_level == "error") return Severity::kError;
  if (flags.min_level == "warning") return Severity::kWarning;
  return Severity::kInfo;
}

// A Word document is a file, not text for a terminal or a pipe: it needs --output.
void RefuseBinaryOnStandardOutput(const CheckFlags& flags, Lang lang) {
  if (flags.format != "docx" || !flags.output.empty()) return;
  throw UsageError(Tr(lang, "--format docx 需要 --output 文件，例如 --output 审核意见.docx",
                      "--format docx needs --output FILE, e.g. --output review.docx"));
}

std::string Render(const CheckFlags& flags, const report::CheckRun& run,
                   const report::RenderOptions& options) {
  const std::string& format = flags.format;
  if (format == "docx") {
    try {
      return report::RenderReviewDocx(run, options);
    } catch (const std::runtime_error& e) {
      throw UsageError(fmt::format("{}: {}{}", flags.output,
                                   Tr(options.lang, "无法写入：", "cannot write: "), e.what()));
    }
  }
  if (format == "json") return report::RenderJson(run, options);
  if (format == "md") return report::RenderMarkdown(run, options);
  if (format == "html") return report::RenderHtml(run, options);
  if (format == "sarif") return report::RenderSarif(run, options);
  if (format == "junit") return report::RenderJunit(run, options);
  if (format == "github") return report::RenderGithub(run, options);
  if (format == "github-summary") return report::RenderGithubSummary(run, options);
  if (format == "csv") return report::RenderCsv(run, options);
  return report::RenderText(run, options);
}

bool ColourTerminal() {
  const char* no_colour = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return ::isatty(STDOUT_FILENO) == 1 && (no_colour == nullptr || *no_colour == '\0') &&
         !(term != nullptr && std::string(term) == "dumb");
}

// --color always|never decide; auto (the default) colours a terminal unless NO_COLOR is set.
bool UseColour(const CheckFlags& flags) {
  if (flags.format != "text") return false;
  if (flags.colour == "always") return true;
  if (flags.colour == "never") return false;
  return flags.output.empty() && ColourTerminal();
}

// "plancheck：基线 b.json 已写入：2 份规划，31 项差距（错误 3，警告 20，提示 8）".
std::string BaselineWritten(const std::string& file, const report::CheckRun& run, Lang lang) {
  const Baseline::Summary s = Baseline::Tally(run);
  return lang == Lang::kZh
             ? fmt::format(
                   "plancheck：基线 {} 已写入：{} 份规划，{} 项差距（错误 {}，警告 {}，提示 {}）\n",
                   file, s.plans, s.gaps, s.by_level.error, s.by_level.warning, s.by_level.info)
             : fmt::format(
                   "plancheck: wrote the baseline {}: {} plans, {} gaps ({} error, {} "
                   "warning, {} info)\n",
                   file, s.plans, s.gaps, s.by_level.error, s.by_level.warning, s.by_level.info);
}

// What the run reads, which neither --output nor --write-baseline may overwrite.
void RefuseOutputsOverInputs(const CheckFlags& flags, const CheckRequest& request,
                             const std::string& baseline) {
  std::vector<std::string> inputs = request.files;
  if (!baseline.empty() && flags.write_baseline.empty()) inputs.push_back(baseline);
  if (!request.config.file.empty()) inputs.push_back(request.config.file);
  if (!flags.output.empty()) RefuseOutputOverInput("--output", flags.output, inputs, request.lang);
  if (!flags.annotate.empty()) {
    RefuseOutputOverInput("--annotate", flags.annotate, inputs, request.lang);
    if (!flags.output.empty())
      RefuseOutputOverInput("--annotate", flags.annotate, {flags.output}, request.lang);
    if (request.files.size() != 1) {
      throw UsageError(Tr(request.lang,
                          "--annotate 只能用于一份规划；多份规划请用 audit --annotate",
                          "--annotate takes one plan; for several, use audit --annotate"));
    }
  }
  if (!flags.write_baseline.empty()) {
    RefuseOutputOverInput("--write-baseline", flags.write_baseline, inputs, request.lang);
  }
  if (!flags.output.empty() && !flags.write_baseline.empty()) {
    RefuseOutputOverInput("--write-baseline", flags.write_baseline, {flags.output}, request.lang);
    if (flags.output == flags.write_baseline) {
      throw UsageError(Tr(request.lang, "--output 与 --write-baseline 不能是同一个文件",
                          "--output and --write-baseline cannot be the same file"));
    }
  }
}

int RunCheck(const CLI::App& cmd, const CheckFlags& flags) {
  const InterruptionWatch watch;
  CheckRequest request = PlanRequest(cmd, flags);
  request.stdin_name = flags.stdin_name;
  const Config& config = request.config;
  const Lang lang = request.lang;
  const std::string baseline =
      !flags.baseline.empty() ? flags.baseline : config.baseline.value_or("");
  RefuseOutputsOverInputs(flags, request, baseline);
  // Writing a baseline records every gap; an old one (perhaps not there yet) is not read.
  if (!baseline.empty() && flags.write_baseline.empty())
    request.baseline = Baseline::Load(baseline, lang);

  report::RenderOptions options;
  options.lang = lang;
  options.fail_on = !flags.fail_on.empty() ? ParseFailOn(flags.fail_on, lang)
                                           : config.fail_on.value_or(report::FailOn::kError);
  options.show_passed = flags.show_passed;
  options.colour = UseColour(flags);
  options.concise = flags.concise;
  options.min_level = MinLevel(flags);
  options.report_ignored = flags.report_ignored;

  RefuseBinaryOnStandardOutput(flags, lang);
  const report::CheckRun run = CheckPlans(request);
  PrintNotChecked(run, lang);
  const std::string rendered = Render(flags, run, options);
  StopIfRequested();
  if (flags.output.empty()) {
    WriteStandardOutput(rendered, lang);
  } else {
    WriteOutputFile(flags.output, rendered, lang);
  }
  if (!flags.annotate.empty() && !run.plans.empty()) {
    int comments = 0, changes = 0;
    const std::string copy = AnnotatedCopyBytes(run.plans.front(), options, flags.annotate_ids,
                                                flags.annotate, comments, changes);
    WriteOutputFile(flags.annotate, copy, lang);
    ReportAnnotatedCopy(flags.annotate, comments, changes, lang);
  }
  if (!flags.write_baseline.empty()) {
    WriteOutputFile(flags.write_baseline, Baseline::Render(run), lang);
    std::cerr << BaselineWritten(flags.write_baseline, run, lang);
  }
  if (!run.failures.empty()) return 3;
  if (!flags.write_baseline.empty()) return 0;
  return report::AnyFailing(run, options.fail_on) ? 1 : 0;
}

}  // namespace

void AddCheckCommand(CLI::App& app, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "check", "Check plans against the rules and report the gaps / 检查规划并报告差距");
  auto flags = std::make_shared<CheckFlags>();
  cmd->add_option("FILE|DIR", flags->inputs,
                  "Plans (.docx .doc .wps .pdf .odt .html .ofd .txt .md) or folders of plans / "
                  "规划文件或文件夹")
      ->required();
  cmd->add_option("--format,-f", flags->format, "Output format / 输出格式")
      ->check(CLI::IsMember({"text", "json", "md", "html", "sarif", "junit", "github",
                             "github-summary", "csv", "docx"}))
      ->capture_default_str();
  cmd->add_option("--output,-o", flags->output,
                  "Write the report to FILE instead of stdout / 输出到文件");
  cmd->add_option("--fail-on", flags->fail_on,
                  "Exit 1 when a gap is at or above this level (default error) / "
                  "达到此级别的差距使退出码为 1")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  AddPlanOptions(*cmd, *flags);
  cmd->add_option("--baseline", flags->baseline,
                  "Fail only on gaps not in this baseline / 只对基线之外的新差距报错");
  cmd->add_option("--write-baseline", flags->write_baseline,
                  "Record the current gaps as the baseline / 将当前差距写入基线");
  cmd->add_flag("--show-passed", flags->show_passed,
                "List passed rules too / 同时列出已通过的规则");
  cmd->add_option(
         "--color", flags->colour,
         "Colour the text report: auto (a terminal, unless NO_COLOR), always, never / 颜色")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();
  cmd->add_flag("--concise", flags->concise,
                "One line per finding: file:line:col level message [rule] / 每项一行");
  cmd->add_option("--min-level", flags->min_level,
                  "List only findings at or above this level / 只列出不低于此级别的问题")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  cmd->add_flag("--quiet,-q", flags->quiet, "List errors only (--min-level error) / 只列出错误");
  cmd->add_flag(
      "--report-ignored", flags->report_ignored,
      "List the findings the plan's own ignore markers silenced / 列出规划内标记忽略的问题");
  cmd->add_option("--stdin-name", flags->stdin_name,
                  "The name of a plan read from standard input (check -), for the reports and its "
                  "format / 标准输入的文件名");
  cmd->add_option("--annotate", flags->annotate,
                  "Write the plan marked up: a .docx with a comment per finding and tracked "
                  "fixes / 写出审阅稿（批注与修订）");
  cmd->add_flag("--annotate-ids", flags->annotate_ids,
                "Name the rule in each comment of --annotate / 审阅稿批注中写出规则编号");
  cmd->callback([cmd, flags, &exit_code] { exit_code = RunCheck(*cmd, *flags); });
}

}  // namespace plancheck::cli
