#pragma once
// An audit's plans grouped as a province's justice department reads them: province › city ›
// county, each level in natural order (natural_order.h), the plans of one place by name.
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::report {

struct PlanGroup {
  // The place the group's plans are for; all empty for the plans whose region was not resolved.
  std::string province, city, county;
  std::vector<std::size_t> plans;  // indices into run.plans, by NaturalPlanLess
  bool Unresolved() const { return province.empty() && city.empty() && county.empty(); }
  std::string Label(Lang lang) const;  // "四川省 › 乐山市 › 五通桥区", or 地区未识别
};

// One group per place (a township plan goes with its county), provinces first, then each one's
// cities and counties; the plans without a region last, in a group of their own.
std::vector<PlanGroup> GroupByRegion(const CheckRun& run);

// Plans by title in natural order, then by path (so c2 comes before c10 either way).
bool NaturalPlanLess(const CheckedPlan& a, const CheckedPlan& b);

// Every plan once, in the order of GroupByRegion: the order index.html lists them in.
std::vector<std::size_t> RegionOrder(const std::vector<PlanGroup>& groups);

}  // namespace plancheck::report
