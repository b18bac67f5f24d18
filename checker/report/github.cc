// `check --format github`: GitHub Actions workflow commands, one annotation per gap, most
// important first, and a last notice when GitHub would leave some out of view.
#include <algorithm>

#include <fmt/format.h>

#include "checker/report/common.h"
#include "checker/report/finding_order.h"

namespace plancheck::report {
namespace {

// Workflow command escaping: data escapes % CR LF; property values also : and ,.
std::string EscapeData(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string EscapeProperty(std::string_view s) {
  std::string out;
  for (const char c : EscapeData(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

const char* Command(Severity level) {
  switch (level) {
    case Severity::kError:
      return "error";
    case Severity::kWarning:
      return "warning";
    case Severity::kInfo:
      return "notice";
  }
  return "notice";
}

// GitHub shows at most this many error and this many warning annotations of one step; the rest
// are only in the log.
constexpr int kShownPerLevel = 10;

// Said after the annotations when more errors or warnings were written than GitHub shows.
std::string DroppedNotice(int errors, int warnings, Lang lang) {
  const int dropped_errors = std::max(0, errors - kShownPerLevel);
  const int dropped_warnings = std::max(0, warnings - kShownPerLevel);
  if (dropped_errors == 0 && dropped_warnings == 0) return "";
  const std::string text = fmt::format(
      fmt::runtime(
          Tr(lang,
             "GitHub 每个步骤只显示 {} 条错误和 {} 条警告注释：另有 {} 条错误、{} 条警告未显示"
             "（共 {} 条错误、{} 条警告，按级别排序，先显示最重要的）；完整列表见本步骤日志，"
             "或用 --format sarif 上传到代码扫描、--format github-summary 写入作业摘要",
             "GitHub shows only {} error and {} warning annotations per step: {} more "
             "errors and {} more warnings are not shown ({} errors and {} warnings in all, "
             "most important first); the full list is in this step's log, or upload "
             "--format sarif to code scanning, or write --format github-summary to the "
             "job summary")),
      kShownPerLevel, kShownPerLevel, dropped_errors, dropped_warnings, errors, warnings);
  return fmt::format("::notice title={}::{}\n", EscapeProperty("plancheck"), EscapeData(text));
}

}  // namespace

std::string RenderGithub(const CheckRun& run, const RenderOptions& options) {
  std::string out;
  const Lang lang = options.lang;
  int errors = 0;
  int warnings = 0;
  for (const CheckedPlan& plan : run.plans) {
    // By level, so that the ones GitHub shows are the ones that matter most.
    for (const std::size_t i : GapsByLevelThenPlace(plan, options)) {
      const Result& r = plan.report.results[i];
      if (r.level == Severity::kError) ++errors;
      if (r.level == Severity::kWarning) ++warnings;
      std::string properties = "file=" + EscapeProperty(plan.path());
      if (r.location.line > 0) {
        properties += fmt::format(",line={}", r.location.line);
        if (r.location.column > 0) properties += fmt::format(",col={}", r.location.column);
      }
      properties += ",title=" + EscapeProperty(r.rule);
      std::string message = r.message;
      if (r.status == Status::kPartial) message = Tr(lang, "（部分）", "(partial) ") + message;
      if (!r.basis.empty()) message += Tr(lang, "\n依据：", "\nBasis: ") + r.basis;
      if (!r.suggestion.empty()) message += Tr(lang, "\n建议：", "\nSuggestion: ") + r.suggestion;
      out += fmt::format("::{} {}::{}\n", Command(r.level), properties, EscapeData(message));
    }
  }
  return out + DroppedNotice(errors, warnings, lang);
}

}  // namespace plancheck::report
