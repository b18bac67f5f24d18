#include "checker/report/finding_order.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "checker/report/common.h"

namespace plancheck::report {
namespace {

int LevelRank(Severity level) {
  switch (level) {
    case Severity::kError:
      return 0;
    case Severity::kWarning:
      return 1;
    case Severity::kInfo:
      return 2;
  }
  return 2;
}

// Whole-document findings (no line) first, then by line, column and rule.
bool PlaceBefore(const Result& a, const Result& b) {
  if (a.location.line != b.location.line) return a.location.line < b.location.line;
  if (a.location.column != b.location.column) return a.location.column < b.location.column;
  return a.rule < b.rule;
}

}  // namespace

std::vector<RuleFindings> FindingsByLevel(const CheckedPlan& plan, const RenderOptions& options) {
  const std::vector<Result>& results = plan.report.results;
  std::vector<std::size_t> shown;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (!IsGap(results[i]) || plan.Accepted(i)) continue;
    if (LevelRank(results[i].level) > LevelRank(options.min_level)) continue;
    shown.push_back(i);
  }
  std::stable_sort(shown.begin(), shown.end(), [&](std::size_t a, std::size_t b) {
    return PlaceBefore(results[a], results[b]);
  });
  std::vector<RuleFindings> out;
  std::map<std::string, std::size_t> slot;  // rule → index in out
  for (const std::size_t i : shown) {
    const auto [it, inserted] = slot.emplace(results[i].rule, out.size());
    if (inserted) out.push_back({results[i].rule, results[i].level, {}});
    out[it->second].results.push_back(i);
  }
  // By level; within a level, by the place of each rule's first finding (already so).
  std::stable_sort(out.begin(), out.end(), [](const RuleFindings& a, const RuleFindings& b) {
    return LevelRank(a.level) < LevelRank(b.level);
  });
  return out;
}

std::vector<std::size_t> GapsByLevelThenPlace(const CheckedPlan& plan,
                                              const RenderOptions& options) {
  std::vector<std::size_t> out;
  for (const RuleFindings& rule : FindingsByLevel(plan, options)) {
    out.insert(out.end(), rule.results.begin(), rule.results.end());
  }
  const std::vector<Result>& results = plan.report.results;
  std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
    if (LevelRank(results[a].level) != LevelRank(results[b].level)) {
      return LevelRank(results[a].level) < LevelRank(results[b].level);
    }
    return PlaceBefore(results[a], results[b]);
  });
  return out;
}

std::vector<std::size_t> PassedByPlace(const CheckedPlan& plan) {
  const std::vector<Result>& results = plan.report.results;
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (!IsGap(results[i])) out.push_back(i);
  }
  std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
    return PlaceBefore(results[a], results[b]);
  });
  return out;
}

LevelCounts FindingCounts(const CheckedPlan& plan) {
  LevelCounts counts;
  for (std::size_t i = 0; i < plan.report.results.size(); ++i) {
    const Result& r = plan.report.results[i];
    if (IsGap(r) && !plan.Accepted(i)) ++counts.at(r.level);
  }
  return counts;
}

std::string ActionHead(const LevelCounts& counts, Lang lang) {
  return lang == Lang::kZh ? fmt::format("必须修改 {} 项 · 建议修改 {} 项 · 供参考 {} 项",
                                         counts.error, counts.warning, counts.info)
                           : fmt::format("must fix {} · should fix {} · for reference {}",
                                         counts.error, counts.warning, counts.info);
}

std::string PlaceText(const Result& result, Lang lang) {
  if (!result.location.section.empty()) return result.location.section;
  if (result.location.line <= 0) return Tr(lang, "全文", "whole document");
  return Tr(lang, "正文开头", "before the first heading");
}

}  // namespace plancheck::report
