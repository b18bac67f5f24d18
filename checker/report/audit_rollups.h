#pragma once
// What an audit of many plans adds up to: the gaps most plans share (主要差距) and, per province
// and per city, how its plans did.
#include <string>
#include <vector>

#include "checker/report/audit_model.h"
#include "checker/report/region_groups.h"

namespace plancheck::report {

// A rule and the plans it fails (fail or partial) in, in `order`.
struct CommonGap {
  std::size_t column = 0;  // into matrix.columns
  int fail = 0, partial = 0;
  std::vector<std::size_t> plans;  // indices into run.plans
  int Plans() const { return fail + partial; }
};

// The rules with a gap in at least one plan, most plans first, then error before warning before
// info, then by id. `order` is the order the plans are listed in (RegionOrder).
std::vector<CommonGap> CommonGaps(const Matrix& matrix, const std::vector<std::size_t>& order);

struct RegionRollup {
  std::string province, city;  // city empty: the province as a whole; both empty: unresolved
  int plans = 0;
  double mean_score = 0, min_score = 100;  // as shown (RoundScore)
  LevelCounts failing;                     // summed over the plans: rules with a gap per level
  std::vector<std::size_t> top_gaps;       // up to three matrix columns, most plans first
};

// Per province (all its plans), then each of its cities with plans; the unresolved plans last.
std::vector<RegionRollup> RollUp(const CheckRun& run, const Matrix& matrix,
                                 const std::vector<PlanGroup>& groups);

}  // namespace plancheck::report
