// `check --format github-summary`: Markdown for $GITHUB_STEP_SUMMARY, the page a job's run shows
// above its log. Counts by level, the rules that fail, the most important findings and each
// plan's line; rows are capped so a run of hundreds of plans stays well under GitHub's 1 MiB.
#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "checker/report/common.h"
#include "checker/report/finding_order.h"

namespace plancheck::report {
namespace {

constexpr std::size_t kTopFindings = 20;
constexpr std::size_t kRuleRows = 50;
constexpr std::size_t kPlanRows = 100;

std::string Code(std::string_view s) {
  std::string inner = OneLine(s);
  std::replace(inner.begin(), inner.end(), '`', '\'');
  std::string out = "`";  // appended, not "`" + …: GCC 12's bogus -Wrestrict (bug 105329)
  out += MarkdownCell(inner);
  out += '`';
  return out;
}

struct RuleRow {
  std::string rule;
  Severity level = Severity::kInfo;
  int plans = 0;
  int findings = 0;
  std::string title;
};

int Rank(Severity level) {
  return level == Severity::kError ? 0 : level == Severity::kWarning ? 1 : 2;
}

std::vector<RuleRow> FailingRules(const CheckRun& run, const RenderOptions& options) {
  std::map<std::string, RuleRow> rows;
  for (const CheckedPlan& plan : run.plans) {
    for (const RuleFindings& f : FindingsByLevel(plan, options)) {
      RuleRow& row = rows[f.rule];
      row.rule = f.rule;
      row.level = f.level;
      ++row.plans;
      row.findings += static_cast<int>(f.results.size());
      if (row.title.empty()) {
        const RuleInfo* info = run.FindRule(f.rule);
        row.title = info != nullptr ? info->title : plan.report.results[f.results[0]].message;
      }
    }
  }
  std::vector<RuleRow> out;
  for (auto& [id, row] : rows) out.push_back(std::move(row));
  std::stable_sort(out.begin(), out.end(), [](const RuleRow& a, const RuleRow& b) {
    if (Rank(a.level) != Rank(b.level)) return Rank(a.level) < Rank(b.level);
    if (a.plans != b.plans) return a.plans > b.plans;
    return a.findings > b.findings;
  });
  return out;
}

std::string Head(const CheckRun& run, const RenderOptions& options) {
  const Lang lang = options.lang;
  LevelCounts total;
  for (const CheckedPlan& plan : run.plans) {
    const LevelCounts c = FindingCounts(plan);
    total.error += c.error;
    total.warning += c.warning;
    total.info += c.info;
  }
  const bool failing = AnyFailing(run, options.fail_on);
  std::string out = fmt::format(
      fmt::runtime(Tr(lang, "## plancheck：{} 份规划{}\n\n", "## plancheck: {} plans{}\n\n")),
      run.plans.size(),
      failing ? Tr(lang, " — 未通过", " — failed") : Tr(lang, " — 通过", " — passed"));
  out += "**" + ActionHead(total, lang) + "**\n\n";
  out += Tr(lang, "| 级别 | 问题数 |\n|---|---:|\n", "| Level | Findings |\n|---|---:|\n");
  for (const Severity s : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    out += fmt::format("| {} | {} |\n", LevelLabel(s, lang), total.at(s));
  }
  if (!run.failures.empty()) {
    out += fmt::format(
        fmt::runtime(Tr(lang, "\n未能读取 {} 个文件：\n\n", "\n{} files could not be read:\n\n")),
        run.failures.size());
    for (const InputFailure& f : run.failures) out += "- " + MarkdownCell(f.message) + "\n";
  }
  return out + "\n";
}

std::string RulesTable(const CheckRun& run, const RenderOptions& options) {
  const Lang lang = options.lang;
  const std::vector<RuleRow> rows = FailingRules(run, options);
  if (rows.empty()) return "";
  std::string out = Tr(lang, "### 未通过的规则\n\n| 规则 | 级别 | 规划数 | 问题数 | 说明 |\n",
                       "### Failing rules\n\n| Rule | Level | Plans | Findings | What |\n");
  out += "|---|---|---:|---:|---|\n";
  for (std::size_t i = 0; i < rows.size() && i < kRuleRows; ++i) {
    const RuleRow& r = rows[i];
    out += fmt::format("| {} | {} | {} | {} | {} |\n", Code(r.rule), LevelLabel(r.level, lang),
                       r.plans, r.findings, MarkdownCell(r.title));
  }
  if (rows.size() > kRuleRows) {
    out += fmt::format(
        fmt::runtime(Tr(lang, "\n另有 {} 条规则未列出。\n", "\n{} more rules not listed.\n")),
        rows.size() - kRuleRows);
  }
  return out + "\n";
}

// The first findings of all plans together, most important first: every plan's errors, then
// warnings, then notes.
std::string TopFindings(const CheckRun& run, const RenderOptions& options) {
  const Lang lang = options.lang;
  struct Item {
    const CheckedPlan* plan;
    std::size_t result;
  };
  std::vector<Item> items;
  for (const CheckedPlan& plan : run.plans) {
    for (const std::size_t i : GapsByLevelThenPlace(plan, options)) items.push_back({&plan, i});
  }
  if (items.empty()) return "";
  std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return Rank(a.plan->report.results[a.result].level) <
           Rank(b.plan->report.results[b.result].level);
  });
  std::string out = fmt::format(
      fmt::runtime(Tr(lang, "### 主要问题（前 {} 项，共 {} 项）\n\n| 级别 | 位置 | 问题 | 规则 |\n",
                      "### Top findings ({} of {})\n\n| Level | Where | Finding | Rule |\n")),
      std::min(items.size(), kTopFindings), items.size());
  out += "|---|---|---|---|\n";
  for (std::size_t k = 0; k < items.size() && k < kTopFindings; ++k) {
    const CheckedPlan& plan = *items[k].plan;
    const Result& r = plan.report.results[items[k].result];
    std::string where = plan.path();
    const std::string at = FormatLocation(*plan.document, r.location);
    if (!at.empty()) where += ":" + at;
    std::string what = r.message;
    if (!r.suggestion.empty()) what += Tr(lang, "；建议：", "; suggestion: ") + r.suggestion;
    out += fmt::format("| {} | {} {} | {} | {} |\n", LevelLabel(r.level, lang), Code(where),
                       MarkdownCell(PlaceText(r, lang)), MarkdownCell(Truncate(what, 200)),
                       Code(r.rule));
  }
  return out + "\n";
}

