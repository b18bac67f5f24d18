#pragma once
// Applies the plan's own ignores (Document::ignores, from .txt/.md comments or Word comments):
// the findings they cover leave report.results for CheckedPlan::ignored, the summary is counted
// again, and a marker without a reason, or naming no rule, is itself reported (info), so an
// auditor sees what a drafter silenced.
#include <vector>

#include "checker/report/report.h"

namespace plancheck::cli {

// The rule id under which a faulty ignore marker is reported.
inline constexpr const char* kIgnoreMarkerRule = "plancheck.ignore-marker";

void ApplyInlineIgnores(report::CheckedPlan& plan, const std::vector<RuleInfo>& rules,
                        report::Lang lang);

// The rule entry for kIgnoreMarkerRule (SARIF's rules, the legend), when a plan used it.
RuleInfo IgnoreMarkerRule(report::Lang lang);

}  // namespace plancheck::cli
