#pragma once
#include "checker/engine/checks/patterns.h"

namespace plancheck::checks {

// `topic`: `patterns` mentioned at least `min` times (default 1), in the whole plan or `within`
// sections whose heading matches. Partial with fewer mentions, fail with none.
class TopicCheck final : public Check {
 public:
  static std::unique_ptr<Check> FromYaml(const RuleSpec& rule, YamlMap& map);
  std::vector<Trigger> Triggers() const override;
  void Evaluate(const CheckInput& input, ResultSink& sink) const override;

 private:
  PatternList patterns_;
  PatternList within_;
  int min_ = 1;
};

}  // namespace plancheck::checks
