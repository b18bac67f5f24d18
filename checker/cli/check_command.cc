// plancheck check FILE|DIR… — the drafter's and the CI's command.
#include <unistd.h>

#include <cstdlib>
#include <iostream>

#include <fmt/format.h>

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
};

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
  if (format == "csv") return report::RenderCsv(run, options);
  return report::RenderText(run, options);
}

bool ColourTerminal() {
  const char* no_colour = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return ::isatty(STDOUT_FILENO) == 1 && (no_colour == nullptr || *no_colour == '\0') &&
         !(term != nullptr && std::string(term) == "dumb");
}

// What the run reads, which neither --output nor --write-baseline may overwrite.
void RefuseOutputsOverInputs(const CheckFlags& flags, const CheckRequest& request,
                             const std::string& baseline) {
  std::vector<std::string> inputs = request.files;
  if (!baseline.empty() && flags.write_baseline.empty()) inputs.push_back(baseline);
  if (!request.config.file.empty()) inputs.push_back(request.config.file);
  if (!flags.output.empty()) RefuseOutputOverInput("--output", flags.output, inputs, request.lang);
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
  options.colour = flags.format == "text" && flags.output.empty() && ColourTerminal();

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
  if (!flags.write_baseline.empty()) {
    WriteOutputFile(flags.write_baseline, Baseline::Render(run), lang);
    std::cerr << fmt::format(
        fmt::runtime(Tr(lang, "plancheck：已将当前差距写入基线 {}\n",
                        "plancheck: wrote the current gaps to the baseline {}\n")),
        flags.write_baseline);
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
      ->check(
          CLI::IsMember({"text", "json", "md", "html", "sarif", "junit", "github", "csv", "docx"}))
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
  cmd->callback([cmd, flags, &exit_code] { exit_code = RunCheck(*cmd, *flags); });
}

}  // namespace plancheck::cli
