#pragma once
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

// `order`: sections in order. Each `sequence` item lists patterns for one section's heading; the
// sections that exist must appear in that order (the outermost match of each counts).
class OrderCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  std::vector<Trigger> Triggers() const override;
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

 private:
  std::vector<PatternList> sequence_;
};

}  // namespace plancheck::checks
