#pragma once
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

// `consistency/period`: target years (到2025年, 力争2025年) fall inside the plan's period. Years in
// 《…》 titles and 远景 (long-range) goals are not targets. Needs the plan's period.
class PeriodCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  std::vector<Trigger> Triggers() const override;
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;
};

}  // namespace plancheck::checks
