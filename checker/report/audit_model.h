#pragma once
// The views an audit shows (index.html, matrix.csv, matrix.xlsx, summary.json): plans × rules and
// indicators side by side.
#include <optional>
#include <string>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::report {

struct MatrixColumn {
  std::string rule;
  std::string pack;
  const RuleInfo* info = nullptr;  // nullptr when the rulebook does not list the rule
  std::string Title() const;       // the rule's short name, else its id
  bool IsIndicator() const;
};

// Rules applied to at least one plan, grouped by pack (packs in the order plans list them), then
// by id. cells[plan][column] is the rule's status for the plan, or nullopt when it was not applied.
struct Matrix {
  std::vector<MatrixColumn> columns;
  std::vector<std::vector<std::optional<Status>>> cells;
};
Matrix BuildMatrix(const CheckRun& run);

// Per rule, across plans: how many plans got each status.
struct RuleTally {
  int pass = 0, fail = 0, partial = 0, na = 0, not_applied = 0;
};
RuleTally Tally(const Matrix& matrix, std::size_t column);

// The result that decides the rule's status in the plan (the worst, then the first), or nullptr.
const Result* DecidingResult(const CheckedPlan& plan, const std::string& rule);
// The plan's indicator at the result's place (same line and column), or nullptr.
const Indicator* IndicatorAt(const CheckedPlan& plan, const Result& result);

// The order an audit lists its plans in (index.html, matrix.csv, matrix.xlsx): by score as shown
// (one decimal), lowest first, ties by path. Indices into run.plans.
std::vector<std::size_t> PlanOrder(const CheckRun& run);

// A short name for a plan in a matrix row: its county or city and period, else the file stem.
std::string PlanLabel(const CheckedPlan& plan);

}  // namespace plancheck::report
