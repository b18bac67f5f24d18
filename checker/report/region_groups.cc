#include "checker/report/region_groups.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "checker/report/common.h"
#include "checker/report/natural_order.h"

namespace plancheck::report {
namespace {

// Places in natural order, a place's own plans before those of the places under it (an empty
// city sorts first: a province's own plan, then its cities).
bool PlaceLess(const PlanGroup& a, const PlanGroup& b) {
  if (a.Unresolved() != b.Unresolved()) return b.Unresolved();
  for (const auto& [x, y] : {std::pair{&a.province, &b.province}, std::pair{&a.city, &b.city},
                             std::pair{&a.county, &b.county}}) {
    if (*x == *y) continue;
    if (x->empty() != y->empty()) return x->empty();
    return NaturalLess(*x, *y);
  }
  return false;
}

}  // namespace

std::string PlanGroup::Label(Lang lang) const {
  if (Unresolved()) return Tr(lang, "地区未识别", "Region not resolved");
  return RegionText(Region{province, city, county, ""});
}

bool NaturalPlanLess(const CheckedPlan& a, const CheckedPlan& b) {
  const std::string ta = PlanTitle(*a.document);
  const std::string tb = PlanTitle(*b.document);
  if (ta != tb) return NaturalLess(ta, tb);
  return NaturalLess(a.path(), b.path());
}

std::vector<PlanGroup> GroupByRegion(const CheckRun& run) {
  std::map<std::tuple<std::string, std::string, std::string>, PlanGroup> by_place;
  for (std::size_t n = 0; n < run.plans.size(); ++n) {
    const Region& r = run.plans[n].document->metadata.region;
    PlanGroup& group = by_place[{r.province, r.city, r.county}];
    group.province = r.province;
    group.city = r.city;
    group.county = r.county;
    group.plans.push_back(n);
  }
  std::vector<PlanGroup> groups;
  for (auto& [place, group] : by_place) {
    std::stable_sort(group.plans.begin(), group.plans.end(), [&](std::size_t a, std::size_t b) {
      return NaturalPlanLess(run.plans[a], run.plans[b]);
    });
    groups.push_back(std::move(group));
  }
  std::sort(groups.begin(), groups.end(), PlaceLess);
  return groups;
}

std::vector<std::size_t> RegionOrder(const std::vector<PlanGroup>& groups) {
  std::vector<std::size_t> order;
  for (const PlanGroup& group : groups)
    order.insert(order.end(), group.plans.begin(), group.plans.end());
  return order;
}

}  // namespace plancheck::report
