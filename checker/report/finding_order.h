#pragma once
// The order people act on: the gaps a human format lists, most important first — by level
// (错误, 警告, 提示), then by rule in the order of its first finding, each rule's findings by place
// — and the words for a finding's place.
#include <cstddef>
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::report {

struct RuleFindings {
  std::string rule;
  Severity level = Severity::kInfo;
  std::vector<std::size_t> results;  // indices into report.results, by place
};

// The gaps not accepted by the baseline, at or above options.min_level.
std::vector<RuleFindings> FindingsByLevel(const CheckedPlan& plan, const RenderOptions& options);
// The same gaps one by one, by level then place (--concise, as compilers list them).
std::vector<std::size_t> GapsByLevelThenPlace(const CheckedPlan& plan,
                                              const RenderOptions& options);
// The passes and n/a (for --show-passed), by place.
std::vector<std::size_t> PassedByPlace(const CheckedPlan& plan);

// Per level, the findings (not rules) a plan has to act on: gaps not accepted by the baseline.
LevelCounts FindingCounts(const CheckedPlan& plan);
// "必须修改 2 项 · 建议修改 5 项 · 供参考 3 项" / "must fix 2 · should fix 5 · for reference 3".
std::string ActionHead(const LevelCounts& counts, Lang lang);

// Where a finding is, in words: its section; 全文 for a whole-document finding (no line); 正文开头
// for one before the first heading.
std::string PlaceText(const Result& result, Lang lang);

}  // namespace plancheck::report
