#include "checker/report/audit_rollups.h"

#include <algorithm>

#include "checker/report/common.h"

namespace plancheck::report {
namespace {

int LevelRank(const MatrixColumn& column) {
  return column.info != nullptr ? static_cast<int>(column.info->level) : 3;
}

RegionRollup Roll(const CheckRun& run, const Matrix& matrix, const std::vector<std::size_t>& plans,
                  std::string province, std::string city) {
  RegionRollup rollup;
  rollup.province = std::move(province);
  rollup.city = std::move(city);
  double total = 0;
  for (const std::size_t n : plans) {
    const Summary& s = run.plans[n].report.summary;
    const double score = RoundScore(s.score);
    total += score;
    rollup.min_score = std::min(rollup.min_score, score);
    rollup.failing.error += s.failing.error;
    rollup.failing.warning += s.failing.warning;
    rollup.failing.info += s.failing.info;
  }
  rollup.plans = static_cast<int>(plans.size());
  rollup.mean_score = plans.empty() ? 100 : RoundScore(total / static_cast<double>(plans.size()));
  if (plans.empty()) rollup.min_score = 100;
  for (const CommonGap& gap : CommonGaps(matrix, plans)) {
    if (rollup.top_gaps.size() == 3) break;
    rollup.top_gaps.push_back(gap.column);
  }
  return rollup;
}

}  // namespace

std::vector<CommonGap> CommonGaps(const Matrix& matrix, const std::vector<std::size_t>& order) {
  std::vector<CommonGap> gaps;
  for (std::size_t c = 0; c < matrix.columns.size(); ++c) {
    CommonGap gap;
    gap.column = c;
    for (const std::size_t n : order) {
      const std::optional<Status>& cell = matrix.cells[n][c];
      if (!cell || (*cell != Status::kFail && *cell != Status::kPartial)) continue;
      ++(*cell == Status::kFail ? gap.fail : gap.partial);
      gap.plans.push_back(n);
    }
    if (gap.Plans() > 0) gaps.push_back(std::move(gap));
  }
  std::stable_sort(gaps.begin(), gaps.end(), [&](const CommonGap& a, const CommonGap& b) {
    if (a.Plans() != b.Plans()) return a.Plans() > b.Plans();
    if (a.fail != b.fail) return a.fail > b.fail;
    const int la = LevelRank(matrix.columns[a.column]);
    const int lb = LevelRank(matrix.columns[b.column]);
    if (la != lb) return la < lb;
    return matrix.columns[a.column].rule < matrix.columns[b.column].rule;
  });
  return gaps;
}

std::vector<RegionRollup> RollUp(const CheckRun& run, const Matrix& matrix,
                                 const std::vector<PlanGroup>& groups) {
  std::vector<RegionRollup> rollups;
  for (std::size_t g = 0; g < groups.size();) {
    // Groups come province by province (GroupByRegion): take one province's run of groups.
    std::size_t end = g;
    while (end < groups.size() && groups[end].province == groups[g].province &&
           groups[end].Unresolved() == groups[g].Unresolved()) {
      ++end;
    }
    std::vector<std::size_t> province_plans;
    for (std::size_t i = g; i < end; ++i) {
      province_plans.insert(province_plans.end(), groups[i].plans.begin(), groups[i].plans.end());
    }
    rollups.push_back(Roll(run, matrix, province_plans, groups[g].province, ""));
    for (std::size_t i = g; i < end;) {
      std::size_t city_end = i;
      std::vector<std::size_t> city_plans;
      while (city_end < end && groups[city_end].city == groups[i].city) {
        city_plans.insert(city_plans.end(), groups[city_end].plans.begin(),
                          groups[city_end].plans.end());
        ++city_end;
      }
      if (!groups[i].city.empty()) {
        rollups.push_back(Roll(run, matrix, city_plans, groups[i].province, groups[i].city));
      }
      i = city_end;
    }
    g = end;
  }
  return rollups;
}

}  // namespace plancheck::report
