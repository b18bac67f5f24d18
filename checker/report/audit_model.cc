#include "checker/report/audit_model.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "checker/report/common.h"

namespace plancheck::report {

std::string MatrixColumn::Title() const {
  return info != nullptr && !info->title.empty() ? info->title : rule;
}

bool MatrixColumn::IsIndicator() const {
  if (info != nullptr && !info->kind.empty()) return info->kind == "indicator";
  return rule.find(".indicator.") != std::string::npos;
}

Matrix BuildMatrix(const CheckRun& run) {
  std::vector<std::string> pack_order;
  for (const CheckedPlan& plan : run.plans) {
    for (const std::string& pack : plan.report.packs) {
      if (std::find(pack_order.begin(), pack_order.end(), pack) == pack_order.end()) {
        pack_order.push_back(pack);
      }
    }
  }
  std::set<std::string> rules;
  for (const CheckedPlan& plan : run.plans) {
    for (const Result& r : plan.report.results) rules.insert(r.rule);
  }
  Matrix matrix;
  for (const std::string& rule : rules) {
    const RuleInfo* info = run.FindRule(rule);
    const std::string pack = info != nullptr ? info->pack : rule.substr(0, rule.find('.'));
    matrix.columns.push_back({rule, pack, info});
  }
  const auto pack_rank = [&](const std::string& pack) {
    const auto it = std::find(pack_order.begin(), pack_order.end(), pack);
    return static_cast<std::size_t>(it - pack_order.begin());
  };
  std::stable_sort(matrix.columns.begin(), matrix.columns.end(),
                   [&](const MatrixColumn& a, const MatrixColumn& b) {
                     const auto ra = pack_rank(a.pack);
                     const auto rb = pack_rank(b.pack);
                     if (ra != rb) return ra < rb;
                     if (a.pack != b.pack) return a.pack < b.pack;
                     return a.rule < b.rule;
                   });
  for (const CheckedPlan& plan : run.plans) {
    const std::map<std::string, Status> by_rule = StatusByRule(plan.report.results);
    std::vector<std::optional<Status>> row;
    for (const MatrixColumn& column : matrix.columns) {
      const auto it = by_rule.find(column.rule);
      row.push_back(it == by_rule.end() ? std::nullopt : std::optional<Status>(it->second));
    }
    matrix.cells.push_back(std::move(row));
  }
  return matrix;
}

RuleTally Tally(const Matrix& matrix, std::size_t column) {
  RuleTally tally;
  for (const auto& row : matrix.cells) {
    if (!row[column]) {
      ++tally.not_applied;
      continue;
    }
    switch (*row[column]) {
      case Status::kPass:
        ++tally.pass;
        break;
      case Status::kFail:
        ++tally.fail;
        break;
      case Status::kPartial:
        ++tally.partial;
        break;
      case Status::kNa:
        ++tally.na;
        break;
    }
  }
  return tally;
}

const Result* DecidingResult(const CheckedPlan& plan, const std::string& rule) {
  const std::map<std::string, Status> by_rule = StatusByRule(plan.report.results);
  const auto it = by_rule.find(rule);
  if (it == by_rule.end()) return nullptr;
  for (const Result& r : plan.report.results) {
    if (r.rule == rule && r.status == it->second) return &r;
  }
  return nullptr;
}

const Indicator* IndicatorAt(const CheckedPlan& plan, const Result& result) {
  if (result.location.line <= 0) return nullptr;
  // Exactly its place: a mention without a target may share a line with another plan target.
  for (const Indicator& i : plan.report.indicators.items) {
    if (i.line == result.location.line && i.column == result.location.column) return &i;
  }
  return nullptr;
}

std::vector<std::size_t> PlanOrder(const CheckRun& run) {
  std::vector<std::size_t> order(run.plans.size());
  for (std::size_t n = 0; n < order.size(); ++n) order[n] = n;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const double sa = RoundScore(run.plans[a].report.summary.score);
    const double sb = RoundScore(run.plans[b].report.summary.score);
    if (sa != sb) return sa < sb;
    return run.plans[a].path() < run.plans[b].path();
  });
  return order;
}

std::string PlanLabel(const CheckedPlan& plan) {
  const Metadata& m = plan.document->metadata;
  std::string place = !m.region.town.empty()     ? m.region.town
                      : !m.region.county.empty() ? m.region.county
                                                 : m.region.city;
  if (place.empty()) place = m.region.province;
  if (place.empty()) return std::filesystem::path(plan.path()).stem().string();
  const std::string period = PeriodText(m.period);
  return period.empty() ? place : place + " " + period;
}

}  // namespace plancheck::report
