#pragma once
// The parts of index.html kept in files of their own (index.cc assembles the page).
#include <string>
#include <string_view>
#include <vector>

#include "checker/report/audit_model.h"
#include "checker/report/region_groups.h"
#include "checker/report/report.h"

namespace plancheck::report {

// How index.html lists plans: grouped (GroupByRegion), each plan's rank in that order, the rank
// of its group; the sort keys the script falls back to when the user clears a sort.
struct IndexOrder {
  std::vector<PlanGroup> groups;
  std::vector<std::size_t> plans;       // RegionOrder(groups)
  std::vector<std::size_t> rank;        // rank[plan index] = position in `plans`
  std::vector<std::size_t> group_rank;  // group_rank[plan index] = its group's position
};
IndexOrder MakeIndexOrder(const CheckRun& run);

// 指标对照: plans as rows, indicator rules as columns (filterable and sortable by the script),
// then one chart per indicator of every plan's value against the framework target.
void IndicatorComparison(const CheckRun& run, const AuditLayout& layout, const Matrix& matrix,
                         const IndexOrder& order, Lang lang, std::string& out);

std::string_view IndexScript();  // index_script.cc

}  // namespace plancheck::report
