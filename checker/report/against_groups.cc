#include "checker/report/against_groups.h"

#include <algorithm>

namespace plancheck::report {

std::vector<AgainstGroup> AgainstGroups(const CheckedPlan& plan, bool show_passed) {
  const std::vector<Result>& results = plan.report.results;
  std::vector<AgainstGroup> groups;
  const auto group_of = [&](const std::string& name) -> AgainstGroup& {
    for (AgainstGroup& g : groups) {
      if (g.group == name) return g;
    }
    return groups.emplace_back(AgainstGroup{name, {}, {}});
  };
  for (std::size_t i = 0; i < results.size(); ++i) {
    if (!results[i].group.empty() && results[i].counterpart && !plan.Accepted(i)) {
      group_of(results[i].group).targets.push_back(i);
    }
  }
  for (const SectionGroup& section : GroupForDisplay(plan, show_passed)) {
    for (const std::size_t i : section.results) {
      if (!results[i].group.empty() && !results[i].counterpart) {
        group_of(results[i].group).others.push_back(i);
      }
    }
  }
  // A table of indicators that all meet their targets is no finding unless passes are shown.
  for (AgainstGroup& g : groups) {
    const bool gap = std::any_of(g.targets.begin(), g.targets.end(),
                                 [&](std::size_t i) { return IsGap(results[i]); });
    if (!gap && !show_passed) g.targets.clear();
  }
  std::erase_if(groups,
                [](const AgainstGroup& g) { return g.targets.empty() && g.others.empty(); });
  return groups;
}

std::vector<SectionGroup> PlanGroups(const CheckedPlan& plan, bool show_passed) {
  std::vector<SectionGroup> groups = GroupForDisplay(plan, show_passed);
  for (SectionGroup& g : groups) {
    std::erase_if(g.results, [&](std::size_t i) { return !plan.report.results[i].group.empty(); });
  }
  std::erase_if(groups, [](const SectionGroup& g) { return g.results.empty(); });
  return groups;
}

std::string DirectionLabel(const std::string& direction, Lang lang) {
  if (lang == Lang::kZh) return direction;
  if (direction == "高于") return "above";
  if (direction == "低于") return "below";
  if (direction == "持平") return "equal";
  if (direction == "未设定") return "not set";
  if (direction == "无法比较") return "not comparable";
  return direction;
}

}  // namespace plancheck::report