std::string PlansTable(const CheckRun& run, const RenderOptions& options) {
  const Lang lang = options.lang;
  if (run.plans.size() < 2) return "";
  std::string out = Tr(lang, "### 各规划\n\n| 规划 | 得分 | 错误 | 警告 | 提示 |\n",
                       "### Plans\n\n| Plan | Score | Errors | Warnings | Info |\n");
  out += "|---|---:|---:|---:|---:|\n";
  for (std::size_t i = 0; i < run.plans.size() && i < kPlanRows; ++i) {
    const CheckedPlan& plan = run.plans[i];
    const LevelCounts c = FindingCounts(plan);
    out += fmt::format("| {} | {} | {} | {} | {} |\n", Code(plan.path()),
                       FormatNumber(RoundScore(plan.report.summary.score)), c.error, c.warning,
                       c.info);
  }
  if (run.plans.size() > kPlanRows) {
    out += fmt::format(
        fmt::runtime(Tr(lang, "\n另有 {} 份规划未列出。\n", "\n{} more plans not listed.\n")),
        run.plans.size() - kPlanRows);
  }
  return out + "\n";
}

}  // namespace

std::string RenderGithubSummary(const CheckRun& run, const RenderOptions& options) {
  return Head(run, options) + RulesTable(run, options) + TopFindings(run, options) +
         PlansTable(run, options);
}

}  // namespace plancheck::report
