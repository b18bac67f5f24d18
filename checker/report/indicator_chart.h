#pragma once
// One indicator across an audit's plans as an inline SVG strip: each plan a dot at its value,
// the framework target a line. Beyond kDotsUpTo plans the dots become a histogram (plans per
// value bin), so the chart stays readable and small for a province's thousands of plans.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/report/report.h"

namespace plancheck::report {

struct ChartPoint {
  double value = 0;
  bool meets = false;  // the rule passed for the plan
  std::string label;   // the plan, for the dot's tooltip
};

inline constexpr std::size_t kDotsUpTo = 300;

// `target` in the points' unit, nullopt when the framework sets none; `unit` is the axis's unit.
std::string StripChart(const std::vector<ChartPoint>& points, std::optional<double> target,
                       std::string_view target_text, std::string_view unit, Lang lang);

}  // namespace plancheck::report
