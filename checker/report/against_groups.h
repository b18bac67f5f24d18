#pragma once
// 衔接审核 (--against) in the human reports: the results of each pack derived from a higher-level
// plan in their own group (与《…》衔接) after the plan's other findings, its indicators as a
// side-by-side table (the higher plan's target, the plan's, and the direction) and its other
// rules (task areas, brands, institutions) as findings.
#include <string>
#include <vector>

#include "checker/report/common.h"

namespace plancheck::report {

struct AgainstGroup {
  std::string group;                 // 与《…》衔接
  std::vector<std::size_t> targets;  // results with a counterpart, the higher plan's order
  std::vector<std::size_t> others;   // the other derived results, as GroupForDisplay orders them
};

// The derived groups in the order their packs ran; only what GroupForDisplay would show (gaps,
// or everything with show_passed), but every indicator row of a group with any gap, so the table
// reads whole.
std::vector<AgainstGroup> AgainstGroups(const CheckedPlan& plan, bool show_passed);

// GroupForDisplay without the derived results (they are shown in their groups), empty sections
// left out.
std::vector<SectionGroup> PlanGroups(const CheckedPlan& plan, bool show_passed);

// The two targets' comparison in the report's language: 高于/低于/持平/未设定/无法比较, or
// above/below/equal/not set/not comparable.
std::string DirectionLabel(const std::string& direction, Lang lang);

}  // namespace plancheck::report
