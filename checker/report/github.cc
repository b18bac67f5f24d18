// `check --format github`: GitHub Actions workflow commands, one annotation per gap.
#include <fmt/format.h>

#include "checker/report/common.h"

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

}  // namespace

std::string RenderGithub(const CheckRun& run, const RenderOptions& options) {
  std::string out;
  const Lang lang = options.lang;
  for (const CheckedPlan& plan : run.plans) {
    for (const SectionGroup& group : GroupForDisplay(plan, false)) {
      for (const std::size_t i : group.results) {
        const Result& r = plan.report.results[i];
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
  }
  return out;
}

}  // namespace plancheck::report
