// `check --format junit`: one testsuite per document, one testcase per rule; a failure for gaps at
// or above --fail-on (not accepted by the baseline), skipped for n/a. classname is the document and
// name the rule id, so GitLab and Jenkins key every case uniquely.
#include <map>

#include <fmt/format.h>

#include "checker/report/common.h"

namespace plancheck::report {
namespace {

struct Case {
  std::string rule;
  std::vector<std::size_t> results;
};

std::vector<Case> CasesOf(const CheckedPlan& plan) {
  std::map<std::string, std::vector<std::size_t>> by_rule;
  for (std::size_t i = 0; i < plan.report.results.size(); ++i) {
    by_rule[plan.report.results[i].rule].push_back(i);
  }
  std::vector<Case> cases;
  for (auto& [rule, results] : by_rule) cases.push_back({rule, std::move(results)});
  return cases;
}

std::string Describe(const CheckedPlan& plan, std::size_t index, Lang lang) {
  const Result& r = plan.report.results[index];
  std::string text = fmt::format("[{}/{}] ", ToString(r.status), ToString(r.level));
  if (const std::string where = FormatLocation(*plan.document, r.location); !where.empty()) {
    text += plan.path() + ":" + where + " ";
  }
  text += r.message + "\n";
  if (!r.evidence.empty()) text += Tr(lang, "原文：", "text: ") + r.evidence + "\n";
  if (!r.basis.empty()) text += Tr(lang, "依据：", "basis: ") + r.basis + "\n";
  if (!r.suggestion.empty()) text += Tr(lang, "建议：", "suggestion: ") + r.suggestion + "\n";
  return text;
}

std::string OneCase(const CheckedPlan& plan, const Case& c, const RenderOptions& o, int& failures,
                    int& skipped) {
  const std::vector<Result>& results = plan.report.results;
  std::string body;
  std::string failing_text;
  std::string other_text;
  std::string first_message;
  Severity worst = Severity::kInfo;
  bool all_na = true;
  for (const std::size_t i : c.results) {
    const Result& r = results[i];
    all_na = all_na && r.status == Status::kNa;
    if (IsFailing(plan, i, o.fail_on)) {
      if (failing_text.empty()) {
        first_message = r.message;
        worst = r.level;
      }
      if (r.level == Severity::kError) worst = Severity::kError;
      failing_text += Describe(plan, i, o.lang);
    } else if (IsGap(r)) {
      other_text += Describe(plan, i, o.lang);
    }
  }
  std::string out = fmt::format("    <testcase classname=\"{}\" name=\"{}\" time=\"0\"",
                                HtmlEscape(plan.path()), HtmlEscape(c.rule));
  if (!failing_text.empty()) {
    ++failures;
    body +=
        fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n",
                    HtmlEscape(OneLine(first_message)), ToString(worst), HtmlEscape(failing_text));
  } else if (all_na) {
    ++skipped;
    const std::string why = results[c.results.front()].message;
    body += fmt::format(
        "      <skipped message=\"{}\"/>\n",
        HtmlEscape(OneLine(why.empty() ? std::string(Tr(o.lang, "不适用", "n/a")) : why)));
  }
  if (!other_text.empty()) {
    body += "      <system-out>" + HtmlEscape(other_text) + "</system-out>\n";
  }
  if (body.empty()) return out + "/>\n";
  return out + ">\n" + body + "    </testcase>\n";
}

}  // namespace

std::string RenderJunit(const CheckRun& run, const RenderOptions& options) {
  std::string suites;
  int tests = 0;
  int failures = 0;
  int skipped = 0;
  for (const CheckedPlan& plan : run.plans) {
    const std::vector<Case> cases = CasesOf(plan);
    int plan_failures = 0;
    int plan_skipped = 0;
    std::string body;
    for (const Case& c : cases) body += OneCase(plan, c, options, plan_failures, plan_skipped);
    suites += fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" "
        "time=\"0\">\n{}  </testsuite>\n",
        HtmlEscape(plan.path()), cases.size(), plan_failures, plan_skipped, body);
    tests += static_cast<int>(cases.size());
    failures += plan_failures;
    skipped += plan_skipped;
  }
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"plancheck\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"{}\" "
      "time=\"0\">\n{}</testsuites>\n",
      tests, failures, skipped, suites);
}

}  // namespace plancheck::report
