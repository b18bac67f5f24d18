#pragma once
// The indicators of a plan against the framework targets: one row per indicator rule that
// applies (the framework's target, what the plan says, pass or not), then the plan's own
// quantitative targets.
#include <string>

#include "checker/report/report.h"

namespace plancheck::serve {

std::string IndicatorTables(const report::CheckedPlan& plan, const report::CheckRun& run,
                            report::Lang lang);

}  // namespace plancheck::serve
